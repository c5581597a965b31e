/* px-fetcher.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-fetcher.h"

#include <glib/gi18n-lib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "core/px-worker.h"

/*
 * Fetching a link is the only network access Parallax makes, and only when
 * a person asks for it. Only the page itself is fetched (no images, scripts
 * or frames); no cookies are kept; redirects, size and time are capped.
 * Each fetch runs in a worker thread with a session of its own, which is how
 * libsoup 3 allows its synchronous API to be used off the main thread.
 */

G_DEFINE_QUARK (px-fetch-error-quark, px_fetch_error)

#define USER_AGENT "Parallax/" PACKAGE_VERSION " (news comparison; +https://github.com/parallax)"

static const char * const accepted_types[] = {
  "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
  "multipart/related", "message/rfc822", "application/x-mimearchive", "text/xml",
  "application/xml",
};

/**
 * px_fetch_uri_is_link:
 * @text: a string a person dropped or pasted
 *
 * Returns: %TRUE if @text is one http or https URI and nothing else
 */
gboolean
px_fetch_uri_is_link (const char *text)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  if (text == NULL)
    return FALSE;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return FALSE;

  scheme = g_uri_get_scheme (uri);

  return g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0;
}

static GUri *
parse_link (const char  *text,
            GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  uri = g_uri_parse (text, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    {
      g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_BAD_URI,
                   _("“%s” is not a valid link"), text);
      return NULL;
    }

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    {
      g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_NOT_ALLOWED,
                   _("Only http and https links can be opened, not “%s:” links"), scheme);
      return NULL;
    }
  if (g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    {
      g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_BAD_URI,
                   _("“%s” has no host name"), text);
      return NULL;
    }

  return g_steal_pointer (&uri);
}

static gboolean
accepted_type (const char *content_type)
{
  guint i;

  if (content_type == NULL)
    return TRUE;  /* nothing said: let the import sniff it */

  for (i = 0; i < G_N_ELEMENTS (accepted_types); i++)
    if (g_ascii_strcasecmp (content_type, accepted_types[i]) == 0)
      return TRUE;

  return FALSE;
}

static void
set_transport_error (GError      **error,
                     GError       *soup_error,
                     const char   *host)
{
  if (g_error_matches (soup_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, soup_error);
  else if (soup_error->domain == G_TLS_ERROR)
    {
      g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TLS,
                   _("The secure connection to %s failed: %s"), host, soup_error->message);
      g_error_free (soup_error);
    }
  else if (g_error_matches (soup_error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    {
      g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TIMED_OUT,
                   _("%s did not answer in time"), host);
      g_error_free (soup_error);
    }
  else
    {
      g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_NETWORK,
                   _("Cannot reach %s: %s"), host, soup_error->message);
      g_error_free (soup_error);
    }
}

static void
on_accept_certificate_cb (SoupMessage          *msg,
                          GTlsCertificate      *certificate,
                          GTlsCertificateFlags  errors,
                          gpointer              user_data)
{
  /* Nothing to do: not handling the signal rejects the certificate. */
}

static GBytes *
read_body (GInputStream  *stream,
           gint64         deadline,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GByteArray) body = g_byte_array_new ();

  for (;;)
    {
      g_autoptr(GBytes) chunk = g_input_stream_read_bytes (stream, 65536, cancellable, error);

      if (chunk == NULL)
        return NULL;
      if (g_bytes_get_size (chunk) == 0)
        break;
      if (body->len + g_bytes_get_size (chunk) > PX_FETCH_MAX_BYTES)
        {
          g_autofree char *limit = g_format_size (PX_FETCH_MAX_BYTES);

          g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TOO_LARGE,
                       _("The page is larger than %s"), limit);
          return NULL;
        }
      g_byte_array_append (body, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
      if (g_get_monotonic_time () > deadline)
        {
          g_set_error_literal (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TIMED_OUT,
                               _("The page took too long to download"));
          return NULL;
        }
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&body));
}

/**
 * px_fetch_article:
 * @uri: an http or https link
 * @timeout_s: seconds allowed for the whole fetch, or 0 for the default
 * @cancellable: (nullable): a cancellable
 * @error: where to report failure
 *
 * Fetches @uri (following at most %PX_FETCH_MAX_REDIRECTS redirects, to
 * http or https only) and imports the page as a saved file would be.
 * Blocks: call it from a worker thread, or use px_fetch_article_async().
 *
 * Returns: (transfer full) (nullable): the article
 */
