/* px-word-freq.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-word-freq.h"

#include <string.h>

static const guint32 *
get_offsets (void)
{
  static gsize offsets = 0;

  if (g_once_init_enter (&offsets))
    {
      guint32 *table = g_new (guint32, px_word_freq_count);
      const char *p = px_word_freq_records;
      guint i;

      for (i = 0; i < px_word_freq_count; i++)
        {
          table[i] = (guint32) (p - px_word_freq_records);
          p += strlen (p) + 1;
        }
      g_once_init_leave (&offsets, (gsize) table);
    }
  return (const guint32 *) offsets;
}

/* Like strcmp () on bytes, with a length on the key side. */
static int
compare_key (const char *key,
             gsize       len,
             const char *word)
{
  gsize i;

  for (i = 0; i < len; i++)
    {
      guchar a = (guchar) key[i], b = (guchar) word[i];

      if (b == '\0' || a != b)
        return b == '\0' ? 1 : (int) a - (int) b;
    }
  return word[len] == '\0' ? 0 : -1;
}

/**
 * px_word_freq_information:
 * @word: an English word in its matching form (see px_token_fold())
 * @len: its length in bytes, or -1 if nul-terminated
 *
 * How rare @word is in everyday English: -log10 of its relative
 * frequency in a background corpus, from about 1.4 ("you") to about 7 for the
 * rarest word of the table.
 *
 * Returns: the information content, or -1 when @word is not in the table
 */
double
px_word_freq_information (const char *word,
                          gssize      len)
{
  const guint32 *offsets;
  gsize n;
  guint lo = 0, hi;

  g_return_val_if_fail (word != NULL || len <= 0, -1);

  if (word == NULL)
    return -1;
  n = len < 0 ? strlen (word) : (gsize) len;
  if (n == 0 || memchr (word, '\0', n) != NULL)
    return -1;

  offsets = get_offsets ();
  hi = px_word_freq_count;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const char *record = px_word_freq_records + offsets[mid];
      int cmp = compare_key (word, n, record + 1);

      if (cmp == 0)
        return (double) ((guchar) record[0] - 33) / px_word_freq_scale;
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return -1;
}
