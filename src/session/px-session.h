/* px-session.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "core/px-core.h"

G_BEGIN_DECLS

#define PX_SESSION_ERROR (px_session_error_quark ())

typedef enum {
  PX_SESSION_ERROR_DAMAGED,
  PX_SESSION_ERROR_NEWER_VERSION,
} PxSessionError;

/* The version of the .parallax format this build writes and reads. */
#define PX_SESSION_VERSION 1

/**
 * PxSessionView:
 * @across_events: links and differences shown across events
 * @show_differences: the Differences panel shown
 *
 * What a saved comparison remembers of the window besides its articles.
 */
typedef struct {
  gboolean across_events;
  gboolean show_differences;
} PxSessionView;

GQuark     px_session_error_quark (void);
gboolean   px_session_sniff       (const guint8        *data,
                                   gsize                len,
                                   const char          *name);
GBytes    *px_session_save        (PxArticle * const   *articles,
                                   guint                n_articles,
                                   const PxSessionView *view);
GPtrArray *px_session_load        (GBytes              *bytes,
                                   PxSessionView       *view,
                                   GError             **error);

void       px_session_write_file_async  (GFile               *file,
                                         GBytes              *bytes,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean   px_session_write_file_finish (GFile              *file,
                                         GAsyncResult       *result,
                                         GError            **error);

G_END_DECLS
