/* px-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <epoxy/gl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "px-application.h"
#include "px-preferences-window.h"
#include "px-window.h"

struct _PxApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PxApplication, px_application, ADW_TYPE_APPLICATION)

static PxWindow *
get_window (PxApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL && PX_IS_WINDOW (window))
    return PX_WINDOW (window);

  return px_window_new (self);
}

static void
px_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_window (PX_APPLICATION (app))));
}

static void
px_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  PxWindow *window = get_window (PX_APPLICATION (app));

  px_window_open_files (window, files, n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "The Parallax developers", NULL };
  GtkApplication *app = user_data;

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Parallax"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Parallax developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Compare how different sources cover the same news"),
                         "website", "https://github.com/parallax/parallax",
                         "issue-url", "https://github.com/parallax/parallax/issues",
                         "developers", developers,
                         "copyright", "© 2026 The Parallax developers",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = user_data;

  gtk_window_present (GTK_WINDOW (px_preferences_window_new (gtk_application_get_active_window (app))));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Close the windows properly so each saves its state. */
  while (windows != NULL)
    {
      GtkWindow *window = windows->data;

      windows = windows->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

/* A GPU the session may draw with: a DRM render or card node it can open. */
static gboolean
has_gpu_device (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/dev/dri", 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD") || g_str_has_prefix (name, "card"))
      {
        g_autofree char *path = g_build_filename ("/dev/dri", name, NULL);

        if (g_access (path, R_OK | W_OK) == 0)
          return TRUE;
      }

  return FALSE;
}

/* Set by px_application_choose_renderer(), for startup to take back. */
static gboolean gl_disabled_here;

/**
 * px_application_choose_renderer:
 *
 * Called before GTK starts. Without a GPU device, GL could only be Mesa's
 * software rasteriser: keep GDK from setting up GL at all, so that GTK
 * draws with cairo and never loads the rasteriser (and LLVM, 45 MB
 * resident) only to leave it unused. The same when cairo was asked for.
 * GDK debugging flags or a GL renderer the person set are respected.
 */
void
px_application_choose_renderer (void)
{
  const char *renderer = g_getenv ("GSK_RENDERER");

  if (g_getenv ("GDK_DEBUG") != NULL)
    return;
  /* Named, so that GSK does not try GL first and say it could not. */
  if (renderer == NULL && !has_gpu_device ())
    {
      g_setenv ("GSK_RENDERER", "cairo", TRUE);
      renderer = "cairo";
    }
  if (g_strcmp0 (renderer, "cairo") == 0)
    {
      g_setenv ("GDK_DEBUG", "gl-disable", TRUE);
      gl_disabled_here = TRUE;
    }
}

/*
 * With a GPU device that Mesa cannot drive, GTK 4.8's GL renderer draws on
 * the software rasteriser, several times slower than its cairo renderer on
 * the same CPU: a column full of text then takes a frame of 150 ms instead
 * of 30. Use cairo there, unless the person chose a renderer.
 */
static void
prefer_cairo_without_gpu (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GdkGLContext) context = NULL;
  const char *renderer;

  if (g_getenv ("GSK_RENDERER") != NULL || display == NULL)
    return;

  context = gdk_display_create_gl_context (display, NULL);
  if (context == NULL || !gdk_gl_context_realize (context, NULL))
    return;

  gdk_gl_context_make_current (context);
  renderer = (const char *) glGetString (GL_RENDERER);
  if (renderer != NULL &&
      (strstr (renderer, "llvmpipe") != NULL || strstr (renderer, "softpipe") != NULL ||
       strstr (renderer, "SWR") != NULL))
    {
      g_debug ("Software GL (%s): drawing with cairo", renderer);
      g_setenv ("GSK_RENDERER", "cairo", FALSE);
    }
  gdk_gl_context_clear_current ();
}

static void
px_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (px_application_parent_class)->startup (app);
  /* GDK has read it: programs started from here must not inherit it. */
  if (gl_disabled_here)
    g_unsetenv ("GDK_DEBUG");
  prefer_cairo_without_gpu ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
}

static void
px_application_class_init (PxApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = px_application_activate;
  app_class->open = px_application_open;
  app_class->startup = px_application_startup;
}

static void
px_application_init (PxApplication *self)
{
}

PxApplication *
px_application_new (void)
{
  return g_object_new (PX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/parallax/Parallax",
                       NULL);
}
