/* px-comparison.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-comparison-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "px-events.h"
#include "px-sentence-iter.h"
#include "px-stemmer.h"
#include "px-worker.h"

/*
 * A comparison is computed once, in a worker thread, and never changes:
 * sentences of every article, links between sentences (and headlines the
 * texts lack) of any two articles that report the same fact, facts (linked
 * sentences across sources),
 * events (articles that report the same happening) and the differences
 * inside linked sentences. The window only draws it.
 */

G_DEFINE_BOXED_TYPE (PxComparison, px_comparison, px_comparison_ref, px_comparison_unref)

/* Sentences with fewer content words or numbers than this carry too little
 * to be linked on their own ("Photo: AFP", "He added:"); function words do
 * not count. */
#define MIN_TERMS 2

static gboolean
states_enough (const PxSentenceVector *v)
{
  return px_sentence_vector_get_n_content (v) >= MIN_TERMS;
}

/* The outlet when known, else the file or host. */
static char *
make_label (PxArticle *article)
{
  const char *site = px_article_get_site (article);

  if (site != NULL)
    return g_strdup (site);
  return px_article_dup_short_source (px_article_get_source (article));
}

static const char *
majority_language (PxArticle *const *articles,
                   guint             n)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *best = "en";
  guint best_count = 0;
  guint i;

  for (i = 0; i < n; i++)
    {
      const char *lang = px_language_from_tag (px_article_get_language (articles[i]));
      guint count;

      if (lang == NULL)
        continue;
      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, lang)) + 1;
      g_hash_table_insert (counts, (gpointer) lang, GUINT_TO_POINTER (count));
      if (count > best_count)
        {
          best = lang;
          best_count = count;
        }
    }

  return best;
}

/* Lower-case words of @s separated by single spaces: how a headline and
 * the same words in the text compare, whatever their case and punctuation. */
