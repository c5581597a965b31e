/* px-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "net/px-fetcher.h"
#include "px-window-private.h"

G_DEFINE_FINAL_TYPE (PxWindow, px_window, ADW_TYPE_APPLICATION_WINDOW)

static void update_state (PxWindow *self);

void
_px_window_toast (PxWindow   *self,
                  const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  g_free (self->last_toast);
  self->last_toast = g_strdup (message);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * _px_window_list_columns:
 * @self: a window
 *
 * Returns: (transfer container) (element-type PxArticleColumn): the columns, left to right
 */
GPtrArray *
_px_window_list_columns (PxWindow *self)
{
  GPtrArray *columns = g_ptr_array_new ();
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (PX_IS_ARTICLE_COLUMN (child))
      g_ptr_array_add (columns, child);

  return columns;
}

guint
px_window_get_n_articles (PxWindow *self)
{
  g_autoptr(GPtrArray) columns = NULL;

  g_return_val_if_fail (PX_IS_WINDOW (self), 0);

  columns = _px_window_list_columns (self);

  return columns->len;
}

PxArticleColumn *
_px_window_get_current_column (PxWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *column;

  if (focus == NULL)
    return NULL;

  column = gtk_widget_get_ancestor (focus, PX_TYPE_ARTICLE_COLUMN);

  return column ? PX_ARTICLE_COLUMN (column) : NULL;
}

static void
update_state (PxWindow *self)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
  g_autofree char *subtitle = NULL;
  guint loaded = 0;
  guint i;

  for (i = 0; i < columns->len; i++)
    loaded += !px_article_column_is_loading (columns->pdata[i]);

  gtk_stack_set_visible_child_name (self->main_stack, columns->len > 0 ? "columns" : "empty");

  if (columns->len > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", loaded),
                                loaded);
  adw_window_title_set_subtitle (self->window_title, subtitle ? subtitle : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-article", columns->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-article-left", columns->len > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-article-right", columns->len > 1);
}

static void
on_column_close_requested_cb (PxWindow        *self,
                              PxArticleColumn *column)
{
  _px_window_close_column (self, column);
}

void
_px_window_close_column (PxWindow        *self,
                         PxArticleColumn *column)
{
  GtkWidget *next;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (PX_IS_ARTICLE_COLUMN (column));

  /* Keep the keyboard focus in the comparison, on a neighbour. */
  next = gtk_widget_get_next_sibling (GTK_WIDGET (column));
  if (next == NULL)
    next = gtk_widget_get_prev_sibling (GTK_WIDGET (column));

  g_cancellable_cancel (px_article_column_get_cancellable (column));
  gtk_box_remove (self->columns_box, GTK_WIDGET (column));

  if (next != NULL && PX_IS_ARTICLE_COLUMN (next))
    gtk_widget_grab_focus (GTK_WIDGET (px_article_column_get_text_view (PX_ARTICLE_COLUMN (next))));

  update_state (self);
}

void
_px_window_move_column (PxWindow        *self,
                        PxArticleColumn *column,
                        int              delta)
{
  GtkWidget *widget = GTK_WIDGET (column);
  GtkWidget *sibling;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (PX_IS_ARTICLE_COLUMN (column));

  if (delta < 0)
    {
      sibling = gtk_widget_get_prev_sibling (widget);
      if (sibling == NULL)
        return;
      gtk_box_reorder_child_after (self->columns_box, widget,
                                   gtk_widget_get_prev_sibling (sibling));
    }
  else
    {
      sibling = gtk_widget_get_next_sibling (widget);
      if (sibling == NULL)
        return;
      gtk_box_reorder_child_after (self->columns_box, widget, sibling);
    }

  update_state (self);
}

/* A new column in its loading state, or NULL when the window is full. */
static PxArticleColumn *
add_column (PxWindow   *self,
            const char *source,
            const char *message)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
  PxArticleColumn *column;

  if (columns->len >= PX_WINDOW_MAX_ARTICLES)
    {
      g_autofree char *text = g_strdup_printf (_("Parallax compares at most %d articles at once"),
                                               PX_WINDOW_MAX_ARTICLES);

      _px_window_toast (self, text);
      return NULL;
    }

  column = PX_ARTICLE_COLUMN (px_article_column_new ());
  g_signal_connect_object (column, "close-requested",
                           G_CALLBACK (on_column_close_requested_cb), self, G_CONNECT_SWAPPED);
  px_article_column_set_loading (column, source, message);
  gtk_box_append (self->columns_box, GTK_WIDGET (column));
  update_state (self);

  return column;
}

/* The result of a load arrives for a column that may have been closed
 * meanwhile: then it has no window any more and the result is dropped. */
