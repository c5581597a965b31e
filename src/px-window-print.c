/* px-window-print.c — the comparison laid out for paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "px-differences-panel.h"
#include "px-window-private.h"

/*
 * Articles side by side when they fit (three or fewer on the page's
 * width), else one after another; each with its header and its
 * differences marked as in the window; then the list of differences and
 * the figures table. Each block is a Pango layout paginated by its lines.
 */

#define MIN_COLUMN_WIDTH 150.0   /* points: narrower columns go one after another */
#define GAP 14.0

typedef struct {
  PangoLayout *layout;
  GArray *breaks;               /* int: first line of each page */
} Block;

typedef struct {
  PxComparison *comparison;
  GPtrArray *articles;          /* Block*: one per article, in column order */
  gboolean side_by_side;
  Block *tail;                  /* differences and figures */
  int article_pages;
  int tail_pages;
} PrintJob;

static void
block_free (Block *block)
{
  g_clear_object (&block->layout);
  g_clear_pointer (&block->breaks, g_array_unref);
  g_free (block);
}

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->comparison, px_comparison_unref);
  g_clear_pointer (&job->articles, g_ptr_array_unref);
  g_clear_pointer (&job->tail, block_free);
  g_free (job);
}

static const guint16 kind_colors[PX_N_DIFFERENCE_KINDS][3] = {
  { 0xffff, 0xd8d8, 0xb0b0 },   /* figure */
  { 0xcccc, 0xe0e0, 0xffff },   /* name */
  { 0xe8e8, 0xd5d5, 0xffff },   /* hedge */
  { 0xffff, 0xc7c7, 0xc7c7 },   /* negation */
  { 0xc9c9, 0xf2f2, 0xd0d0 },   /* attribution */
  { 0xffff, 0xf3f3, 0xa0a0 },   /* date */
  { 0xf0f0, 0xe0e0, 0xc8c8 },   /* quote */
};

static PangoLayout *
article_layout (GtkPrintContext *context,
                PxComparison    *c,
                guint            a,
                double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  PxArticle *article = px_comparison_get_article (c, a);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *label = px_comparison_dup_source_label (c, a);
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");
  PangoAttribute *attr;
  const PxDifference *diffs;
  const char *body;
  gsize header_len, title_start, title_end;
  guint n, k;

  g_string_append_printf (text, "%s\n", label);
  title_start = text->len;
  g_string_append (text, px_article_get_title (article) ? px_article_get_title (article) : _("Untitled"));
  title_end = text->len;
  g_string_append_c (text, '\n');
  if (px_article_get_byline (article) != NULL)
    g_string_append_printf (text, "%s  ", px_article_get_byline (article));
  g_string_append_printf (text, "%s\n\n",
                          px_article_get_date (article) ? px_article_get_date (article) : _("date unknown"));
  header_len = text->len;
  body = px_article_get_text (article, NULL);
  g_string_append (text, body);

  attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  attr->start_index = 0;
  attr->end_index = title_end;
  pango_attr_list_insert (attrs, attr);
  attr = pango_attr_scale_new (1.25);
  attr->start_index = title_start;
  attr->end_index = title_end;
  pango_attr_list_insert (attrs, attr);

  diffs = px_comparison_get_differences (c, &n);
  for (k = 0; k < n; k++)
    {
      PxRange r;

      if (diffs[k].a == a)
        r = diffs[k].left;
      else if (diffs[k].b == a)
        r = diffs[k].right;
      else
        continue;
      if (r.end <= r.start)
        continue;
      attr = pango_attr_background_new (kind_colors[diffs[k].kind][0], kind_colors[diffs[k].kind][1],
                                        kind_colors[diffs[k].kind][2]);
      attr->start_index = header_len + r.start;
      attr->end_index = header_len + r.end;
      pango_attr_list_insert (attrs, attr);
    }

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text->str, text->len);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_font_description_free (font);

  return layout;
}

static PangoLayout *
tail_layout (GtkPrintContext *context,
             PxComparison    *c,
             double           width)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 9");
  g_autoptr(GString) markup = g_string_new (NULL);
  const PxDifference *diffs;
  const guint *order;
  guint n, k, q, n_order;

  diffs = px_comparison_get_differences (c, &n);
  g_string_append_printf (markup, "<span size='larger' weight='bold'>%s</span>\n", _("Differences"));
  if (n == 0)
    g_string_append_printf (markup, "%s\n", _("No differences were found in the linked sentences."));
  for (k = 0; k < n; k++)
    {
      g_autofree char *note = g_markup_escape_text (diffs[k].note, -1);

      g_string_append_printf (markup, "• <b>%s</b>: %s\n",
                              px_difference_kind_display_name (diffs[k].kind), note);
    }

  if (px_comparison_get_n_quantities (c) > 0)
    {
      order = px_comparison_get_article_order (c, &n_order);
      g_string_append_printf (markup, "\n<span size='larger' weight='bold'>%s</span>\n", _("Figures"));
      for (q = 0; q < px_comparison_get_n_quantities (c); q++)
        {
          const PxQuantityMember *members = px_comparison_get_quantity (c, q, &n);
          g_autofree char *label = g_markup_escape_text (px_comparison_get_quantity_label (c, q), -1);
          guint o, m;

          g_string_append_printf (markup, "<b>%s</b>: ", label);
          for (o = 0; o < n_order; o++)
            for (m = 0; m < n; m++)
              if (members[m].a == order[o])
                {
                  g_autofree char *value = px_comparison_dup_figure_text (c, members[m].a, members[m].figure, NULL);
                  g_autofree char *source = px_comparison_dup_source_label (c, members[m].a);
                  g_autofree char *escaped_value = g_markup_escape_text (value, -1);
                  g_autofree char *escaped_source = g_markup_escape_text (source, -1);

                  g_string_append_printf (markup, "%s (%s); ", escaped_value, escaped_source);
                }
          g_string_truncate (markup, markup->len - 2);
          g_string_append_c (markup, '\n');
        }
    }

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup->str, markup->len);
  pango_font_description_free (font);

  return layout;
}

