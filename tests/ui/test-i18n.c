/* test-i18n.c — the window in German from the build's own catalogues,
 * and laid out right to left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "config.h"
#include "px-window-private.h"

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

static PxArticleColumn *
column_at (PxWindow *window,
           guint     index)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (window);

  g_assert_cmpuint (index, <, columns->len);

  return columns->pdata[index];
}

static char *
fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

/* Runs the main loop until no column is loading and the analysis of all
 * of them is shown, then lets the columns lay out. */
static void
wait_for_comparison (PxWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint i;

  for (;;)
    {
      g_autoptr(GPtrArray) columns = _px_window_list_columns (window);
      guint loading = 0;

      for (i = 0; i < columns->len; i++)
        loading += px_article_column_is_loading (columns->pdata[i]);
      if (loading == 0 && window->comparison != NULL &&
          px_comparison_get_n_articles (window->comparison) == columns->len &&
          !gtk_spinner_get_spinning (window->analysis_spinner))
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  for (i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* The button below @root bound to @action, which must be the only one
 * there. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *action)
{
  GtkWidget *found = NULL;
  GQueue queue = G_QUEUE_INIT;

  g_queue_push_tail (&queue, root);
  while (!g_queue_is_empty (&queue))
    {
      GtkWidget *widget = g_queue_pop_head (&queue);
      GtkWidget *child;

      if (GTK_IS_BUTTON (widget) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
        {
          g_assert_null (found);
          found = widget;
        }
      for (child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_queue_push_tail (&queue, child);
    }

  g_assert_nonnull (found);

  return found;
}

static const char *
button_label (GtkWidget  *root,
              const char *action)
{
  return gtk_button_get_label (GTK_BUTTON (find_button (root, action)));
}

/* The label of the item of @menu (sections and submenus included) that
 * activates @action, or NULL. */
static char *
menu_label (GMenuModel *menu,
            const char *action)
{
  int n = g_menu_model_get_n_items (menu);
  int i;

  for (i = 0; i < n; i++)
    {
      g_autofree char *item_action = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;
      GMenuModel *link;
      const char *name;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action) &&
          g_str_equal (item_action, action))
        {
          char *label = NULL;

          g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s",
                                                          &label));
          return label;
        }

      links = g_menu_model_iterate_item_links (menu, i);
      while (g_menu_link_iter_get_next (links, &name, &link))
        {
          char *label = menu_label (link, action);

          g_object_unref (link);
          if (label != NULL)
            return label;
        }
    }

  return NULL;
}

static void
test_german_labels (void)
{
  PxWindow *window = new_window ();
  GMenuModel *menu = gtk_menu_button_get_menu_model (window->primary_menu_button);
  g_autofree char *about = NULL;
  g_autofree char *shortcuts = NULL;
  g_autofree char *open = NULL;

  /* The empty state and its buttons. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (window->empty_page), ==,
                   "Berichterstattung vergleichen");
  g_assert_cmpstr (button_label (GTK_WIDGET (window->header_bar), "win.open-articles"), ==,
                   "_Öffnen");
  g_assert_cmpstr (button_label (GTK_WIDGET (window->empty_page), "win.open-articles"), ==,
                   "_Artikel öffnen…");
  g_assert_cmpstr (button_label (GTK_WIDGET (window->empty_page), "win.paste"), ==, "Ein_fügen");

  /* The primary menu, built from the same template. */
  g_assert_nonnull (menu);
  about = menu_label (menu, "app.about");
  shortcuts = menu_label (menu, "win.show-help-overlay");
  open = menu_label (menu, "win.open-articles");
  g_assert_cmpstr (about, ==, "_Über Parallax");
  g_assert_cmpstr (shortcuts, ==, "_Tastenkürzel");
  g_assert_cmpstr (open, ==, "_Artikel öffnen…");

  destroy_window (window);
}