static void
append_words (const char *s,
              gsize       len,
              GString    *out)
{
  gsize k;

  for (k = 0; k < len; k++)
    {
      guchar c = (guchar) s[k];

      if (g_ascii_isalnum (c) || c >= 0x80)
        g_string_append_c (out, g_ascii_tolower (c));
      else if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
}

/* Whether the opening of @text repeats @title (a page that shows its
 * headline above the story), maybe without the site name the title ends
 * with ("Bridge closed | The Courier"). */
static gboolean
opens_with (const char *text,
            gsize       len,
            const char *title)
{
  static const char *const separators[] = { " | ", " - ", " \xe2\x80\x93 ", " \xe2\x80\x94 " };
  g_autoptr(GString) opening = g_string_new (NULL);
  g_autoptr(GString) words = g_string_new (NULL);
  gsize title_len = strlen (title);
  const char *cut = NULL;
  guint k;

  append_words (text, MIN (len, 2 * title_len + 256), opening);
  append_words (title, title_len, words);
  if (words->len == 0 || strstr (opening->str, words->str) != NULL)
    return TRUE;

  for (k = 0; k < G_N_ELEMENTS (separators); k++)
    {
      const char *found = g_strrstr (title, separators[k]);

      if (found != NULL && (cut == NULL || found > cut))
        cut = found;
    }
  if (cut == NULL)
    return FALSE;
  g_string_truncate (words, 0);
  append_words (title, cut - title, words);
  return words->len >= 12 && strstr (opening->str, words->str) != NULL;
}

static void
split_sentences (PxComparedArticle *ca,
                 PxSimilarity      *similarity)
{
  const char *title;
  const char *text;
  gsize len;
  PxSentenceIter iter;
  PxRange s;
  guint i;

  text = px_article_get_text (ca->article, &len);
  ca->sentences = g_array_new (FALSE, FALSE, sizeof (PxRange));
  px_sentence_iter_init (&iter, text, len);
  while (px_sentence_iter_next (&iter, &s))
    g_array_append_val (ca->sentences, s);

  ca->vectors = g_new0 (const PxSentenceVector *, ca->sentences->len + 1);
  ca->fact_of = g_new (int, ca->sentences->len + 1);
  ca->best_score = g_new0 (double, ca->sentences->len + 1);
  for (i = 0; i < ca->sentences->len; i++)
    {
      const PxRange *r = &g_array_index (ca->sentences, PxRange, i);

      ca->vectors[i] = px_similarity_add (similarity, text + r->start, r->end - r->start);
      ca->fact_of[i] = -1;
    }

  ca->figures = px_figures_find (text, len);
  ca->names = px_names_find (text, len);

  title = px_article_get_title (ca->article);
  if (title != NULL && !opens_with (text, len, title))
    {
      ca->headline = px_similarity_add (similarity, title, -1);
      if (!states_enough (ca->headline))
        ca->headline = NULL;
    }
}

/*
 * Links between two articles. Within one event, sentences that mention the
 * same happening link even when they share little wording ("the quake
 * struck at dawn" / "residents fled their homes as the tremor hit"), so a
 * low threshold applies; across events only sentences that state the same
 * fact link (pair_threshold() slides between the two). Headlines link like
 * sentences, into a list of their own.
 */
typedef struct {
  guint32 id;
  guint32 j;
} Posting;

static int
compare_postings (gconstpointer pa,
                  gconstpointer pb)
{
  const Posting *x = pa, *y = pb;

  if (x->id != y->id)
    return x->id < y->id ? -1 : 1;
  return (x->j > y->j) - (x->j < y->j);
}

/* The content stems of article @b's sentences, sorted: two sentences
 * score above 0 only if they share one, so only those pairs are scored. */
static GArray *
index_sentences (PxComparedArticle *cb,
                 guint              nb)
{
  GArray *postings = g_array_new (FALSE, FALSE, sizeof (Posting));
  guint j, k;

  for (j = 0; j < nb; j++)
    {
      const PxSentenceVector *v = cb->vectors[j];
      guint n = px_sentence_vector_get_n_terms (v);

      if (!states_enough (v))
        continue;
      for (k = 0; k < n; k++)
        {
          Posting p = { 0, j };

          if (px_sentence_vector_get_term (v, k, &p.id))
            g_array_append_val (postings, p);
        }
    }
  g_array_sort (postings, compare_postings);

  return postings;
}

static guint
first_posting (GArray  *postings,
               guint32  id)
{
  guint lo = 0, hi = postings->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (postings, Posting, mid).id < id)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

typedef struct {
  guint j;
  double score;
} Candidate;

static int
compare_candidates (gconstpointer pa,
                    gconstpointer pb)
{
  const Candidate *x = pa, *y = pb;

  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return (x->j > y->j) - (x->j < y->j);
}

/* The links a sentence keeps into one other article, the strongest first. */
#define MAX_LINKS_PER_SENTENCE 24

static void
add_link (PxComparison *self,
          guint         a,
          guint         i,
          guint         b,
          guint         j,
          double        s)
{
  PxLink link = { a, i, b, j, s };

  g_array_append_val (self->links, link);
  self->articles[a].best_score[i] = MAX (self->articles[a].best_score[i], s);
  self->articles[b].best_score[j] = MAX (self->articles[b].best_score[j], s);
}

/* Differences are looked for between each sentence and its best
 * counterpart in each other article (both ways), when they state the same
 * fact: a sentence that loosely matches ten others is not ten times
 * different. Links are sorted by article pair, so one pass per pair. */
static void
find_differences (PxComparison *self)
{
  guint k = 0;

  while (k < self->links->len)
    {
      const PxLink *first = &g_array_index (self->links, PxLink, k);
      guint a = first->a, b = first->b, end = k, m;
      guint na = self->articles[a].sentences->len;
      guint nb = self->articles[b].sentences->len;
      g_autofree double *best_i = g_new0 (double, na + 1);
      g_autofree double *best_j = g_new0 (double, nb + 1);

      while (end < self->links->len && g_array_index (self->links, PxLink, end).a == a &&
             g_array_index (self->links, PxLink, end).b == b)
        {
          const PxLink *l = &g_array_index (self->links, PxLink, end);

          best_i[l->i] = MAX (best_i[l->i], l->score);
          best_j[l->j] = MAX (best_j[l->j], l->score);
          end++;
        }

      for (m = k; m < end; m++)
        {
          const PxLink *l = &g_array_index (self->links, PxLink, m);

          if (l->score >= self->fact_threshold &&
              (l->score >= best_i[l->i] || l->score >= best_j[l->j]))
            _px_differences_find (self, l, self->differences);
        }
      k = end;
    }
}

static void
align_pair (PxComparison *self,
            guint         a,
            guint         b,
            double        threshold)
{
  PxComparedArticle *ca = &self->articles[a];
  PxComparedArticle *cb = &self->articles[b];
  /* Every sentence against every other is quadratic: past this many, a
   * text is shown and searched for figures, but not linked. */
  guint na = MIN (ca->sentences->len, PX_COMPARE_MAX_LINKED_SENTENCES);
  guint nb = MIN (cb->sentences->len, PX_COMPARE_MAX_LINKED_SENTENCES);
  g_autoptr(GArray) postings = index_sentences (cb, nb);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autofree int *seen = g_new (int, nb + 1);
  guint i, j, k, p;

  for (j = 0; j < nb; j++)
    seen[j] = -1;

  for (i = 0; i < na; i++)
    {
      const PxSentenceVector *v = ca->vectors[i];
      guint n = px_sentence_vector_get_n_terms (v);

      if (!states_enough (v))
        continue;
      for (k = 0; k < n; k++)
        {
          guint32 id;

          if (!px_sentence_vector_get_term (v, k, &id))
            continue;
          for (p = first_posting (postings, id);
               p < postings->len && g_array_index (postings, Posting, p).id == id;
               p++)
            {
              double s;

              j = g_array_index (postings, Posting, p).j;
              if (seen[j] == (int) i)
                continue;
              seen[j] = i;
              s = px_similarity_score (v, cb->vectors[j]);
              if (s >= threshold)
                {
                  Candidate c = { j, s };

                  g_array_append_val (candidates, c);
                }
            }
        }

      /* A sentence links to its strongest counterparts only: in long
       * texts that repeat themselves everything touches everything. */
      if (candidates->len > MAX_LINKS_PER_SENTENCE)
        {
          g_array_sort (candidates, compare_candidates);
          g_array_set_size (candidates, MAX_LINKS_PER_SENTENCE);
        }
      for (k = 0; k < candidates->len; k++)
        {
          const Candidate *c = &g_array_index (candidates, Candidate, k);

          add_link (self, a, i, b, c->j, c->score);
        }
      g_array_set_size (candidates, 0);
    }

  /* A headline stands for its article's sentence number n (the count of
   * its sentences): one headline against the other article's sentences
   * and headline. */
  for (i = 0; i <= na; i++)
    for (j = i < na ? nb : 0; j <= nb; j++)
      {
        const PxSentenceVector *va = i < na ? ca->vectors[i] : ca->headline;
        const PxSentenceVector *vb = j < nb ? cb->vectors[j] : cb->headline;
        guint hi = i < na ? i : ca->sentences->len;
        guint hj = j < nb ? j : cb->sentences->len;
        double s;

        if (va == NULL || vb == NULL ||
            !states_enough (va) || !states_enough (vb))
          continue;
        s = px_similarity_score (va, vb);
        if (s >= threshold)
          {
            PxLink link = { a, hi, b, hj, s };

            g_array_append_val (self->headline_links, link);
            if (i < na)
              ca->best_score[i] = MAX (ca->best_score[i], s);
            if (j < nb)
              cb->best_score[j] = MAX (cb->best_score[j], s);
          }
      }
}

static int
compare_links (gconstpointer pa,
               gconstpointer pb)
{
  const PxLink *x = pa, *y = pb;

  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  if (x->b != y->b)
    return x->b < y->b ? -1 : 1;
  if (x->i != y->i)
    return x->i < y->i ? -1 : 1;
  if (x->j != y->j)
    return x->j < y->j ? -1 : 1;
  return 0;
}

static guint
find_root (guint *parent,
           guint  x)
{
  while (parent[x] != x)
    {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
  return x;
}

/* Facts are the connected groups of linked sentences. */
static void
collect_facts (PxComparison *self)
{
  g_autofree guint *offset = g_new (guint, self->n_articles + 1);
  g_autofree guint *parent = NULL;
  g_autofree int *fact_of_root = NULL;
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  guint total = 0;
  guint a, i, k;

  for (a = 0; a < self->n_articles; a++)
    {
      offset[a] = total;
      total += self->articles[a].sentences->len;
    }
  offset[self->n_articles] = total;

  parent = g_new (guint, total + 1);
  fact_of_root = g_new (int, total + 1);
  for (k = 0; k < total; k++)
    {
      parent[k] = k;
      fact_of_root[k] = -1;
    }

  /* Sentences linked strongly enough join one group, whose root is its
   * first sentence (articles in order, then sentences): the smaller root
   * of two always stays root, and is marked as one with a fact. */
  for (k = 0; k < self->links->len; k++)
    {
      const PxLink *l = &g_array_index (self->links, PxLink, k);
      guint x, y;

      if (l->score < self->fact_threshold)
        continue;
      x = find_root (parent, offset[l->a] + l->i);
      y = find_root (parent, offset[l->b] + l->j);
      if (x != y)
        parent[MAX (x, y)] = MIN (x, y);
      fact_of_root[MIN (x, y)] = 0;
    }

  /* Number the facts in reading order of their first sentence: the roots
   * in order. */
  for (k = 0; k < total; k++)
    if (parent[k] == k && fact_of_root[k] == 0)
      {
        fact_of_root[k] = facts->len;
        g_ptr_array_add (facts, g_array_new (FALSE, FALSE, sizeof (PxSentenceRef)));
      }

  for (a = 0; a < self->n_articles; a++)
    for (i = 0; i < self->articles[a].sentences->len; i++)
      {
        int fact = fact_of_root[find_root (parent, offset[a] + i)];

        self->articles[a].fact_of[i] = fact;
        if (fact >= 0)
          {
            PxSentenceRef ref = { a, i };

            g_array_append_val (facts->pdata[fact], ref);
          }
      }

  for (k = 0; k < facts->len; k++)
    {
      GArray *members = facts->pdata[k];

      g_array_append_val (self->fact_starts, self->fact_members->len);
      g_array_append_vals (self->fact_members, members->data, members->len);
    }
  g_array_append_val (self->fact_starts, self->fact_members->len);
}

static PxEventGroups *
collect_events (PxComparison      *self,
                PxArticle *const  *articles)
{
  PxEventGroups *groups = px_events_group (articles, self->n_articles);
  guint g, n, k;

  self->event_of = g_new0 (guint, self->n_articles + 1);
  for (g = 0; g < px_event_groups_get_n_groups (groups); g++)
    {
      const guint *members = px_event_groups_get_members (groups, g, &n);

      g_array_append_val (self->event_starts, self->event_members->len);
      g_array_append_vals (self->event_members, members, n);
      for (k = 0; k < n; k++)
        self->event_of[members[k]] = g;
      g_ptr_array_add (self->event_labels, g_strdup (px_event_groups_get_label (groups, g)));
    }
  g_array_append_val (self->event_starts, self->event_members->len);

  return groups;
}

/*
 * The link threshold of two articles. Grouping is a hard decision made on
 * whole articles, and a few articles of one event always fall just short
 * of their group (a follow-up, a short brief); so the threshold slides
 * with the articles' similarity, from the fact threshold for unrelated
 * articles down to the event threshold for articles as alike as grouping
 * requires, and sits there for articles grouped together.
 */
static double
pair_threshold (const PxComparison  *self,
                const PxEventGroups *groups,
                guint                a,
                guint                b,
                double               event_threshold)
{
  double closeness = 1.0;

  if (self->event_of[a] != self->event_of[b])
    closeness = CLAMP (px_event_groups_get_similarity (groups, a, b) / PX_EVENT_SIMILARITY, 0.0, 1.0);

  return self->fact_threshold - (self->fact_threshold - event_threshold) * closeness;
}

static void
clear_difference (gpointer data)
{
  PxDifference *d = data;

  g_free (d->left_text);
  g_free (d->right_text);
  g_free (d->note);
}

/**
 * px_comparison_new:
 * @articles: (array length=n_articles): the articles, in the order to show them
 * @n_articles: how many
 * @options: (nullable): strictness, or %NULL for the defaults
 *
 * Compares the articles. This takes a while for long articles: call it
 * from a worker thread, or use px_comparison_new_async().
 *
 * Returns: (transfer full): the comparison
 */
static PxComparison *comparison_new (PxArticle *const       *articles,
                                      guint                   n_articles,
                                      const PxCompareOptions *options,
                                      GCancellable           *cancellable);

PxComparison *
px_comparison_new (PxArticle *const       *articles,
                   guint                   n_articles,
                   const PxCompareOptions *options)
{
  return comparison_new (articles, n_articles, options, NULL);
}

/* The comparison, or NULL as soon as @cancellable is cancelled between
 * two pairs of articles: a closed window stops its worker early. */
static PxComparison *
comparison_new (PxArticle *const       *articles,
                guint                   n_articles,
                const PxCompareOptions *options,
                GCancellable           *cancellable)
{
  PxComparison *self;
  g_autoptr(PxEventGroups) groups = NULL;
  double event_threshold = PX_COMPARE_EVENT_THRESHOLD;
  guint a, b;

  g_return_val_if_fail (articles != NULL || n_articles == 0, NULL);

  self = g_new0 (PxComparison, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->n_articles = n_articles;
  self->articles = g_new0 (PxComparedArticle, n_articles + 1);
  self->links = g_array_new (FALSE, FALSE, sizeof (PxLink));
  self->headline_links = g_array_new (FALSE, FALSE, sizeof (PxLink));
  self->fact_members = g_array_new (FALSE, FALSE, sizeof (PxSentenceRef));
  self->fact_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->differences = g_array_new (FALSE, FALSE, sizeof (PxDifference));
  g_array_set_clear_func (self->differences, clear_difference);
  self->event_members = g_array_new (FALSE, FALSE, sizeof (guint));
  self->event_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->event_labels = g_ptr_array_new_with_free_func (g_free);
  self->quantity_members = g_array_new (FALSE, FALSE, sizeof (PxQuantityMember));
  self->quantity_scales = g_array_new (FALSE, FALSE, sizeof (double));
  self->quantity_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->quantity_labels = g_ptr_array_new_with_free_func (g_free);
  self->quantity_cumulative = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->article_order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->similarity = px_similarity_new (options != NULL && options->language != NULL
                                        ? px_language_from_tag (options->language)
                                        : majority_language (articles, n_articles));
  self->fact_threshold = PX_COMPARE_FACT_THRESHOLD;
  if (options != NULL && options->threshold > 0)
    self->fact_threshold = options->threshold;
  if (options != NULL && options->event_threshold > 0)
    event_threshold = options->event_threshold;
  event_threshold = MIN (event_threshold, self->fact_threshold);

  for (a = 0; a < n_articles; a++)
    {
      self->articles[a].article = px_article_ref (articles[a]);
      self->articles[a].label = make_label (articles[a]);
      split_sentences (&self->articles[a], self->similarity);
    }
  px_similarity_prepare (self->similarity);

  {
    g_autofree PxNameList **lists = g_new0 (PxNameList *, n_articles + 1);

    for (a = 0; a < n_articles; a++)
      lists[a] = self->articles[a].names;
    self->name_index = px_name_index_new (lists, n_articles);
  }

  groups = collect_events (self, articles);

  for (a = 0; a < n_articles; a++)
    for (b = a + 1; b < n_articles; b++)
      {
        if (g_cancellable_is_cancelled (cancellable))
          {
            px_comparison_unref (self);
            return NULL;
          }
        align_pair (self, a, b, pair_threshold (self, groups, a, b, event_threshold));
      }
  g_array_sort (self->links, compare_links);
  g_array_sort (self->headline_links, compare_links);

  collect_facts (self);

  find_differences (self);

  _px_quantities_collect (self);
  _px_names_collect_differences (self);

  return self;
}

PxComparison *
px_comparison_ref (PxComparison *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
px_comparison_unref (PxComparison *self)
{
  guint a;

  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (a = 0; a < self->n_articles; a++)
    {
      PxComparedArticle *ca = &self->articles[a];

      px_article_unref (ca->article);
      g_array_unref (ca->sentences);
      g_clear_pointer (&ca->figures, px_figure_list_unref);
      g_clear_pointer (&ca->names, px_name_list_unref);
      g_free (ca->fact_of);
      g_free (ca->best_score);
      g_free (ca->vectors);
      g_free (ca->label);
    }
  g_free (self->articles);
  g_array_unref (self->links);
  g_array_unref (self->headline_links);
  g_array_unref (self->fact_members);
  g_array_unref (self->fact_starts);
  g_array_unref (self->differences);
  g_array_unref (self->event_members);
  g_array_unref (self->event_starts);
  g_ptr_array_unref (self->event_labels);
  g_array_unref (self->quantity_members);
  g_array_unref (self->quantity_scales);
  g_array_unref (self->quantity_starts);
  g_ptr_array_unref (self->quantity_labels);
  g_array_unref (self->quantity_cumulative);
  g_array_unref (self->article_order);
  g_free (self->event_of);
  px_similarity_free (self->similarity);
  g_clear_pointer (&self->name_index, px_name_index_unref);
  g_free (self);
}

typedef struct {
  GPtrArray *articles;
  PxCompareOptions options;
  char *language;
  gboolean has_options;
} CompareData;

static void
compare_data_free (CompareData *data)
{
  g_free (data->language);
  g_ptr_array_unref (data->articles);
  g_free (data);
}

static void
compare_worker (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CompareData *data = task_data;
  PxComparison *comparison;

  px_worker_lower_priority ();
  comparison = comparison_new ((PxArticle *const *) data->articles->pdata, data->articles->len,
                               data->has_options ? &data->options : NULL, cancellable);

  if (g_task_return_error_if_cancelled (task))
    g_clear_pointer (&comparison, px_comparison_unref);
  else
    g_task_return_pointer (task, comparison, (GDestroyNotify) px_comparison_unref);
}

/**
 * px_comparison_new_async:
 * @articles: (element-type PxArticle): the articles; kept, not changed
 * @options: (nullable): strictness
 * @cancellable: (nullable): a cancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * px_comparison_new() in a worker thread.
 */
void
px_comparison_new_async (GPtrArray              *articles,
                         const PxCompareOptions *options,
                         GCancellable           *cancellable,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  CompareData *data;

  g_return_if_fail (articles != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  data = g_new0 (CompareData, 1);
  data->articles = g_ptr_array_ref (articles);
  if (options != NULL)
    {
      data->options = *options;
      data->language = g_strdup (options->language);
      data->options.language = data->language;
      data->has_options = TRUE;
    }

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, px_comparison_new_async);
  g_task_set_task_data (task, data, (GDestroyNotify) compare_data_free);
  g_task_run_in_thread (task, compare_worker);
}

/**
 * px_comparison_new_finish:
 * @result: the result given to the callback
 * @error: where to report cancellation
 *
 * Returns: (transfer full) (nullable): the comparison
 */
PxComparison *
px_comparison_new_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

guint
px_comparison_get_n_articles (const PxComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_articles;
}

/**
 * px_comparison_get_article:
 * @self: a comparison
 * @a: an article index
 *
 * Returns: (transfer none): the article
 */
PxArticle *
px_comparison_get_article (const PxComparison *self,
                           guint               a)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (a < self->n_articles, NULL);
  return self->articles[a].article;
}

/**
 * px_comparison_get_sentences:
 * @self: a comparison
 * @a: an article index
 * @n_sentences: (out): how many
 *
 * Returns: (array length=n_sentences): the sentences of article @a as byte ranges
 */
const PxRange *
px_comparison_get_sentences (const PxComparison *self,
                             guint               a,
                             guint              *n_sentences)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (a < self->n_articles, NULL);
  g_return_val_if_fail (n_sentences != NULL, NULL);

  *n_sentences = self->articles[a].sentences->len;
  return (const PxRange *) (gconstpointer) self->articles[a].sentences->data;
}

/**
 * px_comparison_get_figures:
 * @self: a comparison
 * @a: an article index
 *
 * Returns: (transfer none): the figures of article @a
 */
const PxFigureList *
px_comparison_get_figures (const PxComparison *self,
                           guint               a)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (a < self->n_articles, NULL);
  return self->articles[a].figures;
}

/**
 * px_comparison_get_links:
 * @self: a comparison
 * @n_links: (out): how many
 *
 * Returns: (array length=n_links): the links, sorted by article pair then sentence
 */
const PxLink *
px_comparison_get_links (const PxComparison *self,
                         guint              *n_links)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_links != NULL, NULL);

  *n_links = self->links->len;
  return (const PxLink *) (gconstpointer) self->links->data;
}

