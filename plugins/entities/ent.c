/* ent.c - token helpers shared by the plugin's passes and tools/train-ner. */
#include <string.h>

#include "ent.h"

size_t ent_key(const ent_ctx_t *c, size_t b, size_t e, int mode, char *buf, size_t cap)
{
    size_t len = 0;
    for (size_t i = b; i < e; i++) {
        if (i > b && (c->tok[i].flags & SIFT_TOKEN_SPACE_BEFORE)) {
            if (len + 1 >= cap)
                return 0;
            buf[len++] = ' ';
        }
        size_t n = tok_n(c, i);
        if (len + n >= cap)
            return 0;
        const char *s = tok_s(c, i);
        for (size_t k = 0; k < n; k++) {
            char ch = s[k];
            if (mode == 1 || (mode == 2 && k > 0 && s[k - 1] != '-'))
                ch = (ch >= 'A' && ch <= 'Z') ? (char)(ch | 0x20) : ch;
            buf[len++] = ch;
        }
    }
    buf[len] = 0;
    return len;
}

const lex_entry_t *ent_lookup_lower(const ent_ctx_t *c, int ns, size_t i)
{
    char buf[48];
    size_t n = ent_key(c, i, i + 1, 1, buf, sizeof buf);
    return n ? lex_get(c->st->lex, ns, buf, n) : NULL;
}

const lex_entry_t *ent_lookup_cap(const ent_ctx_t *c, int ns, size_t i)
{
    const lex_entry_t *e = lex_get(c->st->lex, ns, tok_s(c, i), tok_n(c, i));
    if (e || !(c->tok[i].flags & SIFT_TOKEN_UPPER) || tok_n(c, i) < 3)
        return e;
    char buf[48];
    size_t n = ent_key(c, i, i + 1, 2, buf, sizeof buf);
    return n ? lex_get(c->st->lex, ns, buf, n) : NULL;
}

mention_t *ent_push(ent_ctx_t *c)
{
    if (c->n_m == c->cap_m) {
        size_t cap = c->cap_m ? c->cap_m * 2 : 256;
        mention_t *m = c->st->host->scratch(c->out, cap * sizeof *m);
        if (!m) {
            c->m = NULL;
            return NULL;
        }
        if (c->n_m)
            memcpy(m, c->m, c->n_m * sizeof *m);
        c->m = m;
        c->cap_m = cap;
    }
    mention_t *m = &c->m[c->n_m++];
    memset(m, 0, sizeof *m);
    m->cluster = -1;
    return m;
}

