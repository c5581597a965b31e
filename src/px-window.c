/* px-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "net/px-fetcher.h"
#include "session/px-session.h"
#include "px-window-private.h"

G_DEFINE_FINAL_TYPE (PxWindow, px_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SHOW_DIFFERENCES,
  PROP_COMPARE_ACROSS_EVENTS,
  PROP_SYNC_SCROLL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_state (PxWindow *self);
static void apply_comparison (PxWindow *self);
static PxWindow *window_of (PxArticleColumn *column);

void
_px_window_toast (PxWindow   *self,
                  const char *message)
{
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  /* Saves, exports and pastes can end after the window was closed. */
  if (self->toast_overlay == NULL)
    return;

  /* A toast's title is markup: file names and server messages are not. */
  escaped = g_markup_escape_text (message, -1);
  toast = adw_toast_new (escaped);

  g_free (self->last_toast);
  self->last_toast = g_strdup (message);
  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The children of the columns box of one type, left to right. */
static GPtrArray *
list_children_of_type (PxWindow *self,
                       GType     type)
{
  GPtrArray *children = g_ptr_array_new ();
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
      g_ptr_array_add (children, child);

  return children;
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
  return list_children_of_type (self, PX_TYPE_ARTICLE_COLUMN);
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
on_recent_activated_cb (GtkListBox    *box,
                        GtkListBoxRow *row,
                        PxWindow      *self)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "uri");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  px_window_open_files (self, &file, 1);
}

/* The empty state offers the comparisons saved or opened lately. */
static void
fill_recent (PxWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  GList *items = gtk_recent_manager_get_items (manager);
  GtkWidget *child;
  guint shown = 0;
  GList *l;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (l = items; l != NULL && shown < 5; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      GtkWidget *row, *label;

      if (!g_str_has_suffix (uri, ".parallax") || !gtk_recent_info_exists (info))
        continue;

      label = gtk_label_new (gtk_recent_info_get_display_name (info));
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_widget_set_margin_top (label, 10);
      gtk_widget_set_margin_bottom (label, 10);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_widget_set_tooltip_text (row, uri);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      gtk_recent_info_get_display_name (info),
                                      -1);
      g_object_set_data_full (G_OBJECT (row), "uri", g_strdup (uri), g_free);
      gtk_list_box_append (self->recent_list, row);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  gtk_widget_set_visible (self->recent_box, shown > 0);
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
  if (columns->len == 0)
    fill_recent (self);

  if (columns->len > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", loaded),
                                loaded);
  adw_view_switcher_title_set_subtitle (self->window_title, subtitle ? subtitle : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.close-article", columns->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-comparison", loaded > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-article-left", columns->len > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.move-article-right", columns->len > 1);
}

static void
on_column_close_requested_cb (PxWindow        *self,
                              PxArticleColumn *column)
{
  _px_window_close_column (self, column);
}

/**
 * _px_window_list_bands:
 * @self: a window
 *
 * Returns: (transfer container) (element-type PxLinkBands): the bands, left to right
 */
GPtrArray *
_px_window_list_bands (PxWindow *self)
{
  return list_children_of_type (self, PX_TYPE_LINK_BANDS);
}

/* A link-band widget between each two neighbouring columns, after the
 * columns were added, removed or reordered. */
static void
relink_bands (PxWindow *self)
{
  g_autoptr(GPtrArray) bands = _px_window_list_bands (self);
  g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
  guint i;

  for (i = 0; i < bands->len; i++)
    gtk_box_remove (self->columns_box, bands->pdata[i]);

  for (i = 0; i + 1 < columns->len; i++)
    {
      GtkWidget *band = px_link_bands_new ();

      px_link_bands_set_columns (PX_LINK_BANDS (band), columns->pdata[i], columns->pdata[i + 1]);
      px_link_bands_set_across_events (PX_LINK_BANDS (band), self->across_events);
      gtk_box_insert_child_after (self->columns_box, band, columns->pdata[i]);
    }
}

/* Takes a column out of the window; the comparison changes only if the
 * column had an article (a loading one had none yet). */
static void
remove_column (PxWindow        *self,
               PxArticleColumn *column)
{
  gboolean had_article = px_article_column_get_article (column) != NULL;

  g_cancellable_cancel (px_article_column_get_cancellable (column));
  gtk_box_remove (self->columns_box, GTK_WIDGET (column));
  relink_bands (self);
  update_state (self);
  if (had_article)
    _px_window_schedule_comparison (self);
}

void
_px_window_close_column (PxWindow        *self,
                         PxArticleColumn *column)
{
  g_autoptr(GPtrArray) columns = NULL;
  PxArticleColumn *next = NULL;
  guint index;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (PX_IS_ARTICLE_COLUMN (column));

  /* Keep the keyboard focus in the comparison, on a neighbour. */
  columns = _px_window_list_columns (self);
  if (g_ptr_array_find (columns, column, &index))
    {
      if (index + 1 < columns->len)
        next = columns->pdata[index + 1];
      else if (index > 0)
        next = columns->pdata[index - 1];
    }

  remove_column (self, column);
  if (next != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (px_article_column_get_text_view (next)));
}

