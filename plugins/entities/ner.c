/* ner.c - placeholder until the trained tagger lands. */
#include <stdlib.h>

#include "ner.h"

ner_model_t *ner_model_load(const char *path, const lex_t *lex)
{
    (void)path;
    (void)lex;
    return NULL;
}

void ner_model_destroy(ner_model_t **self_p)
{
    (void)self_p;
}

int ner_run(const ner_model_t *model, ent_ctx_t *c)
{
    (void)model;
    (void)c;
    return 0;
}
