/* px-window-dnd.c — articles dropped or pasted onto the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "net/px-fetcher.h"
#include "px-window-private.h"

static void
add_files (PxWindow *self,
           GSList   *files)
{
  g_autoptr(GPtrArray) local = g_ptr_array_new ();
  guint refused = 0;
  GSList *l;

  for (l = files; l != NULL; l = l->next)
    {
      GFile *file = l->data;
      g_autofree char *uri = NULL;

      if (g_file_is_native (file))
        {
          g_ptr_array_add (local, file);
          continue;
        }
      uri = g_file_get_uri (file);
      if (px_fetch_uri_is_link (uri))
        px_window_add_link (self, uri);
      else
        refused++;
    }

  if (local->len > 0)
    px_window_open_files (self, (GFile **) local->pdata, local->len);
  if (refused > 0)
    _px_window_toast (self, _("Only files and http or https links can be added"));
}

/* A text/uri-list or a plain string: links, file URIs, or article text. */
static void
add_string (PxWindow   *self,
            const char *string)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (string));
  gboolean all_uris = TRUE;
  guint n = 0;
  guint i;

  if (*trimmed == '\0')
    {
      _px_window_toast (self, _("Nothing to add: the text is empty"));
      return;
    }

  lines = g_strsplit_set (trimmed, "\r\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (*line == '\0' || *line == '#')
        continue;
      n++;
      if (strchr (line, ' ') != NULL || g_uri_peek_scheme (line) == NULL)
        all_uris = FALSE;
    }

  if (!all_uris || n == 0)
    {
      px_window_add_text (self, string);
      return;
    }

  for (i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autofree char *scheme = NULL;

      if (*line == '\0' || *line == '#')
        continue;
      scheme = g_uri_parse_scheme (line);
      if (px_fetch_uri_is_link (line))
        px_window_add_link (self, line);
      else if (scheme != NULL && g_ascii_strcasecmp (scheme, "file") == 0)
        {
          g_autoptr(GFile) file = g_file_new_for_uri (line);

          px_window_open_files (self, &file, 1);
        }
      else
        {
          /* Translators: %s is a URI scheme such as "javascript" or "ftp" */
          g_autofree char *message = g_strdup_printf (_("“%s:” links cannot be added; only http and https"),
                                                      scheme ? scheme : line);

          _px_window_toast (self, message);
        }
    }
}

void
_px_window_add_value (PxWindow     *self,
                      const GValue *value)
{
  g_return_if_fail (PX_IS_WINDOW (self));

  /* A paste can arrive after the window was closed. */
  if (self->columns_box == NULL)
    return;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    add_files (self, g_value_get_boxed (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_STRING) && g_value_get_string (value) != NULL)
    add_string (self, g_value_get_string (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      GFile *file = g_value_get_object (value);
      GSList single = { file, NULL };

      add_files (self, &single);
    }
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            PxWindow      *self)
{
  _px_window_add_value (self, value);

  return TRUE;
}

void
_px_window_init_dnd (PxWindow *self)
{
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE, G_TYPE_STRING };

  self->drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (self->drop_target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (self->drop_target, "drop", G_CALLBACK (on_drop_cb), self, 0);
  gtk_widget_add_controller (self->drop_area, GTK_EVENT_CONTROLLER (self->drop_target));
}
