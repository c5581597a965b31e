/* px-figures.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PxFigureKind:
 * @PX_FIGURE_KIND_COUNT: a plain number or a count of something
 * @PX_FIGURE_KIND_PERCENT: a percentage; the value is in percent (40 for "40%")
 * @PX_FIGURE_KIND_MONEY: an amount of money
 * @PX_FIGURE_KIND_DURATION: a length of time
 * @PX_FIGURE_KIND_AGE: the age of someone or something
 * @PX_FIGURE_KIND_DATE: a year; the value is the year
 * @PX_FIGURE_KIND_ORDINAL: a rank ("third", "21st")
 * @PX_FIGURE_KIND_MEASURE: a physical measure (length, weight, temperature…)
 */
typedef enum {
  PX_FIGURE_KIND_COUNT,
  PX_FIGURE_KIND_PERCENT,
  PX_FIGURE_KIND_MONEY,
  PX_FIGURE_KIND_DURATION,
  PX_FIGURE_KIND_AGE,
  PX_FIGURE_KIND_DATE,
  PX_FIGURE_KIND_ORDINAL,
  PX_FIGURE_KIND_MEASURE,
} PxFigureKind;

/**
 * PxFigureQualifier:
 * @PX_FIGURE_QUALIFIER_EXACT: no hedge
 * @PX_FIGURE_QUALIFIER_ABOUT: "about", "around", "some", "an estimated"…
 * @PX_FIGURE_QUALIFIER_AT_LEAST: "at least", "no fewer than", "or more"
 * @PX_FIGURE_QUALIFIER_MORE_THAN: "more than", "over", "above"
 * @PX_FIGURE_QUALIFIER_AT_MOST: "at most", "up to", "or less"
 * @PX_FIGURE_QUALIFIER_LESS_THAN: "less than", "fewer than", "nearly", "almost"
 * @PX_FIGURE_QUALIFIER_RANGE: "between 10 and 15", "10-15"; see @value_max
 */
typedef enum {
  PX_FIGURE_QUALIFIER_EXACT,
  PX_FIGURE_QUALIFIER_ABOUT,
  PX_FIGURE_QUALIFIER_AT_LEAST,
  PX_FIGURE_QUALIFIER_MORE_THAN,
  PX_FIGURE_QUALIFIER_AT_MOST,
  PX_FIGURE_QUALIFIER_LESS_THAN,
  PX_FIGURE_QUALIFIER_RANGE,
} PxFigureQualifier;

/**
 * PxFigure:
 * @start: first byte of the figure in the text
 * @end: one past its last byte
 * @value: the number (the lower bound of a range)
 * @value_max: the upper bound of a range, NAN otherwise
 * @kind: what the number measures
 * @qualifier: how the text hedges it
 * @unit: (nullable): the unit or counted noun ("people", "km", "USD", "%"),
 *   owned by the list that holds the figure
 *
 * One quantity found in a text. The span covers the number with its unit
 * symbol or word when that is part of the amount ("$3bn", "29 km", "40%",
 * "five years old") and a comparison that bounds a bare number ("more than
 * 200"); a counted noun ("200 people") and a hedge ("about") stay outside.
 */
typedef struct {
  gsize start;
  gsize end;
  double value;
  double value_max;
  PxFigureKind kind;
  PxFigureQualifier qualifier;
  const char *unit;
} PxFigure;

#define PX_TYPE_FIGURE_LIST (px_figure_list_get_type ())

typedef struct _PxFigureList PxFigureList;

GType           px_figure_list_get_type         (void) G_GNUC_CONST;
PxFigureList   *px_figures_find                 (const char         *text,
                                                 gssize              len);
PxFigureList   *px_figure_list_ref              (PxFigureList       *self);
void            px_figure_list_unref            (PxFigureList       *self);
guint           px_figure_list_get_length       (const PxFigureList *self);
const PxFigure *px_figure_list_get              (const PxFigureList *self,
                                                 guint               index);
guint           px_figure_list_find_range       (const PxFigureList *self,
                                                 gsize               start,
                                                 gsize               end,
                                                 guint              *first);

const char     *px_figure_kind_to_string        (PxFigureKind        kind);
const char     *px_figure_qualifier_to_string   (PxFigureQualifier   qualifier);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxFigureList, px_figure_list_unref)

G_END_DECLS
