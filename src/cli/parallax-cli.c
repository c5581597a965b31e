/* parallax-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gio/gunixinputstream.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "core/px-core.h"
#include "net/px-fetcher.h"
#include "session/px-session.h"

typedef struct {
  const char *name;
  const char *args;
  const char *summary;
  int (*run) (int argc, char **argv);
} Command;

static gboolean opt_jsonl;

static GOptionEntry jsonl_entries[] = {
  { "jsonl", 0, 0, G_OPTION_ARG_NONE, &opt_jsonl,
    N_("Read JSON lines on standard input and write one line for each"), NULL },
  { NULL }
};

static void
write_out (GString *out)
{
  fwrite (out->str, 1, out->len, stdout);
  g_string_truncate (out, 0);
}

/* A failed input: one line on stderr now, an error entry in its place. */
static void
report_error (const char *source,
              GError     *error)
{
  g_printerr ("parallax-cli: %s: %s\n", source, error->message);
}

/* A limit that held while reading: the output is still good, but partial. */
static void
report_left_out (const char      *source,
                 const PxArticle *article)
{
  g_autofree char *message = px_import_describe_left_out (article);

  if (message != NULL)
    g_printerr ("parallax-cli: %s: %s\n", source, message);
}

static PxArticle *
import_arg (const char  *arg,
            GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (g_str_equal (arg, "-"))
    {
      g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);
      g_autoptr(GOutputStream) buf = g_memory_output_stream_new_resizable ();
      g_autoptr(GBytes) bytes = NULL;

      if (g_output_stream_splice (buf, in, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, error) < 0)
        return NULL;
      bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (buf));
      return px_import_bytes (bytes, "-", error);
    }

  if (px_fetch_uri_is_link (arg))
    return px_fetch_article (arg, 0, NULL, error);

  file = g_file_new_for_commandline_arg (arg);
  if (!g_file_is_native (file))
    {
      g_autofree char *scheme = g_file_get_uri_scheme (file);

      g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_NOT_ALLOWED,
                   _("Only files and http or https links can be opened, not “%s:” links"),
                   scheme);
      return NULL;
    }

  return px_import_file (file, NULL, error);
}

static PxArticle *
load_article (const char  *arg,
              GError     **error)
{
  PxArticle *article = import_arg (arg, error);

  if (article != NULL)
    report_left_out (arg, article);
  return article;
}

static void
write_paragraph_strings (PxJsonWriter    *w,
                         const PxArticle *article)
{
  const PxRange *paragraphs;
  const char *text;
  guint n, i;

  text = px_article_get_text (article, NULL);
  paragraphs = px_article_get_paragraphs (article, &n);

  px_json_writer_begin_array (w);
  for (i = 0; i < n; i++)
    px_json_writer_string_len (w, text + paragraphs[i].start,
                               paragraphs[i].end - paragraphs[i].start);
  px_json_writer_end_array (w);
}

static void
write_extract (PxJsonWriter    *w,
               const PxArticle *article)
{
  px_json_writer_key (w, "title");
  px_json_writer_string (w, px_article_get_title (article));
  px_json_writer_key (w, "byline");
  px_json_writer_string (w, px_article_get_byline (article));
  px_json_writer_key (w, "site");
  px_json_writer_string (w, px_article_get_site (article));
  px_json_writer_key (w, "date");
  px_json_writer_string (w, px_article_get_date (article));
  px_json_writer_key (w, "language");
  px_json_writer_string (w, px_article_get_language (article));
  px_json_writer_key (w, "dateline");
  px_json_writer_string (w, px_article_get_dateline (article));
  px_json_writer_key (w, "text");
  px_json_writer_string (w, px_article_get_text (article, NULL));
  px_json_writer_key (w, "paragraphs");
  write_paragraph_strings (w, article);
}

static void
write_sentences (PxJsonWriter *w,
                 const char   *text,
                 gsize         len,
                 gboolean      with_offsets)
{
  PxSentenceIter iter;
  PxRange s;

  px_json_writer_begin_array (w);
  px_sentence_iter_init (&iter, text, len);
  while (px_sentence_iter_next (&iter, &s))
    {
      if (!with_offsets)
        {
          px_json_writer_string_len (w, text + s.start, s.end - s.start);
          continue;
        }
      px_json_writer_begin_object (w);
      px_json_writer_key (w, "text");
      px_json_writer_string_len (w, text + s.start, s.end - s.start);
      px_json_writer_key (w, "start");
      px_json_writer_int (w, s.start);
      px_json_writer_key (w, "end");
      px_json_writer_int (w, s.end);
      px_json_writer_end_object (w);
    }
  px_json_writer_end_array (w);
}