/**
 * px_comparison_get_headline:
 * @self: a comparison
 * @a: an article index
 *
 * The article's title when its text does not repeat it: a headline states
 * the story's main fact, so it is compared with the other articles'
 * sentences too (see px_comparison_get_headline_links()).
 *
 * Returns: (nullable): the headline, or %NULL when the article has none
 *   apart from its text
 */
const char *
px_comparison_get_headline (const PxComparison *self,
                            guint               a)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (a < self->n_articles, NULL);

  if (self->articles[a].headline == NULL)
    return NULL;
  return px_article_get_title (self->articles[a].article);
}

/**
 * px_comparison_get_headline_links:
 * @self: a comparison
 * @n_links: (out): how many
 *
 * Links with a headline (px_comparison_get_headline()) at one end or
 * both: a sentence index equal to the article's number of sentences
 * stands for its headline. They are apart from px_comparison_get_links(),
 * whose ends are all sentences of the text, and form no facts.
 *
 * Returns: (array length=n_links): the links, sorted as
 *   px_comparison_get_links()
 */
const PxLink *
px_comparison_get_headline_links (const PxComparison *self,
                                  guint              *n_links)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_links != NULL, NULL);

  *n_links = self->headline_links->len;
  return (const PxLink *) (gconstpointer) self->headline_links->data;
}

