/* px-sentence-iter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-sentence-iter.h"

#include <string.h>

void
px_sentence_iter_init (PxSentenceIter *iter,
                       const char     *text,
                       gssize          len)
{
  g_return_if_fail (iter != NULL);
  g_return_if_fail (text != NULL || len == 0);

  iter->text = text;
  iter->len = len < 0 ? strlen (text) : (gsize) len;
  iter->pos = 0;
}

gboolean
px_sentence_iter_next (PxSentenceIter *iter,
                       PxRange        *sentence)
{
  gsize p = iter->pos;
  gsize start;

  while (p < iter->len && g_ascii_isspace (iter->text[p]))
    p++;
  if (p >= iter->len)
    return FALSE;

  start = p;
  while (p < iter->len)
    {
      char c = iter->text[p++];
      if ((c == '.' || c == '!' || c == '?') &&
          (p >= iter->len || g_ascii_isspace (iter->text[p])))
        break;
    }

  sentence->start = start;
  sentence->end = p;
  while (sentence->end > start && g_ascii_isspace (iter->text[sentence->end - 1]))
    sentence->end--;
  iter->pos = p;

  return TRUE;
}
