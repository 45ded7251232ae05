/* SPDX-License-Identifier: MIT */
/* document.c - the core tokeniser (see document.h).
 *
 * Tokens: runs of letters and digits, joined across a hyphen, an apostrophe
 * ("don't"), a period before a letter or digit ("U.S", "3.5"), a comma or
 * slash between digits ("1,500", "1987/88") and "&" between capitals
 * ("AT&T"). A possessive 's is split off ("China" "’s"), as in CoNLL and
 * Penn Treebank tokenisation. A final period stays on abbreviations
 * ("U.S.", "Mr.", "J."), so a lone "." token always ends a sentence.
 * Everything else is one token per character, but for runs of periods
 * ("...") and doubled quote marks ("``", "''").
 *
 * Paragraphs: a blank line or an indented line starts one; a text with
 * neither (one paragraph per line, or the CoNLL layout) starts one at every
 * line. Hard-wrapped wire copy (Reuters: indented paragraphs, wrapped lines)
 * therefore keeps its wrapped lines inside a paragraph.
 *
 * ASCII is classified from a table; other code points through utf8proc.
 *
 * Double-encoded punctuation ("mojibake"): scraped news often carries a
 * three-byte character such as ’ (E2 80 99) that was decoded as Latin-1 or
 * Windows-1252 and encoded again, "â\u0080\u0099" or "â€™". Such a sequence
 * is read as the character it stands for, so that "Chinaâ€™s" is "China" and
 * a possessive, "â€œ" an opening quote mark; doc->token_chars and
 * doc->lower_hashes give plugins the repaired character. */
#include "document.h"

#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#define XXH_INLINE_ALL /* inlined from the header: hashing runs per token */
#include <xxhash.h>

struct sift_document {
    sift_doc_t doc;
    sift_token_t *tokens;
    size_t tok_cap;
    sift_sentence_t *sentences;
    size_t sent_cap;
    uint64_t *lower_hashes;        /* tok_cap of them */
    uint32_t *chars;               /* tok_cap of them: doc->token_chars */
};

enum char_class {
    C_SPACE, C_NEWLINE, C_UPPER, C_LOWER, C_LETTER, C_DIGIT, C_MARK,
    C_QUOTE, C_APOS, C_HYPHEN, C_PERIOD, C_COMMA, C_SLASH, C_AMP, C_PUNCT
};

static unsigned char s_ascii[128];

/* Windows-1252's characters for bytes 0x80-0x9F ("€" for 0x80), from
 * iconv: a double-encoded byte may come back as one of them. */
typedef struct { utf8proc_int32_t cp; unsigned char byte; } cp1252_t;
static cp1252_t s_cp1252[32];
static size_t s_n_cp1252;

static void s_init_cp1252(void)
{
    iconv_t cd = iconv_open("UTF-8", "WINDOWS-1252");
    if (cd == (iconv_t)-1)
        return; /* Latin-1 double encoding is still recognised */
    for (unsigned b = 0x80; b < 0xA0; b++) {
        char in[1] = { (char)b }, out[8];
        char *ip = in, *op = out;
        size_t il = 1, ol = sizeof out;
        if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1) {
            iconv(cd, NULL, NULL, NULL, NULL);
            continue; /* 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined */
        }
        utf8proc_int32_t cp;
        if (utf8proc_iterate((const utf8proc_uint8_t *)out, (utf8proc_ssize_t)(op - out), &cp) > 0)
            s_cp1252[s_n_cp1252++] = (cp1252_t){ cp, (unsigned char)b };
    }
    iconv_close(cd);
}

static void s_init_ascii(void)
{
    s_n_cp1252 = 0;
    s_init_cp1252();
    for (int c = 0; c < 128; c++) {
        unsigned char k = C_PUNCT;
        if (c >= 'A' && c <= 'Z') k = C_UPPER;
        else if (c >= 'a' && c <= 'z') k = C_LOWER;
        else if (c >= '0' && c <= '9') k = C_DIGIT;
        else if (c == '\n') k = C_NEWLINE;
        else if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c < 32)
            k = C_SPACE;
        else if (c == '"' || c == '`') k = C_QUOTE;
        else if (c == '\'') k = C_APOS;
        else if (c == '-') k = C_HYPHEN;
        else if (c == '.') k = C_PERIOD;
        else if (c == ',') k = C_COMMA;
        else if (c == '/') k = C_SLASH;
        else if (c == '&') k = C_AMP;
        s_ascii[c] = k;
    }
}