guint
px_comparison_get_n_facts (const PxComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->fact_starts->len - 1;
}

/**
 * px_comparison_get_fact:
 * @self: a comparison
 * @fact: a fact index
 * @n_members: (out): how many sentences
 *
 * Returns: (array length=n_members): the sentences that report the fact
 */
const PxSentenceRef *
px_comparison_get_fact (const PxComparison *self,
                        guint               fact,
                        guint              *n_members)
{
  guint start, end;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (fact < px_comparison_get_n_facts (self), NULL);
  g_return_val_if_fail (n_members != NULL, NULL);

  start = g_array_index (self->fact_starts, guint, fact);
  end = g_array_index (self->fact_starts, guint, fact + 1);
  *n_members = end - start;

  return &g_array_index (self->fact_members, PxSentenceRef, start);
}

/**
 * px_comparison_get_fact_of:
 * @self: a comparison
 * @a: an article
 * @i: one of its sentences
 *
 * Returns: the fact the sentence reports, or -1 when no other source has it
 */
int
px_comparison_get_fact_of (const PxComparison *self,
                           guint               a,
                           guint               i)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (a < self->n_articles, -1);
  g_return_val_if_fail (i < self->articles[a].sentences->len, -1);

  return self->articles[a].fact_of[i];
}

/**
 * px_comparison_get_fact_n_articles:
 * @self: a comparison
 * @fact: a fact index
 *
 * Returns: how many sources report the fact ("4 of 5 sources")
 */
