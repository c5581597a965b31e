/* test-cli.c — parallax-cli as a user and the evaluation scripts call it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "core/px-core.h"

typedef struct {
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

static void
run_cli (Run                *run,
         const char         *input,
         const char * const *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *cli = g_getenv ("PARALLAX_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (; *args; args++)
    g_ptr_array_add (argv, (gpointer) *args);
  g_ptr_array_add (argv, NULL);

  proc = g_subprocess_newv ((const char * const *) argv->pdata,
                            G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                            G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, input, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  run->status = g_subprocess_get_exit_status (proc);
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);

  return node;
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (; *text; text++)
    n += *text == '\n';

  return n;
}

static void
test_extract (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *a = fixture ("utf8-bom.txt");
  g_autofree char *b = fixture ("page.mhtml");
  g_autoptr(JsonNode) root = NULL;
  JsonArray *articles;
  JsonObject *first, *second;
  JsonArray *paragraphs;

  run_cli (&run, NULL, (const char *[]) { "extract", a, b, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  root = parse (run.out);
  articles = json_object_get_array_member (json_node_get_object (root), "articles");
  g_assert_cmpuint (json_array_get_length (articles), ==, 2);

  first = json_array_get_object_element (articles, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "source"), ==, a);
  g_assert_cmpstr (json_object_get_string_member (first, "text"), ==, "Señal débil en Ñuñoa.");
  g_assert_true (json_object_get_null_member (first, "date"));
  paragraphs = json_object_get_array_member (first, "paragraphs");
  g_assert_cmpuint (json_array_get_length (paragraphs), ==, 1);
  g_assert_true (json_object_has_member (first, "title"));
  g_assert_true (json_object_has_member (first, "byline"));
  g_assert_true (json_object_has_member (first, "site"));
  g_assert_true (json_object_has_member (first, "language"));

  second = json_array_get_object_element (articles, 1);
  g_assert_nonnull (strstr (json_object_get_string_member (second, "text"), "dock workers"));
}

static void
test_extract_bad_input (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *good = fixture ("latin1.txt");
  g_autofree char *binary = fixture ("binary.dat");
  g_autoptr(JsonNode) root = NULL;
  JsonArray *articles;
  JsonObject *bad;

  run_cli (&run, NULL, (const char *[]) { "extract", binary, good, "/no/such/file.txt", NULL });
  g_assert_cmpint (run.status, ==, 1);

  /* Each failure is one line on stderr... */
  g_assert_cmpuint (count_lines (run.err), ==, 2);
  g_assert_nonnull (strstr (run.err, "not text"));
  g_assert_nonnull (strstr (run.err, "no such file"));

  /* ...and an error entry in its place; the good file is still there. */
  root = parse (run.out);
  articles = json_object_get_array_member (json_node_get_object (root), "articles");
  g_assert_cmpuint (json_array_get_length (articles), ==, 3);
  bad = json_array_get_object_element (articles, 0);
  g_assert_cmpstr (json_object_get_string_member (bad, "source"), ==, binary);
  g_assert_nonnull (strstr (json_object_get_string_member (bad, "error"), "not text"));
  g_assert_false (json_object_has_member (bad, "text"));
  g_assert_true (json_object_has_member (json_array_get_object_element (articles, 1), "text"));
  g_assert_true (json_object_has_member (json_array_get_object_element (articles, 2), "error"));
}

/* A limit that held is a warning line: the output is still whole JSON and
 * the exit status says success. */
