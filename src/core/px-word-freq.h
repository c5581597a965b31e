/* px-word-freq.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Generated data, see build-aux/gen-word-freq.py. */
extern const guint px_word_freq_scale;
extern const guint px_word_freq_count;
extern const char  px_word_freq_records[];

double px_word_freq_information (const char *word,
                                 gssize      len);

G_END_DECLS
