/* fuzz-format.c — format sniffing and charset decoding of raw bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"

static const char *const hints[] = {
  NULL, "story.txt", "notes.md", "page.html", "saved.mhtml", "page.htm", "a.markdown", "README",
};

static const char *const charsets[] = {
  NULL, "utf-8", "windows-1252", "iso-8859-1", "utf-16", "utf-16le", "utf-16be", "shift_jis",
  "koi8-r", "x-no-such-charset", "", "UTF8", "us-ascii", "iso-8859-15", "gb18030", "utf-32",
};

static void
check_decoded (char   *text,
               gsize   len,
               GError *error)
{
  if (text == NULL)
    {
      g_assert_nonnull (error);
      return;
    }
  g_assert_null (error);
  g_assert_cmpint (text[len], ==, '\0');
  g_assert_true (fuzz_is_utf8 (text, len));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const guint8 *bytes;
  gsize n;
  const char *hint;
  const char *declared;
  PxFormat format;
  g_autofree char *sniffed = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;
  gsize text_len = 0;
  gsize text2_len = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;

  fuzz_init ();
  if (size == 0)
    return 0;

  /* The first byte picks a name hint and a declared charset. */
  hint = hints[data[0] % G_N_ELEMENTS (hints)];
  declared = charsets[(data[0] >> 3) % G_N_ELEMENTS (charsets)];
  bytes = data + 1;
  n = size - 1;

  format = px_format_sniff (bytes, n, hint);
  g_assert_cmpint (format, >=, PX_FORMAT_UNKNOWN);
  g_assert_cmpint (format, <=, PX_FORMAT_MHTML);
  g_assert_nonnull (px_format_to_string (format));

  sniffed = px_charset_sniff_markup (bytes, n);
  if (sniffed != NULL)
    g_assert_true (g_utf8_validate (sniffed, -1, NULL));

  text = px_charset_decode (bytes, n, sniffed, &text_len, &error);
  check_decoded (text, text_len, error);
  if (text != NULL)
    {
      format = px_format_sniff ((const guint8 *) text, text_len, hint);
      g_assert_cmpint (format, <=, PX_FORMAT_MHTML);
    }

  text2 = px_charset_decode (bytes, n, declared, &text2_len, &error2);
  check_decoded (text2, text2_len, error2);

  return 0;
}
