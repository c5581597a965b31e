/* fuzz-compare.c — the whole pipeline: import two inputs, compare, report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"

#include <json-glib/json-glib.h>

static void
check_range (const PxComparison *c,
             guint               a,
             PxRange             r)
{
  gsize len = 0;
  const char *text = px_article_get_text (px_comparison_get_article (c, a), &len);

  g_assert_cmpuint (r.start, <=, r.end);
  g_assert_cmpuint (r.end, <=, len);
  g_assert_true (fuzz_is_char_start (text, len, r.start));
  g_assert_true (fuzz_is_char_start (text, len, r.end));
}

static void
check_comparison (const PxComparison *c,
                  guint               n_articles)
{
  const PxLink *links;
  const PxDifference *differences;
  guint n_links = 0;
  guint n_differences = 0;
  guint n_sentences[2] = { 0, 0 };
  guint a;
  guint k;
  guint m;

  g_assert_cmpuint (px_comparison_get_n_articles (c), ==, n_articles);

  for (a = 0; a < n_articles; a++)
    {
      const PxRange *sentences = px_comparison_get_sentences (c, a, &n_sentences[a]);
      g_autofree char *label = px_comparison_dup_source_label (c, a);

      for (k = 0; k < n_sentences[a]; k++)
        check_range (c, a, sentences[k]);
      g_assert_nonnull (px_comparison_get_figures (c, a));
      fuzz_check_string (label);
      g_assert_cmpuint (px_comparison_get_event_of (c, a), <, px_comparison_get_n_events (c));
    }

  links = px_comparison_get_links (c, &n_links);
  for (k = 0; k < n_links; k++)
    {
      g_assert_cmpuint (links[k].a, <, links[k].b);
      g_assert_cmpuint (links[k].b, <, n_articles);
      g_assert_cmpuint (links[k].i, <, n_sentences[links[k].a]);
      g_assert_cmpuint (links[k].j, <, n_sentences[links[k].b]);
      g_assert_true (links[k].score >= 0 && links[k].score <= 1);
    }

  for (k = 0; k < px_comparison_get_n_facts (c); k++)
    {
      guint n_members = 0;
      const PxSentenceRef *members = px_comparison_get_fact (c, k, &n_members);

      for (m = 0; m < n_members; m++)
        {
          g_assert_cmpuint (members[m].a, <, n_articles);
          g_assert_cmpuint (members[m].i, <, n_sentences[members[m].a]);
          g_assert_cmpint (px_comparison_get_fact_of (c, members[m].a, members[m].i), ==, (int) k);
        }
      g_assert_cmpuint (px_comparison_get_fact_n_articles (c, k), <=, n_articles);
    }

  for (a = 0; a < n_articles; a++)
    for (k = 0; k < n_sentences[a]; k++)
      {
        double best = px_comparison_get_best_score (c, a, k);

        g_assert_true (best >= 0 && best <= 1);
        px_comparison_is_unique (c, a, k);
      }

  differences = px_comparison_get_differences (c, &n_differences);
  for (k = 0; k < n_differences; k++)
    {
      const PxDifference *d = &differences[k];

      g_assert_cmpint (d->kind, <, PX_N_DIFFERENCE_KINDS);
      g_assert_nonnull (px_difference_kind_to_string (d->kind));
      g_assert_cmpuint (d->a, <, n_articles);
      g_assert_cmpuint (d->b, <, n_articles);
      g_assert_cmpuint (d->i, <, n_sentences[d->a]);
      g_assert_cmpuint (d->j, <, n_sentences[d->b]);
      check_range (c, d->a, d->left);
      check_range (c, d->b, d->right);
      fuzz_check_string (d->left_text);
      fuzz_check_string (d->right_text);
      fuzz_check_string (d->note);
    }

  for (k = 0; k < px_comparison_get_n_events (c); k++)
    {
      guint n_members = 0;
      const guint *members = px_comparison_get_event (c, k, &n_members);

      for (m = 0; m < n_members; m++)
        g_assert_cmpuint (members[m], <, n_articles);
      fuzz_check_string (px_comparison_get_event_label (c, k));
    }

  for (k = 0; k < px_comparison_get_n_quantities (c); k++)
    {
      guint n_members = 0;
      const PxQuantityMember *members = px_comparison_get_quantity (c, k, &n_members);

      for (m = 0; m < n_members; m++)
        {
          g_assert_cmpuint (members[m].a, <, n_articles);
          g_assert_cmpuint (members[m].i, <, n_sentences[members[m].a]);
          g_assert_cmpuint (members[m].figure, <,
                            px_figure_list_get_length (px_comparison_get_figures (c, members[m].a)));
        }
      fuzz_check_string (px_comparison_get_quantity_label (c, k));
    }
}

static void
check_json (const GString *out)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, out->str, out->len, &error))
    g_error ("the JSON report does not parse: %s", error->message);
}

/* The two inputs are separated by the first \x01 byte. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const uint8_t *sep;
  gsize split;
  PxArticle *articles[2] = { NULL, NULL };
  guint n_articles = 0;
  PxComparison *comparison;
  GString *out;
  guint k;

  fuzz_init ();

  sep = memchr (data, 0x01, size);
  split = sep != NULL ? (gsize) (sep - data) : size;

  for (k = 0; k < 2; k++)
    {
      const uint8_t *start = k == 0 ? data : data + MIN (split + 1, size);
      gsize len = k == 0 ? split : size - MIN (split + 1, size);
      g_autoptr(GBytes) bytes = g_bytes_new (start, len);
      g_autoptr(GError) error = NULL;
      PxArticle *article = px_import_bytes (bytes, k == 0 ? "left" : "right", &error);

      if (article == NULL)
        {
          g_assert_nonnull (error);
          continue;
        }
      fuzz_check_article (article);
      articles[n_articles++] = article;
    }

  comparison = px_comparison_new (articles, n_articles, NULL);
  g_assert_nonnull (comparison);
  check_comparison (comparison, n_articles);

  out = g_string_new (NULL);
  px_report_write (comparison, PX_REPORT_JSON, out);
  check_json (out);
  g_string_truncate (out, 0);
  px_report_write (comparison, PX_REPORT_MARKDOWN, out);
  g_assert_true (g_utf8_validate (out->str, out->len, NULL));
  g_string_truncate (out, 0);
  px_report_write (comparison, PX_REPORT_HTML, out);
  g_assert_true (g_utf8_validate (out->str, out->len, NULL));
  g_string_truncate (out, 0);
  px_report_write_align (comparison, out);
  check_json (out);
  g_string_free (out, TRUE);

  px_comparison_unref (comparison);
  for (k = 0; k < n_articles; k++)
    px_article_unref (articles[k]);

  return 0;
}
