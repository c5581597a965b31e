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

  return 0;
}
