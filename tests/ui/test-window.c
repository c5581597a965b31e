/* test-window.c — the comparison window, driven in-process under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <math.h>
#include <string.h>

#include "px-application.h"
#include "px-preferences-window.h"
#include "px-window-private.h"

static SoupServer *server;
static GUri *server_base;

static const char page[] =
  "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
  "<title>Bridge reopens after repairs | Valley Courier</title>"
  "<meta property=\"og:site_name\" content=\"Valley Courier\"></head><body>"
  "<article><h1>Bridge reopens after repairs</h1>"
  "<p>The river bridge reopened to traffic on Thursday after eight weeks of repairs, the county said.</p>"
  "<p>Some 9,000 vehicles cross it every day.</p></article></body></html>";

static gboolean
resume_cb (gpointer data)
{
  SoupServerMessage *msg = data;

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "Too late.", 9);
  soup_server_message_unpause (msg);
  g_object_unref (msg);

  return G_SOURCE_REMOVE;
}

static void
handle_cb (SoupServer        *srv,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  if (g_str_equal (path, "/bridge"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                        page, strlen (page));
    }
  else if (g_str_equal (path, "/photo"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "image/jpeg", SOUP_MEMORY_STATIC,
                                        "\xff\xd8\xff\xe0", 4);
    }
  else if (g_str_equal (path, "/slow"))
    {
      soup_server_message_pause (msg);
      g_timeout_add (3000, resume_cb, g_object_ref (msg));
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

static char *
server_uri (const char *path)
{
  g_autoptr(GUri) uri = g_uri_parse_relative (server_base, path, G_URI_FLAGS_NONE, NULL);

  return g_uri_to_string (uri);
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

static PxWindow *
new_window (void)
{
  PxWindow *window = g_object_new (PX_TYPE_WINDOW, NULL);

  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);

  return window;
}

static void
destroy_window (PxWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (GTK_WINDOW (window));
  while (window != NULL)
    g_main_context_iteration (NULL, FALSE);
}

static guint
count_loaded (PxWindow *window)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (window);
  guint loaded = 0;
  guint i;

  for (i = 0; i < columns->len; i++)
    loaded += !px_article_column_is_loading (columns->pdata[i]);

  return loaded;
}

/* Runs the main loop until no column is loading any more. */
static void
wait_for_loads (PxWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  for (;;)
    {
      g_autoptr(GPtrArray) columns = _px_window_list_columns (window);

      if (count_loaded (window) == columns->len)
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static PxArticleColumn *
column_at (PxWindow *window,
           guint     index)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (window);

  g_assert_cmpuint (index, <, columns->len);

  return columns->pdata[index];
}

static void
drop_value (PxWindow     *window,
            const GValue *value)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (window->drop_target, "drop", value, 10.0, 10.0, &handled);
  g_assert_true (handled);
}

static void
test_empty_state (void)
{
  PxWindow *window = new_window ();

  g_assert_cmpuint (px_window_get_n_articles (window), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "empty");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->empty_page)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  g_assert_cmpstr (adw_status_page_get_title (window->empty_page), ==, "Compare News Coverage");

  destroy_window (window);
}

static void
test_open_files (void)
{
  PxWindow *window = new_window ();
  g_autofree char *a = fixture_path ("page.mhtml");
  g_autofree char *b = fixture_path ("cp1252.txt");
  g_autoptr(GFile) fa = g_file_new_for_path (a);
  g_autoptr(GFile) fb = g_file_new_for_path (b);
  GFile *files[] = { fa, fb };
  PxArticleColumn *first;

  px_window_open_files (window, files, 2);
  g_assert_cmpuint (px_window_get_n_articles (window), ==, 2);
  wait_for_loads (window);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "columns");
  first = column_at (window, 0);
  g_assert_cmpstr (px_article_get_title (px_article_column_get_article (first)), ==,
                   "Harbour crane collapses");
  g_assert_cmpstr (px_article_column_get_source (column_at (window, 1)), ==, b);

  destroy_window (window);
}

static void
test_unreadable_file (void)
{
  PxWindow *window = new_window ();
  g_autoptr(GFile) missing = g_file_new_for_path ("/no/such/dir/article.txt");
  g_autofree char *binary = fixture_path ("binary.dat");
  g_autoptr(GFile) fbinary = g_file_new_for_path (binary);
  GFile *files[] = { missing, fbinary };

  px_window_open_files (window, files, 2);
  wait_for_loads (window);

  /* Both refused with a message; the window is left as it was. */
  g_assert_cmpuint (px_window_get_n_articles (window), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "empty");
  g_assert_nonnull (strstr (window->last_toast, "not text"));

  destroy_window (window);
}

static void
test_drop_file_list (void)
{
  PxWindow *window = new_window ();
  g_autofree char *a = fixture_path ("utf8-bom.txt");
  g_autoptr(GFile) file = g_file_new_for_path (a);
  GSList list = { file, NULL };
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, &list);
  drop_value (window, &value);
  wait_for_loads (window);

  g_assert_cmpuint (px_window_get_n_articles (window), ==, 1);
  g_assert_cmpstr (px_article_get_text (px_article_column_get_article (column_at (window, 0)), NULL),
                   ==, "Señal débil en Ñuñoa.");

  destroy_window (window);
}

static void
test_drop_text (void)
{
  PxWindow *window = new_window ();
  g_auto(GValue) value = G_VALUE_INIT;
  PxArticleColumn *column;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, "Storm closes schools\n\nAll schools in the district closed on Monday.");
  drop_value (window, &value);
  wait_for_loads (window);

  g_assert_cmpuint (px_window_get_n_articles (window), ==, 1);
  column = column_at (window, 0);
  g_assert_null (px_article_column_get_source (column));
  g_assert_nonnull (strstr (px_article_get_text (px_article_column_get_article (column), NULL),
                            "All schools in the district closed on Monday."));

  destroy_window (window);
}

