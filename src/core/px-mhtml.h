/* px-mhtml.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GBytes *px_mhtml_extract_html (const guint8  *data,
                               gsize          len,
                               char         **charset,
                               GError       **error);

G_END_DECLS
