/* px-figures-view.c — the story of each number across sources and time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "px-figures-view.h"

/*
 * One row per quantity that two or more sources give ("people killed"),
 * one column per source in date order; each cell the figure as written,
 * marked when it disagrees with the first report; the spread; and a small
 * chart of the figure against the article's date, so that a rising toll
 * reads as a line rather than as a contradiction. Clicking a cell shows
 * its sentence in the text.
 */

struct _PxFiguresView
{
  GtkWidget parent_instance;

  GtkWidget *stack;
  GtkWidget *grid;
  PxComparison *comparison;
  GArray *order;                /* guint: articles in date order */
  GPtrArray *cells;             /* per row: GPtrArray of GtkWidget* (NULL where none) per column */
};

G_DEFINE_FINAL_TYPE (PxFiguresView, px_figures_view, GTK_TYPE_WIDGET)

enum {
  FIGURE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  double x;                     /* days since the first dated report */
  double y;
} Point;

static double
days_of (const char *iso)
{
  g_autoptr(GDateTime) dt = px_date_to_date_time (iso);

  if (dt == NULL)
    return NAN;

  return g_date_time_to_unix (dt) / 86400.0;
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  GArray *points = user_data;
  double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
  GdkRGBA color;
  guint k;

  if (points->len < 2)
    return;

  for (k = 0; k < points->len; k++)
    {
      const Point *p = &g_array_index (points, Point, k);

      x0 = MIN (x0, p->x);
      x1 = MAX (x1, p->x);
      y0 = MIN (y0, p->y);
      y1 = MAX (y1, p->y);
    }
  if (x1 <= x0)
    x1 = x0 + 1;
  if (y1 <= y0)
    {
      y0 -= 1;
      y1 += 1;
    }

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &color);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, 4, height - 4.5);
  cairo_line_to (cr, width - 4, height - 4.5);
  cairo_stroke (cr);

  cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 1);
  cairo_set_line_width (cr, 2);
  for (k = 0; k < points->len; k++)
    {
      const Point *p = &g_array_index (points, Point, k);
      double x = 6 + (p->x - x0) / (x1 - x0) * (width - 12);
      double y = height - 6 - (p->y - y0) / (y1 - y0) * (height - 12);

      if (k == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);

  for (k = 0; k < points->len; k++)
    {
      const Point *p = &g_array_index (points, Point, k);
      double x = 6 + (p->x - x0) / (x1 - x0) * (width - 12);
      double y = height - 6 - (p->y - y0) / (y1 - y0) * (height - 12);

      cairo_arc (cr, x, y, 3, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

static void
on_cell_clicked_cb (GtkButton     *button,
                    PxFiguresView *self)
{
  guint a = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "article"));
  PxRange *range = g_object_get_data (G_OBJECT (button), "range");

  g_signal_emit (self, signals[FIGURE_ACTIVATED], 0, a, (guint64) range->start, (guint64) range->end);
}

static GtkWidget *
header_label (const char *text,
              const char *subtitle)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (text);
  GtkWidget *sub = gtk_label_new (subtitle);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 18);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  gtk_widget_add_css_class (sub, "caption");
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), sub);

  return box;
}

static void
rebuild (PxFiguresView *self)
{
  PxComparison *c = self->comparison;
  GtkWidget *child;
  guint n_articles, q, k, col;

  while ((child = gtk_widget_get_first_child (self->grid)) != NULL)
    gtk_grid_remove (GTK_GRID (self->grid), child);
  g_array_set_size (self->order, 0);
  g_ptr_array_set_size (self->cells, 0);

  if (c == NULL || px_comparison_get_n_quantities (c) == 0)
    {
      gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
      return;
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "table");

  {
    const guint *order = px_comparison_get_article_order (c, &n_articles);

    g_array_append_vals (self->order, order, n_articles);
  }

  gtk_grid_attach (GTK_GRID (self->grid), header_label (_("Quantity"), ""), 0, 0, 1, 1);
  for (col = 0; col < n_articles; col++)
    {
      guint a = g_array_index (self->order, guint, col);
      g_autofree char *label = px_comparison_dup_source_label (c, a);
      const char *date = px_article_get_date (px_comparison_get_article (c, a));

      gtk_grid_attach (GTK_GRID (self->grid),
                       header_label (label, date ? date : _("date unknown")), col + 1, 0, 1, 1);
    }
  gtk_grid_attach (GTK_GRID (self->grid), header_label (_("Spread"), _("lowest – highest")),
                   n_articles + 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (self->grid), header_label (_("Over time"), ""), n_articles + 2, 0, 1, 1);

  for (q = 0; q < px_comparison_get_n_quantities (c); q++)
    {
      const PxQuantityMember *members;
      GPtrArray *row_cells = g_ptr_array_new ();
      GArray *points = g_array_new (FALSE, FALSE, sizeof (Point));
      double first_value = NAN, first_day = NAN;
      GtkWidget *label, *chart;
      g_autofree char *spread = NULL;
      guint n;

      members = px_comparison_get_quantity (c, q, &n);
      label = gtk_label_new (px_comparison_get_quantity_label (c, q));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 22);
      gtk_grid_attach (GTK_GRID (self->grid), label, 0, q + 1, 1, 1);

      for (col = 0; col < n_articles; col++)
        {
          guint a = g_array_index (self->order, guint, col);
          const PxQuantityMember *m = NULL;
          GtkWidget *cell;
          PxRange *range;
          g_autofree char *text = NULL;
          g_autofree char *accessible = NULL;
          g_autofree char *source = NULL;
          double day, value;

          for (k = 0; k < n; k++)
            if (members[k].a == a)
              m = &members[k];

          if (m == NULL)
            {
              g_ptr_array_add (row_cells, NULL);
              continue;
            }

          value = px_comparison_get_quantity_value (c, m);
          range = g_new (PxRange, 1);
          text = px_comparison_dup_figure_text (c, a, m->figure, range);
          cell = gtk_button_new_with_label (text);
          gtk_widget_add_css_class (cell, "flat");
          gtk_widget_add_css_class (cell, "px-figure-cell");
          g_object_set_data (G_OBJECT (cell), "article", GUINT_TO_POINTER (a));
          g_object_set_data_full (G_OBJECT (cell), "range", range, g_free);
          g_signal_connect_object (cell, "clicked", G_CALLBACK (on_cell_clicked_cb), self, 0);

          /* Compared in a common unit: "22-month" and "two years" differ. */
          if (isnan (first_value))
            first_value = value;
          else if (value != first_value)
            gtk_widget_add_css_class (cell, "px-figure-differs");

          source = px_comparison_dup_source_label (c, a);
          /* Translators: a cell of the figures table, "AP: at least 60,000 people" */
          accessible = g_strdup_printf (_("%s: %s"), source, text);
          gtk_widget_set_tooltip_text (cell, accessible);
          gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
          gtk_grid_attach (GTK_GRID (self->grid), cell, col + 1, q + 1, 1, 1);
          g_ptr_array_add (row_cells, cell);

          day = days_of (px_article_get_date (px_comparison_get_article (c, a)));
          if (!isnan (day))
            {
              Point p;

              if (isnan (first_day))
                first_day = day;
              p.x = day - first_day;
              p.y = value;
              g_array_append_val (points, p);
            }
        }

      spread = px_comparison_dup_quantity_spread (c, q);
      gtk_grid_attach (GTK_GRID (self->grid), gtk_label_new (spread), n_articles + 1, q + 1, 1, 1);

      chart = gtk_drawing_area_new ();
      gtk_widget_set_size_request (chart, 140, 36);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (chart), draw_chart, points,
                                      (GDestroyNotify) g_array_unref);
      if (points->len < 2)
        gtk_widget_set_tooltip_text (chart, _("Too few dated reports to draw"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (chart),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("The figure against the report dates"),
                                      -1);
      gtk_grid_attach (GTK_GRID (self->grid), chart, n_articles + 2, q + 1, 1, 1);

      g_ptr_array_add (self->cells, row_cells);
    }
}

