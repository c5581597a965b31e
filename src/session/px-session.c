/* px-session.c — saved comparisons (.parallax files)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-session.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

/*
 * A saved comparison holds each article's text and metadata as imported,
 * so that it reopens identically when a link is gone or a file moved:
 *
 *   {"parallax": 1, "generator": "Parallax 0.1.0",
 *    "view": {"across_events": false, "show_differences": true},
 *    "articles": [{"source", "title", "byline", "site", "date", "language",
 *                  "dateline", "left_out": int (optional), "paragraphs": [str, …]}, …]}
 *
 * A file from a newer version, or one that is not of this form, is
 * refused with a clear error and left untouched.
 */

G_DEFINE_QUARK (px-session-error-quark, px_session_error)

/**
 * px_session_sniff:
 * @data: the start of a file
 * @len: its length
 * @name: (nullable): the file's name
 *
 * Returns: whether the file is a saved comparison
 */
gboolean
px_session_sniff (const guint8 *data,
                  gsize         len,
                  const char   *name)
{
  const char *p = (const char *) data;
  const char *end = p + MIN (len, 64);

  if (name != NULL && g_str_has_suffix (name, ".parallax"))
    return TRUE;

  while (p < end && g_ascii_isspace (*p))
    p++;
  if (p >= end || *p++ != '{')
    return FALSE;
  while (p < end && g_ascii_isspace (*p))
    p++;

  return end - p >= 10 && strncmp (p, "\"parallax\"", 10) == 0;
}

static void
write_string_member (JsonBuilder *b,
                     const char  *name,
                     const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

/**
 * px_session_save:
 * @articles: (array length=n_articles): the articles, in column order
 * @n_articles: how many
 * @view: (nullable): the view state
 *
 * Returns: (transfer full): the .parallax document
 */
GBytes *
px_session_save (PxArticle * const   *articles,
                 guint                n_articles,
                 const PxSessionView *view)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  char *data;
  gsize len;
  guint a, k;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "parallax");
  json_builder_add_int_value (b, PX_SESSION_VERSION);
  json_builder_set_member_name (b, "generator");
  json_builder_add_string_value (b, "Parallax " PACKAGE_VERSION);

  json_builder_set_member_name (b, "view");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "across_events");
  json_builder_add_boolean_value (b, view ? view->across_events : FALSE);
  json_builder_set_member_name (b, "show_differences");
  json_builder_add_boolean_value (b, view ? view->show_differences : TRUE);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "articles");
  json_builder_begin_array (b);
  for (a = 0; a < n_articles; a++)
    {
      PxArticle *article = articles[a];
      const PxRange *paragraphs;
      const char *text = px_article_get_text (article, NULL);
      guint n;

      json_builder_begin_object (b);
      write_string_member (b, "source", px_article_get_source (article));
      write_string_member (b, "title", px_article_get_title (article));
      write_string_member (b, "byline", px_article_get_byline (article));
      write_string_member (b, "site", px_article_get_site (article));
      write_string_member (b, "date", px_article_get_date (article));
      write_string_member (b, "language", px_article_get_language (article));
      write_string_member (b, "dateline", px_article_get_dateline (article));
      if (px_article_get_n_left_out (article) > 0)
        {
          json_builder_set_member_name (b, "left_out");
          json_builder_add_int_value (b, px_article_get_n_left_out (article));
        }
      json_builder_set_member_name (b, "paragraphs");
      json_builder_begin_array (b);
      paragraphs = px_article_get_paragraphs (article, &n);
      for (k = 0; k < n; k++)
        {
          g_autofree char *p = g_strndup (text + paragraphs[k].start,
                                          paragraphs[k].end - paragraphs[k].start);

          json_builder_add_string_value (b, p);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  json_generator_set_pretty (gen, TRUE);
  data = json_generator_to_data (gen, &len);

  return g_bytes_new_take (data, len);
}

static gboolean
damaged (GError     **error,
         const char  *what)
{
  /* The parser's own messages may quote the file's broken bytes. */
  g_autofree char *valid = g_utf8_make_valid (what, -1);
  char *c;

  for (c = valid; *c != '\0'; c++)
    if (*c == '\n' || *c == '\r')
      *c = ' ';
  /* Translators: %s says what is wrong, e.g. "an article has no paragraphs" */
  g_set_error (error, PX_SESSION_ERROR, PX_SESSION_ERROR_DAMAGED,
               _("The saved comparison is damaged: %s"), valid);
  return FALSE;
}

static gboolean
read_string (JsonObject  *object,
             const char  *name,
             const char **value)
{
  JsonNode *node = json_object_get_member (object, name);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;

  /* json-glib turns an escaped lone surrogate into bytes that are not UTF-8 */
  *value = json_node_get_string (node);
  return g_utf8_validate (*value, -1, NULL);
}

/* A switch of the view; anything but true or false keeps its default. */
static gboolean
read_boolean (JsonObject *object,
              const char *name,
              gboolean    fallback)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;

  return json_node_get_boolean (node);
}

