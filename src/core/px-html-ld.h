/* px-html-ld.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A small, tolerant JSON reader for the JSON-LD blocks of web pages. It
 * keeps only what metadata needs and never fails hard on garbage. */

typedef enum {
  PX_LD_NULL,
  PX_LD_BOOL,
  PX_LD_NUMBER,
  PX_LD_STRING,
  PX_LD_ARRAY,
  PX_LD_OBJECT,
} PxLdKind;

typedef struct _PxLdValue PxLdValue;

struct _PxLdValue {
  PxLdKind   kind;
  char      *text;   /* string value, number or boolean as written */
  GPtrArray *items;  /* array elements, or object values */
  GPtrArray *keys;   /* object keys, parallel to items */
};

PxLdValue  *px_ld_parse      (const char *text,
                              gsize       len);
void        px_ld_free       (PxLdValue  *value);
PxLdValue  *px_ld_get        (PxLdValue  *object,
                              const char *key);
const char *px_ld_get_string (PxLdValue  *object,
                              const char *key);
guint       px_ld_length     (PxLdValue  *array);
PxLdValue  *px_ld_index      (PxLdValue  *array,
                              guint       i);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxLdValue, px_ld_free)

G_END_DECLS
