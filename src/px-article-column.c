/* px-article-column.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "px-article-column.h"

struct _PxArticleColumn
{
  GtkWidget parent_instance;

  GtkWidget *header_card;
  GtkLabel *site_label;
  GtkLabel *group_label;
  GtkLabel *title_label;
  GtkLabel *byline_label;
  GtkLabel *source_label;
  GtkLabel *limits_label;
  GtkButton *close_button;
  GtkStack *content_stack;
  GtkSpinner *spinner;
  GtkLabel *loading_label;
  GtkTextView *text_view;
  GtkWidget *text_scroller;

  GtkWidget *gutter;

  PxArticle *article;
  char *source;
  GCancellable *cancellable;

  /* Byte offset of each line's start, to turn the core's byte offsets
   * into buffer iters. */
  GArray *line_starts;

  PxComparison *comparison;
  int index;
  gboolean across_events;
  guint marked_kinds;           /* bit per PxDifferenceKind */
  GArray *marks;               /* Mark: the differences shown in this text */
  int hovered;

  GtkTextTag *kind_tags[PX_N_DIFFERENCE_KINDS];
  GtkTextTag *counterpart_tag;
  GtkTextTag *hover_tag;
  GtkTextTag *unique_tag;
};

typedef struct {
  PxRange range;
  guint difference;
  PxDifferenceKind kind;
} Mark;

G_DEFINE_FINAL_TYPE (PxArticleColumn, px_article_column, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_COMPARISON,
  N_PROPS
};

enum {
  CLOSE_REQUESTED,
  SENTENCE_HOVERED,
  SENTENCE_ACTIVATED,
  COLUMN_DROPPED,
  N_SIGNALS
};

/* Each kind: a translucent background that reads on light and dark
 * themes, and its own underline so colour is not the only sign. */
static const struct {
  const char *background;
  PangoUnderline underline;
} kind_styles[PX_N_DIFFERENCE_KINDS] = {
  [PX_DIFFERENCE_FIGURE] = { "rgba(255,120,0,0.32)", PANGO_UNDERLINE_SINGLE },
  [PX_DIFFERENCE_NAME] = { "rgba(53,132,228,0.30)", PANGO_UNDERLINE_DOUBLE },
  [PX_DIFFERENCE_HEDGE] = { "rgba(145,65,172,0.28)", PANGO_UNDERLINE_ERROR },
  [PX_DIFFERENCE_NEGATION] = { "rgba(224,27,36,0.28)", PANGO_UNDERLINE_SINGLE },
  [PX_DIFFERENCE_ATTRIBUTION] = { "rgba(46,194,126,0.30)", PANGO_UNDERLINE_DOUBLE },
  [PX_DIFFERENCE_DATE] = { "rgba(229,165,10,0.34)", PANGO_UNDERLINE_ERROR },
  [PX_DIFFERENCE_QUOTE] = { "rgba(152,106,68,0.30)", PANGO_UNDERLINE_SINGLE },
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
format_date (const char *iso)
{
  g_autoptr(GDateTime) dt = px_date_to_date_time (iso);

  if (dt == NULL)
    return NULL;

  /* Translators: an article's date, as in "9 January 2013"; see strftime */
  return g_date_time_format (dt, _("%-d %B %Y"));
}

/* What a limit kept out of the article or of the comparison. */
static void
update_limits (PxArticleColumn *self)
{
  g_autofree char *left_out = NULL;
  g_autofree char *unlinked = NULL;
  g_autofree char *text = NULL;

  if (self->article != NULL)
    left_out = px_import_describe_left_out (self->article);
  if (self->comparison != NULL && self->index >= 0)
    unlinked = px_comparison_describe_unlinked (self->comparison, (guint) self->index);

  if (left_out != NULL && unlinked != NULL)
    text = g_strdup_printf ("%s\n%s", left_out, unlinked);
  else
    text = g_strdup (left_out ? left_out : unlinked);

  gtk_label_set_label (self->limits_label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->limits_label), text != NULL);
}