static void
write_article_sentences (PxJsonWriter    *w,
                         const PxArticle *article)
{
  gsize len;
  const char *text = px_article_get_text (article, &len);

  px_json_writer_key (w, "sentences");
  write_sentences (w, text, len, TRUE);
}

typedef void (*ArticleWriter) (PxJsonWriter *w, const PxArticle *article);

/* The shape every per-file command shares: {"articles":[…]} with an
 * error entry in place of each input that failed. */
static int
run_per_article (int            argc,
                 char         **argv,
                 ArticleWriter  write_article)
{
  g_autoptr(GString) out = g_string_sized_new (65536);
  g_autoptr(PxJsonWriter) w = px_json_writer_new (out);
  int status = 0;
  int i;

  px_json_writer_begin_object (w);
  px_json_writer_key (w, "articles");
  px_json_writer_begin_array (w);

  for (i = 0; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = load_article (argv[i], &error);

      px_json_writer_begin_object (w);
      px_json_writer_key (w, "source");
      px_json_writer_string (w, argv[i]);
      if (article == NULL)
        {
          report_error (argv[i], error);
          px_json_writer_key (w, "error");
          px_json_writer_string (w, error->message);
          status = 1;
        }
      else
        write_article (w, article);
      px_json_writer_end_object (w);

      if (out->len > 1 << 20)
        write_out (out);
    }

  px_json_writer_end_array (w);
  px_json_writer_end_object (w);
  g_string_append_c (out, '\n');
  write_out (out);

  return status;
}

/* The common line {"text":"…"} decoded without a JSON parser, which
 * costs more than finding the results. Returns FALSE for anything else
 * (other keys, \u escapes, invalid UTF-8), which then takes the general
 * path. */
static gboolean
decode_text_line (const char *line,
                  gsize       len,
                  GString    *text)
{
  const char *p = line, *end = line + len;

  g_string_truncate (text, 0);
#define SKIP_WS() while (p < end && (*p == ' ' || *p == '\t' || *p == '\r')) p++
  SKIP_WS ();
  if (end - p < 8 || *p++ != '{')
    return FALSE;
  SKIP_WS ();
  if (end - p < 7 || memcmp (p, "\"text\"", 6) != 0)
    return FALSE;
  p += 6;
  SKIP_WS ();
  if (p >= end || *p++ != ':')
    return FALSE;
  SKIP_WS ();
  if (p >= end || *p++ != '"')
    return FALSE;
  for (;;)
    {
      const char *run = p;

      while (p < end && *p != '"' && *p != '\\' && (guchar) *p >= 0x20)
        p++;
      g_string_append_len (text, run, p - run);
      if (p >= end || (guchar) *p < 0x20)
        return FALSE;
      if (*p == '"')
        break;
      if (++p >= end)
        return FALSE;
      switch (*p++)
        {
        case '"': g_string_append_c (text, '"'); break;
        case '\\': g_string_append_c (text, '\\'); break;
        case '/': g_string_append_c (text, '/'); break;
        case 'b': g_string_append_c (text, '\b'); break;
        case 'f': g_string_append_c (text, '\f'); break;
        case 'n': g_string_append_c (text, '\n'); break;
        case 'r': g_string_append_c (text, '\r'); break;
        case 't': g_string_append_c (text, '\t'); break;
        default: return FALSE;
        }
    }
  p++;
  SKIP_WS ();
  if (p >= end || *p++ != '}')
    return FALSE;
  SKIP_WS ();
#undef SKIP_WS
  return p == end && g_utf8_validate_len (text->str, text->len, NULL);
}

/* A line's handler gets either the text of a plain {"text":…} line, or
 * the parsed object of any other line. */
typedef gboolean (*LineHandler) (JsonObject    *input,
                                 const char    *text,
                                 gsize          len,
                                 PxJsonWriter  *w,
                                 GError       **error);

/* --jsonl: one JSON object per input line, one per output line, in order.
 * A bad line gets {"error":…} so the others still line up. */
