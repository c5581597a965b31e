/* px-similarity.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-similarity.h"

#include <math.h>
#include <string.h>

#include "px-stemmer.h"
#include "px-stopwords.h"
#include "px-tokens.h"
#include "px-word-freq.h"

/* The model: a sentence is a set of stems, each weighted by how much it
 * tells (rare words more than common ones, names more than words, corpus
 * idf when there are enough sentences to count). Two sentences score by
 * the weight they share against the weight only one of them has; a
 * number found on one side only costs less than a word, since the same
 * fact with different figures is what the differences view is for.
 *
 * The few constants below were calibrated on sentence pairs from news
 * (a paraphrase corpus's training split); the score is then bent so that
 * the "same fact" threshold falls at PX_SIMILARITY_SAME_THRESHOLD. */
typedef struct {
  double info_unknown;   /* information of a word outside the background table */
  double info_default;   /* every word's information without a table (not English) */
  double info_floor;     /* subtracted: common words count for little */
  double info_power;
  double name_factor;    /* capitalised inside a sentence, or all capitals */
  double number_weight;
  double number_miss;    /* share of an unmatched number's weight that counts against */
  double miss_max;       /* how much the side with more unmatched weight counts */
  double miss_min;       /* and the other side */
  double idf_sentences;  /* corpus idf reaches full strength at this many sentences */
  double threshold;      /* raw score that means "same fact" */
} Params;

static Params params = {
  .info_unknown = 7.5,
  .info_default = 4.0,
  .info_floor = 1.0,
  .info_power = 1.0,
  .name_factor = 1.5,
  .number_weight = 4.0,
  .number_miss = 0.5,
  .miss_max = 0.5,
  .miss_min = 0.5,
  .idf_sentences = 50,
  .threshold = 0.6,
};

enum {
  TERM_WORD,
  TERM_NUMBER,
};

typedef struct {
  guint32 id;
  guint32 kind;
  float base;      /* weight before corpus idf */
  float weight;
} Term;

struct _PxSentenceVector {
  Term *terms;     /* sorted by id, each id once */
  guint n_terms;
};

struct _PxSimilarity {
  const char *language;   /* interned */
  gboolean english;
  GHashTable *ids;        /* stem → id + 1 */
  GStringChunk *strings;
  GArray *df;             /* guint per id */
  GArray *last_seen;      /* guint per id: index of the last sentence + 1 */
  GPtrArray *vectors;
  gboolean prepared;
};

static void
free_vector (gpointer data)
{
  PxSentenceVector *v = data;

  g_free (v->terms);
  g_free (v);
}

/**
 * px_similarity_new:
 * @language: (nullable): a language tag for stems and stopwords; English
 *   when %NULL or unknown
 *
 * Returns: (transfer full): an empty context
 */
PxSimilarity *
px_similarity_new (const char *language)
{
  PxSimilarity *self = g_new0 (PxSimilarity, 1);

  self->language = px_language_from_tag (language);
  self->english = g_str_equal (self->language, "en");
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->strings = g_string_chunk_new (4096);
  self->df = g_array_new (FALSE, TRUE, sizeof (guint));
  self->last_seen = g_array_new (FALSE, TRUE, sizeof (guint));
  self->vectors = g_ptr_array_new_with_free_func (free_vector);

  return self;
}

/**
 * px_similarity_free:
 * @self: (transfer full): a #PxSimilarity
 *
 * Frees @self and all its sentence vectors.
 */
void
px_similarity_free (PxSimilarity *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->ids);
  g_string_chunk_free (self->strings);
  g_array_free (self->df, TRUE);
  g_array_free (self->last_seen, TRUE);
  g_ptr_array_unref (self->vectors);
  g_free (self);
}

/**
 * px_similarity_get_language:
 * @self: a #PxSimilarity
 *
 * Returns: the primary language subtag in use ("en", "de", …)
 */
const char *
px_similarity_get_language (PxSimilarity *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->language;
}

/**
 * px_similarity_get_n_stems:
 * @self: a #PxSimilarity
 *
 * Returns: how many different stems the added sentences have
 */
guint
px_similarity_get_n_stems (PxSimilarity *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->df->len;
}

static guint32
intern_stem (PxSimilarity *self,
             const char   *stem,
             guint         sentence)
{
  gpointer value;
  guint32 id;
  guint *seen;

  if (g_hash_table_lookup_extended (self->ids, stem, NULL, &value))
    id = GPOINTER_TO_UINT (value) - 1;
  else
    {
      guint zero = 0;

      id = self->df->len;
      g_hash_table_insert (self->ids, g_string_chunk_insert (self->strings, stem),
                           GUINT_TO_POINTER (id + 1));
      g_array_append_val (self->df, zero);
      g_array_append_val (self->last_seen, zero);
    }

  seen = &g_array_index (self->last_seen, guint, id);
  if (*seen != sentence + 1)
    {
      *seen = sentence + 1;
      g_array_index (self->df, guint, id)++;
    }
  return id;
}