static void
test_drop_links (void)
{
  PxWindow *window = new_window ();
  g_autofree char *good = server_uri ("/bridge");
  g_autofree char *missing = server_uri ("/gone");
  g_autofree char *photo = server_uri ("/photo");
  g_auto(GValue) value = G_VALUE_INIT;
  PxArticle *article;

  /* A link dropped from a browser arrives as a URI string. */
  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, good);
  drop_value (window, &value);
  wait_for_loads (window);
  g_assert_cmpuint (px_window_get_n_articles (window), ==, 1);
  article = px_article_column_get_article (column_at (window, 0));
  g_assert_nonnull (strstr (px_article_get_text (article, NULL), "reopened to traffic on Thursday"));

  /* A 404 and a photo: refused with the reason, the first column untouched. */
  g_value_set_string (&value, missing);
  drop_value (window, &value);
  wait_for_loads (window);
  g_assert_cmpuint (px_window_get_n_articles (window), ==, 1);
  g_assert_nonnull (strstr (window->last_toast, "404"));

  g_value_set_string (&value, photo);
  drop_value (window, &value);
  wait_for_loads (window);
  g_assert_cmpuint (px_window_get_n_articles (window), ==, 1);
  g_assert_nonnull (strstr (window->last_toast, "image/jpeg"));

  /* Other schemes are refused outright. */
  g_value_set_string (&value, "javascript:alert(1)");
  drop_value (window, &value);
  g_assert_cmpuint (px_window_get_n_articles (window), ==, 1);
  g_assert_nonnull (strstr (window->last_toast, "javascript"));

  g_assert_true (px_article_column_get_article (column_at (window, 0)) == article);

  destroy_window (window);
}

