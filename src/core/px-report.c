/* px-report.c — a comparison as JSON, Markdown or a self-contained HTML page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-report.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "px-json.h"

gboolean
px_report_format_from_string (const char     *name,
                              PxReportFormat *format)
{
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "json") == 0)
    *format = PX_REPORT_JSON;
  else if (g_ascii_strcasecmp (name, "markdown") == 0 || g_ascii_strcasecmp (name, "md") == 0)
    *format = PX_REPORT_MARKDOWN;
  else if (g_ascii_strcasecmp (name, "html") == 0)
    *format = PX_REPORT_HTML;
  else if (g_ascii_strcasecmp (name, "csv") == 0)
    *format = PX_REPORT_CSV;
  else
    return FALSE;

  return TRUE;
}

/* ---- JSON --------------------------------------------------------------- */

static void
write_json_articles (const PxComparison *c,
                     PxJsonWriter       *w,
                     gboolean            full)
{
  guint a, i, n;

  px_json_writer_key (w, "articles");
  px_json_writer_begin_array (w);
  for (a = 0; a < px_comparison_get_n_articles (c); a++)
    {
      PxArticle *article = px_comparison_get_article (c, a);
      const char *text = px_article_get_text (article, NULL);
      const PxRange *sentences = px_comparison_get_sentences (c, a, &n);

      px_json_writer_begin_object (w);
      px_json_writer_key (w, "source");
      px_json_writer_string (w, px_article_get_source (article));
      px_json_writer_key (w, "title");
      px_json_writer_string (w, px_article_get_title (article));
      px_json_writer_key (w, "date");
      px_json_writer_string (w, px_article_get_date (article));
      if (full)
        {
          px_json_writer_key (w, "site");
          px_json_writer_string (w, px_article_get_site (article));
          px_json_writer_key (w, "byline");
          px_json_writer_string (w, px_article_get_byline (article));
          px_json_writer_key (w, "event");
          px_json_writer_int (w, px_comparison_get_event_of (c, a));
        }
      px_json_writer_key (w, "sentences");
      px_json_writer_begin_array (w);
      for (i = 0; i < n; i++)
        {
          px_json_writer_begin_object (w);
          px_json_writer_key (w, "text");
          px_json_writer_string_len (w, text + sentences[i].start,
                                     sentences[i].end - sentences[i].start);
          px_json_writer_key (w, "start");
          px_json_writer_int (w, sentences[i].start);
          px_json_writer_key (w, "end");
          px_json_writer_int (w, sentences[i].end);
          if (full)
            {
              px_json_writer_key (w, "fact");
              if (px_comparison_get_fact_of (c, a, i) >= 0)
                px_json_writer_int (w, px_comparison_get_fact_of (c, a, i));
              else
                px_json_writer_null (w);
            }
          px_json_writer_end_object (w);
        }
      /* A headline the text lacks is one more sentence, with no offsets. */
      if (px_comparison_get_headline (c, a) != NULL)
        {
          px_json_writer_begin_object (w);
          px_json_writer_key (w, "text");
          px_json_writer_string (w, px_comparison_get_headline (c, a));
          px_json_writer_key (w, "start");
          px_json_writer_null (w);
          px_json_writer_key (w, "end");
          px_json_writer_null (w);
          px_json_writer_key (w, "headline");
          px_json_writer_bool (w, TRUE);
          if (full)
            {
              px_json_writer_key (w, "fact");
              px_json_writer_null (w);
            }
          px_json_writer_end_object (w);
        }
      px_json_writer_end_array (w);
      px_json_writer_end_object (w);
    }
  px_json_writer_end_array (w);
}

static void
write_json_links (const PxComparison *c,
                  PxJsonWriter       *w)
{
  const PxLink *links, *headline_links;
  guint n, n_headline, k;

  links = px_comparison_get_links (c, &n);
  headline_links = px_comparison_get_headline_links (c, &n_headline);
  px_json_writer_key (w, "links");
  px_json_writer_begin_array (w);
  for (k = 0; k < n + n_headline; k++)
    {
      const PxLink *l = k < n ? &links[k] : &headline_links[k - n];

      px_json_writer_begin_object (w);
      px_json_writer_key (w, "a");
      px_json_writer_int (w, l->a);
      px_json_writer_key (w, "i");
      px_json_writer_int (w, l->i);
      px_json_writer_key (w, "b");
      px_json_writer_int (w, l->b);
      px_json_writer_key (w, "j");
      px_json_writer_int (w, l->j);
      px_json_writer_key (w, "score");
      px_json_writer_double (w, ((int) (l->score * 1000 + 0.5)) / 1000.0);
      px_json_writer_end_object (w);
    }
  px_json_writer_end_array (w);
}

