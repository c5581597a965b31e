/* px-time-expr.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PxTimePrecision:
 * @PX_TIME_PRECISION_NONE: not resolved (no anchor date to resolve against)
 * @PX_TIME_PRECISION_DAY: a day, or a range of days ("this week")
 * @PX_TIME_PRECISION_MONTH: a month, or part of one ("earlier this month")
 * @PX_TIME_PRECISION_YEAR: a year
 *
 * How precisely a time expression is resolved.
 */
typedef enum {
  PX_TIME_PRECISION_NONE,
  PX_TIME_PRECISION_DAY,
  PX_TIME_PRECISION_MONTH,
  PX_TIME_PRECISION_YEAR,
} PxTimePrecision;

/**
 * PxTimeExprKind:
 * @PX_TIME_EXPR_ABSOLUTE: a date with its year ("December 6, 2012", "in 2012")
 * @PX_TIME_EXPR_PARTIAL: a date without a year ("Dec. 6", "in March")
 * @PX_TIME_EXPR_WEEKDAY: a day of the week ("on Friday", "Monday night")
 * @PX_TIME_EXPR_RELATIVE: relative to the article's date ("yesterday",
 *   "last month", "two weeks ago")
 *
 * What a time expression says by itself.
 */
typedef enum {
  PX_TIME_EXPR_ABSOLUTE,
  PX_TIME_EXPR_PARTIAL,
  PX_TIME_EXPR_WEEKDAY,
  PX_TIME_EXPR_RELATIVE,
} PxTimeExprKind;

/**
 * PxTimeExpr:
 * @start: first byte of the expression in the text
 * @end: one past its last byte
 * @kind: a #PxTimeExprKind
 * @precision: a #PxTimePrecision; %PX_TIME_PRECISION_NONE when unresolved
 * @first: the first day it covers as YYYY-MM-DD, empty when unresolved
 * @last: the last day it covers as YYYY-MM-DD (equal to @first for a day)
 *
 * A date expression found in a text, resolved against an anchor date.
 */
typedef struct {
  gsize start;
  gsize end;
  PxTimeExprKind kind;
  PxTimePrecision precision;
  char first[11];
  char last[11];
} PxTimeExpr;

#define PX_TYPE_TIME_EXPR_LIST (px_time_expr_list_get_type ())

typedef struct _PxTimeExprList PxTimeExprList;

GType             px_time_expr_list_get_type (void) G_GNUC_CONST;
PxTimeExprList   *px_time_expr_find          (const char           *text,
                                              gssize                len,
                                              const char           *anchor);
PxTimeExprList   *px_time_expr_list_ref      (PxTimeExprList       *self);
void              px_time_expr_list_unref    (PxTimeExprList       *self);
guint             px_time_expr_list_get_n    (const PxTimeExprList *self);
const PxTimeExpr *px_time_expr_list_get      (const PxTimeExprList *self,
                                              guint                 i);
guint             px_time_expr_list_find_range (const PxTimeExprList *self,
                                                gsize                 start,
                                                gsize                 end,
                                                guint                *first);

char             *px_time_expr_estimate_article_date (const char *text,
                                                      gsize       len,
                                                      const char *dateline);
const char       *px_time_precision_to_string (PxTimePrecision precision);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxTimeExprList, px_time_expr_list_unref)

G_END_DECLS