/* Puts a column at a position among the columns, keeping the focus. The
 * articles are compared again in their new order, which the Differences
 * panel, the Figures view, the reports and the print-out follow too. */
static void
move_column_to (PxWindow        *self,
                PxArticleColumn *column,
                guint            to)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
  GtkWidget *focus;
  guint from;

  if (!g_ptr_array_find (columns, column, &from) || to >= columns->len || to == from)
    return;

  /* After the column that will precede it: the one now at @to, or before. */
  g_ptr_array_remove_index (columns, from);
  focus = gtk_root_get_focus (GTK_ROOT (self));
  gtk_box_reorder_child_after (self->columns_box, GTK_WIDGET (column),
                               to > 0 ? columns->pdata[to - 1] : NULL);
  relink_bands (self);
  if (focus != NULL)
    gtk_widget_grab_focus (focus);

  if (px_article_column_get_article (column) != NULL)
    _px_window_schedule_comparison (self);
}

void
_px_window_move_column (PxWindow        *self,
                        PxArticleColumn *column,
                        int              delta)
{
  g_autoptr(GPtrArray) columns = NULL;
  guint index;

  g_return_if_fail (PX_IS_WINDOW (self));
  g_return_if_fail (PX_IS_ARTICLE_COLUMN (column));

  columns = _px_window_list_columns (self);
  if (!g_ptr_array_find (columns, column, &index))
    return;
  if ((delta < 0 && index == 0) || (delta > 0 && index + 1 >= columns->len))
    return;

  move_column_to (self, column, index + delta);
}

/* A column dragged onto another takes its place. */
static void
on_column_dropped_cb (PxWindow        *self,
                      PxArticleColumn *dragged,
                      PxArticleColumn *target)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
  guint to;

  if (g_ptr_array_find (columns, target, &to))
    move_column_to (self, dragged, to);
}

/* ---- Preferences applied live ------------------------------------------------ */

static void
on_font_changed_cb (PxWindow *self)
{
  g_autofree char *font = g_settings_get_string (self->settings, "font");
  g_autoptr(GString) css = g_string_new (NULL);

  if (*font != '\0')
    {
      PangoFontDescription *desc = pango_font_description_from_string (font);
      const char *family = pango_font_description_get_family (desc);
      int size = pango_font_description_get_size (desc);

      g_string_append (css, ".px-article-text {");
      if (family != NULL)
        {
          g_autofree char *escaped = g_strescape (family, NULL);

          g_string_append_printf (css, " font-family: \"%s\";", escaped);
        }
      if (size > 0)
        g_string_append_printf (css, " font-size: %.1fpt;", (double) size / PANGO_SCALE);
      g_string_append (css, " }");
      pango_font_description_free (desc);
    }

  gtk_css_provider_load_from_data (self->font_css, css->str, css->len);
}

static void
on_marked_kinds_changed_cb (PxWindow *self)
{
  g_auto(GStrv) kinds = g_settings_get_strv (self->settings, "marked-kinds");
  g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
  guint mask = 0, i;
  int k;

  for (k = 0; k < PX_N_DIFFERENCE_KINDS; k++)
    if (g_strv_contains ((const char * const *) kinds, px_difference_kind_to_string (k)))
      mask |= 1u << k;

  self->marked_kinds = mask;
  for (i = 0; i < columns->len; i++)
    px_article_column_set_marked_kinds (columns->pdata[i], mask);
  px_differences_panel_set_kinds (self->differences_panel, mask);
}

/* ---- The comparison ------------------------------------------------------ */

/* A column's place in the window's comparison, or -1: a new comparison
 * reaches the columns one a frame, and until then a column's index is
 * another comparison's. */
static int
shown_index (PxWindow        *self,
             PxArticleColumn *column)
{
  if (self->comparison == NULL || px_article_column_get_comparison (column) != self->comparison)
    return -1;

  return px_article_column_get_index (column);
}

static PxArticleColumn *
column_of_article (PxWindow *self,
                   guint     index)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
  guint i;

  for (i = 0; i < columns->len; i++)
    if (shown_index (self, columns->pdata[i]) == (int) index)
      return columns->pdata[i];

  return NULL;
}

/* For each two articles, each sentence's strongest link into the other:
 * what synchronised scrolling follows. */
