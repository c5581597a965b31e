/* px-text-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-text-import.h"

#include <string.h>

static void
split_paragraphs (const char       *text,
                  gsize             len,
                  PxArticleBuilder *builder)
{
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      const char *q = g_strstr_len (p, end - p, "\n\n");

      if (q == NULL)
        q = end;
      px_article_builder_add_paragraph (builder, p, q - p);
      p = q + (q < end ? 2 : 0);
    }
}

void
px_text_import (const char       *text,
                gsize             len,
                PxArticleBuilder *builder)
{
  split_paragraphs (text, len, builder);
}

void
px_markdown_import (const char       *text,
                    gsize             len,
                    PxArticleBuilder *builder)
{
  split_paragraphs (text, len, builder);
}
