/* test-stemmer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/px-core.h"

static char *
stem (const char *language,
      const char *word)
{
  GString *out = g_string_new (NULL);
  GString *cf = g_string_new (NULL);

  px_token_casefold (word, -1, cf);
  px_stemmer_stem (language, cf->str, cf->len, out);
  g_string_free (cf, TRUE);
  return g_string_free (out, FALSE);
}

static void
assert_same_stem (const char *language,
                  const char *a,
                  const char *b)
{
  g_autofree char *sa = stem (language, a);
  g_autofree char *sb = stem (language, b);

  g_assert_cmpstr (sa, ==, sb);
}

static void
test_english (void)
{
  g_autofree char *killed = stem ("en", "killed");

  g_assert_cmpstr (killed, ==, "kill");
  assert_same_stem ("en", "killed", "killing");
  assert_same_stem ("en-US", "talks", "talking");
  assert_same_stem ("en", "Negotiations", "negotiation");
}

static void
test_german (void)
{
  assert_same_stem ("de", "Häuser", "Haus");
  assert_same_stem ("de-AT", "Verhandlungen", "Verhandlung");
}

static void
test_russian (void)
{
  g_autofree char *kniga = stem ("ru", "книга");

  g_assert_cmpstr (kniga, ==, "книг");
  assert_same_stem ("ru", "книги", "книгой");
  assert_same_stem ("ru", "Переговоры", "переговоров");
}

static void
test_language_tags (void)
{
  g_assert_cmpstr (px_language_from_tag ("en-US"), ==, "en");
  g_assert_cmpstr (px_language_from_tag ("DE"), ==, "de");
  g_assert_cmpstr (px_language_from_tag ("pt_BR"), ==, "pt");
  g_assert_cmpstr (px_language_from_tag ("fr-Latn-CA"), ==, "fr");
  g_assert_cmpstr (px_language_from_tag (NULL), ==, "en");
  g_assert_cmpstr (px_language_from_tag (""), ==, "en");
  g_assert_cmpstr (px_language_from_tag ("x"), ==, "en");
  g_assert_cmpstr (px_language_from_tag ("e1"), ==, "en");
  g_assert_true (px_stemmer_has_language ("es"));
  g_assert_false (px_stemmer_has_language ("xx"));
}

static void
test_unknown_language (void)
{
  g_autofree char *s = stem ("xx-YY", "killing");
  g_autofree char *n = stem (NULL, "killing");
  g_autoptr(GString) long_word = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  guint i;

  g_assert_cmpstr (s, ==, "kill");
  g_assert_cmpstr (n, ==, "kill");

  /* Not worth stemming, returned as it is. */
  for (i = 0; i < 1000; i++)
    g_string_append_c (long_word, 'a');
  px_stemmer_stem ("en", long_word->str, long_word->len, out);
  g_assert_cmpstr (out->str, ==, long_word->str);
}

static const char *const words[][2] = {
  { "en", "killing" }, { "de", "Häuser" }, { "ru", "книгами" }, { "fr", "chanteuses" },
  { "es", "corriendo" }, { "en", "negotiations" }, { "de", "Verhandlungen" }, { "ru", "людей" },
};

static gpointer
stem_many (gpointer data)
{
  char **expected = data;
  guint round, i;

  for (round = 0; round < 2000; round++)
    for (i = 0; i < G_N_ELEMENTS (words); i++)
      {
        g_autofree char *s = stem (words[i][0], words[i][1]);

        if (g_strcmp0 (s, expected[i]) != 0)
          return GINT_TO_POINTER (1);
      }
  return NULL;
}

static void
test_threads (void)
{
  char *expected[G_N_ELEMENTS (words)];
  GThread *threads[4];
  guint i;

  for (i = 0; i < G_N_ELEMENTS (words); i++)
    expected[i] = stem (words[i][0], words[i][1]);
  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("stem", stem_many, expected);
  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_null (g_thread_join (threads[i]));
  for (i = 0; i < G_N_ELEMENTS (words); i++)
    g_free (expected[i]);
}

static void
test_stopwords (void)
{
  g_assert_true (px_stopwords_contains ("en", "the", -1));
  g_assert_true (px_stopwords_contains ("en-GB", "don't", -1));
  g_assert_false (px_stopwords_contains ("en", "parliament", -1));
  g_assert_true (px_stopwords_contains ("de", "und", -1));
  g_assert_true (px_stopwords_contains ("de", "fur", -1));     /* "für", folded */
  g_assert_false (px_stopwords_contains ("de", "regierung", -1));
  g_assert_true (px_stopwords_contains ("es", "esta", -1));
  g_assert_true (px_stopwords_contains ("fr", "etre", -1));
  g_assert_true (px_stopwords_contains ("ru", "это", -1));
  g_assert_true (px_stopwords_contains ("ru", "еще", -1));     /* "ещё", folded */
  g_assert_false (px_stopwords_contains ("ru", "война", -1));
  g_assert_true (px_stopwords_contains ("xx", "the", -1));
  g_assert_true (px_stopwords_contains ("en", "thereof", 3));
  g_assert_false (px_stopwords_contains ("en", "", -1));
  g_assert_true (px_stopwords_has_language ("fr-CA"));
  g_assert_false (px_stopwords_has_language ("xx"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/stemmer/english", test_english);
  g_test_add_func ("/core/stemmer/german", test_german);
  g_test_add_func ("/core/stemmer/russian", test_russian);
  g_test_add_func ("/core/stemmer/language-tags", test_language_tags);
  g_test_add_func ("/core/stemmer/unknown-language", test_unknown_language);
  g_test_add_func ("/core/stemmer/threads", test_threads);
  g_test_add_func ("/core/stemmer/stopwords", test_stopwords);

  return g_test_run ();
}