guint
px_comparison_get_fact_n_articles (const PxComparison *self,
                                   guint               fact)
{
  const PxSentenceRef *members;
  guint n, k, count = 0;
  int last = -1;

  members = px_comparison_get_fact (self, fact, &n);
  /* Members are in article order. */
  for (k = 0; k < n; k++)
    if ((int) members[k].a != last)
      {
        last = members[k].a;
        count++;
      }

  return count;
}

/**
 * px_comparison_get_n_unlinked:
 * @self: a comparison
 * @a: an article
 *
 * Sentences past %PX_COMPARE_MAX_LINKED_SENTENCES are shown but not
 * compared: no link, fact or difference reaches them.
 *
 * Returns: how many sentences of @a were left out of the comparison
 */
guint
px_comparison_get_n_unlinked (const PxComparison *self,
                              guint               a)
{
  guint n;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (a < self->n_articles, 0);

  n = self->articles[a].sentences->len;
  if (self->n_articles < 2 || n <= PX_COMPARE_MAX_LINKED_SENTENCES)
    return 0;
  return n - PX_COMPARE_MAX_LINKED_SENTENCES;
}

/**
 * px_comparison_describe_unlinked:
 * @self: a comparison
 * @a: an article
 *
 * Says, in a line a reader can be shown, that the end of a long article
 * was not compared.
 *
 * Returns: (transfer full) (nullable): the message, or %NULL when every
 *   sentence of @a was compared
 */