static void
build_partners (PxWindow *self)
{
  const PxLink *links;
  g_autoptr(GHashTable) scores = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  guint n, k, a, b;

  g_hash_table_remove_all (self->partners);
  if (self->comparison == NULL)
    return;

  for (a = 0; a < px_comparison_get_n_articles (self->comparison); a++)
    for (b = 0; b < px_comparison_get_n_articles (self->comparison); b++)
      {
        GArray *best, *best_score;
        guint ns, i;

        if (a == b)
          continue;
        px_comparison_get_sentences (self->comparison, a, &ns);
        best = g_array_sized_new (FALSE, FALSE, sizeof (int), ns);
        best_score = g_array_sized_new (FALSE, TRUE, sizeof (double), ns);
        for (i = 0; i < ns; i++)
          {
            int none = -1;
            double zero = 0;

            g_array_append_val (best, none);
            g_array_append_val (best_score, zero);
          }
        g_hash_table_insert (self->partners, GUINT_TO_POINTER (a << 8 | b), best);
        g_hash_table_insert (scores, GUINT_TO_POINTER (a << 8 | b), best_score);
      }

  links = px_comparison_get_links (self->comparison, &n);
  for (k = 0; k < n; k++)
    {
      const PxLink *l = &links[k];
      GArray *ab = g_hash_table_lookup (self->partners, GUINT_TO_POINTER (l->a << 8 | l->b));
      GArray *ba = g_hash_table_lookup (self->partners, GUINT_TO_POINTER (l->b << 8 | l->a));
      GArray *sab = g_hash_table_lookup (scores, GUINT_TO_POINTER (l->a << 8 | l->b));
      GArray *sba = g_hash_table_lookup (scores, GUINT_TO_POINTER (l->b << 8 | l->a));

      if (l->score > g_array_index (sab, double, l->i))
        {
          g_array_index (sab, double, l->i) = l->score;
          g_array_index (ab, int, l->i) = l->j;
        }
      if (l->score > g_array_index (sba, double, l->j))
        {
          g_array_index (sba, double, l->j) = l->score;
          g_array_index (ba, int, l->j) = l->i;
        }
    }
}

/* The notice above the columns; each column shows its own event when it
 * takes the comparison (show_comparison_in()). */
static void
update_events_notice (PxWindow *self)
{
  guint n_events = self->comparison ? px_comparison_get_n_events (self->comparison) : 0;
  guint n_articles = self->comparison ? px_comparison_get_n_articles (self->comparison) : 0;

  if (n_events > 1)
    {
      /* Translators: the first %u is a number of articles, the second of events */
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "These %u articles report %u event",
                                                            "These %u articles report %u events",
                                                            n_events),
                                               n_articles, n_events);

      gtk_label_set_label (self->events_label, text);
    }
  gtk_revealer_set_reveal_child (self->events_revealer, n_events > 1);
}

typedef struct {
  PxArticleColumn *column;
  PxArticle *article;           /* to show; NULL: show the current comparison */
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->column);
  g_clear_pointer (&job->article, px_article_unref);
  g_free (job);
}

static gboolean
has_fill_jobs (PxWindow *self)
{
  GList *l;

  for (l = self->jobs->head; l != NULL; l = l->next)
    if (((Job *) l->data)->article != NULL)
      return TRUE;

  return FALSE;
}

static void
show_comparison_in (PxWindow        *self,
                    PxArticleColumn *column)
{
  PxArticle *article = px_article_column_get_article (column);
  guint k;

  for (k = 0; self->comparison && article && k < px_comparison_get_n_articles (self->comparison); k++)
    if (px_comparison_get_article (self->comparison, k) == article)
      {
        guint event = px_comparison_get_event_of (self->comparison, k);

        px_article_column_set_marked_kinds (column, self->marked_kinds);
        px_article_column_set_comparison (column, self->comparison, k, self->across_events);
        if (px_comparison_get_n_events (self->comparison) > 1)
          px_article_column_set_event (column, event,
                                       px_comparison_get_event_label (self->comparison, event));
        else
          px_article_column_set_event (column, -1, NULL);
        return;
      }

  px_article_column_set_comparison (column, NULL, 0, self->across_events);
  px_article_column_set_event (column, -1, NULL);
}

static void
update_spinner (PxWindow *self)
{
  if (self->comparing || !g_queue_is_empty (self->jobs))
    gtk_spinner_start (self->analysis_spinner);
  else
    gtk_spinner_stop (self->analysis_spinner);
}

/*
 * One column's job a frame: a column is filled, or takes the comparison,
 * from an idle of lower priority than GTK's drawing and than the text
 * view's own idles that lay out a new text or the lines a tag changed, so
 * once the frame showing the column before is drawn and that column's text
 * is laid out, and no pass of the main loop does two columns' work. A tick
 * callback, there while jobs wait, lets one idle be scheduled a frame. When
 * the main loop is not idle for JOB_WAIT_MAX (frames longer than their
 * interval: a slow machine, an animation), the tick does the job itself,
 * still one a frame; a short animation, like the crossfade to the columns,
 * is let finish first.
 */
