/* px-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/px-core.h"
#include "px-differences-panel.h"
#include "px-preferences-window.h"

struct _PxPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GtkFontButton *font_button;
  AdwPreferencesGroup *kinds_group;
  AdwComboRow *strictness_row;
  AdwComboRow *language_row;
  GtkSwitch *sync_switch;
  GtkSwitch *network_switch;
  GtkSwitch *kind_switches[PX_N_DIFFERENCE_KINDS];

  GSettings *settings;
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (PxPreferencesWindow, px_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const struct {
  const char *code;
  const char *name;
} languages[] = {
  { "auto", N_("Automatic") },
  { "en", N_("English") },
  { "de", N_("German") },
  { "es", N_("Spanish") },
  { "fr", N_("French") },
  { "it", N_("Italian") },
  { "pt", N_("Portuguese") },
  { "nl", N_("Dutch") },
  { "ru", N_("Russian") },
};

static const char * const strictness_nicks[] = { "strict", "balanced", "loose" };

guint
px_preferences_n_languages (void)
{
  return G_N_ELEMENTS (languages);
}

const char *
px_preferences_language_code (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (languages), NULL);
  return languages[index].code;
}

static const char *
kind_description (PxDifferenceKind kind)
{
  switch (kind)
    {
    case PX_DIFFERENCE_FIGURE: return _("The same quantity with another value");
    case PX_DIFFERENCE_NAME: return _("One name spelled two ways");
    case PX_DIFFERENCE_HEDGE: return _("“At least”, “about”, “reportedly” on one side only");
    case PX_DIFFERENCE_NEGATION: return _("A “not” or “denied” on one side only");
    case PX_DIFFERENCE_ATTRIBUTION: return _("Who said or reported it");
    case PX_DIFFERENCE_DATE: return _("Another date for the same fact");
    case PX_DIFFERENCE_QUOTE: return _("Quoted words that differ");
    case PX_N_DIFFERENCE_KINDS:
    default:
      return "";
    }
}

static void
sync_kind_switches (PxPreferencesWindow *self)
{
  g_auto(GStrv) kinds = g_settings_get_strv (self->settings, "marked-kinds");
  int k;

  self->updating = TRUE;
  for (k = 0; k < PX_N_DIFFERENCE_KINDS; k++)
    gtk_switch_set_active (self->kind_switches[k],
                           g_strv_contains ((const char * const *) kinds, px_difference_kind_to_string (k)));
  self->updating = FALSE;
}

static void
on_kind_switched_cb (PxPreferencesWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) kinds = NULL;
  int k;

  if (self->updating)
    return;

  for (k = 0; k < PX_N_DIFFERENCE_KINDS; k++)
    if (gtk_switch_get_active (self->kind_switches[k]))
      g_strv_builder_add (builder, px_difference_kind_to_string (k));
  kinds = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "marked-kinds", (const char * const *) kinds);
}

static gboolean
strictness_get_mapping (GValue   *value,
                        GVariant *variant,
                        gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);
  guint k;

  for (k = 0; k < G_N_ELEMENTS (strictness_nicks); k++)
    if (g_str_equal (nick, strictness_nicks[k]))
      {
        g_value_set_uint (value, k);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
strictness_set_mapping (const GValue       *value,
                        const GVariantType *type,
                        gpointer            user_data)
{
  guint k = g_value_get_uint (value);

  return k < G_N_ELEMENTS (strictness_nicks) ? g_variant_new_string (strictness_nicks[k]) : NULL;
}

static gboolean
language_get_mapping (GValue   *value,
                      GVariant *variant,
                      gpointer  user_data)
{
  const char *code = g_variant_get_string (variant, NULL);
  guint k;

  for (k = 0; k < G_N_ELEMENTS (languages); k++)
    if (g_str_equal (code, languages[k].code))
      {
        g_value_set_uint (value, k);
        return TRUE;
      }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
language_set_mapping (const GValue       *value,
                      const GVariantType *type,
                      gpointer            user_data)
{
  guint k = g_value_get_uint (value);

  return k < G_N_ELEMENTS (languages) ? g_variant_new_string (languages[k].code) : NULL;
}

static void
on_font_reset_clicked_cb (PxPreferencesWindow *self)
{
  g_settings_reset (self->settings, "font");
}

static void
on_font_set_cb (PxPreferencesWindow *self)
{
  g_autofree char *font = gtk_font_chooser_get_font (GTK_FONT_CHOOSER (self->font_button));

  g_settings_set_string (self->settings, "font", font ? font : "");
}

static void
on_font_changed_cb (PxPreferencesWindow *self)
{
  g_autofree char *font = g_settings_get_string (self->settings, "font");

  if (*font != '\0')
    gtk_font_chooser_set_font (GTK_FONT_CHOOSER (self->font_button), font);
}

static void
px_preferences_window_dispose (GObject *object)
{
  PxPreferencesWindow *self = PX_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), PX_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (px_preferences_window_parent_class)->dispose (object);
}

static void
px_preferences_window_class_init (PxPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = px_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/parallax/Parallax/px-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, font_button);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, kinds_group);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, strictness_row);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, sync_switch);
  gtk_widget_class_bind_template_child (widget_class, PxPreferencesWindow, network_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_font_reset_clicked_cb);
}

static void
px_preferences_window_init (PxPreferencesWindow *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint k;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);

  for (k = 0; k < PX_N_DIFFERENCE_KINDS; k++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (px_difference_kind_icon_name (k));
      GtkWidget *sw = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), px_difference_kind_display_name (k));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), kind_description (k));
      gtk_widget_add_css_class (icon, "px-kind-icon");
      gtk_widget_add_css_class (icon, px_difference_kind_to_string (k));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
      g_signal_connect_object (sw, "notify::active", G_CALLBACK (on_kind_switched_cb), self,
                               G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->kinds_group, row);
      self->kind_switches[k] = GTK_SWITCH (sw);
    }
  sync_kind_switches (self);
  g_signal_connect_object (self->settings, "changed::marked-kinds",
                           G_CALLBACK (sync_kind_switches), self, G_CONNECT_SWAPPED);

  g_settings_bind_with_mapping (self->settings, "strictness", self->strictness_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, strictness_get_mapping,
                                strictness_set_mapping, NULL, NULL);

  for (k = 0; k < G_N_ELEMENTS (languages); k++)
    gtk_string_list_append (names, _(languages[k].name));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  g_settings_bind_with_mapping (self->settings, "stemming-language", self->language_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, language_get_mapping, language_set_mapping,
                                NULL, NULL);

  g_settings_bind (self->settings, "sync-scroll", self->sync_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "allow-network", self->network_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  on_font_changed_cb (self);
  g_signal_connect_object (self->settings, "changed::font", G_CALLBACK (on_font_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->font_button, "font-set", G_CALLBACK (on_font_set_cb), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
px_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (PX_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
