/* SPDX-License-Identifier: MIT */
/* articles.c - reads article files for the sift command (see articles.h). */
#include "articles.h"

#include <errno.h>
#include <jansson.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "log.h"

static int s_emit_json(const json_t *obj, msgpack_sbuffer *sb, sift_article_fn *fn, void *ctx)
{
    msgpack_packer pk;
    sb->size = 0;
    msgpack_packer_init(&pk, sb, msgpack_sbuffer_write);
    if (sift_json_to_msgpack(obj, &pk) < 0)
        return -1;
    return fn(ctx, sb->data, sb->size);
}

static int s_is_jsonl(const char *path)
{
    size_t n = strlen(path);
    return strcmp(path, "-") == 0 || (n > 6 && strcmp(path + n - 6, ".jsonl") == 0);
}

int sift_read_articles(const char *path, sift_article_fn *fn, void *ctx)
{
    FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!fp) {
        sift_log(LOG_ERR, NULL, "%s: %s", path, strerror(errno));
        return -1;
    }
    msgpack_sbuffer sb;
    msgpack_sbuffer_init(&sb);
    int rc = 0, skipped = 0;
    if (s_is_jsonl(path)) {
        char *line = NULL;
        size_t cap = 0;
        long lineno = 0;
        while (rc == 0 && getline(&line, &cap, fp) > 0) {
            lineno++;
            if (strspn(line, " \t\r\n") == strlen(line))
                continue;
            json_error_t err;
            json_t *obj = json_loads(line, JSON_DECODE_ANY, &err);
            if (!obj || !json_is_object(obj)) {
                /* one bad line costs that line only */
                sift_log(LOG_ERR, NULL, "%s:%ld: skipped, not a JSON object: %s", path, lineno,
                         obj ? "another JSON value" : err.text);
                skipped++;
            } else {
                rc = s_emit_json(obj, &sb, fn, ctx);
            }
            json_decref(obj);
        }
        free(line);
    } else {
        char *text = NULL;
        size_t len = 0;
        FILE *mem = open_memstream(&text, &len);
        char buf[65536];
        size_t n;
        while (mem && (n = fread(buf, 1, sizeof buf, fp)) > 0)
            fwrite(buf, 1, n, mem);
        if (mem)
            fclose(mem);
        char *copy = strdup(path);
        json_t *obj = json_object();
        json_object_set_new(obj, "id", json_string(copy ? basename(copy) : path));
        /* not json_stringn: it would refuse invalid UTF-8, which siftd must see */
        msgpack_packer pk;
        msgpack_packer_init(&pk, &sb, msgpack_sbuffer_write);
        const char *id = json_string_value(json_object_get(obj, "id"));
        rc = -(!text || !id);
        if (rc == 0) {
            msgpack_pack_map(&pk, 2);
            msgpack_pack_str_with_body(&pk, "id", 2);
            msgpack_pack_str_with_body(&pk, id, strlen(id));
            msgpack_pack_str_with_body(&pk, "text", 4);
            msgpack_pack_str_with_body(&pk, text, len);
            rc = fn(ctx, sb.data, sb.size);
        }
        json_decref(obj);
        free(copy);
        free(text);
    }
    msgpack_sbuffer_destroy(&sb);
    if (fp != stdin)
        fclose(fp);
    return rc != 0 ? -1 : skipped;
}

