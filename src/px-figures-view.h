/* px-figures-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/px-core.h"

G_BEGIN_DECLS

#define PX_TYPE_FIGURES_VIEW (px_figures_view_get_type ())
G_DECLARE_FINAL_TYPE (PxFiguresView, px_figures_view, PX, FIGURES_VIEW, GtkWidget)

GtkWidget *px_figures_view_new             (void);
void       px_figures_view_set_comparison  (PxFiguresView *self,
                                            PxComparison  *comparison);
guint      px_figures_view_get_n_rows      (PxFiguresView *self);
const char *px_figures_view_get_row_label  (PxFiguresView *self,
                                            guint          row);
GtkWidget *px_figures_view_get_cell        (PxFiguresView *self,
                                            guint          row,
                                            guint          article);

G_END_DECLS
