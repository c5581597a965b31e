/* px-article.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-article.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/*
 * An article is built once (by an importer, through a PxArticleBuilder) and
 * never changes afterwards, so it can be shared between threads freely.
 * Paragraphs are joined with a blank line; offsets are UTF-8 bytes.
 */
struct _PxArticle
{
  gatomicrefcount ref_count;

  char *source;
  char *title;
  char *byline;
  char *site;
  char *date;
  char *language;
  char *dateline;

  char *text;
  gsize text_len;
  PxRange *paragraphs;
  guint n_paragraphs;
  guint n_left_out;
};

struct _PxArticleBuilder
{
  char *source;
  char *title;
  char *byline;
  char *site;
  char *date;
  char *language;
  char *dateline;

  GString *text;
  GArray *paragraphs;
  guint n_left_out;
};

G_DEFINE_BOXED_TYPE (PxArticle, px_article, px_article_ref, px_article_unref)

#define PARAGRAPH_SEPARATOR "\n\n"

static char *
dup_clean (const char *value)
{
  char *copy;

  if (value == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (value));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);

  return copy;
}

static void
set_field (char       **field,
           const char  *value)
{
  g_free (*field);
  *field = dup_clean (value);
}

PxArticle *
px_article_ref (PxArticle *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
px_article_unref (PxArticle *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->source);
  g_free (self->title);
  g_free (self->byline);
  g_free (self->site);
  g_free (self->date);
  g_free (self->language);
  g_free (self->dateline);
  g_free (self->text);
  g_free (self->paragraphs);
  g_free (self);
}

/**
 * px_article_get_source:
 * @self: an article
 *
 * Returns: (nullable): the path or URI the article came from
 */
const char *
px_article_get_source (const PxArticle *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->source;
}

/**
 * px_article_get_title:
 * @self: an article
 *
 * Returns: (nullable): the headline
 */
const char *
px_article_get_title (const PxArticle *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

/**
 * px_article_get_byline:
 * @self: an article
 *
 * Returns: (nullable): the author(s), without a leading "By"
 */
const char *
px_article_get_byline (const PxArticle *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->byline;
}

/**
 * px_article_get_site:
 * @self: an article
 *
 * Returns: (nullable): the outlet or site name
 */
const char *
px_article_get_site (const PxArticle *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->site;
}

/**
 * px_article_get_date:
 * @self: an article
 *
 * Returns: (nullable): the publication date as YYYY-MM-DD
 */
const char *
px_article_get_date (const PxArticle *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->date;
}

/**
 * px_article_get_language:
 * @self: an article
 *
 * Returns: (nullable): the language tag, e.g. "en"
 */
const char *
px_article_get_language (const PxArticle *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->language;
}

/**
 * px_article_get_dateline:
 * @self: an article
 *
 * Returns: (nullable): the dateline that opened the text ("MOSCOW", "BEIJING, Oct. 24")
 */
const char *
px_article_get_dateline (const PxArticle *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->dateline;
}

/**
 * px_article_get_n_left_out:
 * @self: an article
 *
 * How many parts of the source the import did not read because the source
 * was over a limit: the elements of a web page past the 500,000th. Their
 * text is not in the article; a reader should be told.
 *
 * Returns: the number of parts left out, 0 when the whole source was read
 */
guint
px_article_get_n_left_out (const PxArticle *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_left_out;
}

/**
 * px_article_get_text:
 * @self: an article
 * @len: (out) (optional): the length in bytes
 *
 * Returns: the article text, paragraphs separated by a blank line
 */
const char *
px_article_get_text (const PxArticle *self,
                     gsize           *len)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (len != NULL)
    *len = self->text_len;

  return self->text;
}

/**
 * px_article_get_paragraphs:
 * @self: an article
 * @n_paragraphs: (out): the number of paragraphs
 *
 * Returns: (array length=n_paragraphs): byte ranges of the paragraphs in the text
 */
const PxRange *
px_article_get_paragraphs (const PxArticle *self,
                           guint           *n_paragraphs)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_paragraphs != NULL, NULL);

  *n_paragraphs = self->n_paragraphs;

  return self->paragraphs;
}

/**
 * px_article_builder_new:
 * @source: (nullable): the path or URI the article comes from
 *
 * Returns: (transfer full): a builder to fill and finish with px_article_builder_end()
 */
PxArticleBuilder *
px_article_builder_new (const char *source)
{
  PxArticleBuilder *self = g_new0 (PxArticleBuilder, 1);

  self->source = g_strdup (source);
  self->text = g_string_new (NULL);
  self->paragraphs = g_array_new (FALSE, FALSE, sizeof (PxRange));

  return self;
}

void
px_article_builder_free (PxArticleBuilder *self)
{
  if (self == NULL)
    return;

  g_free (self->source);
  g_free (self->title);
  g_free (self->byline);
  g_free (self->site);
  g_free (self->date);
  g_free (self->language);
  g_free (self->dateline);
  g_string_free (self->text, TRUE);
  g_array_unref (self->paragraphs);
  g_free (self);
}

