/* test-comparison.c — differences, quantities and reports on the project's own texts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <string.h>

#include "core/px-core.h"

static PxArticle *
make_article (const char  *source,
              const char  *site,
              const char  *date,
              const char **paragraphs)
{
  g_autoptr(PxArticleBuilder) builder = px_article_builder_new (source);

  px_article_builder_set_site (builder, site);
  px_article_builder_set_date (builder, date);
  for (; *paragraphs != NULL; paragraphs++)
    px_article_builder_add_paragraph (builder, *paragraphs, -1);

  return px_article_builder_end (g_steal_pointer (&builder));
}

static PxComparison *
compare2 (PxArticle *a,
          PxArticle *b)
{
  PxArticle *articles[] = { a, b };

  return px_comparison_new (articles, 2, NULL);
}

static char *
sentence_text (PxComparison *c,
               guint         a,
               guint         i)
{
  const PxRange *s;
  guint n;

  s = px_comparison_get_sentences (c, a, &n);
  g_assert_cmpuint (i, <, n);

  return g_strndup (px_article_get_text (px_comparison_get_article (c, a), NULL) + s[i].start,
                    s[i].end - s[i].start);
}

static const PxDifference *
find_difference (PxComparison     *c,
                 PxDifferenceKind  kind)
{
  const PxDifference *diffs;
  guint n, k;

  diffs = px_comparison_get_differences (c, &n);
  for (k = 0; k < n; k++)
    if (diffs[k].kind == kind)
      return &diffs[k];

  return NULL;
}

static gboolean
linked (PxComparison *c,
        guint         i,
        guint         j)
{
  const PxLink *links;
  guint n, k;

  links = px_comparison_get_links (c, &n);
  for (k = 0; k < n; k++)
    if (links[k].a == 0 && links[k].b == 1 && links[k].i == i && links[k].j == j &&
        links[k].score >= PX_COMPARE_FACT_THRESHOLD)
      return TRUE;

  return FALSE;
}

static void
test_reordered_reports (void)
{
  const char *first[] = {
    "Firefighters rescued eleven miners trapped underground at the Korvel colliery on Tuesday.",
    "The mine operator said ventilation failed after a tunnel collapsed near the main shaft.",
    "Rescue teams reached the men after digging through nine metres of rubble overnight.",
    NULL
  };
  const char *second[] = {
    "After digging through nine metres of rubble overnight, rescue teams reached the trapped men.",
    "Eleven miners trapped underground at the Korvel colliery were rescued by firefighters on Tuesday.",
    "According to the operator, ventilation failed when a tunnel collapsed near the main shaft.",
    NULL
  };
  g_autoptr(PxArticle) a = make_article ("a.txt", "Valley Post", "2031-05-06", first);
  g_autoptr(PxArticle) b = make_article ("b.txt", "Mining Wire", "2031-05-06", second);
  g_autoptr(PxComparison) c = compare2 (a, b);
  guint f;

  /* Facts told in a different order still find each other. */
  g_assert_true (linked (c, 0, 1));
  g_assert_true (linked (c, 1, 2));
  g_assert_true (linked (c, 2, 0));
  g_assert_false (linked (c, 0, 0));

  g_assert_cmpuint (px_comparison_get_n_facts (c), ==, 3);
  for (f = 0; f < px_comparison_get_n_facts (c); f++)
    g_assert_cmpuint (px_comparison_get_fact_n_articles (c, f), ==, 2);
  g_assert_cmpint (px_comparison_get_fact_of (c, 0, 0), ==, px_comparison_get_fact_of (c, 1, 1));
  g_assert_false (px_comparison_is_unique (c, 0, 0));
  g_assert_cmpuint (px_comparison_get_n_events (c), ==, 1);
}

