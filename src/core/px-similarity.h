/* px-similarity.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PxSimilarity:
 *
 * The shared context of sentences that are compared with each other: it
 * gives each stem an id and counts in how many sentences each stem occurs,
 * for its inverse document frequency. Use it in two steps:
 *
 * |[<!-- language="C" -->
 * g_autoptr(PxSimilarity) sim = px_similarity_new ("en");
 *
 * for (i = 0; i < n; i++)
 *   vectors[i] = px_similarity_add (sim, sentences[i], -1);
 * px_similarity_prepare (sim);
 * score = px_similarity_score (vectors[i], vectors[j]);   // cheap, any thread
 * ]|
 *
 * A context is not thread-safe while sentences are added; once prepared,
 * its vectors can be scored from any number of threads.
 */
typedef struct _PxSimilarity PxSimilarity;

/**
 * PxSentenceVector:
 *
 * The weighted stems of one sentence, owned by its #PxSimilarity.
 */
typedef struct _PxSentenceVector PxSentenceVector;

/**
 * PX_SIMILARITY_SAME_THRESHOLD:
 *
 * The score from which two sentences are taken to report the same fact.
 */
#define PX_SIMILARITY_SAME_THRESHOLD 0.5

PxSimilarity           *px_similarity_new          (const char             *language);
void                    px_similarity_free         (PxSimilarity           *self);
const char             *px_similarity_get_language (PxSimilarity           *self);
const PxSentenceVector *px_similarity_add          (PxSimilarity           *self,
                                                    const char             *text,
                                                    gssize                  len);
void                    px_similarity_prepare      (PxSimilarity           *self);
guint                   px_similarity_get_n_stems  (PxSimilarity           *self);

guint                   px_sentence_vector_get_n_terms (const PxSentenceVector *vector);
guint                   px_sentence_vector_get_n_content (const PxSentenceVector *vector);
gboolean                px_sentence_vector_get_term    (const PxSentenceVector *vector,
                                                        guint                   k,
                                                        guint32                *id);

double                  px_similarity_score        (const PxSentenceVector *a,
                                                    const PxSentenceVector *b);
gboolean                px_similarity_is_same      (double                  score);
double                  px_similarity_score_texts  (const char             *a,
                                                    const char             *b,
                                                    const char             *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSimilarity, px_similarity_free)

G_END_DECLS
