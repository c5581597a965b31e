/* px-tokens.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PxTokenFlags:
 * @PX_TOKEN_NONE: nothing special
 * @PX_TOKEN_CAPITALIZED: the first letter is upper or title case
 * @PX_TOKEN_ALL_CAPS: two or more letters, none of them lower case ("NATO", "U.S.")
 * @PX_TOKEN_NUMBER: the token contains a digit ("1,200", "3.5", "G7")
 * @PX_TOKEN_DOTTED: an abbreviation of single letters and dots ("U.S.", "e.g.")
 *
 * What the surface of a token says about it.
 */
typedef enum {
  PX_TOKEN_NONE        = 0,
  PX_TOKEN_CAPITALIZED = 1 << 0,
  PX_TOKEN_ALL_CAPS    = 1 << 1,
  PX_TOKEN_NUMBER      = 1 << 2,
  PX_TOKEN_DOTTED      = 1 << 3,
} PxTokenFlags;

/**
 * PxToken:
 * @start: first byte of the token in the text
 * @end: one past its last byte
 * @flags: #PxTokenFlags
 *
 * One word or number of a text.
 */
typedef struct {
  gsize start;
  gsize end;
  PxTokenFlags flags;
} PxToken;

/**
 * PxTokenIter:
 *
 * Walks the words and numbers of a UTF-8 text on the stack:
 *
 * |[<!-- language="C" -->
 * PxTokenIter iter;
 * PxToken t;
 *
 * px_token_iter_init (&iter, text, len);
 * while (px_token_iter_next (&iter, &t))
 *   handle (text + t.start, t.end - t.start);
 * ]|
 *
 * A token is a run of letters, digits and combining marks, kept whole
 * across an apostrophe between letters ("don't", "l’homme"), a point or
 * comma between digits ("1,200.5") and the points of a letter-by-letter
 * abbreviation ("U.S."). Hyphens and all other punctuation separate.
 * Invalid UTF-8 separates too, one byte at a time.
 */
typedef struct {
  /*< private >*/
  const char *text;
  gsize len;
  gsize pos;
} PxTokenIter;

void     px_token_iter_init (PxTokenIter *iter,
                             const char  *text,
                             gssize       len);
gboolean px_token_iter_next (PxTokenIter *iter,
                             PxToken     *token);

void     px_token_casefold  (const char  *text,
                             gssize       len,
                             GString     *out);
void     px_token_fold      (const char  *text,
                             gssize       len,
                             GString     *out);
void     px_token_strip_marks (const char *text,
                               gssize      len,
                               GString    *out);

G_END_DECLS