static void
update_header (PxArticleColumn *self)
{
  const char *site = NULL;
  const char *title = NULL;
  const char *byline = NULL;
  g_autofree char *date = NULL;
  g_autofree char *short_name = px_article_dup_short_source (self->source);
  g_autofree char *byline_line = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *opening = NULL;

  if (self->article != NULL)
    {
      site = px_article_get_site (self->article);
      title = px_article_get_title (self->article);
      byline = px_article_get_byline (self->article);
      date = format_date (px_article_get_date (self->article));
    }

  /* The outlet when known, else the file name or host in its place; the
   * file line below then only repeats what the first line does not say. */
  gtk_label_set_label (self->site_label, site ? site : short_name);
  gtk_widget_set_visible (GTK_WIDGET (self->site_label), TRUE);
  if (site != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->site_label), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->site_label), "dim-label");
  /* No headline: the opening words stand in for one, dimmed. */
  if (title == NULL && self->article != NULL)
    {
      const char *text = px_article_get_text (self->article, NULL);
      const char *end = text;
      glong n = 0;

      const char *space = NULL;

      while (*end != '\0' && *end != '\n' && n < 72)
        {
          if (*end == ' ')
            space = end;
          end = g_utf8_next_char (end);
          n++;
        }
      /* Cut at a word's end. */
      if (*end != '\0' && *end != '\n' && *end != ' ' && space != NULL)
        end = space;
      opening = g_strdup_printf ("%.*s%s", (int) (end - text), text,
                                 *end != '\0' && *end != '\n' ? "…" : "");
    }
  gtk_label_set_label (self->title_label, title ? title : (opening ? opening : ""));
  if (title == NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), self->article != NULL);

  if (byline != NULL && date != NULL)
    /* Translators: "By <author> · <date>" under an article's title */
    byline_line = g_strdup_printf (_("%s · %s"), byline, date);
  else if (byline != NULL)
    byline_line = g_strdup (byline);
  else if (date != NULL)
    byline_line = g_strdup (date);
  gtk_label_set_label (self->byline_label, byline_line ? byline_line : "");
  gtk_widget_set_visible (GTK_WIDGET (self->byline_label), byline_line != NULL);

  gtk_label_set_label (self->source_label, short_name);
  gtk_widget_set_visible (GTK_WIDGET (self->source_label), site != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->source_label),
                               self->source ? self->source : _("Dropped text"));

  accessible = g_strdup_printf ("%s: %s", site ? site : short_name,
                                title ? title : short_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  update_limits (self);
}

static void
fill_buffer (PxArticleColumn *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const char *text;
  const char *p;
  gsize len;
  gsize zero = 0;

  text = px_article_get_text (self->article, &len);
  gtk_text_buffer_set_text (buffer, text, len);

  g_array_set_size (self->line_starts, 0);
  g_array_append_val (self->line_starts, zero);
  for (p = memchr (text, '\n', len); p != NULL; p = memchr (p + 1, '\n', text + len - p - 1))
    {
      gsize start = p - text + 1;

      g_array_append_val (self->line_starts, start);
      if (start >= len)
        break;
    }
}

static void
iter_at_byte (PxArticleColumn *self,
              gsize            byte,
              GtkTextIter     *iter)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const gsize *starts = (const gsize *) (gconstpointer) self->line_starts->data;
  guint lo = 0, hi = self->line_starts->len;

  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (starts[mid] <= byte)
        lo = mid;
      else
        hi = mid;
    }

  gtk_text_buffer_get_iter_at_line_index (buffer, iter, lo, byte - starts[lo]);
}

static gsize
byte_at_iter (PxArticleColumn   *self,
              const GtkTextIter *iter)
{
  guint line = gtk_text_iter_get_line (iter);

  if (line >= self->line_starts->len)
    return 0;

  return g_array_index (self->line_starts, gsize, line) + gtk_text_iter_get_line_index (iter);
}

/* The sentence holding a byte, or -1. */
static int
sentence_at_byte (PxArticleColumn *self,
                  gsize            byte)
{
  const PxRange *sentences;
  guint n, lo = 0, hi;

  if (self->comparison == NULL || self->index < 0)
    return -1;

  sentences = px_comparison_get_sentences (self->comparison, self->index, &n);
  hi = n;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (sentences[mid].end <= byte)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo < n && sentences[lo].start <= byte && byte < sentences[lo].end)
    return lo;

  return -1;
}

/* Puts @tag on the text's @range, or takes it off. */
static void
tag_range (PxArticleColumn *self,
           GtkTextTag      *tag,
           PxRange          range,
           gboolean         on)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  iter_at_byte (self, range.start, &start);
  iter_at_byte (self, range.end, &end);
  if (on)
    gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
  else
    gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
}

static void
remove_tag (PxArticleColumn *self,
            GtkTextTag      *tag)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
}

static void
create_tags (PxArticleColumn *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  int k;

  for (k = 0; k < PX_N_DIFFERENCE_KINDS; k++)
    {
      GdkRGBA rgba;

      gdk_rgba_parse (&rgba, kind_styles[k].background);
      self->kind_tags[k] = gtk_text_buffer_create_tag (buffer, px_difference_kind_to_string (k),
                                                       "background-rgba", &rgba,
                                                       "underline", kind_styles[k].underline,
                                                       NULL);
    }

  self->unique_tag = gtk_text_buffer_create_tag (buffer, "unique", NULL);
  self->counterpart_tag = gtk_text_buffer_create_tag (buffer, "counterpart",
                                                      "paragraph-background", "rgba(53,132,228,0.16)",
                                                      NULL);
  self->hover_tag = gtk_text_buffer_create_tag (buffer, "hover",
                                                "paragraph-background", "rgba(53,132,228,0.10)",
                                                NULL);
  /* Differences stay visible over the sentence highlights. */
  for (k = 0; k < PX_N_DIFFERENCE_KINDS; k++)
    gtk_text_tag_set_priority (self->kind_tags[k],
                               gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (buffer)) - 1);
}

