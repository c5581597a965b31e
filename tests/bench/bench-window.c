/* bench-window.c — the window's responsiveness, under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time from opening two articles to the first frame that shows them and to
 * the frame with their links; the longest stall of the main loop while
 * twelve articles are read and compared; resident memory with twelve open.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "px-application.h"
#include "px-window-private.h"

static gint64 last_tick;
static gint64 longest_gap;

/* With PARALLAX_BENCH_TRACE=N, every stall over N ms while the twelve
 * articles load is printed with the frame-clock phases that ran inside it,
 * to tell GTK's layout and drawing from the rest of the main loop. */
typedef struct
{
  const char *what;
  gint64      time;
} TraceEvent;

static GArray *trace;
static gint64 trace_threshold;

static void
trace_event (const char *what)
{
  TraceEvent event = { what, g_get_monotonic_time () };

  if (trace != NULL)
    g_array_append_val (trace, event);
}

static void
phase_cb (GdkFrameClock *clock,
          gpointer       what)
{
  trace_event (what);
}

static gboolean
tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick != 0)
    longest_gap = MAX (longest_gap, now - last_tick);
  if (trace != NULL && last_tick != 0 && now - last_tick > trace_threshold)
    {
      guint i;

      g_print ("stall %.1f ms at %.1f ms:", (now - last_tick) / 1e3,
               (last_tick - g_array_index (trace, TraceEvent, 0).time) / 1e3);
      for (i = 0; i < trace->len; i++)
        {
          TraceEvent *event = &g_array_index (trace, TraceEvent, i);

          if (event->time >= last_tick && event->time <= now)
            g_print (" %s+%.1f", event->what, (event->time - last_tick) / 1e3);
        }
      g_print ("\n");
    }
  last_tick = now;

  return G_SOURCE_CONTINUE;
}

static gboolean painted;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  painted = TRUE;
}

static void
wait_for_paint (PxWindow *window)
{
  painted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
all_loaded (PxWindow *window)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (window);
  guint i;

  for (i = 0; i < columns->len; i++)
    if (px_article_column_is_loading (columns->pdata[i]))
      return FALSE;

  return TRUE;
}

static gboolean
compared (PxWindow *window)
{
  return window->comparison != NULL &&
         px_comparison_get_n_articles (window->comparison) == px_window_get_n_articles (window) &&
         !gtk_spinner_get_spinning (window->analysis_spinner);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static long
resident_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");

  return line ? strtol (line + 6, NULL, 10) : -1;
}

static GPtrArray *
sample_files (const char *dir)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (!g_str_has_prefix (name, "README"))
      g_ptr_array_add (files, g_file_new_build_filename (dir, name, NULL));

  return files;
}

/* Twelve real articles of 800 to 1,500 words from a folder of saved pages
 * (the shared extraction corpus, when it is beside the project). */
static GPtrArray *
corpus_articles (const char *dir)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) d = dir ? g_dir_open (dir, 0, NULL) : NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint k;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (names, compare_names);

  for (k = 0; k < names->len && files->len < 12; k++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (names->pdata[k]);
      g_autoptr(PxArticle) article = px_import_file (file, NULL, NULL);
      const char *p;
      guint words = 0;

      if (article == NULL)
        continue;
      for (p = px_article_get_text (article, NULL); *p; p++)
        words += *p == ' ';
      if (words >= 800 && words <= 1500)
        g_ptr_array_add (files, g_steal_pointer (&file));
    }

  return files;
}

/* Twelve articles of about 1,000 words: the sample reports, lengthened by
 * repeating their paragraphs, written to a scratch folder. */
static GPtrArray *
long_articles (GPtrArray *samples)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *dir = g_dir_make_tmp ("parallax-bench-XXXXXX", NULL);
  guint k;

  for (k = 0; k < 12; k++)
    {
      GFile *sample = samples->pdata[k % samples->len];
      g_autoptr(PxArticle) article = px_import_file (sample, NULL, NULL);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *path = g_strdup_printf ("%s/article-%02u.txt", dir, k);
      const char *body;
      guint words = 0, round = 0;

      g_assert_nonnull (article);
      body = px_article_get_text (article, NULL);
      g_string_append_printf (text, "%s\n\n", px_article_get_title (article) ? px_article_get_title (article) : "Report");
      while (words < 1000)
        {
          const char *p;

          g_string_append_printf (text, "Update %u. %s\n\n", ++round, body);
          for (words = 0, p = text->str; *p; p++)
            words += *p == ' ';
        }
      g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
      g_ptr_array_add (files, g_file_new_for_path (path));
    }

  return files;
}

