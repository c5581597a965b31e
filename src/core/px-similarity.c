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
 * tells (rare words more than common ones, names more than other words,
 * corpus idf when there are enough sentences to count), plus its function
 * words and a set of hashed "grams": token bigrams, content-stem trigrams,
 * stem beginnings and letter trigrams. A pair is described by nine overlap
 * measures (compute_features), which a logistic function turns into a
 * score. A number found on one side only costs less than a word: the same
 * fact with different figures is what the differences view is for.
 *
 * The coefficients were fitted by logistic regression on sentence pairs
 * from news (the training split of a paraphrase corpus, checked by
 * cross-validation); a score of PX_SIMILARITY_SAME_THRESHOLD (0.5) is the
 * "same fact" boundary. */
typedef struct {
  double info_unknown;   /* information of a word outside the background table */
  double info_default;   /* every word's information without a table (not English) */
  double info_floor;     /* subtracted: common words count for little */
  double info_power;
  double name_factor;    /* capitalised inside a sentence, or all capitals */
  double number_weight;
  double number_miss;    /* share of an unmatched number's weight that counts against */
  double idf_sentences;  /* corpus idf reaches full strength at this many sentences */
  double coef[1 + 9];    /* bias, then one per feature (see compute_features) */
} Params;

enum {
  N_FEATURES = 9,
  PREFIX_CHARS = 4,
};

static Params params = {
  .info_unknown = 7.5,
  .info_default = 4.0,
  .info_floor = 1.0,
  .info_power = 0.5,
  .name_factor = 1.5,
  .number_weight = 2.0,
  .number_miss = 0.5,
  .idf_sentences = 50,
  .coef = { -3.638, 0.895, -1.322, 1.756, -0.648, -0.063, 2.822, 0.477, -1.624, 2.090 },
};

/* Phrases and partial words, matched as hashes. */
enum {
  GRAM_PREFIX,          /* the first letters of a content stem */
  GRAM_BIGRAM,          /* neighbouring tokens */
  GRAM_CONTENT_TRIGRAM, /* three content stems in a row, function words skipped */
  GRAM_CHARS,           /* three letters of a content word ("Sergei" meets "Sergey") */
  N_GRAM_KINDS
};

enum {
  TERM_WORD,
  TERM_NUMBER,
  TERM_STOP,      /* a function word: counted apart from content */
};

typedef struct {
  guint32 id;
  guint16 kind;
  guint16 name;    /* capitalised inside the sentence, or all capitals */
  float base;      /* weight before corpus idf */
  float weight;
} Term;

struct _PxSentenceVector {
  Term *terms;       /* sorted by id, each id once */
  guint n_terms;
  guint n_content;   /* terms that are not function words */
  guint64 *grams;    /* GRAM_* kind in the top bits, a hash below; sorted, each once */
  guint n_grams;
  guint n_grams_of[N_GRAM_KINDS];
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
  g_free (v->grams);
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
 * Returns: how many different keys the added sentences have (stems,
 *   numbers, function words and stem beginnings)
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

#define GRAM_KIND_SHIFT 60

static void
add_gram (GArray  *grams,
          guint    kind,
          guint32  x,
          guint32  y,
          guint32  z)
{
  guint64 h = (guint64) x * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) ^
              ((guint64) y + 1) * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F) ^
              ((guint64) z + 2) * G_GUINT64_CONSTANT (0x165667B19E3779F9);

  h = (h >> 4) | ((guint64) kind << GRAM_KIND_SHIFT);
  g_array_append_val (grams, h);
}

/* FNV-1a */
static guint64
hash_bytes (const char *s,
            gsize       n)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);
  gsize i;

  for (i = 0; i < n; i++)
    {
      h ^= (guchar) s[i];
      h *= G_GUINT64_CONSTANT (0x100000001b3);
    }
  return h;
}

static void
add_letter_grams (GArray     *grams,
                  const char *word)
{
  gunichar c[3] = { '^', '^', 0 };
  const char *p;

  for (p = word; ; p = g_utf8_next_char (p))
    {
      c[2] = *p == '\0' ? '$' : g_utf8_get_char (p);
      if (c[1] != '^')
        add_gram (grams, GRAM_CHARS, c[0], c[1], c[2]);
      c[0] = c[1];
      c[1] = c[2];
      if (*p == '\0')
        break;
    }
}

