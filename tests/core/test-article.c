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

static void
test_short_source (void)
{
  g_autofree char *link = px_article_dup_short_source ("https://news.example.org/2031/dam.html");
  g_autofree char *shouted = px_article_dup_short_source ("HTTP://news.example.org/dam");
  g_autofree char *file = px_article_dup_short_source ("/home/reader/articles/dam-wire.txt");
  g_autofree char *other = px_article_dup_short_source ("ftp://files.example.org/dam.txt");
  g_autofree char *dropped = px_article_dup_short_source (NULL);

  g_assert_cmpstr (link, ==, "news.example.org");
  g_assert_cmpstr (shouted, ==, "news.example.org");
  g_assert_cmpstr (file, ==, "dam-wire.txt");
  g_assert_cmpstr (other, ==, "dam.txt");
  g_assert_cmpstr (dropped, ==, "Dropped text");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/article/builder-paragraphs", test_builder_paragraphs);
  g_test_add_func ("/core/article/shared-between-threads", test_shared_between_threads);
  g_test_add_func ("/core/article/boxed-type", test_boxed_type);
  g_test_add_func ("/core/article/short-source", test_short_source);

  return g_test_run ();
}
