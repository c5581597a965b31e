/* px-charset.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char       *px_charset_decode        (const guint8  *data,
                                      gsize          len,
                                      const char    *declared,
                                      gsize         *out_len,
                                      GError       **error);
char       *px_charset_sniff_markup  (const guint8  *data,
                                      gsize          len);

G_END_DECLS