/**
 * px_report_write_align:
 * @comparison: a comparison
 * @out: where to append
 *
 * Writes what `parallax-cli align` prints: the articles with their
 * sentences, and the links.
 */
void
px_report_write_align (const PxComparison *comparison,
                       GString            *out)
{
  g_autoptr(PxJsonWriter) w = px_json_writer_new (out);

  px_json_writer_begin_object (w);
  write_json_articles (comparison, w, FALSE);
  write_json_links (comparison, w);
  px_json_writer_end_object (w);
  g_string_append_c (out, '\n');
}

static void
write_json (const PxComparison *c,
            GString            *out)
{
  g_autoptr(PxJsonWriter) w = px_json_writer_new (out);
  const PxDifference *diffs;
  guint n, k, e, a, i;

  px_json_writer_begin_object (w);
  px_json_writer_key (w, "version");
  px_json_writer_int (w, 1);
  write_json_articles (c, w, TRUE);
  write_json_links (c, w);

  px_json_writer_key (w, "events");
  px_json_writer_begin_array (w);
  for (e = 0; e < px_comparison_get_n_events (c); e++)
    {
      const guint *members = px_comparison_get_event (c, e, &n);

      px_json_writer_begin_object (w);
      px_json_writer_key (w, "articles");
      px_json_writer_begin_array (w);
      for (k = 0; k < n; k++)
        px_json_writer_int (w, members[k]);
      px_json_writer_end_array (w);
      px_json_writer_key (w, "label");
      px_json_writer_string (w, px_comparison_get_event_label (c, e));
      px_json_writer_end_object (w);
    }
  px_json_writer_end_array (w);

  px_json_writer_key (w, "facts");
  px_json_writer_begin_array (w);
  for (k = 0; k < px_comparison_get_n_facts (c); k++)
    {
      const PxSentenceRef *members = px_comparison_get_fact (c, k, &n);

      px_json_writer_begin_object (w);
      px_json_writer_key (w, "sources");
      px_json_writer_int (w, px_comparison_get_fact_n_articles (c, k));
      px_json_writer_key (w, "sentences");
      px_json_writer_begin_array (w);
      for (i = 0; i < n; i++)
        {
          px_json_writer_begin_object (w);
          px_json_writer_key (w, "a");
          px_json_writer_int (w, members[i].a);
          px_json_writer_key (w, "i");
          px_json_writer_int (w, members[i].i);
          px_json_writer_end_object (w);
        }
      px_json_writer_end_array (w);
      px_json_writer_end_object (w);
    }
  px_json_writer_end_array (w);

  diffs = px_comparison_get_differences (c, &n);
  px_json_writer_key (w, "differences");
  px_json_writer_begin_array (w);
  for (k = 0; k < n; k++)
    {
      const PxDifference *d = &diffs[k];

      px_json_writer_begin_object (w);
      px_json_writer_key (w, "kind");
      px_json_writer_string (w, px_difference_kind_to_string (d->kind));
      px_json_writer_key (w, "a");
      px_json_writer_int (w, d->a);
      px_json_writer_key (w, "i");
      px_json_writer_int (w, d->i);
      px_json_writer_key (w, "b");
      px_json_writer_int (w, d->b);
      px_json_writer_key (w, "j");
      px_json_writer_int (w, d->j);
      px_json_writer_key (w, "left");
      px_json_writer_string (w, d->left_text);
      px_json_writer_key (w, "right");
      px_json_writer_string (w, d->right_text);
      px_json_writer_key (w, "left_start");
      px_json_writer_int (w, d->left.start);
      px_json_writer_key (w, "left_end");
      px_json_writer_int (w, d->left.end);
      px_json_writer_key (w, "right_start");
      px_json_writer_int (w, d->right.start);
      px_json_writer_key (w, "right_end");
      px_json_writer_int (w, d->right.end);
      px_json_writer_key (w, "note");
      px_json_writer_string (w, d->note);
      px_json_writer_end_object (w);
    }
  px_json_writer_end_array (w);

  px_json_writer_key (w, "unique");
  px_json_writer_begin_array (w);
  for (a = 0; a < px_comparison_get_n_articles (c); a++)
    {
      px_comparison_get_sentences (c, a, &n);
      for (i = 0; i < n; i++)
        if (px_comparison_is_unique (c, a, i))
          {
            px_json_writer_begin_object (w);
            px_json_writer_key (w, "a");
            px_json_writer_int (w, a);
            px_json_writer_key (w, "i");
            px_json_writer_int (w, i);
            px_json_writer_end_object (w);
          }
    }
  px_json_writer_end_array (w);

  px_json_writer_end_object (w);
  g_string_append_c (out, '\n');
}