/* The first line of each page when the layout runs over pages of @height. */
static GArray *
paginate (PangoLayout *layout,
          double       height)
{
  GArray *breaks = g_array_new (FALSE, FALSE, sizeof (int));
  int n = pango_layout_get_line_count (layout);
  int line, zero = 0;
  double y = 0;

  g_array_append_val (breaks, zero);
  for (line = 0; line < n; line++)
    {
      PangoRectangle logical;
      double h;

      pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, line), NULL, &logical);
      h = pango_units_to_double (logical.height);
      if (y + h > height && y > 0)
        {
          g_array_append_val (breaks, line);
          y = 0;
        }
      y += h;
    }

  return breaks;
}

static void
draw_lines (cairo_t     *cr,
            Block       *block,
            int          page,
            double       x)
{
  int first, last, line;
  double y = 0;

  if (page >= (int) block->breaks->len)
    return;
  first = g_array_index (block->breaks, int, page);
  last = page + 1 < (int) block->breaks->len ? g_array_index (block->breaks, int, page + 1)
                                              : pango_layout_get_line_count (block->layout);

  for (line = first; line < last; line++)
    {
      PangoLayoutLine *l = pango_layout_get_line_readonly (block->layout, line);
      PangoRectangle logical;

      pango_layout_line_get_extents (l, NULL, &logical);
      cairo_move_to (cr, x + pango_units_to_double (logical.x), y - pango_units_to_double (logical.y));
      pango_cairo_show_layout_line (cr, l);
      y += pango_units_to_double (logical.height);
    }
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  guint n = px_comparison_get_n_articles (job->comparison);
  double column_width;
  guint a;

  job->side_by_side = n > 0 && n <= 3 && (width - GAP * (n - 1)) / n >= MIN_COLUMN_WIDTH;
  column_width = job->side_by_side ? (width - GAP * (n - 1)) / n : width;

  job->article_pages = 0;
  for (a = 0; a < n; a++)
    {
      Block *block = g_new0 (Block, 1);

      block->layout = article_layout (context, job->comparison, a, column_width);
      block->breaks = paginate (block->layout, height);
      g_ptr_array_add (job->articles, block);
      if (job->side_by_side)
        job->article_pages = MAX (job->article_pages, (int) block->breaks->len);
      else
        job->article_pages += block->breaks->len;
    }

  job->tail = g_new0 (Block, 1);
  job->tail->layout = tail_layout (context, job->comparison, width);
  job->tail->breaks = paginate (job->tail->layout, height);
  job->tail_pages = job->tail->breaks->len;

  gtk_print_operation_set_n_pages (operation, job->article_pages + job->tail_pages);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  guint n = job->articles->len;
  guint a;

  cairo_set_source_rgb (cr, 0, 0, 0);

  if (page >= job->article_pages)
    {
      draw_lines (cr, job->tail, page - job->article_pages, 0);
      return;
    }

  if (job->side_by_side)
    {
      double column_width = (width - GAP * (n - 1)) / n;

      for (a = 0; a < n; a++)
        draw_lines (cr, job->articles->pdata[a], page, a * (column_width + GAP));
      return;
    }

  /* One after another: find the article and its page. */
  for (a = 0; a < n; a++)
    {
      Block *block = job->articles->pdata[a];

      if (page < (int) block->breaks->len)
        {
          draw_lines (cr, block, page, 0);
          return;
        }
      page -= block->breaks->len;
    }
}

/**
 * _px_window_print:
 * @self: a window
 * @export_to: (nullable): a PDF file to write instead of asking
 *
 * Prints the comparison through the print dialog, or exports it as PDF.
 *
 * Returns: whether anything was printed or exported
 */
gboolean
_px_window_print (PxWindow   *self,
                  const char *export_to)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  PrintJob *job;
  GtkPrintOperationResult result;

  if (self->comparison == NULL)
    {
      _px_window_toast (self, _("Open two articles or more to print a comparison"));
      return FALSE;
    }

  job = g_new0 (PrintJob, 1);
  job->comparison = px_comparison_ref (self->comparison);
  job->articles = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, _("Parallax comparison"));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);

  if (export_to != NULL)
    gtk_print_operation_set_export_filename (operation, export_to);

  result = gtk_print_operation_run (operation,
                                    export_to ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                              : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  print_job_free (job);

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);

      _px_window_toast (self, message);
      return FALSE;
    }

  return result == GTK_PRINT_OPERATION_RESULT_APPLY;
}
