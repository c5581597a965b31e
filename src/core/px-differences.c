/* px-differences.c — how two linked sentences disagree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-comparison-private.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "px-date.h"
#include "px-stopwords.h"
#include "px-tokens.h"

typedef struct {
  const char *text;       /* the article's text */
  PxRange range;          /* the sentence */
  const char *label;
  const char *date;
} Side;

/* "28 Dec 2012" in the reader's language, or NULL */
static char *
short_date (const char *iso)
{
  g_autoptr(GDateTime) dt = px_date_to_date_time (iso);

  if (dt == NULL)
    return NULL;

  /* Translators: a report's date in a difference note, as in "28 Dec 2012"; see strftime */
  return g_date_time_format (dt, _("%-d %b %Y"));
}

static char *
describe_side (const Side *side)
{
  g_autofree char *date = short_date (side->date);

  if (date != NULL)
    return g_strdup_printf ("%s, %s", side->label, date);

  return g_strdup (side->label);
}

/* "45,000 in Agence X, 28 Dec 2012; 60,000 in Wire Y, 9 Jan 2013" */
static char *
make_note (PxDifferenceKind  kind,
           const Side       *a,
           const char       *left,
           const Side       *b,
           const char       *right)
{
  g_autofree char *da = describe_side (a);
  g_autofree char *db = describe_side (b);
  g_autofree char *l = px_difference_dup_side_text (kind, left);
  g_autofree char *r = px_difference_dup_side_text (kind, right);

  /* Translators: "<what one source says> in <source, date>; <what another says> in <source, date>" */
  return g_strdup_printf (_("%s in %s; %s in %s"), l, da, r, db);
}

static char *
slice (const char *text,
       PxRange     r)
{
  return g_strndup (text + r.start, r.end - r.start);
}

static void
add_difference (GArray           *out,
                PxDifferenceKind  kind,
                const PxLink     *link,
                const Side       *a,
                PxRange           left,
                const char       *left_text,
                const Side       *b,
                PxRange           right,
                const char       *right_text)
{
  PxDifference d;
  guint k;

  /* Several links can join the same two sentences' spans: say it once.
   * Differences of links come in article-pair order, so only this pair's
   * are looked at, from the end; the later passes over quantities and
   * names (links of score 0, a few) look at all. */
  for (k = out->len; k > 0; k--)
    {
      const PxDifference *o = &g_array_index (out, PxDifference, k - 1);

      if (link->score > 0 && (o->a != link->a || o->b != link->b))
        break;
      if (o->a != link->a || o->b != link->b)
        continue;
      if (o->kind == kind &&
          o->left.start == left.start && o->left.end == left.end &&
          o->right.start == right.start && o->right.end == right.end)
        return;
    }

  d.kind = kind;
  d.a = link->a;
  d.i = link->i;
  d.b = link->b;
  d.j = link->j;
  d.left = left;
  d.right = right;
  d.left_text = g_strdup (left_text ? left_text : "");
  d.right_text = g_strdup (right_text ? right_text : "");
  d.note = make_note (kind, a, left_text, b, right_text);
  g_array_append_val (out, d);
}

/* ---- Figures ---------------------------------------------------------- */

typedef struct {
  const PxFigure *figure;
  char *unit;              /* normalised: "people", "day", "$"… or NULL */
  double scale;            /* to compare durations in days */
  gboolean used;
} SideFigure;

static const char * const people_words[] = {
  "people", "person", "persons", "life", "lives", "dead", "death", "deaths", "killed", "victim",
  "victims", "fatality", "fatalities", "body", "bodies", "casualties", "casualty", "individuals",
};

static const struct {
  const char *word;
  double days;
} duration_units[] = {
  { "second", 1.0 / 86400 }, { "minute", 1.0 / 1440 }, { "hour", 1.0 / 24 }, { "day", 1 },
  { "week", 7 }, { "month", 30.44 }, { "year", 365.25 }, { "decade", 3652.5 },
};

/**
 * _px_figure_unit_class:
 * @f: a figure
 * @scale: (out): the factor to days for durations, else 1
 *
 * What a figure counts, normalised so that "lives", "people" and "dead"
 * compare equal and "22-month" and "five years" are both durations.
 *
 * Returns: (transfer full) (nullable): the unit class
 */