static void
test_german_plurals (void)
{
  PxWindow *window = new_window ();
  g_autofree char *a = fixture_path ("page.mhtml");
  g_autofree char *b = fixture_path ("utf16le-bom.txt");
  g_autoptr(GFile) fa = g_file_new_for_path (a);
  g_autoptr(GFile) fb = g_file_new_for_path (b);
  GFile *files[] = { fa, fb };

  /* The catalogue's own forms: singular and plural differ. */
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "These %u articles report %u event",
                                "These %u articles report %u events", 1),
                   ==, "Diese %u Artikel berichten über %u Ereignis");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "These %u articles report %u event",
                                "These %u articles report %u events", 2),
                   ==, "Diese %u Artikel berichten über %u Ereignisse");

  /* A harbour accident and a flood: two events, said in German. */
  g_object_set (window, "compare-across-events", FALSE, NULL);
  px_window_open_files (window, files, 2);
  wait_for_comparison (window);
  g_assert_cmpuint (px_comparison_get_n_events (window->comparison), ==, 2);
  g_assert_true (gtk_revealer_get_reveal_child (window->events_revealer));
  g_assert_cmpstr (gtk_label_get_label (window->events_label), ==,
                   "Diese 2 Artikel berichten über 2 Ereignisse");
  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (window->window_title), ==, "2 Artikel");

  destroy_window (window);
}

static void
assert_left_of (GtkWidget *left,
                GtkWidget *right,
                GtkWidget *target)
{
  graphene_rect_t lb, rb;

  g_assert_true (gtk_widget_compute_bounds (left, target, &lb));
  g_assert_true (gtk_widget_compute_bounds (right, target, &rb));
  g_assert_cmpfloat (lb.size.width, >, 0);
  g_assert_cmpfloat (rb.size.width, >, 0);
  /* Left of it and not overlapping: a band may touch, never cover. */
  g_assert_cmpfloat (lb.origin.x + lb.size.width, <=, rb.origin.x + 0.5);
}

static void
test_right_to_left (void)
{
  PxWindow *window;
  GtkWidget *box;
  GtkWidget *child;
  GtkWidget *previous = NULL;
  guint n_children = 0;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  window = new_window ();
  box = GTK_WIDGET (window->columns_box);
  g_assert_cmpint (gtk_widget_get_direction (box), ==, GTK_TEXT_DIR_RTL);

  px_window_add_text (window, "Ferry service resumes\n\n"
                      "The island ferry sailed again on Tuesday after a week of storms, "
                      "the harbour office said. About 300 passengers were on board.");
  px_window_add_text (window, "Island ferry back in service\n\n"
                      "The ferry to the island sailed again on Tuesday after a week of storms. "
                      "Some 320 passengers were on board, the operator said.");
  wait_for_comparison (window);
  g_assert_cmpuint (px_window_get_n_articles (window), ==, 2);

  /* The first article reads first, so it stands on the right. */
  assert_left_of (GTK_WIDGET (column_at (window, 1)), GTK_WIDGET (column_at (window, 0)), box);

  /* Every child of the row, columns and the bands between them, lies to
   * the left of the one before it, and none overlaps its neighbour. */
  for (child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (previous != NULL)
        assert_left_of (child, previous, box);
      previous = child;
      n_children++;
    }
  g_assert_cmpuint (n_children, >=, 2);

  /* The header bar is mirrored too: the Open button at the right end,
   * the main menu at the left. */
  assert_left_of (GTK_WIDGET (window->primary_menu_button),
                  find_button (GTK_WIDGET (window->header_bar), "win.open-articles"),
                  GTK_WIDGET (window->header_bar));

  destroy_window (window);
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("PARALLAX_LOCALEDIR");
  g_autofree char *catalogue = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: run the UI tests under xvfb-run (build-aux/dev test does)\n");
      return 77;
    }
  if (localedir == NULL)
    {
      g_printerr ("PARALLAX_LOCALEDIR is not set: run this test from meson test\n");
      return 77;
    }
  catalogue = g_build_filename (localedir, "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (!g_file_test (catalogue, G_FILE_TEST_IS_REGULAR))
    g_error ("The German catalogue %s was not built", catalogue);

  /* LANGUAGE picks the catalogue as long as LC_MESSAGES is not "C" or
   * "POSIX": C.UTF-8 is built into the C library, so no locale has to
   * be generated on the machine. */
  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANG", "C.UTF-8", TRUE);
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init () asks for en_US.UTF-8, which may not exist and then
   * leaves the "C" locale, where gettext ignores LANGUAGE. */
  if (setlocale (LC_ALL, "") == NULL)
    {
      g_printerr ("The C.UTF-8 locale is missing: cannot select a catalogue\n");
      return 77;
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();

  g_test_add_func ("/ui/i18n/german-labels", test_german_labels);
  g_test_add_func ("/ui/i18n/german-plurals", test_german_plurals);
  g_test_add_func ("/ui/i18n/right-to-left", test_right_to_left);

  return g_test_run ();
}
