/* px-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-article-column.h"
#include "px-differences-panel.h"
#include "px-figures-view.h"
#include "px-link-bands.h"
#include "px-window.h"

G_BEGIN_DECLS

/* The most articles one comparison shows side by side. */
#define PX_WINDOW_MAX_ARTICLES 12

struct _PxWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkWidget *drop_area;
  AdwHeaderBar *header_bar;
  AdwViewSwitcherTitle *window_title;
  AdwViewStack *view_stack;
  PxFiguresView *figures_view;
  GtkMenuButton *primary_menu_button;
  GtkStack *main_stack;
  AdwStatusPage *empty_page;
  GtkBox *columns_box;
  GtkRevealer *events_revealer;
  GtkLabel *events_label;
  GtkSwitch *across_switch;
  GtkRevealer *differences_revealer;
  PxDifferencesPanel *differences_panel;
  GtkSpinner *analysis_spinner;
  GtkWidget *recent_box;
  GtkListBox *recent_list;

  GSettings *settings;
  GtkDropTarget *drop_target;
  GCancellable *cancellable;    /* cancelled when the window goes */

  PxComparison *comparison;
  GCancellable *compare_cancellable;
  GHashTable *partners;         /* (a << 8 | b) → GArray of int: best link of each sentence */
  gboolean show_differences;
  gboolean across_events;
  gboolean sync_scroll;
  gboolean syncing;

  GtkCssProvider *font_css;
  guint marked_kinds;

  /* Work that changes a column's text, one column at a time (see
   * jobs_idle_cb()), so that twelve columns arriving together never stall. */
  GQueue *jobs;
  guint jobs_idle;
  guint jobs_frame;
  gint64 jobs_idle_since;
  gboolean comparing;

  /* The message of the last toast, for tests and for the screen reader
   * announcement of the same text. */
  char *last_toast;
};

void             _px_window_class_add_actions (PxWindowClass   *klass);
void             _px_window_init_actions      (PxWindow        *self);
void             _px_window_init_dnd          (PxWindow        *self);
void             _px_window_toast             (PxWindow        *self,
                                               const char      *message);
PxArticleColumn *_px_window_get_current_column (PxWindow       *self);
GPtrArray       *_px_window_list_columns       (PxWindow       *self);
void             _px_window_close_column       (PxWindow       *self,
                                                PxArticleColumn *column);
void             _px_window_move_column        (PxWindow       *self,
                                                PxArticleColumn *column,
                                                int              delta);
void             _px_window_add_value          (PxWindow       *self,
                                                const GValue   *value);
void             _px_window_schedule_comparison (PxWindow      *self);
void             _px_window_set_animated       (PxWindow       *self,
                                                gboolean        animated);
guint            _px_window_get_n_reading      (guint          *n_waiting);
void             _px_window_step_difference    (PxWindow       *self,
                                                int              delta);
void             _px_window_show_difference    (PxWindow       *self,
                                                guint            difference);
GPtrArray       *_px_window_list_bands         (PxWindow       *self);
void             _px_window_export             (PxWindow       *self,
                                                GFile          *file);
void             _px_window_save               (PxWindow       *self,
                                                GFile          *file);
gboolean         _px_window_print              (PxWindow       *self,
                                                const char     *export_to);

G_END_DECLS