static gboolean
difference_visible (PxArticleColumn    *self,
                    const PxDifference *d)
{
  return px_comparison_are_compared (self->comparison, d->a, d->b, self->across_events);
}

static void
apply_comparison (PxArticleColumn *self)
{
  const PxDifference *diffs;
  guint n, k, i;

  /* The marks' tags come off where they were, not over the whole text: a
   * tag that underlines changes the lines' size, and taking it off the
   * whole text would lay every line out again. */
  for (k = 0; k < self->marks->len; k++)
    {
      const Mark *m = &g_array_index (self->marks, Mark, k);

      tag_range (self, self->kind_tags[m->kind], m->range, FALSE);
    }
  remove_tag (self, self->unique_tag);
  remove_tag (self, self->counterpart_tag);
  remove_tag (self, self->hover_tag);
  g_array_set_size (self->marks, 0);

  if (self->comparison == NULL || self->index < 0)
    {
      gtk_widget_queue_draw (self->gutter);
      return;
    }

  diffs = px_comparison_get_differences (self->comparison, &n);
  for (k = 0; k < n; k++)
    {
      const PxDifference *d = &diffs[k];
      Mark mark;

      if (!difference_visible (self, d) || !(self->marked_kinds & (1u << d->kind)))
        continue;
      if (d->a == (guint) self->index && d->left.end > d->left.start)
        mark.range = d->left;
      else if (d->b == (guint) self->index && d->right.end > d->right.start)
        mark.range = d->right;
      else
        continue;
      mark.difference = k;
      mark.kind = d->kind;
      g_array_append_val (self->marks, mark);
      tag_range (self, self->kind_tags[d->kind], mark.range, TRUE);
    }

  {
    const PxRange *sentences = px_comparison_get_sentences (self->comparison, self->index, &n);

    for (i = 0; i < n; i++)
      if (px_comparison_is_unique (self->comparison, self->index, i))
        tag_range (self, self->unique_tag, sentences[i], TRUE);
  }

  gtk_widget_queue_draw (self->gutter);
}

/* "60,000 here; 45,000 in Agence X, 28 Dec 2012" */
static char *
describe_mark (PxArticleColumn    *self,
               const PxDifference *d)
{
  gboolean left = d->a == (guint) self->index;
  g_autofree char *here = px_difference_dup_side_text (d->kind, left ? d->left_text : d->right_text);
  g_autofree char *there = px_difference_dup_side_text (d->kind, left ? d->right_text : d->left_text);
  guint other = left ? d->b : d->a;
  g_autofree char *label = px_comparison_dup_source_label (self->comparison, other);
  const char *date = px_article_get_date (px_comparison_get_article (self->comparison, other));
  g_autofree char *when = format_date (date);
  const char *kind = px_difference_kind_display_name (d->kind);

  if (when != NULL)
    /* Translators: tooltip of a marked difference: "Figure: 60,000 here; 45,000 in AP, 9 January 2013" */
    return g_strdup_printf (_("%s: %s here; %s in %s, %s"), kind, here, there, label, when);

  /* Translators: tooltip of a marked difference: "Name: Sergei here; Sergey in Xinhua" */
  return g_strdup_printf (_("%s: %s here; %s in %s"), kind, here, there, label);
}

static gboolean
on_text_query_tooltip_cb (GtkWidget       *widget,
                          int              x,
                          int              y,
                          gboolean         keyboard_mode,
                          GtkTooltip      *tooltip,
                          PxArticleColumn *self)
{
  g_autoptr(GString) text = NULL;
  const PxDifference *diffs;
  GtkTextIter iter;
  int bx, by;
  gsize byte;
  guint n, k;

  if (self->comparison == NULL || self->marks->len == 0)
    return FALSE;

  if (keyboard_mode)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

      gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
    }
  else
    {
      gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
        return FALSE;
    }

  byte = byte_at_iter (self, &iter);
  diffs = px_comparison_get_differences (self->comparison, &n);
  for (k = 0; k < self->marks->len; k++)
    {
      const Mark *m = &g_array_index (self->marks, Mark, k);
      g_autofree char *line = NULL;

      if (byte < m->range.start || byte >= m->range.end)
        continue;
      line = describe_mark (self, &diffs[m->difference]);
      if (text == NULL)
        text = g_string_new (line);
      else if (strstr (text->str, line) == NULL)
        g_string_append_printf (text, "\n%s", line);
    }

  if (text == NULL)
    {
      int sentence = sentence_at_byte (self, byte);

      if (sentence >= 0 && px_comparison_is_unique (self->comparison, self->index, sentence))
        {
          gtk_tooltip_set_text (tooltip, _("Only in this source"));
          return TRUE;
        }
      return FALSE;
    }

  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