char *
_px_figure_unit_class (const PxFigure *f,
                       double         *scale)
{
  g_autofree char *lower = NULL;
  gsize n;
  guint k;

  *scale = 1;
  if (f->unit == NULL)
    return NULL;

  lower = g_utf8_casefold (f->unit, -1);
  for (k = 0; k < G_N_ELEMENTS (people_words); k++)
    if (g_str_equal (lower, people_words[k]))
      return g_strdup ("people");

  n = strlen (lower);
  if (f->kind == PX_FIGURE_KIND_DURATION || f->kind == PX_FIGURE_KIND_AGE)
    for (k = 0; k < G_N_ELEMENTS (duration_units); k++)
      if (g_str_has_prefix (lower, duration_units[k].word))
        {
          *scale = duration_units[k].days;
          return g_strdup ("duration");
        }

  /* Plain plurals: "civilians" and "civilian" count the same thing. */
  if (n > 3 && lower[n - 1] == 's' && lower[n - 2] != 's')
    lower[n - 1] = '\0';

  return g_steal_pointer (&lower);
}

static gboolean
countable (const PxFigure *f)
{
  return f->kind != PX_FIGURE_KIND_ORDINAL && f->kind != PX_FIGURE_KIND_DATE;
}

static GArray *
figures_in (const PxFigureList *list,
            PxRange             range)
{
  GArray *out = g_array_new (FALSE, TRUE, sizeof (SideFigure));
  guint k, n = list ? px_figure_list_get_length (list) : 0;
  guint first = 0;

  if (list != NULL)
    px_figure_list_find_range (list, range.start, range.end, &first);
  for (k = first; k < n; k++)
    {
      const PxFigure *f = px_figure_list_get (list, k);
      SideFigure sf = { 0 };

      if (f->start >= range.end)
        break;
      if (f->end > range.end || !countable (f))
        continue;
      sf.figure = f;
      sf.unit = _px_figure_unit_class (f, &sf.scale);
      g_array_append_val (out, sf);
    }

  return out;
}

static void
free_side_figures (GArray *figures)
{
  guint k;

  for (k = 0; k < figures->len; k++)
    g_free (g_array_index (figures, SideFigure, k).unit);
  g_array_unref (figures);
}

static gboolean
same_quantity_kind (const SideFigure *x,
                    const SideFigure *y)
{
  gboolean durations = (x->figure->kind == PX_FIGURE_KIND_DURATION ||
                        x->figure->kind == PX_FIGURE_KIND_AGE) &&
                       (y->figure->kind == PX_FIGURE_KIND_DURATION ||
                        y->figure->kind == PX_FIGURE_KIND_AGE);

  /* "22-month old conflict" (an age) and "21 months" (a duration) are one
   * length of time. */
  if (!durations && x->figure->kind != y->figure->kind)
    return FALSE;
  if (x->unit == NULL || y->unit == NULL)
    return x->unit == y->unit;

  return g_str_equal (x->unit, y->unit);
}

static gboolean
same_value (const SideFigure *x,
            const SideFigure *y)
{
  double vx = x->figure->value * x->scale;
  double vy = y->figure->value * y->scale;
  double mx = isnan (x->figure->value_max) ? vx : x->figure->value_max * x->scale;
  double my = isnan (y->figure->value_max) ? vy : y->figure->value_max * y->scale;

  return fabs (vx - vy) <= 1e-9 * MAX (fabs (vx), 1) && fabs (mx - my) <= 1e-9 * MAX (fabs (mx), 1);
}

/* The figure as a reader would quote it: its span and the counted noun
 * right after it ("more than 45,000" + "lives"). */
/**
 * _px_figure_display_text:
 * @text: the article's text
 * @f: one of its figures
 * @range: (out): the bytes shown
 *
 * Returns: (transfer full): the figure as a reader quotes it, with its
 *   hedge and counted noun: "more than 45,000 lives", "about 300 homes"
 */
