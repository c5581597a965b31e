/* px-difference-item.c — one row of the Differences panel's list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-difference-item.h"

struct _PxDifferenceItem
{
  GObject parent_instance;

  guint difference;
  char *header;
};

G_DEFINE_FINAL_TYPE (PxDifferenceItem, px_difference_item, G_TYPE_OBJECT)

static void
px_difference_item_finalize (GObject *object)
{
  PxDifferenceItem *self = PX_DIFFERENCE_ITEM (object);

  g_free (self->header);

  G_OBJECT_CLASS (px_difference_item_parent_class)->finalize (object);
}

static void
px_difference_item_class_init (PxDifferenceItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = px_difference_item_finalize;
}

static void
px_difference_item_init (PxDifferenceItem *self)
{
}

/**
 * px_difference_item_new:
 * @difference: an index into the comparison's differences
 * @header: (nullable): the heading of the group this row opens
 *
 * Returns: (transfer full): the item
 */
PxDifferenceItem *
px_difference_item_new (guint       difference,
                        const char *header)
{
  PxDifferenceItem *self = g_object_new (PX_TYPE_DIFFERENCE_ITEM, NULL);

  self->difference = difference;
  self->header = g_strdup (header);

  return self;
}

guint
px_difference_item_get_index (PxDifferenceItem *self)
{
  g_return_val_if_fail (PX_IS_DIFFERENCE_ITEM (self), 0);
  return self->difference;
}

/**
 * px_difference_item_get_header:
 * @self: an item
 *
 * Returns: (nullable): the group heading shown above the row
 */
const char *
px_difference_item_get_header (PxDifferenceItem *self)
{
  g_return_val_if_fail (PX_IS_DIFFERENCE_ITEM (self), NULL);
  return self->header;
}
