/* fuzz-mhtml.c — finding and decoding the HTML part of an MHTML archive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) part = NULL;
  g_autofree char *charset = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) decode_error = NULL;
  const guint8 *html;
  gsize html_len = 0;
  gsize text_len = 0;

  fuzz_init ();

  part = px_mhtml_extract_html (data, size, &charset, &error);
  if (part == NULL)
    {
      g_assert_nonnull (error);
      g_assert_null (charset);
      return 0;
    }
  g_assert_null (error);
  fuzz_check_string (charset);

  html = g_bytes_get_data (part, &html_len);
  g_assert_cmpuint (html_len, <=, size * 4 + 16);
  text = px_charset_decode (html, html_len, charset, &text_len, &decode_error);
  if (text != NULL)
    g_assert_true (fuzz_is_utf8 (text, text_len));
  else
    g_assert_nonnull (decode_error);

  return 0;
}