static int
run_jsonl (LineHandler handle)
{
  g_autoptr(GInputStream) in = g_unix_input_stream_new (0, FALSE);
  g_autoptr(GDataInputStream) data = g_data_input_stream_new (in);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GString) out = g_string_sized_new (65536);
  g_autoptr(GString) text = g_string_sized_new (4096);
  int status = 0;
  guint line_no = 0;

  g_data_input_stream_set_newline_type (data, G_DATA_STREAM_NEWLINE_TYPE_ANY);

  for (;;)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxJsonWriter) w = NULL;
      g_autofree char *line = NULL;
      gsize len = 0;
      gsize mark = out->len;
      JsonNode *root = NULL;
      gboolean plain;

      line = g_data_input_stream_read_line (data, &len, NULL, &error);
      if (line == NULL)
        {
          if (error != NULL)
            {
              g_printerr ("parallax-cli: %s\n", error->message);
              status = 1;
            }
          break;
        }
      line_no++;
      if (len == 0 || g_strstrip (line)[0] == '\0')
        continue;

      w = px_json_writer_new (out);
      plain = decode_text_line (line, strlen (line), text);
      if (!plain &&
          (!json_parser_load_from_data (parser, line, -1, &error) ||
           (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root)))
        {
          g_printerr ("parallax-cli: line %u: %s\n", line_no,
                      error ? error->message : _("not a JSON object"));
          px_json_writer_begin_object (w);
          px_json_writer_key (w, "error");
          px_json_writer_string (w, error ? error->message : _("not a JSON object"));
          px_json_writer_end_object (w);
          status = 1;
        }
      else if (!handle (plain ? NULL : json_node_get_object (root), plain ? text->str : NULL,
                        plain ? text->len : 0, w, &error))
        {
          g_printerr ("parallax-cli: line %u: %s\n", line_no, error->message);
          g_string_truncate (out, mark);
          px_json_writer_free (g_steal_pointer (&w));
          w = px_json_writer_new (out);
          px_json_writer_begin_object (w);
          px_json_writer_key (w, "error");
          px_json_writer_string (w, error->message);
          px_json_writer_end_object (w);
          status = 1;
        }
      g_string_append_c (out, '\n');
      if (out->len > 1 << 20)
        write_out (out);
    }

  write_out (out);
  return status;
}

static const char *
get_text_member (JsonObject  *input,
                 const char  *name,
                 GError     **error)
{
  JsonNode *node = json_object_get_member (input, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, PX_CORE_ERROR, PX_CORE_ERROR_INVALID,
                   _("the line has no string “%s”"), name);
      return NULL;
    }

  return json_node_get_string (node);
}

/* The text of a line, from the fast path or the parsed object. */
static const char *
line_text (JsonObject  *input,
           const char  *text,
           gsize       *len,
           GError     **error)
{
  if (text == NULL)
    {
      text = get_text_member (input, "text", error);
      *len = text ? strlen (text) : 0;
    }

  return text;
}

static gboolean
sentences_line (JsonObject    *input,
                const char    *text,
                gsize          len,
                PxJsonWriter  *w,
                GError       **error)
{
  text = line_text (input, text, &len, error);
  if (text == NULL)
    return FALSE;

  px_json_writer_begin_object (w);
  px_json_writer_key (w, "sentences");
  write_sentences (w, text, len, FALSE);
  px_json_writer_end_object (w);

  return TRUE;
}

static int
cmd_extract (int    argc,
             char **argv)
{
  if (opt_jsonl)
    {
      g_printerr (_("parallax-cli extract: --jsonl is not supported; give files\n"));
      return 1;
    }

  return run_per_article (argc, argv, write_extract);
}

static int
cmd_sentences (int    argc,
               char **argv)
{
  if (opt_jsonl)
    return run_jsonl (sentences_line);

  return run_per_article (argc, argv, write_article_sentences);
}

/* {"a":…,"b":…[,"language":…]} → {"score":…,"same":…}: the pair alone
 * gives the idf, with the background word frequencies. */