/* ---- Markdown ----------------------------------------------------------- */

static void
append_md_escaped (GString    *out,
                   const char *text,
                   gssize      len)
{
  const char *p;
  const char *end;

  if (text == NULL)
    return;
  if (len < 0)
    len = strlen (text);

  for (p = text, end = text + len; p < end; p++)
    {
      if (strchr ("\\`*_[]<>|#", *p) != NULL)
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
}

static void
append_sentence_md (GString            *out,
                    const PxComparison *c,
                    guint               a,
                    guint               i)
{
  const PxRange *s;
  guint n;
  const char *text = px_article_get_text (px_comparison_get_article (c, a), NULL);

  s = px_comparison_get_sentences (c, a, &n);
  append_md_escaped (out, text + s[i].start, s[i].end - s[i].start);
}

static void
write_markdown (const PxComparison *c,
                GString            *out)
{
  const PxDifference *diffs;
  guint n_articles = px_comparison_get_n_articles (c);
  guint n, k, a, i;
  int kind;
  gboolean any_unique = FALSE;

  {
    g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Comparison of %u article",
                                                             "Comparison of %u articles", n_articles),
                                                n_articles);

    g_string_append_printf (out, "# %s\n\n", heading);
  }

  g_string_append_printf (out, "| # | %s | %s | %s | %s |\n|---|---|---|---|---|\n",
                          _("Source"), _("Title"), _("Date"), _("Event"));
  for (a = 0; a < n_articles; a++)
    {
      PxArticle *article = px_comparison_get_article (c, a);
      g_autofree char *label = px_comparison_dup_source_label (c, a);

      g_string_append_printf (out, "| %u | ", a + 1);
      append_md_escaped (out, label, -1);
      g_string_append (out, " | ");
      append_md_escaped (out, px_article_get_title (article) ? px_article_get_title (article) : "—", -1);
      g_string_append_printf (out, " | %s | %u |\n",
                              px_article_get_date (article) ? px_article_get_date (article) : "—",
                              px_comparison_get_event_of (c, a) + 1);
    }

  if (px_comparison_get_n_events (c) > 1)
    {
      g_string_append_printf (out, "\n%s\n",
                              _("The articles report different events; sentences are linked across events too."));
      for (k = 0; k < px_comparison_get_n_events (c); k++)
        {
          g_string_append_printf (out, "\n- %s %u: ", _("Event"), k + 1);
          append_md_escaped (out, px_comparison_get_event_label (c, k), -1);
        }
      g_string_append_c (out, '\n');
    }

  diffs = px_comparison_get_differences (c, &n);
  g_string_append_printf (out, "\n## %s\n", _("Differences"));
  if (n == 0)
    g_string_append_printf (out, "\n%s\n", _("No differences were found in the linked sentences."));

  for (kind = 0; kind < PX_N_DIFFERENCE_KINDS; kind++)
    {
      gboolean heading = FALSE;

      for (k = 0; k < n; k++)
        {
          const PxDifference *d = &diffs[k];

          if ((int) d->kind != kind)
            continue;
          if (!heading)
            {
              g_string_append_printf (out, "\n### %s\n\n", px_difference_kind_display_name (d->kind));
              heading = TRUE;
            }
          g_string_append (out, "- **");
          append_md_escaped (out, d->note, -1);
          g_string_append (out, "**\n  - ");
          append_sentence_md (out, c, d->a, d->i);
          g_string_append (out, "\n  - ");
          append_sentence_md (out, c, d->b, d->j);
          g_string_append_c (out, '\n');
        }
    }

  for (a = 0; a < n_articles; a++)
    {
      px_comparison_get_sentences (c, a, &n);
      for (i = 0; i < n; i++)
        if (px_comparison_is_unique (c, a, i))
          {
            g_autofree char *label = px_comparison_dup_source_label (c, a);

            if (!any_unique)
              g_string_append_printf (out, "\n## %s\n\n", _("Only in one source"));
            any_unique = TRUE;
            g_string_append (out, "- ");
            append_md_escaped (out, label, -1);
            g_string_append (out, ": ");
            append_sentence_md (out, c, a, i);
            g_string_append_c (out, '\n');
          }
    }
}

