/* px-differences-panel.c — every difference, grouped by fact, filterable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "px-differences-panel.h"

struct _PxDifferencesPanel
{
  GtkWidget parent_instance;

  GtkDropDown *kind_filter;
  GtkStack *stack;
  GtkListBox *list_box;
  AdwStatusPage *empty_page;

  PxComparison *comparison;
  gboolean across_events;
  int kind;                     /* -1 for all */
  GArray *shown;                /* guint: difference indices, in list order */
  gboolean selecting;
};

G_DEFINE_FINAL_TYPE (PxDifferencesPanel, px_differences_panel, GTK_TYPE_WIDGET)

enum {
  DIFFERENCE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
px_difference_kind_icon_name (PxDifferenceKind kind)
{
  static const char * const icons[] = {
    "px-kind-figure-symbolic", "px-kind-name-symbolic", "px-kind-hedge-symbolic",
    "px-kind-negation-symbolic", "px-kind-attribution-symbolic", "px-kind-date-symbolic",
    "px-kind-quote-symbolic",
  };

  g_return_val_if_fail (kind < PX_N_DIFFERENCE_KINDS, NULL);
  return icons[kind];
}

const char *
px_difference_kind_display_name (PxDifferenceKind kind)
{
  switch (kind)
    {
    case PX_DIFFERENCE_FIGURE: return _("Figure");
    case PX_DIFFERENCE_NAME: return _("Name");
    case PX_DIFFERENCE_HEDGE: return _("Hedge");
    case PX_DIFFERENCE_NEGATION: return _("Negation");
    case PX_DIFFERENCE_ATTRIBUTION: return _("Attribution");
    case PX_DIFFERENCE_DATE: return _("Date");
    case PX_DIFFERENCE_QUOTE: return _("Quote");
    case PX_N_DIFFERENCE_KINDS:
    default:
      return "";
    }
}

/* Differences of one fact together, facts in reading order; those that
 * compare figures across reports (no shared fact) after them. */
static int
fact_key (PxDifferencesPanel *self,
          const PxDifference *d)
{
  int fact = px_comparison_get_fact_of (self->comparison, d->a, d->i);

  if (fact < 0 || fact != px_comparison_get_fact_of (self->comparison, d->b, d->j))
    return G_MAXINT;

  return fact;
}

static int
compare_shown (gconstpointer pa,
               gconstpointer pb,
               gpointer      user_data)
{
  PxDifferencesPanel *self = user_data;
  const PxDifference *diffs;
  guint n;
  guint x = *(const guint *) pa, y = *(const guint *) pb;
  int kx, ky;

  diffs = px_comparison_get_differences (self->comparison, &n);
  kx = fact_key (self, &diffs[x]);
  ky = fact_key (self, &diffs[y]);
  if (kx != ky)
    return kx < ky ? -1 : 1;

  return (x > y) - (x < y);
}

static GtkWidget *
make_row (PxDifferencesPanel *self,
          guint               index)
{
  const PxDifference *diffs;
  const PxDifference *d;
  g_autofree char *la = NULL;
  g_autofree char *lb = NULL;
  g_autofree char *sources = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row, *box, *icon, *texts, *title, *subtitle;
  guint n;

  diffs = px_comparison_get_differences (self->comparison, &n);
  d = &diffs[index];
  la = px_comparison_dup_source_label (self->comparison, d->a);
  lb = px_comparison_dup_source_label (self->comparison, d->b);
  /* Translators: the two sources of a difference, "AP ↔ Xinhua" */
  sources = g_strdup_printf (_("%s ↔ %s"), la, lb);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  icon = gtk_image_new_from_icon_name (px_difference_kind_icon_name (d->kind));
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "px-kind-icon");
  gtk_widget_add_css_class (icon, px_difference_kind_to_string (d->kind));
  gtk_widget_set_tooltip_text (icon, px_difference_kind_display_name (d->kind));
  gtk_box_append (GTK_BOX (box), icon);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  title = gtk_label_new (d->note);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (texts), title);
  subtitle = gtk_label_new (sources);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), texts);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  accessible = g_strdup_printf ("%s: %s", px_difference_kind_display_name (d->kind), d->note);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  return row;
}

