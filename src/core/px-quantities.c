/* px-quantities.c — figures of different sources that count the same thing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-comparison-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "px-stemmer.h"
#include "px-stopwords.h"
#include "px-tokens.h"

/*
 * Sources rarely give a death toll in sentences similar enough to link:
 * "the conflict has claimed more than 45,000 lives" and "the U.N. says at
 * least 60,000 people have been killed" share almost no words. What makes
 * them one quantity is what the figure counts (people), what happened to
 * them (killing), and a comparable size. A few concepts that news counts
 * most are named; other figures match on the words around them.
 */

typedef struct {
  const char *concept;
  const char *label;        /* with the unit class */
  gboolean durations;       /* the concept names what a duration measures */
  gboolean cumulative;      /* only grows over time: a toll, a war's length */
  const char * const *words;
} Concept;

static const char * const death_words[] = {
  "kill", "killed", "killing", "killings", "dead", "death", "deaths", "die", "died", "dying",
  "life", "lives", "toll", "fatalities", "massacred", "slain", "claimed", NULL
};
static const char * const injury_words[] = {
  "injured", "wounded", "hurt", "injuries", "injuring", "wounding", NULL
};
static const char * const displaced_words[] = {
  "fled", "flee", "fleeing", "displaced", "refugees", "homeless", "evacuated", "evacuees", NULL
};
static const char * const arrest_words[] = {
  "arrested", "detained", "jailed", "imprisoned", "arrests", "detainees", NULL
};
static const char * const missing_words[] = { "missing", NULL };
static const char * const trapped_words[] = { "trapped", "besieged", "stranded", NULL };
static const char * const conflict_words[] = {
  "war", "conflict", "violence", "fighting", "uprising", "revolt", "insurgency", "crisis",
  "civil", NULL
};

static const Concept concepts[] = {
  { "killed", N_("people killed"), FALSE, TRUE, death_words },
  { "injured", N_("people injured"), FALSE, TRUE, injury_words },
  { "displaced", N_("people displaced"), FALSE, TRUE, displaced_words },
  { "arrested", N_("people arrested"), FALSE, TRUE, arrest_words },
  { "missing", N_("people missing"), FALSE, FALSE, missing_words },
  { "trapped", N_("people trapped"), FALSE, FALSE, trapped_words },
  { "conflict", N_("length of the conflict"), TRUE, TRUE, conflict_words },
};

#define CONTEXT_WINDOW 6
#define MAX_RATIO 10.0

typedef struct {
  guint a;
  guint i;
  guint figure;
  const PxFigure *f;
  char *unit;
  double scale;
  const Concept *concept;
  GPtrArray *context;      /* stems near the figure */
} Candidate;

static void
candidate_clear (gpointer data)
{
  Candidate *c = data;

  g_free (c->unit);
  g_clear_pointer (&c->context, g_ptr_array_unref);
}

static gboolean
is_duration (const PxFigure *f)
{
  return f->kind == PX_FIGURE_KIND_DURATION || f->kind == PX_FIGURE_KIND_AGE;
}

static gboolean
in_list (const char * const *words,
         const char         *word)
{
  for (; *words != NULL; words++)
    if (g_str_equal (*words, word))
      return TRUE;

  return FALSE;
}

/* The concept nearest to the figure in its sentence, and the stems of the
 * content words around it. */