#define JOB_WAIT_MAX (250 * G_TIME_SPAN_MILLISECOND)

static gboolean jobs_idle_cb (gpointer user_data);

static void
run_job (PxWindow *self)
{
  Job *job = g_queue_pop_head (self->jobs);
  gboolean filled = FALSE;

  if (job != NULL && window_of (job->column) == self)
    {
      if (job->article != NULL)
        {
          px_article_column_set_article (job->column, job->article);
          filled = TRUE;
        }
      else
        show_comparison_in (self, job->column);
    }
  g_clear_pointer (&job, job_free);

  if (filled)
    update_state (self);
  if (filled && !has_fill_jobs (self))
    _px_window_schedule_comparison (self);

  if (g_queue_is_empty (self->jobs))
    update_spinner (self);
}

static void
schedule_job_idle (PxWindow *self)
{
  self->jobs_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, jobs_idle_cb, self, NULL);
  self->jobs_idle_since = g_get_monotonic_time ();
}

static gboolean
jobs_idle_cb (gpointer user_data)
{
  PxWindow *self = PX_WINDOW (user_data);

  self->jobs_idle = 0;
  run_job (self);

  return G_SOURCE_REMOVE;
}

static gboolean
jobs_frame_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  PxWindow *self = PX_WINDOW (widget);

  if (g_queue_is_empty (self->jobs))
    {
      g_clear_handle_id (&self->jobs_idle, g_source_remove);
      self->jobs_frame = 0;
      return G_SOURCE_REMOVE;
    }

  if (self->jobs_idle == 0)
    schedule_job_idle (self);
  else if (g_get_monotonic_time () - self->jobs_idle_since >= JOB_WAIT_MAX)
    /* The idle stays scheduled: while the main loop stays busy, each frame
     * does a job, until the idle runs (which may then do the next one after
     * this frame is drawn: never two in one pass). */
    run_job (self);

  return G_SOURCE_CONTINUE;
}

static void
push_job (PxWindow        *self,
          PxArticleColumn *column,
          PxArticle       *article)
{
  Job *job = g_new0 (Job, 1);

  job->column = g_object_ref (column);
  job->article = article ? px_article_ref (article) : NULL;
  g_queue_push_tail (self->jobs, job);
  /* No tick callback means no idle either (jobs_frame_cb() drops both). */
  if (self->jobs_frame == 0)
    {
      self->jobs_frame = gtk_widget_add_tick_callback (GTK_WIDGET (self), jobs_frame_cb, NULL, NULL);
      schedule_job_idle (self);
    }
  update_spinner (self);
}

static void
apply_comparison (PxWindow *self)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
  g_autoptr(GPtrArray) bands = _px_window_list_bands (self);
  GList *l;
  guint i;

  /* Columns not shown yet take the comparison when their text comes. */
  for (l = self->jobs->head; l != NULL; )
    {
      GList *next = l->next;

      if (((Job *) l->data)->article == NULL)
        {
          job_free (l->data);
          g_queue_delete_link (self->jobs, l);
        }
      l = next;
    }

  for (i = 0; i < columns->len; i++)
    if (!px_article_column_is_loading (columns->pdata[i]))
      push_job (self, columns->pdata[i], NULL);

  for (i = 0; i < bands->len; i++)
    px_link_bands_set_across_events (bands->pdata[i], self->across_events);

  px_differences_panel_set_comparison (self->differences_panel, self->comparison, self->across_events);
  px_figures_view_set_comparison (self->figures_view, self->comparison);
  build_partners (self);
  update_events_notice (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", self->comparison != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", self->comparison != NULL);
  /* Whatever the panel's filter: stepping through an empty list does nothing. */
  {
    guint n = 0;

    if (self->comparison != NULL)
      px_comparison_get_differences (self->comparison, &n);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-difference", n > 0);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-difference", n > 0);
  }
}

static void
comparison_ready_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PxWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxComparison) comparison = px_comparison_new_finish (result, &error);
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));

  /* A newer comparison was started meanwhile, or the window closed. */
  if (comparison == NULL || cancellable != self->compare_cancellable ||
      g_cancellable_is_cancelled (cancellable))
    return;

  self->comparing = FALSE;
  g_clear_pointer (&self->comparison, px_comparison_unref);
  self->comparison = g_steal_pointer (&comparison);
  apply_comparison (self);
  update_spinner (self);
}

/**
 * _px_window_schedule_comparison:
 * @self: a window
 *
 * Compares the loaded articles again, in a worker thread; a comparison
 * still running is cancelled and its result dropped.
 */
