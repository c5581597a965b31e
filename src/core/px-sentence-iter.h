/* px-sentence-iter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-article.h"

G_BEGIN_DECLS

/**
 * PxSentenceIter:
 *
 * Walks the sentences of a UTF-8 text on the stack:
 *
 * |[<!-- language="C" -->
 * PxSentenceIter iter;
 * PxRange s;
 *
 * px_sentence_iter_init (&iter, text, len);
 * while (px_sentence_iter_next (&iter, &s))
 *   handle (text + s.start, s.end - s.start);
 * ]|
 *
 * Ranges are byte offsets into the text, trimmed of white space. The
 * splitter knows news text: abbreviations, initials, initialisms, times,
 * decimals, ellipses, quotes, lists, headlines without a full stop, e-mail
 * addresses and URLs. It allocates nothing and runs in linear time.
 */
typedef struct {
  /*< private >*/
  const char *text;
  gsize len;
  gsize pos;
  /* Bounds of the last white-space delimited token looked at, so that no
   * token is scanned twice when deciding whether it is a URL. */
  gsize tok_start;
  gsize tok_end;
  gsize tok_at;
  gboolean tok_is_url;
  /* the last sentence ended without a stop (headline, dateline, line) */
  gboolean soft_end;
} PxSentenceIter;

void     px_sentence_iter_init (PxSentenceIter *iter,
                                const char     *text,
                                gssize          len);
gboolean px_sentence_iter_next (PxSentenceIter *iter,
                                PxRange        *sentence);
guint    px_sentence_count     (const char     *text,
                                gssize          len);

G_END_DECLS
