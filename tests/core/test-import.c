/* test-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "core/px-core.h"

static PxArticle *
import_fixture (const char  *name,
                GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return px_import_file (file, NULL, error);
}

static void
assert_text_contains (PxArticle  *article,
                      const char *needle)
{
  const char *text = px_article_get_text (article, NULL);

  if (strstr (text, needle) == NULL)
    g_error ("“%s” not found in “%s”", needle, text);
}

static void
test_sniff (void)
{
  static const struct {
    const char *data;
    const char *name;
    PxFormat format;
  } cases[] = {
    { "<!DOCTYPE html><html><body><p>x</p></body></html>", "a.txt", PX_FORMAT_HTML },
    { "  \n<html lang=en><p>x", NULL, PX_FORMAT_HTML },
    { "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "a.xhtml", PX_FORMAT_HTML },
    { "Title\n\n<p> is how a paragraph starts in HTML.", "notes.txt", PX_FORMAT_TEXT },
    { "A plain report.\n\nWith two paragraphs.", "a.html", PX_FORMAT_TEXT },
    { "From: <Saved by Blink>\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n",
      "page.bin", PX_FORMAT_MHTML },
    { "# Heading\n\nSome *text* with a [link](http://example.org).", "a.md", PX_FORMAT_MARKDOWN },
    { "# Heading\n\nSome **bold** text and a [link](http://example.org).\n\n## More", NULL,
      PX_FORMAT_MARKDOWN },
    { "Just words, no markup at all.", "a.md", PX_FORMAT_MARKDOWN },
    { "Just words, no markup at all.", NULL, PX_FORMAT_TEXT },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u", i);
      g_assert_cmpint (px_format_sniff ((const guint8 *) cases[i].data, strlen (cases[i].data),
                                        cases[i].name), ==, cases[i].format);
    }
  g_assert_cmpstr (px_format_to_string (PX_FORMAT_MHTML), ==, "mhtml");
}

static void
test_encodings (void)
{
  static const struct {
    const char *name;
    const char *needle;
  } cases[] = {
    { "latin1.txt", "Café owners in Ålesund said the crème brûlée festival" },
    { "cp1252.txt", "drew 1,200 visitors — “a record”." },
    { "utf16le-bom.txt", "Die Feuerwehr meldete 14 Verletzte." },
    { "utf16be-bom.txt", "Die Feuerwehr meldete 14 Verletzte." },
    { "utf16le-nobom.txt", "Die Feuerwehr meldete 14 Verletzte." },
    { "utf8-bom.txt", "Señal débil en Ñuñoa." },
    { "latin1-declared.html", "The café in Göteborg reopened on Monday" },
    { "cp1252-xml.xhtml", "He said “enough” – and left." },
    /* Declared charsets that Windows-1252, the fallback, would garble. */
    { "koi8r-declared.html", "Наводнение в долине Палимор: спасатели эвакуировали около трёх тысяч жителей" },
    { "iso-8859-2-declared.html", "ewakuowali około trzech tysięcy mieszkańców, a łodzie pływały po ulicach." },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = import_fixture (cases[i].name, &error);

      g_test_message ("%s", cases[i].name);
      g_assert_no_error (error);
      assert_text_contains (article, cases[i].needle);
      g_assert_true (g_utf8_validate (px_article_get_text (article, NULL), -1, NULL));
    }
}

static void
test_formats (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) misnamed = NULL;
  g_autoptr(PxArticle) mhtml = NULL;
  g_autoptr(PxArticle) base64 = NULL;

  misnamed = import_fixture ("html-in-txt.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_article_get_title (misnamed), ==, "Misnamed page");
  assert_text_contains (misnamed, "saved with the wrong extension.");
  g_assert_null (strstr (px_article_get_text (misnamed, NULL), "<p>"));

  mhtml = import_fixture ("page.mhtml", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (px_article_get_title (mhtml), ==, "Harbour crane collapses");
  assert_text_contains (mhtml, "injuring three dock workers");
  assert_text_contains (mhtml, "“at least six weeks”");

  base64 = import_fixture ("base64.mht", &error);
  g_assert_no_error (error);
  assert_text_contains (base64, "Naïve café prices rose 4% in March.");
}

static void
test_errors (void)
{
  static const struct {
    const char *name;
    PxCoreError code;
  } cases[] = {
    { "empty.txt", PX_CORE_ERROR_EMPTY },
    { "blank.txt", PX_CORE_ERROR_EMPTY },
    { "binary.dat", PX_CORE_ERROR_NOT_TEXT },
    { "image.png", PX_CORE_ERROR_NOT_TEXT },
    { "no-html.mhtml", PX_CORE_ERROR_NO_ARTICLE },
    { "does-not-exist.txt", PX_CORE_ERROR_UNREADABLE },
    { ".", PX_CORE_ERROR_UNREADABLE },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = import_fixture (cases[i].name, &error);

      g_test_message ("%s", cases[i].name);
      g_assert_null (article);
      g_assert_error (error, PX_CORE_ERROR, cases[i].code);
      /* One line, for a toast or the CLI's stderr. */
      g_assert_null (strchr (error->message, '\n'));
    }
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "large.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  guint8 *data;
  FILE *f;

  /* A sparse file: the size check comes before any reading. */
  f = fopen (path, "w");
  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, PX_IMPORT_MAX_SIZE, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc ('x', f), ==, 'x');
  fclose (f);

  article = px_import_file (file, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, PX_CORE_ERROR, PX_CORE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "too large"));
  g_clear_error (&error);

  data = g_malloc (PX_IMPORT_MAX_SIZE + 1);
  memset (data, 'a', PX_IMPORT_MAX_SIZE + 1);
  bytes = g_bytes_new_take (data, PX_IMPORT_MAX_SIZE + 1);
  g_assert_null (px_import_bytes (bytes, "big", &error));
  g_assert_error (error, PX_CORE_ERROR, PX_CORE_ERROR_TOO_LARGE);
}

static void
test_source_kept (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("A short report.", 15);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = px_import_bytes (bytes, "https://example.org/a", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (px_article_get_source (article), ==, "https://example.org/a");
  g_assert_cmpstr (px_article_get_text (article, NULL), ==, "A short report.");
}

static void
test_never_writes (void)
{
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "data", "import", "cp1252.txt", NULL);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "copy.txt", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(PxArticle) article = NULL;
  GStatBuf st_before, st_after;
  gsize len_before, len_after;

  g_assert_true (g_file_get_contents (src, &before, &len_before, NULL));
  g_assert_true (g_file_set_contents (path, before, len_before, NULL));
  g_assert_cmpint (g_stat (path, &st_before), ==, 0);

  file = g_file_new_for_path (path);
  article = px_import_file (file, NULL, NULL);
  g_assert_nonnull (article);

  g_assert_true (g_file_get_contents (path, &after, &len_after, NULL));
  g_assert_cmpint (g_stat (path, &st_after), ==, 0);
  g_assert_cmpmem (before, len_before, after, len_after);
  g_assert_cmpint (st_before.st_mtime, ==, st_after.st_mtime);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/import/sniff", test_sniff);
  g_test_add_func ("/core/import/encodings", test_encodings);
  g_test_add_func ("/core/import/formats", test_formats);
  g_test_add_func ("/core/import/errors", test_errors);
  g_test_add_func ("/core/import/too-large", test_too_large);
  g_test_add_func ("/core/import/source-kept", test_source_kept);
  g_test_add_func ("/core/import/never-writes", test_never_writes);

  return g_test_run ();
}