static void
test_limits_warned (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) compare = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("parallax-cli-XXXXXX", NULL);
  g_autofree char *page = g_build_filename (dir, "huge.html", NULL);
  g_autofree char *long_text = g_build_filename (dir, "long.txt", NULL);
  g_autofree char *short_text = g_build_filename (dir, "short.txt", NULL);
  g_autoptr(JsonNode) root = NULL;
  GString *s = g_string_new ("<html><body><article><p>A page read only in part.</p>");
  guint i;

  for (i = 0; i < 500001; i++)
    g_string_append (s, "<b>x</b>");
  g_string_append (s, "</article></body></html>");
  g_assert_true (g_file_set_contents (page, s->str, s->len, NULL));
  g_string_free (s, TRUE);

  s = g_string_new ("");
  for (i = 0; i < 3010; i++)
    g_string_append_printf (s, "Harbour crane %u was repaired on Tuesday. ", i);
  g_assert_true (g_file_set_contents (long_text, s->str, s->len, NULL));
  g_string_free (s, TRUE);
  g_assert_true (g_file_set_contents (short_text, "Harbour crane 4 was repaired on Tuesday.", -1, NULL));

  run_cli (&run, NULL, (const char *[]) { "extract", page, NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_lines (run.err), ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "parallax-cli: "));
  g_assert_nonnull (strstr (run.err, "huge.html: The page has more than 500000 elements"));
  root = parse (run.out);

  run_cli (&compare, NULL, (const char *[]) { "compare", long_text, short_text, NULL });
  g_assert_cmpint (compare.status, ==, 0);
  g_assert_cmpuint (count_lines (compare.err), ==, 1);
  g_assert_nonnull (strstr (compare.err, "long.txt: Only the first 3000 sentences are compared; "
                                         "10 more are shown but not linked"));
  g_clear_pointer (&root, json_node_unref);
  root = parse (compare.out);

  /* More articles than a comparison takes: refused in one line, nothing written. */
  {
    g_auto(Run) many = { 0 };
    g_autoptr(GPtrArray) args = g_ptr_array_new ();

    g_ptr_array_add (args, (gpointer) "align");
    for (i = 0; i < 65; i++)
      g_ptr_array_add (args, short_text);
    g_ptr_array_add (args, NULL);
    run_cli (&many, NULL, (const char * const *) args->pdata);
    g_assert_cmpint (many.status, ==, 1);
    g_assert_cmpuint (count_lines (many.err), ==, 1);
    g_assert_cmpstr (many.err, ==, "parallax-cli: a comparison takes at most 64 articles, not 65\n");
    g_assert_cmpstr (many.out, ==, "");
  }

  g_unlink (page);
  g_unlink (long_text);
  g_unlink (short_text);
  g_rmdir (dir);
}

static void
test_sentences_offsets (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *path = fixture ("cp1252.txt");
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) extracted = NULL;
  g_auto(Run) extract = { 0 };
  JsonObject *article;
  JsonArray *sentences;
  const char *text;
  guint i;

  run_cli (&run, NULL, (const char *[]) { "sentences", path, NULL });
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&extract, NULL, (const char *[]) { "extract", path, NULL });
  g_assert_cmpint (extract.status, ==, 0);

  root = parse (run.out);
  extracted = parse (extract.out);
  text = json_object_get_string_member (
    json_array_get_object_element (
      json_object_get_array_member (json_node_get_object (extracted), "articles"), 0), "text");

  article = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (root), "articles"), 0);
  sentences = json_object_get_array_member (article, "sentences");
  g_assert_cmpuint (json_array_get_length (sentences), >=, 1);

  /* Offsets are UTF-8 bytes into the extracted text. */
  for (i = 0; i < json_array_get_length (sentences); i++)
    {
      JsonObject *s = json_array_get_object_element (sentences, i);
      gint64 start = json_object_get_int_member (s, "start");
      gint64 end = json_object_get_int_member (s, "end");
      g_autofree char *slice = NULL;

      g_assert_cmpint (start, <, end);
      g_assert_cmpint (end, <=, (gint64) strlen (text));
      slice = g_strndup (text + start, end - start);
      g_assert_cmpstr (slice, ==, json_object_get_string_member (s, "text"));
    }
}