static void
set_hovered (PxArticleColumn *self,
             int              sentence)
{
  if (self->hovered == sentence)
    return;

  self->hovered = sentence;
  g_signal_emit (self, signals[SENTENCE_HOVERED], 0, sentence);
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              PxArticleColumn          *self)
{
  GtkTextIter iter;
  int bx, by;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    {
      set_hovered (self, -1);
      return;
    }

  set_hovered (self, sentence_at_byte (self, byte_at_iter (self, &iter)));
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             PxArticleColumn          *self)
{
  set_hovered (self, -1);
}

/* Clicking or moving the cursor into a sentence selects it. */
static void
on_cursor_moved_cb (PxArticleColumn *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter iter;
  int sentence;

  if (!gtk_widget_has_focus (GTK_WIDGET (self->text_view)))
    return;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  sentence = sentence_at_byte (self, byte_at_iter (self, &iter));
  if (sentence >= 0)
    g_signal_emit (self, signals[SENTENCE_ACTIVATED], 0, sentence);
}

/* The margin: a bar beside each sentence no other source carries. */
static void
draw_gutter (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  PxArticleColumn *self = user_data;
  guint n, i, first, last;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (self->comparison == NULL || self->index < 0)
    return;

  px_comparison_get_sentences (self->comparison, self->index, &n);
  if (!px_article_column_get_visible_sentences (self, &first, &last))
    return;
  for (i = first; i <= last && i < n; i++)
    {
      double y0, y1;

      if (!px_comparison_is_unique (self->comparison, self->index, i))
        continue;
      if (!px_article_column_get_sentence_area (self, i, GTK_WIDGET (area), &y0, &y1))
        continue;
      if (y1 < 0 || y0 > height)
        continue;
      if (dark)
        cairo_set_source_rgba (cr, 1.0, 0.64, 0.28, 0.9);
      else
        cairo_set_source_rgba (cr, 0.78, 0.27, 0.0, 0.85);
      cairo_rectangle (cr, gtk_widget_get_direction (GTK_WIDGET (area)) == GTK_TEXT_DIR_RTL ? 1 : width - 4,
                       y0 + 1, 3, MAX (y1 - y0 - 2, 2));
      cairo_fill (cr);
    }
}

static gboolean
on_gutter_query_tooltip_cb (GtkWidget       *widget,
                            int              x,
                            int              y,
                            gboolean         keyboard_mode,
                            GtkTooltip      *tooltip,
                            PxArticleColumn *self)
{
  guint n, i, first, last;

  if (self->comparison == NULL || self->index < 0)
    return FALSE;

  px_comparison_get_sentences (self->comparison, self->index, &n);
  if (!px_article_column_get_visible_sentences (self, &first, &last))
    return FALSE;
  for (i = first; i <= last && i < n; i++)
    {
      double y0, y1;

      if (px_comparison_is_unique (self->comparison, self->index, i) &&
          px_article_column_get_sentence_area (self, i, widget, &y0, &y1) &&
          y >= y0 && y <= y1)
        {
          gtk_tooltip_set_text (tooltip, _("Only in this source"));
          return TRUE;
        }
    }

  return FALSE;
}

static void
on_scrolled_cb (PxArticleColumn *self)
{
  gtk_widget_queue_draw (self->gutter);
}

/* Columns are reordered by dragging their header card onto another. */
static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource   *source,
                    double           x,
                    double           y,
                    PxArticleColumn *self)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->article == NULL)
    return NULL;

  g_value_init (&value, PX_TYPE_ARTICLE_COLUMN);
  g_value_set_object (&value, self);

  return gdk_content_provider_new_for_value (&value);
}

static void
on_drag_begin_cb (GtkDragSource   *source,
                  GdkDrag         *drag,
                  PxArticleColumn *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (self->header_card);

  gtk_drag_source_set_icon (source, paintable, 20, 20);
}

static gboolean
on_column_drop_cb (GtkDropTarget   *target,
                   const GValue    *value,
                   double           x,
                   double           y,
                   PxArticleColumn *self)
{
  PxArticleColumn *dragged = g_value_get_object (value);

  if (dragged == NULL || dragged == self)
    return FALSE;

  g_signal_emit (self, signals[COLUMN_DROPPED], 0, dragged);

  return TRUE;
}

