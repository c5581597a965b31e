/* px-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "px-comparison.h"

G_BEGIN_DECLS

typedef enum {
  PX_REPORT_JSON,
  PX_REPORT_MARKDOWN,
  PX_REPORT_HTML,
  PX_REPORT_CSV,
} PxReportFormat;

gboolean px_report_format_from_string (const char          *name,
                                       PxReportFormat      *format);
void     px_report_write_align        (const PxComparison  *comparison,
                                       GString             *out);
void     px_report_write              (const PxComparison  *comparison,
                                       PxReportFormat       format,
                                       GString             *out);
const char *px_report_format_extension (PxReportFormat      format);

G_END_DECLS