static void
test_sentences_jsonl (void)
{
  g_auto(Run) run = { 0 };
  g_auto(GStrv) lines = NULL;
  g_autoptr(JsonNode) first = NULL;
  g_autoptr(JsonNode) third = NULL;
  JsonArray *sentences;

  run_cli (&run,
           "{\"text\":\"It rained. Then it stopped.\"}\n"
           "not json\n"
           "{\"text\":\"Just one\"}\n"
           "{\"other\":1}\n",
           (const char *[]) { "sentences", "--jsonl", NULL });

  /* One output line per input line, bad ones as errors, in order. */
  g_assert_cmpint (run.status, ==, 1);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[4], ==, "");

  first = parse (lines[0]);
  sentences = json_object_get_array_member (json_node_get_object (first), "sentences");
  g_assert_cmpuint (json_array_get_length (sentences), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (sentences, 1), ==, "Then it stopped.");

  g_assert_true (g_str_has_prefix (lines[1], "{\"error\":"));
  third = parse (lines[2]);
  sentences = json_object_get_array_member (json_node_get_object (third), "sentences");
  g_assert_cmpuint (json_array_get_length (sentences), ==, 1);
  g_assert_true (g_str_has_prefix (lines[3], "{\"error\":"));
  g_assert_cmpuint (count_lines (run.err), ==, 2);
}

static void
test_usage_errors (void)
{
  g_auto(Run) none = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) no_files = { 0 };
  g_auto(Run) help = { 0 };

  run_cli (&none, NULL, (const char *[]) { NULL });
  g_assert_cmpint (none.status, ==, 1);
  g_assert_nonnull (strstr (none.err, "Usage"));

  run_cli (&unknown, NULL, (const char *[]) { "frobnicate", NULL });
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_cmpuint (count_lines (unknown.err), ==, 1);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));

  run_cli (&no_files, NULL, (const char *[]) { "extract", NULL });
  g_assert_cmpint (no_files.status, ==, 1);
  g_assert_cmpuint (count_lines (no_files.err), ==, 1);

  run_cli (&help, NULL, (const char *[]) { "--help", NULL });
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "extract"));
  g_assert_nonnull (strstr (help.out, "sentences"));
}

static GPtrArray *
sample_args (const char *first,
             ...)
{
  GPtrArray *args = g_ptr_array_new_with_free_func (g_free);
  const char *dir = g_getenv ("PARALLAX_SAMPLES");
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;
  const char *arg;
  va_list ap;
  guint i;

  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, g_strdup (arg));
  va_end (ap);

  g_assert_nonnull (dir);
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_str_has_prefix (name, "README"))
      g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (i = 0; i < names->len; i++)
    g_ptr_array_add (args, g_build_filename (dir, names->pdata[i], NULL));
  g_ptr_array_add (args, NULL);

  return args;
}