char *
_px_figure_display_text (const char     *text,
                         const PxFigure *f,
                         PxRange        *range)
{
  gsize end = f->end;

  if (f->unit != NULL && g_ascii_isalpha (f->unit[0]))
    {
      gsize ulen = strlen (f->unit);
      gsize p = end;

      while (text[p] == ' ')
        p++;
      if (g_ascii_strncasecmp (text + p, f->unit, ulen) == 0 && !g_ascii_isalnum (text[p + ulen]))
        end = p + ulen;
    }

  range->start = f->start;
  range->end = end;

  /* A hedge the figure's span leaves out ("about 300", "an estimated 900")
   * is what a hedge difference is about: show it. */
  if (f->qualifier != PX_FIGURE_QUALIFIER_EXACT && f->qualifier != PX_FIGURE_QUALIFIER_RANGE)
    {
      static const char * const hedge_words[] = {
        "about", "around", "roughly", "approximately", "some", "nearly", "almost", "estimated",
        "an", "over", "under", "up", "to", "at", "least", "most", "more", "less", "fewer", "than",
      };
      gsize start = f->start;
      guint taken = 0;

      while (taken < 3)
        {
          gsize p = start, word_end;
          gboolean known = FALSE;
          guint k;

          while (p > 0 && text[p - 1] == ' ')
            p--;
          word_end = p;
          while (p > 0 && g_ascii_isalpha (text[p - 1]))
            p--;
          if (p == word_end)
            break;
          for (k = 0; k < G_N_ELEMENTS (hedge_words); k++)
            if (strlen (hedge_words[k]) == word_end - p &&
                g_ascii_strncasecmp (text + p, hedge_words[k], word_end - p) == 0)
              known = TRUE;
          if (!known)
            break;
          start = p;
          taken++;
        }
      range->start = start;
    }

  return g_strndup (text + range->start, range->end - range->start);
}

static void
compare_figures (PxComparison *self,
                 const PxLink *link,
                 const Side   *a,
                 const Side   *b,
                 GArray       *out)
{
  GArray *fa = figures_in (self->articles[link->a].figures, a->range);
  GArray *fb = figures_in (self->articles[link->b].figures, b->range);
  guint x, y;

  /* First the pairs that agree, so they do not pair with something else. */
  for (x = 0; x < fa->len; x++)
    for (y = 0; y < fb->len; y++)
      {
        SideFigure *p = &g_array_index (fa, SideFigure, x);
        SideFigure *q = &g_array_index (fb, SideFigure, y);

        if (!p->used && !q->used && same_quantity_kind (p, q) && same_value (p, q))
          {
            p->used = q->used = TRUE;
            if (p->figure->qualifier != q->figure->qualifier)
              {
                PxRange lr, rr;
                g_autofree char *lt = _px_figure_display_text (a->text, p->figure, &lr);
                g_autofree char *rt = _px_figure_display_text (b->text, q->figure, &rr);

                add_difference (out, PX_DIFFERENCE_HEDGE, link, a, lr, lt, b, rr, rt);
              }
          }
      }

  for (x = 0; x < fa->len; x++)
    for (y = 0; y < fb->len; y++)
      {
        SideFigure *p = &g_array_index (fa, SideFigure, x);
        SideFigure *q = &g_array_index (fb, SideFigure, y);

        if (!p->used && !q->used && same_quantity_kind (p, q))
          {
            PxRange lr, rr;
            g_autofree char *lt = _px_figure_display_text (a->text, p->figure, &lr);
            g_autofree char *rt = _px_figure_display_text (b->text, q->figure, &rr);

            p->used = q->used = TRUE;
            add_difference (out, PX_DIFFERENCE_FIGURE, link, a, lr, lt, b, rr, rt);
          }
      }

  free_side_figures (fa);
  free_side_figures (fb);
}

/* ---- Cue words: hedges and negations ------------------------------------ */

typedef struct {
  const char *const *words;
  guint n_words;
} CueList;

static const char * const hedge_words[] = {
  "reportedly", "allegedly", "apparently", "possibly", "probably", "perhaps", "purportedly",
  "unconfirmed", "suspected", "presumably", "supposedly", "may", "might", "could",
};

static const char * const negation_words[] = {
  "not", "no", "never", "neither", "nor", "none", "nobody", "nothing", "without", "denied",
  "denies", "deny", "denying", "refused", "refuses", "rejected", "rejects", "cannot",
};

static gboolean
is_negation_token (const char *word,
                   gsize       len)
{
  /* "didn't", "won’t" */
  return (len > 3 && strncmp (word + len - 3, "n't", 3) == 0) ||
         (len > 5 && strncmp (word + len - 5, "n\xe2\x80\x99t", 5) == 0);
}

