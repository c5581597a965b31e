/* px-differences-panel.c — every difference, grouped by fact, filterable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "px-difference-item.h"
#include "px-differences-panel.h"

struct _PxDifferencesPanel
{
  GtkWidget parent_instance;

  GtkDropDown *kind_filter;
  GtkStack *stack;
  GtkListView *list_view;
  AdwStatusPage *empty_page;

  GListStore *items;            /* PxDifferenceItem, in list order */
  GtkSingleSelection *selection;

  PxComparison *comparison;
  gboolean across_events;
  int kind;                     /* -1 for all */
  guint kinds;                  /* bit per kind the preferences show */
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

static char *
group_header (PxDifferencesPanel *self,
              int                 key)
{
  if (key == G_MAXINT)
    return g_strdup (_("Figures across reports"));

  /* Translators: a group of differences: "Fact 3 · 4 of 5 sources" */
  return g_strdup_printf (_("Fact %d · %u of %u sources"), key + 1,
                          px_comparison_get_fact_n_articles (self->comparison, key),
                          px_comparison_get_n_articles (self->comparison));
}

/* The list is a model of items, and the list view makes rows only for
 * what is on screen: thousands of differences cost no more to show than
 * ten. */
static void
rebuild (PxDifferencesPanel *self)
{
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  const PxDifference *diffs = NULL;
  guint n = 0, k;
  int last_key = G_MININT;

  if (self->comparison != NULL)
    diffs = px_comparison_get_differences (self->comparison, &n);

  for (k = 0; k < n; k++)
    {
      if (self->kind >= 0 && (int) diffs[k].kind != self->kind)
        continue;
      if (!(self->kinds & (1u << diffs[k].kind)))
        continue;
      if (!px_comparison_are_compared (self->comparison, diffs[k].a, diffs[k].b, self->across_events))
        continue;
      g_array_append_val (shown, k);
    }
  if (self->comparison != NULL)
    g_array_sort_with_data (shown, compare_shown, self);

  for (k = 0; k < shown->len; k++)
    {
      guint index = g_array_index (shown, guint, k);
      int key = fact_key (self, &diffs[index]);
      g_autofree char *header = key != last_key ? group_header (self, key) : NULL;

      g_ptr_array_add (items, px_difference_item_new (index, header));
      last_key = key;
    }

  self->selecting = TRUE;
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->selecting = FALSE;

  gtk_stack_set_visible_child_name (self->stack, items->len > 0 ? "list" : "empty");
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PxDifferencesPanel       *self)
{
  GtkWidget *outer, *header, *box, *icon, *texts, *title, *subtitle;

  outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  header = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_set_margin_top (header, 8);
  gtk_widget_add_css_class (header, "caption-heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_box_append (GTK_BOX (outer), header);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  icon = gtk_image_new ();
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (icon, "px-kind-icon");
  gtk_box_append (GTK_BOX (box), icon);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  title = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (texts), title);
  subtitle = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (outer), box);

  g_object_set_data (G_OBJECT (outer), "header", header);
  g_object_set_data (G_OBJECT (outer), "icon", icon);
  g_object_set_data (G_OBJECT (outer), "title", title);
  g_object_set_data (G_OBJECT (outer), "subtitle", subtitle);
  gtk_list_item_set_child (item, outer);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             PxDifferencesPanel       *self)
{
  PxDifferenceItem *entry = gtk_list_item_get_item (item);
  GtkWidget *outer = gtk_list_item_get_child (item);
  GtkWidget *header = g_object_get_data (G_OBJECT (outer), "header");
  GtkWidget *icon = g_object_get_data (G_OBJECT (outer), "icon");
  GtkWidget *title = g_object_get_data (G_OBJECT (outer), "title");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (outer), "subtitle");
  const PxDifference *diffs;
  const PxDifference *d;
  g_autofree char *la = NULL;
  g_autofree char *lb = NULL;
  g_autofree char *sources = NULL;
  g_autofree char *accessible = NULL;
  guint n, k;

  if (self->comparison == NULL)
    return;
  diffs = px_comparison_get_differences (self->comparison, &n);
  d = &diffs[px_difference_item_get_index (entry)];

  gtk_label_set_label (GTK_LABEL (header), px_difference_item_get_header (entry));
  gtk_widget_set_visible (header, px_difference_item_get_header (entry) != NULL);

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), px_difference_kind_icon_name (d->kind));
  for (k = 0; k < PX_N_DIFFERENCE_KINDS; k++)
    gtk_widget_remove_css_class (icon, px_difference_kind_to_string (k));
  gtk_widget_add_css_class (icon, px_difference_kind_to_string (d->kind));
  gtk_widget_set_tooltip_text (icon, px_difference_kind_display_name (d->kind));

  gtk_label_set_label (GTK_LABEL (title), d->note);
  la = px_comparison_dup_source_label (self->comparison, d->a);
  lb = px_comparison_dup_source_label (self->comparison, d->b);
  /* Translators: the two sources of a difference, "AP ↔ Xinhua" */
  sources = g_strdup_printf (_("%s ↔ %s"), la, lb);
  gtk_label_set_label (GTK_LABEL (subtitle), sources);

  accessible = g_strdup_printf ("%s: %s", px_difference_kind_display_name (d->kind), d->note);
  gtk_accessible_update_property (GTK_ACCESSIBLE (outer),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
emit_activated (PxDifferencesPanel *self,
                guint               position)
{
  g_autoptr(PxDifferenceItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item != NULL)
    g_signal_emit (self, signals[DIFFERENCE_ACTIVATED], 0, px_difference_item_get_index (item));
}

static void
on_activate_cb (GtkListView        *view,
                guint               position,
                PxDifferencesPanel *self)
{
  emit_activated (self, position);
}

/* Moving through the list with the keyboard jumps too, but not a
 * selection made by px_differences_panel_select(). */
static void
on_selected_cb (PxDifferencesPanel *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (!self->selecting && position != GTK_INVALID_LIST_POSITION)
    emit_activated (self, position);
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
  g_clear_object (&self->items);
  g_clear_object (&self->selection);

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
  gtk_widget_class_bind_template_child (widget_class, PxDifferencesPanel, list_view);
  gtk_widget_class_bind_template_child (widget_class, PxDifferencesPanel, empty_page);
}

static void
px_differences_panel_init (PxDifferencesPanel *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  self->kind = -1;
  self->kinds = (1u << PX_N_DIFFERENCE_KINDS) - 1;
  self->items = g_list_store_new (PX_TYPE_DIFFERENCE_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (on_activate_cb), self, 0);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selected_cb), self, G_CONNECT_SWAPPED);
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
  return g_list_model_get_n_items (G_LIST_MODEL (self->items));
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
  g_autoptr(PxDifferenceItem) item = NULL;

  g_return_val_if_fail (PX_IS_DIFFERENCES_PANEL (self), -1);

  item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  return item ? (int) px_difference_item_get_index (item) : -1;
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
  guint position;

  g_return_val_if_fail (PX_IS_DIFFERENCES_PANEL (self), -1);

  position = gtk_single_selection_get_selected (self->selection);

  return position == GTK_INVALID_LIST_POSITION ? -1 : (int) position;
}

void
px_differences_panel_select (PxDifferencesPanel *self,
                             guint               difference)
{
  guint n, k;

  g_return_if_fail (PX_IS_DIFFERENCES_PANEL (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (k = 0; k < n; k++)
    if (px_differences_panel_get_shown (self, k) == (int) difference)
      {
        self->selecting = TRUE;
        gtk_single_selection_set_selected (self->selection, k);
        self->selecting = FALSE;
        gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", k);
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

/**
 * px_differences_panel_set_kinds:
 * @self: a panel
 * @kinds: a bit per #PxDifferenceKind to list
 */
void
px_differences_panel_set_kinds (PxDifferencesPanel *self,
                                guint               kinds)
{
  g_return_if_fail (PX_IS_DIFFERENCES_PANEL (self));

  if (self->kinds == kinds)
    return;

  self->kinds = kinds;
  rebuild (self);
}