static void
test_figure_difference (void)
{
  const char *first[] = {
    "At least 12 people were killed when the Halvek dam burst above the town of Palimor on Sunday.",
    NULL
  };
  const char *second[] = {
    "Fourteen people were killed when the Halvek dam burst above the town of Palimor on Sunday.",
    NULL
  };
  g_autoptr(PxArticle) a = make_article ("a.txt", "Meridian Wire", "2031-03-03", first);
  g_autoptr(PxArticle) b = make_article ("b.txt", "Oru Valley Herald", "2031-03-04", second);
  g_autoptr(PxComparison) c = compare2 (a, b);
  const PxDifference *d = find_difference (c, PX_DIFFERENCE_FIGURE);

  g_assert_nonnull (d);
  g_assert_cmpuint (d->a, ==, 0);
  g_assert_cmpuint (d->b, ==, 1);
  g_assert_cmpstr (d->left_text, ==, "At least 12 people");
  g_assert_cmpstr (d->right_text, ==, "Fourteen people");
  /* The spans are where the figures are. */
  g_assert_cmpuint (d->left.start, ==, 0);
  g_assert_cmpuint (d->right.start, ==, 0);
  /* The note carries both dates, so time can explain it. */
  g_assert_nonnull (strstr (d->note, "3 Mar 2031"));
  g_assert_nonnull (strstr (d->note, "4 Mar 2031"));
  g_assert_nonnull (strstr (d->note, "Meridian Wire"));
}

static void
test_hedge_difference (void)
{
  const char *first[] = {
    "The flood destroyed about 300 homes in the lower town, the regional ministry said on Monday.",
    NULL
  };
  const char *second[] = {
    "The flood destroyed more than 300 homes in the lower town, the regional ministry said on Monday.",
    NULL
  };
  g_autoptr(PxArticle) a = make_article ("a.txt", "A", "2031-03-03", first);
  g_autoptr(PxArticle) b = make_article ("b.txt", "B", "2031-03-03", second);
  g_autoptr(PxComparison) c = compare2 (a, b);
  const PxDifference *d = find_difference (c, PX_DIFFERENCE_HEDGE);

  g_assert_nonnull (d);
  g_assert_nonnull (strstr (d->left_text, "about 300"));
  g_assert_nonnull (strstr (d->right_text, "more than 300"));
  g_assert_null (find_difference (c, PX_DIFFERENCE_FIGURE));
}

static void
test_negation (void)
{
  const char *first[] = {
    "The minister said the dam had been inspected by engineers last year.",
    NULL
  };
  const char *second[] = {
    "The minister said the dam had not been inspected by engineers last year.",
    NULL
  };
  g_autoptr(PxArticle) a = make_article ("a.txt", "A", NULL, first);
  g_autoptr(PxArticle) b = make_article ("b.txt", "B", NULL, second);
  g_autoptr(PxComparison) c = compare2 (a, b);
  const PxDifference *d = find_difference (c, PX_DIFFERENCE_NEGATION);

  g_assert_nonnull (d);
  g_assert_cmpstr (d->left_text, ==, "");
  g_assert_cmpstr (d->right_text, ==, "not");
  g_assert_cmpuint (d->left.start, ==, d->left.end);
}

static void
test_attribution (void)
{
  const char *first[] = {
    "Three ships were seized near the northern strait on Friday, the Interfax agency reported.",
    NULL
  };
  const char *second[] = {
    "Three ships were seized near the northern strait on Friday, according to Tass.",
    NULL
  };
  g_autoptr(PxArticle) a = make_article ("a.txt", "A", NULL, first);
  g_autoptr(PxArticle) b = make_article ("b.txt", "B", NULL, second);
  g_autoptr(PxComparison) c = compare2 (a, b);
  const PxDifference *d = find_difference (c, PX_DIFFERENCE_ATTRIBUTION);

  g_assert_nonnull (d);
  g_assert_cmpstr (d->left_text, ==, "Interfax agency");
  g_assert_cmpstr (d->right_text, ==, "Tass");
}

static void
test_name_variant (void)
{
  const char *first[] = {
    "Foreign Minister Sergei Varenko met the envoy in Geneva on Friday to discuss the ceasefire.",
    NULL
  };
  const char *second[] = {
    "Foreign Minister Sergey Varenko met the envoy in Geneva on Friday to discuss the ceasefire.",
    NULL
  };
  g_autoptr(PxArticle) a = make_article ("a.txt", "A", NULL, first);
  g_autoptr(PxArticle) b = make_article ("b.txt", "B", NULL, second);
  g_autoptr(PxComparison) c = compare2 (a, b);
  const PxDifference *d = find_difference (c, PX_DIFFERENCE_NAME);

  g_assert_nonnull (d);
  g_assert_nonnull (strstr (d->left_text, "Sergei"));
  g_assert_nonnull (strstr (d->right_text, "Sergey"));
}