/* The first cue of the list in the sentence, as a range; FALSE if none. */
static gboolean
find_cue (const Side    *side,
          const CueList *cues,
          gboolean       negation,
          PxRange       *found)
{
  PxTokenIter iter;
  PxToken t;
  const char *s = side->text + side->range.start;
  g_autoptr(GString) folded = g_string_new (NULL);

  px_token_iter_init (&iter, s, side->range.end - side->range.start);
  while (px_token_iter_next (&iter, &t))
    {
      guint k;

      g_string_truncate (folded, 0);
      px_token_casefold (s + t.start, t.end - t.start, folded);

      if (negation && is_negation_token (folded->str, folded->len))
        goto hit;
      for (k = 0; k < cues->n_words; k++)
        if (g_str_equal (folded->str, cues->words[k]))
          goto hit;
      continue;

    hit:
      found->start = side->range.start + t.start;
      found->end = side->range.start + t.end;
      return TRUE;
    }

  return FALSE;
}

static void
compare_cues (const PxLink     *link,
              const Side       *a,
              const Side       *b,
              const CueList    *cues,
              gboolean          negation,
              PxDifferenceKind  kind,
              GArray           *out)
{
  PxRange ra = { a->range.start, a->range.start };
  PxRange rb = { b->range.start, b->range.start };
  gboolean in_a = find_cue (a, cues, negation, &ra);
  gboolean in_b = find_cue (b, cues, negation, &rb);
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;

  if (in_a == in_b)
    return;

  ta = in_a ? slice (a->text, ra) : NULL;
  tb = in_b ? slice (b->text, rb) : NULL;
  add_difference (out, kind, link, a, ra, ta, b, rb, tb);
}

/* ---- Attribution -------------------------------------------------------- */

static const char * const report_verbs[] = {
  "said", "says", "told", "reported", "reports", "announced", "quoted", "cited", "confirmed",
  "stated", "claimed", "added", "wrote", "tweeted",
};

static gboolean
is_report_verb (const char *word,
                gsize       len)
{
  guint k;

  for (k = 0; k < G_N_ELEMENTS (report_verbs); k++)
    if (strlen (report_verbs[k]) == len && strncmp (word, report_verbs[k], len) == 0)
      return TRUE;

  return FALSE;
}

/* Are two tokens parts of one name: only spaces between them? */
static gboolean
adjacent (const char    *s,
          const PxToken *x,
          const PxToken *y)
{
  gsize p;

  for (p = x->end; p < y->start; p++)
    if (s[p] != ' ')
      return FALSE;

  return TRUE;
}

/*
 * The named source a sentence cites: "according to Tass", "Interfax
 * reported", "told Reuters", "the Syrian Observatory for Human Rights
 * said". Only capitalised sources count: "he said" names nobody.
 */