static void
read_context (Candidate  *c,
              const char *text,
              PxRange     sentence,
              const char *language)
{
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) stem = g_string_new (NULL);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
  const char *s = text + sentence.start;
  PxTokenIter iter;
  PxToken t;
  guint k, at = 0, best_distance = G_MAXUINT;

  px_token_iter_init (&iter, s, sentence.end - sentence.start);
  while (px_token_iter_next (&iter, &t))
    {
      if (sentence.start + t.start < c->f->start)
        at = tokens->len + 1;
      g_array_append_val (tokens, t);
    }

  c->context = g_ptr_array_new_with_free_func (g_free);
  for (k = 0; k < tokens->len; k++)
    {
      const PxToken *tk = &g_array_index (tokens, PxToken, k);
      guint distance = k >= at ? k - at : at - k;
      guint m;

      if (sentence.start + tk->start >= c->f->start && sentence.start + tk->end <= c->f->end)
        continue;  /* the figure itself */
      if (tk->flags & PX_TOKEN_NUMBER)
        continue;

      g_string_truncate (word, 0);
      px_token_fold (s + tk->start, tk->end - tk->start, word);

      for (m = 0; m < G_N_ELEMENTS (concepts); m++)
        if (concepts[m].durations == is_duration (c->f) && in_list (concepts[m].words, word->str) &&
            distance < best_distance)
          {
            best_distance = distance;
            c->concept = &concepts[m];
          }

      if (distance <= CONTEXT_WINDOW && !px_stopwords_contains (language, word->str, word->len) &&
          word->len > 2)
        {
          g_string_truncate (stem, 0);
          px_stemmer_stem (language, word->str, word->len, stem);
          g_ptr_array_add (c->context, g_strdup (stem->str));
        }
    }
}

static guint
shared_context (const Candidate *x,
                const Candidate *y)
{
  guint k, m, shared = 0;

  for (k = 0; k < x->context->len; k++)
    for (m = 0; m < y->context->len; m++)
      if (g_str_equal (x->context->pdata[k], y->context->pdata[m]))
        {
          shared++;
          break;
        }

  return shared;
}

static gboolean
same_quantity (const Candidate *x,
               const Candidate *y)
{
  double vx, vy;

  if (is_duration (x->f) != is_duration (y->f))
    return FALSE;
  if (!is_duration (x->f) && x->f->kind != y->f->kind)
    return FALSE;
  if ((x->unit == NULL) != (y->unit == NULL) || (x->unit && !g_str_equal (x->unit, y->unit)))
    return FALSE;

  /* A day's toll and a war's toll are both "people killed", but not one
   * quantity: their sizes tell them apart. */
  vx = fabs (x->f->value * x->scale);
  vy = fabs (y->f->value * y->scale);
  if (vx <= 0 || vy <= 0 || MAX (vx, vy) / MIN (vx, vy) > MAX_RATIO)
    return FALSE;

  if (x->concept != NULL || y->concept != NULL)
    return x->concept == y->concept;

  /* Nothing named: the words around the figures must agree. */
  return x->unit != NULL && shared_context (x, y) >= 2;
}

static gboolean
worth_comparing (const PxFigure *f)
{
  if (f->kind == PX_FIGURE_KIND_ORDINAL || f->kind == PX_FIGURE_KIND_DATE)
    return FALSE;
  /* "one of them", "two sides": small bare counts are not news figures. */
  if (f->kind == PX_FIGURE_KIND_COUNT && f->unit == NULL)
    return FALSE;
  return isfinite (f->value);
}

/* A member with what it is sorted by. */
typedef struct {
  PxQuantityMember member;
  double scale;
  double value;            /* in the quantity's common unit */
  const char *date;
} Keyed;

/* Date order; where a date is missing, a quantity that only grows (a
 * death toll, the length of a war) tells the order by its size. */
static int
compare_keyed (gconstpointer pa,
               gconstpointer pb,
               gpointer      user_data)
{
  const gboolean *cumulative = user_data;
  const Keyed *x = pa, *y = pb;

  if ((x->date == NULL || y->date == NULL) && *cumulative && x->value != y->value)
    return x->value < y->value ? -1 : 1;
  if (x->date != NULL && y->date != NULL && strcmp (x->date, y->date) != 0)
    return strcmp (x->date, y->date);
  if ((x->date == NULL) != (y->date == NULL))
    return x->date == NULL ? 1 : -1;
  return (x->member.a > y->member.a) - (x->member.a < y->member.a);
}

/* The figure of the member at @index of all quantities' members, in its
 * quantity's common unit. */
static double
value_at (const PxComparison *self,
          guint               index)
{
  const PxQuantityMember *m = &g_array_index (self->quantity_members, PxQuantityMember, index);
  const PxFigure *f = px_figure_list_get (self->articles[m->a].figures, m->figure);

  return f->value * g_array_index (self->quantity_scales, double, index);
}