void
_px_window_schedule_comparison (PxWindow *self)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  guint i;

  g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);

  for (i = 0; i < columns->len; i++)
    {
      PxArticle *article = px_article_column_get_article (columns->pdata[i]);

      if (article != NULL)
        g_ptr_array_add (articles, px_article_ref (article));
    }

  self->comparing = FALSE;
  if (articles->len < 2)
    {
      g_clear_pointer (&self->comparison, px_comparison_unref);
      apply_comparison (self);
      update_spinner (self);
      return;
    }

  self->compare_cancellable = g_cancellable_new ();
  self->comparing = TRUE;
  update_spinner (self);
  {
    /* Strictness from the preferences: how alike sentences must be. */
    static const double thresholds[] = { 0.3, PX_COMPARE_FACT_THRESHOLD, 0.12 };
    int strictness = g_settings_get_enum (self->settings, "strictness");
    g_autofree char *language = g_settings_get_string (self->settings, "stemming-language");
    PxCompareOptions options = { 0 };

    options.threshold = thresholds[CLAMP (strictness, 0, 2)];
    options.language = g_str_equal (language, "auto") ? NULL : language;
    px_comparison_new_async (articles, &options, self->compare_cancellable,
                             comparison_ready_cb, g_object_ref (self));
  }
}

static void
highlight_counterparts (PxWindow        *self,
                        PxArticleColumn *from,
                        int              sentence,
                        gboolean         scroll)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
  int index = shown_index (self, from);
  int fact = -1;
  guint i;

  if (index < 0)
    return;
  if (sentence >= 0)
    fact = px_comparison_get_fact_of (self->comparison, index, sentence);

  for (i = 0; i < columns->len; i++)
    {
      PxArticleColumn *column = columns->pdata[i];
      int other = shown_index (self, column);
      g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (guint));
      const PxSentenceRef *members;
      guint n, k;

      if (other < 0)
        continue;

      /* An article is always compared with itself. */
      if (fact >= 0 && px_comparison_are_compared (self->comparison, index, other, self->across_events))
        {
          members = px_comparison_get_fact (self->comparison, fact, &n);
          for (k = 0; k < n; k++)
            if (members[k].a == (guint) other)
              g_array_append_val (mine, members[k].i);
        }

      px_article_column_highlight (column, (const guint *) (gconstpointer) mine->data, mine->len);
      if (scroll && column != from && mine->len > 0)
        px_article_column_scroll_to_sentence (column, g_array_index (mine, guint, 0));
    }
}

static void
on_sentence_hovered_cb (PxWindow        *self,
                        int              sentence,
                        PxArticleColumn *column)
{
  highlight_counterparts (self, column, sentence, FALSE);
}

static void
on_sentence_activated_cb (PxWindow        *self,
                          int              sentence,
                          PxArticleColumn *column)
{
  highlight_counterparts (self, column, sentence, TRUE);
}

/* The sentence of @from linked into @to nearest above @sentence, and its
 * partner: the anchor scrolling follows. */
static gboolean
find_anchor (PxWindow *self,
             guint     from,
             guint     to,
             int       sentence,
             int      *anchor,
             int      *partner)
{
  GArray *best = g_hash_table_lookup (self->partners, GUINT_TO_POINTER (from << 8 | to));
  int k;

  if (best == NULL)
    return FALSE;

  for (k = MIN (sentence, (int) best->len - 1); k >= 0; k--)
    if (g_array_index (best, int, k) >= 0)
      {
        *anchor = k;
        *partner = g_array_index (best, int, k);
        return TRUE;
      }
  for (k = MAX (sentence, 0); k < (int) best->len; k++)
    if (g_array_index (best, int, k) >= 0)
      {
        *anchor = k;
        *partner = g_array_index (best, int, k);
        return TRUE;
      }

  return FALSE;
}

/*
 * Like Meld's synchronised scrolling: the sentence in the middle of the
 * scrolled column is mapped through its link to each other column, which
 * scrolls so that the partner sits in its middle at the same fraction.
 */
static void
sync_from (PxWindow        *self,
           PxArticleColumn *source)
{
  g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
  GtkAdjustment *adj = px_article_column_get_vadjustment (source);
  double mid = gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj) / 2;
  double span = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);
  int from = shown_index (self, source);
  int sentence = px_article_column_get_sentence_at_y (source, mid);
  guint i;

  for (i = 0; i < columns->len; i++)
    {
      PxArticleColumn *target = columns->pdata[i];
      GtkAdjustment *tadj = px_article_column_get_vadjustment (target);
      double tspan = gtk_adjustment_get_upper (tadj) - gtk_adjustment_get_page_size (tadj);
      double tpage = gtk_adjustment_get_page_size (tadj);
      int to = shown_index (self, target);
      int anchor, partner;
      double value;

      if (target == source)
        continue;

      if (from >= 0 && to >= 0 && sentence >= 0 &&
          px_comparison_are_compared (self->comparison, from, to, self->across_events) &&
          find_anchor (self, from, to, sentence, &anchor, &partner))
        {
          double s0, s1, t0, t1;

          if (!px_article_column_get_sentence_extent (source, anchor, &s0, &s1) ||
              !px_article_column_get_sentence_extent (target, partner, &t0, &t1))
            continue;
          if (anchor == sentence && s1 > s0)
            value = t0 + CLAMP ((mid - s0) / (s1 - s0), 0, 1) * (t1 - t0) - tpage / 2;
          else
            value = t1 + (mid - s1) - tpage / 2;
        }
      else
        value = span > 0 ? gtk_adjustment_get_value (adj) / span * tspan : 0;

      gtk_adjustment_set_value (tadj, CLAMP (value, 0, MAX (tspan, 0)));
    }
}