/* ---- HTML --------------------------------------------------------------- */

static void
append_html_escaped (GString    *out,
                     const char *text,
                     gssize      len)
{
  g_autofree char *escaped = NULL;

  if (text == NULL)
    return;
  escaped = g_markup_escape_text (text, len);
  g_string_append (out, escaped);
}

typedef struct {
  gsize start;
  gsize end;
  PxDifferenceKind kind;
  const char *note;
} Mark;

static int
compare_marks (gconstpointer pa,
               gconstpointer pb)
{
  const Mark *x = pa, *y = pb;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end > y->end ? -1 : x->end < y->end;
}

static void
write_html_article (const PxComparison *c,
                    guint               a,
                    GString            *out)
{
  PxArticle *article = px_comparison_get_article (c, a);
  const char *text = px_article_get_text (article, NULL);
  const PxDifference *diffs;
  const PxRange *sentences;
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_autofree char *label = px_comparison_dup_source_label (c, a);
  guint n, ns, k, i, m = 0;
  gsize pos = 0;

  diffs = px_comparison_get_differences (c, &n);
  for (k = 0; k < n; k++)
    {
      Mark mark = { 0 };

      if (diffs[k].a == a && diffs[k].left.end > diffs[k].left.start)
        mark = (Mark) { diffs[k].left.start, diffs[k].left.end, diffs[k].kind, diffs[k].note };
      else if (diffs[k].b == a && diffs[k].right.end > diffs[k].right.start)
        mark = (Mark) { diffs[k].right.start, diffs[k].right.end, diffs[k].kind, diffs[k].note };
      else
        continue;
      g_array_append_val (marks, mark);
    }
  g_array_sort (marks, compare_marks);

  g_string_append (out, "<article class=\"column\">\n<header>\n");
  g_string_append (out, "<p class=\"site\">");
  append_html_escaped (out, label, -1);
  g_string_append (out, "</p>\n<h2>");
  append_html_escaped (out, px_article_get_title (article) ? px_article_get_title (article) : _("Untitled"), -1);
  g_string_append (out, "</h2>\n<p class=\"meta\">");
  if (px_article_get_byline (article) != NULL)
    {
      append_html_escaped (out, px_article_get_byline (article), -1);
      g_string_append (out, " · ");
    }
  append_html_escaped (out, px_article_get_date (article) ? px_article_get_date (article) : _("date unknown"), -1);
  g_string_append (out, "</p>\n</header>\n");

  sentences = px_comparison_get_sentences (c, a, &ns);
  g_string_append (out, "<p>");
  for (i = 0; i < ns; i++)
    {
      const PxRange *s = &sentences[i];
      int fact = px_comparison_get_fact_of (c, a, i);
      gboolean unique = px_comparison_is_unique (c, a, i);

      /* Paragraph breaks between sentences are blank lines in the text. */
      if (pos < s->start && g_strstr_len (text + pos, s->start - pos, "\n\n") != NULL && i > 0)
        g_string_append (out, "</p>\n<p>");
      else if (i > 0)
        g_string_append_c (out, ' ');

      if (fact >= 0)
        g_string_append_printf (out, "<span class=\"s linked\" data-fact=\"%d\" title=\"%s\">", fact,
                                _("Reported by other sources too"));
      else if (unique)
        g_string_append_printf (out, "<span class=\"s unique\" title=\"%s\">", _("Only in this source"));
      else
        g_string_append (out, "<span class=\"s\">");

      pos = s->start;
      while (m < marks->len && g_array_index (marks, Mark, m).start < s->start)
        m++;
      while (m < marks->len && g_array_index (marks, Mark, m).end <= s->end)
        {
          const Mark *mk = &g_array_index (marks, Mark, m);

          if (mk->start >= pos)
            {
              append_html_escaped (out, text + pos, mk->start - pos);
              g_string_append_printf (out, "<mark class=\"%s\" title=\"", px_difference_kind_to_string (mk->kind));
              append_html_escaped (out, mk->note, -1);
              g_string_append (out, "\">");
              append_html_escaped (out, text + mk->start, mk->end - mk->start);
              g_string_append (out, "</mark>");
              pos = mk->end;
            }
          m++;
        }
      append_html_escaped (out, text + pos, s->end - pos);
      pos = s->end;
      g_string_append (out, "</span>");
    }
  g_string_append (out, "</p>\n</article>\n");
}