static void
test_slow_link_cancelled (void)
{
  PxWindow *window = new_window ();
  g_autofree char *slow = server_uri ("/slow");
  GCancellable *cancellable;
  PxArticleColumn *column;

  px_window_add_link (window, slow);
  g_assert_cmpuint (px_window_get_n_articles (window), ==, 1);
  column = column_at (window, 0);
  g_assert_true (px_article_column_is_loading (column));
  cancellable = g_object_ref (px_article_column_get_cancellable (column));

  /* Closing the loading column cancels its fetch. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-article", NULL);
  g_assert_cmpuint (px_window_get_n_articles (window), ==, 0);
  g_assert_true (g_cancellable_is_cancelled (cancellable));
  g_object_unref (cancellable);

  destroy_window (window);
}

static void
test_close_and_reorder (void)
{
  PxWindow *window = new_window ();
  const char *texts[] = { "First report.", "Second report.", "Third report." };
  PxArticleColumn *a, *b, *c;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    px_window_add_text (window, texts[i]);
  wait_for_loads (window);
  a = column_at (window, 0);
  b = column_at (window, 1);
  c = column_at (window, 2);

  /* Alt+Shift+Right on the first column moves it after the second. */
  gtk_widget_grab_focus (GTK_WIDGET (px_article_column_get_text_view (a)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-article-right", NULL);
  g_assert_true (column_at (window, 0) == b);
  g_assert_true (column_at (window, 1) == a);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-article-right", NULL);
  g_assert_true (column_at (window, 2) == a);
  /* Already last: nothing moves. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-article-right", NULL);
  g_assert_true (column_at (window, 2) == a);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-article-left", NULL);
  g_assert_true (column_at (window, 1) == a);
  g_assert_true (column_at (window, 2) == c);

  /* Ctrl+W closes the focused one; the focus goes to a neighbour. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-article", NULL);
  g_assert_cmpuint (px_window_get_n_articles (window), ==, 2);
  g_assert_true (column_at (window, 0) == b);
  g_assert_true (column_at (window, 1) == c);
  g_assert_true (_px_window_get_current_column (window) == c);

  destroy_window (window);
}

static GtkDropTarget *
column_drop_target (PxArticleColumn *column)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (column));
  guint k;

  for (k = 0; k < g_list_model_get_n_items (controllers); k++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, k);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

static void
test_drag_reorder (void)
{
  PxWindow *window = new_window ();
  g_auto(GValue) value = G_VALUE_INIT;
  PxArticleColumn *a, *b, *c;
  GtkDropTarget *target;
  gboolean handled = FALSE;

  px_window_add_text (window, "First report.");
  px_window_add_text (window, "Second report.");
  px_window_add_text (window, "Third report.");
  wait_for_loads (window);
  a = column_at (window, 0);
  b = column_at (window, 1);
  c = column_at (window, 2);

  /* The first column's header dragged onto the third: it goes last. */
  target = column_drop_target (c);
  g_assert_nonnull (target);
  g_value_init (&value, PX_TYPE_ARTICLE_COLUMN);
  g_value_set_object (&value, a);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &handled);
  g_assert_true (handled);
  g_assert_true (column_at (window, 0) == b);
  g_assert_true (column_at (window, 1) == c);
  g_assert_true (column_at (window, 2) == a);

  destroy_window (window);
}

static void
test_at_most_twelve (void)
{
  PxWindow *window = new_window ();
  guint i;

  for (i = 0; i < PX_WINDOW_MAX_ARTICLES + 2; i++)
    px_window_add_text (window, "A short report.");
  wait_for_loads (window);

  g_assert_cmpuint (px_window_get_n_articles (window), ==, PX_WINDOW_MAX_ARTICLES);
  g_assert_nonnull (strstr (window->last_toast, "12"));

  destroy_window (window);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void open_samples_no_wait (PxWindow *window);

static void
open_samples (PxWindow *window)
{
  open_samples_no_wait (window);
  wait_for_loads (window);
}

static void
open_samples_no_wait (PxWindow *window)
{
  const char *dir = g_getenv ("PARALLAX_SAMPLES");
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint i;

  g_assert_nonnull (dir);
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (!g_str_has_prefix (name, "README"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (i = 0; i < names->len; i++)
    g_ptr_array_add (files, g_file_new_build_filename (dir, names->pdata[i], NULL));

  px_window_open_files (window, (GFile **) files->pdata, files->len);
}

/* Runs the main loop until the analysis of the loaded articles is shown. */
static void
wait_for_comparison (PxWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (window->comparison == NULL ||
         px_comparison_get_n_articles (window->comparison) != px_window_get_n_articles (window) ||
         gtk_spinner_get_spinning (window->analysis_spinner))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  /* Let the columns lay out their text before measuring. */
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until a new frame is drawn. Only the window is asked
 * to draw again: what its children drew stays as they left it, so this
 * shows whether a change reached the screen. */
static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

static void
wait_for_frame (PxWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);

  gtk_widget_queue_draw (GTK_WIDGET (window));
  while (!painted)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_signal_handler_disconnect (clock, handler);
}

static guint
count_links_between (PxComparison *comparison,
                     int           x,
                     int           y,
                     double        min_score)
{
  const PxLink *links;
  guint n, k, count = 0;

  links = px_comparison_get_links (comparison, &n);
  for (k = 0; k < n; k++)
    if (((int) links[k].a == x && (int) links[k].b == y) ||
        ((int) links[k].a == y && (int) links[k].b == x))
      count += links[k].score >= min_score;

  return count;
}

/* Each column stacks its header card over its text, the card as tall as
 * its wrapped title needs, the text taking the rest, at whatever width. */
static void
test_column_layout (void)
{
  PxWindow *window = new_window ();
  g_autoptr(GPtrArray) columns = NULL;
  guint i;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  open_samples (window);
  wait_for_comparison (window);
  wait_for_frame (window);
  columns = _px_window_list_columns (window);

  for (i = 0; i < columns->len; i++)
    {
      GtkWidget *column = columns->pdata[i];
      GtkWidget *card = gtk_widget_get_first_child (column);
      GtkWidget *text = gtk_widget_get_next_sibling (card);
      graphene_rect_t card_box, text_box;
      int card_min, card_nat, column_min;

      g_assert_true (gtk_widget_compute_bounds (card, column, &card_box));
      g_assert_true (gtk_widget_compute_bounds (text, column, &text_box));
      gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (column),
                          &card_min, &card_nat, NULL, NULL);
      gtk_widget_measure (column, GTK_ORIENTATION_HORIZONTAL, -1, &column_min, NULL, NULL, NULL);

      g_assert_cmpint (gtk_widget_get_width (column), >=, 340);
      g_assert_cmpint (column_min, >=, 340);
      /* The card (its margins inside its bounds' offset) has its natural
       * height, and the text starts below it and ends at the column's foot. */
      g_assert_cmpfloat (card_box.size.height, >=, card_nat - 12 - 0.5);
      g_assert_cmpfloat (card_box.size.height, <=, card_nat + 0.5);
      g_assert_cmpfloat (text_box.origin.y, >=, card_box.origin.y + card_box.size.height);
      g_assert_cmpfloat (fabs (text_box.origin.y + text_box.size.height - gtk_widget_get_height (column)), <, 0.5);
      g_assert_cmpfloat (text_box.size.height, >, 200);
      g_assert_cmpfloat (card_box.size.width, <=, gtk_widget_get_width (column));
    }

  destroy_window (window);
}

/* Files opened together are read a few at a time, leaving the window's
 * thread a processor; closing a column whose file waits its turn keeps the
 * queue moving, and every other file is read. */
static void
test_reading_queue (void)
{
  PxWindow *window = new_window ();
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint limit = MAX (1, g_get_num_processors () - 1);
  g_autoptr(PxArticleColumn) closed = NULL;
  guint waiting, n;

  open_samples_no_wait (window);
  n = px_window_get_n_articles (window);
  g_assert_cmpuint (_px_window_get_n_reading (&waiting), ==, MIN (limit, n));
  g_assert_cmpuint (waiting, ==, n - MIN (limit, n));

  closed = g_object_ref (column_at (window, n - 1));
  _px_window_close_column (window, closed);
  g_assert_true (g_cancellable_is_cancelled (px_article_column_get_cancellable (closed)));
  while (count_loaded (window) < px_window_get_n_articles (window))
    {
      g_assert_cmpuint (_px_window_get_n_reading (NULL), <=, limit);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  while (_px_window_get_n_reading (&waiting) > 0 || waiting > 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpuint (px_window_get_n_articles (window), ==, n - 1);
  destroy_window (window);

  /* Files still waiting when their window closes leave the queue empty. */
  window = new_window ();
  open_samples_no_wait (window);
  destroy_window (window);
  while (_px_window_get_n_reading (&waiting) > 0 || waiting > 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static guint
count_compared (PxWindow *window)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (window);
  guint compared = 0;
  guint i;

  for (i = 0; i < columns->len; i++)
    compared += window->comparison != NULL &&
                px_article_column_get_comparison (columns->pdata[i]) == window->comparison;

  return compared;
}

/* Columns take their text, and then the comparison, one at a time with a
 * frame drawn in between: no pass of the main loop does two columns' work,
 * which is what keeps the window drawing while many articles arrive. */
typedef struct {
  guint since_paint;   /* columns changed since the last frame was drawn */
  guint most;          /* the most between two frames */
  guint changes;
} Pace;

static void
pace_painted_cb (GdkFrameClock *clock,
                 Pace          *pace)
{
  pace->since_paint = 0;
}

static void
pace_changed_cb (GObject    *column,
                 GParamSpec *pspec,
                 Pace       *pace)
{
  pace->changes++;
  pace->since_paint++;
  pace->most = MAX (pace->most, pace->since_paint);
}

static void
test_one_column_a_frame (void)
{
  PxWindow *window = new_window ();
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  g_autoptr(GPtrArray) columns = NULL;
  Pace fills = { 0 }, comparisons = { 0 };
  guint i, n;

  open_samples_no_wait (window);
  columns = _px_window_list_columns (window);
  n = columns->len;
  g_assert_cmpuint (n, >=, 3);
  g_signal_connect (clock, "after-paint", G_CALLBACK (pace_painted_cb), &fills);
  g_signal_connect (clock, "after-paint", G_CALLBACK (pace_painted_cb), &comparisons);
  for (i = 0; i < n; i++)
    {
      g_signal_connect (columns->pdata[i], "notify::article", G_CALLBACK (pace_changed_cb), &fills);
      g_signal_connect (columns->pdata[i], "notify::comparison", G_CALLBACK (pace_changed_cb), &comparisons);
    }

  while (count_loaded (window) < n || count_compared (window) < n)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  g_assert_cmpuint (fills.changes, ==, n);
  g_assert_cmpuint (comparisons.changes, >=, n);
  g_assert_cmpuint (fills.most, ==, 1);
  g_assert_cmpuint (comparisons.most, ==, 1);

  g_signal_handlers_disconnect_by_data (clock, &fills);
  g_signal_handlers_disconnect_by_data (clock, &comparisons);
  for (i = 0; i < n; i++)
    {
      g_signal_handlers_disconnect_by_data (columns->pdata[i], &fills);
      g_signal_handlers_disconnect_by_data (columns->pdata[i], &comparisons);
    }
  destroy_window (window);
}

static gboolean
slow_frame_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  g_usleep (40 * 1000);
  return G_SOURCE_CONTINUE;
}

/* When every frame takes longer than the frame interval the main loop is
 * never idle: the columns fill and take the comparison all the same. */
static void
test_fills_when_never_idle (void)
{
  PxWindow *window = new_window ();
  guint tick = gtk_widget_add_tick_callback (GTK_WIDGET (window), slow_frame_cb, NULL, NULL);

  open_samples (window);
  wait_for_comparison (window);
  g_assert_cmpuint (count_compared (window), ==, px_window_get_n_articles (window));

  gtk_widget_remove_tick_callback (GTK_WIDGET (window), tick);
  destroy_window (window);
}

/* Moving a column compares the articles again in the new order, which the
 * reports, the print-out and the panels follow: what is exported or
 * printed reads in the order on screen. */
static void
test_reorder_compares_again (void)
{
  PxWindow *window = new_window ();
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  PxComparison *before;
  PxArticleColumn *first;
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GPtrArray) bands = NULL;
  guint i;

  open_samples (window);
  wait_for_comparison (window);
  before = window->comparison;
  first = column_at (window, 0);

  gtk_widget_grab_focus (GTK_WIDGET (px_article_column_get_text_view (first)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-article-right", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.move-article-right", NULL);
  g_assert_true (column_at (window, 2) == first);
  while (window->comparison == before || count_compared (window) < px_window_get_n_articles (window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  wait_for_comparison (window);

  columns = _px_window_list_columns (window);
  g_assert_cmpuint (px_comparison_get_n_articles (window->comparison), ==, columns->len);
  for (i = 0; i < columns->len; i++)
    {
      g_assert_true (px_comparison_get_article (window->comparison, i) ==
                     px_article_column_get_article (columns->pdata[i]));
      g_assert_cmpint (px_article_column_get_index (columns->pdata[i]), ==, i);
    }

  /* The bands show the new comparison's links, not what they worked out
   * while one column had it and its neighbour not yet. */
  wait_for_frame (window);
  bands = _px_window_list_bands (window);
  for (i = 0; i < bands->len; i++)
    {
      g_assert_cmpuint (px_link_bands_count_links (bands->pdata[i], FALSE), >, 0);
      g_assert_cmpuint (px_link_bands_get_n_drawn (bands->pdata[i]), >, 0);
    }

  destroy_window (window);
}

/* Drawn with cairo (as the tests are, and as the app chooses without a
 * GPU) the columns replace the empty page at once and the panel opens at
 * once: an animation would redraw the whole window in software for each of
 * its frames. With a GPU they animate. */
static void
test_animations_follow_renderer (void)
{
  PxWindow *window = new_window ();

  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (gtk_native_get_renderer (GTK_NATIVE (window)),
                                             GSK_TYPE_CAIRO_RENDERER));
  g_assert_cmpint (gtk_stack_get_transition_type (window->main_stack), ==, GTK_STACK_TRANSITION_TYPE_NONE);
  g_assert_cmpuint (gtk_revealer_get_transition_duration (window->differences_revealer), ==, 0);
  g_assert_cmpuint (gtk_revealer_get_transition_duration (window->events_revealer), ==, 0);

  px_window_add_text (window, "A short report.");
  px_window_add_text (window, "Another short report.");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "columns");
  g_assert_false (gtk_stack_get_transition_running (window->main_stack));
  wait_for_loads (window);

  /* Hidden at once, and taking no room: the notice of events and the panel. */
  g_object_set (window, "show-differences", FALSE, NULL);
  g_assert_false (gtk_revealer_get_child_revealed (window->differences_revealer));
  wait_for_frame (window);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->differences_revealer)), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (window->events_revealer));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window->events_revealer)), ==, 0);

  _px_window_set_animated (window, TRUE);
  g_assert_cmpint (gtk_stack_get_transition_type (window->main_stack), ==, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  g_assert_cmpuint (gtk_revealer_get_transition_duration (window->differences_revealer), >, 0);

  destroy_window (window);
}

