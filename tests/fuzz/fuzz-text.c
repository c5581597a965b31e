/* fuzz-text.c — plain-text and Markdown cleanup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  gsize len = 0;
  PxArticleBuilder *builder;

  fuzz_init ();

  text = fuzz_utf8 (data, size, &len);

  builder = px_article_builder_new ("fuzz.txt");
  px_text_import (text, len, builder);
  fuzz_finish_builder (builder);

  builder = px_article_builder_new ("fuzz.md");
  px_markdown_import (text, len, builder);
  fuzz_finish_builder (builder);

  return 0;
}
