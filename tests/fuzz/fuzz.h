/* fuzz.h — what the fuzz targets share: the entry point and invariants
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/px-core.h"

/* Each fuzz-*.c defines it; libFuzzer or replay.c calls it. */
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

/* A critical or a warning is a bug the fuzzer should stop at. abort()
 * rather than GLib's fatal breakpoint: libFuzzer saves the input on
 * SIGABRT, not on SIGTRAP. */
static inline void
fuzz_log_cb (const char     *domain,
             GLogLevelFlags  level,
             const char     *message,
             gpointer        user_data)
{
  g_log_default_handler (domain, level, message, user_data);
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
}

static inline void
fuzz_init (void)
{
  static gboolean done = FALSE;

  if (done)
    return;
  done = TRUE;
  g_log_set_default_handler (fuzz_log_cb, NULL);
}

/* Text the way the core sees it after import: valid UTF-8 without NULs. */
static inline char *
fuzz_utf8 (const uint8_t *data,
           size_t         size,
           gsize         *len)
{
  char *text = g_utf8_make_valid ((const char *) data, size);

  *len = strlen (text);

  return text;
}

/* Valid UTF-8 that may hold NULs, as px_charset_decode() may return. */
static inline gboolean
fuzz_is_utf8 (const char *text,
              gsize       len)
{
  gsize i = 0;

  while (i < len)
    {
      const char *nul = memchr (text + i, '\0', len - i);
      gsize seg = nul ? (gsize) (nul - text) - i : len - i;

      if (seg > 0 && !g_utf8_validate (text + i, seg, NULL))
        return FALSE;
      i += seg + 1;
    }

  return TRUE;
}

static inline gboolean
fuzz_is_char_start (const char *text,
                    gsize       len,
                    gsize       at)
{
  return at == len || ((guchar) text[at] & 0xC0) != 0x80;
}

static inline void
fuzz_check_string (const char *s)
{
  if (s != NULL)
    g_assert_true (g_utf8_validate (s, -1, NULL));
}

/* What every imported article must satisfy. */
static inline void
fuzz_check_article (const PxArticle *article)
{
  const char *text;
  const PxRange *paragraphs;
  gsize len = 0;
  guint n = 0;
  guint i;
  gsize prev_end = 0;

  text = px_article_get_text (article, &len);
  g_assert_nonnull (text);
  g_assert_cmpint (text[len], ==, '\0');
  g_assert_true (g_utf8_validate (text, len, NULL));

  paragraphs = px_article_get_paragraphs (article, &n);
  g_assert_cmpuint (n, >, 0);
  for (i = 0; i < n; i++)
    {
      g_assert_cmpuint (paragraphs[i].start, >=, prev_end);
      g_assert_cmpuint (paragraphs[i].start, <=, paragraphs[i].end);
      g_assert_cmpuint (paragraphs[i].end, <=, len);
      g_assert_true (fuzz_is_char_start (text, len, paragraphs[i].start));
      g_assert_true (fuzz_is_char_start (text, len, paragraphs[i].end));
      prev_end = paragraphs[i].end;
    }

  fuzz_check_string (px_article_get_source (article));
  fuzz_check_string (px_article_get_title (article));
  fuzz_check_string (px_article_get_byline (article));
  fuzz_check_string (px_article_get_site (article));
  fuzz_check_string (px_article_get_date (article));
  fuzz_check_string (px_article_get_language (article));
  fuzz_check_string (px_article_get_dateline (article));
}

/* Builds what a builder holds, if anything, and checks it. */
static inline void
fuzz_finish_builder (PxArticleBuilder *builder)
{
  PxArticle *article;

  if (px_article_builder_get_n_paragraphs (builder) == 0)
    {
      px_article_builder_free (builder);
      return;
    }
  article = px_article_builder_end (builder);
  fuzz_check_article (article);
  px_article_unref (article);
}
