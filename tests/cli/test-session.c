/* test-session.c — saved comparisons: round trip and refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "session/px-session.h"

static GPtrArray *
import_samples (void)
{
  const char *dir = g_getenv ("PARALLAX_SAMPLES");
  GPtrArray *articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint k;

  g_assert_nonnull (dir);
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_str_has_prefix (name, "README"))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (k = 0; k < names->len; k++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (names->pdata[k]);
      g_autoptr(GError) error = NULL;
      PxArticle *article = px_import_file (file, NULL, &error);

      g_assert_no_error (error);
      g_ptr_array_add (articles, article);
    }

  return articles;
}

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) articles = import_samples ();
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) before = NULL;
  g_autoptr(PxComparison) after = NULL;
  PxSessionView view = { TRUE, FALSE };
  PxSessionView read_view = { FALSE, TRUE };
  guint k, n_before, n_after;

  saved = px_session_save ((PxArticle * const *) articles->pdata, articles->len, &view);
  loaded = px_session_load (saved, &read_view, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->len, ==, articles->len);
  g_assert_true (read_view.across_events);
  g_assert_false (read_view.show_differences);

  for (k = 0; k < articles->len; k++)
    {
      PxArticle *a = articles->pdata[k], *b = loaded->pdata[k];

      g_assert_cmpstr (px_article_get_text (a, NULL), ==, px_article_get_text (b, NULL));
      g_assert_cmpstr (px_article_get_source (a), ==, px_article_get_source (b));
      g_assert_cmpstr (px_article_get_title (a), ==, px_article_get_title (b));
      g_assert_cmpstr (px_article_get_byline (a), ==, px_article_get_byline (b));
      g_assert_cmpstr (px_article_get_site (a), ==, px_article_get_site (b));
      g_assert_cmpstr (px_article_get_date (a), ==, px_article_get_date (b));
      g_assert_cmpstr (px_article_get_language (a), ==, px_article_get_language (b));
      g_assert_cmpstr (px_article_get_dateline (a), ==, px_article_get_dateline (b));
      g_assert_cmpuint (px_article_get_n_left_out (a), ==, px_article_get_n_left_out (b));
    }

  /* The same articles give the same comparison... */
  before = px_comparison_new ((PxArticle * const *) articles->pdata, articles->len, NULL);
  after = px_comparison_new ((PxArticle * const *) loaded->pdata, loaded->len, NULL);
  px_comparison_get_links (before, &n_before);
  px_comparison_get_links (after, &n_after);
  g_assert_cmpuint (n_before, ==, n_after);
  px_comparison_get_differences (before, &n_before);
  px_comparison_get_differences (after, &n_after);
  g_assert_cmpuint (n_before, ==, n_after);

  /* ...and saving again gives the same file. */
  saved_again = px_session_save ((PxArticle * const *) loaded->pdata, loaded->len, &view);
  g_assert_true (g_bytes_equal (saved, saved_again));
  g_assert_true (px_session_sniff (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), NULL));
}

/* An article cut at a limit stays marked as cut when reopened. */
static void
test_left_out_kept (void)
{
  g_autoptr(PxArticleBuilder) builder = px_article_builder_new ("https://example.org/long");
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) error = NULL;

  px_article_builder_add_paragraph (builder, "The part of a long page that was read.", -1);
  px_article_builder_set_n_left_out (builder, 7);
  article = px_article_builder_end (g_steal_pointer (&builder));

  saved = px_session_save (&article, 1, NULL);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                  "\"left_out\" : 7"));
  loaded = px_session_load (saved, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (px_article_get_n_left_out (loaded->pdata[0]), ==, 7);
}

