/* px-stopwords.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean px_stopwords_has_language (const char *language);
gboolean px_stopwords_contains     (const char *language,
                                    const char *word,
                                    gssize      len);

G_END_DECLS