static gboolean
similarity_line (JsonObject    *input,
                 const char    *text,
                 gsize          len,
                 PxJsonWriter  *w,
                 GError       **error)
{
  const char *a;
  const char *b;
  const char *language = NULL;
  JsonNode *node;
  double score;

  if (input == NULL)
    {
      g_set_error (error, PX_CORE_ERROR, PX_CORE_ERROR_INVALID,
                   _("the line has no string “%s”"), "a");
      return FALSE;
    }
  a = get_text_member (input, "a", error);
  b = a ? get_text_member (input, "b", error) : NULL;
  if (b == NULL)
    return FALSE;
  node = json_object_get_member (input, "language");
  if (node != NULL && json_node_get_value_type (node) == G_TYPE_STRING)
    language = json_node_get_string (node);

  score = px_similarity_score_texts (a, b, language);
  px_json_writer_begin_object (w);
  px_json_writer_key (w, "score");
  px_json_writer_double (w, score);
  px_json_writer_key (w, "same");
  px_json_writer_bool (w, px_similarity_is_same (score));
  px_json_writer_end_object (w);

  return TRUE;
}

static int
cmd_similarity (int    argc,
                char **argv)
{
  if (!opt_jsonl)
    {
      g_printerr (_("parallax-cli similarity: only --jsonl input is supported\n"));
      return 1;
    }
  return run_jsonl (similarity_line);
}

/* Figures with the index of the sentence that holds each; the sentences
 * are walked only as far as the figures need. */
static void
write_figures (PxJsonWriter *w,
               const char   *text,
               gsize         len)
{
  g_autoptr(PxFigureList) figures = px_figures_find (text, len);
  PxSentenceIter iter;
  PxRange s = { 0, 0 };
  gboolean started = FALSE, more = FALSE;
  guint sentence = 0;
  guint n = px_figure_list_get_length (figures);
  guint i;

  px_json_writer_begin_array (w);
  for (i = 0; i < n; i++)
    {
      const PxFigure *f = px_figure_list_get (figures, i);

      if (!started)
        {
          px_sentence_iter_init (&iter, text, len);
          more = px_sentence_iter_next (&iter, &s);
          started = TRUE;
        }
      while (more && f->start >= s.end)
        {
          PxRange next;

          if (!px_sentence_iter_next (&iter, &next))
            {
              more = FALSE;
              break;
            }
          s = next;
          sentence++;
        }

      px_json_writer_begin_object (w);
      px_json_writer_key (w, "text");
      px_json_writer_string_len (w, text + f->start, f->end - f->start);
      px_json_writer_key (w, "value");
      px_json_writer_double (w, f->value);
      px_json_writer_key (w, "value_max");
      if (f->qualifier == PX_FIGURE_QUALIFIER_RANGE)
        px_json_writer_double (w, f->value_max);
      else
        px_json_writer_null (w);
      px_json_writer_key (w, "qualifier");
      px_json_writer_string (w, px_figure_qualifier_to_string (f->qualifier));
      px_json_writer_key (w, "unit");
      px_json_writer_string (w, f->unit);
      px_json_writer_key (w, "kind");
      px_json_writer_string (w, px_figure_kind_to_string (f->kind));
      px_json_writer_key (w, "start");
      px_json_writer_int (w, f->start);
      px_json_writer_key (w, "end");
      px_json_writer_int (w, f->end);
      px_json_writer_key (w, "sentence");
      px_json_writer_int (w, sentence);
      px_json_writer_end_object (w);
    }
  px_json_writer_end_array (w);
}

static void
write_article_figures (PxJsonWriter    *w,
                       const PxArticle *article)
{
  gsize len;
  const char *text = px_article_get_text (article, &len);

  px_json_writer_key (w, "figures");
  write_figures (w, text, len);
}

static gboolean
figures_line (JsonObject    *input,
              const char    *text,
              gsize          len,
              PxJsonWriter  *w,
              GError       **error)
{
  text = line_text (input, text, &len, error);
  if (text == NULL)
    return FALSE;

  px_json_writer_begin_object (w);
  px_json_writer_key (w, "figures");
  write_figures (w, text, len);
  px_json_writer_end_object (w);

  return TRUE;
}

static int
cmd_figures (int    argc,
             char **argv)
{
  if (opt_jsonl)
    return run_jsonl (figures_line);

  return run_per_article (argc, argv, write_article_figures);
}

/* Loads every input for the commands that compare them together. A file
 * that fails is reported and left out; the others are still compared. */