static void
on_close_clicked_cb (PxArticleColumn *self)
{
  g_signal_emit (self, signals[CLOSE_REQUESTED], 0);
}

static void
px_article_column_dispose (GObject *object)
{
  PxArticleColumn *self = PX_ARTICLE_COLUMN (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_ARTICLE_COLUMN);

  G_OBJECT_CLASS (px_article_column_parent_class)->dispose (object);
}

static void
px_article_column_finalize (GObject *object)
{
  PxArticleColumn *self = PX_ARTICLE_COLUMN (object);

  g_clear_pointer (&self->article, px_article_unref);
  g_clear_pointer (&self->source, g_free);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->comparison, px_comparison_unref);
  g_clear_pointer (&self->line_starts, g_array_unref);
  g_clear_pointer (&self->marks, g_array_unref);

  G_OBJECT_CLASS (px_article_column_parent_class)->finalize (object);
}

static void
px_article_column_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PxArticleColumn *self = PX_ARTICLE_COLUMN (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_boxed (value, self->article);
      break;
    case PROP_COMPARISON:
      g_value_set_boxed (value, self->comparison);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/*
 * The header card above the text. A column is as wide as its widest part
 * on its own, whatever height it is given: a vertical box asked for its
 * width at a height asks each wrapped label which width fits, a search that
 * lays the label out again a dozen times, in every column, whenever the
 * row of columns is laid out.
 */
static GtkSizeRequestMode
px_article_column_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
px_article_column_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  GtkWidget *child;

  *minimum = *natural = 0;
  for (child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;

      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
          *minimum += child_min;
          *natural += child_nat;
        }
    }
}

static void
px_article_column_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  PxArticleColumn *self = PX_ARTICLE_COLUMN (widget);
  GtkWidget *content = GTK_WIDGET (self->content_stack);
  int header_min, header_nat, content_min, header;

  gtk_widget_measure (self->header_card, GTK_ORIENTATION_VERTICAL, width,
                      &header_min, &header_nat, NULL, NULL);
  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, width, &content_min, NULL, NULL, NULL);
  /* The text takes what the header leaves; the header its natural height
   * while the text keeps its minimum. */
  header = MAX (header_min, MIN (header_nat, height - content_min));
  gtk_widget_allocate (self->header_card, width, header, -1, NULL);
  gtk_widget_allocate (content, width, MAX (0, height - header), -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, header)));
}

static void
px_article_column_class_init (PxArticleColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_article_column_dispose;
  object_class->finalize = px_article_column_finalize;
  object_class->get_property = px_article_column_get_property;

  properties[PROP_ARTICLE] =
    g_param_spec_boxed ("article", NULL, NULL, PX_TYPE_ARTICLE,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PxArticleColumn:comparison:
   *
   * The comparison the column shows; notified also when the column's place
   * in it, or whether it is compared across events, changes.
   */
  properties[PROP_COMPARISON] =
    g_param_spec_boxed ("comparison", NULL, NULL, PX_TYPE_COMPARISON,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PxArticleColumn::close-requested:
   *
   * The person asked to close this article.
   */
  signals[CLOSE_REQUESTED] =
    g_signal_new ("close-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * PxArticleColumn::sentence-hovered:
   * @sentence: the sentence under the pointer, or -1
   */
  signals[SENTENCE_HOVERED] =
    g_signal_new ("sentence-hovered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  /**
   * PxArticleColumn::sentence-activated:
   * @sentence: the sentence clicked or moved into with the keyboard
   */
  signals[SENTENCE_ACTIVATED] =
    g_signal_new ("sentence-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  /**
   * PxArticleColumn::column-dropped:
   * @dragged: the column dropped onto this one
   */
  signals[COLUMN_DROPPED] =
    g_signal_new ("column-dropped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, PX_TYPE_ARTICLE_COLUMN);

  widget_class->get_request_mode = px_article_column_get_request_mode;
  widget_class->measure = px_article_column_measure;
  widget_class->size_allocate = px_article_column_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "pxarticlecolumn");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/px-article-column.ui");
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, header_card);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, site_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, group_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, byline_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, source_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, limits_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, close_button);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, spinner);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, loading_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, text_view);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, text_scroller);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked_cb);
}