static void
test_link_bands (void)
{
  PxWindow *window = new_window ();
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  g_autoptr(GPtrArray) bands = NULL;
  PxComparison *before;
  guint i;

  g_object_set (window, "compare-across-events", TRUE, NULL);
  open_samples (window);
  wait_for_comparison (window);

  bands = _px_window_list_bands (window);
  g_assert_cmpuint (bands->len, ==, px_window_get_n_articles (window) - 1);
  wait_for_frame (window);

  for (i = 0; i < bands->len; i++)
    {
      int x = px_article_column_get_index (column_at (window, i));
      int y = px_article_column_get_index (column_at (window, i + 1));
      guint shown = px_link_bands_count_links (bands->pdata[i], FALSE);
      guint visible = px_link_bands_count_links (bands->pdata[i], TRUE);

      /* Every link that states a fact is drawn, and no link weaker than
       * the "only in this source" line; some are on screen. */
      g_assert_cmpuint (shown, >=, count_links_between (window->comparison, x, y,
                                                        PX_COMPARE_FACT_THRESHOLD));
      g_assert_cmpuint (shown, <=, count_links_between (window->comparison, x, y,
                                                        PX_COMPARE_UNIQUE_THRESHOLD));
      g_assert_cmpuint (visible, >, 0);
      g_assert_cmpuint (visible, <=, shown);
      /* and they are on the screen, not only counted. */
      g_assert_cmpuint (px_link_bands_get_n_drawn (bands->pdata[i]), >, 0);
      g_assert_cmpuint (px_link_bands_get_n_drawn (bands->pdata[i]), <=, shown);
    }

  /* Compared again, the same bands between the same columns: they show
   * the new comparison, not what they worked out while it reached one
   * column of the two and not yet the other. */
  before = window->comparison;
  _px_window_schedule_comparison (window);
  while (window->comparison == before || count_compared (window) < px_window_get_n_articles (window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  wait_for_frame (window);
  for (i = 0; i < bands->len; i++)
    g_assert_cmpuint (px_link_bands_get_n_drawn (bands->pdata[i]), >, 0);

  destroy_window (window);
}

static char *
selection_of (PxArticleColumn *column)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_article_column_get_text_view (column));
  GtkTextIter start, end;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return NULL;

  return gtk_text_iter_get_text (&start, &end);
}

