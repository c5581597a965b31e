/* test-fetcher.c — links fetched from a server the test runs on 127.0.0.1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libsoup/soup.h>
#include <string.h>

#include "net/px-fetcher.h"

typedef struct {
  SoupServer *server;
  GUri *base;
  char *last_user_agent;
  char *last_cookie;
  guint requests;
} Fixture;

static const char page[] =
  "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
  "<title>Ferry service resumes | Harbour Daily</title></head><body>"
  "<article><h1>Ferry service resumes</h1>"
  "<p>The ferry between the two islands resumed on Monday after a three-day strike, the operator said.</p>"
  "<p>About 1,200 passengers use the crossing every day.</p></article></body></html>";

static gboolean
resume_slow_cb (gpointer data)
{
  SoupServerMessage *msg = data;

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "late", 4);
  soup_server_message_unpause (msg);
  g_object_unref (msg);

  return G_SOURCE_REMOVE;
}

static void
handle_cb (SoupServer        *server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  Fixture *f = user_data;
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (msg);

  f->requests++;
  g_free (f->last_user_agent);
  f->last_user_agent = g_strdup (soup_message_headers_get_one (request, "User-Agent"));
  g_free (f->last_cookie);
  f->last_cookie = g_strdup (soup_message_headers_get_one (request, "Cookie"));

  if (g_str_equal (path, "/article"))
    {
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/html; charset=utf-8", SOUP_MEMORY_STATIC,
                                        page, strlen (page));
    }
  else if (g_str_equal (path, "/latin1"))
    {
      static const char body[] = "Caf\xe9 prices rose by 4% in Z\xfcrich last year.";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/plain; charset=iso-8859-1", SOUP_MEMORY_STATIC,
                                        body, strlen (body));
    }
  else if (g_str_equal (path, "/cookie-then-redirect"))
    {
      soup_message_headers_append (response, "Set-Cookie", "session=secret; Path=/");
      soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/article");
    }
  else if (g_str_equal (path, "/loop"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/loop");
  else if (g_str_equal (path, "/to-file"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "file:///etc/passwd");
  else if (g_str_equal (path, "/image"))
    {
      static const char png[] = "\x89PNG\r\n\x1a\n0000";

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "image/png", SOUP_MEMORY_STATIC, png, sizeof png - 1);
    }
  else if (g_str_equal (path, "/huge"))
    {
      gsize len = PX_FETCH_MAX_BYTES + 1024;
      char *body = g_malloc (len);

      memset (body, 'a', len);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_TAKE, body, len);
    }
  else if (g_str_equal (path, "/slow"))
    {
      soup_server_message_pause (msg);
      g_timeout_add (5000, resume_slow_cb, g_object_ref (msg));
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  f->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (f->server, NULL, handle_cb, f, NULL);
  soup_server_listen_local (f->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (f->server);
  f->base = g_uri_ref (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  soup_server_disconnect (f->server);
  g_clear_object (&f->server);
  g_clear_pointer (&f->base, g_uri_unref);
  g_clear_pointer (&f->last_user_agent, g_free);
  g_clear_pointer (&f->last_cookie, g_free);
}

static void
fetched_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static PxArticle *
fetch (Fixture       *f,
       const char    *path,
       GCancellable  *cancellable,
       GError       **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *uri = NULL;

  if (strstr (path, "://") != NULL || strchr (path, ':') != NULL)
    uri = g_strdup (path);
  else
    {
      g_autoptr(GUri) resolved = g_uri_parse_relative (f->base, path, G_URI_FLAGS_NONE, NULL);

      uri = g_uri_to_string (resolved);
    }

  px_fetch_article_async (uri, cancellable, fetched_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return px_fetch_article_finish (result, error);
}

static void
test_page (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = fetch (f, "/article", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (strstr (px_article_get_text (article, NULL), "resumed on Monday"));
  g_assert_true (g_str_has_suffix (px_article_get_source (article), "/article"));
  g_assert_nonnull (f->last_user_agent);
  g_assert_true (g_str_has_prefix (f->last_user_agent, "Parallax/"));
  g_assert_cmpuint (f->requests, ==, 1);
}

static void
test_charset_from_header (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = fetch (f, "/latin1", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (px_article_get_text (article, NULL), ==,
                   "Café prices rose by 4% in Zürich last year.");
}

static void
test_no_cookies (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = fetch (f, "/cookie-then-redirect", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  g_assert_cmpuint (f->requests, ==, 2);
  g_assert_null (f->last_cookie);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  static const struct {
    const char *path;
    PxFetchError code;
    const char *message;
  } cases[] = {
    { "/missing", PX_FETCH_ERROR_HTTP, "HTTP 404" },
    { "/loop", PX_FETCH_ERROR_TOO_MANY_REDIRECTS, "redirected more than" },
    { "/to-file", PX_FETCH_ERROR_NOT_ALLOWED, "“file:”" },
    { "/image", PX_FETCH_ERROR_NOT_A_PAGE, "image/png" },
    { "/huge", PX_FETCH_ERROR_TOO_LARGE, "larger than" },
    { "javascript:alert(1)", PX_FETCH_ERROR_NOT_ALLOWED, "“javascript:”" },
    { "data:text/html,<p>hi</p>", PX_FETCH_ERROR_NOT_ALLOWED, "“data:”" },
    { "ftp://example.org/a.txt", PX_FETCH_ERROR_NOT_ALLOWED, "“ftp:”" },
    { "http://127.0.0.1:1/closed", PX_FETCH_ERROR_NETWORK, "127.0.0.1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PxArticle) article = fetch (f, cases[i].path, NULL, &error);

      g_test_message ("%s", cases[i].path);
      g_assert_null (article);
      g_assert_error (error, PX_FETCH_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      g_assert_null (strchr (error->message, '\n'));
    }
}

static gboolean
cancel_cb (gpointer data)
{
  g_cancellable_cancel (data);
  return G_SOURCE_REMOVE;
}

static void
test_cancel_slow (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;
  gint64 start = g_get_monotonic_time ();

  g_timeout_add (200, cancel_cb, cancellable);
  article = fetch (f, "/slow", cancellable, &error);

  g_assert_null (article);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* Cancelled long before the server would have answered. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 4 * G_USEC_PER_SEC);
}

static void
test_untrusted_certificate (void)
{
  g_autofree char *cert = g_test_build_filename (G_TEST_DIST, "data", "tls", "cert.pem", NULL);
  g_autofree char *key = g_test_build_filename (G_TEST_DIST, "data", "tls", "key.pem", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTlsCertificate) certificate = g_tls_certificate_new_from_files (cert, key, &error);
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(PxArticle) article = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *uri = NULL;
  GSList *uris;
  Fixture f = { 0 };

  g_assert_no_error (error);
  server = soup_server_new ("tls-certificate", certificate, NULL);
  soup_server_add_handler (server, NULL, handle_cb, &f, NULL);
  soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY | SOUP_SERVER_LISTEN_HTTPS, &error);
  g_assert_no_error (error);
  uris = soup_server_get_uris (server);
  uri = g_strdup_printf ("https://127.0.0.1:%d/article", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  /* A certificate no one vouches for is an error, never a page. */
  px_fetch_article_async (uri, NULL, fetched_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  article = px_fetch_article_finish (result, &error);
  g_assert_null (article);
  g_assert_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TLS);
  g_assert_nonnull (strstr (error->message, "127.0.0.1"));
  g_assert_cmpuint (f.requests, ==, 0);

  soup_server_disconnect (server);
  g_free (f.last_user_agent);
  g_free (f.last_cookie);
}