static void
update_header_cb (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       user_data)
{
  PxDifferencesPanel *self = user_data;
  const PxDifference *diffs;
  guint n;
  int key, key_before = G_MININT;
  int position = gtk_list_box_row_get_index (row);
  GtkWidget *header;
  g_autofree char *text = NULL;

  if (self->comparison == NULL || position < 0 || (guint) position >= self->shown->len)
    return;

  diffs = px_comparison_get_differences (self->comparison, &n);
  key = fact_key (self, &diffs[g_array_index (self->shown, guint, position)]);
  if (before != NULL)
    key_before = fact_key (self, &diffs[g_array_index (self->shown, guint, position - 1)]);

  if (key == key_before)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  if (key == G_MAXINT)
    text = g_strdup (_("Figures across reports"));
  else
    {
      guint sources = px_comparison_get_fact_n_articles (self->comparison, key);

      /* Translators: a group of differences: "Fact 3 · 4 of 5 sources" */
      text = g_strdup_printf (_("Fact %d · %u of %u sources"), key + 1, sources,
                              px_comparison_get_n_articles (self->comparison));
    }

  header = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_top (header, 10);
  gtk_widget_set_margin_bottom (header, 2);
  gtk_widget_add_css_class (header, "caption-heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

static void
rebuild (PxDifferencesPanel *self)
{
  GtkWidget *child;
  const PxDifference *diffs = NULL;
  guint n = 0, k;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_array_set_size (self->shown, 0);

  if (self->comparison != NULL)
    diffs = px_comparison_get_differences (self->comparison, &n);

  for (k = 0; k < n; k++)
    {
      if (self->kind >= 0 && (int) diffs[k].kind != self->kind)
        continue;
      if (!self->across_events &&
          px_comparison_get_event_of (self->comparison, diffs[k].a) !=
          px_comparison_get_event_of (self->comparison, diffs[k].b))
        continue;
      g_array_append_val (self->shown, k);
    }
  if (self->comparison != NULL)
    g_array_sort_with_data (self->shown, compare_shown, self);

  for (k = 0; k < self->shown->len; k++)
    gtk_list_box_append (self->list_box, make_row (self, g_array_index (self->shown, guint, k)));

  gtk_stack_set_visible_child_name (self->stack, self->shown->len > 0 ? "list" : "empty");
}

static void
on_row_activated_cb (GtkListBox         *box,
                     GtkListBoxRow      *row,
                     PxDifferencesPanel *self)
{
  int position = gtk_list_box_row_get_index (row);

  if (position >= 0 && (guint) position < self->shown->len)
    g_signal_emit (self, signals[DIFFERENCE_ACTIVATED], 0,
                   g_array_index (self->shown, guint, position));
}

static void
on_row_selected_cb (GtkListBox         *box,
                    GtkListBoxRow      *row,
                    PxDifferencesPanel *self)
{
  /* Keyboard navigation in the list jumps too, but not a programmatic
   * selection made by px_differences_panel_select(). */
  if (row != NULL && !self->selecting)
    on_row_activated_cb (box, row, self);
}

static void
on_kind_selected_cb (PxDifferencesPanel *self)
{
  guint selected = gtk_drop_down_get_selected (self->kind_filter);

  self->kind = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;
  rebuild (self);
}

static void
px_differences_panel_dispose (GObject *object)
{
  PxDifferencesPanel *self = PX_DIFFERENCES_PANEL (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_DIFFERENCES_PANEL);
  /* The header and separator have no ids, so the template leaves them. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->comparison, px_comparison_unref);
  g_clear_pointer (&self->shown, g_array_unref);

  G_OBJECT_CLASS (px_differences_panel_parent_class)->dispose (object);
}

static void
px_differences_panel_class_init (PxDifferencesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_differences_panel_dispose;

  /**
   * PxDifferencesPanel::difference-activated:
   * @difference: the index of the difference in the comparison
   */
  signals[DIFFERENCE_ACTIVATED] =
    g_signal_new ("difference-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxdifferencespanel");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/px-differences-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PxDifferencesPanel, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, PxDifferencesPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, PxDifferencesPanel, list_box);
  gtk_widget_class_bind_template_child (widget_class, PxDifferencesPanel, empty_page);
}

static void
px_differences_panel_init (PxDifferencesPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->kind = -1;
  self->shown = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_list_box_set_header_func (self->list_box, update_header_cb, self, NULL);
  g_signal_connect_object (self->list_box, "row-activated", G_CALLBACK (on_row_activated_cb), self, 0);
  g_signal_connect_object (self->list_box, "row-selected", G_CALLBACK (on_row_selected_cb), self, 0);
  g_signal_connect_object (self->kind_filter, "notify::selected",
                           G_CALLBACK (on_kind_selected_cb), self, G_CONNECT_SWAPPED);
  rebuild (self);
}

GtkWidget *
px_differences_panel_new (void)
{
  return g_object_new (PX_TYPE_DIFFERENCES_PANEL, NULL);
}

void
px_differences_panel_set_comparison (PxDifferencesPanel *self,
                                     PxComparison       *comparison,
                                     gboolean            across_events)
{
  g_return_if_fail (PX_IS_DIFFERENCES_PANEL (self));

  if (comparison != self->comparison)
    {
      g_clear_pointer (&self->comparison, px_comparison_unref);
      if (comparison != NULL)
        self->comparison = px_comparison_ref (comparison);
    }
  self->across_events = across_events;
  rebuild (self);
}

guint
px_differences_panel_get_n_shown (PxDifferencesPanel *self)
{
  g_return_val_if_fail (PX_IS_DIFFERENCES_PANEL (self), 0);
  return self->shown->len;
}

/**
 * px_differences_panel_get_shown:
 * @self: a panel
 * @position: a row
 *
 * Returns: the difference shown in that row, or -1
 */
int
px_differences_panel_get_shown (PxDifferencesPanel *self,
                                guint               position)
{
  g_return_val_if_fail (PX_IS_DIFFERENCES_PANEL (self), -1);

  if (position >= self->shown->len)
    return -1;

  return g_array_index (self->shown, guint, position);
}

/**
 * px_differences_panel_get_selected:
 * @self: a panel
 *
 * Returns: the row selected, or -1
 */
int
px_differences_panel_get_selected (PxDifferencesPanel *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PX_IS_DIFFERENCES_PANEL (self), -1);

  row = gtk_list_box_get_selected_row (self->list_box);

  return row ? gtk_list_box_row_get_index (row) : -1;
}

void
px_differences_panel_select (PxDifferencesPanel *self,
                             guint               difference)
{
  guint k;

  g_return_if_fail (PX_IS_DIFFERENCES_PANEL (self));

  for (k = 0; k < self->shown->len; k++)
    if (g_array_index (self->shown, guint, k) == difference)
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list_box, k);

        GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
        GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

        self->selecting = TRUE;
        gtk_list_box_select_row (self->list_box, row);
        /* Follow with the keyboard focus only when it is in the list. */
        if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_box)))
          gtk_widget_grab_focus (GTK_WIDGET (row));
        self->selecting = FALSE;
        return;
      }
}

void
px_differences_panel_set_kind_filter (PxDifferencesPanel *self,
                                      int                 kind)
{
  g_return_if_fail (PX_IS_DIFFERENCES_PANEL (self));
  g_return_if_fail (kind >= -1 && kind < PX_N_DIFFERENCE_KINDS);

  gtk_drop_down_set_selected (self->kind_filter, kind + 1);
}
