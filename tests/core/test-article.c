/* test-article.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "core/px-core.h"

static void
test_builder_paragraphs (void)
{
  g_autoptr(PxArticleBuilder) builder = px_article_builder_new ("a.txt");
  g_autoptr(PxArticle) article = NULL;
  const PxRange *paragraphs;
  const char *text;
  gsize len;
  guint n;

  px_article_builder_set_title (builder, "  A title \n");
  px_article_builder_set_byline (builder, "   ");
  px_article_builder_add_paragraph (builder, "  First paragraph. ", -1);
  px_article_builder_add_paragraph (builder, "\n\n", -1);
  px_article_builder_add_paragraph (builder, "Second one.XXX", 11);
  article = px_article_builder_end (g_steal_pointer (&builder));

  g_assert_cmpstr (px_article_get_source (article), ==, "a.txt");
  g_assert_cmpstr (px_article_get_title (article), ==, "A title");
  g_assert_null (px_article_get_byline (article));
  g_assert_null (px_article_get_date (article));

  text = px_article_get_text (article, &len);
  g_assert_cmpstr (text, ==, "First paragraph.\n\nSecond one.");
  g_assert_cmpuint (len, ==, strlen (text));

  paragraphs = px_article_get_paragraphs (article, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (paragraphs[0].start, ==, 0);
  g_assert_cmpuint (paragraphs[0].end, ==, 16);
  g_assert_cmpuint (paragraphs[1].start, ==, 18);
  g_assert_cmpuint (paragraphs[1].end, ==, len);
}

static gpointer
read_article (gpointer data)
{
  PxArticle *article = data;
  guint n;

  px_article_get_paragraphs (article, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (px_article_get_text (article, NULL), ==, "Shared.");
  px_article_unref (article);

  return NULL;
}

static void
test_shared_between_threads (void)
{
  g_autoptr(PxArticleBuilder) builder = px_article_builder_new (NULL);
  g_autoptr(PxArticle) article = NULL;
  GThread *threads[4];
  guint i;

  px_article_builder_add_paragraph (builder, "Shared.", -1);
  article = px_article_builder_end (g_steal_pointer (&builder));

  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("reader", read_article, px_article_ref (article));
  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  g_assert_cmpstr (px_article_get_text (article, NULL), ==, "Shared.");
}

static void
test_boxed_type (void)
{
  g_autoptr(PxArticleBuilder) builder = px_article_builder_new ("b");
  g_autoptr(PxArticle) article = px_article_builder_end (g_steal_pointer (&builder));
  PxArticle *copy;

  g_assert_true (G_TYPE_IS_BOXED (PX_TYPE_ARTICLE));
  copy = g_boxed_copy (PX_TYPE_ARTICLE, article);
  g_assert_true (copy == article);
  g_boxed_free (PX_TYPE_ARTICLE, copy);
  g_assert_cmpstr (px_article_get_text (article, NULL), ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/article/builder-paragraphs", test_builder_paragraphs);
  g_test_add_func ("/core/article/shared-between-threads", test_shared_between_threads);
  g_test_add_func ("/core/article/boxed-type", test_boxed_type);

  return g_test_run ();
}