static void
test_refused (void)
{
  static const struct {
    const char *document;
    PxSessionError code;
    const char *message;
  } cases[] = {
    { "{\"parallax\": 2, \"articles\": []}", PX_SESSION_ERROR_NEWER_VERSION, "newer version" },
    { "{\"parallax\": 1, \"articles\": [{\"source\": \"a\", \"paragraphs\": [\"x\"]}", PX_SESSION_ERROR_DAMAGED, "damaged" },
    { "", PX_SESSION_ERROR_DAMAGED, "empty" },
    { "[1, 2, 3]", PX_SESSION_ERROR_DAMAGED, "not a saved comparison" },
    { "{\"articles\": []}", PX_SESSION_ERROR_DAMAGED, "format version" },
    { "{\"parallax\": \"1\"}", PX_SESSION_ERROR_DAMAGED, "format version" },
    { "{\"parallax\": 1}", PX_SESSION_ERROR_DAMAGED, "no articles" },
    { "{\"parallax\": 1, \"articles\": []}", PX_SESSION_ERROR_DAMAGED, "no articles" },
    { "{\"parallax\": 1, \"articles\": [{\"paragraphs\": []}]}", PX_SESSION_ERROR_DAMAGED, "no text" },
    { "{\"parallax\": 1, \"articles\": [{\"paragraphs\": [3]}]}", PX_SESSION_ERROR_DAMAGED, "not text" },
    { "{\"parallax\": 1, \"articles\": [{\"title\": 3, \"paragraphs\": [\"x\"]}]}", PX_SESSION_ERROR_DAMAGED, "not text" },
    { "{\"parallax\": 1, \"articles\": [\"x\"]}", PX_SESSION_ERROR_DAMAGED, "not an object" },
    { "{\"parallax\": 1, \"articles\": [{\"title\": \"\\ud83d!\", \"paragraphs\": [\"x\"]}]}", PX_SESSION_ERROR_DAMAGED, "not text" },
    { "{\"parallax\": 1, \"articles\": [{\"paragraphs\": [\"a \\udc00 b\"]}]}", PX_SESSION_ERROR_DAMAGED, "not text" },
    { "{\"parallax\": 1, \"articles\": [{\"left_out\": \"3\", \"paragraphs\": [\"x\"]}]}", PX_SESSION_ERROR_DAMAGED, "not a number" },
    { "{\"parallax\": 1, \"articles\": [{\"left_out\": -1, \"paragraphs\": [\"x\"]}]}", PX_SESSION_ERROR_DAMAGED, "not a number" },
  };
  guint k;

  for (k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      /* an empty file has no data at all, as g_file_load_bytes() gives it */
      gsize len = strlen (cases[k].document);
      g_autoptr(GBytes) bytes = g_bytes_new_static (len > 0 ? cases[k].document : NULL, len);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) articles = px_session_load (bytes, NULL, &error);

      g_test_message ("%s", cases[k].document);
      g_assert_null (articles);
      g_assert_error (error, PX_SESSION_ERROR, cases[k].code);
      g_assert_nonnull (strstr (error->message, cases[k].message));
      g_assert_null (strchr (error->message, '\n'));
    }
}

/* A view switch of the wrong type keeps its default; the articles load. */
static void
test_view_of_wrong_type (void)
{
  static const char document[] =
    "{\"parallax\": 1, \"articles\": [{\"source\": \"a\", \"paragraphs\": [\"x\"]}], "
    "\"view\": {\"across_events\": [1], \"show_differences\": \"no\"}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (document, strlen (document));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  PxSessionView view = { TRUE, FALSE };

  articles = px_session_load (bytes, &view, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 1);
  g_assert_false (view.across_events);
  g_assert_true (view.show_differences);
}

static void
test_cli_reads_sessions (void)
{
  g_autoptr(GPtrArray) articles = import_samples ();
  g_autoptr(GBytes) saved = px_session_save ((PxArticle * const *) articles->pdata, articles->len, NULL);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "saved.parallax", NULL);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), NULL));
  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                           g_getenv ("PARALLAX_CLI"), "compare", "--format=markdown", path, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 0);
  g_assert_true (g_str_has_prefix (out, "# Comparison of 4 articles"));
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GError **error = user_data;

  if (!px_session_write_file_finish (G_FILE (source), result, error) && *error == NULL)
    g_assert_not_reached ();
  if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NONE, "written");
}

static void
test_write_atomically (void)
{
  g_autofree char *dir = g_dir_make_tmp ("session-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "saved.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) first = g_bytes_new_static ("first version", 13);
  g_autoptr(GBytes) second = g_bytes_new_static ("second version", 14);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autofree char *contents = NULL;
  g_autoptr(GDir) d = NULL;
  GError *error = NULL;
  guint entries = 0;

  px_session_write_file_async (file, first, NULL, written_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NONE);
  g_clear_error (&error);

  /* Stopped before it wrote: the old file is untouched. */
  g_cancellable_cancel (cancelled);
  px_session_write_file_async (file, second, cancelled, written_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "first version");
  g_clear_pointer (&contents, g_free);

  /* Replaced whole, nothing left beside it. */
  px_session_write_file_async (file, second, NULL, written_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "second version");
  d = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (d) != NULL)
    entries++;
  g_assert_cmpuint (entries, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/session/round-trip", test_round_trip);
  g_test_add_func ("/session/left-out-kept", test_left_out_kept);
  g_test_add_func ("/session/refused", test_refused);
  g_test_add_func ("/session/view-of-wrong-type", test_view_of_wrong_type);
  g_test_add_func ("/session/cli-reads-sessions", test_cli_reads_sessions);
  g_test_add_func ("/session/write-atomically", test_write_atomically);

  return g_test_run ();
}