typedef struct {
  const char *uri;
  GError *error;
  gint done;
} TimedFetch;

static gpointer
fetch_with_timeout (gpointer data)
{
  TimedFetch *fetch = data;
  PxArticle *article = px_fetch_article (fetch->uri, 1, NULL, &fetch->error);

  g_assert_null (article);
  g_atomic_int_set (&fetch->done, 1);

  return NULL;
}

static void
test_timeout (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GUri) resolved = g_uri_parse_relative (f->base, "/slow", G_URI_FLAGS_NONE, NULL);
  g_autofree char *uri = g_uri_to_string (resolved);
  TimedFetch fetch = { uri, NULL, 0 };
  gint64 start = g_get_monotonic_time ();
  GThread *thread;

  /* The server answers after 5 s; a 1 s limit gives up first. The fetch
   * blocks, so it runs in a thread while this one serves. */
  thread = g_thread_new ("fetch", fetch_with_timeout, &fetch);
  while (!g_atomic_int_get (&fetch.done))
    g_main_context_iteration (NULL, FALSE);
  g_thread_join (thread);

  g_assert_error (fetch.error, PX_FETCH_ERROR, PX_FETCH_ERROR_TIMED_OUT);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 4 * G_USEC_PER_SEC);
  g_clear_error (&fetch.error);
}

static void
test_is_link (void)
{
  g_assert_true (px_fetch_uri_is_link ("https://example.org/news/1"));
  g_assert_true (px_fetch_uri_is_link ("HTTP://EXAMPLE.ORG"));
  g_assert_false (px_fetch_uri_is_link ("file:///home/a.html"));
  g_assert_false (px_fetch_uri_is_link ("javascript:alert(1)"));
  g_assert_false (px_fetch_uri_is_link ("see https://example.org"));
  g_assert_false (px_fetch_uri_is_link ("https://"));
  g_assert_false (px_fetch_uri_is_link ("/tmp/a.html"));
  g_assert_false (px_fetch_uri_is_link (NULL));
}

int
main (int    argc,
      char **argv)
{
  /* The isolated test dirs hide the desktop's proxy settings schema, and a
   * loopback server needs no proxy. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/net/fetcher/is-link", test_is_link);
  g_test_add ("/net/fetcher/page", Fixture, NULL, fixture_setup, test_page, fixture_teardown);
  g_test_add ("/net/fetcher/charset-from-header", Fixture, NULL, fixture_setup,
              test_charset_from_header, fixture_teardown);
  g_test_add ("/net/fetcher/no-cookies", Fixture, NULL, fixture_setup, test_no_cookies,
              fixture_teardown);
  g_test_add ("/net/fetcher/errors", Fixture, NULL, fixture_setup, test_errors, fixture_teardown);
  g_test_add ("/net/fetcher/cancel-slow", Fixture, NULL, fixture_setup, test_cancel_slow,
              fixture_teardown);
  g_test_add_func ("/net/fetcher/untrusted-certificate", test_untrusted_certificate);
  g_test_add ("/net/fetcher/timeout", Fixture, NULL, fixture_setup, test_timeout, fixture_teardown);

  return g_test_run ();
}