static PxArticle *
read_article (JsonNode  *node,
              GError   **error)
{
  g_autoptr(PxArticleBuilder) builder = NULL;
  static const char * const fields[] = {
    "title", "byline", "site", "date", "language", "dateline",
  };
  const char *values[G_N_ELEMENTS (fields)];
  const char *source;
  JsonObject *object;
  JsonArray *paragraphs;
  guint k;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      damaged (error, _("an article is not an object"));
      return NULL;
    }
  object = json_node_get_object (node);

  if (!read_string (object, "source", &source))
    {
      damaged (error, _("an article's source is not text"));
      return NULL;
    }
  for (k = 0; k < G_N_ELEMENTS (fields); k++)
    if (!read_string (object, fields[k], &values[k]))
      {
        damaged (error, _("an article's metadata is not text"));
        return NULL;
      }

  node = json_object_get_member (object, "paragraphs");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node) ||
      json_array_get_length (paragraphs = json_node_get_array (node)) == 0)
    {
      damaged (error, _("an article has no text"));
      return NULL;
    }

  builder = px_article_builder_new (source);
  px_article_builder_set_title (builder, values[0]);
  px_article_builder_set_byline (builder, values[1]);
  px_article_builder_set_site (builder, values[2]);
  px_article_builder_set_date (builder, values[3]);
  px_article_builder_set_language (builder, values[4]);
  px_article_builder_set_dateline (builder, values[5]);
  node = json_object_get_member (object, "left_out");
  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
          json_node_get_int (node) < 0 || json_node_get_int (node) > G_MAXUINT)
        {
          damaged (error, _("an article's count of parts left out is not a number"));
          return NULL;
        }
      px_article_builder_set_n_left_out (builder, (guint) json_node_get_int (node));
    }

  for (k = 0; k < json_array_get_length (paragraphs); k++)
    {
      JsonNode *p = json_array_get_element (paragraphs, k);

      if (!JSON_NODE_HOLDS_VALUE (p) || json_node_get_value_type (p) != G_TYPE_STRING ||
          !g_utf8_validate (json_node_get_string (p), -1, NULL))
        {
          damaged (error, _("a paragraph is not text"));
          return NULL;
        }
      px_article_builder_add_paragraph (builder, json_node_get_string (p), -1);
    }

  if (px_article_builder_get_n_paragraphs (builder) == 0)
    {
      damaged (error, _("an article has no text"));
      return NULL;
    }

  return px_article_builder_end (g_steal_pointer (&builder));
}

/**
 * px_session_load:
 * @bytes: a .parallax document
 * @view: (out) (optional): the view state it saved
 * @error: where to report a damaged or newer file
 *
 * Returns: (transfer full) (element-type PxArticle) (nullable): the articles, in column order
 */
GPtrArray *
px_session_load (GBytes         *bytes,
                 PxSessionView  *view,
                 GError        **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonNode *node;
  JsonArray *list;
  gint64 version;
  gsize len;
  const char *data;
  guint k;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (len > PX_IMPORT_MAX_SIZE * 12)
    {
      g_set_error_literal (error, PX_SESSION_ERROR, PX_SESSION_ERROR_DAMAGED,
                           _("The saved comparison is too large"));
      return NULL;
    }
  if (data == NULL || len == 0)
    {
      damaged (error, _("the file is empty"));
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, len, &local_error))
    {
      damaged (error, local_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      damaged (error, _("it is not a saved comparison"));
      return NULL;
    }
  root = json_node_get_object (node);

  node = json_object_get_member (root, "parallax");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      damaged (error, _("it has no format version"));
      return NULL;
    }
  version = json_node_get_int (node);
  if (version > PX_SESSION_VERSION)
    {
      g_set_error (error, PX_SESSION_ERROR, PX_SESSION_ERROR_NEWER_VERSION,
                   _("The comparison was saved by a newer version of Parallax (format %d; this "
                     "version reads format %d)"), (int) MIN (version, G_MAXINT), PX_SESSION_VERSION);
      return NULL;
    }
  if (version < 1)
    {
      damaged (error, _("its format version is not valid"));
      return NULL;
    }

  node = json_object_get_member (root, "articles");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      damaged (error, _("it has no articles"));
      return NULL;
    }
  list = json_node_get_array (node);
  if (json_array_get_length (list) == 0)
    {
      damaged (error, _("it has no articles"));
      return NULL;
    }

  for (k = 0; k < json_array_get_length (list); k++)
    {
      PxArticle *article = read_article (json_array_get_element (list, k), error);

      if (article == NULL)
        return NULL;
      g_ptr_array_add (articles, article);
    }

  if (view != NULL)
    {
      JsonObject *v = NULL;

      node = json_object_get_member (root, "view");
      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        v = json_node_get_object (node);
      view->across_events = read_boolean (v, "across_events", FALSE);
      view->show_differences = read_boolean (v, "show_differences", TRUE);
    }

  return g_steal_pointer (&articles);
}

static void
write_file_worker (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GFile *file = source_object;
  GBytes *bytes = task_data;
  g_autofree char *path = g_file_get_path (file);
  GError *error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* A local file (portal documents are local too): written beside the
   * old one, flushed, then renamed over it, so the old file stays whole
   * until the new one is complete. */
  if (path != NULL)
    {
      if (!g_file_set_contents_full (path, data, len, G_FILE_SET_CONTENTS_CONSISTENT, 0666, &error))
        g_task_return_error (task, error);
      else
        g_task_return_boolean (task, TRUE);
      return;
    }

  if (!g_file_replace_contents (file, data, len, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * px_session_write_file_async:
 * @file: where to write
 * @bytes: what to write
 * @cancellable: (nullable): a cancellable, honoured until writing starts
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Replaces @file with @bytes atomically, in a worker thread: a reader,
 * a crash or a cancellation finds the old file or the new one, whole.
 */
void
px_session_write_file_async (GFile               *file,
                             GBytes              *bytes,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (bytes != NULL);

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_session_write_file_async);
  g_task_set_task_data (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, write_file_worker);
}

gboolean
px_session_write_file_finish (GFile         *file,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, file), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