static GPtrArray *
load_all (int        argc,
          char     **argv,
          int       *status)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  int i;

  for (i = 0; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      PxArticle *article;

      /* A saved comparison stands for all of its articles. */
      if (g_str_has_suffix (argv[i], ".parallax"))
        {
          g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
          g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, &error);
          g_autoptr(GPtrArray) saved = bytes ? px_session_load (bytes, NULL, &error) : NULL;
          guint k;

          if (saved == NULL)
            {
              report_error (argv[i], error);
              *status = 1;
              continue;
            }
          for (k = 0; k < saved->len; k++)
            {
              report_left_out (argv[i], saved->pdata[k]);
              g_ptr_array_add (articles, px_article_ref (saved->pdata[k]));
            }
          continue;
        }

      article = load_article (argv[i], &error);
      if (article == NULL)
        {
          report_error (argv[i], error);
          *status = 1;
          continue;
        }
      g_ptr_array_add (articles, article);
    }

  return articles;
}

static char *opt_format;
static double opt_threshold;
static double opt_event_threshold;

static GOptionEntry compare_entries[] = {
  { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format,
    N_("Report format: json (the default), markdown, html or csv (the figures table)"), N_("FORMAT") },
  { "threshold", 0, 0, G_OPTION_ARG_DOUBLE, &opt_threshold,
    N_("Similarity from which sentences state the same fact, 0 to 1 (default: calibrated)"),
    N_("SCORE") },
  { "event-threshold", 0, 0, G_OPTION_ARG_DOUBLE, &opt_event_threshold,
    N_("Similarity from which sentences about one event are linked (default: calibrated)"),
    N_("SCORE") },
  { NULL }
};

static int
run_comparison (int      argc,
                char   **argv,
                gboolean align_only)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(PxComparison) comparison = NULL;
  g_autoptr(GString) out = g_string_sized_new (1 << 16);
  PxReportFormat format = PX_REPORT_JSON;
  PxCompareOptions options = { opt_threshold, opt_event_threshold, NULL };
  int status = 0;
  guint a;

  if (opt_jsonl)
    {
      g_printerr (_("parallax-cli: --jsonl is not supported here; give files\n"));
      return 1;
    }
  if (opt_format != NULL && (align_only || !px_report_format_from_string (opt_format, &format)))
    {
      g_printerr (_("parallax-cli: unknown format “%s” (json, markdown, html or csv)\n"), opt_format);
      return 1;
    }

  if (opt_threshold < 0 || opt_threshold > 1 || opt_event_threshold < 0 || opt_event_threshold > 1)
    {
      g_printerr (_("parallax-cli: thresholds must be between 0 and 1\n"));
      return 1;
    }
  articles = load_all (argc, argv, &status);
  if (articles->len > PX_COMPARE_MAX_ARTICLES)
    {
      g_printerr (_("parallax-cli: a comparison takes at most %d articles, not %u\n"),
                  PX_COMPARE_MAX_ARTICLES, articles->len);
      return 1;
    }
  comparison = px_comparison_new ((PxArticle *const *) articles->pdata, articles->len, &options);
  for (a = 0; a < articles->len; a++)
    {
      g_autofree char *message = px_comparison_describe_unlinked (comparison, a);

      if (message != NULL)
        g_printerr ("parallax-cli: %s: %s\n",
                    px_article_get_source (articles->pdata[a]), message);
    }

  if (align_only)
    px_report_write_align (comparison, out);
  else
    px_report_write (comparison, format, out);
  write_out (out);

  return status;
}

static int
cmd_align (int    argc,
           char **argv)
{
  return run_comparison (argc, argv, TRUE);
}

static int
cmd_compare (int    argc,
             char **argv)
{
  return run_comparison (argc, argv, FALSE);
}

/* All articles first (a failed one keeps its place as NULL), then one
 * document: the articles, then the events with their members and labels. */
