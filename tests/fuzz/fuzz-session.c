/* fuzz-session.c — the .parallax loader
 *
 * Any input is either refused with an error or gives articles that pass
 * the import invariants, save again, and load back the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"

#include "session/px-session.h"

static void
check_round_trip (GPtrArray           *articles,
                  const PxSessionView *view)
{
  g_autoptr(GBytes) saved = px_session_save ((PxArticle * const *) articles->pdata,
                                             articles->len, view);
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  PxSessionView view2;
  guint i;

  g_assert_true (px_session_sniff (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                   NULL));
  again = px_session_load (saved, &view2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, articles->len);
  g_assert_cmpint (view2.across_events, ==, view->across_events);
  g_assert_cmpint (view2.show_differences, ==, view->show_differences);

  for (i = 0; i < articles->len; i++)
    {
      const PxArticle *a = g_ptr_array_index (articles, i);
      const PxArticle *b = g_ptr_array_index (again, i);

      g_assert_cmpstr (px_article_get_text (a, NULL), ==, px_article_get_text (b, NULL));
      g_assert_cmpstr (px_article_get_source (a), ==, px_article_get_source (b));
      g_assert_cmpstr (px_article_get_title (a), ==, px_article_get_title (b));
      g_assert_cmpstr (px_article_get_date (a), ==, px_article_get_date (b));
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  PxSessionView view = { TRUE, FALSE };
  guint i;

  fuzz_init ();

  px_session_sniff (data, size, "fuzz.parallax");
  px_session_sniff (data, size, NULL);

  bytes = g_bytes_new (data, size);
  articles = px_session_load (bytes, &view, &error);
  if (articles == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_error_matches (error, PX_SESSION_ERROR, PX_SESSION_ERROR_DAMAGED) ||
                     g_error_matches (error, PX_SESSION_ERROR, PX_SESSION_ERROR_NEWER_VERSION));
      fuzz_check_string (error->message);
      return 0;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, >, 0);
  for (i = 0; i < articles->len; i++)
    fuzz_check_article (g_ptr_array_index (articles, i));
  check_round_trip (articles, &view);

  return 0;
}
