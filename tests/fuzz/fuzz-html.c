/* fuzz-html.c — HTML extraction, on decoded text and through px_import_bytes()
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
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) import_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PxArticle) article = NULL;

  fuzz_init ();

  text = fuzz_utf8 (data, size, &len);
  builder = px_article_builder_new ("fuzz.html");
  if (px_html_import (text, len, builder, &error))
    {
      g_assert_null (error);
      fuzz_finish_builder (builder);
    }
  else
    {
      g_assert_nonnull (error);
      px_article_builder_free (builder);
    }

  bytes = g_bytes_new (data, size);
  article = px_import_bytes (bytes, "fuzz.html", &import_error);
  if (article != NULL)
    fuzz_check_article (article);
  else
    g_assert_nonnull (import_error);

  return 0;
}
