/* px-stemmer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-stemmer.h"

#include <libstemmer.h>
#include <string.h>

/* A libstemmer handle keeps its state between calls, so each thread
 * gets its own handles, one per language, freed when the thread ends. */
typedef struct {
  const char *language;         /* interned */
  struct sb_stemmer *stemmer;   /* NULL: libstemmer has no such language */
} Handle;

static void
free_handles (gpointer data)
{
  GArray *handles = data;
  guint i;

  for (i = 0; i < handles->len; i++)
    {
      Handle *h = &g_array_index (handles, Handle, i);

      if (h->stemmer != NULL)
        sb_stemmer_delete (h->stemmer);
    }
  g_array_free (handles, TRUE);
}

static GPrivate thread_handles = G_PRIVATE_INIT (free_handles);

/* The handle for an interned language in this thread, made on first use. */
static struct sb_stemmer *
get_stemmer (const char *language)
{
  GArray *handles = g_private_get (&thread_handles);
  Handle h;
  guint i;

  if (handles == NULL)
    {
      handles = g_array_new (FALSE, FALSE, sizeof (Handle));
      g_private_set (&thread_handles, handles);
    }
  for (i = 0; i < handles->len; i++)
    if (g_array_index (handles, Handle, i).language == language)
      return g_array_index (handles, Handle, i).stemmer;

  h.language = language;
  h.stemmer = sb_stemmer_new (language, "UTF_8");
  g_array_append_val (handles, h);

  return h.stemmer;
}

/**
 * px_language_from_tag:
 * @tag: (nullable): a language tag such as "en-US", "de", "pt_BR" or "fr-latn-ca"
 *
 * The primary subtag of @tag in lower case, or "en" when @tag is %NULL or
 * has no two- or three-letter primary subtag.
 *
 * Returns: an interned string
 */
const char *
px_language_from_tag (const char *tag)
{
  char code[4];
  gsize n = 0, i;

  if (tag == NULL)
    return g_intern_static_string ("en");
  while (tag[n] != '\0' && tag[n] != '-' && tag[n] != '_' && n < 4)
    {
      if (!g_ascii_isalpha (tag[n]))
        return g_intern_static_string ("en");
      n++;
    }
  if (n < 2 || n > 3 || (tag[n] != '\0' && tag[n] != '-' && tag[n] != '_'))
    return g_intern_static_string ("en");

  for (i = 0; i < n; i++)
    code[i] = g_ascii_tolower (tag[i]);
  code[n] = '\0';

  return g_intern_string (code);
}

/**
 * px_stemmer_has_language:
 * @language: (nullable): a language tag
 *
 * Returns: whether libstemmer has a stemmer for @language; when it does
 *   not, px_stemmer_stem() uses English.
 */
gboolean
px_stemmer_has_language (const char *language)
{
  return get_stemmer (px_language_from_tag (language)) != NULL;
}

/**
 * px_stemmer_stem:
 * @language: (nullable): a language tag ("en-US", "de"); English when
 *   %NULL or unknown
 * @word: a case-folded word (see px_token_casefold())
 * @len: its length in bytes, or -1 if nul-terminated
 * @out: where to append the stem
 *
 * Appends the Snowball stem of @word. Safe to call from any thread.
 */
void
px_stemmer_stem (const char *language,
                 const char *word,
                 gssize      len,
                 GString    *out)
{
  struct sb_stemmer *stemmer;
  const sb_symbol *stem;
  gsize n;

  g_return_if_fail (word != NULL || len <= 0);
  g_return_if_fail (out != NULL);

  if (word == NULL)
    return;
  n = len < 0 ? strlen (word) : (gsize) len;

  stemmer = get_stemmer (px_language_from_tag (language));
  if (stemmer == NULL)
    stemmer = get_stemmer (g_intern_static_string ("en"));
  /* Snowball works on ints; very long "words" are left as they are. */
  if (stemmer == NULL || n > 256)
    {
      g_string_append_len (out, word, n);
      return;
    }

  stem = sb_stemmer_stem (stemmer, (const sb_symbol *) word, (int) n);
  if (stem == NULL)
    {
      g_string_append_len (out, word, n);
      return;
    }
  g_string_append_len (out, (const char *) stem, sb_stemmer_length (stemmer));
}