/* The first quantity that @n_sources sources give; fails the test if none. */
static guint
quantity_given_by (PxComparison            *c,
                   guint                    n_sources,
                   const PxQuantityMember **members)
{
  guint q, n;

  for (q = 0; q < px_comparison_get_n_quantities (c); q++)
    {
      *members = px_comparison_get_quantity (c, q, &n);
      if (n == n_sources)
        return q;
    }
  g_assert_not_reached ();
  return G_MAXUINT;
}

static void
test_quantity_over_time (void)
{
  /* The toll in sentences that share almost no words: one quantity,
   * told in date order, whatever the order of the articles. */
  const char *late[] = {
    "Aid convoys reached the eastern districts on Monday.",
    "The war has killed more than 9,000 people since it began.",
    NULL
  };
  const char *early[] = {
    "The conflict has already claimed at least 4,000 lives, the observatory says.",
    NULL
  };
  const char *middle[] = {
    "Officials now put the death toll at about 6,500.",
    "Some 6,500 people have died in the fighting, according to officials.",
    NULL
  };
  g_autoptr(PxArticle) a = make_article ("late.txt", "Late", "2031-09-01", late);
  g_autoptr(PxArticle) b = make_article ("early.txt", "Early", "2031-01-15", early);
  g_autoptr(PxArticle) m = make_article ("middle.txt", "Middle", "2031-05-10", middle);
  PxArticle *articles[] = { a, b, m };
  g_autoptr(PxComparison) c = px_comparison_new (articles, 3, NULL);
  const PxQuantityMember *members = NULL;
  guint q = quantity_given_by (c, 3, &members);

  g_assert_cmpstr (px_comparison_get_quantity_label (c, q), ==, "people killed");
  /* Date order: early, middle, late. */
  g_assert_cmpuint (members[0].a, ==, 1);
  g_assert_cmpuint (members[1].a, ==, 2);
  g_assert_cmpuint (members[2].a, ==, 0);
  /* The story of the number: each report against the one before it. */
  {
    const PxDifference *diffs;
    guint n, k, found = 0;

    diffs = px_comparison_get_differences (c, &n);
    for (k = 0; k < n; k++)
      {
        if (diffs[k].kind != PX_DIFFERENCE_FIGURE)
          continue;
        if (diffs[k].a == 1 && diffs[k].b == 2)
          {
            g_assert_cmpstr (diffs[k].left_text, ==, "at least 4,000 lives");
            g_assert_cmpstr (diffs[k].right_text, ==, "Some 6,500 people");
          }
        else
          {
            g_assert_cmpuint (diffs[k].a, ==, 0);
            g_assert_cmpuint (diffs[k].b, ==, 2);
            g_assert_cmpstr (diffs[k].left_text, ==, "more than 9,000 people");
            g_assert_cmpstr (diffs[k].right_text, ==, "Some 6,500 people");
          }
        found++;
      }
    g_assert_cmpuint (found, ==, 2);
  }
  {
    g_autofree char *spread = px_comparison_dup_quantity_spread (c, q);

    g_assert_cmpstr (spread, ==, "4,000 – 9,000");
  }
}

/* Durations in different units compare by length, and their spread keeps
 * the words that say which unit. */
static void
test_quantity_in_units (void)
{
  const char *months21[] = { "The conflict, now 21 months old, has shown no sign of ending.", NULL };
  const char *months22[] = { "Diplomats met again to end the 22-month-old conflict.", NULL };
  const char *years5[] = { "Talks resumed in the five-year-old conflict on Friday.", NULL };
  g_autoptr(PxArticle) a = make_article ("a.txt", "A", NULL, months22);
  g_autoptr(PxArticle) b = make_article ("b.txt", "B", NULL, years5);
  g_autoptr(PxArticle) m = make_article ("c.txt", "C", NULL, months21);
  PxArticle *articles[] = { a, b, m };
  g_autoptr(PxComparison) c = px_comparison_new (articles, 3, NULL);
  g_autofree char *spread = NULL;
  const PxQuantityMember *members = NULL;
  double v[3] = { 0 };
  guint q = quantity_given_by (c, 3, &members), k;

  g_assert_cmpstr (px_comparison_get_quantity_label (c, q), ==, "length of the conflict");

  for (k = 0; k < 3; k++)
    v[members[k].a] = px_comparison_get_quantity_value (c, &members[k]);
  /* 21 months < 22 months < five years, in days */
  g_assert_cmpfloat (v[2], <, v[0]);
  g_assert_cmpfloat (v[0], <, v[1]);
  g_assert_cmpfloat_with_epsilon (v[1], 5 * 365.25, 5.0);

  spread = px_comparison_dup_quantity_spread (c, q);
  g_assert_true (g_str_has_prefix (spread, "21 months"));
  g_assert_true (g_str_has_suffix (spread, "five-year-old"));
  g_assert_nonnull (strstr (spread, " – "));
}

