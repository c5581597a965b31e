/* fuzz-figures.c — finding figures (counts, money, percentages…) in text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"

#include <math.h>

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  gsize len = 0;
  g_autoptr(PxFigureList) list = NULL;
  guint n;
  guint i;
  gsize prev_start = 0;

  fuzz_init ();

  text = fuzz_utf8 (data, size, &len);

  list = px_figures_find (text, len);
  g_assert_nonnull (list);
  n = px_figure_list_get_length (list);
  for (i = 0; i < n; i++)
    {
      const PxFigure *f = px_figure_list_get (list, i);

      g_assert_nonnull (f);
      g_assert_cmpuint (f->start, <, f->end);
      g_assert_cmpuint (f->end, <=, len);
      g_assert_cmpuint (f->start, >=, prev_start);
      g_assert_true (fuzz_is_char_start (text, len, f->start));
      g_assert_true (fuzz_is_char_start (text, len, f->end));
      g_assert_false (isnan (f->value));
      g_assert_cmpint (f->kind, >=, PX_FIGURE_KIND_COUNT);
      g_assert_cmpint (f->kind, <=, PX_FIGURE_KIND_MEASURE);
      g_assert_cmpint (f->qualifier, >=, PX_FIGURE_QUALIFIER_EXACT);
      g_assert_cmpint (f->qualifier, <=, PX_FIGURE_QUALIFIER_RANGE);
      g_assert_nonnull (px_figure_kind_to_string (f->kind));
      g_assert_nonnull (px_figure_qualifier_to_string (f->qualifier));
      fuzz_check_string (f->unit);
      prev_start = f->start;
    }

  return 0;
}
