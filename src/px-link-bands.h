/* px-link-bands.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "px-article-column.h"

G_BEGIN_DECLS

#define PX_TYPE_LINK_BANDS (px_link_bands_get_type ())
G_DECLARE_FINAL_TYPE (PxLinkBands, px_link_bands, PX, LINK_BANDS, GtkWidget)

GtkWidget *px_link_bands_new                 (void);
void       px_link_bands_set_columns         (PxLinkBands     *self,
                                              PxArticleColumn *left,
                                              PxArticleColumn *right);
void       px_link_bands_set_across_events   (PxLinkBands     *self,
                                              gboolean         across_events);
guint      px_link_bands_count_links         (PxLinkBands     *self,
                                              gboolean         visible_only);
guint      px_link_bands_get_n_drawn         (PxLinkBands     *self);

G_END_DECLS
