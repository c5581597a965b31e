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

G_END_DECLS