static double
word_weight (PxSimilarity *self,
             const char   *folded,
             gsize         len,
             gboolean      name)
{
  double info = params.info_default;
  double w;

  if (self->english)
    {
      info = px_word_freq_information (folded, len);
      if (info < 0)
        info = params.info_unknown;
    }
  w = pow (MAX (info - params.info_floor, 0.1), params.info_power);
  if (name)
    w *= params.name_factor;
  return w;
}

/* "1,200" and "1200" are one number; "3.50" stays apart from "3.5" only
 * in the unusual case that a source wrote the zero. */
static void
append_number_key (GString    *out,
                   const char *text,
                   gsize       len)
{
  gsize i;

  g_string_append_c (out, '#');
  for (i = 0; i < len; i++)
    if (text[i] != ',')
      g_string_append_c (out, g_ascii_tolower (text[i]));
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const Term *x = a, *y = b;

  return x->id < y->id ? -1 : x->id > y->id;
}

/**
 * px_similarity_add:
 * @self: a #PxSimilarity
 * @text: a sentence in UTF-8 (invalid bytes are skipped)
 * @len: its length in bytes, or -1 if nul-terminated
 *
 * Adds a sentence to the context. Its weights are final once
 * px_similarity_prepare() has been called after the last addition.
 *
 * Returns: (transfer none): the sentence's vector, owned by @self
 */
const PxSentenceVector *
px_similarity_add (PxSimilarity *self,
                   const char   *text,
                   gssize        len)
{
  g_autoptr(GString) cf = g_string_new (NULL);
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GString) stem = g_string_new (NULL);
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GArray) terms = g_array_new (FALSE, FALSE, sizeof (Term));
  PxSentenceVector *v;
  PxTokenIter iter;
  PxToken t;
  guint sentence, n_tokens = 0, i, j;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL || len <= 0, NULL);

  sentence = self->vectors->len;
  self->prepared = FALSE;

  px_token_iter_init (&iter, text, len);
  while (px_token_iter_next (&iter, &t))
    {
      const char *s = text + t.start;
      gsize n = t.end - t.start;
      gboolean first = n_tokens++ == 0;
      Term term;

      /* A token this long is no word: noise not worth a stem. */
      if (n > 64)
        continue;

      g_string_truncate (key, 0);
      if (t.flags & PX_TOKEN_NUMBER)
        {
          append_number_key (key, s, n);
          term.kind = TERM_NUMBER;
          term.base = params.number_weight;
        }
      else
        {
          gboolean name;

          g_string_truncate (cf, 0);
          g_string_truncate (folded, 0);
          px_token_casefold (s, n, cf);
          if (t.flags & PX_TOKEN_DOTTED)
            {
              /* "U.S." meets "US" */
              char *w = cf->str, *r;

              for (r = cf->str; *r != '\0'; r++)
                if (*r != '.')
                  *w++ = *r;
              g_string_truncate (cf, w - cf->str);
            }
          px_token_strip_marks (cf->str, cf->len, folded);
          if (!(t.flags & (PX_TOKEN_ALL_CAPS | PX_TOKEN_DOTTED)) &&
              px_stopwords_contains (self->language, folded->str, folded->len))
            continue;

          g_string_truncate (stem, 0);
          if (t.flags & (PX_TOKEN_ALL_CAPS | PX_TOKEN_DOTTED))
            g_string_append_len (stem, cf->str, cf->len);
          else
            px_stemmer_stem (self->language, cf->str, cf->len, stem);
          px_token_strip_marks (stem->str, stem->len, key);

          name = (t.flags & PX_TOKEN_ALL_CAPS) ||
                 ((t.flags & PX_TOKEN_CAPITALIZED) && !first);
          term.kind = TERM_WORD;
          term.base = word_weight (self, folded->str, folded->len, name);
        }

      if (key->len == 0)
        continue;
      term.id = intern_stem (self, key->str, sentence);
      term.weight = term.base;
      g_array_append_val (terms, term);
    }

  g_array_sort (terms, compare_terms);
  /* One term per stem, with the larger weight of its occurrences. */
  for (i = 0, j = 0; i < terms->len; i++)
    {
      Term *cur = &g_array_index (terms, Term, i);

      if (j > 0 && g_array_index (terms, Term, j - 1).id == cur->id)
        {
          Term *kept = &g_array_index (terms, Term, j - 1);

          kept->base = MAX (kept->base, cur->base);
          kept->weight = kept->base;
          continue;
        }
      g_array_index (terms, Term, j++) = *cur;
    }
  g_array_set_size (terms, j);

  v = g_new0 (PxSentenceVector, 1);
  v->n_terms = terms->len;
  v->terms = (Term *) (void *) g_array_free (g_steal_pointer (&terms), FALSE);
  g_ptr_array_add (self->vectors, v);

  return v;
}

