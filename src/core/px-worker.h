/* px-worker.h — worker threads that yield to the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void px_worker_lower_priority (void);

G_END_DECLS
