/* px-link-bands.c — the bands between two columns that join linked sentences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "px-link-bands.h"

/*
 * Like Meld's link map: for each pair of linked sentences, a band from the
 * lines of the sentence on the left to the lines of its counterpart on the
 * right, its opacity by the link's strength. Bands whose ends are both off
 * screen on the same side are not drawn.
 */

struct _PxLinkBands
{
  GtkWidget parent_instance;

  PxArticleColumn *left;
  PxArticleColumn *right;
  gboolean across_events;

  GArray *pairs;
  guint n_drawn;
  gconstpointer cached_comparison;
  int cached_left;
  int cached_right;
};

G_DEFINE_FINAL_TYPE (PxLinkBands, px_link_bands, GTK_TYPE_WIDGET)

#define BAND_WIDTH 40

typedef struct {
  guint left;
  guint right;
  double score;
} Pair;

static void
disconnect_column (PxLinkBands      *self,
                   PxArticleColumn **column)
{
  if (*column == NULL)
    return;

  g_signal_handlers_disconnect_by_data (px_article_column_get_vadjustment (*column), self);
  g_signal_handlers_disconnect_by_data (*column, self);
  g_object_remove_weak_pointer (G_OBJECT (*column), (gpointer *) column);
  *column = NULL;
}

static void
redraw_cb (PxLinkBands *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The columns take a new comparison one a frame: between the two, the
 * bands draw nothing, and what they worked out then must not outlive it. */
static void
comparison_changed_cb (PxLinkBands *self)
{
  g_clear_pointer (&self->pairs, g_array_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
connect_column (PxLinkBands      *self,
                PxArticleColumn **slot,
                PxArticleColumn  *column)
{
  *slot = column;
  g_object_add_weak_pointer (G_OBJECT (column), (gpointer *) slot);
  g_signal_connect_swapped (px_article_column_get_vadjustment (column), "value-changed",
                            G_CALLBACK (redraw_cb), self);
  g_signal_connect_swapped (px_article_column_get_vadjustment (column), "changed",
                            G_CALLBACK (redraw_cb), self);
  g_signal_connect_swapped (column, "notify::article", G_CALLBACK (redraw_cb), self);
  g_signal_connect_swapped (column, "notify::comparison", G_CALLBACK (comparison_changed_cb), self);
  g_signal_connect_swapped (column, "sentence-hovered", G_CALLBACK (redraw_cb), self);
}

/*
 * The links drawn between the two columns, oriented left to right: every
 * link that states the same fact, and each sentence's strongest link when
 * it is above the "only in this source" line. Within one event nearly
 * every sentence touches every other weakly; drawing all of those would
 * hide the ones that matter.
 */
static GArray *
collect_pairs (PxLinkBands *self)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autofree double *best_left = NULL;
  g_autofree double *best_right = NULL;
  PxComparison *comparison;
  const PxLink *links;
  guint n, k, nl, nr;
  int li, ri;

  if (self->left == NULL || self->right == NULL)
    return pairs;

  comparison = px_article_column_get_comparison (self->left);
  li = px_article_column_get_index (self->left);
  ri = px_article_column_get_index (self->right);
  if (comparison == NULL || comparison != px_article_column_get_comparison (self->right) ||
      li < 0 || ri < 0)
    return pairs;

  if (!px_comparison_are_compared (comparison, li, ri, self->across_events))
    return pairs;

  px_comparison_get_sentences (comparison, li, &nl);
  px_comparison_get_sentences (comparison, ri, &nr);
  best_left = g_new0 (double, nl + 1);
  best_right = g_new0 (double, nr + 1);

  links = px_comparison_get_links (comparison, &n);
  for (k = 0; k < n; k++)
    {
      const PxLink *l = &links[k];
      Pair p;

      if (l->a == (guint) li && l->b == (guint) ri)
        p = (Pair) { l->i, l->j, l->score };
      else if (l->a == (guint) ri && l->b == (guint) li)
        p = (Pair) { l->j, l->i, l->score };
      else
        continue;

      if (p.score < PX_COMPARE_UNIQUE_THRESHOLD)
        continue;
      best_left[p.left] = MAX (best_left[p.left], p.score);
      best_right[p.right] = MAX (best_right[p.right], p.score);
      g_array_append_val (pairs, p);
    }

  for (k = 0; k < pairs->len; )
    {
      const Pair *p = &g_array_index (pairs, Pair, k);

      if (p->score < PX_COMPARE_FACT_THRESHOLD &&
          p->score < best_left[p->left] && p->score < best_right[p->right])
        g_array_remove_index_fast (pairs, k);
      else
        k++;
    }

  return pairs;
}

/* The pairs change only with the comparison, not while scrolling; a
 * column taking a comparison drops them (comparison_changed_cb()). */
static GArray *
get_pairs (PxLinkBands *self)
{
  PxComparison *comparison = self->left ? px_article_column_get_comparison (self->left) : NULL;
  int li = self->left ? px_article_column_get_index (self->left) : -1;
  int ri = self->right ? px_article_column_get_index (self->right) : -1;

  if (self->pairs == NULL || self->cached_comparison != comparison ||
      self->cached_left != li || self->cached_right != ri)
    {
      g_clear_pointer (&self->pairs, g_array_unref);
      self->pairs = collect_pairs (self);
      self->cached_comparison = comparison;
      self->cached_left = li;
      self->cached_right = ri;
    }

  return self->pairs;
}

static void
px_link_bands_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = BAND_WIDTH;
  else
    *minimum = *natural = 0;
}

static void
band_path (cairo_t *cr,
           double   width,
           double   l0,
           double   l1,
           double   r0,
           double   r1)
{
  double mid = width / 2;

  cairo_move_to (cr, 0, l0);
  cairo_curve_to (cr, mid, l0, mid, r0, width, r0);
  cairo_line_to (cr, width, r1);
  cairo_curve_to (cr, mid, r1, mid, l1, 0, l1);
  cairo_close_path (cr);
}

/* Where one end of a band lies: the sentence's lines when it is on
 * screen, else a point at the edge it lies beyond. */
static gboolean
end_area (PxArticleColumn *column,
          guint            sentence,
          guint            first,
          guint            last,
          GtkWidget       *widget,
          double           top,
          double           height,
          double          *y0,
          double          *y1)
{
  if (sentence < first)
    {
      *y0 = *y1 = top - 1;
      return TRUE;
    }
  if (sentence > last)
    {
      *y0 = *y1 = height + 1;
      return TRUE;
    }

  return px_article_column_get_sentence_area (column, sentence, widget, y0, y1);
}

static void
px_link_bands_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  PxLinkBands *self = PX_LINK_BANDS (widget);
  GArray *pairs = get_pairs (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int hover_left, hover_right;
  double top = 0, x;
  cairo_t *cr;
  guint k, lfirst, llast, rfirst, rlast;

  self->n_drawn = 0;
  if (pairs->len == 0)
    return;

  /* Bands start below the header cards, where the text starts. */
  gtk_widget_translate_coordinates (px_article_column_get_text_area (self->left), widget,
                                    0, 0, &x, &top);
  top = MAX (top, 0);

  hover_left = px_article_column_get_hovered_sentence (self->left);
  hover_right = px_article_column_get_hovered_sentence (self->right);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, top, width, height - top));
  cairo_rectangle (cr, 0, top, width, height - top);
  cairo_clip (cr);

  if (!px_article_column_get_visible_sentences (self->left, &lfirst, &llast) ||
      !px_article_column_get_visible_sentences (self->right, &rfirst, &rlast))
    {
      cairo_destroy (cr);
      return;
    }

  for (k = 0; k < pairs->len; k++)
    {
      const Pair *p = &g_array_index (pairs, Pair, k);
      double l0, l1, r0, r1;
      gboolean hovered;
      double alpha;

      /* An end off screen is drawn as a stub to the edge it lies beyond. */
      if (!end_area (self->left, p->left, lfirst, llast, widget, top, height, &l0, &l1) ||
          !end_area (self->right, p->right, rfirst, rlast, widget, top, height, &r0, &r1))
        continue;
      if ((l1 <= top && r1 <= top) || (l0 >= height && r0 >= height))
        continue;

      hovered = (int) p->left == hover_left || (int) p->right == hover_right;
      alpha = hovered ? 0.55 : 0.08 + 0.22 * CLAMP (p->score / PX_COMPARE_FACT_THRESHOLD, 0, 1);

      /* Right to left, the "left" column stands on the right. */
      if (rtl)
        band_path (cr, width, r0, r1, l0, l1);
      else
        band_path (cr, width, l0, l1, r0, r1);
      if (p->score >= PX_COMPARE_FACT_THRESHOLD)
        cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, alpha);
      else if (dark)
        cairo_set_source_rgba (cr, 1, 1, 1, alpha * 0.5);
      else
        cairo_set_source_rgba (cr, 0, 0, 0, alpha * 0.5);
      cairo_fill_preserve (cr);
      self->n_drawn++;
      cairo_set_line_width (cr, 1);
      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, MIN (alpha * 1.6, 0.9));
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

