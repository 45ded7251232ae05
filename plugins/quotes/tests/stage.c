/* SPDX-License-Identifier: MIT */
/* stage.c - the unit tests' harness (stage.h). */
#include "stage.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sift/testhost.h>

#include "../features.h"
#include "../marks.h"
#include "../words.h"

typedef struct block { struct block *next; } block_t;

static block_t *s_blocks;
static sift_testhost_t *s_th;
static state_t s_state;
static sift_host_t s_host;
static int s_loaded;

static void *s_scratch(sift_out_t *out, size_t size)
{
    (void)out;
    block_t *b = malloc(sizeof(max_align_t) + size);
    if (!b)
        return NULL;
    b->next = s_blocks;
    s_blocks = b;
    return (char *)b + sizeof(max_align_t);
}

const state_t *stage_state(void)
{
    if (s_loaded)
        return &s_state;
    s_host.scratch = s_scratch;
    s_state.host = &s_host;
    assert_int_equal(lexicon_init(&s_state.lx, 16384), 0);
    for (const words_file_t *w = words_files; w->key; w++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", QUOTES_DATA_DIR, w->file);
        assert_int_equal(lexicon_load(&s_state.lx, path, w->flags), 0);
    }
    assert_int_equal(words_builtin(&s_state.lx), 0);
    char err[4200];
    assert_int_equal(qr_load(&s_state.ranker, QUOTES_DATA_DIR "/ranker.tsv", err, sizeof err), 0);
    s_state.fixed_w = feat_fixed_weights(&s_state.ranker); /* as the plugin's s_init */
    assert_non_null(s_state.fixed_w);
    s_th = sift_testhost_new(SIFT_TEST_PLUGIN);
    assert_non_null(s_th);
    assert_int_equal(sift_testhost_init(s_th), 0);
    s_loaded = 1;
    return &s_state;
}

void stage_begin(ctx_t *c, const char *text, const stage_entity_t *ents)
{
    const state_t *st = stage_state();
    assert_int_equal(sift_testhost_begin(s_th, text), 0);
    for (const stage_entity_t *e = ents; e && e->name; e++) {
        sift_span_t m[32];
        size_t n = 0, len = strlen(e->name);
        for (const char *p = strstr(text, e->name); p && n < 32; p = strstr(p + len, e->name))
            m[n++] = (sift_span_t){ (uint32_t)(p - text), (uint32_t)(p - text + len) };
        assert_true(n > 0);
        sift_entity_t ent = { .type = e->type, .name = e->name, .mentions = m, .n_mentions = n };
        assert_true(sift_testhost_add_entity(s_th, "entities", &ent) >= 0);
    }
    assert_int_equal(ctx_begin(c, st, sift_testhost_doc(s_th), NULL), 0);
    assert_int_equal(marks_detect(c), 0);
}

void stage_end(ctx_t *c)
{
    while (s_blocks) {
        block_t *b = s_blocks;
        s_blocks = b->next;
        free(b);
    }
    memset(c, 0, sizeof *c);
}

uint32_t stage_tok(const ctx_t *c, const char *word, size_t from)
{
    const char *p = strstr(c->text + from, word);
    if (!p)
        return NONE;
    for (uint32_t i = 0; i < c->nt; i++)
        if (c->tok[i].start == (uint32_t)(p - c->text))
            return i;
    return NONE;
}

const char *stage_span(const ctx_t *c, uint32_t a, uint32_t b)
{
    static char buf[512];
    if (a == NONE || b == NONE || b <= a || b > c->nt)
        return "";
    size_t n = c->tok[b - 1].end - c->tok[a].start;
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, c->text + c->tok[a].start, n);
    buf[n] = '\0';
    return buf;
}

quote_t *stage_quote(ctx_t *c, const char *prefix)
{
    for (size_t i = 0; i < c->nq; i++)
        if (strncmp(c->text + c->q[i].start, prefix, strlen(prefix)) == 0)
            return &c->q[i];
    return NULL;
}

void stage_free(void)
{
    if (!s_loaded)
        return;
    lexicon_free(&s_state.lx);
    qr_free(&s_state.ranker);
    free(s_state.fixed_w);
    s_state.fixed_w = NULL;
    sift_testhost_destroy(&s_th);
    s_loaded = 0;
}