static void
test_order_without_dates (void)
{
  /* No dates: the reports are put in the order their growing toll tells. */
  const char *late[] = { "The war has killed more than 9,000 people since it began.", NULL };
  const char *early[] = { "The conflict has already claimed at least 4,000 lives, the observatory says.", NULL };
  const char *middle[] = { "Some 6,500 people have died in the fighting, according to officials.", NULL };
  const char *other[] = { "The talks resume in Geneva next week.", NULL };
  g_autoptr(PxArticle) a = make_article ("late.txt", "Late", NULL, late);
  g_autoptr(PxArticle) b = make_article ("early.txt", "Early", NULL, early);
  g_autoptr(PxArticle) m = make_article ("middle.txt", "Middle", NULL, middle);
  g_autoptr(PxArticle) o = make_article ("other.txt", "Other", NULL, other);
  PxArticle *articles[] = { o, a, b, m };
  g_autoptr(PxComparison) c = px_comparison_new (articles, 4, NULL);
  const guint *order;
  guint n;

  order = px_comparison_get_article_order (c, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (order[0], ==, 2);
  g_assert_cmpuint (order[1], ==, 3);
  g_assert_cmpuint (order[2], ==, 1);
  /* Nothing tells when the fourth was written: it comes last. */
  g_assert_cmpuint (order[3], ==, 0);
}

static void
test_unique_sentence (void)
{
  const char *first[] = {
    "The bridge over the Sava river reopened to traffic on Thursday after repairs.",
    "A brass band played as the mayor cut a ribbon at the eastern end.",
    NULL
  };
  const char *second[] = {
    "After repairs, the bridge over the Sava river reopened to traffic on Thursday.",
    NULL
  };
  g_autoptr(PxArticle) a = make_article ("a.txt", "A", NULL, first);
  g_autoptr(PxArticle) b = make_article ("b.txt", "B", NULL, second);
  g_autoptr(PxComparison) c = compare2 (a, b);
  g_autofree char *text = sentence_text (c, 0, 1);

  g_assert_cmpstr (text, ==, "A brass band played as the mayor cut a ribbon at the eastern end.");
  g_assert_true (px_comparison_is_unique (c, 0, 1));
  g_assert_false (px_comparison_is_unique (c, 0, 0));
  g_assert_false (px_comparison_is_unique (c, 1, 0));
}

/* Facts are numbered in reading order of their first sentence, whichever
 * other article shares them: the first article's opening fact, shared only
 * with the third, comes before its closing one, shared with the second. */
static void
test_facts_in_reading_order (void)
{
  const char *first[] = {
    "The bridge over the Sava river reopened to traffic on Thursday after repairs.",
    "A brass band played as the mayor cut a ribbon at the eastern end.",
    NULL
  };
  const char *second[] = {
    "At the eastern end the mayor cut a ribbon while a brass band played.",
    NULL
  };
  const char *third[] = {
    "After repairs, the bridge over the Sava river reopened to traffic on Thursday.",
    NULL
  };
  g_autoptr(PxArticle) a = make_article ("a.txt", "A", NULL, first);
  g_autoptr(PxArticle) b = make_article ("b.txt", "B", NULL, second);
  g_autoptr(PxArticle) c = make_article ("c.txt", "C", NULL, third);
  PxArticle *articles[] = { a, b, c };
  g_autoptr(PxComparison) comparison = px_comparison_new (articles, 3, NULL);

  g_assert_cmpuint (px_comparison_get_n_facts (comparison), ==, 2);
  g_assert_cmpint (px_comparison_get_fact_of (comparison, 0, 0), ==, 0);
  g_assert_cmpint (px_comparison_get_fact_of (comparison, 2, 0), ==, 0);
  g_assert_cmpint (px_comparison_get_fact_of (comparison, 0, 1), ==, 1);
  g_assert_cmpint (px_comparison_get_fact_of (comparison, 1, 0), ==, 1);
}

/* A sentence with one content word ("He added:") states no fact, so it is
 * neither linked, even to the same words in another report, nor marked as
 * only in its source, however many function words it has. */
static void
test_short_sentence_not_unique (void)
{
  const char *first[] = {
    "The bridge over the Sava river reopened to traffic on Thursday after repairs.",
    "He added:",
    "\"The brass band will play again next year at the eastern end.\"",
    NULL
  };
  const char *second[] = {
    "After repairs, the bridge over the Sava river reopened to traffic on Thursday.",
    "He added:",
    NULL
  };
  g_autoptr(PxArticle) a = make_article ("a.txt", "A", NULL, first);
  g_autoptr(PxArticle) b = make_article ("b.txt", "B", NULL, second);
  g_autoptr(PxComparison) c = compare2 (a, b);
  g_autofree char *text = sentence_text (c, 0, 1);
  g_autofree char *other = sentence_text (c, 1, 1);
  const PxLink *links;
  guint n, k;

  g_assert_cmpstr (text, ==, "He added:");
  g_assert_cmpstr (other, ==, "He added:");
  g_assert_false (px_comparison_is_unique (c, 0, 1));
  g_assert_false (px_comparison_is_unique (c, 1, 1));
  g_assert_true (px_comparison_is_unique (c, 0, 2));
  links = px_comparison_get_links (c, &n);
  /* Sentence 1 of either article takes part in no link. */
  for (k = 0; k < n; k++)
    g_assert_true (links[k].i != 1 && links[k].j != 1);
  g_assert_cmpuint (n, >, 0);
}

static PxComparison *
report_fixture (void)
{
  const char *first[] = {
    "At least 12 people were killed when the Halvek dam burst above Palimor <on Sunday>.",
    "A brass band played in the square.",
    NULL
  };
  const char *second[] = {
    "Fourteen people were killed when the Halvek dam burst above Palimor on Sunday.",
    NULL
  };
  g_autoptr(PxArticle) a = make_article ("a.txt", "Meridian Wire", "2031-03-03", first);
  g_autoptr(PxArticle) b = make_article ("b.txt", "Herald & Post", "2031-03-04", second);

  return compare2 (a, b);
}

static void
test_report_json (void)
{
  g_autoptr(PxComparison) c = report_fixture ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *doc;
  JsonArray *diffs;
  JsonObject *d;

  px_report_write (c, PX_REPORT_JSON, out);
  root = json_from_string (out->str, &error);
  g_assert_no_error (error);
  doc = json_node_get_object (root);

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (doc, "articles")), ==, 2);
  g_assert_true (json_object_has_member (doc, "links"));
  g_assert_true (json_object_has_member (doc, "events"));
  g_assert_true (json_object_has_member (doc, "unique"));
  diffs = json_object_get_array_member (doc, "differences");
  g_assert_cmpuint (json_array_get_length (diffs), >=, 1);
  d = json_array_get_object_element (diffs, 0);
  g_assert_cmpstr (json_object_get_string_member (d, "kind"), ==, "figure");
  g_assert_cmpstr (json_object_get_string_member (d, "left"), ==, "At least 12 people");
  g_assert_cmpint (json_object_get_int_member (d, "a"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (d, "b"), ==, 1);
  g_assert_true (json_object_has_member (d, "note"));
  /* The brass band is only in the first report. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (doc, "unique")), ==, 1);
}

static void
test_report_markdown (void)
{
  g_autoptr(PxComparison) c = report_fixture ();
  g_autoptr(GString) out = g_string_new (NULL);

  px_report_write (c, PX_REPORT_MARKDOWN, out);
  g_assert_true (g_str_has_prefix (out->str, "# Comparison of 2 articles\n"));
  g_assert_nonnull (strstr (out->str, "| 1 | Meridian Wire |"));
  g_assert_nonnull (strstr (out->str, "### Figure"));
  g_assert_nonnull (strstr (out->str, "## Only in one source"));
  /* Markdown's own characters in the text are escaped. */
  g_assert_nonnull (strstr (out->str, "\\<on Sunday\\>"));
}