static void
px_article_column_init (PxArticleColumn *self)
{
  GtkEventController *controller;
  GtkDragSource *drag;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  self->index = -1;
  self->hovered = -1;
  self->marked_kinds = (1u << PX_N_DIFFERENCE_KINDS) - 1;

  create_tags (self);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), TRUE);
  g_signal_connect_object (self->text_view, "query-tooltip",
                           G_CALLBACK (on_text_query_tooltip_cb), self, 0);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_object (controller, "motion", G_CALLBACK (on_motion_cb), self, 0);
  g_signal_connect_object (controller, "leave", G_CALLBACK (on_leave_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), controller);

  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "notify::cursor-position",
                           G_CALLBACK (on_cursor_moved_cb), self, G_CONNECT_SWAPPED);

  drag = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect_object (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), self, 0);
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self, 0);
  gtk_widget_add_controller (self->header_card, GTK_EVENT_CONTROLLER (drag));

  drop = gtk_drop_target_new (PX_TYPE_ARTICLE_COLUMN, GDK_ACTION_MOVE);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_column_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  self->gutter = gtk_drawing_area_new ();
  gtk_widget_set_size_request (self->gutter, 8, -1);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->gutter), draw_gutter, self, NULL);
  gtk_widget_set_has_tooltip (self->gutter, TRUE);
  g_signal_connect_object (self->gutter, "query-tooltip",
                           G_CALLBACK (on_gutter_query_tooltip_cb), self, 0);
  /* The margin is at the start of the lines: the right, right to left. */
  gtk_text_view_set_gutter (self->text_view,
                            gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL
                              ? GTK_TEXT_WINDOW_RIGHT : GTK_TEXT_WINDOW_LEFT,
                            self->gutter);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->text_scroller)),
                           "value-changed", G_CALLBACK (on_scrolled_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
px_article_column_new (void)
{
  return g_object_new (PX_TYPE_ARTICLE_COLUMN, NULL);
}

/**
 * px_article_column_set_loading:
 * @self: a column
 * @source: (nullable): the file or link being loaded
 * @message: what to tell the person while it loads
 *
 * Shows a progress state until px_article_column_set_article().
 */
void
px_article_column_set_loading (PxArticleColumn *self,
                               const char      *source,
                               const char      *message)
{
  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));

  g_free (self->source);
  self->source = g_strdup (source);
  gtk_label_set_label (self->loading_label, message);
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->content_stack, "loading");
  update_header (self);
}

void
px_article_column_set_article (PxArticleColumn *self,
                               PxArticle       *article)
{
  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));
  g_return_if_fail (article != NULL);

  if (self->article == article)
    return;

  g_clear_pointer (&self->article, px_article_unref);
  self->article = px_article_ref (article);
  if (px_article_get_source (article) != NULL)
    {
      g_free (self->source);
      self->source = g_strdup (px_article_get_source (article));
    }

  g_clear_pointer (&self->comparison, px_comparison_unref);
  self->index = -1;
  g_array_set_size (self->marks, 0);
  fill_buffer (self);
  update_header (self);
  gtk_spinner_stop (self->spinner);
  gtk_stack_set_visible_child_name (self->content_stack, "text");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

/**
 * px_article_column_get_article:
 * @self: a column
 *
 * Returns: (transfer none) (nullable): the article, or %NULL while loading
 */
PxArticle *
px_article_column_get_article (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), NULL);
  return self->article;
}

const char *
px_article_column_get_source (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), NULL);
  return self->source;
}

gboolean
px_article_column_is_loading (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), FALSE);
  return self->article == NULL;
}

/**
 * px_article_column_get_cancellable:
 * @self: a column
 *
 * Returns: (transfer none): cancelled when the column goes away
 */
GCancellable *
px_article_column_get_cancellable (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), NULL);
  return self->cancellable;
}

GtkTextView *
px_article_column_get_text_view (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), NULL);
  return self->text_view;
}

/**
 * px_article_column_dup_display_name:
 * @self: a column
 *
 * Returns: (transfer full): how to name this article in messages
 */
char *
px_article_column_dup_display_name (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), NULL);

  if (self->article != NULL && px_article_get_site (self->article) != NULL)
    return g_strdup (px_article_get_site (self->article));

  return px_article_dup_short_source (self->source);
}

/**
 * px_article_column_set_comparison:
 * @self: a column
 * @comparison: (nullable): the comparison its article is part of
 * @index: the article's index in @comparison
 * @across_events: whether differences with articles of other events show
 *
 * Marks the differences and the sentences only this source carries.
 */
void
px_article_column_set_comparison (PxArticleColumn *self,
                                  PxComparison    *comparison,
                                  guint            index,
                                  gboolean         across_events)
{
  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));
  g_return_if_fail (comparison == NULL || index < px_comparison_get_n_articles (comparison));

  if (comparison != self->comparison)
    {
      g_clear_pointer (&self->comparison, px_comparison_unref);
      if (comparison != NULL)
        self->comparison = px_comparison_ref (comparison);
    }
  self->index = comparison ? (int) index : -1;
  self->across_events = across_events;
  self->hovered = -1;

  apply_comparison (self);
  update_limits (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

/**
 * px_article_column_get_comparison:
 * @self: a column
 *
 * Returns: (transfer none) (nullable): the comparison shown
 */
PxComparison *
px_article_column_get_comparison (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), NULL);
  return self->comparison;
}