static int
compare_grams (gconstpointer a,
               gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;

  return x < y ? -1 : x > y;
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
  g_autoptr(GArray) grams = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) all_ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  PxSentenceVector *v;
  PxTokenIter iter;
  PxToken t;
  guint sentence, n_tokens = 0, i, j;
  guint32 prev_id = 0, prev2_id = 0;
  guint n_content = 0;

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
      Term term = { 0 };

      /* A token this long is no word: noise not worth a stem. */
      if (n > 64)
        continue;

      g_string_truncate (key, 0);
      if (t.flags & PX_TOKEN_NUMBER)
        {
          append_number_key (key, s, n);
          term.kind = TERM_NUMBER;
          term.name = FALSE;
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
            {
              g_string_append_c (key, '~');
              g_string_append_len (key, folded->str, folded->len);
              term.kind = TERM_STOP;
              term.base = 1;
              goto add;
            }

          g_string_truncate (stem, 0);
          if (t.flags & (PX_TOKEN_ALL_CAPS | PX_TOKEN_DOTTED))
            g_string_append_len (stem, cf->str, cf->len);
          else
            px_stemmer_stem (self->language, cf->str, cf->len, stem);
          px_token_strip_marks (stem->str, stem->len, key);

          name = (t.flags & PX_TOKEN_ALL_CAPS) ||
                 ((t.flags & PX_TOKEN_CAPITALIZED) && !first);
          term.kind = TERM_WORD;
          term.name = name;
          term.base = word_weight (self, folded->str, folded->len, name);
          add_letter_grams (grams, folded->str);
        }

    add:
      if (key->len == 0)
        continue;
      term.id = intern_stem (self, key->str, sentence);
      term.weight = term.base;
      g_array_append_val (terms, term);
      g_array_append_val (all_ids, term.id);
      if (all_ids->len >= 2)
        add_gram (grams, GRAM_BIGRAM,
                  g_array_index (all_ids, guint32, all_ids->len - 2), term.id, 0);
      if (term.kind != TERM_STOP)
        {
          /* Stems the stemmer leaves apart ("acquire", "acquisition")
           * still share their first letters. */
          glong n_chars = MIN (PREFIX_CHARS, g_utf8_strlen (key->str, -1));
          guint64 prefix = hash_bytes (key->str,
                                       g_utf8_offset_to_pointer (key->str, n_chars) - key->str);

          add_gram (grams, GRAM_PREFIX, (guint32) prefix, (guint32) (prefix >> 32), 0);

          if (n_content >= 2)
            add_gram (grams, GRAM_CONTENT_TRIGRAM, prev2_id, prev_id, term.id);
          prev2_id = prev_id;
          prev_id = term.id;
          n_content++;
        }
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

  g_array_sort (grams, compare_grams);
  for (i = 0, j = 0; i < grams->len; i++)
    if (j == 0 || g_array_index (grams, guint64, j - 1) != g_array_index (grams, guint64, i))
      g_array_index (grams, guint64, j++) = g_array_index (grams, guint64, i);
  g_array_set_size (grams, j);

  v = g_new0 (PxSentenceVector, 1);
  v->n_terms = terms->len;
  for (i = 0; i < terms->len; i++)
    v->n_content += g_array_index (terms, Term, i).kind != TERM_STOP;
  v->terms = (Term *) (void *) g_array_free (g_steal_pointer (&terms), FALSE);
  v->n_grams = grams->len;
  for (i = 0; i < grams->len; i++)
    v->n_grams_of[g_array_index (grams, guint64, i) >> GRAM_KIND_SHIFT]++;
  v->grams = (guint64 *) (void *) g_array_free (g_steal_pointer (&grams), FALSE);
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
 * Returns: how many different terms the sentence has, function words
 *   included: the bound of px_sentence_vector_get_term()
 */
guint
px_sentence_vector_get_n_terms (const PxSentenceVector *vector)
{
  g_return_val_if_fail (vector != NULL, 0);

  return vector->n_terms;
}

/**
 * px_sentence_vector_get_n_content:
 * @vector: a #PxSentenceVector
 *
 * Returns: how many of its different terms are content words or numbers,
 *   not function words
 */
guint
px_sentence_vector_get_n_content (const PxSentenceVector *vector)
{
  g_return_val_if_fail (vector != NULL, 0);

  return vector->n_content;
}

/**
 * px_sentence_vector_get_term:
 * @vector: a sentence vector
 * @k: a term index, below px_sentence_vector_get_n_terms()
 * @id: (out): the stem's id in its #PxSimilarity
 *
 * Two vectors score above 0 only when they share a term that is not a
 * function word: what an index of candidates needs.
 *
 * Returns: whether the term is a content word or a number
 */
gboolean
px_sentence_vector_get_term (const PxSentenceVector *vector,
                             guint                   k,
                             guint32                *id)
{
  g_return_val_if_fail (vector != NULL, FALSE);
  g_return_val_if_fail (k < vector->n_terms, FALSE);

  *id = vector->terms[k].id;
  return vector->terms[k].kind != TERM_STOP;
}

/* The weight one side has and the other lacks; numbers count less. */
static inline double
missing_weight (const Term *term)
{
  return term->kind == TERM_NUMBER ? term->weight * params.number_miss : term->weight;
}

typedef struct {
  double shared, miss_a, miss_b;   /* content weight */
  guint stops_shared, stops_a, stops_b;
  guint names_a, names_b;
  guint content_shared;
  gboolean number_missing;
} Overlap;

