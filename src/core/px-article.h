/* px-article.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PxRange:
 * @start: first byte
 * @end: one past the last byte
 *
 * A span of UTF-8 bytes in an article's text.
 */
typedef struct {
  gsize start;
  gsize end;
} PxRange;

#define PX_TYPE_ARTICLE (px_article_get_type ())

typedef struct _PxArticle PxArticle;
typedef struct _PxArticleBuilder PxArticleBuilder;

GType         px_article_get_type        (void) G_GNUC_CONST;
PxArticle    *px_article_ref             (PxArticle  *self);
void          px_article_unref           (PxArticle  *self);

const char   *px_article_get_source      (const PxArticle *self);
const char   *px_article_get_title       (const PxArticle *self);
const char   *px_article_get_byline      (const PxArticle *self);
const char   *px_article_get_site        (const PxArticle *self);
const char   *px_article_get_date        (const PxArticle *self);
const char   *px_article_get_language    (const PxArticle *self);
const char   *px_article_get_dateline    (const PxArticle *self);
const char   *px_article_get_text        (const PxArticle *self,
                                          gsize           *len);
const PxRange *px_article_get_paragraphs (const PxArticle *self,
                                          guint           *n_paragraphs);
guint         px_article_get_n_left_out  (const PxArticle *self);

char         *px_article_dup_short_source (const char     *source);

PxArticleBuilder *px_article_builder_new           (const char       *source);
void              px_article_builder_free          (PxArticleBuilder *self);
void              px_article_builder_set_title     (PxArticleBuilder *self,
                                                    const char       *title);
void              px_article_builder_set_byline    (PxArticleBuilder *self,
                                                    const char       *byline);
void              px_article_builder_set_site      (PxArticleBuilder *self,
                                                    const char       *site);
void              px_article_builder_set_date      (PxArticleBuilder *self,
                                                    const char       *date);
void              px_article_builder_set_language  (PxArticleBuilder *self,
                                                    const char       *language);
void              px_article_builder_set_dateline  (PxArticleBuilder *self,
                                                    const char       *dateline);
const char       *px_article_builder_get_title     (PxArticleBuilder *self);
const char       *px_article_builder_get_byline    (PxArticleBuilder *self);
const char       *px_article_builder_get_site      (PxArticleBuilder *self);
const char       *px_article_builder_get_date      (PxArticleBuilder *self);
const char       *px_article_builder_get_language  (PxArticleBuilder *self);
const char       *px_article_builder_get_dateline  (PxArticleBuilder *self);
void              px_article_builder_add_paragraph (PxArticleBuilder *self,
                                                    const char       *text,
                                                    gssize            len);
guint             px_article_builder_get_n_paragraphs (PxArticleBuilder *self);
void              px_article_builder_set_n_left_out   (PxArticleBuilder *self,
                                                       guint             n_left_out);
PxArticle        *px_article_builder_end           (PxArticleBuilder *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxArticle, px_article_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxArticleBuilder, px_article_builder_free)

G_END_DECLS