int
px_article_column_get_index (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), -1);
  return self->index;
}

/**
 * px_article_column_set_event:
 * @self: a column
 * @event: the event group, or -1 to show none
 * @label: (nullable): what the group reports
 */
void
px_article_column_set_event (PxArticleColumn *self,
                             int              event,
                             const char      *label)
{
  g_autofree char *text = NULL;
  g_autofree char *css = NULL;
  int k;

  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));

  for (k = 0; k < 6; k++)
    {
      g_autofree char *name = g_strdup_printf ("px-event-%d", k);

      gtk_widget_remove_css_class (GTK_WIDGET (self->group_label), name);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->group_label), event >= 0);
  if (event < 0)
    return;

  /* Translators: the event group of an article, "Event 2" */
  text = g_strdup_printf (_("Event %d"), event + 1);
  css = g_strdup_printf ("px-event-%d", event % 6);
  gtk_label_set_label (self->group_label, text);
  gtk_widget_add_css_class (GTK_WIDGET (self->group_label), css);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->group_label), label);
}

/**
 * px_article_column_highlight:
 * @self: a column
 * @sentences: (array length=n_sentences): sentences to light up
 * @n_sentences: how many
 *
 * Lights up the counterparts of the sentence the person is looking at.
 */
void
px_article_column_highlight (PxArticleColumn *self,
                             const guint     *sentences,
                             guint            n_sentences)
{
  const PxRange *ranges;
  guint n, k;

  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));

  remove_tag (self, self->counterpart_tag);
  if (self->comparison == NULL || self->index < 0)
    return;

  ranges = px_comparison_get_sentences (self->comparison, self->index, &n);
  for (k = 0; k < n_sentences; k++)
    if (sentences[k] < n)
      tag_range (self, self->counterpart_tag, ranges[sentences[k]], TRUE);
}

static void
scroll_to_byte (PxArticleColumn *self,
                gsize            byte)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "px-scroll");
  GtkTextIter iter;

  iter_at_byte (self, byte, &iter);
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, "px-scroll", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, &iter);

  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.05, TRUE, 0.0, 0.3);
}

void
px_article_column_scroll_to_sentence (PxArticleColumn *self,
                                      guint            sentence)
{
  const PxRange *ranges;
  guint n;

  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));

  if (self->comparison == NULL || self->index < 0)
    return;

  ranges = px_comparison_get_sentences (self->comparison, self->index, &n);
  if (sentence < n)
    scroll_to_byte (self, ranges[sentence].start);
}

/**
 * px_article_column_select_range:
 * @self: a column
 * @range: bytes of the article's text
 *
 * Selects the range and scrolls it into view.
 */
void
px_article_column_select_range (PxArticleColumn *self,
                                PxRange          range)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));

  if (self->article == NULL)
    return;

  buffer = gtk_text_view_get_buffer (self->text_view);
  iter_at_byte (self, range.start, &start);
  iter_at_byte (self, range.end, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  scroll_to_byte (self, range.start);
}

int
px_article_column_get_hovered_sentence (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), -1);
  return self->hovered;
}

/**
 * px_article_column_get_sentence_extent:
 * @self: a column
 * @sentence: a sentence index
 * @y_start: (out): top of its first line, in buffer coordinates
 * @y_end: (out): bottom of its last line
 *
 * Returns: %FALSE when there is no such sentence
 */
gboolean
px_article_column_get_sentence_extent (PxArticleColumn *self,
                                       guint            sentence,
                                       double          *y_start,
                                       double          *y_end)
{
  const PxRange *ranges;
  GdkRectangle first, last;
  GtkTextIter start, end;
  guint n;

  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), FALSE);

  if (self->comparison == NULL || self->index < 0)
    return FALSE;
  ranges = px_comparison_get_sentences (self->comparison, self->index, &n);
  if (sentence >= n)
    return FALSE;

  iter_at_byte (self, ranges[sentence].start, &start);
  iter_at_byte (self, ranges[sentence].end, &end);
  gtk_text_view_get_iter_location (self->text_view, &start, &first);
  gtk_text_view_get_iter_location (self->text_view, &end, &last);
  *y_start = first.y;
  *y_end = MAX (last.y + last.height, first.y + first.height);

  return TRUE;
}

/**
 * px_article_column_get_sentence_area:
 * @self: a column
 * @sentence: a sentence index
 * @relative_to: the widget whose coordinates to give
 * @y_start: (out): top of the sentence
 * @y_end: (out): bottom of the sentence
 *
 * Returns: %FALSE when there is no such sentence or no common ancestor
 */