static void
on_column_scrolled_cb (PxWindow      *self,
                       GtkAdjustment *adjustment)
{
  g_autoptr(GPtrArray) columns = NULL;
  guint i;

  if (!self->sync_scroll || self->syncing)
    return;

  columns = _px_window_list_columns (self);
  for (i = 0; i < columns->len; i++)
    if (px_article_column_get_vadjustment (columns->pdata[i]) == adjustment)
      {
        self->syncing = TRUE;
        sync_from (self, columns->pdata[i]);
        self->syncing = FALSE;
        break;
      }
}

/**
 * _px_window_show_difference:
 * @self: a window
 * @difference: an index into the comparison's differences
 *
 * Selects both sides of the difference and scrolls them into view.
 */
void
_px_window_show_difference (PxWindow *self,
                            guint     difference)
{
  const PxDifference *diffs;
  PxArticleColumn *left, *right;
  gboolean syncing = self->syncing;
  guint n;

  if (self->comparison == NULL)
    return;
  diffs = px_comparison_get_differences (self->comparison, &n);
  if (difference >= n)
    return;

  left = column_of_article (self, diffs[difference].a);
  right = column_of_article (self, diffs[difference].b);

  /* Both sides go where they belong; do not let one drag the other. */
  self->syncing = TRUE;
  if (left != NULL)
    px_article_column_select_range (left, diffs[difference].left);
  if (right != NULL)
    px_article_column_select_range (right, diffs[difference].right);
  self->syncing = syncing;

  px_differences_panel_select (self->differences_panel, difference);
}

/**
 * _px_window_step_difference:
 * @self: a window
 * @delta: 1 for the next difference, -1 for the previous one
 */
void
_px_window_step_difference (PxWindow *self,
                            int       delta)
{
  guint n = px_differences_panel_get_n_shown (self->differences_panel);
  int position;

  if (n == 0)
    return;

  /* From the row the panel has selected: a click there, or a new filter
   * (which clears it), moves the starting point too. */
  position = px_differences_panel_get_selected (self->differences_panel) + delta;
  if (position < 0)
    position = n - 1;
  else if (position >= (int) n)
    position = 0;

  _px_window_show_difference (self, px_differences_panel_get_shown (self->differences_panel, position));
}

/* A cell of the Figures view: its sentence, shown in the text. */
static void
on_figure_activated_cb (PxWindow *self,
                        guint     article,
                        guint64   start,
                        guint64   end)
{
  PxArticleColumn *column = column_of_article (self, article);
  PxRange range = { start, end };

  if (column == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "text");
  px_article_column_select_range (column, range);
  gtk_widget_grab_focus (GTK_WIDGET (px_article_column_get_text_view (column)));
}