static void
px_link_bands_dispose (GObject *object)
{
  PxLinkBands *self = PX_LINK_BANDS (object);

  disconnect_column (self, &self->left);
  disconnect_column (self, &self->right);
  g_clear_pointer (&self->pairs, g_array_unref);

  G_OBJECT_CLASS (px_link_bands_parent_class)->dispose (object);
}

static void
px_link_bands_class_init (PxLinkBandsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_link_bands_dispose;
  widget_class->measure = px_link_bands_measure;
  widget_class->snapshot = px_link_bands_snapshot;

  gtk_widget_class_set_css_name (widget_class, "pxlinkbands");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
px_link_bands_init (PxLinkBands *self)
{
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Links between the articles"),
                                  -1);
}

GtkWidget *
px_link_bands_new (void)
{
  return g_object_new (PX_TYPE_LINK_BANDS, NULL);
}

void
px_link_bands_set_columns (PxLinkBands     *self,
                           PxArticleColumn *left,
                           PxArticleColumn *right)
{
  g_return_if_fail (PX_IS_LINK_BANDS (self));
  g_return_if_fail (PX_IS_ARTICLE_COLUMN (left));
  g_return_if_fail (PX_IS_ARTICLE_COLUMN (right));

  disconnect_column (self, &self->left);
  disconnect_column (self, &self->right);
  connect_column (self, &self->left, left);
  connect_column (self, &self->right, right);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
px_link_bands_set_across_events (PxLinkBands *self,
                                 gboolean     across_events)
{
  g_return_if_fail (PX_IS_LINK_BANDS (self));

  /* Called with each new comparison, too: drop what was worked out. */
  g_clear_pointer (&self->pairs, g_array_unref);
  self->across_events = across_events;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * px_link_bands_count_links:
 * @self: link bands
 * @visible_only: count only the bands with an end on screen
 *
 * Returns: how many links the bands show between the two columns
 */
guint
px_link_bands_count_links (PxLinkBands *self,
                           gboolean     visible_only)
{
  GArray *pairs;
  guint k, count = 0, lfirst, llast, rfirst, rlast;

  g_return_val_if_fail (PX_IS_LINK_BANDS (self), 0);

  pairs = get_pairs (self);
  if (!visible_only)
    return pairs->len;

  if (!px_article_column_get_visible_sentences (self->left, &lfirst, &llast) ||
      !px_article_column_get_visible_sentences (self->right, &rfirst, &rlast))
    return 0;
  for (k = 0; k < pairs->len; k++)
    {
      const Pair *p = &g_array_index (pairs, Pair, k);

      if ((p->left >= lfirst && p->left <= llast) || (p->right >= rfirst && p->right <= rlast))
        count++;
    }

  return count;
}

/**
 * px_link_bands_get_n_drawn:
 * @self: link bands
 *
 * Returns: how many bands the last frame drew
 */
guint
px_link_bands_get_n_drawn (PxLinkBands *self)
{
  g_return_val_if_fail (PX_IS_LINK_BANDS (self), 0);
  return self->n_drawn;
}
