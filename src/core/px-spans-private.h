/* px-spans-private.h — lookups in arrays of text spans kept in text order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

/*
 * _px_spans_find_range:
 * @items: items sorted by their start, each @item_size bytes
 * @start_offset: where an item keeps its start (a gsize), G_STRUCT_OFFSET()
 * @end_offset: where it keeps its end
 * @start: first byte of a span of the text, such as a sentence
 * @end: one past its last byte
 * @first: (out): index of the first item that starts at or after @start
 *
 * Finds the first item by bisection, so that a sentence of a long text
 * costs no more than its own items.
 *
 * Returns: how many items, from @first on, lie wholly inside the span
 */
static inline guint
_px_spans_find_range (gconstpointer  items,
                      guint          n_items,
                      gsize          item_size,
                      gsize          start_offset,
                      gsize          end_offset,
                      gsize          start,
                      gsize          end,
                      guint         *first)
{
  const char *base = items;
  guint lo = 0, hi = n_items, n = 0;
  gsize value;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      memcpy (&value, base + mid * item_size + start_offset, sizeof value);
      if (value < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  *first = lo;

  for (; lo + n < n_items; n++)
    {
      memcpy (&value, base + (lo + n) * item_size + end_offset, sizeof value);
      if (value > end)
        break;
    }

  return n;
}

G_END_DECLS
