// cicu.c — forwards the plain-C API of cicu.h to the system ICU. Only this file sees ICU headers.
#include "cicu.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uclean.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

const char *cicu_version(void) {
    static char text[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, text);
    return text;
}

int32_t cicu_language_is_known(const char *language) {
    // uloc_getISO3Language returns "" for a code ICU has no data about.
    const char *iso3 = uloc_getISO3Language(language);
    return iso3 != NULL && iso3[0] != '\0';
}

// MARK: Break iteration

cicu_break_iterator *cicu_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &code);
    *status = code;
    return (cicu_break_iterator *)it;
}

void cicu_break_close(cicu_break_iterator *iterator) { ubrk_close((UBreakIterator *)iterator); }

void cicu_break_set_text(cicu_break_iterator *iterator, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)iterator, (const UChar *)text, length, &code);
    *status = code;
}

int32_t cicu_break_first(cicu_break_iterator *iterator) { return ubrk_first((UBreakIterator *)iterator); }
int32_t cicu_break_next(cicu_break_iterator *iterator) { return ubrk_next((UBreakIterator *)iterator); }
int32_t cicu_break_rule_status(cicu_break_iterator *iterator) {
    return ubrk_getRuleStatus((UBreakIterator *)iterator);
}

// MARK: Transforms

cicu_transliterator *cicu_trans_open(const uint16_t *id, int32_t id_length, int32_t *error_offset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parse;
    memset(&parse, 0, sizeof parse);
    parse.offset = -1;
    UTransliterator *t = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0, &parse, &code);
    *error_offset = parse.offset;
    *status = code;
    return (cicu_transliterator *)t;
}

void cicu_trans_close(cicu_transliterator *transliterator) { utrans_close((UTransliterator *)transliterator); }

void cicu_trans_transform(cicu_transliterator *transliterator, uint16_t *text, int32_t *length, int32_t capacity,
                          int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, length, capacity, 0, &limit, &code);
    *status = code;
}

int32_t cicu_trans_list_ids(char *buffer, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UEnumeration *ids = utrans_openIDs(&code);
    int32_t needed = 0;
    const char *id;
    int32_t length;
    while (U_SUCCESS(code) && (id = uenum_next(ids, &length, &code)) != NULL) {
        if (needed + length + 1 <= capacity) {
            memcpy(buffer + needed, id, (size_t)length);
            buffer[needed + length] = '\n';
        }
        needed += length + 1;
    }
    uenum_close(ids);
    *status = code;
    return needed;
}

// MARK: Normalization

int32_t cicu_nfc(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
    int32_t needed = 0;
    if (U_SUCCESS(code)) {
        needed = unorm2_normalize(nfc, (const UChar *)source, length, (UChar *)destination, capacity, &code);
    }
    *status = code;
    return needed;
}

int32_t cicu_is_nfc(const uint16_t *source, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&code);
    UBool result = 0;
    if (U_SUCCESS(code)) result = unorm2_isNormalized(nfc, (const UChar *)source, length, &code);
    *status = code;
    return result ? 1 : 0;
}

// MARK: Regular expressions

cicu_regex *cicu_regex_open(const uint16_t *pattern, int32_t length, int32_t *error_offset, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parse;
    memset(&parse, 0, sizeof parse);
    parse.offset = -1;
    URegularExpression *re = uregex_open((const UChar *)pattern, length, 0, &parse, &code);
    *error_offset = parse.offset;
    *status = code;
    return (cicu_regex *)re;
}

void cicu_regex_close(cicu_regex *regex) { uregex_close((URegularExpression *)regex); }

void cicu_regex_set_text(cicu_regex *regex, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    uregex_setText((URegularExpression *)regex, (const UChar *)text, length, &code);
    if (U_SUCCESS(code)) uregex_useTransparentBounds((URegularExpression *)regex, 1, &code);
    *status = code;
}

int32_t cicu_regex_find(cicu_regex *regex, int32_t start, int32_t *match_start, int32_t *match_end, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    URegularExpression *re = (URegularExpression *)regex;
    UBool found = start >= 0 ? uregex_find(re, start, &code) : uregex_findNext(re, &code);
    if (found && U_SUCCESS(code)) {
        *match_start = uregex_start(re, 0, &code);
        *match_end = uregex_end(re, 0, &code);
    }
    *status = code;
    return found && U_SUCCESS(code) ? 1 : 0;
}

int32_t cicu_regex_looking_at(cicu_regex *regex, int32_t start, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBool found = uregex_lookingAt((URegularExpression *)regex, start, &code);
    *status = code;
    return found && U_SUCCESS(code) ? 1 : 0;
}

int32_t cicu_regex_matches(cicu_regex *regex, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBool found = uregex_matches((URegularExpression *)regex, -1, &code);
    *status = code;
    return found && U_SUCCESS(code) ? 1 : 0;
}