PxArticle *
px_fetch_article (const char    *uri,
                  guint          timeout_s,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(SoupSession) session = NULL;
  g_autoptr(GUri) current = NULL;
  gint64 deadline;
  guint redirects = 0;

  g_return_val_if_fail (uri != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  current = parse_link (uri, error);
  if (current == NULL)
    return NULL;

  if (timeout_s == 0)
    timeout_s = PX_FETCH_TIMEOUT_S;
  deadline = g_get_monotonic_time () + (gint64) timeout_s * G_USEC_PER_SEC;

  session = soup_session_new_with_options ("user-agent", USER_AGENT,
                                           "timeout", timeout_s,
                                           "idle-timeout", timeout_s,
                                           "max-conns-per-host", 2,
                                           NULL);
  /* No SoupCookieJar is added, so no cookie is ever stored or sent. */

  for (;;)
    {
      g_autoptr(SoupMessage) msg = soup_message_new_from_uri (SOUP_METHOD_GET, current);
      g_autoptr(GInputStream) stream = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autoptr(GBytes) body = NULL;
      g_autofree char *source = NULL;
      const char *content_type;
      GHashTable *params = NULL;
      guint status;

      soup_message_add_flags (msg, SOUP_MESSAGE_NO_REDIRECT);
      soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept",
                                    "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1");
      g_signal_connect (msg, "accept-certificate", G_CALLBACK (on_accept_certificate_cb), NULL);

      stream = soup_session_send (session, msg, cancellable, &local_error);
      if (stream == NULL)
        {
          set_transport_error (error, g_steal_pointer (&local_error), g_uri_get_host (current));
          return NULL;
        }

      status = soup_message_get_status (msg);
      if (SOUP_STATUS_IS_REDIRECTION (status))
        {
          const char *location = soup_message_headers_get_one (
            soup_message_get_response_headers (msg), "Location");
          g_autoptr(GUri) next = NULL;
          g_autofree char *next_str = NULL;

          if (location == NULL)
            {
              g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_HTTP,
                           _("The server redirected without saying where (HTTP %u)"), status);
              return NULL;
            }
          if (++redirects > PX_FETCH_MAX_REDIRECTS)
            {
              g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_TOO_MANY_REDIRECTS,
                           _("The link redirected more than %d times"), PX_FETCH_MAX_REDIRECTS);
              return NULL;
            }
          next = g_uri_parse_relative (current, location, G_URI_FLAGS_NONE, NULL);
          if (next == NULL)
            {
              g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_BAD_URI,
                           _("The server redirected to an invalid link"));
              return NULL;
            }
          next_str = g_uri_to_string (next);
          g_clear_pointer (&current, g_uri_unref);
          current = parse_link (next_str, error);
          if (current == NULL)
            return NULL;
          g_input_stream_close (stream, NULL, NULL);
          continue;
        }

      if (!SOUP_STATUS_IS_SUCCESSFUL (status))
        {
          const char *reason = soup_message_get_reason_phrase (msg);

          if (status == SOUP_STATUS_NOT_FOUND)
            g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_HTTP,
                         _("The page was not found (HTTP 404)"));
          else
            g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_HTTP,
                         _("The server answered with an error (HTTP %u %s)"), status,
                         reason ? reason : "");
          return NULL;
        }

      content_type = soup_message_headers_get_content_type (soup_message_get_response_headers (msg),
                                                            &params);
      if (!accepted_type (content_type))
        {
          g_set_error (error, PX_FETCH_ERROR, PX_FETCH_ERROR_NOT_A_PAGE,
                       _("The link leads to a file of type %s, not to a page or text"),
                       content_type);
          g_clear_pointer (&params, g_hash_table_unref);
          return NULL;
        }

      body = read_body (stream, deadline, cancellable, &local_error);
      if (body == NULL)
        {
          g_clear_pointer (&params, g_hash_table_unref);
          if (local_error->domain == PX_FETCH_ERROR)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            set_transport_error (error, g_steal_pointer (&local_error), g_uri_get_host (current));
          return NULL;
        }

      source = g_uri_to_string (current);
      {
        g_autofree char *full_type = NULL;
        const char *charset = params ? g_hash_table_lookup (params, "charset") : NULL;

        if (content_type != NULL)
          full_type = charset ? g_strdup_printf ("%s; charset=%s", content_type, charset)
                              : g_strdup (content_type);
        g_clear_pointer (&params, g_hash_table_unref);

        return px_import_bytes_full (body, source, full_type, error);
      }
    }
}

static void
fetch_worker (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;
  PxArticle *article;

  px_worker_lower_priority ();
  article = px_fetch_article (task_data, 0, cancellable, &error);
  if (article == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, article, (GDestroyNotify) px_article_unref);
}

/**
 * px_fetch_article_async:
 * @uri: an http or https link
 * @cancellable: (nullable): a cancellable
 * @callback: called when the article is ready or the fetch failed
 * @user_data: data for @callback
 *
 * px_fetch_article() in a worker thread.
 */
void
px_fetch_article_async (const char          *uri,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (uri != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_fetch_article_async);
  g_task_set_task_data (task, g_strdup (uri), g_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, fetch_worker);
}

/**
 * px_fetch_article_finish:
 * @result: the result passed to the callback
 * @error: where to report failure
 *
 * Returns: (transfer full) (nullable): the article
 */
PxArticle *
px_fetch_article_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
