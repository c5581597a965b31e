/* px-stemmer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *px_language_from_tag   (const char *tag);
gboolean    px_stemmer_has_language (const char *language);
void        px_stemmer_stem        (const char *language,
                                    const char *word,
                                    gssize      len,
                                    GString    *out);

G_END_DECLS