static const char html_style[] =
  "body{font-family:Cantarell,'Noto Sans',sans-serif;margin:2em;color:#1e1e1e;background:#fafafa}"
  "h1{font-size:1.6em}.columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(18em,1fr);"
  "gap:1.5em;overflow-x:auto}.column{background:#fff;border-radius:8px;padding:1em 1.2em;"
  "box-shadow:0 1px 3px rgba(0,0,0,.15);line-height:1.5}.site{color:#1c71d8;font-weight:bold;"
  "margin:0}.column h2{font-size:1.15em;margin:.3em 0}.meta{color:#666;font-size:.9em}"
  ".s.unique{border-bottom:2px dotted #c64600}mark{border-radius:3px;padding:0 2px}"
  "mark.figure{background:#ffd7a8}mark.name{background:#c8e6ff}mark.hedge{background:#e8d5ff}"
  "mark.negation{background:#ffc7c7}mark.attribution{background:#c9f2d0}mark.date{background:#fff3a0}"
  "mark.quote{background:#f0e0c8}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;"
  "padding:.3em .6em;text-align:left;vertical-align:top}@media print{body{margin:0;background:#fff}"
  ".columns{grid-auto-flow:row;grid-auto-columns:auto}.column{box-shadow:none;border:1px solid #ccc;"
  "break-inside:avoid-page}}"
  "@media (prefers-color-scheme:dark){body{background:#242424;color:#eee}.column{background:#303030}"
  "mark{color:#1e1e1e}.meta{color:#aaa}}";

static void
write_html (const PxComparison *c,
            GString            *out)
{
  const PxDifference *diffs;
  guint n_articles = px_comparison_get_n_articles (c);
  g_autofree char *heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Comparison of %u article",
                                                           "Comparison of %u articles", n_articles),
                                              n_articles);
  guint n, k, a;

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
  g_string_append (out, "<meta name=\"generator\" content=\"Parallax " PACKAGE_VERSION "\">\n<title>");
  append_html_escaped (out, heading, -1);
  g_string_append_printf (out, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>", html_style);
  append_html_escaped (out, heading, -1);
  g_string_append (out, "</h1>\n");

  if (px_comparison_get_n_events (c) > 1)
    {
      g_autofree char *events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "These articles report %u event.",
                                                              "These articles report %u events.",
                                                              px_comparison_get_n_events (c)),
                                                 px_comparison_get_n_events (c));

      g_string_append (out, "<p>");
      append_html_escaped (out, events, -1);
      g_string_append (out, "</p>\n<ul>\n");
      for (k = 0; k < px_comparison_get_n_events (c); k++)
        {
          g_string_append (out, "<li>");
          append_html_escaped (out, px_comparison_get_event_label (c, k), -1);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
    }

  g_string_append (out, "<div class=\"columns\">\n");
  for (a = 0; a < n_articles; a++)
    write_html_article (c, a, out);
  g_string_append (out, "</div>\n");

  diffs = px_comparison_get_differences (c, &n);
  g_string_append_printf (out, "<h2>%s</h2>\n", _("Differences"));
  if (n == 0)
    g_string_append_printf (out, "<p>%s</p>\n", _("No differences were found in the linked sentences."));
  else
    {
      g_string_append_printf (out, "<table>\n<tr><th>%s</th><th>%s</th><th>%s</th></tr>\n",
                              _("Kind"), _("What differs"), _("Sources"));
      for (k = 0; k < n; k++)
        {
          g_autofree char *la = px_comparison_dup_source_label (c, diffs[k].a);
          g_autofree char *lb = px_comparison_dup_source_label (c, diffs[k].b);

          g_string_append_printf (out, "<tr><td><mark class=\"%s\">%s</mark></td><td>",
                                  px_difference_kind_to_string (diffs[k].kind),
                                  px_difference_kind_to_string (diffs[k].kind));
          append_html_escaped (out, diffs[k].note, -1);
          g_string_append (out, "</td><td>");
          append_html_escaped (out, la, -1);
          g_string_append (out, " / ");
          append_html_escaped (out, lb, -1);
          g_string_append (out, "</td></tr>\n");
        }
      g_string_append (out, "</table>\n");
    }

  g_string_append (out, "</body>\n</html>\n");
}

