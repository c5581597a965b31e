/* test-mhtml.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "core/px-core.h"

static GBytes *
extract (const char  *name,
         char       **charset,
         GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));

  return px_mhtml_extract_html ((const guint8 *) contents, len, charset, error);
}

static void
test_quoted_printable (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *charset = NULL;
  g_autoptr(GBytes) html = extract ("page.mhtml", &charset, &error);
  g_autofree char *text = NULL;
  gsize len;

  g_assert_no_error (error);
  g_assert_nonnull (html);
  g_assert_null (charset);

  text = g_strndup (g_bytes_get_data (html, &len), g_bytes_get_size (html));
  g_assert_true (g_str_has_prefix (text, "<!DOCTYPE html>"));
  /* soft line breaks joined, =XX decoded, the image part left out */
  g_assert_nonnull (strstr (text, "injuring three dock workers, the port authority said."));
  g_assert_nonnull (strstr (text, "“at least six weeks”"));
  g_assert_null (strstr (text, "fakeimagedata"));
  g_assert_true (g_str_has_suffix (text, "</html>"));
}

static void
test_base64_with_charset (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *charset = NULL;
  g_autoptr(GBytes) html = extract ("base64.mht", &charset, &error);
  gsize len;
  const char *data;

  g_assert_no_error (error);
  g_assert_cmpstr (charset, ==, "windows-1252");
  data = g_bytes_get_data (html, &len);
  g_assert_nonnull (g_strstr_len (data, len, "Na\xefve caf\xe9 prices"));
}

static void
test_no_html_part (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) html = extract ("no-html.mhtml", NULL, &error);

  g_assert_null (html);
  g_assert_error (error, PX_CORE_ERROR, PX_CORE_ERROR_NO_ARTICLE);
}

static void
test_damaged (void)
{
  static const char * const inputs[] = {
    "",
    "MIME-Version: 1.0\n",
    "Content-Type: multipart/related; boundary=\"\"\n\n",
    "Content-Type: multipart/related; boundary=B\n\n--B",
    "Content-Type: multipart/related; boundary=B\n\n--B\nContent-Type: text/html\n"
      "Content-Transfer-Encoding: quoted-printable\n\n<p>cut =",
    "Content-Type: multipart/related; boundary=B\n\n--B\nContent-Type: text/html\n"
      "Content-Transfer-Encoding: base64\n\n!!!not base64!!!",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) html = px_mhtml_extract_html ((const guint8 *) inputs[i],
                                                      strlen (inputs[i]), NULL, &error);

      /* Either a part or an error, never both, never a crash. */
      g_assert_true ((html == NULL) != (error == NULL));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/mhtml/quoted-printable", test_quoted_printable);
  g_test_add_func ("/core/mhtml/base64-with-charset", test_base64_with_charset);
  g_test_add_func ("/core/mhtml/no-html-part", test_no_html_part);
  g_test_add_func ("/core/mhtml/damaged", test_damaged);

  return g_test_run ();
}