static gboolean
find_attribution (const Side *side,
                  PxRange    *found)
{
  const char *s = side->text + side->range.start;
  gsize len = side->range.end - side->range.start;
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (PxToken));
  g_autoptr(GString) word = g_string_new (NULL);
  PxTokenIter iter;
  PxToken t;
  guint k;

  px_token_iter_init (&iter, s, len);
  while (px_token_iter_next (&iter, &t))
    g_array_append_val (tokens, t);

  for (k = 0; k < tokens->len; k++)
    {
      const PxToken *tk = &g_array_index (tokens, PxToken, k);
      guint first = 0, last = 0;
      gboolean have = FALSE;

      g_string_truncate (word, 0);
      px_token_casefold (s + tk->start, tk->end - tk->start, word);

      if (g_str_equal (word->str, "according") && k + 2 < tokens->len)
        {
          /* according to [the] X Y Z */
          guint m = k + 2;

          if (m < tokens->len && !(g_array_index (tokens, PxToken, m).flags & PX_TOKEN_CAPITALIZED))
            m++;
          first = m;
          while (m < tokens->len && (g_array_index (tokens, PxToken, m).flags & PX_TOKEN_CAPITALIZED) &&
                 (m == first || adjacent (s, &g_array_index (tokens, PxToken, m - 1),
                                          &g_array_index (tokens, PxToken, m))))
            last = m++;
          have = first < tokens->len && last >= first &&
                 (g_array_index (tokens, PxToken, first).flags & PX_TOKEN_CAPITALIZED);
        }
      else if (is_report_verb (word->str, word->len))
        {
          guint m;

          guint name_end = k;

          /* "the Interfax agency reported": up to two plain words may
           * stand between the name and the verb. */
          while (name_end > 1 && k - name_end < 2 &&
                 !(g_array_index (tokens, PxToken, name_end - 1).flags & PX_TOKEN_CAPITALIZED) &&
                 (g_array_index (tokens, PxToken, name_end - 2).flags & PX_TOKEN_CAPITALIZED))
            name_end--;

          /* X said: the capitalised words just before the verb */
          if (name_end > 0 && (g_array_index (tokens, PxToken, name_end - 1).flags & PX_TOKEN_CAPITALIZED) &&
              name_end - 1 > 0)
            {
              last = k - 1;
              m = name_end - 1;
              while (m > 0 && (g_array_index (tokens, PxToken, m - 1).flags & PX_TOKEN_CAPITALIZED) &&
                     adjacent (s, &g_array_index (tokens, PxToken, m - 1),
                               &g_array_index (tokens, PxToken, m)))
                m--;
              /* A capitalised first word is the sentence's, not the name's. */
              if (m == 0 && m < last && !(g_array_index (tokens, PxToken, 0).flags & PX_TOKEN_ALL_CAPS))
                {
                  g_autoptr(GString) w0 = g_string_new (NULL);

                  px_token_casefold (s + g_array_index (tokens, PxToken, 0).start,
                                     g_array_index (tokens, PxToken, 0).end - g_array_index (tokens, PxToken, 0).start, w0);
                  if (px_stopwords_contains ("en", w0->str, w0->len))
                    m = 1;
                }
              first = m;
              have = TRUE;
            }
          /* told X: the capitalised words after "told" */
          else if (g_str_equal (word->str, "told") && k + 1 < tokens->len)
            {
              m = k + 1;
              if (!(g_array_index (tokens, PxToken, m).flags & PX_TOKEN_CAPITALIZED) && m + 1 < tokens->len)
                m++;
              first = m;
              while (m < tokens->len && (g_array_index (tokens, PxToken, m).flags & PX_TOKEN_CAPITALIZED) &&
                     (m == first || adjacent (s, &g_array_index (tokens, PxToken, m - 1),
                                              &g_array_index (tokens, PxToken, m))))
                last = m++;
              have = last >= first && (g_array_index (tokens, PxToken, first).flags & PX_TOKEN_CAPITALIZED);
            }
        }

      if (have)
        {
          found->start = side->range.start + g_array_index (tokens, PxToken, first).start;
          found->end = side->range.start + g_array_index (tokens, PxToken, last).end;
          return TRUE;
        }
    }

  return FALSE;
}

/* Does the sentence attribute what it says to anyone ("according to",
 * "said", "told")? */
static gboolean
has_report_cue (const Side *side)
{
  const char *s = side->text + side->range.start;
  g_autoptr(GString) word = g_string_new (NULL);
  PxTokenIter iter;
  PxToken t;

  px_token_iter_init (&iter, s, side->range.end - side->range.start);
  while (px_token_iter_next (&iter, &t))
    {
      g_string_truncate (word, 0);
      px_token_casefold (s + t.start, t.end - t.start, word);
      if (g_str_equal (word->str, "according") || is_report_verb (word->str, word->len))
        return TRUE;
    }

  return FALSE;
}

/* Does the sentence mention the words of the source anywhere (then it is
 * the same voice, told differently)? */
static gboolean
mentions (const Side *side,
          const char *source)
{
  g_autofree char *hay = g_utf8_casefold (side->text + side->range.start,
                                          side->range.end - side->range.start);
  g_autofree char *needle = g_utf8_casefold (source, -1);
  g_auto(GStrv) words = g_strsplit (needle, " ", -1);
  guint k;

  for (k = 0; words[k] != NULL; k++)
    if (strlen (words[k]) > 3 && strstr (hay, words[k]) != NULL)
      return TRUE;

  return FALSE;
}