static char *
make_label (const Candidate *c)
{
  if (c->concept != NULL)
    {
      if (c->unit != NULL && !g_str_equal (c->unit, "people") && !c->concept->durations)
        /* Translators: a counted noun and what happened to it, "civilians trapped" */
        return g_strdup_printf (_("%s %s"), c->f->unit ? c->f->unit : c->unit, c->concept->concept);
      return g_strdup (_(c->concept->label));
    }
  if (c->f->unit != NULL)
    return g_strdup (c->f->unit);

  return g_strdup (px_figure_kind_to_string (c->f->kind));
}

typedef struct {
  guint a;
  const char *date;
  double rank;              /* mean place in the growing quantities, or -1 */
} OrderKey;

static int
compare_order_keys (gconstpointer pa,
                    gconstpointer pb)
{
  const OrderKey *x = pa, *y = pb;

  if (x->date != NULL && y->date != NULL && strcmp (x->date, y->date) != 0)
    return strcmp (x->date, y->date);
  if ((x->date == NULL) != (y->date == NULL))
    return x->date == NULL ? 1 : -1;
  if (x->rank >= 0 && y->rank >= 0 && x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  if ((x->rank >= 0) != (y->rank >= 0))
    return x->rank >= 0 ? -1 : 1;
  return (x->a > y->a) - (x->a < y->a);
}

/* The order the articles were written in, as far as it can be told: by
 * date, and for undated articles by the quantities that only grow (the
 * report with the higher death toll came later). */
static void
estimate_order (PxComparison *self)
{
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (OrderKey));
  g_autofree double *rank_sum = g_new0 (double, self->n_articles + 1);
  g_autofree guint *rank_count = g_new0 (guint, self->n_articles + 1);
  guint a, q;

  for (q = 0; q + 1 < self->quantity_starts->len; q++)
    {
      guint start = g_array_index (self->quantity_starts, guint, q);
      guint end = g_array_index (self->quantity_starts, guint, q + 1);
      guint k;

      if (!g_array_index (self->quantity_cumulative, gboolean, q))
        continue;
      for (k = start; k < end; k++)
        {
          const PxQuantityMember *m = &g_array_index (self->quantity_members, PxQuantityMember, k);

          rank_sum[m->a] += (double) (k - start) / MAX (end - start - 1, 1);
          rank_count[m->a]++;
        }
    }

  for (a = 0; a < self->n_articles; a++)
    {
      OrderKey key = { a, px_article_get_date (self->articles[a].article),
                       rank_count[a] ? rank_sum[a] / rank_count[a] : -1 };

      g_array_append_val (keys, key);
    }
  g_array_sort (keys, compare_order_keys);

  g_array_set_size (self->article_order, 0);
  for (a = 0; a < keys->len; a++)
    g_array_append_val (self->article_order, g_array_index (keys, OrderKey, a).a);
}

/**
 * px_comparison_get_article_order:
 * @self: a comparison
 * @n_articles: (out): how many
 *
 * Returns: (array length=n_articles): the articles in the order they were
 *   written, as far as dates and growing figures tell
 */
const guint *
px_comparison_get_article_order (const PxComparison *self,
                                 guint              *n_articles)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_articles != NULL, NULL);

  *n_articles = self->article_order->len;
  return (const guint *) (gconstpointer) self->article_order->data;
}

/**
 * _px_quantities_collect:
 * @self: a comparison being built
 *
 * Groups the figures of different articles that count the same thing,
 * orders each group by article date, and adds the differences between
 * consecutive reports of a quantity.
 */
