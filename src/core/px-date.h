/* px-date.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *px_date_normalize   (const char *text);
int       px_date_month_from_name (const char *name,
                                   gsize       len);
GDateTime *px_date_to_date_time (const char *iso);

G_END_DECLS
