/* px-chars-private.h — character classes the text layer shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ASCII is answered without GLib's Unicode tables, which is most of the
 * text the splitter, tokeniser and name finder read.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An upper-case or title-case letter. */
static inline gboolean
_px_char_is_upper (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isupper (c);
  return g_unichar_isupper (c) || g_unichar_istitle (c);
}

static inline gboolean
_px_char_is_lower (gunichar c)
{
  if (c < 0x80)
    return g_ascii_islower (c);
  return g_unichar_islower (c);
}

/* A letter, digit or combining mark: part of a word. */
static inline gboolean
_px_char_is_word (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Quotation marks and brackets that open a quotation or a sentence,
 * beyond ASCII: “ ‘ „ « ‹ 「 『 （ 【 ¿ ¡ */
static inline gboolean
_px_char_is_opener (gunichar c)
{
  switch (c)
    {
    case 0x201C: case 0x2018: case 0x201E: case 0x00AB: case 0x2039: case 0x300C:
    case 0x300E: case 0xFF08: case 0x3010: case 0x00BF: case 0x00A1:
      return TRUE;
    default:
      return FALSE;
    }
}

/* ?! and their ligatures */
static inline gboolean
_px_char_is_bang (gunichar c)
{
  return c == '?' || c == '!' || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049 ||
         c == 0x203D;
}

/* Full stops that end a sentence even without a space after them. */
static inline gboolean
_px_char_is_wide_stop (gunichar c)
{
  return c == 0x3002 || c == 0xFF61 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E ||
         c == 0x0964 || c == 0x0965;
}

G_END_DECLS