static void
test_next_difference (void)
{
  PxWindow *window = new_window ();
  const PxDifference *diffs;
  guint n_shown, n;
  int first, second;
  g_autofree char *selected = NULL;

  g_object_set (window, "compare-across-events", TRUE, "show-differences", TRUE, NULL);
  open_samples (window);
  wait_for_comparison (window);

  n_shown = px_differences_panel_get_n_shown (window->differences_panel);
  g_assert_cmpuint (n_shown, >=, 2);
  diffs = px_comparison_get_differences (window->comparison, &n);

  /* Alt+Down: the first difference, both sides selected in their columns. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL);
  g_assert_cmpint (px_differences_panel_get_selected (window->differences_panel), ==, 0);
  first = px_differences_panel_get_shown (window->differences_panel, 0);
  if (diffs[first].left.end > diffs[first].left.start)
    {
      PxArticleColumn *left = NULL;
      guint i;

      for (i = 0; i < px_window_get_n_articles (window); i++)
        if (px_article_column_get_index (column_at (window, i)) == (int) diffs[first].a)
          left = column_at (window, i);
      g_assert_nonnull (left);
      selected = selection_of (left);
      g_assert_cmpstr (selected, ==, diffs[first].left_text);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL);
  g_assert_cmpint (px_differences_panel_get_selected (window->differences_panel), ==, 1);
  second = px_differences_panel_get_shown (window->differences_panel, 1);
  g_assert_cmpint (second, !=, first);

  /* Alt+Up twice: back to the first, then round to the last. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-difference", NULL);
  g_assert_cmpint (px_differences_panel_get_selected (window->differences_panel), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-difference", NULL);
  g_assert_cmpint (px_differences_panel_get_selected (window->differences_panel), ==, n_shown - 1);

  /* Back to the first row, then the second, before filtering. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-difference", NULL);
  g_assert_cmpint (px_differences_panel_get_selected (window->differences_panel), ==, 1);

  /* The kind filter: only figures listed. */
  px_differences_panel_set_kind_filter (window->differences_panel, PX_DIFFERENCE_FIGURE);
  n_shown = px_differences_panel_get_n_shown (window->differences_panel);
  g_assert_cmpuint (n_shown, >, 0);
  for (guint k = 0; k < n_shown; k++)
    g_assert_cmpint (diffs[px_differences_panel_get_shown (window->differences_panel, k)].kind, ==,
                     PX_DIFFERENCE_FIGURE);
  /* A new filter clears the selection: stepping starts from the ends of
   * the new list, not from the row selected before. */
  g_assert_cmpuint (n_shown, >=, 2);
  g_assert_cmpint (px_differences_panel_get_selected (window->differences_panel), ==, -1);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-difference", NULL);
  g_assert_cmpint (px_differences_panel_get_selected (window->differences_panel), ==, n_shown - 1);

  /* F9 hides and shows the panel. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-differences", NULL);
  g_assert_false (gtk_revealer_get_reveal_child (window->differences_revealer));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-differences", NULL);
  g_assert_true (gtk_revealer_get_reveal_child (window->differences_revealer));

  destroy_window (window);
}

/* The visible label under @widget that says @words, or NULL. */
static GtkLabel *
find_visible_label (GtkWidget  *widget,
                    const char *words)
{
  GtkWidget *child;

  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_label (GTK_LABEL (widget)), words) != NULL)
    return GTK_LABEL (widget);
  for (child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_visible_label (child, words);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A limit that held is said in the column it concerns, not elsewhere:
 * here a saved page that was read only up to the element limit. */
static void
test_limits_shown (void)
{
  PxWindow *window = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("parallax-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cut.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkLabel *label;

  g_assert_true (g_file_set_contents (path,
    "{\"parallax\": 1, \"articles\": ["
    "{\"source\": \"https://example.org/long\", \"left_out\": 12,"
    " \"paragraphs\": [\"Harbour crane 4 was repaired on Tuesday.\"]},"
    "{\"source\": \"short.txt\", \"paragraphs\": [\"The harbour crane was repaired.\"]}]}",
    -1, NULL));

  px_window_open_files (window, &file, 1);
  wait_for_loads (window);
  wait_for_comparison (window);
  g_assert_cmpuint (px_window_get_n_articles (window), ==, 2);

  label = find_visible_label (GTK_WIDGET (column_at (window, 0)), "The page has more than");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_label (label), ==,
                   "The page has more than 500000 elements: only the text of the first 500000 "
                   "was read");
  g_assert_null (find_visible_label (GTK_WIDGET (column_at (window, 1)), "The page has more than"));
  g_assert_null (find_visible_label (GTK_WIDGET (column_at (window, 1)), "Only the first"));

  destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
sentence_has_tag (PxArticleColumn *column,
                  guint            sentence,
                  const char      *tag_name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_article_column_get_text_view (column));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  PxComparison *comparison = px_article_column_get_comparison (column);
  const PxRange *sentences;
  const char *text;
  GtkTextIter iter;
  guint n;

  sentences = px_comparison_get_sentences (comparison, px_article_column_get_index (column), &n);
  text = px_article_get_text (px_article_column_get_article (column), NULL);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                      g_utf8_pointer_to_offset (text, text + sentences[sentence].start));

  return gtk_text_iter_has_tag (&iter, tag);
}

