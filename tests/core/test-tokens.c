/* test-tokens.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "core/px-core.h"

/* Collects "text|flags" for each token, spans checked against the text. */
static char *
tokenize (const char *text,
          gssize      len)
{
  GString *out = g_string_new (NULL);
  PxTokenIter iter;
  PxToken t;

  px_token_iter_init (&iter, text, len);
  while (px_token_iter_next (&iter, &t))
    {
      g_assert_cmpuint (t.start, <, t.end);
      g_assert_true (g_utf8_validate (text + t.start, t.end - t.start, NULL));
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_len (out, text + t.start, t.end - t.start);
    }
  return g_string_free (out, FALSE);
}

static void
test_spans (void)
{
  const char *text = "Le café’s menu: “naïve” crêpes, 1,250.75 euros — the U.S. well-known don't.";
  g_autofree char *got = tokenize (text, -1);
  PxTokenIter iter;
  PxToken t;

  g_assert_cmpstr (got, ==, "Le café’s menu naïve crêpes 1,250.75 euros the U.S. well known don't");

  /* Byte offsets, not characters: "café’s" is 6 characters, 9 bytes. */
  px_token_iter_init (&iter, text, -1);
  g_assert_true (px_token_iter_next (&iter, &t));
  g_assert_true (px_token_iter_next (&iter, &t));
  g_assert_cmpuint (t.start, ==, 3);
  g_assert_cmpuint (t.end, ==, 12);
}

static void
test_cyrillic (void)
{
  const char *text = "Ещё 15 человек — в Москве, сообщил МЧС.";
  g_autofree char *got = tokenize (text, -1);
  PxTokenIter iter;
  PxToken t;
  guint n = 0;

  g_assert_cmpstr (got, ==, "Ещё 15 человек в Москве сообщил МЧС");

  px_token_iter_init (&iter, text, -1);
  while (px_token_iter_next (&iter, &t))
    {
      if (n == 0)
        g_assert_true (t.flags & PX_TOKEN_CAPITALIZED);
      if (n == 1)
        g_assert_true (t.flags & PX_TOKEN_NUMBER);
      if (n == 6)
        g_assert_true (t.flags & PX_TOKEN_ALL_CAPS);
      n++;
    }
  g_assert_cmpuint (n, ==, 7);
}

static void
test_flags (void)
{
  const char *text = "NATO and U.S. officials met Smith in 2024";
  PxTokenIter iter;
  PxToken t;
  PxTokenFlags want[] = {
    PX_TOKEN_CAPITALIZED | PX_TOKEN_ALL_CAPS,
    PX_TOKEN_NONE,
    PX_TOKEN_CAPITALIZED | PX_TOKEN_ALL_CAPS | PX_TOKEN_DOTTED,
    PX_TOKEN_NONE,
    PX_TOKEN_NONE,
    PX_TOKEN_CAPITALIZED,
    PX_TOKEN_NONE,
    PX_TOKEN_NUMBER,
  };
  guint n = 0;

  px_token_iter_init (&iter, text, -1);
  while (px_token_iter_next (&iter, &t))
    {
      g_assert_cmpuint (n, <, G_N_ELEMENTS (want));
      g_assert_cmpint (t.flags, ==, want[n]);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (want));
}

static void
test_invalid (void)
{
  const char bad[] = "ab\xff\xfe" "cd \xc3 e\xe2\x80";
  g_autofree char *got = tokenize (bad, sizeof bad - 1);
  g_autofree char *empty = tokenize ("", 0);
  g_autofree char *punct = tokenize (" ,.;— “” ' -", -1);

  g_assert_cmpstr (got, ==, "ab cd e");
  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (punct, ==, "");
}

static void
test_long_input (void)
{
  gsize n = 2 * 1024 * 1024, i;
  char *text = g_malloc (n + 1);
  PxTokenIter iter;
  PxToken t;
  guint count = 0;

  /* Alternating dotted letters and digits with commas: no quadratic walk. */
  for (i = 0; i < n; i++)
    text[i] = i % 2 ? (i % 4 == 1 ? '.' : ',') : (i % 8 < 4 ? 'A' : '7');
  text[n] = '\0';
  px_token_iter_init (&iter, text, n);
  while (px_token_iter_next (&iter, &t))
    {
      /* "A.A,7.7,": tokens stay within one unit of eight bytes */
      g_assert_cmpuint (t.end - t.start, <=, 3);
      count++;
    }
  g_assert_cmpuint (count, ==, n / 8 * 3);
  g_free (text);
}

typedef struct {
  const char *in;
  const char *casefolded;
  const char *folded;
} FoldCase;

static const FoldCase fold_cases[] = {
  { "Café", "café", "cafe" },
  { "ÉCOLE", "école", "ecole" },
  { "Straße", "strasse", "strasse" },
  { "Ёлка", "ёлка", "елка" },
  { "don’t", "don't", "don't" },
  { "ﬁnance", "finance", "finance" },
  { "Ｔｏｋｙｏ", "tokyo", "tokyo" },
  { "plain", "plain", "plain" },
};

static void
test_fold (gconstpointer data)
{
  const FoldCase *c = data;
  g_autoptr(GString) cf = g_string_new (NULL);
  g_autoptr(GString) folded = g_string_new (NULL);

  px_token_casefold (c->in, -1, cf);
  px_token_fold (c->in, -1, folded);
  g_assert_cmpstr (cf->str, ==, c->casefolded);
  g_assert_cmpstr (folded->str, ==, c->folded);
}

int
main (int    argc,
      char **argv)
{
  guint i;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/tokens/spans", test_spans);
  g_test_add_func ("/core/tokens/cyrillic", test_cyrillic);
  g_test_add_func ("/core/tokens/flags", test_flags);
  g_test_add_func ("/core/tokens/invalid", test_invalid);
  g_test_add_func ("/core/tokens/long-input", test_long_input);
  for (i = 0; i < G_N_ELEMENTS (fold_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/tokens/fold/%u", i);

      g_test_add_data_func (path, &fold_cases[i], test_fold);
    }

  return g_test_run ();
}
