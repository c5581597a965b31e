/* test-charset.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "core/px-core.h"

static char *
decode (const char *data,
        gsize       len,
        const char *declared)
{
  g_autoptr(GError) error = NULL;
  gsize out_len = 0;
  char *text = px_charset_decode ((const guint8 *) data, len, declared, &out_len, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  g_assert_cmpuint (strlen (text), ==, out_len);
  g_assert_true (g_utf8_validate (text, out_len, NULL));

  return text;
}

static void
test_utf8 (void)
{
  g_autofree char *plain = decode ("caf\xc3\xa9", 5, NULL);
  g_autofree char *bom = decode ("\xef\xbb\xbf" "caf\xc3\xa9", 8, NULL);

  g_assert_cmpstr (plain, ==, "café");
  g_assert_cmpstr (bom, ==, "café");
}

static void
test_utf16_bom (void)
{
  /* "Añ" in UTF-16 LE and BE, with their marks */
  g_autofree char *le = decode ("\xff\xfe" "A\0\xf1\0", 6, NULL);
  g_autofree char *be = decode ("\xfe\xff" "\0A\0\xf1", 6, NULL);
  /* A declared charset must not override a byte-order mark. */
  g_autofree char *le_declared = decode ("\xff\xfe" "A\0\xf1\0", 6, "iso-8859-1");

  g_assert_cmpstr (le, ==, "Añ");
  g_assert_cmpstr (be, ==, "Añ");
  g_assert_cmpstr (le_declared, ==, "Añ");
}

static void
test_utf16_without_bom (void)
{
  const char data[] = "H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0";
  g_autofree char *text = decode (data, sizeof data - 1, NULL);

  g_assert_cmpstr (text, ==, "Hello world");
}

static void
test_windows_1252 (void)
{
  /* Not UTF-8, so Windows-1252: curly quotes, dash, euro, accents. */
  g_autofree char *text = decode ("\x93" "caf\xe9" "\x94 \x96 \x80" "5", 11, NULL);
  /* Latin-1 labels are read as Windows-1252, as browsers do. */
  g_autofree char *declared = decode ("\x93ok\x94", 4, "ISO-8859-1");

  g_assert_cmpstr (text, ==, "“café” – €5");
  g_assert_cmpstr (declared, ==, "“ok”");
}

static void
test_declared_charset (void)
{
  /* KOI8-R "мир" */
  g_autofree char *koi8 = decode ("\xcd\xc9\xd2", 3, "koi8-r");
  /* UTF-8 declared, with a broken byte in the middle */
  g_autofree char *broken = decode ("ab\xff" "cd", 5, "utf-8");

  /* A page re-saved as UTF-8 with its old declaration left in */
  g_autofree char *resaved = decode ("\xe4\xb8\xad\xe6\x96\x87 ok", 9, "gb2312");

  g_assert_cmpstr (koi8, ==, "мир");
  g_assert_cmpstr (broken, ==, "ab\xef\xbf\xbd" "cd");
  g_assert_cmpstr (resaved, ==, "中文 ok");
}

static void
test_unknown_declared_charset (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ascii = NULL;
  gsize len;
  char *text;

  /* Valid UTF-8 survives a nonsense label... */
  ascii = decode ("plain", 5, "x-no-such-charset");
  g_assert_cmpstr (ascii, ==, "plain");

  /* ...anything else gets a clear error. */
  text = px_charset_decode ((const guint8 *) "caf\xe9", 4, "x-no-such-charset", &len, &error);
  g_assert_null (text);
  g_assert_error (error, PX_CORE_ERROR, PX_CORE_ERROR_BAD_ENCODING);
}

static void
test_mostly_utf8 (void)
{
  /* Many good sequences and one bad byte: still UTF-8, the bad byte replaced. */
  g_autofree char *text = decode ("d\xc3\xa9j\xc3\xa0 vu \xe2\x80\x94 \xff ok", 18, NULL);

  g_assert_cmpstr (text, ==, "déjà vu — \xef\xbf\xbd ok");
}

static void
test_truncated_multibyte (void)
{
  /* A file cut in the middle of a UTF-16 code unit or a UTF-8 sequence. */
  g_autofree char *utf16 = decode ("\xff\xfe" "A\0B", 5, NULL);
  g_autofree char *utf8 = decode ("abc\xe2\x80", 5, NULL);

  g_assert_true (g_str_has_prefix (utf16, "A"));
  g_assert_true (g_str_has_prefix (utf8, "abc"));
}

static void
test_sniff_markup (void)
{
  static const struct {
    const char *markup;
    const char *charset;
  } cases[] = {
    { "<html><head><meta charset=\"Windows-1251\"></head>", "windows-1251" },
    { "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">", "iso-8859-15" },
    { "<?xml version=\"1.0\" encoding='koi8-r'?><html/>", "koi8-r" },
    { "<meta charset=utf-8>", "utf-8" },
    { "<html><head><title>none</title></head>", NULL },
    { "<meta name=\"description\" content=\"charset\">", NULL },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *charset = px_charset_sniff_markup ((const guint8 *) cases[i].markup,
                                                          strlen (cases[i].markup));

      g_assert_cmpstr (charset, ==, cases[i].charset);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/charset/utf8", test_utf8);
  g_test_add_func ("/core/charset/utf16-bom", test_utf16_bom);
  g_test_add_func ("/core/charset/utf16-without-bom", test_utf16_without_bom);
  g_test_add_func ("/core/charset/windows-1252", test_windows_1252);
  g_test_add_func ("/core/charset/declared", test_declared_charset);
  g_test_add_func ("/core/charset/unknown-declared", test_unknown_declared_charset);
  g_test_add_func ("/core/charset/mostly-utf8", test_mostly_utf8);
  g_test_add_func ("/core/charset/truncated", test_truncated_multibyte);
  g_test_add_func ("/core/charset/sniff-markup", test_sniff_markup);

  return g_test_run ();
}
