/* px-comparison.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "px-article.h"
#include "px-figures.h"

G_BEGIN_DECLS

/**
 * PxLink:
 * @a: an article
 * @i: a sentence of @a
 * @b: another article, @b > @a
 * @j: a sentence of @b
 * @score: how sure the link is, 0 to 1
 *
 * Two sentences that report the same fact.
 */
typedef struct {
  guint a;
  guint i;
  guint b;
  guint j;
  double score;
} PxLink;

/**
 * PxSentenceRef:
 * @a: an article
 * @i: one of its sentences
 */
typedef struct {
  guint a;
  guint i;
} PxSentenceRef;

typedef enum {
  PX_DIFFERENCE_FIGURE,
  PX_DIFFERENCE_NAME,
  PX_DIFFERENCE_HEDGE,
  PX_DIFFERENCE_NEGATION,
  PX_DIFFERENCE_ATTRIBUTION,
  PX_DIFFERENCE_DATE,
  PX_DIFFERENCE_QUOTE,
  PX_N_DIFFERENCE_KINDS
} PxDifferenceKind;

/**
 * PxDifference:
 * @kind: what differs
 * @a: the left article
 * @i: its sentence
 * @b: the right article
 * @j: its sentence
 * @left: the differing span in @a's text (empty when @a has nothing there)
 * @right: the differing span in @b's text
 * @left_text: what @a says ("more than 45,000 lives")
 * @right_text: what @b says
 * @note: the difference in words, with the articles' dates
 *
 * One way two linked sentences disagree.
 */
typedef struct {
  PxDifferenceKind kind;
  guint a;
  guint i;
  guint b;
  guint j;
  PxRange left;
  PxRange right;
  char *left_text;
  char *right_text;
  char *note;
} PxDifference;

/**
 * PX_COMPARE_FACT_THRESHOLD:
 *
 * The similarity from which two sentences state the same fact: they form
 * facts, their differences are reported, and sentences without such a
 * link are "only in this source".
 */
#define PX_COMPARE_FACT_THRESHOLD 0.2

/**
 * PX_COMPARE_MAX_LINKED_SENTENCES:
 *
 * The sentences of an article that are linked at most (about 60,000 words):
 * every sentence is scored against every other, so time grows with the
 * square of the text.
 */
#define PX_COMPARE_MAX_LINKED_SENTENCES 3000

/**
 * PX_COMPARE_MAX_ARTICLES:
 *
 * The articles one comparison takes at most: every pair of them is
 * aligned, so time grows with the square of their number.
 */
#define PX_COMPARE_MAX_ARTICLES 64

/**
 * PX_COMPARE_UNIQUE_THRESHOLD:
 *
 * A sentence whose strongest link is weaker than this is carried by no
 * other source ("only in this source").
 */
#define PX_COMPARE_UNIQUE_THRESHOLD 0.08

/**
 * PX_COMPARE_EVENT_THRESHOLD:
 *
 * The similarity from which two sentences of articles about the same
 * event are linked as mentions of that event.
 */
#define PX_COMPARE_EVENT_THRESHOLD 0.01

/**
 * PxCompareOptions:
 * @threshold: the fact threshold, or 0 for %PX_COMPARE_FACT_THRESHOLD
 * @event_threshold: the link threshold within an event, or 0 for
 *   %PX_COMPARE_EVENT_THRESHOLD
 * @language: (nullable): the language for stemming ("en", "de"…), or
 *   %NULL to take the articles' own
 *
 * How strict a comparison is.
 */
typedef struct {
  double threshold;
  double event_threshold;
  const char *language;
} PxCompareOptions;

/**
 * PxQuantityMember:
 * @a: an article
 * @i: the sentence that gives the figure
 * @figure: the figure's index in px_comparison_get_figures()
 *
 * One source's figure for a quantity several sources report.
 */
typedef struct {
  guint a;
  guint i;
  guint figure;
} PxQuantityMember;

#define PX_TYPE_COMPARISON (px_comparison_get_type ())

typedef struct _PxComparison PxComparison;