static void
test_report_html (void)
{
  g_autoptr(PxComparison) c = report_fixture ();
  g_autoptr(GString) out = g_string_new (NULL);

  px_report_write (c, PX_REPORT_HTML, out);
  g_assert_true (g_str_has_prefix (out->str, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (out->str, "<mark class=\"figure\""));
  g_assert_nonnull (strstr (out->str, ">At least 12 people</mark>"));
  g_assert_nonnull (strstr (out->str, "class=\"s unique\""));
  /* Text is escaped, never markup. */
  g_assert_nonnull (strstr (out->str, "&lt;on Sunday&gt;"));
  g_assert_nonnull (strstr (out->str, "Herald &amp; Post"));
  g_assert_null (strstr (out->str, "<on Sunday>"));
  g_assert_true (g_str_has_suffix (out->str, "</html>\n"));
}

/* The writers' output for two small reports, byte for byte, against the
 * files next to them in tests/data/report/. After a deliberate change,
 * PX_UPDATE_GOLDEN=1 writes the new output there to be reviewed. */
static PxComparison *
golden_comparison (void)
{
  static const char * const names[] = { "harbour-wire.txt", "coast-courier.txt" };
  PxArticle *articles[G_N_ELEMENTS (names)];
  PxComparison *c;
  guint k;

  for (k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "report", names[k], NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
      articles[k] = px_import_bytes (bytes, names[k], &error);
      g_assert_no_error (error);
    }

  c = px_comparison_new (articles, G_N_ELEMENTS (names), NULL);
  for (k = 0; k < G_N_ELEMENTS (names); k++)
    px_article_unref (articles[k]);

  return c;
}

static void
test_golden (gconstpointer data)
{
  const char *name = data;
  g_autoptr(PxComparison) c = golden_comparison ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "report", name, NULL);
  g_autofree char *expected = NULL;
  PxReportFormat format;

  g_assert_true (px_report_format_from_string (strrchr (name, '.') + 1, &format) ||
                 (g_str_has_suffix (name, ".md") && (format = PX_REPORT_MARKDOWN, TRUE)));
  px_report_write (c, format, out);

  if (g_getenv ("PX_UPDATE_GOLDEN") != NULL)
    g_assert_true (g_file_set_contents (path, out->str, out->len, NULL));

  g_assert_true (g_file_get_contents (path, &expected, NULL, NULL));
  g_assert_cmpstr (out->str, ==, expected);
}