static void
compare_attributions (const PxLink *link,
                      const Side   *a,
                      const Side   *b,
                      GArray       *out)
{
  PxRange ra = { a->range.start, a->range.start };
  PxRange rb = { b->range.start, b->range.start };
  gboolean in_a = find_attribution (a, &ra);
  gboolean in_b = find_attribution (b, &rb);
  g_autofree char *ta = in_a ? slice (a->text, ra) : NULL;
  g_autofree char *tb = in_b ? slice (b->text, rb) : NULL;

  if (!in_a && !in_b)
    return;
  if (in_a && mentions (b, ta))
    return;
  if (in_b && mentions (a, tb))
    return;
  /* "the port authority said" names a source too, if not a capitalised
   * one: only a sentence that cites nobody at all is "nothing". */
  if ((!in_a && has_report_cue (a)) || (!in_b && has_report_cue (b)))
    return;

  add_difference (out, PX_DIFFERENCE_ATTRIBUTION, link, a, ra, ta, b, rb, tb);
}

/* ---- Quotes ------------------------------------------------------------- */

static gboolean
find_quote (const Side *side,
            PxRange    *found)
{
  const char *s = side->text + side->range.start;
  const char *end = side->text + side->range.end;
  const char *open = NULL;
  const char *p;

  for (p = s; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (open == NULL && (c == 0x201C || c == '"'))
        open = g_utf8_next_char (p);
      else if (open != NULL && (c == 0x201D || c == '"'))
        {
          /* Three words or more make a quote, not a scare-quoted term. */
          guint spaces = 0;
          const char *q;

          for (q = open; q < p; q++)
            spaces += *q == ' ';
          if (spaces >= 2)
            {
              found->start = open - side->text;
              found->end = p - side->text;
              return TRUE;
            }
          open = NULL;
        }
    }

  return FALSE;
}

static double
word_overlap (const char *x,
              const char *y)
{
  g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) w = g_string_new (NULL);
  PxTokenIter iter;
  PxToken t;
  guint nx = 0, ny = 0, both = 0;

  px_token_iter_init (&iter, x, -1);
  while (px_token_iter_next (&iter, &t))
    {
      g_string_truncate (w, 0);
      px_token_casefold (x + t.start, t.end - t.start, w);
      if (g_hash_table_add (set, g_strdup (w->str)))
        nx++;
    }
  px_token_iter_init (&iter, y, -1);
  while (px_token_iter_next (&iter, &t))
    {
      g_string_truncate (w, 0);
      px_token_casefold (y + t.start, t.end - t.start, w);
      ny++;
      if (g_hash_table_remove (set, w->str))
        both++;
    }

  return nx + ny - both > 0 ? (double) both / (nx + ny - both) : 1.0;
}

static void
compare_quotes (const PxLink *link,
                const Side   *a,
                const Side   *b,
                GArray       *out)
{
  PxRange ra, rb;
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;
  double overlap;

  if (!find_quote (a, &ra) || !find_quote (b, &rb))
    return;

  ta = slice (a->text, ra);
  tb = slice (b->text, rb);
  overlap = word_overlap (ta, tb);
  /* The same quote worded differently; an unrelated quote is no variant. */
  if (overlap < 0.9 && overlap >= 0.2)
    add_difference (out, PX_DIFFERENCE_QUOTE, link, a, ra, ta, b, rb, tb);
}

/* ---- Dates -------------------------------------------------------------- */

static const PxFigure *
first_date_in (const PxFigureList *list,
               PxRange             range)
{
  guint k, n = list ? px_figure_list_get_length (list) : 0;
  guint first = 0;

  if (list != NULL)
    px_figure_list_find_range (list, range.start, range.end, &first);
  for (k = first; k < n; k++)
    {
      const PxFigure *f = px_figure_list_get (list, k);

      if (f->start >= range.end)
        break;
      if (f->kind == PX_FIGURE_KIND_DATE && f->end <= range.end)
        return f;
    }

  return NULL;
}