/* The byte a character of a double-encoded sequence stands for: itself
 * for U+0080-U+00BF (Latin-1), its Windows-1252 byte for "€", "™" ...;
 * -1 when it is neither. */
static int s_mojibake_byte(utf8proc_int32_t cp)
{
    if (cp >= 0x80 && cp <= 0xBF)
        return (int)cp;
    for (size_t k = 0; k < s_n_cp1252; k++)
        if (s_cp1252[k].cp == cp)
            return s_cp1252[k].byte;
    return -1;
}

/* At p, "â" and two more characters that together are the UTF-8 bytes of
 * a punctuation character U+2000-U+206F or "€" read as Latin-1 or
 * Windows-1252: returns that character and sets *n to the length of the
 * sequence (6 to 8 bytes); else 0. */
static utf8proc_int32_t s_mojibake(const unsigned char *p, size_t left, size_t *n)
{
    if (left < 6 || p[0] != 0xC3 || p[1] != 0xA2)
        return 0;
    unsigned char b[3] = { 0xE2, 0, 0 };
    size_t at = 2;
    for (int k = 1; k <= 2; k++) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t len = utf8proc_iterate(p + at, (utf8proc_ssize_t)(left - at), &cp);
        int byte = len > 0 ? s_mojibake_byte(cp) : -1;
        if (byte < 0)
            return 0;
        b[k] = (unsigned char)byte;
        at += (size_t)len;
    }
    utf8proc_int32_t cp;
    if (utf8proc_iterate(b, 3, &cp) != 3 || !((cp >= 0x2000 && cp <= 0x206F) || cp == 0x20AC))
        return 0;
    *n = at;
    return cp;
}

/* Class of the code point at p; *n gets its length in bytes, *cp (may be
 * NULL) the code point, repaired when double-encoded. The text is valid
 * UTF-8 (checked by the core before tokenising). */
static enum char_class s_class_cp(const unsigned char *p, size_t left, size_t *n,
                                  utf8proc_int32_t *cp_out)
{
    utf8proc_int32_t cp_scratch, *cpp = cp_out ? cp_out : &cp_scratch;
    if (*p < 128) {
        *n = 1;
        *cpp = *p;
        return (enum char_class)s_ascii[*p];
    }
    utf8proc_int32_t cp = s_mojibake(p, left, n);
    if (!cp) {
        utf8proc_ssize_t len = utf8proc_iterate(p, (utf8proc_ssize_t)left, &cp);
        if (len <= 0) {
            *n = 1;
            *cpp = 0;
            return C_PUNCT;
        }
        *n = (size_t)len;
    }
    *cpp = cp;
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:
        return C_APOS;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB:
    case 0x00BB: case 0x2039: case 0x203A:
        return C_QUOTE;
    case 0x2010: case 0x2011:
        return C_HYPHEN;
    case 0x0085: case 0x2028: case 0x2029:
        return C_NEWLINE;
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        return C_SPACE;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return C_UPPER;
    case UTF8PROC_CATEGORY_LL: return C_LOWER;
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: return C_LETTER;
    case UTF8PROC_CATEGORY_ND: return C_DIGIT;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return C_MARK;
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF: return C_SPACE;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP: return C_NEWLINE;
    default: return C_PUNCT;
    }
}

static enum char_class s_class(const unsigned char *p, size_t left, size_t *n)
{
    return s_class_cp(p, left, n, NULL);
}

static int s_is_alnum(enum char_class c)
{
    return c == C_UPPER || c == C_LOWER || c == C_LETTER || c == C_DIGIT || c == C_MARK;
}

static int s_is_letter(enum char_class c)
{
    return c == C_UPPER || c == C_LOWER || c == C_LETTER;
}

sift_document_t *sift_document_new(void)
{
    if (!s_ascii['a'])
        s_init_ascii(); /* idempotent: every caller writes the same table */
    return calloc(1, sizeof(sift_document_t));
}