static void
test_compare_formats (void)
{
  g_autoptr(GPtrArray) json_args = sample_args ("compare", "--format=json", NULL);
  g_autoptr(GPtrArray) md_args = sample_args ("compare", "--format=markdown", NULL);
  g_autoptr(GPtrArray) html_args = sample_args ("compare", "--format=html", NULL);
  g_autoptr(GPtrArray) bad_args = sample_args ("compare", "--format=pdf", NULL);
  g_auto(Run) json = { 0 };
  g_auto(Run) md = { 0 };
  g_auto(Run) html = { 0 };
  g_auto(Run) bad = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *doc;
  JsonArray *diffs;
  guint k;

  run_cli (&json, NULL, (const char * const *) json_args->pdata);
  g_assert_cmpint (json.status, ==, 0);
  root = parse (json.out);
  doc = json_node_get_object (root);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (doc, "articles")), ==, 4);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (doc, "links")), >, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (doc, "events")), >=, 1);
  diffs = json_object_get_array_member (doc, "differences");
  g_assert_cmpuint (json_array_get_length (diffs), >, 0);
  for (k = 0; k < json_array_get_length (diffs); k++)
    {
      JsonObject *d = json_array_get_object_element (diffs, k);
      const char *kind = json_object_get_string_member (d, "kind");

      g_assert_true (g_strv_contains ((const char * const[]) { "figure", "name", "hedge", "negation",
                                                               "attribution", "date", "quote", NULL },
                                      kind));
      g_assert_cmpint (json_object_get_int_member (d, "a"), <, json_object_get_int_member (d, "b"));
    }

  run_cli (&md, NULL, (const char * const *) md_args->pdata);
  g_assert_cmpint (md.status, ==, 0);
  g_assert_true (g_str_has_prefix (md.out, "# Comparison of 4 articles"));

  run_cli (&html, NULL, (const char * const *) html_args->pdata);
  g_assert_cmpint (html.status, ==, 0);
  g_assert_true (g_str_has_prefix (html.out, "<!DOCTYPE html>"));

  /* The same documents the window exports: the core's report writers. */
  {
    g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
    g_autoptr(PxComparison) c = NULL;
    g_autoptr(GString) expected_md = g_string_new (NULL);
    g_autoptr(GString) expected_html = g_string_new (NULL);

    for (k = 2; k < md_args->len - 1; k++)
      {
        g_autoptr(GFile) file = g_file_new_for_commandline_arg (md_args->pdata[k]);
        g_autoptr(GError) error = NULL;

        g_ptr_array_add (articles, px_import_file (file, NULL, &error));
        g_assert_no_error (error);
      }
    c = px_comparison_new ((PxArticle * const *) articles->pdata, articles->len, NULL);
    px_report_write (c, PX_REPORT_MARKDOWN, expected_md);
    px_report_write (c, PX_REPORT_HTML, expected_html);
    g_assert_cmpstr (md.out, ==, expected_md->str);
    g_assert_cmpstr (html.out, ==, expected_html->str);
  }

  run_cli (&bad, NULL, (const char * const *) bad_args->pdata);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "pdf"));
  g_assert_cmpstr (bad.out, ==, "");
}

static void
test_align_links (void)
{
  g_autoptr(GPtrArray) args = sample_args ("align", NULL);
  g_auto(Run) run = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *articles, *links;
  guint k;

  run_cli (&run, NULL, (const char * const *) args->pdata);
  g_assert_cmpint (run.status, ==, 0);
  root = parse (run.out);
  articles = json_object_get_array_member (json_node_get_object (root), "articles");
  links = json_object_get_array_member (json_node_get_object (root), "links");
  g_assert_cmpuint (json_array_get_length (links), >, 0);

  /* Every link joins two real sentences of two different articles. */
  for (k = 0; k < json_array_get_length (links); k++)
    {
      JsonObject *l = json_array_get_object_element (links, k);
      gint64 a = json_object_get_int_member (l, "a"), b = json_object_get_int_member (l, "b");
      JsonArray *sa, *sb;

      g_assert_cmpint (a, <, b);
      g_assert_cmpint (b, <, json_array_get_length (articles));
      sa = json_object_get_array_member (json_array_get_object_element (articles, a), "sentences");
      sb = json_object_get_array_member (json_array_get_object_element (articles, b), "sentences");
      g_assert_cmpint (json_object_get_int_member (l, "i"), <, json_array_get_length (sa));
      g_assert_cmpint (json_object_get_int_member (l, "j"), <, json_array_get_length (sb));
      g_assert_cmpfloat (json_object_get_double_member (l, "score"), >, 0);
      g_assert_cmpfloat (json_object_get_double_member (l, "score"), <=, 1);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli/extract", test_extract);
  g_test_add_func ("/cli/extract-bad-input", test_extract_bad_input);
  g_test_add_func ("/cli/limits-warned", test_limits_warned);
  g_test_add_func ("/cli/sentences-offsets", test_sentences_offsets);
  g_test_add_func ("/cli/sentences-jsonl", test_sentences_jsonl);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/compare-formats", test_compare_formats);
  g_test_add_func ("/cli/align-links", test_align_links);

  return g_test_run ();
}