/* How many stretches of a column's text carry a tag. */
static guint
count_tagged (PxArticleColumn *column,
              const char      *tag_name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (px_article_column_get_text_view (column));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GtkTextIter iter;
  guint count = 0;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    count += gtk_text_iter_starts_tag (&iter, tag);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  count += gtk_text_iter_starts_tag (&iter, tag);

  return count;
}

static void
test_hover_lights_counterparts (void)
{
  PxWindow *window = new_window ();
  PxArticleColumn *first, *other = NULL;
  const PxSentenceRef *members = NULL;
  guint n = 0, k, f;

  g_object_set (window, "compare-across-events", TRUE, NULL);
  open_samples (window);
  wait_for_comparison (window);

  /* A fact reported by the first column and another one. */
  first = column_at (window, 0);
  for (f = 0; f < px_comparison_get_n_facts (window->comparison); f++)
    {
      members = px_comparison_get_fact (window->comparison, f, &n);
      if (members[0].a == (guint) px_article_column_get_index (first))
        break;
    }
  g_assert_cmpuint (f, <, px_comparison_get_n_facts (window->comparison));

  g_signal_emit_by_name (first, "sentence-hovered", (int) members[0].i);
  for (k = 1; k < n; k++)
    {
      guint i;

      for (i = 0; i < px_window_get_n_articles (window); i++)
        if (px_article_column_get_index (column_at (window, i)) == (int) members[k].a)
          other = column_at (window, i);
      g_assert_nonnull (other);
      g_assert_true (sentence_has_tag (other, members[k].i, "counterpart"));
    }

  /* Leaving the text clears the highlight. */
  g_signal_emit_by_name (first, "sentence-hovered", -1);
  g_assert_false (sentence_has_tag (other, members[n - 1].i, "counterpart"));

  destroy_window (window);
}

