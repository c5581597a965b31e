/* px-difference-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PX_TYPE_DIFFERENCE_ITEM (px_difference_item_get_type ())
G_DECLARE_FINAL_TYPE (PxDifferenceItem, px_difference_item, PX, DIFFERENCE_ITEM, GObject)

PxDifferenceItem *px_difference_item_new        (guint             difference,
                                                 const char       *header);
guint             px_difference_item_get_index  (PxDifferenceItem *self);
const char       *px_difference_item_get_header (PxDifferenceItem *self);

G_END_DECLS
