/* px-html-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-article.h"

G_BEGIN_DECLS

gboolean px_html_import (const char        *html,
                         gsize              len,
                         PxArticleBuilder  *builder,
                         GError           **error);

G_END_DECLS