gboolean
px_article_column_get_sentence_area (PxArticleColumn *self,
                                     guint            sentence,
                                     GtkWidget       *relative_to,
                                     double          *y_start,
                                     double          *y_end)
{
  double b0, b1, x, y0, y1;
  int wx, wy0, wy1;

  if (!px_article_column_get_sentence_extent (self, sentence, &b0, &b1))
    return FALSE;

  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, 0, b0, &wx, &wy0);
  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET, 0, b1, &wx, &wy1);
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->text_view), relative_to, 0, wy0, &x, &y0) ||
      !gtk_widget_translate_coordinates (GTK_WIDGET (self->text_view), relative_to, 0, wy1, &x, &y1))
    return FALSE;

  *y_start = y0;
  *y_end = y1;

  return TRUE;
}

/**
 * px_article_column_get_sentence_at_y:
 * @self: a column
 * @buffer_y: a height in buffer coordinates
 *
 * Returns: the sentence at that height, or the last one before it, or -1
 */
int
px_article_column_get_sentence_at_y (PxArticleColumn *self,
                                     double           buffer_y)
{
  GtkTextIter iter;
  gsize byte;
  const PxRange *ranges;
  guint n;
  int line_top;
  int k;

  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), -1);

  if (self->comparison == NULL || self->index < 0)
    return -1;

  gtk_text_view_get_line_at_y (self->text_view, &iter, (int) buffer_y, &line_top);
  byte = byte_at_iter (self, &iter);
  ranges = px_comparison_get_sentences (self->comparison, self->index, &n);
  for (k = (int) n - 1; k >= 0; k--)
    if (ranges[k].start <= byte)
      return k;

  return n > 0 ? 0 : -1;
}

GtkAdjustment *
px_article_column_get_vadjustment (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), NULL);
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->text_scroller));
}

/**
 * px_article_column_get_text_area:
 * @self: a column
 *
 * Returns: (transfer none): the widget showing the text, for geometry
 */
GtkWidget *
px_article_column_get_text_area (PxArticleColumn *self)
{
  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), NULL);
  return self->text_scroller;
}

/**
 * px_article_column_count_marks:
 * @self: a column
 * @kind: a kind of difference
 *
 * Returns: how many spans of that kind are marked in the text
 */
guint
px_article_column_count_marks (PxArticleColumn  *self,
                               PxDifferenceKind  kind)
{
  guint k, count = 0;

  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), 0);

  for (k = 0; k < self->marks->len; k++)
    count += g_array_index (self->marks, Mark, k).kind == kind;

  return count;
}

/**
 * px_article_column_get_visible_sentences:
 * @self: a column
 * @first: (out): the first sentence on screen
 * @last: (out): the last sentence on screen
 *
 * Asking where a sentence far off screen is makes the text view lay out
 * everything before it; callers drawing per sentence stay within these.
 *
 * Returns: %FALSE when no sentence is shown
 */
gboolean
px_article_column_get_visible_sentences (PxArticleColumn *self,
                                         guint           *first,
                                         guint           *last)
{
  GdkRectangle rect;
  GtkTextIter top, bottom;
  const PxRange *ranges;
  guint n;
  int a, b;

  g_return_val_if_fail (PX_IS_ARTICLE_COLUMN (self), FALSE);

  if (self->comparison == NULL || self->index < 0)
    return FALSE;
  ranges = px_comparison_get_sentences (self->comparison, self->index, &n);
  if (n == 0)
    return FALSE;

  gtk_text_view_get_visible_rect (self->text_view, &rect);
  gtk_text_view_get_iter_at_location (self->text_view, &top, rect.x, rect.y);
  gtk_text_view_get_iter_at_location (self->text_view, &bottom, rect.x, rect.y + rect.height);
  a = sentence_at_byte (self, byte_at_iter (self, &top));
  b = sentence_at_byte (self, byte_at_iter (self, &bottom));

  /* Between sentences (a blank line): take the neighbours. */
  if (a < 0)
    {
      gsize byte = byte_at_iter (self, &top);

      for (a = 0; a < (int) n && ranges[a].end <= byte; a++)
        ;
    }
  if (b < 0)
    {
      gsize byte = byte_at_iter (self, &bottom);

      for (b = n - 1; b > 0 && ranges[b].start > byte; b--)
        ;
    }

  *first = MIN ((guint) a, n - 1);
  *last = MAX ((guint) b, *first);

  return TRUE;
}

/**
 * px_article_column_set_marked_kinds:
 * @self: a column
 * @kinds: a bit per #PxDifferenceKind to mark in the text
 */
void
px_article_column_set_marked_kinds (PxArticleColumn *self,
                                    guint            kinds)
{
  g_return_if_fail (PX_IS_ARTICLE_COLUMN (self));

  if (self->marked_kinds == kinds)
    return;

  self->marked_kinds = kinds;
  if (self->article != NULL)
    apply_comparison (self);
}
