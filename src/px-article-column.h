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

void          px_article_column_set_comparison (PxArticleColumn *self,
                                                PxComparison    *comparison,
                                                guint            index,
                                                gboolean         across_events);
PxComparison *px_article_column_get_comparison (PxArticleColumn *self);
int           px_article_column_get_index     (PxArticleColumn *self);
void          px_article_column_set_event     (PxArticleColumn *self,
                                               int              event,
                                               const char      *label);
void          px_article_column_highlight     (PxArticleColumn *self,
                                               const guint     *sentences,
                                               guint            n_sentences);
void          px_article_column_scroll_to_sentence (PxArticleColumn *self,
                                                    guint            sentence);
void          px_article_column_select_range  (PxArticleColumn *self,
                                               PxRange          range);
int           px_article_column_get_hovered_sentence (PxArticleColumn *self);
gboolean      px_article_column_get_sentence_area (PxArticleColumn *self,
                                                   guint            sentence,
                                                   GtkWidget       *relative_to,
                                                   double          *y_start,
                                                   double          *y_end);
gboolean      px_article_column_get_sentence_extent (PxArticleColumn *self,
                                                     guint            sentence,
                                                     double          *y_start,
                                                     double          *y_end);
int           px_article_column_get_sentence_at_y (PxArticleColumn *self,
                                                   double           buffer_y);
GtkAdjustment *px_article_column_get_vadjustment (PxArticleColumn *self);
gboolean      px_article_column_get_visible_sentences (PxArticleColumn *self,
                                                       guint           *first,
                                                       guint           *last);
GtkWidget    *px_article_column_get_text_area (PxArticleColumn *self);
void          px_article_column_set_marked_kinds (PxArticleColumn *self,
                                                  guint            kinds);
guint         px_article_column_count_marks   (PxArticleColumn *self,
                                               PxDifferenceKind kind);

G_END_DECLS