static int
cmd_group (int    argc,
           char **argv)
{
  g_autoptr(GString) out = g_string_sized_new (1 << 16);
  g_autoptr(PxJsonWriter) w = px_json_writer_new (out);
  g_autoptr(PxEventGroups) groups = NULL;
  PxArticle **articles;
  GError **errors;
  int status = 0;
  int i;
  guint g, k;

  if (opt_jsonl)
    {
      g_printerr (_("parallax-cli group: --jsonl is not supported; give files\n"));
      return 1;
    }

  articles = g_new0 (PxArticle *, argc + 1);
  errors = g_new0 (GError *, argc + 1);
  for (i = 0; i < argc; i++)
    {
      articles[i] = load_article (argv[i], &errors[i]);
      if (articles[i] == NULL)
        {
          report_error (argv[i], errors[i]);
          status = 1;
        }
    }
  groups = px_events_group ((PxArticle *const *) articles, argc);

  px_json_writer_begin_object (w);
  px_json_writer_key (w, "articles");
  px_json_writer_begin_array (w);
  for (i = 0; i < argc; i++)
    {
      px_json_writer_begin_object (w);
      px_json_writer_key (w, "source");
      px_json_writer_string (w, argv[i]);
      if (articles[i] == NULL)
        {
          px_json_writer_key (w, "error");
          px_json_writer_string (w, errors[i]->message);
        }
      else
        {
          px_json_writer_key (w, "title");
          px_json_writer_string (w, px_article_get_title (articles[i]));
          px_json_writer_key (w, "date");
          px_json_writer_string (w, px_article_get_date (articles[i]));
        }
      px_json_writer_end_object (w);
    }
  px_json_writer_end_array (w);

  px_json_writer_key (w, "events");
  px_json_writer_begin_array (w);
  for (g = 0; g < px_event_groups_get_n_groups (groups); g++)
    {
      guint n_members;
      const guint *members = px_event_groups_get_members (groups, g, &n_members);

      px_json_writer_begin_object (w);
      px_json_writer_key (w, "articles");
      px_json_writer_begin_array (w);
      for (k = 0; k < n_members; k++)
        px_json_writer_int (w, members[k]);
      px_json_writer_end_array (w);
      px_json_writer_key (w, "label");
      px_json_writer_string (w, px_event_groups_get_label (groups, g));
      px_json_writer_end_object (w);
    }
  px_json_writer_end_array (w);
  px_json_writer_end_object (w);
  g_string_append_c (out, '\n');
  write_out (out);

  for (i = 0; i < argc; i++)
    {
      g_clear_pointer (&articles[i], px_article_unref);
      g_clear_error (&errors[i]);
    }
  g_free (articles);
  g_free (errors);

  return status;
}

static const Command commands[] = {
  { "extract", N_("FILE…"), N_("Article text and metadata"), cmd_extract },
  { "sentences", N_("FILE… | --jsonl"), N_("Sentences with their byte offsets"), cmd_sentences },
  { "figures", N_("FILE… | --jsonl"), N_("Numbers, amounts, ranges and their hedges"),
    cmd_figures },
  { "similarity", N_("--jsonl"), N_("Whether sentence pairs report the same fact"),
    cmd_similarity },
  { "align", N_("FILE…"), N_("Sentences of different articles that report the same fact"),
    cmd_align },
  { "compare", N_("FILE… [--format=json|markdown|html|csv]"),
    N_("Links, events, differences and unique sentences"), cmd_compare },
  { "group", N_("FILE…"), N_("Which articles report the same event"), cmd_group },
};

static void
print_usage (FILE *stream)
{
  glong width = 0;
  guint i;

  /* columns counted in characters, not bytes: "ФАЙЛ…" is 5 wide, 9 long */
  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, g_utf8_strlen (_(commands[i].args), -1));

  fprintf (stream, "%s\n\n", _("Usage: parallax-cli COMMAND [OPTION…] [FILE…]"));
  fprintf (stream, "%s\n", _("Commands:"));
  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *args = _(commands[i].args);

      fprintf (stream, "  %-10s %s%*s  %s\n", commands[i].name, args,
               (int) (width - g_utf8_strlen (args, -1)), "", _(commands[i].summary));
    }
  fprintf (stream, "\n%s\n", _("Output is JSON on standard output; offsets are UTF-8 bytes."));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const Command *command = NULL;
  guint i;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? 1 : 0;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("parallax-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      command = &commands[i];

  if (command == NULL)
    {
      g_printerr (_("parallax-cli: unknown command “%s” (try --help)\n"), argv[1]);
      return 1;
    }

  context = g_option_context_new (_(command->args));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, _(command->summary));
  g_option_context_add_main_entries (context, jsonl_entries, GETTEXT_PACKAGE);
  if (command->run == cmd_compare || command->run == cmd_align)
    g_option_context_add_main_entries (context, compare_entries, GETTEXT_PACKAGE);

  /* Parse the command's own arguments, keeping its name as argv[0]. */
  argc--;
  argv++;
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("parallax-cli %s: %s\n", command->name, error->message);
      return 1;
    }

  if (!opt_jsonl && argc < 2)
    {
      g_printerr (_("parallax-cli %s: no input given (see --help)\n"), command->name);
      return 1;
    }

  return command->run (argc - 1, argv + 1);
}
