/* bench-core.c — speed of the core on real pages, in one process, on one core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the shared evaluation corpora when they are beside the project
 * (../shared/corpus, or PARALLAX_CORPUS), never copies them. Each figure is
 * the median of several timed passes after a warm-up pass.
 */
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "core/px-core.h"

#define PASSES 5

typedef struct {
  char *name;
  GBytes *bytes;
} Page;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static char *
find_corpus (void)
{
  const char *env = g_getenv ("PARALLAX_CORPUS");
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *guess = g_build_filename (cwd, "..", "shared", "corpus", NULL);

  if (env != NULL)
    return g_strdup (env);
  if (g_file_test (guess, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&guess);

  return NULL;
}

static GPtrArray *
load_pages (const char *dir)
{
  GPtrArray *pages = g_ptr_array_new ();
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return pages;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      char *contents;
      gsize len;
      Page *page;

      if (!g_str_has_suffix (name, ".html") ||
          !g_file_get_contents (path, &contents, &len, NULL))
        continue;
      page = g_new0 (Page, 1);
      page->name = g_steal_pointer (&path);
      page->bytes = g_bytes_new_take (contents, len);
      g_ptr_array_add (pages, page);
    }

  return pages;
}

static void
bench_extraction (GPtrArray *pages,
                  GString   *texts)
{
  double rates[PASSES];
  gsize total = 0;
  guint pass, i, failed = 0;

  for (i = 0; i < pages->len; i++)
    total += g_bytes_get_size (((Page *) pages->pdata[i])->bytes);

  for (pass = 0; pass <= PASSES; pass++)
    {
      gint64 t0 = g_get_monotonic_time ();

      for (i = 0; i < pages->len; i++)
        {
          Page *page = pages->pdata[i];
          g_autoptr(PxArticle) article = px_import_bytes (page->bytes, page->name, NULL);

          if (article == NULL)
            {
              failed += pass == 0;
              continue;
            }
          if (pass == 0)
            {
              g_string_append (texts, px_article_get_text (article, NULL));
              g_string_append (texts, "\n\n");
            }
        }
      if (pass > 0)
        rates[pass - 1] = pages->len / ((g_get_monotonic_time () - t0) / 1e6);
    }

  printf ("| extraction | %u pages, %.1f MB of HTML | %.0f pages/s | %.1f MB/s | target 100 pages/s |\n",
          pages->len, total / 1e6, median (rates, PASSES),
          median (rates, PASSES) * total / pages->len / 1e6);
  if (failed > 0)
    printf ("|   (%u pages gave no article) | | | | |\n", failed);
}

static void
bench_sentences (const char *text,
                 gsize       len)
{
  double rates[PASSES];
  guint n_sentences = 0;
  guint pass;

  for (pass = 0; pass <= PASSES; pass++)
    {
      gint64 t0 = g_get_monotonic_time ();
      PxSentenceIter iter;
      PxRange s;
      guint n = 0;

      px_sentence_iter_init (&iter, text, len);
      while (px_sentence_iter_next (&iter, &s))
        n++;
      n_sentences = n;
      if (pass > 0)
        rates[pass - 1] = n / ((g_get_monotonic_time () - t0) / 1e6);
    }

  printf ("| sentence splitting | %u sentences, %.2f MB | %.0f sentences/s | %.1f MB/s | target 500,000 sentences/s |\n",
          n_sentences, len / 1e6, median (rates, PASSES),
          median (rates, PASSES) * len / n_sentences / 1e6);
}

static void
bench_figures (const char *text,
               gsize       len)
{
  double rates[PASSES];
  guint n_figures = 0;
  guint pass;

  for (pass = 0; pass <= PASSES; pass++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(PxFigureList) figures = px_figures_find (text, len);

      n_figures = px_figure_list_get_length (figures);
      if (pass > 0)
        rates[pass - 1] = len / ((g_get_monotonic_time () - t0) / 1e6) / 1e6;
    }

  printf ("| figures | %u figures in %.2f MB | %.1f MB/s | | target 20 MB/s |\n",
          n_figures, len / 1e6, median (rates, PASSES));
}

/* Articles of about @words words cut from the extracted texts, as new
 * articles with a date each, so that they compare like reports do. */