/* ---- CSV: the figures table ------------------------------------------- */

static void
append_csv_field (GString    *out,
                  const char *text,
                  gssize      len)
{
  const char *p, *end;

  if (text == NULL)
    return;
  if (len < 0)
    len = strlen (text);

  g_string_append_c (out, '"');
  for (p = text, end = text + len; p < end; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p == '\n' ? ' ' : *p);
    }
  g_string_append_c (out, '"');
}

/* One row per quantity several sources give, one column per source in
 * date order: the story of each number. */
static void
write_csv (const PxComparison *c,
           GString            *out)
{
  guint n_articles;
  const guint *order = px_comparison_get_article_order (c, &n_articles);
  guint q, k, n;

  append_csv_field (out, _("Quantity"), -1);
  for (k = 0; k < n_articles; k++)
    {
      guint i = order[k];
      g_autofree char *label = px_comparison_dup_source_label (c, i);
      const char *date = px_article_get_date (px_comparison_get_article (c, i));
      g_autofree char *heading = date ? g_strdup_printf ("%s (%s)", label, date) : g_strdup (label);

      g_string_append_c (out, ',');
      append_csv_field (out, heading, -1);
    }
  g_string_append (out, "\r\n");

  for (q = 0; q < px_comparison_get_n_quantities (c); q++)
    {
      const PxQuantityMember *members = px_comparison_get_quantity (c, q, &n);

      append_csv_field (out, px_comparison_get_quantity_label (c, q), -1);
      for (k = 0; k < n_articles; k++)
        {
          guint i = order[k];
          guint m;

          g_string_append_c (out, ',');
          for (m = 0; m < n; m++)
            if (members[m].a == i)
              {
                g_autofree char *text = px_comparison_dup_figure_text (c, i, members[m].figure, NULL);

                append_csv_field (out, text, -1);
              }
        }
      g_string_append (out, "\r\n");
    }
}

const char *
px_report_format_extension (PxReportFormat format)
{
  switch (format)
    {
    case PX_REPORT_MARKDOWN: return "md";
    case PX_REPORT_HTML: return "html";
    case PX_REPORT_CSV: return "csv";
    case PX_REPORT_JSON:
    default:
      return "json";
    }
}

/**
 * px_report_write:
 * @comparison: a comparison
 * @format: the report format
 * @out: where to append the report
 *
 * Writes the report that `parallax-cli compare --format=…` prints and the
 * window exports.
 */
void
px_report_write (const PxComparison *comparison,
                 PxReportFormat      format,
                 GString            *out)
{
  g_return_if_fail (comparison != NULL);
  g_return_if_fail (out != NULL);

  switch (format)
    {
    case PX_REPORT_MARKDOWN:
      write_markdown (comparison, out);
      break;
    case PX_REPORT_HTML:
      write_html (comparison, out);
      break;
    case PX_REPORT_CSV:
      write_csv (comparison, out);
      break;
    case PX_REPORT_JSON:
    default:
      write_json (comparison, out);
      break;
    }
}