static void
test_degenerate_inputs (void)
{
  const char *one[] = { "Only one sentence here.", NULL };
  g_autoptr(PxArticle) a = make_article ("a.txt", NULL, NULL, one);
  PxArticle *articles[] = { a };
  g_autoptr(PxComparison) none = px_comparison_new (NULL, 0, NULL);
  g_autoptr(PxComparison) single = px_comparison_new (articles, 1, NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  guint n;

  g_assert_cmpuint (px_comparison_get_n_articles (none), ==, 0);
  px_report_write (none, PX_REPORT_HTML, out);
  g_assert_cmpuint (px_comparison_get_n_articles (single), ==, 1);
  px_comparison_get_links (single, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_false (px_comparison_is_unique (single, 0, 0));
}

/* Hostile shapes compared whole, in bounded work: many tiny paragraphs
 * (only the first PX_COMPARE_MAX_LINKED_SENTENCES of each are linked),
 * one 5 MB line of digits, and 1 MB without a space. No time limit here
 * but meson's; `build-aux/dev bench` measures the speed. */
static PxArticle *
repeated_article (const char *source,
                  const char *tail,
                  guint       n)
{
  g_autoptr(PxArticleBuilder) builder = px_article_builder_new (source);
  guint k;

  for (k = 0; k < n; k++)
    {
      g_autofree char *p = g_strdup_printf ("Crane %u fell%s", k % 97, tail);

      px_article_builder_add_paragraph (builder, p, -1);
    }

  return px_article_builder_end (g_steal_pointer (&builder));
}

static PxArticle *
one_paragraph_article (const char *source,
                       const char *unit,
                       gsize       size)
{
  g_autoptr(PxArticleBuilder) builder = px_article_builder_new (source);
  GString *text = g_string_sized_new (size + 16);

  while (text->len < size)
    g_string_append (text, unit);
  px_article_builder_add_paragraph (builder, text->str, text->len);
  g_string_free (text, TRUE);

  return px_article_builder_end (g_steal_pointer (&builder));
}

static void
test_pathological_inputs (void)
{
  g_autoptr(PxArticle) tiny_a = repeated_article ("a.txt", ".", 20000);
  g_autoptr(PxArticle) tiny_b = repeated_article ("b.txt", " on Tuesday.", 20000);
  g_autoptr(PxArticle) digits = one_paragraph_article ("digits.txt", "1234567890", 5 * 1024 * 1024);
  g_autoptr(PxArticle) solid = one_paragraph_article ("solid.txt", "abcdefghij", 1024 * 1024);
  g_autoptr(PxComparison) c = compare2 (tiny_a, tiny_b);
  const PxLink *links;
  guint n, k;

  px_comparison_get_sentences (c, 0, &n);
  g_assert_cmpuint (n, ==, 20000);
  links = px_comparison_get_links (c, &n);
  g_assert_cmpuint (n, >, 0);
  for (k = 0; k < n; k++)
    {
      g_assert_cmpuint (links[k].i, <, PX_COMPARE_MAX_LINKED_SENTENCES);
      g_assert_cmpuint (links[k].j, <, PX_COMPARE_MAX_LINKED_SENTENCES);
    }
  /* The cap is said: 17,000 sentences of each were left out. */
  g_assert_cmpuint (px_comparison_get_n_unlinked (c, 0), ==, 20000 - PX_COMPARE_MAX_LINKED_SENTENCES);
  g_assert_cmpuint (px_comparison_get_n_unlinked (c, 1), ==, 20000 - PX_COMPARE_MAX_LINKED_SENTENCES);
  {
    g_autofree char *message = px_comparison_describe_unlinked (c, 0);

    g_assert_cmpstr (message, ==, "Only the first 3000 sentences are compared; "
                                  "17000 more are shown but not linked");
  }
  g_clear_pointer (&c, px_comparison_unref);

  c = compare2 (digits, solid);
  g_assert_cmpuint (px_comparison_get_n_unlinked (c, 0), ==, 0);
  g_assert_null (px_comparison_describe_unlinked (c, 0));
  px_comparison_get_sentences (c, 0, &n);
  g_assert_cmpuint (n, >=, 1);
  px_comparison_get_links (c, &n);
  g_assert_cmpuint (n, ==, 0);
  px_comparison_get_differences (c, &n);
  g_assert_cmpuint (n, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/comparison/reordered-reports", test_reordered_reports);
  g_test_add_func ("/core/comparison/pathological-inputs", test_pathological_inputs);
  g_test_add_func ("/core/comparison/figure-difference", test_figure_difference);
  g_test_add_func ("/core/comparison/hedge-difference", test_hedge_difference);
  g_test_add_func ("/core/comparison/negation", test_negation);
  g_test_add_func ("/core/comparison/attribution", test_attribution);
  g_test_add_func ("/core/comparison/name-variant", test_name_variant);
  g_test_add_func ("/core/comparison/quantity-over-time", test_quantity_over_time);
  g_test_add_func ("/core/comparison/quantity-in-units", test_quantity_in_units);
  g_test_add_func ("/core/comparison/unique-sentence", test_unique_sentence);
  g_test_add_func ("/core/comparison/short-sentence-not-unique", test_short_sentence_not_unique);
  g_test_add_func ("/core/comparison/facts-in-reading-order", test_facts_in_reading_order);
  g_test_add_func ("/core/comparison/order-without-dates", test_order_without_dates);
  g_test_add_func ("/core/comparison/degenerate-inputs", test_degenerate_inputs);
  g_test_add_func ("/core/report/json", test_report_json);
  g_test_add_func ("/core/report/markdown", test_report_markdown);
  g_test_add_func ("/core/report/html", test_report_html);
  g_test_add_data_func ("/core/report/golden/json", "expected.json", test_golden);
  g_test_add_data_func ("/core/report/golden/markdown", "expected.md", test_golden);
  g_test_add_data_func ("/core/report/golden/html", "expected.html", test_golden);
  g_test_add_data_func ("/core/report/golden/csv", "expected.csv", test_golden);

  return g_test_run ();
}
