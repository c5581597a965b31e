/* test-comparison-align.c — links between sentences and headlines of articles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "core/px-core.h"

static PxArticle *
make_article (const char  *source,
              const char  *title,
              const char **paragraphs)
{
  g_autoptr(PxArticleBuilder) builder = px_article_builder_new (source);

  if (title != NULL)
    px_article_builder_set_title (builder, title);
  for (; *paragraphs != NULL; paragraphs++)
    px_article_builder_add_paragraph (builder, *paragraphs, -1);

  return px_article_builder_end (g_steal_pointer (&builder));
}

/* One event, told by two outlets; the second repeats its headline above
 * the story, as some pages do. */
static const char *bridge_a[] = {
  "Engineers closed the old Tamsin bridge on Monday after inspectors found cracks in two of "
  "its steel girders.",
  "Traffic was sent over the ring road, and the city council said repairs would take at "
  "least six weeks.",
  "Ferries across the river will run every twenty minutes until the crossing reopens.",
  NULL,
};

static const char *bridge_b[] = {
  "Cracked girders shut Tamsin bridge",
  "The Tamsin bridge was shut to all traffic on Monday when an inspection revealed cracked "
  "girders beneath the main span.",
  "Council officials expect the work to last six weeks or more; drivers are being diverted "
  "to the ring road.",
  NULL,
};

static const char *recipe[] = {
  "Whisk the eggs with a pinch of salt before folding in the flour.",
  "Bake the cake for forty minutes and let it cool on a rack.",
  NULL,
};

static void
test_headline (void)
{
  g_autoptr(PxArticle) a = make_article ("a.txt", "Tamsin bridge closed over cracked girders",
                                         bridge_a);
  g_autoptr(PxArticle) b = make_article ("b.txt", "Cracked Girders Shut Tamsin Bridge | The Courier",
                                         bridge_b);
  PxArticle *articles[] = { a, b };
  g_autoptr(PxComparison) c = px_comparison_new (articles, 2, NULL);
  const PxLink *links;
  guint n_links, na, nb, k;
  gboolean headline_to_sentence = FALSE;

  px_comparison_get_sentences (c, 0, &na);
  px_comparison_get_sentences (c, 1, &nb);

  /* A's title is not in its text: it is compared as a headline. B's text
   * opens with its title (in other capitals, without the site name),
   * which is a sentence already. */
  g_assert_cmpstr (px_comparison_get_headline (c, 0), ==,
                   "Tamsin bridge closed over cracked girders");
  g_assert_null (px_comparison_get_headline (c, 1));

  links = px_comparison_get_headline_links (c, &n_links);
  g_assert_cmpuint (n_links, >, 0);
  for (k = 0; k < n_links; k++)
    {
      g_assert_cmpuint (links[k].a, ==, 0);
      g_assert_cmpuint (links[k].b, ==, 1);
      /* Only A has a headline: every link starts there. */
      g_assert_cmpuint (links[k].i, ==, na);
      g_assert_cmpuint (links[k].j, <, nb);
      g_assert_cmpfloat (links[k].score, >, 0);
      g_assert_cmpfloat (links[k].score, <=, 1);
      if (links[k].j <= 1)
        headline_to_sentence = TRUE;
    }
  g_assert_true (headline_to_sentence);

  /* The links of the text never reach past its sentences. */
  links = px_comparison_get_links (c, &n_links);
  g_assert_cmpuint (n_links, >, 0);
  for (k = 0; k < n_links; k++)
    {
      g_assert_cmpuint (links[k].i, <, na);
      g_assert_cmpuint (links[k].j, <, nb);
    }
}