char *
px_comparison_describe_unlinked (const PxComparison *self,
                                 guint               a)
{
  guint n = px_comparison_get_n_unlinked (self, a);

  if (n == 0)
    return NULL;

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Only the first %d sentences are compared; %u more is shown "
                                       "but not linked",
                                       "Only the first %d sentences are compared; %u more are shown "
                                       "but not linked", n),
                          PX_COMPARE_MAX_LINKED_SENTENCES, n);
}

/**
 * px_comparison_is_unique:
 * @self: a comparison
 * @a: an article
 * @i: one of its sentences
 *
 * Returns: %TRUE when no other source carries the sentence
 */
gboolean
px_comparison_is_unique (const PxComparison *self,
                         guint               a,
                         guint               i)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (a < self->n_articles, FALSE);
  g_return_val_if_fail (i < self->articles[a].sentences->len, FALSE);

  return self->n_articles > 1 && i < PX_COMPARE_MAX_LINKED_SENTENCES &&
         self->articles[a].best_score[i] < PX_COMPARE_UNIQUE_THRESHOLD &&
         states_enough (self->articles[a].vectors[i]);
}

/**
 * px_comparison_get_best_score:
 * @self: a comparison
 * @a: an article
 * @i: one of its sentences
 *
 * Returns: the score of the sentence's strongest link, 0 when it has none
 */
