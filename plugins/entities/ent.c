/* SPDX-License-Identifier: MIT */
/* ent.c - token helpers shared by the plugin's passes and train-ner (train_ner.c). */
#include <string.h>
#define XXH_INLINE_ALL /* inlined from the header: hashing runs per token */
#include <xxhash.h>

#include "clusters.h"
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
        char *d = buf + len;
        len += n;
        if (mode == 0) { /* the text as it is: most keys */
            memcpy(d, s, n);
            continue;
        }
        /* lower case; title case keeps a first letter and one after a hyphen */
        for (size_t k = 0; k < n; k++) {
            char ch = s[k];
            d[k] = (ch >= 'A' && ch <= 'Z' && (mode == 1 || (k > 0 && s[k - 1] != '-'))) ? (char)(ch | 0x20) : ch;
        }
    }
    buf[len] = 0;
    return len;
}

const lex_entry_t *ent_lookup_titled(const ent_ctx_t *c, int ns, size_t i)
{
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

size_t ent_law_end(const ent_ctx_t *c, size_t k)
{
    size_t e = k + 1;
    if (!(e + 1 < c->n && (tok_is(c, e, "on") || tok_is(c, e, "of"))))
        return e;
    /* at most 24 words: the callers ask for every law word of a name */
    for (size_t t = e + 1; t < c->n && t < k + 24 && !(c->tok[t].flags & SIFT_TOKEN_SENT_START); t++) {
        if ((c->tok[t].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER)) && (c->tok[t].flags & SIFT_TOKEN_ALPHA))
            e = t + 1;
        else if (!(tok_is(c, t, "and") || tok_is(c, t, "of") || tok_is(c, t, "the") || tok_is(c, t, "on") ||
                   tok_is(c, t, "for")))
            break;
    }
    return e;
}

bool ent_role_word(const ent_ctx_t *c, size_t i)
{
    return ent_lookup_lower(c, NS_TITLE, i) || ent_lookup_exact(c, NS_ORGKW, i) ||
           (clusters_get(c->st->clusters, c->hl[i])->flags & CL_USUALLY_LOWER);
}

mention_t *ent_mention(ent_ctx_t *c, size_t b, size_t e, int type, int src)
{
    mention_t *m = ent_push(c);
    if (!m)
        return NULL;
    m->tb = (uint32_t)b;
    m->te = (uint32_t)e;
    m->start = c->tok[b].start;
    m->end = c->tok[e - 1].end;
    m->type = type;
    m->src = src;
    memset(c->used + b, 1, e - b);
    return m;
}


int ent_cmp_start(const void *x, const void *y)
{
    const mention_t *a = x, *b = y;
    return a->start < b->start ? -1 : a->start > b->start;
}

void ent_drop_joined(ent_ctx_t *c)
{
    size_t out = 0;
    for (size_t k = 0; k < c->n_m; k++)
        if (c->m[k].type != -1)
            c->m[out++] = c->m[k];
    c->n_m = out;
}

size_t ent_possessive_at(const ent_ctx_t *c, size_t p)
{
    if (p >= 1 && ((c->tok[p - 1].flags & SIFT_TOKEN_POSSESSIVE) || tok_is(c, p - 1, "'")))
        return p - 1;
    if (p >= 2 && tok_is(c, p - 1, "s") && tok_is(c, p - 2, "'") && c->tok[p - 2].end == c->tok[p - 1].start)
        return p - 2;
    return p;
}

size_t ent_run_start(const ent_ctx_t *c, size_t e)
{
    size_t b = e - 1;
    while (b > 0 && !(c->tok[b].flags & SIFT_TOKEN_SENT_START) && ent_cap(c, b - 1))
        b--;
    if ((c->tok[b].flags & SIFT_TOKEN_SENT_START) &&
        (clusters_get(c->st->clusters, c->hl[b])->flags & CL_USUALLY_LOWER))
        b++;
    return b;
}

/* The gazetteer name for tokens [b, e): the exact text and, for ALL CAPS
 * text, its title-cased form. */
