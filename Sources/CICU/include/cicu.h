// cicu.h — the plain-C face of the system ICU used by Rosetta.
//
// Why this exists: ICU renames every entry point by version (ubrk_open is a macro for ubrk_open_72)
// and Swift cannot import those macros; and Foundation on Linux carries its own ICU, so a Swift
// module that sees both Foundation and <unicode/*.h> fails to compile. This header therefore uses
// plain C types only (uint16_t UTF-16 text, int32_t status, opaque handles); cicu.c includes ICU.
// Status codes follow ICU's UErrorCode: 0 is success, negative values are warnings (also success),
// positive values are errors.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's U_BUFFER_OVERFLOW_ERROR, for callers that retry with a larger buffer.
#define CICU_BUFFER_OVERFLOW_ERROR 15
/// ICU's UBRK_DONE.
#define CICU_BREAK_DONE (-1)

/// The symbolic name of a status code ("U_ILLEGAL_ARGUMENT_ERROR"); static storage.
const char *cicu_error_name(int32_t status);

/// ICU's version as "72.1"; static storage.
const char *cicu_version(void);

/// Non-zero when ICU knows `language` (an ISO 639 code such as "en", "ru", "ko").
int32_t cicu_language_is_known(const char *language);

// MARK: Break iteration

typedef struct cicu_break_iterator cicu_break_iterator;

enum { CICU_BREAK_CHARACTER = 0, CICU_BREAK_WORD = 1, CICU_BREAK_LINE = 2, CICU_BREAK_SENTENCE = 3 };

/// Opens a break iterator of `kind` for `locale` (e.g. "en@ss=standard"). NULL on error.
cicu_break_iterator *cicu_break_open(int32_t kind, const char *locale, int32_t *status);
void cicu_break_close(cicu_break_iterator *iterator);
/// Points the iterator at `text`. ICU keeps the pointer: the buffer must outlive every later call.
void cicu_break_set_text(cicu_break_iterator *iterator, const uint16_t *text, int32_t length, int32_t *status);
int32_t cicu_break_first(cicu_break_iterator *iterator);
int32_t cicu_break_next(cicu_break_iterator *iterator);
/// The rule status of the boundary last returned (word breaks: 0 none, 100.. number, 200.. letter,
/// 300.. kana, 400.. ideographic).
int32_t cicu_break_rule_status(cicu_break_iterator *iterator);

// MARK: Transforms

typedef struct cicu_transliterator cicu_transliterator;

/// Opens the transform `id` (e.g. "Any-Latin; Latin-ASCII"), forward direction. NULL on error, with
/// the offset of the parse error (or -1) in `error_offset`.
cicu_transliterator *cicu_trans_open(const uint16_t *id, int32_t id_length, int32_t *error_offset, int32_t *status);
void cicu_trans_close(cicu_transliterator *transliterator);
/// Transforms `text` in place. `length` is in/out; `capacity` is the buffer size in UTF-16 units.
/// On CICU_BUFFER_OVERFLOW_ERROR `length` holds the size needed.
void cicu_trans_transform(cicu_transliterator *transliterator, uint16_t *text, int32_t *length, int32_t capacity,
                          int32_t *status);
/// Writes the installed transform IDs, one per line (UTF-8), into `buffer`; returns the length
/// needed (larger than `capacity` means the list was cut: call again with a larger buffer).
int32_t cicu_trans_list_ids(char *buffer, int32_t capacity, int32_t *status);

// MARK: Normalization

/// NFC-normalizes `source` into `destination`; returns the needed length (may exceed `capacity`,
/// with CICU_BUFFER_OVERFLOW_ERROR).
int32_t cicu_nfc(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity, int32_t *status);
/// Non-zero when `source` is already in NFC.
int32_t cicu_is_nfc(const uint16_t *source, int32_t length, int32_t *status);

// MARK: Regular expressions (ICU's own syntax, as SRX rules expect)

typedef struct cicu_regex cicu_regex;

/// Compiles `pattern` (UTF-16). NULL on error, with the UTF-16 offset of the syntax error (or -1)
/// in `error_offset`.
cicu_regex *cicu_regex_open(const uint16_t *pattern, int32_t length, int32_t *error_offset, int32_t *status);
void cicu_regex_close(cicu_regex *regex);
/// Points the expression at `text` with transparent bounds (look-behind sees text before a start
/// index). ICU keeps the pointer: the buffer must outlive every later call.
void cicu_regex_set_text(cicu_regex *regex, const uint16_t *text, int32_t length, int32_t *status);
/// Finds the next match at or after `start` (-1: continue after the previous match). Returns 1 and
/// the match's UTF-16 range in `match_start`/`match_end`, or 0 when there is none.
int32_t cicu_regex_find(cicu_regex *regex, int32_t start, int32_t *match_start, int32_t *match_end, int32_t *status);
/// Non-zero when a match starts exactly at `start` (look-behind still sees the text before it).
int32_t cicu_regex_looking_at(cicu_regex *regex, int32_t start, int32_t *status);
/// Non-zero when the whole text matches.
int32_t cicu_regex_matches(cicu_regex *regex, int32_t *status);

#ifdef __cplusplus
}
#endif

#endif