static void
px_figures_view_dispose (GObject *object)
{
  PxFiguresView *self = PX_FIGURES_VIEW (object);

  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_pointer (&self->comparison, px_comparison_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);

  G_OBJECT_CLASS (px_figures_view_parent_class)->dispose (object);
}

static void
px_figures_view_class_init (PxFiguresViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_figures_view_dispose;

  /**
   * PxFiguresView::figure-activated:
   * @article: the article whose figure was clicked
   * @start: first byte of the figure in its text
   * @end: one past its last byte
   */
  signals[FIGURE_ACTIVATED] =
    g_signal_new ("figure-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_UINT64, G_TYPE_UINT64);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxfiguresview");
}

static void
px_figures_view_init (PxFiguresView *self)
{
  GtkWidget *scroller, *empty;

  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  self->stack = gtk_stack_new ();
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));

  self->grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 6);
  gtk_widget_set_margin_start (self->grid, 18);
  gtk_widget_set_margin_end (self->grid, 18);
  gtk_widget_set_margin_top (self->grid, 18);
  gtk_widget_set_margin_bottom (self->grid, 18);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Figures by source"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->grid);
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "table");

  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "px-kind-figure-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Shared Figures"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("No quantity is reported by two sources or more."));
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
}

GtkWidget *
px_figures_view_new (void)
{
  return g_object_new (PX_TYPE_FIGURES_VIEW, NULL);
}

void
px_figures_view_set_comparison (PxFiguresView *self,
                                PxComparison  *comparison)
{
  g_return_if_fail (PX_IS_FIGURES_VIEW (self));

  /* The same comparison shown again (the window's switches changed): the
   * table does not depend on them. */
  if (comparison != NULL && comparison == self->comparison)
    return;

  g_clear_pointer (&self->comparison, px_comparison_unref);
  if (comparison != NULL)
    self->comparison = px_comparison_ref (comparison);
  rebuild (self);
}

guint
px_figures_view_get_n_rows (PxFiguresView *self)
{
  g_return_val_if_fail (PX_IS_FIGURES_VIEW (self), 0);
  return self->cells->len;
}

const char *
px_figures_view_get_row_label (PxFiguresView *self,
                               guint          row)
{
  g_return_val_if_fail (PX_IS_FIGURES_VIEW (self), NULL);
  g_return_val_if_fail (self->comparison != NULL && row < self->cells->len, NULL);

  return px_comparison_get_quantity_label (self->comparison, row);
}

/**
 * px_figures_view_get_cell:
 * @self: a figures view
 * @row: a quantity
 * @article: an article index of the comparison
 *
 * Returns: (transfer none) (nullable): the cell's button, or %NULL where
 *   the article gives no figure for the quantity
 */
GtkWidget *
px_figures_view_get_cell (PxFiguresView *self,
                          guint          row,
                          guint          article)
{
  GPtrArray *row_cells;
  guint col;

  g_return_val_if_fail (PX_IS_FIGURES_VIEW (self), NULL);
  g_return_val_if_fail (row < self->cells->len, NULL);

  row_cells = self->cells->pdata[row];
  for (col = 0; col < self->order->len; col++)
    if (g_array_index (self->order, guint, col) == article)
      return row_cells->pdata[col];

  return NULL;
}