static void
test_headline_report (void)
{
  g_autoptr(PxArticle) a = make_article ("a.txt", "Tamsin bridge closed over cracked girders",
                                         bridge_a);
  g_autoptr(PxArticle) b = make_article ("b.txt", NULL, bridge_b);
  PxArticle *articles[] = { a, b };
  g_autoptr(PxComparison) c = px_comparison_new (articles, 2, NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *entry = NULL;
  guint na;

  px_comparison_get_sentences (c, 0, &na);
  px_report_write_align (c, out);

  /* The headline is the last sentence of its article, without offsets. */
  g_assert_nonnull (strstr (out->str, "\"text\":\"Tamsin bridge closed over cracked girders\","
                                      "\"start\":null,\"end\":null,\"headline\":true"));
  entry = g_strdup_printf ("\"a\":0,\"i\":%u,", na);
  g_assert_nonnull (strstr (out->str, entry));
}

static void
test_headline_too_short (void)
{
  static const char *body[] = { "The council met on Monday to vote on the budget.", NULL };
  g_autoptr(PxArticle) a = make_article ("a.txt", "Update", body);
  g_autoptr(PxArticle) b = make_article ("b.txt", NULL, body);
  PxArticle *articles[] = { a, b };
  g_autoptr(PxComparison) c = px_comparison_new (articles, 2, NULL);
  guint n;

  /* One word carries no fact to link. */
  g_assert_null (px_comparison_get_headline (c, 0));
  g_assert_null (px_comparison_get_headline (c, 1));
  px_comparison_get_headline_links (c, &n);
  g_assert_cmpuint (n, ==, 0);
}

/* Articles about one event link even where their sentences share little;
 * an unrelated article links only where a sentence states the same fact. */
static void
test_event_threshold (void)
{
  g_autoptr(PxArticle) a = make_article ("a.txt", NULL, bridge_a);
  g_autoptr(PxArticle) b = make_article ("b.txt", NULL, bridge_b);
  g_autoptr(PxArticle) r = make_article ("r.txt", NULL, recipe);
  PxArticle *articles[] = { a, b, r };
  g_autoptr(PxComparison) c = px_comparison_new (articles, 3, NULL);
  const PxLink *links;
  guint n, k;
  gboolean weak_event_link = FALSE;

  g_assert_cmpuint (px_comparison_get_event_of (c, 0), ==, px_comparison_get_event_of (c, 1));
  g_assert_cmpuint (px_comparison_get_event_of (c, 0), !=, px_comparison_get_event_of (c, 2));

  links = px_comparison_get_links (c, &n);
  for (k = 0; k < n; k++)
    {
      if (links[k].b == 2)
        g_assert_cmpfloat (links[k].score, >=, PX_COMPARE_FACT_THRESHOLD);
      else if (links[k].score < PX_COMPARE_FACT_THRESHOLD)
        weak_event_link = TRUE;
    }
  g_assert_true (weak_event_link);
}

static void
test_no_sentences (void)
{
  static const char *empty[] = { NULL };
  g_autoptr(PxArticle) a = make_article ("a.txt", "Tamsin bridge closed over cracked girders",
                                         empty);
  g_autoptr(PxArticle) b = make_article ("b.txt", "Cracked girders shut the Tamsin bridge",
                                         empty);
  PxArticle *articles[] = { a, b };
  g_autoptr(PxComparison) c = px_comparison_new (articles, 2, NULL);
  const PxLink *links;
  guint n;

  /* Two headlines alone still link, as sentence 0 of empty texts. */
  links = px_comparison_get_headline_links (c, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (links[0].i, ==, 0);
  g_assert_cmpuint (links[0].j, ==, 0);
  px_comparison_get_links (c, &n);
  g_assert_cmpuint (n, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/comparison-align/headline", test_headline);
  g_test_add_func ("/core/comparison-align/headline-report", test_headline_report);
  g_test_add_func ("/core/comparison-align/headline-too-short", test_headline_too_short);
  g_test_add_func ("/core/comparison-align/event-threshold", test_event_threshold);
  g_test_add_func ("/core/comparison-align/no-sentences", test_no_sentences);

  return g_test_run ();
}