void
_px_quantities_collect (PxComparison *self)
{
  const char *language = px_similarity_get_language (self->similarity);
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  guint a, k, g;

  g_array_set_clear_func (candidates, candidate_clear);

  for (a = 0; a < self->n_articles; a++)
    {
      PxComparedArticle *ca = &self->articles[a];
      const char *text = px_article_get_text (ca->article, NULL);
      guint nf = px_figure_list_get_length (ca->figures);
      guint i = 0;

      for (k = 0; k < nf; k++)
        {
          const PxFigure *f = px_figure_list_get (ca->figures, k);
          Candidate c = { 0 };

          if (!worth_comparing (f))
            continue;
          while (i < ca->sentences->len && g_array_index (ca->sentences, PxRange, i).end <= f->start)
            i++;
          if (i >= ca->sentences->len)
            break;

          c.a = a;
          c.i = i;
          c.figure = k;
          c.f = f;
          c.unit = _px_figure_unit_class (f, &c.scale);
          read_context (&c, text, g_array_index (ca->sentences, PxRange, i), language);
          g_array_append_val (candidates, c);
        }
    }

  /* Greedy grouping against each group's first figure, at most one figure
   * per article and group: the first an article gives is its headline one. */
  for (k = 0; k < candidates->len; k++)
    {
      Candidate *c = &g_array_index (candidates, Candidate, k);
      gboolean placed = FALSE;

      for (g = 0; g < groups->len && !placed; g++)
        {
          GArray *members = groups->pdata[g];
          Candidate *first = &g_array_index (candidates, Candidate,
                                             g_array_index (members, guint, 0));
          guint m;
          gboolean has_article = FALSE;

          for (m = 0; m < members->len; m++)
            if (g_array_index (candidates, Candidate, g_array_index (members, guint, m)).a == c->a)
              has_article = TRUE;

          if (!same_quantity (first, c))
            continue;
          placed = TRUE;  /* a second figure of the same article is not a new quantity */
          if (!has_article)
            g_array_append_val (members, k);
        }

      if (!placed)
        {
          GArray *members = g_array_new (FALSE, FALSE, sizeof (guint));

          g_array_append_val (members, k);
          g_ptr_array_add (groups, members);
        }
    }

  for (g = 0; g < groups->len; g++)
    {
      GArray *members = groups->pdata[g];
      g_autoptr(GArray) sorted = NULL;
      gboolean context_cumulative;
      Candidate *first;
      guint m;

      if (members->len < 2)
        continue;

      sorted = g_array_new (FALSE, FALSE, sizeof (Keyed));
      for (m = 0; m < members->len; m++)
        {
          Candidate *c = &g_array_index (candidates, Candidate, g_array_index (members, guint, m));
          Keyed key = { { c->a, c->i, c->figure }, c->scale, c->f->value * c->scale,
                        px_article_get_date (self->articles[c->a].article) };

          g_array_append_val (sorted, key);
        }
      first = &g_array_index (candidates, Candidate, g_array_index (members, guint, 0));
      context_cumulative = first->concept != NULL && first->concept->cumulative;
      g_array_sort_with_data (sorted, compare_keyed, &context_cumulative);

      g_array_append_val (self->quantity_starts, self->quantity_members->len);
      for (m = 0; m < sorted->len; m++)
        {
          const Keyed *key = &g_array_index (sorted, Keyed, m);

          g_array_append_val (self->quantity_members, key->member);
          g_array_append_val (self->quantity_scales, key->scale);
        }
      g_ptr_array_add (self->quantity_labels, make_label (first));
      g_array_append_val (self->quantity_cumulative, context_cumulative);

      /* The story of the number: each report against the one before it. */
      for (m = 0; m + 1 < sorted->len; m++)
        {
          const PxQuantityMember *x = &g_array_index (sorted, Keyed, m).member;
          const PxQuantityMember *y = &g_array_index (sorted, Keyed, m + 1).member;
          const PxQuantityMember *left = x->a < y->a ? x : y;
          const PxQuantityMember *right = x->a < y->a ? y : x;
          PxLink pair = { left->a, left->i, right->a, right->i, 0 };

          _px_differences_add_figures (self, &pair,
                                       px_figure_list_get (self->articles[left->a].figures, left->figure),
                                       px_figure_list_get (self->articles[right->a].figures, right->figure),
                                       self->differences);
        }
    }
  g_array_append_val (self->quantity_starts, self->quantity_members->len);

  estimate_order (self);
}

/**
 * px_comparison_dup_figure_text:
 * @self: a comparison
 * @a: an article
 * @figure: the index of one of its figures
 * @range: (out) (optional): the bytes of the article's text shown
 *
 * Returns: (transfer full): the figure as a reader quotes it, with its
 *   hedge and counted noun ("more than 45,000 lives")
 */