static void
on_difference_activated_cb (PxWindow *self,
                            guint     difference)
{
  _px_window_show_difference (self, difference);
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
  g_signal_connect_object (column, "sentence-hovered",
                           G_CALLBACK (on_sentence_hovered_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (column, "sentence-activated",
                           G_CALLBACK (on_sentence_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (column, "column-dropped",
                           G_CALLBACK (on_column_dropped_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (px_article_column_get_vadjustment (column), "value-changed",
                           G_CALLBACK (on_column_scrolled_cb), self, G_CONNECT_SWAPPED);
  px_article_column_set_loading (column, source, message);
  gtk_box_append (self->columns_box, GTK_WIDGET (column));
  relink_bands (self);
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

      remove_column (self, column);
      _px_window_toast (self, message);
      return;
    }

  push_job (self, column, article);
}

static void
import_file_worker (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  PxArticle *article;

  px_worker_lower_priority ();
  article = px_import_file (task_data, cancellable, &error);
  if (article == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, article, (GDestroyNotify) px_article_unref);
}

/*
 * Files are read at most one fewer at a time than the machine has
 * processors, and at least one: the window's thread keeps a processor to
 * draw on, and a dozen files opened together do not start a dozen threads
 * that take turns with it. Shared by every window of the process.
 */
static GQueue import_queue = G_QUEUE_INIT;
static guint imports_running;

static void
start_imports (void)
{
  guint limit = MAX (1, g_get_num_processors () - 1);

  while (imports_running < limit && !g_queue_is_empty (&import_queue))
    {
      g_autoptr(GTask) task = g_queue_pop_head (&import_queue);

      imports_running++;
      /* A column closed, or its window, while its file waited (both cancel
       * the column's loads): no need to read it. */
      if (g_task_return_error_if_cancelled (task))
        continue;
      g_task_run_in_thread (task, import_file_worker);
    }
}

static void
import_text_worker (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  PxArticle *article;

  px_worker_lower_priority ();
  article = px_import_bytes (task_data, NULL, &error);
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

/**
 * _px_window_get_n_reading:
 * @n_waiting: (out) (optional): how many files wait their turn
 *
 * Returns: how many files are being read, in all windows
 */
guint
_px_window_get_n_reading (guint *n_waiting)
{
  if (n_waiting != NULL)
    *n_waiting = g_queue_get_length (&import_queue);

  return imports_running;
}

/* A file read from the queue: the next one may start. */
static void
file_loaded_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  imports_running--;
  start_imports ();
  article_loaded_cb (source_object, result, user_data);
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

typedef struct {
  GPtrArray *articles;
  PxSessionView view;
} Session;

static void
session_free (Session *session)
{
  g_clear_pointer (&session->articles, g_ptr_array_unref);
  g_free (session);
}

static void
load_session_worker (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  Session *session = g_new0 (Session, 1);

  px_worker_lower_priority ();
  bytes = g_file_load_bytes (task_data, cancellable, NULL, &error);
  if (bytes != NULL)
    session->articles = px_session_load (bytes, &session->view, &error);

  if (session->articles == NULL)
    {
      session_free (session);
      g_task_return_error (task, error);
    }
  else
    g_task_return_pointer (task, session, (GDestroyNotify) session_free);
}

static void
session_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PxWindow *self = PX_WINDOW (source);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  Session *session = g_task_propagate_pointer (G_TASK (result), &error);
  guint i;

  if (session == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *message = g_strdup_printf (_("Could not open %s: %s"), name, error->message);

          _px_window_toast (self, message);
        }
      return;
    }

  {
    g_autofree char *uri = g_file_get_uri (file);

    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }

  g_object_set (self,
                "compare-across-events", session->view.across_events,
                "show-differences", session->view.show_differences,
                NULL);
  for (i = 0; i < session->articles->len; i++)
    {
      PxArticle *article = session->articles->pdata[i];
      PxArticleColumn *column = add_column (self, px_article_get_source (article), _("Reading…"));

      if (column == NULL)
        break;
      push_job (self, column, article);
    }

  session_free (session);
}

static gboolean
is_session_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && g_str_has_suffix (name, ".parallax");
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

      if (is_session_file (files[i]))
        {
          task = g_task_new (self, self->cancellable, session_loaded_cb, NULL);
          g_task_set_source_tag (task, px_window_open_files);
          g_task_set_task_data (task, g_object_ref (files[i]), g_object_unref);
          g_task_run_in_thread (task, load_session_worker);
          continue;
        }

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
        break;

      task = g_task_new (column, px_article_column_get_cancellable (column),
                         file_loaded_cb, NULL);
      g_task_set_source_tag (task, px_window_open_files);
      g_task_set_task_data (task, g_object_ref (files[i]), g_object_unref);
      g_queue_push_tail (&import_queue, g_object_ref (task));
    }

  /* Reading starts once every column is there, so that the workers do not
   * slow the making of the columns down. */
  start_imports ();
}

void
px_window_add_link (PxWindow   *self,
                    const char *uri)
{
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
px_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PxWindow *self = PX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_DIFFERENCES:
      g_value_set_boolean (value, self->show_differences);
      break;
    case PROP_COMPARE_ACROSS_EVENTS:
      g_value_set_boolean (value, self->across_events);
      break;
    case PROP_SYNC_SCROLL:
      g_value_set_boolean (value, self->sync_scroll);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
px_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PxWindow *self = PX_WINDOW (object);
  gboolean b = g_value_get_boolean (value);

  switch (prop_id)
    {
    case PROP_SHOW_DIFFERENCES:
      if (self->show_differences == b)
        return;
      self->show_differences = b;
      gtk_revealer_set_reveal_child (self->differences_revealer, b);
      break;
    case PROP_COMPARE_ACROSS_EVENTS:
      if (self->across_events == b)
        return;
      self->across_events = b;
      apply_comparison (self);
      break;
    case PROP_SYNC_SCROLL:
      if (self->sync_scroll == b)
        return;
      self->sync_scroll = b;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  g_object_notify_by_pspec (object, pspec);
}

static void
px_window_dispose (GObject *object)
{
  PxWindow *self = PX_WINDOW (object);

  g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  /* What the columns still read or fetch is for nobody now; a column's own
   * dispose would come only when the last load lets go of it. */
  if (self->columns_box != NULL)
    {
      g_autoptr(GPtrArray) columns = _px_window_list_columns (self);
      guint i;

      for (i = 0; i < columns->len; i++)
        g_cancellable_cancel (px_article_column_get_cancellable (columns->pdata[i]));
    }
  g_clear_handle_id (&self->jobs_idle, g_source_remove);
  if (self->jobs_frame != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->jobs_frame);
      self->jobs_frame = 0;
    }
  if (self->jobs != NULL)
    {
      g_queue_free_full (self->jobs, (GDestroyNotify) job_free);
      self->jobs = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->last_toast, g_free);
  g_clear_pointer (&self->comparison, px_comparison_unref);
  g_clear_pointer (&self->partners, g_hash_table_unref);
  if (self->font_css != NULL)
    {
      gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                     GTK_STYLE_PROVIDER (self->font_css));
      g_clear_object (&self->font_css);
    }

  G_OBJECT_CLASS (px_window_parent_class)->dispose (object);
}

/*
 * Drawn with cairo, in software, an animated change of page or panel
 * redraws the whole window at every frame of it: the crossfade from the
 * empty page to the columns took 200 ms during which no article showed,
 * and the Differences panel sliding in laid the columns out again at each
 * frame. Without a GPU the window changes at once; with one it animates.
 */
#define REVEALER_DURATION 250   /* ms, GtkRevealer's own */

static void
px_window_realize (GtkWidget *widget)
{
  PxWindow *self = PX_WINDOW (widget);
  GskRenderer *renderer;
  gboolean animate;

  GTK_WIDGET_CLASS (px_window_parent_class)->realize (widget);

  renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  animate = renderer != NULL && !G_TYPE_CHECK_INSTANCE_TYPE (renderer, GSK_TYPE_CAIRO_RENDERER);
  _px_window_set_animated (self, animate);
}

/**
 * _px_window_set_animated:
 * @self: a window
 * @animated: whether pages and panels change with an animation
 */
void
_px_window_set_animated (PxWindow *self,
                         gboolean  animated)
{
  /* The revealers keep sliding, in no time: a revealer that does not slide
   * keeps its child's size while hidden. */
  guint duration = animated ? REVEALER_DURATION : 0;

  gtk_stack_set_transition_type (self->main_stack, animated ? GTK_STACK_TRANSITION_TYPE_CROSSFADE
                                                            : GTK_STACK_TRANSITION_TYPE_NONE);
  gtk_revealer_set_transition_duration (self->events_revealer, duration);
  gtk_revealer_set_transition_duration (self->differences_revealer, duration);
}

static void
px_window_class_init (PxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = px_window_dispose;
  object_class->get_property = px_window_get_property;
  object_class->set_property = px_window_set_property;
  window_class->close_request = px_window_close_request;
  widget_class->realize = px_window_realize;

  properties[PROP_SHOW_DIFFERENCES] =
    g_param_spec_boolean ("show-differences", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPARE_ACROSS_EVENTS] =
    g_param_spec_boolean ("compare-across-events", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYNC_SCROLL] =
    g_param_spec_boolean ("sync-scroll", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/px-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, drop_area);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, columns_box);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, events_revealer);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, events_label);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, across_switch);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, differences_revealer);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, differences_panel);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, analysis_spinner);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, recent_box);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PxWindow, figures_view);
  gtk_widget_class_bind_template_callback (widget_class, on_figure_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_difference_activated_cb);

  _px_window_class_add_actions (klass);

  g_type_ensure (PX_TYPE_ARTICLE_COLUMN);
  g_type_ensure (PX_TYPE_DIFFERENCES_PANEL);
  g_type_ensure (PX_TYPE_FIGURES_VIEW);
  g_type_ensure (PX_TYPE_LINK_BANDS);
}

static void
px_window_init (PxWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->jobs = g_queue_new ();
  self->partners = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (self->settings, "show-differences", self, "show-differences", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "compare-across-events", self, "compare-across-events",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "sync-scroll", self, "sync-scroll", G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->recent_list, "row-activated",
                           G_CALLBACK (on_recent_activated_cb), self, 0);

  self->font_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->font_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  on_font_changed_cb (self);
  on_marked_kinds_changed_cb (self);
  g_signal_connect_object (self->settings, "changed::font", G_CALLBACK (on_font_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::marked-kinds",
                           G_CALLBACK (on_marked_kinds_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::strictness",
                           G_CALLBACK (_px_window_schedule_comparison), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::stemming-language",
                           G_CALLBACK (_px_window_schedule_comparison), self, G_CONNECT_SWAPPED);
  _px_window_init_actions (self);
  _px_window_init_dnd (self);
  update_state (self);
  apply_comparison (self);
}

PxWindow *
px_window_new (PxApplication *application)
{
  return g_object_new (PX_TYPE_WINDOW, "application", application, NULL);
}