double
px_comparison_get_best_score (const PxComparison *self,
                              guint               a,
                              guint               i)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (a < self->n_articles, 0);
  g_return_val_if_fail (i < self->articles[a].sentences->len, 0);

  return self->articles[a].best_score[i];
}

/**
 * px_comparison_get_differences:
 * @self: a comparison
 * @n_differences: (out): how many
 *
 * Returns: (array length=n_differences): the differences, in link order
 */
const PxDifference *
px_comparison_get_differences (const PxComparison *self,
                               guint              *n_differences)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_differences != NULL, NULL);

  *n_differences = self->differences->len;
  return (const PxDifference *) (gconstpointer) self->differences->data;
}

guint
px_comparison_get_n_events (const PxComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->event_starts->len - 1;
}

/**
 * px_comparison_get_event:
 * @self: a comparison
 * @event: an event index
 * @n_members: (out): how many articles
 *
 * Returns: (array length=n_members): the articles that report the event
 */
const guint *
px_comparison_get_event (const PxComparison *self,
                         guint               event,
                         guint              *n_members)
{
  guint start, end;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (event < px_comparison_get_n_events (self), NULL);
  g_return_val_if_fail (n_members != NULL, NULL);

  start = g_array_index (self->event_starts, guint, event);
  end = g_array_index (self->event_starts, guint, event + 1);
  *n_members = end - start;

  return &g_array_index (self->event_members, guint, start);
}

guint
px_comparison_get_event_of (const PxComparison *self,
                            guint               a)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (a < self->n_articles, 0);
  return self->event_of[a];
}

/**
 * px_comparison_are_compared:
 * @self: a comparison
 * @a: an article
 * @b: another article
 * @across_events: whether articles about different events are compared
 *
 * Whether what joins two articles (links, differences) is shown: always
 * across events, else only when they report the same event.
 *
 * Returns: %TRUE when @a and @b are compared
 */
gboolean
px_comparison_are_compared (const PxComparison *self,
                            guint               a,
                            guint               b,
                            gboolean            across_events)
{
  return across_events ||
         px_comparison_get_event_of (self, a) == px_comparison_get_event_of (self, b);
}