static PxWindow *
window_of (PxArticleColumn *column)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (column), PX_TYPE_WINDOW);

  return window ? PX_WINDOW (window) : NULL;
}

static void
finish_load (PxArticleColumn *column,
             PxArticle       *article,
             GError          *error)
{
  PxWindow *self = window_of (column);

  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (article == NULL)
    {
      g_autofree char *name = px_article_column_dup_display_name (column);
      /* Translators: "Could not open <file or host>: <reason>" */
      g_autofree char *message = g_strdup_printf (_("Could not open %s: %s"), name, error->message);

      gtk_box_remove (self->columns_box, GTK_WIDGET (column));
      update_state (self);
      _px_window_toast (self, message);
      return;
    }

  px_article_column_set_article (column, article);
  update_state (self);
}

static void
import_file_worker (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  PxArticle *article = px_import_file (task_data, cancellable, &error);

  if (article == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, article, (GDestroyNotify) px_article_unref);
}

static void
import_text_worker (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  PxArticle *article = px_import_bytes (task_data, NULL, &error);

  if (article == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, article, (GDestroyNotify) px_article_unref);
}

static void
article_loaded_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = g_task_propagate_pointer (G_TASK (result), &error);

  finish_load (PX_ARTICLE_COLUMN (source_object), article, error);
}

static void
link_fetched_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(PxArticleColumn) column = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = px_fetch_article_finish (result, &error);

  finish_load (column, article, error);
}

void
px_window_open_files (PxWindow  *self,
                      GFile    **files,
                      guint      n_files)
{
  guint i;

  g_return_if_fail (PX_IS_WINDOW (self));

  for (i = 0; i < n_files; i++)
    {
      g_autoptr(GTask) task = NULL;
      g_autofree char *path = g_file_get_path (files[i]);
      g_autofree char *uri = NULL;
      PxArticleColumn *column;

      if (path == NULL)
        {
          uri = g_file_get_uri (files[i]);
          if (px_fetch_uri_is_link (uri))
            {
              px_window_add_link (self, uri);
              continue;
            }
        }

      column = add_column (self, path ? path : uri, _("Reading…"));
      if (column == NULL)
        return;

      task = g_task_new (column, px_article_column_get_cancellable (column),
                         article_loaded_cb, NULL);
      g_task_set_source_tag (task, px_window_open_files);
      g_task_set_task_data (task, g_object_ref (files[i]), g_object_unref);
      g_task_run_in_thread (task, import_file_worker);
    }
}

void
px_window_add_link (PxWindow   *self,
                    const char *uri)
{
  g_autoptr(GError) error = NULL;
  PxArticleColumn *column;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (uri != NULL);

  if (!px_fetch_uri_is_link (uri))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not an http or https link"), uri);

      _px_window_toast (self, message);
      return;
    }

  if (!g_settings_get_boolean (self->settings, "allow-network"))
    {
      _px_window_toast (self, _("Fetching links is turned off in Preferences"));
      return;
    }

  column = add_column (self, uri, _("Fetching the page…"));
  if (column == NULL)
    return;

  px_fetch_article_async (uri, px_article_column_get_cancellable (column),
                          link_fetched_cb, g_object_ref (column));
}

void
px_window_add_text (PxWindow   *self,
                    const char *text)
{
  g_autoptr(GTask) task = NULL;
  PxArticleColumn *column;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  column = add_column (self, NULL, _("Reading…"));
  if (column == NULL)
    return;

  task = g_task_new (column, px_article_column_get_cancellable (column), article_loaded_cb, NULL);
  g_task_set_source_tag (task, px_window_add_text);
  g_task_set_task_data (task, g_bytes_new (text, strlen (text)), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, import_text_worker);
}

static gboolean
px_window_close_request (GtkWindow *window)
{
  PxWindow *self = PX_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (px_window_parent_class)->close_request (window);
}

static void
px_window_dispose (GObject *object)
{
  PxWindow *self = PX_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->last_toast, g_free);

  G_OBJECT_CLASS (px_window_parent_class)->dispose (object);
}

static void
px_window_class_init (PxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = px_window_dispose;
  window_class->close_request = px_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/px-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, drop_area);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, columns_scroller);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, columns_box);

  _px_window_class_add_actions (klass);

  g_type_ensure (PX_TYPE_ARTICLE_COLUMN);
}

static void
px_window_init (PxWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  _px_window_init_actions (self);
  _px_window_init_dnd (self);
  update_state (self);
}

PxWindow *
px_window_new (PxApplication *application)
{
  return g_object_new (PX_TYPE_WINDOW, "application", application, NULL);
}