void
px_article_builder_set_title (PxArticleBuilder *self,
                              const char       *title)
{
  g_return_if_fail (self != NULL);
  set_field (&self->title, title);
}

void
px_article_builder_set_byline (PxArticleBuilder *self,
                               const char       *byline)
{
  g_return_if_fail (self != NULL);
  set_field (&self->byline, byline);
}

void
px_article_builder_set_site (PxArticleBuilder *self,
                             const char       *site)
{
  g_return_if_fail (self != NULL);
  set_field (&self->site, site);
}

void
px_article_builder_set_date (PxArticleBuilder *self,
                             const char       *date)
{
  g_return_if_fail (self != NULL);
  set_field (&self->date, date);
}

void
px_article_builder_set_language (PxArticleBuilder *self,
                                 const char       *language)
{
  g_return_if_fail (self != NULL);
  set_field (&self->language, language);
}

void
px_article_builder_set_dateline (PxArticleBuilder *self,
                                 const char       *dateline)
{
  g_return_if_fail (self != NULL);
  set_field (&self->dateline, dateline);
}

const char *
px_article_builder_get_title (PxArticleBuilder *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

const char *
px_article_builder_get_byline (PxArticleBuilder *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->byline;
}

const char *
px_article_builder_get_site (PxArticleBuilder *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->site;
}

const char *
px_article_builder_get_date (PxArticleBuilder *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->date;
}

const char *
px_article_builder_get_language (PxArticleBuilder *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->language;
}

const char *
px_article_builder_get_dateline (PxArticleBuilder *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->dateline;
}

/**
 * px_article_builder_add_paragraph:
 * @self: a builder
 * @text: UTF-8 paragraph text
 * @len: length of @text in bytes, or -1 if it is nul-terminated
 *
 * Appends a paragraph. Leading and trailing white space is dropped; an
 * empty paragraph is ignored. The caller has already collapsed inner white
 * space as it sees fit.
 */
void
px_article_builder_add_paragraph (PxArticleBuilder *self,
                                  const char       *text,
                                  gssize            len)
{
  const char *end;
  PxRange range;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  if (len < 0)
    len = strlen (text);

  end = text + len;
  while (text < end && g_ascii_isspace (*text))
    text++;
  while (end > text && g_ascii_isspace (end[-1]))
    end--;
  if (text == end)
    return;

  if (self->paragraphs->len > 0)
    g_string_append (self->text, PARAGRAPH_SEPARATOR);

  range.start = self->text->len;
  g_string_append_len (self->text, text, end - text);
  range.end = self->text->len;
  g_array_append_val (self->paragraphs, range);
}

guint
px_article_builder_get_n_paragraphs (PxArticleBuilder *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->paragraphs->len;
}

/**
 * px_article_builder_set_n_left_out:
 * @self: a builder
 * @n_left_out: parts of the source not read, see px_article_get_n_left_out()
 */
void
px_article_builder_set_n_left_out (PxArticleBuilder *self,
                                   guint             n_left_out)
{
  g_return_if_fail (self != NULL);
  self->n_left_out = n_left_out;
}

/**
 * px_article_builder_end:
 * @self: (transfer full): a builder
 *
 * Finishes the article and frees the builder.
 *
 * Returns: (transfer full): the immutable article
 */
PxArticle *
px_article_builder_end (PxArticleBuilder *self)
{
  PxArticle *article;

  g_return_val_if_fail (self != NULL, NULL);

  article = g_new0 (PxArticle, 1);
  g_atomic_ref_count_init (&article->ref_count);
  article->source = g_steal_pointer (&self->source);
  article->title = g_steal_pointer (&self->title);
  article->byline = g_steal_pointer (&self->byline);
  article->site = g_steal_pointer (&self->site);
  article->date = g_steal_pointer (&self->date);
  article->language = g_steal_pointer (&self->language);
  article->dateline = g_steal_pointer (&self->dateline);
  article->text_len = self->text->len;
  article->text = g_string_free (g_steal_pointer (&self->text), FALSE);
  article->n_paragraphs = self->paragraphs->len;
  article->n_left_out = self->n_left_out;
  article->paragraphs = (PxRange *) (void *) g_array_free (g_steal_pointer (&self->paragraphs), FALSE);

  g_free (self);

  return article;
}

/**
 * px_article_dup_short_source:
 * @source: (nullable): where an article came from: a path or a link
 *
 * The short name a reader knows a source by: the host of a link, the name
 * of a file, "Dropped text" for text without a source.
 *
 * Returns: (transfer full): the name
 */
char *
px_article_dup_short_source (const char *source)
{
  g_autoptr(GUri) uri = NULL;

  if (source == NULL)
    return g_strdup (_("Dropped text"));

  uri = g_uri_parse (source, G_URI_FLAGS_NONE, NULL);
  if (uri != NULL && g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0' &&
      (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0 ||
       g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0))
    return g_strdup (g_uri_get_host (uri));

  return g_path_get_basename (source);
}