static void
compare_years (PxComparison *self,
               const PxLink *link,
               const Side   *a,
               const Side   *b,
               GArray       *out)
{
  const PxFigureList *la = self->articles[link->a].figures;
  const PxFigureList *lb = self->articles[link->b].figures;
  const PxFigure *ya = first_date_in (la, a->range);
  const PxFigure *yb = first_date_in (lb, b->range);

  if (ya != NULL && yb != NULL && ya->value != yb->value)
    {
      PxRange ra = { ya->start, ya->end };
      PxRange rb = { yb->start, yb->end };
      g_autofree char *ta = slice (a->text, ra);
      g_autofree char *tb = slice (b->text, rb);

      add_difference (out, PX_DIFFERENCE_DATE, link, a, ra, ta, b, rb, tb);
    }
}

static void
init_side (PxComparison *self,
           guint         a,
           guint         i,
           Side         *side)
{
  PxComparedArticle *ca = &self->articles[a];

  side->text = px_article_get_text (ca->article, NULL);
  side->range = g_array_index (ca->sentences, PxRange, i);
  side->label = ca->label;
  side->date = px_article_get_date (ca->article);
}

/**
 * _px_differences_add_figures:
 * @self: a comparison being built
 * @link: the two sentences (not necessarily linked) holding the figures
 * @fa: a figure of article @link->a
 * @fb: a figure of article @link->b counting the same thing
 * @out: (element-type PxDifference): where to add the difference
 *
 * Adds a figure difference when the values differ, a hedge difference
 * when only the qualifiers do, nothing when they agree.
 */
void
_px_differences_add_figures (PxComparison   *self,
                             const PxLink   *link,
                             const PxFigure *fa,
                             const PxFigure *fb,
                             GArray         *out)
{
  SideFigure p = { fa, NULL, 1, FALSE };
  SideFigure q = { fb, NULL, 1, FALSE };
  PxRange lr, rr;
  g_autofree char *lt = NULL;
  g_autofree char *rt = NULL;
  Side a, b;

  /* only the scales are needed to compare the values */
  g_free (_px_figure_unit_class (fa, &p.scale));
  g_free (_px_figure_unit_class (fb, &q.scale));
  init_side (self, link->a, link->i, &a);
  init_side (self, link->b, link->j, &b);
  lt = _px_figure_display_text (a.text, fa, &lr);
  rt = _px_figure_display_text (b.text, fb, &rr);

  if (!same_value (&p, &q))
    add_difference (out, PX_DIFFERENCE_FIGURE, link, &a, lr, lt, &b, rr, rt);
  else if (fa->qualifier != fb->qualifier)
    add_difference (out, PX_DIFFERENCE_HEDGE, link, &a, lr, lt, &b, rr, rt);
}

/* ---- Names -------------------------------------------------------------- */

/* A variant spelling worth showing: not the same letters, and not a
 * surname standing for the full name. */
static gboolean
is_variant (PxNameRelation relation,
            const PxName  *x,
            const PxName  *y)
{
  g_autofree char *fx = NULL;
  g_autofree char *fy = NULL;

  if (relation == PX_NAME_RELATION_NONE || relation == PX_NAME_RELATION_SAME ||
      relation == PX_NAME_RELATION_SHORT_FORM)
    return FALSE;

  fx = g_utf8_casefold (x->surface, -1);
  fy = g_utf8_casefold (y->surface, -1);

  return !g_str_equal (fx, fy);
}

static void
add_name_difference (PxComparison *self,
                     const PxLink *link,
                     const PxName *x,
                     const PxName *y,
                     GArray       *out)
{
  PxRange rx = { x->start, x->end };
  PxRange ry = { y->start, y->end };
  Side a, b;

  init_side (self, link->a, link->i, &a);
  init_side (self, link->b, link->j, &b);
  add_difference (out, PX_DIFFERENCE_NAME, link, &a, rx, x->surface, &b, ry, y->surface);
}

static void
compare_names (PxComparison *self,
               const PxLink *link,
               const Side   *a,
               const Side   *b,
               GArray       *out)
{
  const PxNameList *la = self->articles[link->a].names;
  const PxNameList *lb = self->articles[link->b].names;
  guint fa, fb, na, nb, x, y;

  na = px_name_list_find_range (la, a->range.start, a->range.end, &fa);
  nb = px_name_list_find_range (lb, b->range.start, b->range.end, &fb);

  for (x = fa; x < fa + na; x++)
    for (y = fb; y < fb + nb; y++)
      {
        const PxName *nx = px_name_list_get (la, x);
        const PxName *ny = px_name_list_get (lb, y);
        PxNameRelation relation;

        if (!px_name_index_same_entity (self->name_index, link->a, x, link->b, y))
          continue;
        relation = px_name_index_get_relation (self->name_index, link->a, x, link->b, y);
        if (is_variant (relation, nx, ny))
          add_name_difference (self, link, nx, ny, out);
      }
}

