/* fuzz-sentences.c — sentence splitting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  gsize len = 0;
  PxSentenceIter iter;
  PxRange s;
  gsize prev_end = 0;
  guint n = 0;

  fuzz_init ();

  text = fuzz_utf8 (data, size, &len);

  px_sentence_iter_init (&iter, text, len);
  while (px_sentence_iter_next (&iter, &s))
    {
      g_assert_cmpuint (s.start, >=, prev_end);
      g_assert_cmpuint (s.start, <, s.end);
      g_assert_cmpuint (s.end, <=, len);
      g_assert_true (fuzz_is_char_start (text, len, s.start));
      g_assert_true (fuzz_is_char_start (text, len, s.end));
      g_assert_false (g_ascii_isspace (text[s.start]));
      g_assert_false (g_ascii_isspace (text[s.end - 1]));
      prev_end = s.end;
      n++;
      g_assert_cmpuint (n, <=, len);
    }

  g_assert_cmpuint (px_sentence_count (text, len), ==, n);
  g_assert_cmpuint (px_sentence_count (text, -1), ==, n);

  return 0;
}