int
main (int    argc,
      char **argv)
{
  const char *samples_dir = argc > 1 ? argv[1] : "data/samples";
  g_autoptr(GPtrArray) samples = NULL;
  g_autoptr(GPtrArray) twelve = NULL;
  PxWindow *window;
  GdkFrameClock *clock;
  gint64 t0, t_frame, t_links;
  guint tick_id;
  gboolean renderer_given = g_getenv ("GSK_RENDERER") != NULL;

  /* As the application does before GTK starts. */
  px_application_choose_renderer ();
  gtk_init ();
  adw_init ();

  samples = sample_files (samples_dir);
  if (samples->len < 2)
    {
      g_printerr ("bench-window: no sample articles in %s\n", samples_dir);
      return 1;
    }
  twelve = corpus_articles (argc > 2 ? argv[2] : NULL);
  if (twelve->len < 12)
    {
      g_ptr_array_unref (twelve);
      twelve = long_articles (samples);
    }

  window = g_object_new (PX_TYPE_WINDOW, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  if (g_getenv ("PARALLAX_BENCH_TRACE") != NULL)
    {
      const char *phases[] = { "before-paint", "update", "layout", "paint", "after-paint" };
      guint i;

      for (i = 0; i < G_N_ELEMENTS (phases); i++)
        g_signal_connect (clock, phases[i], G_CALLBACK (phase_cb), (gpointer) phases[i]);
    }
  wait_for_paint (window);

  /* Two articles: first frame that shows them, then the one with links. */
  t0 = g_get_monotonic_time ();
  px_window_open_files (window, (GFile **) samples->pdata, 2);
  while (!all_loaded (window))
    g_main_context_iteration (NULL, TRUE);
  wait_for_paint (window);
  t_frame = g_get_monotonic_time ();
  while (!compared (window))
    g_main_context_iteration (NULL, TRUE);
  wait_for_paint (window);
  t_links = g_get_monotonic_time ();

  printf ("| stage (renderer: %s%s) | measure | value | target |\n|---|---|---|---|\n",
          G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))),
          renderer_given ? ", chosen by GSK_RENDERER" : ", as the app chooses");
  printf ("| open 2 articles | to the first frame showing them | %.0f ms | 300 ms |\n",
          (t_frame - t0) / 1e3);
  printf ("| open 2 articles | to the frame with links drawn | %.0f ms | — |\n",
          (t_links - t0) / 1e3);

  /* Twelve long articles: the main loop must keep running meanwhile. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-article", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-article", NULL);
  while (px_window_get_n_articles (window) > 0)
    g_main_context_iteration (NULL, TRUE);

  tick_id = g_timeout_add_full (G_PRIORITY_HIGH, 1, tick_cb, NULL, NULL);
  if (g_getenv ("PARALLAX_BENCH_TRACE") != NULL)
    {
      trace = g_array_new (FALSE, FALSE, sizeof (TraceEvent));
      trace_threshold = 1000 * MAX (1, atoi (g_getenv ("PARALLAX_BENCH_TRACE")));
      trace_event ("open");
    }
  longest_gap = 0;
  /* Creating the twelve columns counts too: it runs on the main loop. */
  t0 = last_tick = g_get_monotonic_time ();
  px_window_open_files (window, (GFile **) twelve->pdata, twelve->len);
  while (!all_loaded (window) || !compared (window))
    g_main_context_iteration (NULL, TRUE);
  wait_for_paint (window);
  g_source_remove (tick_id);

  printf ("| open 12 × 1,000 words | to the comparison shown | %.0f ms | — |\n",
          (g_get_monotonic_time () - t0) / 1e3);
  printf ("| open 12 × 1,000 words | longest main-loop stall | %.1f ms | 50 ms |\n",
          longest_gap / 1e3);
  printf ("| 12 articles open | resident memory | %.0f MB | 150 MB |\n", resident_kb () / 1024.0);

  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