static const lex_entry_t *s_gaz(const ent_ctx_t *c, size_t b, size_t e)
{
    char buf[160];
    size_t n = ent_key(c, b, e, 0, buf, sizeof buf);
    if (!n)
        return NULL;
    const lex_entry_t *x = lex_get(c->st->lex, NS_GAZ, buf, n);
    if (x || n < 3)
        return x;
    for (size_t i = b; i < e; i++)
        if (!(c->tok[i].flags & (SIFT_TOKEN_UPPER | SIFT_TOKEN_PUNCT)))
            return NULL;
    n = ent_key(c, b, e, 2, buf, sizeof buf);
    return n ? lex_get(c->st->lex, NS_GAZ, buf, n) : NULL;
}

int ent_prepare(ent_ctx_t *c)
{
    const sift_host_t *h = c->st->host;
    size_t n = c->n;
    c->hx = h->scratch(c->out, n * sizeof *c->hx);
    c->hl = h->scratch(c->out, n * sizeof *c->hl);
    c->gz = h->scratch(c->out, n * sizeof *c->gz);
    c->gzn = h->scratch(c->out, n);
    c->nsx = h->scratch(c->out, n * sizeof *c->nsx);
    c->nsl = h->scratch(c->out, n * sizeof *c->nsl);
    if (!c->hx || !c->hl || !c->gz || !c->gzn || !c->nsx || !c->nsl)
        return -1;
    for (size_t i = 0; i < n; i++) {
        c->hx[i] = XXH3_64bits(tok_s(c, i), tok_n(c, i));
        c->hl[i] = c->doc->lower_hashes[i]; /* the core's, once per token */
        c->nsx[i] = lex_namespaces(c->st->lex, c->hx[i]);
        c->nsl[i] = c->hx[i] == c->hl[i] ? c->nsx[i] : lex_namespaces(c->st->lex, c->hl[i]);
    }
    /* longest gazetteer name starting at each capitalised token */
    c->n_caps = 0;
    uint32_t lower_flags = 0;
    for (size_t i = 0; i < n; i++) {
        c->gz[i] = NULL;
        c->gzn[i] = 0;
        if (!(c->tok[i].flags & (SIFT_TOKEN_CAP | SIFT_TOKEN_UPPER))) {
            lower_flags |= c->tok[i].flags;
            continue;
        }
        c->n_caps++;
        const lex_entry_t *p = ent_lookup_cap(c, NS_GAZPFX, i);
        for (size_t k = p ? (size_t)p->num : 1; k >= 1; k--) {
            if (i + k > n)
                continue;
            const lex_entry_t *g = k == 1 ? ent_lookup_cap(c, NS_GAZ, i) : s_gaz(c, i, i + k);
            if (g) {
                c->gz[i] = g;
                c->gzn[i] = (uint8_t)k;
                break;
            }
        }
    }
    c->n_poss = (lower_flags & SIFT_TOKEN_POSSESSIVE) != 0;
    return 0;
}

int ent_map_init(ent_ctx_t *c, ent_map_t *m, size_t n)
{
    size_t cap = 16;
    while (cap < 2 * n + 2)
        cap *= 2;
    m->keys = c->st->host->scratch(c->out, cap * sizeof *m->keys);
    m->vals = c->st->host->scratch(c->out, cap * sizeof *m->vals);
    if (!m->keys || !m->vals)
        return -1;
    memset(m->keys, 0, cap * sizeof *m->keys);
    m->mask = cap - 1;
    return 0;
}

/* Where key is, or the empty slot it would take; *key made non-zero. */
static size_t s_probe(const ent_map_t *m, uint64_t *key)
{
    *key = *key ? *key : 1;
    size_t i = (size_t)(*key ^ (*key >> 29)) & m->mask;
    while (m->keys[i] && m->keys[i] != *key)
        i = (i + 1) & m->mask;
    return i;
}

int32_t ent_map_get(const ent_map_t *m, uint64_t key)
{
    size_t i = s_probe(m, &key);
    return m->keys[i] ? m->vals[i] : -1;
}

int32_t *ent_map_slot(ent_map_t *m, uint64_t key)
{
    size_t i = s_probe(m, &key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->vals[i] = 0;
    }
    return &m->vals[i];
}

int32_t ent_map_put(ent_map_t *m, uint64_t key, int32_t v)
{
    size_t i = s_probe(m, &key);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->vals[i] = v;
    }
    return m->vals[i];
}

uint64_t ent_text_hash(const ent_ctx_t *c, uint32_t start, uint32_t end)
{
    return XXH3_64bits(c->doc->text + start, end - start);
}
