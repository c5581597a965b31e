/* px-comparison-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-comparison.h"
#include "px-names.h"
#include "px-similarity.h"

G_BEGIN_DECLS

typedef struct {
  PxArticle *article;
  GArray *sentences;            /* PxRange */
  PxFigureList *figures;
  PxNameList *names;
  int *fact_of;                 /* per sentence, -1 for none */
  double *best_score;           /* per sentence: its strongest link */
  const PxSentenceVector **vectors;
  const PxSentenceVector *headline;     /* the title when the text lacks it, or NULL */
  char *label;                  /* outlet or file name, for notes */
} PxComparedArticle;

struct _PxComparison
{
  gatomicrefcount ref_count;

  PxComparedArticle *articles;
  guint n_articles;

  GArray *links;                /* PxLink */
  GArray *headline_links;       /* PxLink, a headline at one end at least */
  GArray *fact_members;         /* PxSentenceRef, facts one after another */
  GArray *fact_starts;          /* guint, n_facts + 1 offsets into fact_members */
  GArray *differences;          /* PxDifference */

  GArray *event_members;        /* guint, events one after another */
  GArray *event_starts;         /* guint, n_events + 1 offsets */
  guint *event_of;
  GPtrArray *event_labels;

  GArray *quantity_members;     /* PxQuantityMember, quantities one after another */
  GArray *quantity_scales;      /* double per member: its figure to the quantity's common unit */
  GArray *quantity_starts;      /* guint, n_quantities + 1 offsets */
  GPtrArray *quantity_labels;
  GArray *quantity_cumulative;  /* gboolean per quantity */
  GArray *article_order;        /* guint: articles as written, see px_comparison_get_article_order */

  PxNameIndex *name_index;

  PxSimilarity *similarity;
  double fact_threshold;
};

void  _px_differences_find        (PxComparison   *self,
                                  const PxLink   *link,
                                  GArray         *out);
void  _px_differences_add_figures (PxComparison   *self,
                                   const PxLink   *link,
                                   const PxFigure *fa,
                                   const PxFigure *fb,
                                   GArray         *out);
char *_px_figure_unit_class       (const PxFigure *f,
                                   double         *scale);
char *_px_figure_display_text     (const char     *text,
                                   const PxFigure *f,
                                   PxRange        *range);
void  _px_quantities_collect      (PxComparison   *self);
void  _px_names_collect_differences (PxComparison *self);

G_END_DECLS
