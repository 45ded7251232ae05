/* SPDX-License-Identifier: MIT */
/* test_example.c - the example plugin alone in the SDK's fake host: its
 * config key, what it tags, and what it leaves to others. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sift/testhost.h>

int main(void)
{
    sift_testhost_t *th = sift_testhost_new(SIFT_TEST_PLUGIN);
    SIFT_CHECK(th);
    SIFT_CHECK(sift_testhost_set(th, "no_such_key", "x") == -1); /* not declared */
    SIFT_CHECK(sift_testhost_set(th, "word", "AFP") == 0);
    SIFT_CHECK(sift_testhost_init(th) == 0);

    SIFT_CHECK(sift_testhost_run(th, "AFP said so. afp did not; AFP again.") == 0);
    const sift_doc_t *doc = sift_testhost_doc(th);
    SIFT_CHECK(doc->n_entities == 2); /* case-sensitive: not "afp" */
    SIFT_CHECK(doc->entities[0].type == SIFT_ORG && strcmp(doc->entities[0].name, "AFP") == 0);
    SIFT_CHECK(doc->entities[1].mentions[0].start == 26 && doc->entities[1].mentions[0].end == 29);
    SIFT_CHECK(strcmp(doc->entity_plugins[1], "example") == 0);

    /* an earlier plugin's entity stays first and keeps its provenance */
    SIFT_CHECK(sift_testhost_begin(th, "AFP.") == 0);
    sift_span_t m = { 0, 3 };
    sift_entity_t agency = { .type = SIFT_ORG, .name = "Agence France-Presse", .mentions = &m,
                             .n_mentions = 1 };
    SIFT_CHECK(sift_testhost_add_entity(th, "gazetteer", &agency) == 0);
    SIFT_CHECK(sift_testhost_process(th) == 0);
    doc = sift_testhost_doc(th);
    SIFT_CHECK(doc->n_entities == 2 && strcmp(doc->entity_plugins[0], "gazetteer") == 0);

    /* given tokens replace the tokeniser's: one token, no match */
    SIFT_CHECK(sift_testhost_begin(th, "AFP") == 0);
    sift_token_t whole = { .start = 0, .end = 2, .flags = SIFT_TOKEN_ALPHA };
    sift_sentence_t one = { 0, 2, 0, 1 };
    SIFT_CHECK(sift_testhost_set_tokens(th, &whole, 1, &one, 1) == 0);
    SIFT_CHECK(sift_testhost_process(th) == 0);
    SIFT_CHECK(sift_testhost_doc(th)->n_entities == 0);
    SIFT_CHECK(sift_testhost_error(th) == NULL);
    sift_testhost_destroy(&th);
    puts("example: all passed");
    return 0;
}
