/* px-fetcher.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/px-core.h"

G_BEGIN_DECLS

#define PX_FETCH_ERROR (px_fetch_error_quark ())

typedef enum {
  PX_FETCH_ERROR_BAD_URI,
  PX_FETCH_ERROR_NOT_ALLOWED,
  PX_FETCH_ERROR_HTTP,
  PX_FETCH_ERROR_NOT_A_PAGE,
  PX_FETCH_ERROR_TOO_LARGE,
  PX_FETCH_ERROR_TOO_MANY_REDIRECTS,
  PX_FETCH_ERROR_TLS,
  PX_FETCH_ERROR_NETWORK,
  PX_FETCH_ERROR_TIMED_OUT,
} PxFetchError;

/* Limits on what one link may cost. */
#define PX_FETCH_MAX_BYTES     ((gsize) 16 * 1024 * 1024)
#define PX_FETCH_MAX_REDIRECTS 5
#define PX_FETCH_TIMEOUT_S     30

GQuark      px_fetch_error_quark   (void);
gboolean    px_fetch_uri_is_link   (const char           *text);
PxArticle  *px_fetch_article       (const char           *uri,
                                    guint                 timeout_s,
                                    GCancellable         *cancellable,
                                    GError              **error);
void        px_fetch_article_async (const char           *uri,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
PxArticle  *px_fetch_article_finish (GAsyncResult        *result,
                                     GError             **error);

G_END_DECLS
