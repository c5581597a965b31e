/* px-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "net/px-fetcher.h"
#include "px-window-private.h"
#include "session/px-session.h"

static void
file_chooser_response_cb (PxWindow             *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
      guint i, n = g_list_model_get_n_items (files);

      for (i = 0; i < n; i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      px_window_open_files (self, (GFile **) array->pdata, array->len);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *mime_types,
            const char * const *patterns)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (; mime_types && *mime_types; mime_types++)
    gtk_file_filter_add_mime_type (filter, *mime_types);
  for (; patterns && *patterns; patterns++)
    gtk_file_filter_add_pattern (filter, *patterns);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
open_articles_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  static const char * const all_types[] = {
    "text/plain", "text/html", "application/xhtml+xml", "text/markdown",
    "multipart/related", "application/x-mimearchive", "message/rfc822", NULL
  };
  static const char * const all_patterns[] = {
    "*.txt", "*.html", "*.htm", "*.xhtml", "*.md", "*.markdown", "*.mhtml", "*.mht", NULL
  };
  static const char * const page_types[] = {
    "text/html", "application/xhtml+xml", "multipart/related", "application/x-mimearchive", NULL
  };
  static const char * const page_patterns[] = {
    "*.html", "*.htm", "*.xhtml", "*.mhtml", "*.mht", NULL
  };
  static const char * const text_types[] = { "text/plain", "text/markdown", NULL };
  static const char * const text_patterns[] = { "*.txt", "*.md", "*.markdown", NULL };
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Articles"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("All Articles"), all_types, all_patterns);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Saved Web Pages"), page_types, page_patterns);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Text and Markdown"), text_types, text_patterns);

  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
link_entry_changed_cb (GtkEditable      *entry,
                       AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "add", px_fetch_uri_is_link (text));
}

static void
link_entry_activate_cb (GtkEntry         *entry,
                        AdwMessageDialog *dialog)
{
  if (adw_message_dialog_get_response_enabled (dialog, "add"))
    adw_message_dialog_response (dialog, "add");
}

static void
link_dialog_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         PxWindow         *self)
{
  if (g_str_equal (response, "add"))
    {
      GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

      px_window_add_link (self, text);
    }
}

static void
add_link_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  GtkWidget *dialog;
  GtkWidget *entry;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add Link"),
                                   _("Parallax fetches the page and adds it to the comparison."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);

  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "https://");
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_URL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Link"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  g_signal_connect (entry, "changed", G_CALLBACK (link_entry_changed_cb), dialog);
  g_signal_connect (entry, "activate", G_CALLBACK (link_entry_activate_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (link_dialog_response_cb), self, 0);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
clipboard_files_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  const GValue *value = gdk_clipboard_read_value_finish (GDK_CLIPBOARD (source), result, &error);

  if (value == NULL)
    {
      _px_window_toast (self, _("Nothing to paste"));
      return;
    }

  _px_window_add_value (self, value);
}

static void
clipboard_text_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_auto(GValue) value = G_VALUE_INIT;

  if (text == NULL || *g_strstrip (text) == '\0')
    {
      _px_window_toast (self, _("Nothing to paste"));
      return;
    }

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, text);
  _px_window_add_value (self, &value);
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);

  if (gdk_content_formats_contain_gtype (formats, GDK_TYPE_FILE_LIST))
    gdk_clipboard_read_value_async (clipboard, GDK_TYPE_FILE_LIST, G_PRIORITY_DEFAULT, NULL,
                                    clipboard_files_cb, g_object_ref (self));
  else
    gdk_clipboard_read_text_async (clipboard, NULL, clipboard_text_cb, g_object_ref (self));
}

static void
close_article_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  PxArticleColumn *column = _px_window_get_current_column (self);

  if (column == NULL)
    {
      g_autoptr(GPtrArray) columns = _px_window_list_columns (self);

      if (columns->len == 0)
        return;
      column = g_ptr_array_index (columns, columns->len - 1);
    }

  _px_window_close_column (self, column);
}

static void
move_article_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  PxArticleColumn *column = _px_window_get_current_column (self);

  if (column != NULL)
    _px_window_move_column (self, column, g_str_equal (action_name, "win.move-article-left") ? -1 : 1);
}

/* Ctrl+V pastes into the comparison unless a text entry has the focus:
 * caught before the read-only text views can swallow it. */
static gboolean
paste_shortcut_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));

  if (focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT (focus)))
    return FALSE;

  gtk_widget_activate_action (widget, "win.paste", NULL);

  return TRUE;
}

static PxReportFormat
format_for_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  const char *dot = name ? strrchr (name, '.') : NULL;
  PxReportFormat format = PX_REPORT_HTML;

  if (dot != NULL && !px_report_format_from_string (dot + 1, &format))
    format = PX_REPORT_HTML;

  return format;
}

static void
export_written_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  g_autofree char *message = NULL;

  if (!px_session_write_file_finish (G_FILE (source), result, &error))
    /* Translators: "Could not export <file name>: <reason>" */
    message = g_strdup_printf (_("Could not export %s: %s"), name, error->message);
  else
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Exported to %s"), name);

  _px_window_toast (self, message);
}

/**
 * _px_window_export:
 * @self: a window
 * @file: where to write
 *
 * Writes the comparison as the file's extension says (.html, .md, .json,
 * .csv for the figures table), replacing the file atomically.
 */
