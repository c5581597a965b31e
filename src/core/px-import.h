/* px-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"

G_BEGIN_DECLS

/* Inputs over this size are refused with PX_CORE_ERROR_TOO_LARGE. */
#define PX_IMPORT_MAX_SIZE ((gsize) 64 * 1024 * 1024)

/* A web page's elements past this many are not read; the article says how
 * many parts were left out (px_article_get_n_left_out()). */
#define PX_IMPORT_MAX_ELEMENTS 500000

typedef enum {
  PX_FORMAT_UNKNOWN,
  PX_FORMAT_TEXT,
  PX_FORMAT_HTML,
  PX_FORMAT_MARKDOWN,
  PX_FORMAT_MHTML,
} PxFormat;

PxFormat   px_format_sniff      (const guint8  *data,
                                 gsize          len,
                                 const char    *name_hint);
const char *px_format_to_string (PxFormat       format);

PxArticle *px_import_bytes      (GBytes        *bytes,
                                 const char    *source,
                                 GError       **error);
PxArticle *px_import_bytes_full (GBytes        *bytes,
                                 const char    *source,
                                 const char    *content_type,
                                 GError       **error);
PxArticle *px_import_file       (GFile         *file,
                                 GCancellable  *cancellable,
                                 GError       **error);

char      *px_import_describe_left_out (const PxArticle *article);

G_END_DECLS
