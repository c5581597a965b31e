/* px-tokens.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-tokens.h"

#include <string.h>

#include "px-chars-private.h"

#define NO_CHAR ((gunichar) -1)

/* Decodes the character at @p, or NO_CHAR when the bytes there are not
 * UTF-8; *next is where the following character starts either way. */
static gunichar
decode_at (const char *text,
           gsize       len,
           gsize       p,
           gsize      *next)
{
  guchar b = (guchar) text[p];
  gunichar c;

  if (b < 0x80)
    {
      *next = p + 1;
      return b;
    }
  c = g_utf8_get_char_validated (text + p, len - p);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *next = p + 1;
      return NO_CHAR;
    }
  *next = p + g_unichar_to_utf8 (c, NULL);
  return c;
}

static gboolean
is_letter (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalpha (c);
  return c != NO_CHAR && g_unichar_isalpha (c);
}

static gboolean
is_digit (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isdigit (c);
  return c != NO_CHAR && g_unichar_isdigit (c);
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

/**
 * px_token_iter_init:
 * @iter: an uninitialised iterator
 * @text: UTF-8 text
 * @len: length of @text in bytes, or -1 if it is nul-terminated
 *
 * Starts walking the tokens of @text, which must outlive @iter.
 */
void
px_token_iter_init (PxTokenIter *iter,
                    const char  *text,
                    gssize       len)
{
  g_return_if_fail (iter != NULL);
  g_return_if_fail (text != NULL || len <= 0);

  iter->text = text;
  iter->len = text == NULL ? 0 : len < 0 ? strlen (text) : (gsize) len;
  iter->pos = 0;
}

/**
 * px_token_iter_next:
 * @iter: a #PxTokenIter
 * @token: (out): the next token
 *
 * Returns: %FALSE at the end of the text
 */
gboolean
px_token_iter_next (PxTokenIter *iter,
                    PxToken     *token)
{
  const char *text;
  gsize len, p, next, start;
  gunichar c = NO_CHAR, prev;
  guint n_upper = 0, n_lower = 0, seg_letters = 0, seg_chars = 0;
  gboolean first_letter_seen = FALSE, dotted = FALSE;
  PxTokenFlags flags = PX_TOKEN_NONE;

  g_return_val_if_fail (iter != NULL, FALSE);
  g_return_val_if_fail (token != NULL, FALSE);

  text = iter->text;
  len = iter->len;
  p = iter->pos;

  while (p < len)
    {
      c = decode_at (text, len, p, &next);
      if (_px_char_is_word (c) && !(c >= 0x80 && g_unichar_ismark (c)))
        break;
      p = next;
    }
  if (p >= len)
    {
      iter->pos = len;
      return FALSE;
    }

  start = p;
  prev = NO_CHAR;
  while (p < len)
    {
      c = decode_at (text, len, p, &next);

      if (_px_char_is_word (c))
        {
          if (is_digit (c))
            flags |= PX_TOKEN_NUMBER;
          if (is_letter (c))
            {
              gboolean upper = _px_char_is_upper (c);
              gboolean lower = _px_char_is_lower (c);

              if (!first_letter_seen && upper)
                flags |= PX_TOKEN_CAPITALIZED;
              first_letter_seen = TRUE;
              n_upper += upper;
              n_lower += lower;
              seg_letters++;
            }
          if (!(c >= 0x80 && g_unichar_ismark (c)))
            seg_chars++;
          prev = c;
          p = next;
          continue;
        }

      if (next < len && prev != NO_CHAR)
        {
          gsize after;
          gunichar d = decode_at (text, len, next, &after);

          if (is_apostrophe (c) && is_letter (prev) && is_letter (d))
            {
              prev = c;
              p = next;
              seg_letters = seg_chars = 0;
              continue;
            }
          if ((c == '.' || c == ',') && is_digit (prev) && is_digit (d))
            {
              prev = c;
              p = next;
              continue;
            }
          if (c == '.' && seg_chars == 1 && seg_letters == 1 && !dotted && is_letter (d) &&
              after < len && text[after] == '.')
            {
              dotted = TRUE;
              prev = c;
              p = next;
              seg_letters = seg_chars = 0;
              continue;
            }
        }
      /* The closing point of "U.S." belongs to it. */
      if (c == '.' && dotted && seg_chars == 1 && seg_letters == 1)
        p = next;
      break;
    }

  if (dotted)
    flags |= PX_TOKEN_DOTTED;
  if (n_lower == 0 && n_upper >= 2)
    flags |= PX_TOKEN_ALL_CAPS;

  token->start = start;
  token->end = p;
  token->flags = flags;
  iter->pos = p;

  return TRUE;
}

static gboolean
is_ascii (const char *text,
          gsize       len)
{
  gsize i;

  for (i = 0; i < len; i++)
    if ((guchar) text[i] >= 0x80)
      return FALSE;
  return TRUE;
}

/* Apostrophes all become U+0027, so "don’t" and "don't" meet. */
static void
append_unified (GString    *out,
                const char *s)
{
  const char *p;

  for (p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2019 || c == 0x02BC || c == 0x2018)
        g_string_append_c (out, '\'');
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
}

/**
 * px_token_casefold:
 * @text: UTF-8 text
 * @len: its length in bytes, or -1 if nul-terminated
 * @out: where to append
 *
 * Appends @text in NFKC, case-folded, with curly apostrophes made
 * straight: the form a stemmer takes. Accents stay.
 */
void
px_token_casefold (const char *text,
                   gssize      len,
                   GString    *out)
{
  g_autofree char *valid = NULL;
  g_autofree char *nfkc = NULL;
  g_autofree char *folded = NULL;
  gsize n;

  g_return_if_fail (text != NULL || len <= 0);
  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;
  n = len < 0 ? strlen (text) : (gsize) len;
  if (is_ascii (text, n))
    {
      gsize i;

      for (i = 0; i < n; i++)
        g_string_append_c (out, g_ascii_tolower (text[i]));
      return;
    }

  valid = g_utf8_make_valid (text, n);
  nfkc = g_utf8_normalize (valid, -1, G_NORMALIZE_NFKC);
  if (nfkc == NULL)
    return;
  folded = g_utf8_casefold (nfkc, -1);
  append_unified (out, folded);
}

/**
 * px_token_strip_marks:
 * @text: UTF-8 text
 * @len: its length in bytes, or -1 if nul-terminated
 * @out: where to append
 *
 * Appends @text without its combining marks ("é" → "e", "ё" → "е",
 * "й" → "и"), composed again: for matching, never for display.
 */
void
px_token_strip_marks (const char *text,
                      gssize      len,
                      GString    *out)
{
  g_autofree char *valid = NULL;
  g_autofree char *nfd = NULL;
  g_autofree char *bare = NULL;
  const char *p;
  GString *tmp;
  gsize n;

  g_return_if_fail (text != NULL || len <= 0);
  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;
  n = len < 0 ? strlen (text) : (gsize) len;
  if (is_ascii (text, n))
    {
      g_string_append_len (out, text, n);
      return;
    }

  valid = g_utf8_make_valid (text, n);
  nfd = g_utf8_normalize (valid, -1, G_NORMALIZE_NFD);
  if (nfd == NULL)
    return;
  tmp = g_string_sized_new (strlen (nfd));
  for (p = nfd; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      g_string_append_len (tmp, p, g_utf8_next_char (p) - p);
  bare = g_utf8_normalize (tmp->str, tmp->len, G_NORMALIZE_NFC);
  g_string_free (tmp, TRUE);
  if (bare != NULL)
    g_string_append (out, bare);
}

/**
 * px_token_fold:
 * @text: UTF-8 text
 * @len: its length in bytes, or -1 if nul-terminated
 * @out: where to append
 *
 * Appends the matching form of @text: NFKC, case-folded, apostrophes
 * made straight and combining marks stripped, so "Café", "CAFE" and
 * "café" all give "cafe".
 */
void
px_token_fold (const char *text,
               gssize      len,
               GString    *out)
{
  GString *tmp;

  g_return_if_fail (text != NULL || len <= 0);
  g_return_if_fail (out != NULL);

  tmp = g_string_new (NULL);
  px_token_casefold (text, len, tmp);
  px_token_strip_marks (tmp->str, tmp->len, out);
  g_string_free (tmp, TRUE);
}