const char *
px_comparison_get_event_label (const PxComparison *self,
                               guint               event)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (event < self->event_labels->len, NULL);
  return self->event_labels->pdata[event];
}

/**
 * px_comparison_dup_source_label:
 * @self: a comparison
 * @a: an article
 *
 * Returns: (transfer full): how to name the article's source ("Agence X")
 */
char *
px_comparison_dup_source_label (const PxComparison *self,
                                guint               a)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (a < self->n_articles, NULL);
  return g_strdup (self->articles[a].label);
}

guint
px_comparison_get_n_quantities (const PxComparison *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->quantity_starts->len - 1;
}

/**
 * px_comparison_get_quantity:
 * @self: a comparison
 * @quantity: a quantity index
 * @n_members: (out): how many sources give it
 *
 * Returns: (array length=n_members): each source's figure for the
 *   quantity, in date order (undated articles last)
 */
const PxQuantityMember *
px_comparison_get_quantity (const PxComparison *self,
                            guint               quantity,
                            guint              *n_members)
{
  guint start, end;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (quantity < px_comparison_get_n_quantities (self), NULL);
  g_return_val_if_fail (n_members != NULL, NULL);

  start = g_array_index (self->quantity_starts, guint, quantity);
  end = g_array_index (self->quantity_starts, guint, quantity + 1);
  *n_members = end - start;

  return &g_array_index (self->quantity_members, PxQuantityMember, start);
}

/**
 * px_comparison_get_quantity_label:
 * @self: a comparison
 * @quantity: a quantity index
 *
 * Returns: what the quantity counts ("people killed")
 */
const char *
px_comparison_get_quantity_label (const PxComparison *self,
                                  guint               quantity)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (quantity < self->quantity_labels->len, NULL);
  return self->quantity_labels->pdata[quantity];
}

const char *
px_difference_kind_to_string (PxDifferenceKind kind)
{
  static const char * const names[] = {
    "figure", "name", "hedge", "negation", "attribution", "date", "quote",
  };

  g_return_val_if_fail (kind < PX_N_DIFFERENCE_KINDS, NULL);
  return names[kind];
}

const char *
px_difference_kind_display_name (PxDifferenceKind kind)
{
  switch (kind)
    {
    case PX_DIFFERENCE_FIGURE: return _("Figure");
    case PX_DIFFERENCE_NAME: return _("Name");
    case PX_DIFFERENCE_HEDGE: return _("Hedge");
    case PX_DIFFERENCE_NEGATION: return _("Negation");
    case PX_DIFFERENCE_ATTRIBUTION: return _("Attribution");
    case PX_DIFFERENCE_DATE: return _("Date");
    case PX_DIFFERENCE_QUOTE: return _("Quote");
    case PX_N_DIFFERENCE_KINDS:
    default:
      return "";
    }
}

/**
 * px_difference_dup_side_text:
 * @kind: the difference's kind
 * @text: (nullable): what one side says: the figure, name or words, or
 *   "" when that side has none
 *
 * One side of a difference as a note shows it: the words of a hedge,
 * negation or attribution in quotation marks ("“not”"), and a side
 * without them named for what it lacks ("no negation") rather than left
 * blank.
 *
 * Returns: (transfer full): the text to show
 */
char *
px_difference_dup_side_text (PxDifferenceKind  kind,
                             const char       *text)
{
  if (text == NULL || *text == '\0')
    switch (kind)
      {
      case PX_DIFFERENCE_HEDGE: return g_strdup (_("no hedge"));
      case PX_DIFFERENCE_NEGATION: return g_strdup (_("no negation"));
      case PX_DIFFERENCE_ATTRIBUTION: return g_strdup (_("no source named"));
      case PX_DIFFERENCE_QUOTE: return g_strdup (_("no quotation"));
      case PX_DIFFERENCE_FIGURE:
      case PX_DIFFERENCE_NAME:
      case PX_DIFFERENCE_DATE:
      case PX_N_DIFFERENCE_KINDS:
      default:
        return g_strdup (_("nothing"));
      }

  switch (kind)
    {
    case PX_DIFFERENCE_HEDGE:
    case PX_DIFFERENCE_NEGATION:
    case PX_DIFFERENCE_ATTRIBUTION:
      /* Translators: words of an article quoted in a difference note */
      return g_strdup_printf (_("“%s”"), text);
    case PX_DIFFERENCE_FIGURE:
    case PX_DIFFERENCE_NAME:
    case PX_DIFFERENCE_DATE:
    case PX_DIFFERENCE_QUOTE:
    case PX_N_DIFFERENCE_KINDS:
    default:
      return g_strdup (text);
    }
}