void sift_document_destroy(sift_document_t **self_p)
{
    if (!self_p || !*self_p)
        return;
    free((*self_p)->tokens);
    free((*self_p)->sentences);
    free((*self_p)->lower_hashes);
    free((*self_p)->chars);
    free(*self_p);
    *self_p = NULL;
}

/* Abbreviations that keep their final period (case-sensitive). */
static int s_is_abbreviation(const char *s, size_t n)
{
    static const char *const abbr[] = {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Gov",
        "Sen", "Rep", "Reps", "Sens", "Lt", "Col", "Capt", "Sgt", "Adm",
        "Maj", "Cmdr", "Rev", "Hon", "Pres", "Corp", "Inc", "Ltd", "Co",
        "Bros", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "No", "Nos", "vs", "etc", "Mt", "Ft",
        "Ave", "Blvd", "Dept", "Fig", "approx", "est", "Calif", "Mass",
        "Wash", "Penn", "Conn", "Ill", "Mich", "Minn", "Fla", "Ariz",
        "Tenn", "Okla", "Nev", "Colo", "Ore", "Wis", NULL };
    for (const char *const *a = abbr; *a; a++)
        if (**a == *s && strncmp(*a, s, n) == 0 && (*a)[n] == '\0')
            return 1;
    return 0;
}

/* "U.S", "e.g", "a.m": letter groups of one or two joined by periods. */
static int s_is_dotted(const char *s, size_t n)
{
    size_t run = 0, dots = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '.') {
            if (run == 0 || run > 2)
                return 0;
            run = 0;
            dots++;
        } else if ((c | 32) >= 'a' && (c | 32) <= 'z') {
            run++;
        } else {
            return 0;
        }
    }
    return dots > 0 && run >= 1 && run <= 2;
}

static int s_push_token(sift_document_t *self, uint32_t start, uint32_t end,
                        uint32_t flags, uint32_t ch)
{
    if (self->doc.n_tokens == self->tok_cap) {
        size_t cap = self->tok_cap ? self->tok_cap * 2 : 1024;
        sift_token_t *t = realloc(self->tokens, cap * sizeof *t);
        if (!t)
            return -1;
        self->tokens = t;
        self->doc.tokens = t;
        uint64_t *h = realloc(self->lower_hashes, cap * sizeof *h);
        if (!h)
            return -1;
        self->lower_hashes = h;
        uint32_t *ch = realloc(self->chars, cap * sizeof *ch);
        if (!ch)
            return -1;
        self->chars = ch;
        self->tok_cap = cap;
    }
    self->chars[self->doc.n_tokens] = ch;
    self->tokens[self->doc.n_tokens++] =
        (sift_token_t){ .start = start, .end = end, .flags = flags };
    return 0;
}