/* The sentence holding @byte, or -1 (between sentences). */
static int
sentence_of (PxComparison *self,
             guint         a,
             gsize         byte)
{
  GArray *sentences = self->articles[a].sentences;
  guint lo = 0, hi = sentences->len;

  /* the first sentence that ends past @byte */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (sentences, PxRange, mid).end > byte)
        hi = mid;
      else
        lo = mid + 1;
    }
  if (lo < sentences->len && g_array_index (sentences, PxRange, lo).start <= byte)
    return (int) lo;

  return -1;
}

/* The first mention in article @a of entity @e spelled as @spelling. */
static int
find_mention (PxComparison *self,
              guint         a,
              guint         e,
              const char   *spelling)
{
  const PxNameList *names = self->articles[a].names;
  guint k, n = px_name_list_get_n_names (names);

  for (k = 0; k < n; k++)
    if (px_name_index_get_entity (self->name_index, a, k) == (int) e &&
        g_str_equal (px_name_list_get (names, k)->surface, spelling))
      return k;

  return -1;
}

/**
 * _px_names_collect_differences:
 * @self: a comparison being built
 *
 * Sources spell one name differently wherever they mention it, not only
 * in sentences that link: "Sergei" in one report, "Sergey" in another.
 * Adds one name difference for each entity and pair of articles whose
 * spellings differ.
 */
void
_px_names_collect_differences (PxComparison *self)
{
  g_autofree int *mention = g_new (int, MAX (self->n_articles, 1));
  g_autofree int *sentence = g_new (int, MAX (self->n_articles, 1));
  guint e, a, b;

  for (e = 0; e < px_name_index_get_n_entities (self->name_index); e++)
    {
      /* Each article's first mention in its own spelling, and its sentence. */
      for (a = 0; a < self->n_articles; a++)
        {
          const char *spelling = px_name_index_get_spelling (self->name_index, e, a);

          mention[a] = spelling ? find_mention (self, a, e, spelling) : -1;
          sentence[a] = mention[a] >= 0
                        ? sentence_of (self, a, px_name_list_get (self->articles[a].names,
                                                                  mention[a])->start)
                        : -1;
        }

      for (a = 0; a < self->n_articles; a++)
        for (b = a + 1; b < self->n_articles && mention[a] >= 0; b++)
          {
            const PxName *x, *y;
            PxLink pair;

            if (mention[b] < 0)
              continue;
            x = px_name_list_get (self->articles[a].names, mention[a]);
            y = px_name_list_get (self->articles[b].names, mention[b]);
            if (!is_variant (px_names_relate (x, y), x, y) || sentence[a] < 0 || sentence[b] < 0)
              continue;

            pair = (PxLink) { a, sentence[a], b, sentence[b], 0 };
            add_name_difference (self, &pair, x, y, self->differences);
          }
    }
}

/**
 * _px_differences_find:
 * @self: a comparison being built
 * @link: two linked sentences
 * @out: (element-type PxDifference): where to add what differs
 *
 * Looks for each kind of difference between the two sentences of @link.
 */
void
_px_differences_find (PxComparison *self,
                      const PxLink *link,
                      GArray       *out)
{
  static const CueList hedges = { hedge_words, G_N_ELEMENTS (hedge_words) };
  static const CueList negations = { negation_words, G_N_ELEMENTS (negation_words) };
  Side a, b;

  init_side (self, link->a, link->i, &a);
  init_side (self, link->b, link->j, &b);

  compare_figures (self, link, &a, &b, out);
  compare_names (self, link, &a, &b, out);
  compare_years (self, link, &a, &b, out);
  compare_cues (link, &a, &b, &hedges, FALSE, PX_DIFFERENCE_HEDGE, out);
  compare_cues (link, &a, &b, &negations, TRUE, PX_DIFFERENCE_NEGATION, out);
  compare_attributions (link, &a, &b, out);
  compare_quotes (link, &a, &b, out);
}
