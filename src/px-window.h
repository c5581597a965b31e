/* px-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "px-application.h"

G_BEGIN_DECLS

#define PX_TYPE_WINDOW (px_window_get_type ())
G_DECLARE_FINAL_TYPE (PxWindow, px_window, PX, WINDOW, AdwApplicationWindow)

PxWindow *px_window_new             (PxApplication  *application);
void      px_window_open_files      (PxWindow       *self,
                                     GFile         **files,
                                     guint           n_files);
void      px_window_add_link        (PxWindow       *self,
                                     const char     *uri);
void      px_window_add_text        (PxWindow       *self,
                                     const char     *text);
guint     px_window_get_n_articles  (PxWindow       *self);

G_END_DECLS