static void
test_export (void)
{
  static const struct {
    const char *name;
    const char *start;
  } files[] = {
    { "report.html", "<!DOCTYPE html>" },
    { "report.md", "# Comparison of 4 articles" },
    { "report.json", "{\"version\":1," },
    { "figures.csv", "\"Quantity\"," },
  };
  PxWindow *window = new_window ();
  guint k;

  open_samples (window);
  wait_for_comparison (window);

  for (k = 0; k < G_N_ELEMENTS (files); k++)
    {
      g_autofree char *path = g_build_filename (g_get_tmp_dir (), files[k].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *contents = NULL;

      g_clear_pointer (&window->last_toast, g_free);
      _px_window_export (window, file);
      while (window->last_toast == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_true (g_str_has_prefix (window->last_toast, "Exported to"));

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_true (g_str_has_prefix (contents, files[k].start));
    }

  destroy_window (window);
}

static void
test_save_and_reopen (void)
{
  PxWindow *window = new_window ();
  PxWindow *reopened;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "samples.parallax", NULL);
  g_autofree char *damaged = g_build_filename (g_get_tmp_dir (), "damaged.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) damaged_file = g_file_new_for_path (damaged);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n, k;

  g_object_set (window, "compare-across-events", TRUE, NULL);
  open_samples (window);
  wait_for_comparison (window);
  n = px_window_get_n_articles (window);

  g_clear_pointer (&window->last_toast, g_free);
  _px_window_save (window, file);
  while (window->last_toast == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_str_has_prefix (window->last_toast, "Saved as"));

  /* Reopened in a fresh window: the same articles, in the same order. */
  reopened = new_window ();
  g_object_set (reopened, "compare-across-events", FALSE, NULL);
  px_window_open_files (reopened, &file, 1);
  while (px_window_get_n_articles (reopened) < n)
    g_main_context_iteration (NULL, TRUE);
  wait_for_loads (reopened);
  wait_for_comparison (reopened);
  g_assert_cmpuint (px_window_get_n_articles (reopened), ==, n);
  for (k = 0; k < n; k++)
    g_assert_cmpstr (px_article_get_text (px_article_column_get_article (column_at (window, k)), NULL), ==,
                     px_article_get_text (px_article_column_get_article (column_at (reopened, k)), NULL));
  /* The view state came back too. */
  g_assert_true (gtk_switch_get_active (reopened->across_switch));

  /* A damaged file is refused with a message and left as it was. */
  g_assert_true (g_file_set_contents (damaged, "{\"parallax\": 1, \"articles\": [", -1, NULL));
  g_assert_true (g_file_get_contents (damaged, &before, NULL, NULL));
  g_clear_pointer (&reopened->last_toast, g_free);
  px_window_open_files (reopened, &damaged_file, 1);
  while (reopened->last_toast == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (reopened->last_toast, "damaged"));
  g_assert_cmpuint (px_window_get_n_articles (reopened), ==, n);
  g_assert_true (g_file_get_contents (damaged, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  destroy_window (reopened);
  destroy_window (window);
}

static void
test_figures_view (void)
{
  PxWindow *window = new_window ();
  GtkWidget *cell = NULL;
  PxArticleColumn *column = NULL;
  g_autofree char *selected = NULL;
  guint row, rows, a, cells = 0, i;

  g_object_set (window, "compare-across-events", TRUE, NULL);
  open_samples (window);
  wait_for_comparison (window);

  /* The samples' death toll, given by every report, is one row. */
  rows = px_figures_view_get_n_rows (window->figures_view);
  for (row = 0; row < rows; row++)
    if (g_strcmp0 (px_figures_view_get_row_label (window->figures_view, row), "people killed") == 0)
      break;
  g_assert_cmpuint (row, <, rows);
  for (a = 0; a < px_window_get_n_articles (window); a++)
    if ((cell = px_figures_view_get_cell (window->figures_view, row, a)) != NULL)
      cells++;
  g_assert_cmpuint (cells, >=, 3);

  /* Clicking a cell shows its sentence in the text, the figure selected. */
  adw_view_stack_set_visible_child_name (window->view_stack, "figures");
  for (a = 0; (cell = px_figures_view_get_cell (window->figures_view, row, a)) == NULL; a++)
    ;
  g_signal_emit_by_name (cell, "clicked");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "text");
  for (i = 0; i < px_window_get_n_articles (window); i++)
    if (px_article_column_get_index (column_at (window, i)) == (int) a)
      column = column_at (window, i);
  g_assert_nonnull (column);
  selected = selection_of (column);
  g_assert_cmpstr (selected, ==, gtk_button_get_label (GTK_BUTTON (cell)));

  destroy_window (window);
}

static void
test_print_to_pdf (void)
{
  PxWindow *window = new_window ();
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "comparison.pdf", NULL);
  g_autofree char *pdf = NULL;
  gsize len = 0;
  guint pages = 0;
  const char *p;

  open_samples (window);
  wait_for_comparison (window);

  g_assert_true (_px_window_print (window, path));
  g_assert_true (g_file_get_contents (path, &pdf, &len, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  /* Four articles do not fit side by side: one after another, then the
   * differences and figures. A PDF has NUL bytes: search it as bytes. */
  for (p = pdf; p + 11 < pdf + len; p++)
    if (memcmp (p, "/Type /Page", 11) == 0 && p[11] != 's')
      pages++;
  g_assert_cmpuint (pages, >=, 5);

  destroy_window (window);
}

static void
test_preferences_apply_live (void)
{
  PxWindow *window = new_window ();
  g_autoptr(GSettings) settings = g_settings_new ("io.github.parallax.Parallax");
  GtkWidget *preferences;
  PxComparison *before;
  guint i, figures = 0;
  int k;

  g_object_set (window, "compare-across-events", TRUE, NULL);
  open_samples (window);
  wait_for_comparison (window);
  for (i = 0; i < px_window_get_n_articles (window); i++)
    figures += px_article_column_count_marks (column_at (window, i), PX_DIFFERENCE_FIGURE);
  g_assert_cmpuint (figures, >, 0);

  /* The preferences window builds, with every kind switched on. */
  preferences = px_preferences_window_new (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (preferences));

  /* Figures unmarked: gone from the text and from the panel at once. */
  g_settings_set_strv (settings, "marked-kinds",
                       (const char * const[]) { "name", "hedge", "negation", "attribution", "date", "quote", NULL });
  for (i = 0; i < px_window_get_n_articles (window); i++)
    {
      g_assert_cmpuint (px_article_column_count_marks (column_at (window, i), PX_DIFFERENCE_FIGURE), ==, 0);
      g_assert_cmpuint (count_tagged (column_at (window, i), "figure"), ==, 0);
    }
  for (k = 0; k < (int) px_differences_panel_get_n_shown (window->differences_panel); k++)
    {
      guint n;
      const PxDifference *diffs = px_comparison_get_differences (window->comparison, &n);

      g_assert_cmpint (diffs[px_differences_panel_get_shown (window->differences_panel, k)].kind, !=,
                       PX_DIFFERENCE_FIGURE);
    }
  g_settings_reset (settings, "marked-kinds");
  for (i = 0, figures = 0; i < px_window_get_n_articles (window); i++)
    figures += px_article_column_count_marks (column_at (window, i), PX_DIFFERENCE_FIGURE);
  g_assert_cmpuint (figures, >, 0);

  /* A stricter alignment compares again. */
  before = window->comparison;
  g_settings_set_enum (settings, "strictness", 0);
  g_assert_true (gtk_spinner_get_spinning (window->analysis_spinner));
  wait_for_comparison (window);
  g_assert_true (window->comparison != before);
  g_settings_reset (settings, "strictness");
  wait_for_comparison (window);

  /* Fetching off: a link is refused without touching the network. */
  g_settings_set_boolean (settings, "allow-network", FALSE);
  px_window_add_link (window, "https://example.org/news");
  g_assert_nonnull (strstr (window->last_toast, "turned off"));
  g_settings_reset (settings, "allow-network");

  gtk_window_destroy (GTK_WINDOW (preferences));
  destroy_window (window);
}

static void
test_interrupted_save (void)
{
  PxWindow *window = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("parallax-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kept.parallax", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDir) d = NULL;
  guint entries = 0;

  open_samples (window);
  wait_for_comparison (window);

  g_clear_pointer (&window->last_toast, g_free);
  _px_window_save (window, file);
  while (window->last_toast == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  /* A second save cancelled at once: the first file is still whole. */
  g_object_set (window, "compare-across-events", !window->across_events, NULL);
  g_cancellable_cancel (window->cancellable);
  g_clear_pointer (&window->last_toast, g_free);
  _px_window_save (window, file);
  while (window->last_toast == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_str_has_prefix (window->last_toast, "Could not save"));

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  /* ...and no temporary file is left beside it. */
  d = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (d) != NULL)
    entries++;
  g_assert_cmpuint (entries, ==, 1);

  destroy_window (window);
}

static void
test_closed_while_working (void)
{
  PxWindow *window = new_window ();
  g_autofree char *slow = server_uri ("/slow");
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) listed = NULL;
  gint64 until;
  guint i;

  /* Articles loading, a link fetching and a comparison running when the
   * window goes: all of it is cancelled and nothing touches the window. */
  open_samples_no_wait (window);
  px_window_add_link (window, slow);
  g_assert_cmpuint (px_window_get_n_articles (window), ==, 5);
  listed = _px_window_list_columns (window);
  for (i = 0; i < listed->len; i++)
    g_ptr_array_add (columns, g_object_ref (listed->pdata[i]));
  destroy_window (window);
  for (i = 0; i < columns->len; i++)
    g_assert_true (g_cancellable_is_cancelled (px_article_column_get_cancellable (columns->pdata[i])));

  until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

static void
test_events_notice (void)
{
  PxWindow *window = new_window ();
  g_autofree char *a = fixture_path ("page.mhtml");
  g_autofree char *b = fixture_path ("utf16le-bom.txt");
  g_autoptr(GFile) fa = g_file_new_for_path (a);
  g_autoptr(GFile) fb = g_file_new_for_path (b);
  g_autoptr(GPtrArray) bands = NULL;
  GFile *files[] = { fa, fb };

  /* Settings live as long as the test process: start from the default. */
  g_object_set (window, "compare-across-events", FALSE, NULL);
  px_window_open_files (window, files, 2);
  wait_for_loads (window);
  wait_for_comparison (window);
  bands = _px_window_list_bands (window);

  /* A crane collapse and a German flood report: two events, said so. */
  g_assert_cmpuint (px_comparison_get_n_events (window->comparison), ==, 2);
  g_assert_true (gtk_revealer_get_reveal_child (window->events_revealer));
  g_assert_nonnull (strstr (gtk_label_get_label (window->events_label), "2 events"));
  g_assert_false (gtk_switch_get_active (window->across_switch));
  /* Within events only, nothing links the two. */
  g_assert_cmpuint (px_link_bands_count_links (bands->pdata[0], FALSE), ==, 0);

  destroy_window (window);
}

/* The renderer the application picks before GTK starts: a choice the
 * person made stays; cairo asked for means GL is not even set up. */
static void
test_choose_renderer (void)
{
  g_autofree char *renderer = g_strdup (g_getenv ("GSK_RENDERER"));
  g_autofree char *debug = g_strdup (g_getenv ("GDK_DEBUG"));

  g_setenv ("GSK_RENDERER", "gl", TRUE);
  g_unsetenv ("GDK_DEBUG");
  px_application_choose_renderer ();
  g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "gl");
  g_assert_null (g_getenv ("GDK_DEBUG"));

  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  px_application_choose_renderer ();
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "gl-disable");

  g_setenv ("GDK_DEBUG", "interactive", TRUE);
  g_unsetenv ("GSK_RENDERER");
  px_application_choose_renderer ();
  g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "interactive");
  g_assert_null (g_getenv ("GSK_RENDERER"));

  /* Nothing chosen: cairo without a GPU device, GTK's own choice with one. */
  g_unsetenv ("GDK_DEBUG");
  px_application_choose_renderer ();
  if (g_getenv ("GSK_RENDERER") != NULL)
    {
      g_assert_cmpstr (g_getenv ("GSK_RENDERER"), ==, "cairo");
      g_assert_cmpstr (g_getenv ("GDK_DEBUG"), ==, "gl-disable");
    }
  else
    {
      g_assert_null (g_getenv ("GDK_DEBUG"));
      g_assert_true (g_file_test ("/dev/dri", G_FILE_TEST_IS_DIR));
    }

  /* As the tests run. */
  if (renderer != NULL)
    g_setenv ("GSK_RENDERER", renderer, TRUE);
  else
    g_unsetenv ("GSK_RENDERER");
  if (debug != NULL)
    g_setenv ("GDK_DEBUG", debug, TRUE);
  else
    g_unsetenv ("GDK_DEBUG");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;
  int status;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: run the UI tests under xvfb-run (build-aux/dev test does)\n");
      return 77;
    }

  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  server = soup_server_new (NULL, NULL);
  soup_server_add_handler (server, NULL, handle_cb, NULL, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  server_base = g_uri_ref (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_test_add_func ("/ui/window/empty-state", test_empty_state);
  g_test_add_func ("/ui/window/choose-renderer", test_choose_renderer);
  g_test_add_func ("/ui/window/open-files", test_open_files);
  g_test_add_func ("/ui/window/animations-follow-renderer", test_animations_follow_renderer);
  g_test_add_func ("/ui/window/unreadable-file", test_unreadable_file);
  g_test_add_func ("/ui/window/limits-shown", test_limits_shown);
  g_test_add_func ("/ui/window/drop-file-list", test_drop_file_list);
  g_test_add_func ("/ui/window/drop-text", test_drop_text);
  g_test_add_func ("/ui/window/drop-links", test_drop_links);
  g_test_add_func ("/ui/window/slow-link-cancelled", test_slow_link_cancelled);
  g_test_add_func ("/ui/window/close-and-reorder", test_close_and_reorder);
  g_test_add_func ("/ui/window/at-most-twelve", test_at_most_twelve);
  g_test_add_func ("/ui/window/drag-reorder", test_drag_reorder);
  g_test_add_func ("/ui/window/column-layout", test_column_layout);
  g_test_add_func ("/ui/window/reading-queue", test_reading_queue);
  g_test_add_func ("/ui/window/one-column-a-frame", test_one_column_a_frame);
  g_test_add_func ("/ui/window/fills-when-never-idle", test_fills_when_never_idle);
  g_test_add_func ("/ui/window/link-bands", test_link_bands);
  g_test_add_func ("/ui/window/reorder-compares-again", test_reorder_compares_again);
  g_test_add_func ("/ui/window/next-difference", test_next_difference);
  g_test_add_func ("/ui/window/hover-lights-counterparts", test_hover_lights_counterparts);
  g_test_add_func ("/ui/window/events-notice", test_events_notice);
  g_test_add_func ("/ui/window/export", test_export);
  g_test_add_func ("/ui/window/save-and-reopen", test_save_and_reopen);
  g_test_add_func ("/ui/window/figures-view", test_figures_view);
  g_test_add_func ("/ui/window/print-to-pdf", test_print_to_pdf);
  g_test_add_func ("/ui/window/preferences-apply-live", test_preferences_apply_live);
  g_test_add_func ("/ui/window/closed-while-working", test_closed_while_working);
  g_test_add_func ("/ui/window/interrupted-save", test_interrupted_save);

  status = g_test_run ();

  soup_server_disconnect (server);
  g_clear_object (&server);
  g_clear_pointer (&server_base, g_uri_unref);

  return status;
}
