/* px-article-column.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

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
  GtkButton *close_button;
  GtkStack *content_stack;
  GtkSpinner *spinner;
  GtkLabel *loading_label;
  GtkTextView *text_view;

  PxArticle *article;
  char *source;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (PxArticleColumn, px_article_column, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  N_PROPS
};

enum {
  CLOSE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
is_link (const char *source)
{
  return source != NULL &&
         (g_str_has_prefix (source, "http://") || g_str_has_prefix (source, "https://"));
}

/* The file name for a file, the host for a link. */
static char *
short_source (const char *source)
{
  if (source == NULL)
    return g_strdup (_("Dropped text"));

  if (is_link (source))
    {
      g_autoptr(GUri) uri = g_uri_parse (source, G_URI_FLAGS_NONE, NULL);

      if (uri != NULL && g_uri_get_host (uri) != NULL)
        return g_strdup (g_uri_get_host (uri));
    }

  return g_path_get_basename (source);
}

static char *
format_date (const char *iso)
{
  int y, m, d;
  g_autoptr(GDateTime) dt = NULL;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return NULL;

  dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
  if (dt == NULL)
    return NULL;

  /* Translators: an article's date, as in "9 January 2013"; see strftime */
  return g_date_time_format (dt, _("%-d %B %Y"));
}

static void
update_header (PxArticleColumn *self)
{
  const char *site = NULL;
  const char *title = NULL;
  const char *byline = NULL;
  g_autofree char *date = NULL;
  g_autofree char *short_name = short_source (self->source);
  g_autofree char *byline_line = NULL;
  g_autofree char *accessible = NULL;

  if (self->article != NULL)
    {
      site = px_article_get_site (self->article);
      title = px_article_get_title (self->article);
      byline = px_article_get_byline (self->article);
      date = format_date (px_article_get_date (self->article));
    }

  gtk_label_set_label (self->site_label, site ? site : "");
  gtk_widget_set_visible (GTK_WIDGET (self->site_label), site != NULL);
  gtk_label_set_label (self->title_label, title ? title : (self->article ? _("Untitled") : ""));
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
}

static void
fill_buffer (PxArticleColumn *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const char *text;
  gsize len;

  text = px_article_get_text (self->article, &len);
  gtk_text_buffer_set_text (buffer, text, len);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
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
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PxArticleColumn::close-requested:
   *
   * The person asked to close this article.
   */
  signals[CLOSE_REQUESTED] =
    g_signal_new ("close-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pxarticlecolumn");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/px-article-column.ui");
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, header_card);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, site_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, group_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, title_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, byline_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, source_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, close_button);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, spinner);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, loading_label);
  gtk_widget_class_bind_template_child (widget_class, PxArticleColumn, text_view);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked_cb);
}

static void
px_article_column_init (PxArticleColumn *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);

  self->cancellable = g_cancellable_new ();
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

  return short_source (self->source);
}
