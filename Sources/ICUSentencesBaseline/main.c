// icu-sentences: the baseline `rosetta segment` is measured against (rosetta-bench
// segment-command). ICU's bare sentence iterator over a whole UTF-8 file, one sentence a line,
// nothing else: no rules, no paragraphs, no normalization, no checks beyond ICU's own.
#include <stdio.h>
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: icu-sentences LOCALE FILE\n"); return 64; }
    FILE *in = fopen(argv[2], "rb");
    if (!in) { perror(argv[2]); return 1; }
    fseek(in, 0, SEEK_END);
    long size = ftell(in);
    fseek(in, 0, SEEK_SET);
    char *utf8 = malloc(size > 0 ? size : 1);
    if (!utf8 || fread(utf8, 1, size, in) != (size_t)size) { fprintf(stderr, "%s: cannot read\n", argv[2]); return 1; }
    fclose(in);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strFromUTF8(NULL, 0, &length, utf8, (int32_t)size, &status);
    status = U_ZERO_ERROR;
    UChar *text = malloc(sizeof(UChar) * (length + 1));
    u_strFromUTF8(text, length + 1, NULL, utf8, (int32_t)size, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "%s: not UTF-8\n", argv[2]); return 1; }
    UBreakIterator *sentences = ubrk_open(UBRK_SENTENCE, argv[1], text, length, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "ICU: %s\n", u_errorName(status)); return 1; }
    char *line = malloc(4 * (size_t)length + 2);
    int32_t start = ubrk_first(sentences);
    for (int32_t end = ubrk_next(sentences); end != UBRK_DONE; start = end, end = ubrk_next(sentences)) {
        int32_t written = 0;
        status = U_ZERO_ERROR;
        u_strToUTF8(line, 4 * length + 1, &written, text + start, end - start, &status);
        while (written > 0 && (line[written - 1] == '\n' || line[written - 1] == ' ' || line[written - 1] == '\r')) written--;
        line[written++] = '\n';
        fwrite(line, 1, written, stdout);
    }
    ubrk_close(sentences);
    return 0;
}