GType               px_comparison_get_type          (void) G_GNUC_CONST;
PxComparison       *px_comparison_new               (PxArticle *const        *articles,
                                                     guint                    n_articles,
                                                     const PxCompareOptions  *options);
void                px_comparison_new_async         (GPtrArray               *articles,
                                                     const PxCompareOptions  *options,
                                                     GCancellable            *cancellable,
                                                     GAsyncReadyCallback      callback,
                                                     gpointer                 user_data);
PxComparison       *px_comparison_new_finish        (GAsyncResult            *result,
                                                     GError                 **error);
PxComparison       *px_comparison_ref               (PxComparison            *self);
void                px_comparison_unref             (PxComparison            *self);

guint               px_comparison_get_n_articles    (const PxComparison      *self);
PxArticle          *px_comparison_get_article       (const PxComparison      *self,
                                                     guint                    a);
const PxRange      *px_comparison_get_sentences     (const PxComparison      *self,
                                                     guint                    a,
                                                     guint                   *n_sentences);
const PxFigureList *px_comparison_get_figures       (const PxComparison      *self,
                                                     guint                    a);
const PxLink       *px_comparison_get_links         (const PxComparison      *self,
                                                     guint                   *n_links);
const char         *px_comparison_get_headline      (const PxComparison      *self,
                                                     guint                    a);
const PxLink       *px_comparison_get_headline_links (const PxComparison     *self,
                                                      guint                  *n_links);
guint               px_comparison_get_n_facts       (const PxComparison      *self);
const PxSentenceRef *px_comparison_get_fact         (const PxComparison      *self,
                                                     guint                    fact,
                                                     guint                   *n_members);
int                 px_comparison_get_fact_of       (const PxComparison      *self,
                                                     guint                    a,
                                                     guint                    i);
guint               px_comparison_get_fact_n_articles (const PxComparison    *self,
                                                       guint                  fact);
guint               px_comparison_get_n_unlinked    (const PxComparison      *self,
                                                     guint                    a);
char               *px_comparison_describe_unlinked (const PxComparison      *self,
                                                     guint                    a);
gboolean            px_comparison_is_unique         (const PxComparison      *self,
                                                     guint                    a,
                                                     guint                    i);
double              px_comparison_get_best_score    (const PxComparison      *self,
                                                     guint                    a,
                                                     guint                    i);
const PxDifference *px_comparison_get_differences   (const PxComparison      *self,
                                                     guint                   *n_differences);
guint               px_comparison_get_n_events      (const PxComparison      *self);
const guint        *px_comparison_get_event         (const PxComparison      *self,
                                                     guint                    event,
                                                     guint                   *n_members);
guint               px_comparison_get_event_of      (const PxComparison      *self,
                                                     guint                    a);
gboolean            px_comparison_are_compared      (const PxComparison      *self,
                                                     guint                    a,
                                                     guint                    b,
                                                     gboolean                 across_events);
const char         *px_comparison_get_event_label   (const PxComparison      *self,
                                                     guint                    event);
char               *px_comparison_dup_source_label  (const PxComparison      *self,
                                                     guint                    a);
guint               px_comparison_get_n_quantities  (const PxComparison      *self);
const PxQuantityMember *px_comparison_get_quantity  (const PxComparison      *self,
                                                     guint                    quantity,
                                                     guint                   *n_members);
const char         *px_comparison_get_quantity_label (const PxComparison     *self,
                                                      guint                   quantity);
double              px_comparison_get_quantity_value (const PxComparison     *self,
                                                      const PxQuantityMember *member);
char               *px_comparison_dup_quantity_spread (const PxComparison    *self,
                                                       guint                  quantity);
const guint        *px_comparison_get_article_order (const PxComparison      *self,
                                                     guint                   *n_articles);
char               *px_comparison_dup_figure_text   (const PxComparison      *self,
                                                     guint                    a,
                                                     guint                    figure,
                                                     PxRange                 *range);

const char         *px_difference_kind_to_string    (PxDifferenceKind         kind);
const char         *px_difference_kind_display_name (PxDifferenceKind         kind);
char               *px_difference_dup_side_text     (PxDifferenceKind         kind,
                                                     const char              *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxComparison, px_comparison_unref)

G_END_DECLS