void
_px_window_export (PxWindow *self,
                   GFile    *file)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->comparison == NULL)
    {
      _px_window_toast (self, _("Open two articles or more to export a comparison"));
      return;
    }

  px_report_write (self->comparison, format_for_file (file), out);
  bytes = g_string_free_to_bytes (g_steal_pointer (&out));
  px_session_write_file_async (file, bytes, self->cancellable, export_written_cb, g_object_ref (self));
}

static void
export_chooser_response_cb (PxWindow             *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      _px_window_export (self, file);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  static const char * const html[] = { "*.html", NULL };
  static const char * const markdown[] = { "*.md", NULL };
  static const char * const json[] = { "*.json", NULL };
  static const char * const csv[] = { "*.csv", NULL };
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Comparison"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("comparison.html"));
  add_filter (GTK_FILE_CHOOSER (chooser), _("Web Page (HTML)"), NULL, html);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Markdown"), NULL, markdown);
  add_filter (GTK_FILE_CHOOSER (chooser), _("JSON"), NULL, json);
  add_filter (GTK_FILE_CHOOSER (chooser), _("Figures Table (CSV)"), NULL, csv);

  g_signal_connect_object (chooser, "response", G_CALLBACK (export_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (G_FILE (source));
  g_autofree char *message = NULL;

  if (!px_session_write_file_finish (G_FILE (source), result, &error))
    /* Translators: "Could not save <file name>: <reason>" */
    message = g_strdup_printf (_("Could not save %s: %s"), name, error->message);
  else
    {
      g_autofree char *uri = g_file_get_uri (G_FILE (source));

      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
      /* Translators: %s is a file name */
      message = g_strdup_printf (_("Saved as %s"), name);
    }

  _px_window_toast (self, message);
}

/**
 * _px_window_save:
 * @self: a window
 * @file: where to save
 *
 * Saves the articles as shown (text and metadata as imported, in column
 * order) and the view, replacing @file atomically: the new file is
 * written beside the old one and renamed over it, so an interrupted save
 * leaves the old file whole.
 */
void
_px_window_save (PxWindow *self,
                 GFile    *file)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
  g_autoptr(GPtrArray) articles = g_ptr_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  PxSessionView view = { self->across_events, self->show_differences };
  guint i;

  for (i = 0; i < columns->len; i++)
    {
      PxArticle *article = px_article_column_get_article (columns->pdata[i]);

      if (article != NULL)
        g_ptr_array_add (articles, article);
    }
  if (articles->len == 0)
    return;

  bytes = px_session_save ((PxArticle * const *) articles->pdata, articles->len, &view);
  px_session_write_file_async (file, bytes, self->cancellable, saved_cb, g_object_ref (self));
}

static void
save_chooser_response_cb (PxWindow             *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *name = g_file_get_basename (chosen);
      g_autoptr(GFile) parent = g_file_get_parent (chosen);
      g_autofree char *with_extension = g_str_has_suffix (name, ".parallax")
                                        ? g_strdup (name) : g_strconcat (name, ".parallax", NULL);
      g_autoptr(GFile) file = g_file_get_child (parent, with_extension);

      _px_window_save (self, file);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
}

static void
save_comparison_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PxWindow *self = PX_WINDOW (widget);
  static const char * const patterns[] = { "*.parallax", NULL };
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Comparison"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("comparison.parallax"));
  add_filter (GTK_FILE_CHOOSER (chooser), _("Saved Comparisons"), NULL, patterns);

  g_signal_connect_object (chooser, "response", G_CALLBACK (save_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  _px_window_print (PX_WINDOW (widget), NULL);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  adw_view_stack_set_visible_child_name (PX_WINDOW (widget)->view_stack,
                                         g_variant_get_string (parameter, NULL));
}

static void
step_difference_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _px_window_step_difference (PX_WINDOW (widget),
                              g_str_equal (action_name, "win.next-difference") ? 1 : -1);
}

void
_px_window_class_add_actions (PxWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_property_action (widget_class, "win.show-differences", "show-differences");
  gtk_widget_class_install_property_action (widget_class, "win.compare-across-events",
                                            "compare-across-events");
  gtk_widget_class_install_property_action (widget_class, "win.sync-scroll", "sync-scroll");
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view", "s", "text");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view", "s", "figures");
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_install_action (widget_class, "win.save-comparison", NULL, save_comparison_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "win.save-comparison", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_install_action (widget_class, "win.next-difference", NULL, step_difference_action);
  gtk_widget_class_install_action (widget_class, "win.previous-difference", NULL, step_difference_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-differences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "win.next-difference", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "win.previous-difference", NULL);

  gtk_widget_class_install_action (widget_class, "win.open-articles", NULL, open_articles_action);
  gtk_widget_class_install_action (widget_class, "win.add-link", NULL, add_link_action);
  gtk_widget_class_install_action (widget_class, "win.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "win.close-article", NULL, close_article_action);
  gtk_widget_class_install_action (widget_class, "win.move-article-left", NULL, move_article_action);
  gtk_widget_class_install_action (widget_class, "win.move-article-right", NULL, move_article_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.open-articles", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK,
                                       "win.add-link", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "win.close-article", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "win.move-article-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK | GDK_SHIFT_MASK,
                                       "win.move-article-right", NULL);
}

void
_px_window_init_actions (PxWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcut *shortcut;

  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_v, GDK_CONTROL_MASK),
                               gtk_callback_action_new (paste_shortcut_cb, NULL, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