/* Scans a word from i; returns its end and sets the shape flags. */
static size_t s_scan_word(const unsigned char *t, size_t len, size_t i,
                          uint32_t *flags)
{
    size_t upper = 0, lower = 0, digits = 0, other = 0, n;
    int first_letter_upper = -1, starts_digit = -1, numeric = 1;
    while (i < len) {
        enum char_class c = s_class(t + i, len - i, &n);
        if (s_is_alnum(c)) {
            if (c == C_UPPER) upper++;
            else if (c == C_LOWER) lower++;
            else if (c == C_DIGIT) digits++;
            else if (c == C_LETTER) other++;
            if (c != C_DIGIT && c != C_MARK)
                numeric = 0;
            if (first_letter_upper < 0 && s_is_letter(c))
                first_letter_upper = c == C_UPPER;
            if (starts_digit < 0)
                starts_digit = c == C_DIGIT;
            i += n;
            continue;
        }
        /* A joiner continues the word only before another letter/digit. */
        if (c != C_HYPHEN && c != C_APOS && c != C_PERIOD && c != C_COMMA &&
            c != C_SLASH && c != C_AMP)
            break;
        size_t m;
        if (i + n >= len)
            break;
        enum char_class next = s_class(t + i + n, len - i - n, &m);
        if (!s_is_alnum(next))
            break;
        enum char_class prev = (t[i - 1] >= '0' && t[i - 1] <= '9') ? C_DIGIT : C_LOWER;
        if ((c == C_COMMA || c == C_SLASH) && (prev != C_DIGIT || next != C_DIGIT))
            break;
        if (c == C_AMP && !(next == C_UPPER && t[i - 1] >= 'A' && t[i - 1] <= 'Z'))
            break;
        if (c == C_APOS) {
            /* possessive: split before 's / ’s at the end of a word */
            size_t k = i + n + m;
            enum char_class after = C_SPACE;
            size_t q;
            if (k < len)
                after = s_class(t + k, len - k, &q);
            if ((t[i + n] == 's' || t[i + n] == 'S') && !s_is_alnum(after))
                break;
            if (next == C_DIGIT)
                break;
        }
        if (c != C_PERIOD && c != C_COMMA && c != C_SLASH)
            numeric = 0;
        i += n;
    }
    uint32_t f = 0;
    if (upper + lower + other > 0 && digits == 0) f |= SIFT_TOKEN_ALPHA;
    if (digits) f |= SIFT_TOKEN_DIGIT;
    if (numeric && starts_digit == 1) f |= SIFT_TOKEN_NUMBER;
    if (first_letter_upper == 1) f |= SIFT_TOKEN_CAP;
    if (upper && !lower) f |= SIFT_TOKEN_UPPER;
    if (lower && !upper) f |= SIFT_TOKEN_LOWER;
    *flags = f;
    return i;
}

/* Does the text mark paragraphs with blank or indented lines? */
static int s_has_paragraph_marks(const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        p++;
        const char *q = p;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
            q++;
        if (q < end && *q == '\n')
            return 1;
        if (q - p >= 2 || (q > p && *p == '\t'))
            return 1;
    }
    return 0;
}

static int s_is_terminal(const char *s, size_t n)
{
    if (n == 3 && memcmp(s, "\xe2\x80\xa6", 3) == 0)
        return 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '.' && s[i] != '!' && s[i] != '?')
            return 0;
    return n > 0;
}

/* A company's legal form keeps its period as an abbreviation ("ZTE Corp.")
 * but in news it almost always closes its sentence when a capitalised word
 * follows ("... to ZTE Corp. Beijing has ..."): 13 of the 14 such pairs in
 * the unlabelled pools and PolNeAR; the others are "Co. Ltd" (a second form,
 * kept out below) and "Warner Bros. Theater" (Bros is not a form here). */
static int s_is_legal_form(const char *s, size_t n, int closing)
{
    static const char *const form[] = { "Corp", "Inc", "Ltd", "Co", "LLC", "Plc",
                                        "PLC", "AG", "SA", "NV", "GmbH", NULL };
    if (n > 1 && s[n - 1] == '.')
        n--;
    else if (closing)
        return 0;
    for (const char *const *f = form; *f; f++)
        if (**f == *s && strlen(*f) == n && memcmp(*f, s, n) == 0)
            return !closing || f - form < 4; /* the four kept as abbreviations */
    return 0;
}

static int s_push_sentence(sift_document_t *self, uint32_t begin, uint32_t end)
{
    if (self->doc.n_sentences == self->sent_cap) {
        size_t cap = self->sent_cap ? self->sent_cap * 2 : 64;
        sift_sentence_t *s = realloc(self->sentences, cap * sizeof *s);
        if (!s)
            return -1;
        self->sentences = s;
        self->sent_cap = cap;
        self->doc.sentences = s;
    }
    self->sentences[self->doc.n_sentences++] = (sift_sentence_t){
        .start = self->tokens[begin].start, .end = self->tokens[end - 1].end,
        .tok_begin = begin, .tok_end = end };
    return 0;
}