/**
 * px_similarity_prepare:
 * @self: a #PxSimilarity
 *
 * Fixes the weights of every vector from the document frequencies of all
 * the sentences added so far. Call it after the last px_similarity_add()
 * and before scoring.
 */
void
px_similarity_prepare (PxSimilarity *self)
{
  double n_docs, strength;
  guint i, k;

  g_return_if_fail (self != NULL);

  if (self->prepared)
    return;

  /* With a handful of sentences, document frequency says nothing (in a
   * pair every shared stem has df 2): the background table carries the
   * weight, and corpus idf grows in as the sentences add up. */
  n_docs = self->vectors->len;
  strength = MIN (1.0, n_docs / params.idf_sentences);

  for (i = 0; i < self->vectors->len; i++)
    {
      PxSentenceVector *v = g_ptr_array_index (self->vectors, i);

      for (k = 0; k < v->n_terms; k++)
        {
          Term *term = &v->terms[k];
          double df = g_array_index (self->df, guint, term->id);
          double idf = log ((n_docs + 1) / (df + 1));

          term->weight = term->base * (1.0 + strength * idf);
        }
    }
  self->prepared = TRUE;
}

/**
 * px_sentence_vector_get_n_terms:
 * @vector: a #PxSentenceVector
 *
 * Returns: how many different stems and numbers the sentence has, not
 *   counting stopwords
 */
guint
px_sentence_vector_get_n_terms (const PxSentenceVector *vector)
{
  g_return_val_if_fail (vector != NULL, 0);

  return vector->n_terms;
}

/* The weight one side has and the other lacks; numbers count less. */
static inline double
missing_weight (const Term *term)
{
  return term->kind == TERM_NUMBER ? term->weight * params.number_miss : term->weight;
}

static double
raw_score (const PxSentenceVector *a,
           const PxSentenceVector *b)
{
  double shared = 0, miss_a = 0, miss_b = 0, denom;
  guint i = 0, j = 0;

  while (i < a->n_terms && j < b->n_terms)
    {
      const Term *x = &a->terms[i], *y = &b->terms[j];

      if (x->id == y->id)
        {
          shared += 0.5 * (x->weight + y->weight);
          i++;
          j++;
        }
      else if (x->id < y->id)
        {
          miss_a += missing_weight (x);
          i++;
        }
      else
        {
          miss_b += missing_weight (y);
          j++;
        }
    }
  for (; i < a->n_terms; i++)
    miss_a += missing_weight (&a->terms[i]);
  for (; j < b->n_terms; j++)
    miss_b += missing_weight (&b->terms[j]);

  denom = shared + params.miss_max * MAX (miss_a, miss_b) + params.miss_min * MIN (miss_a, miss_b);
  if (denom <= 0)
    return 0;
  return shared / denom;
}

/* Bends a raw score so the calibrated threshold lands on
 * PX_SIMILARITY_SAME_THRESHOLD, keeping 0 and 1 and the order. */
static double
calibrate (double raw)
{
  double k = log (PX_SIMILARITY_SAME_THRESHOLD) / log (params.threshold);

  if (raw <= 0)
    return 0;
  if (raw >= 1)
    return 1;
  return pow (raw, k);
}

/**
 * px_similarity_score:
 * @a: a sentence vector
 * @b: another vector of the same #PxSimilarity, prepared
 *
 * How surely @a and @b report the same fact, in 0..1, symmetric; from
 * PX_SIMILARITY_SAME_THRESHOLD on they are taken to. Cheap: a merge of
 * the two sorted stem lists, no allocation.
 *
 * Returns: the score
 */
double
px_similarity_score (const PxSentenceVector *a,
                     const PxSentenceVector *b)
{
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  return calibrate (raw_score (a, b));
}

/**
 * px_similarity_is_same:
 * @score: a score from px_similarity_score()
 *
 * Returns: whether @score means "the same fact"
 */
gboolean
px_similarity_is_same (double score)
{
  return score >= PX_SIMILARITY_SAME_THRESHOLD;
}

/**
 * px_similarity_score_texts:
 * @a: a sentence
 * @b: another sentence
 * @language: (nullable): their language tag
 *
 * Scores one pair on its own: the weights come from the two sentences and
 * the background word frequencies. For many sentences, use a shared
 * #PxSimilarity instead.
 *
 * Returns: the score, as px_similarity_score()
 */
double
px_similarity_score_texts (const char *a,
                           const char *b,
                           const char *language)
{
  g_autoptr(PxSimilarity) sim = NULL;
  const PxSentenceVector *va, *vb;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  sim = px_similarity_new (language);
  va = px_similarity_add (sim, a, -1);
  vb = px_similarity_add (sim, b, -1);
  px_similarity_prepare (sim);

  return px_similarity_score (va, vb);
}
