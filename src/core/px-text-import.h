/* px-text-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-article.h"

G_BEGIN_DECLS

void px_text_import     (const char       *text,
                         gsize             len,
                         PxArticleBuilder *builder);
void px_markdown_import (const char       *text,
                         gsize             len,
                         PxArticleBuilder *builder);

G_END_DECLS
