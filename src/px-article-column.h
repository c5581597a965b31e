/* px-article-column.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/px-core.h"

G_BEGIN_DECLS

#define PX_TYPE_ARTICLE_COLUMN (px_article_column_get_type ())
G_DECLARE_FINAL_TYPE (PxArticleColumn, px_article_column, PX, ARTICLE_COLUMN, GtkWidget)

GtkWidget    *px_article_column_new           (void);
void          px_article_column_set_loading   (PxArticleColumn *self,
                                               const char      *source,
                                               const char      *message);
void          px_article_column_set_article   (PxArticleColumn *self,
                                               PxArticle       *article);
PxArticle    *px_article_column_get_article   (PxArticleColumn *self);
const char   *px_article_column_get_source    (PxArticleColumn *self);
gboolean      px_article_column_is_loading    (PxArticleColumn *self);
GCancellable *px_article_column_get_cancellable (PxArticleColumn *self);
GtkTextView  *px_article_column_get_text_view (PxArticleColumn *self);
char         *px_article_column_dup_display_name (PxArticleColumn *self);

G_END_DECLS