char *
px_comparison_dup_figure_text (const PxComparison *self,
                               guint               a,
                               guint               figure,
                               PxRange            *range)
{
  const PxFigureList *figures;
  PxRange shown;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (a < self->n_articles, NULL);

  figures = self->articles[a].figures;
  g_return_val_if_fail (figure < px_figure_list_get_length (figures), NULL);

  if (range == NULL)
    range = &shown;

  return _px_figure_display_text (px_article_get_text (self->articles[a].article, NULL),
                                  px_figure_list_get (figures, figure), range);
}

/**
 * px_comparison_get_quantity_value:
 * @self: a comparison
 * @member: one source's figure for a quantity, from
 *   px_comparison_get_quantity()
 *
 * The figure's size in a unit common to the quantity, so that "21 months"
 * and "five years" compare as durations do: both in days.
 *
 * Returns: the comparable value
 */
double
px_comparison_get_quantity_value (const PxComparison     *self,
                                  const PxQuantityMember *member)
{
  const PxQuantityMember *first;

  g_return_val_if_fail (self != NULL, NAN);
  first = (const PxQuantityMember *) (gconstpointer) self->quantity_members->data;
  /* The member is found by its place: a copy of one has none. */
  g_return_val_if_fail (member >= first && member < first + self->quantity_members->len, NAN);

  return value_at (self, member - first);
}

/* 250000 → "250,000"; 6.1 → "6.1" */
static char *
format_number (double value)
{
  g_autofree char *digits = NULL;
  GString *out;
  gsize n, k;

  if (fabs (value) < 1000 || value != floor (value))
    return g_strdup_printf ("%g", value);

  digits = g_strdup_printf ("%.0f", fabs (value));
  out = g_string_new (value < 0 ? "-" : "");
  n = strlen (digits);
  for (k = 0; k < n; k++)
    {
      if (k > 0 && (n - k) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[k]);
    }
  return g_string_free (out, FALSE);
}

/**
 * px_comparison_dup_quantity_spread:
 * @self: a comparison
 * @quantity: a quantity index
 *
 * The lowest and the highest figure the sources give for a quantity:
 * as numbers when they count people or things ("45,000 – 250,000"), as
 * the sources write them when they measure time ("21 months – five
 * year-old").
 *
 * Returns: (transfer full): the spread, or the one value when all agree
 */
char *
px_comparison_dup_quantity_spread (const PxComparison *self,
                                   guint               quantity)
{
  const PxQuantityMember *members, *low = NULL, *high = NULL;
  double low_value = 0, high_value = 0;
  gboolean plain = TRUE;
  guint n, k;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (quantity < px_comparison_get_n_quantities (self), NULL);

  members = px_comparison_get_quantity (self, quantity, &n);
  for (k = 0; k < n; k++)
    {
      guint index = &members[k] - &g_array_index (self->quantity_members, PxQuantityMember, 0);
      double v = value_at (self, index);

      /* Durations keep their words: "21 – 22" would not say months. */
      if (g_array_index (self->quantity_scales, double, index) != 1)
        plain = FALSE;
      if (low == NULL || v < low_value)
        {
          low = &members[k];
          low_value = v;
        }
      if (high == NULL || v > high_value)
        {
          high = &members[k];
          high_value = v;
        }
    }
  if (low == NULL)
    return g_strdup ("");

  if (plain)
    {
      const PxFigure *lf = px_figure_list_get (self->articles[low->a].figures, low->figure);
      const PxFigure *hf = px_figure_list_get (self->articles[high->a].figures, high->figure);
      g_autofree char *lo = format_number (lf->value);
      g_autofree char *hi = format_number (hf->value);

      if (g_str_equal (lo, hi))
        return g_steal_pointer (&lo);
      return g_strdup_printf ("%s – %s", lo, hi);
    }

  {
    g_autofree char *lo = px_comparison_dup_figure_text (self, low->a, low->figure, NULL);
    g_autofree char *hi = px_comparison_dup_figure_text (self, high->a, high->figure, NULL);

    return g_strdup_printf ("%s – %s", lo, hi);
  }
}
