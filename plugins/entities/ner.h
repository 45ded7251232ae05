/* ner.h - averaged-perceptron named-entity tagger over hashed features
 * (shared by the plugin and tools/train-ner). */
#ifndef ENTITIES_NER_H
#define ENTITIES_NER_H

#include "ent.h"

ner_model_t *ner_model_load(const char *path, const lex_t *lex);
void ner_model_destroy(ner_model_t **self_p);
/* Tags the article and adds PERSON/ORG/GPE/LOC/NORP mentions for tokens
 * the earlier passes left free. 0 or -1 (out of memory). */
int ner_run(const ner_model_t *model, ent_ctx_t *c);

#endif
