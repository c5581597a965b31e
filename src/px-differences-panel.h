/* px-differences-panel.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/px-core.h"

G_BEGIN_DECLS

#define PX_TYPE_DIFFERENCES_PANEL (px_differences_panel_get_type ())
G_DECLARE_FINAL_TYPE (PxDifferencesPanel, px_differences_panel, PX, DIFFERENCES_PANEL, GtkWidget)

GtkWidget *px_differences_panel_new            (void);
void       px_differences_panel_set_comparison (PxDifferencesPanel *self,
                                                PxComparison       *comparison,
                                                gboolean            across_events);
guint      px_differences_panel_get_n_shown   (PxDifferencesPanel *self);
int        px_differences_panel_get_shown     (PxDifferencesPanel *self,
                                               guint               position);
int        px_differences_panel_get_selected  (PxDifferencesPanel *self);
void       px_differences_panel_select        (PxDifferencesPanel *self,
                                               guint               difference);
void       px_differences_panel_set_kind_filter (PxDifferencesPanel *self,
                                                 int                 kind);
void       px_differences_panel_set_kinds   (PxDifferencesPanel *self,
                                             guint               kinds);

const char *px_difference_kind_icon_name      (PxDifferenceKind    kind);

G_END_DECLS
