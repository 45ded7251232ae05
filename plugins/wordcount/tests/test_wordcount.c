/* SPDX-License-Identifier: MIT */
/* test_wordcount.c - wordcount alone in the SDK's fake host. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sift/testhost.h>

static const sift_event_t *s_event(const sift_doc_t *doc, const char *kind, size_t nth)
{
    for (size_t i = 0; i < doc->n_events; i++)
        if (strcmp(doc->events[i].kind, kind) == 0 && nth-- == 0)
            return &doc->events[i];
    return NULL;
}

int main(void)
{
    sift_testhost_t *th = sift_testhost_new(SIFT_TEST_PLUGIN);
    SIFT_CHECK(th);
    SIFT_CHECK(sift_testhost_set(th, "watch", "tariffs,steel") == 0);
    SIFT_CHECK(sift_testhost_init(th) == 0);

    SIFT_CHECK(sift_testhost_run(th, "Tariffs on steel rose. Steel fell; TARIFFS stayed.") == 0);
    const sift_doc_t *doc = sift_testhost_doc(th);
    const sift_event_t *a = s_event(doc, "article", 0);
    SIFT_CHECK(a && strcmp(a->plugin, "wordcount") == 0 && a->key == NULL);
    SIFT_CHECK(sift_testhost_field(a, "words")->v.i == 8);
    SIFT_CHECK(sift_testhost_field(a, "sentences")->v.i == 2);
    SIFT_CHECK(strcmp(sift_testhost_field(a, "longest")->v.s, "Tariffs") == 0);
    SIFT_CHECK(sift_testhost_field(a, "longest_at")->v.span.end == 7);

    const sift_event_t *h = s_event(doc, "hit", 0);
    SIFT_CHECK(h && strcmp(h->key, "tariffs") == 0);
    SIFT_CHECK(sift_testhost_field(h, "count")->v.i == 2);
    const sift_value_t *spans = sift_testhost_field(h, "spans");
    SIFT_CHECK(spans->v.spans.n == 2 && spans->v.spans.items[1].start == 35);
    h = s_event(doc, "hit", 1);
    SIFT_CHECK(h && strcmp(h->key, "steel") == 0 && sift_testhost_field(h, "count")->v.i == 2);
    SIFT_CHECK(s_event(doc, "hit", 2) == NULL);

    /* no words: the optional fields are left out, still one article event */
    SIFT_CHECK(sift_testhost_run(th, "...") == 0);
    a = s_event(sift_testhost_doc(th), "article", 0);
    SIFT_CHECK(a && a->n_fields == 2 && sift_testhost_field(a, "longest") == NULL);
    sift_testhost_destroy(&th);

    /* a watch term that cannot be a routing key fails init */
    th = sift_testhost_new(SIFT_TEST_PLUGIN);
    SIFT_CHECK(th && sift_testhost_set(th, "watch", "U.S.") == 0);
    SIFT_CHECK(sift_testhost_init(th) == -1);
    sift_testhost_destroy(&th);
    puts("wordcount: all passed");
    return 0;
}