static int s_split_sentences(sift_document_t *self, const char *text)
{
    sift_token_t *tok = self->tokens;
    size_t n = self->doc.n_tokens, begin = 0;
    /* j: the last token before i that is not a closing mark glued to the
     * one before it (kept as we go, so runs of marks cost nothing extra) */
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        int boundary = 0;
        if (i > begin) {
            size_t p = i - 1;
            int glued_closer = !(tok[p].flags & SIFT_TOKEN_SPACE_BEFORE) &&
                               (tok[p].flags & SIFT_TOKEN_QUOTE || text[tok[p].start] == ')');
            if (p == begin || !glued_closer)
                j = p;
        }
        if (i > begin && (tok[i].flags & SIFT_TOKEN_PARA_START))
            boundary = 1;
        else if (i > begin) {
            /* after . ! ? and any closing marks glued to it */
            const char *last = text + tok[j].start;
            size_t last_n = tok[j].end - tok[j].start;
            if (s_is_terminal(last, last_n) &&
                (tok[i].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_DIGIT | SIFT_TOKEN_QUOTE) ||
                 text[tok[i].start] == '(') &&
                (tok[i].flags & SIFT_TOKEN_SPACE_BEFORE))
                boundary = 1;
            else if (j == i - 1 && (tok[i].flags & SIFT_TOKEN_CAP) &&
                     (tok[i].flags & SIFT_TOKEN_SPACE_BEFORE) &&
                     s_is_legal_form(last, last_n, 1) &&
                     !s_is_legal_form(text + tok[i].start, tok[i].end - tok[i].start, 0))
                boundary = 1;
        }
        if (boundary) {
            if (s_push_sentence(self, (uint32_t)begin, (uint32_t)i) < 0)
                return -1;
            begin = i;
        }
    }
    if (n > begin && s_push_sentence(self, (uint32_t)begin, (uint32_t)n) < 0)
        return -1;
    for (size_t s = 0; s < self->doc.n_sentences; s++) {
        tok[self->sentences[s].tok_begin].flags |= SIFT_TOKEN_SENT_START;
        for (uint32_t k = self->sentences[s].tok_begin; k < self->sentences[s].tok_end; k++)
            tok[k].sentence = (uint32_t)s;
    }
    return 0;
}

/* XXH3 of the token with A-Z lower-cased: one call for a short token, the
 * streaming state over 64-byte blocks for a long one (the same value). */
static uint64_t s_lower_hash(const char *s, size_t n)
{
    char buf[64];
    XXH3_state_t st;
    uint64_t h = 0;
    for (size_t k = 0; k < n || !k; k += sizeof buf) {
        size_t m = n - k < sizeof buf ? n - k : sizeof buf;
        for (size_t j = 0; j < m; j++)
            buf[j] = (char)(s[k + j] >= 'A' && s[k + j] <= 'Z' ? s[k + j] | 0x20 : s[k + j]);
        if (n <= sizeof buf) {
            h = XXH3_64bits(buf, n);
            break;
        }
        if (!k)
            XXH3_64bits_reset(&st);
        XXH3_64bits_update(&st, buf, m);
        if (k + m == n)
            h = XXH3_64bits_digest(&st);
    }
    return h ? h : 1;
}

uint64_t sift_token_hash(const char *s, size_t n)
{
    unsigned char buf[256];
    if (n > sizeof buf || !memchr(s, 0xC3, n))
        return s_lower_hash(s, n);
    const unsigned char *p = (const unsigned char *)s;
    size_t out = 0;
    for (size_t i = 0; i < n;) {
        size_t m;
        utf8proc_int32_t cp = s_mojibake(p + i, n - i, &m);
        if (cp) {
            out += (size_t)utf8proc_encode_char(cp, buf + out);
            i += m;
        } else {
            buf[out++] = p[i++];
        }
    }
    return s_lower_hash((const char *)buf, out);
}

uint32_t sift_token_char(const char *s, size_t n)
{
    size_t m;
    utf8proc_int32_t cp;
    if (!n)
        return 0;
    if (!s_ascii['a'])
        s_init_ascii(); /* the tables sift_document_new builds */
    enum char_class c = s_class_cp((const unsigned char *)s, n, &m, &cp);
    return m == n && !s_is_alnum(c) && c != C_SPACE && c != C_NEWLINE ? (uint32_t)cp : 0;
}