/* side: 0 both, 1 only a, 2 only b */
static inline void
count_term (Overlap    *o,
            const Term *term,
            gboolean    name,
            int         side)
{
  if (term->kind == TERM_STOP)
    (*(side == 0 ? &o->stops_shared : side == 1 ? &o->stops_a : &o->stops_b))++;
  else if (side == 0)
    {
      o->shared += term->weight;
      o->content_shared++;
    }
  else
    {
      *(side == 1 ? &o->miss_a : &o->miss_b) += missing_weight (term);
      if (term->kind == TERM_NUMBER)
        o->number_missing = TRUE;
    }
  if (name && side != 0)
    (*(side == 1 ? &o->names_a : &o->names_b))++;
}

static double
dice (guint shared,
      guint only_a,
      guint only_b)
{
  guint total = 2 * shared + only_a + only_b;

  return total == 0 ? 1.0 : 2.0 * shared / total;
}

static void
count_shared_grams (const PxSentenceVector *a,
                    const PxSentenceVector *b,
                    guint                  *shared)
{
  guint i = 0, j = 0;

  while (i < a->n_grams && j < b->n_grams)
    {
      if (a->grams[i] == b->grams[j])
        {
          shared[a->grams[i] >> GRAM_KIND_SHIFT]++;
          i++;
          j++;
        }
      else if (a->grams[i] < b->grams[j])
        i++;
      else
        j++;
    }
}

static double
gram_dice (const PxSentenceVector *a,
           const PxSentenceVector *b,
           const guint            *shared,
           guint                   kind)
{
  return dice (shared[kind],
               a->n_grams_of[kind] - shared[kind],
               b->n_grams_of[kind] - shared[kind]);
}

/* The features, each symmetric in a and b:
 * 0 weighted content overlap on the side that misses less: shared /
 *   (shared + missing), high when one sentence is contained in the other;
 * 1 how unequal the lengths are, log ratio of content terms;
 * 2 Dice of function words (sentence shape);
 * 3 1 when a side has a number the other lacks;
 * 4 log (1 + names found on one side only);
 * 5 Dice of stem beginnings (variants the stemmer keeps apart);
 * 6 Dice of token bigrams, function words included (phrasing);
 * 7 Dice of content-stem trigrams (word order);
 * 8 Dice of letter trigrams of content words (spelling variants).
 * Returns FALSE, leaving the grams alone, when the sentences share no
 * content stem: then they cannot report the same fact, and most pairs an
 * aligner scores are such pairs, so this is the cheap way out. */
static gboolean
compute_features (const PxSentenceVector *a,
                  const PxSentenceVector *b,
                  double                 *f)
{
  Overlap o = { 0 };
  guint shared[N_GRAM_KINDS] = { 0 };
  guint i = 0, j = 0;
  double miss_min;

  while (i < a->n_terms && j < b->n_terms)
    {
      const Term *x = &a->terms[i], *y = &b->terms[j];

      if (x->id == y->id)
        {
          Term both = *x;

          both.weight = 0.5f * (x->weight + y->weight);
          count_term (&o, &both, x->name || y->name, 0);
          i++;
          j++;
        }
      else if (x->id < y->id)
        count_term (&o, &a->terms[i++], x->name, 1);
      else
        count_term (&o, &b->terms[j++], y->name, 2);
    }
  for (; i < a->n_terms; i++)
    count_term (&o, &a->terms[i], a->terms[i].name, 1);
  for (; j < b->n_terms; j++)
    count_term (&o, &b->terms[j], b->terms[j].name, 2);

  if (o.content_shared == 0)
    return FALSE;

  count_shared_grams (a, b, shared);
  miss_min = MIN (o.miss_a, o.miss_b);

  f[0] = o.shared + miss_min > 0 ? o.shared / (o.shared + miss_min) : 1.0;
  f[1] = log ((MAX (a->n_content, b->n_content) + 1.0) / (MIN (a->n_content, b->n_content) + 1.0));
  f[2] = dice (o.stops_shared, o.stops_a, o.stops_b);
  f[3] = o.number_missing ? 1.0 : 0.0;
  f[4] = log (1.0 + o.names_a + o.names_b);
  f[5] = gram_dice (a, b, shared, GRAM_PREFIX);
  f[6] = gram_dice (a, b, shared, GRAM_BIGRAM);
  f[7] = gram_dice (a, b, shared, GRAM_CONTENT_TRIGRAM);
  f[8] = gram_dice (a, b, shared, GRAM_CHARS);
  return TRUE;
}

static double
logistic_score (const PxSentenceVector *a,
                const PxSentenceVector *b)
{
  double f[N_FEATURES];
  double z = params.coef[0];
  guint k;

  if (!compute_features (a, b, f))
    return 0;
  for (k = 0; k < N_FEATURES; k++)
    z += params.coef[k + 1] * f[k];
  return 1.0 / (1.0 + exp (-z));
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

  /* Without a content word a sentence states no fact to share. */
  if (a->n_content == 0 || b->n_content == 0)
    return 0;
  return logistic_score (a, b);
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