static GPtrArray *
make_articles (const char *texts,
               guint       n,
               guint       words)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  const char *p = texts;
  guint k;

  for (k = 0; k < n && *p; k++)
    {
      g_autoptr(PxArticleBuilder) builder = NULL;
      g_autofree char *source = g_strdup_printf ("bench-%u.txt", k);
      const char *start = p;
      guint count = 0;

      while (*p && count < words)
        {
          if (*p == ' ')
            count++;
          p++;
        }
      builder = px_article_builder_new (source);
      px_article_builder_set_date (builder, "2024-05-01");
      px_article_builder_add_paragraph (builder, start, p - start);
      g_ptr_array_add (articles, px_article_builder_end (g_steal_pointer (&builder)));
    }

  return articles;
}

static double
time_compare (GPtrArray *articles)
{
  double times[PASSES];
  guint pass;

  for (pass = 0; pass <= PASSES; pass++)
    {
      gint64 t0 = g_get_monotonic_time ();
      PxComparison *c = px_comparison_new ((PxArticle *const *) articles->pdata,
                                           articles->len, NULL);

      if (pass > 0)
        times[pass - 1] = (g_get_monotonic_time () - t0) / 1e3;
      px_comparison_unref (c);
    }

  return median (times, PASSES);
}

static void
bench_export (GPtrArray *articles)
{
  g_autoptr(PxComparison) c = px_comparison_new ((PxArticle *const *) articles->pdata,
                                                 articles->len, NULL);
  double times[PASSES];
  gsize size = 0;
  guint pass;

  for (pass = 0; pass <= PASSES; pass++)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      gint64 t0 = g_get_monotonic_time ();

      px_report_write (c, PX_REPORT_HTML, out);
      size = out->len;
      if (pass > 0)
        times[pass - 1] = (g_get_monotonic_time () - t0) / 1e3;
    }

  printf ("| export HTML | %u articles, %.0f kB report | %.1f ms | | target 200 ms |\n",
          articles->len, size / 1e3, median (times, PASSES));
}

static void
bench_compare (const char *texts)
{
  static const guint sizes[] = { 2, 6, 10, 12 };
  guint k;

  for (k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GPtrArray) articles = make_articles (texts, sizes[k], 1000);

      if (articles->len < sizes[k])
        break;
      printf ("| compare | %u articles × 1,000 words | %.1f ms | | target 100 ms for 10 |\n",
              sizes[k], time_compare (articles));
      if (sizes[k] == 12)
        bench_export (articles);
    }
}

static void
bench_group (const char *corpus)
{
  static const guint sizes[] = { 100, 300, 651 };
  g_autofree char *dir = g_build_filename (corpus, "ecbplus", "text", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  const char *name;
  guint k;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (names, compare_names);
  for (k = 0; k < names->len; k++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (names->pdata[k]);
      PxArticle *article = px_import_file (file, NULL, NULL);

      if (article != NULL)
        g_ptr_array_add (articles, article);
    }

  for (k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      double times[PASSES];
      guint n = MIN (sizes[k], articles->len);
      guint pass;

      for (pass = 0; pass <= PASSES; pass++)
        {
          gint64 t0 = g_get_monotonic_time ();
          PxEventGroups *groups = px_events_group ((PxArticle *const *) articles->pdata, n);

          if (pass > 0)
            times[pass - 1] = (g_get_monotonic_time () - t0) / 1e3;
          px_event_groups_unref (groups);
        }
      printf ("| group | %u ECB+ articles | %.1f ms | | target 2,000 ms for 651 |\n",
              n, median (times, PASSES));
    }
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *corpus = find_corpus ();
  g_autoptr(GString) texts = g_string_new (NULL);
  g_autofree char *html_dir = NULL;
  GPtrArray *pages;

  if (corpus == NULL)
    {
      g_printerr ("bench-core: the corpora are not beside the project (../shared/corpus); "
                  "set PARALLAX_CORPUS=DIR\n");
      return 1;
    }

  html_dir = g_build_filename (corpus, "article-extraction-benchmark", "html", NULL);
  pages = load_pages (html_dir);
  if (pages->len == 0)
    {
      g_printerr ("bench-core: no pages in %s\n", html_dir);
      return 1;
    }

  printf ("| stage | input | speed | throughput | goal |\n");
  printf ("|---|---|---|---|---|\n");
  bench_extraction (pages, texts);
  bench_sentences (texts->str, texts->len);
  bench_figures (texts->str, texts->len);
  bench_compare (texts->str);
  bench_group (corpus);

  return 0;
}
