/*
 * Writes Sources/CertDeskUI/Screen/DisplayWidthTable.swift to standard output: the display
 * width of every Unicode scalar exactly as this machine's glibc wcwidth() gives it in the
 * C.UTF-8 locale, because ncurses places every character with libc wcwidth and the console's
 * layout must agree with it cell for cell.
 *
 *     make width-table        (compiles this file, runs it, replaces the Swift table)
 *
 * WidthAgreesWithLibcTests (CertDeskTerminalTests) checks every code point of the committed
 * table against libc, and DisplayWidthTableGeneratorTests checks that this program still
 * writes the committed file byte for byte.
 */
#define _XOPEN_SOURCE 700 /* wcwidth */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
#include <gnu/libc-version.h>

#define MAX_RANGES 4096

struct ranges { unsigned lower[MAX_RANGES], upper[MAX_RANGES]; int count; };

/* wcwidth 0 -> 0, 2 -> 2, 1 -> 1; -1 for the C0 and C1 controls and DEL -> 0 (the console
 * never draws them: they are neutralised before they reach a Screen), every other -1 -> 1. */
static int cell_width(unsigned cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return 0;
    int w = wcwidth((wchar_t)cp);
    return w < 0 ? 1 : w;
}

/* Extends the last range when cp follows it directly; surrogates are skipped by the caller
 * and a range never joins across them. */
static void add(struct ranges *r, unsigned cp, unsigned previous, int joinable) {
    if (r->count > 0 && joinable && r->upper[r->count - 1] == previous) {
        r->upper[r->count - 1] = cp;
        return;
    }
    if (r->count == MAX_RANGES) { fprintf(stderr, "display-width-table: more than %d ranges\n", MAX_RANGES); exit(1); }
    r->lower[r->count] = cp;
    r->upper[r->count] = cp;
    r->count++;
}

static void array(const char *doc, const char *name, const unsigned *values, int count) {
    printf("    /// %s\n", doc);
    printf("    static let %s: [UInt32] = [\n", name);
    for (int i = 0; i < count; i++) {
        printf("%s0x%05X,", i % 8 == 0 ? "        " : " ", values[i]);
        if (i % 8 == 7 || i == count - 1) printf("\n");
    }
    printf("    ]\n");
}

int main(void) {
    if (setlocale(LC_ALL, "C.UTF-8") == NULL) { fprintf(stderr, "display-width-table: no C.UTF-8 locale\n"); return 1; }
    static struct ranges zero, wide;
    unsigned previous = 0;
    int joinable = 0;
    for (unsigned cp = 0; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF) { joinable = 0; continue; }
        int w = cell_width(cp);
        if (w == 0) add(&zero, cp, previous, joinable);
        if (w == 2) add(&wide, cp, previous, joinable);
        previous = cp;
        joinable = 1;
    }

    printf("// GENERATED FILE - do not edit by hand: `make width-table` writes it with\n");
    printf("// tools/display-width-table.c.\n");
    printf("//\n");
    printf("// Display widths from glibc %s wcwidth() in the C.UTF-8 locale. ncurses places characters\n", gnu_get_libc_version());
    printf("// with libc wcwidth, so our layout must use exactly the same widths.\n");
    printf("//\n");
    printf("// Mapping: wcwidth 0 -> 0, 2 -> 2, 1 -> 1. wcwidth -1 (not printable): the C0 controls\n");
    printf("// U+0000-U+001F, DEL U+007F and the C1 controls U+0080-U+009F -> 0; every other -1\n");
    printf("// (unassigned, noncharacters, U+2028/U+2029, ...) -> 1. Every code point not listed below has width 1.\n");
    printf("// Ranges are closed, sorted, disjoint and maximal; surrogates (U+D800-U+DFFF) are skipped\n");
    printf("// and never joined across, so no range spans them.\n");
    printf("//\n");
    printf("// WidthAgreesWithLibcTests (CertDeskTerminalTests) checks every code point against libc.\n");
    printf("//\n");
    printf("// %d zero-width ranges, %d wide ranges.\n", zero.count, wide.count);
    printf("\n");
    printf("enum DisplayWidthTable {\n");
    array("Lower bounds of the closed ranges of width 0, ascending.", "zeroLower", zero.lower, zero.count);
    array("Upper bounds of the closed ranges of width 0 (same index as `zeroLower`).", "zeroUpper", zero.upper, zero.count);
    array("Lower bounds of the closed ranges of width 2, ascending.", "wideLower", wide.lower, wide.count);
    array("Upper bounds of the closed ranges of width 2 (same index as `wideLower`).", "wideUpper", wide.upper, wide.count);
    printf("}\n");
    return 0;
}