sift_doc_t *sift_document_tokenize(sift_document_t *self, const char *text,
                                   size_t len)
{
    const unsigned char *t = (const unsigned char *)text;
    memset(&self->doc, 0, sizeof self->doc);
    self->doc.size = sizeof(sift_doc_t);
    self->doc.text = text;
    self->doc.text_len = len;
    self->doc.tokens = self->tokens;
    self->doc.sentences = self->sentences;
    int marks = s_has_paragraph_marks(text, len);

    size_t i = 0, newlines = 0, indent = 0;
    int first = 1, space = 0;
    while (i < len) {
        size_t n;
        utf8proc_int32_t cp;
        enum char_class c = s_class_cp(t + i, len - i, &n, &cp);
        if (c == C_SPACE || c == C_NEWLINE) {
            if (c == C_NEWLINE) {
                newlines++;
                indent = 0;
            } else if (newlines) {
                indent += t[i] == '\t' ? 2 : 1;
            }
            space = 1;
            i += n;
            continue;
        }
        uint32_t flags = 0, ch = 0;
        size_t start = i;
        if (s_is_alnum(c)) {
            i = s_scan_word(t, len, i, &flags);
            /* keep the period of an abbreviation: U.S. Mr. J. */
            if (i < len && t[i] == '.') {
                size_t wl = i - start;
                if (s_is_dotted(text + start, wl) || s_is_abbreviation(text + start, wl) ||
                    (wl == 1 && t[start] >= 'A' && t[start] <= 'Z'))
                    i++;
            }
        } else {
            int possessive = 0;
            i += n;
            if (c == C_PERIOD) {
                while (i < len && t[i] == '.')
                    i++;
            } else if ((t[start] == '`' || t[start] == '\'') && i < len && t[i] == t[start]) {
                i++;
            } else if (c == C_HYPHEN && i < len && t[i] == '-') {
                while (i < len && t[i] == '-')
                    i++;
            } else if (c == C_APOS && i < len && (t[i] == 's' || t[i] == 'S')) {
                /* the possessive split off by s_scan_word */
                size_t m;
                if (start > 0 && s_is_alnum(s_class(t + start - 1, 1, &m)) &&
                    (i + 1 >= len || !s_is_alnum(s_class(t + i + 1, len - i - 1, &m)))) {
                    i++;
                    possessive = 1;
                }
            }
            flags = possessive ? SIFT_TOKEN_ALPHA | SIFT_TOKEN_LOWER | SIFT_TOKEN_POSSESSIVE
                               : SIFT_TOKEN_PUNCT;
            if (i - start == n)
                ch = (uint32_t)cp; /* one character */
            if (c == C_QUOTE || (c == C_APOS && !possessive) ||
                (t[start] == '`' && i - start == 2))
                flags |= SIFT_TOKEN_QUOTE;
        }
        if (space)
            flags |= SIFT_TOKEN_SPACE_BEFORE;
        if (first || newlines)
            flags |= SIFT_TOKEN_LINE_START;
        if (first || newlines >= 2 || (newlines && (indent >= 2 || !marks)))
            flags |= SIFT_TOKEN_PARA_START;
        if (space && self->doc.n_tokens)
            self->tokens[self->doc.n_tokens - 1].flags |= SIFT_TOKEN_SPACE_AFTER;
        if (s_push_token(self, (uint32_t)start, (uint32_t)i, flags, ch) < 0)
            return NULL;
        first = 0;
        space = 0;
        newlines = 0;
        indent = 0;
    }
    if (space && self->doc.n_tokens)
        self->tokens[self->doc.n_tokens - 1].flags |= SIFT_TOKEN_SPACE_AFTER;
    if (s_split_sentences(self, text) < 0)
        return NULL;
    for (size_t k = 0; k < self->doc.n_tokens; k++)
        self->lower_hashes[k] = sift_token_hash(text + self->tokens[k].start,
                                                self->tokens[k].end - self->tokens[k].start);
    self->doc.lower_hashes = self->lower_hashes;
    self->doc.token_chars = self->chars;
    return &self->doc;
}

int sift_parse_date(const char *s, int *y, int *m, int *d)
{
    int yy, mm, dd, used = 0;
    if (!s || sscanf(s, "%4d-%2d-%2d%n", &yy, &mm, &dd, &used) != 3 || used != 10)
        return -1;
    if (mm < 1 || mm > 12 || dd < 1 || dd > 31)
        return -1;
    *y = yy;
    *m = mm;
    *d = dd;
    return 0;
}
