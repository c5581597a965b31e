/* px-time-expr.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-time-expr.h"

#include <string.h>

#include "px-date.h"
#include "px-spans-private.h"

/* Date expressions are matched on a flat list of tokens (words, numbers,
 * commas, stops) with patterns that look a few tokens ahead, so the scan
 * is linear. Resolution follows how news is written: a weekday is the
 * latest such day on or before the article's date, a day without a year
 * the nearest such day that is not far after it. */

#define MAX_WORD 12
/* how far after the article's date a yearless date may fall */
#define FUTURE_DAYS 60

enum {
  TT_WORD,
  TT_NUM,
  TT_COMMA,
  TT_DOT,
  TT_OTHER,
};

typedef struct {
  gsize start;
  gsize end;
  guint8 type;
  guint8 digits;
  guint8 cap;
  guint8 ordinal;
  int value;
  char word[MAX_WORD];   /* lower case; empty when the word is longer */
} TTok;

struct _PxTimeExprList
{
  gatomicrefcount ref_count;
  GArray *exprs;
};

G_DEFINE_BOXED_TYPE (PxTimeExprList, px_time_expr_list, px_time_expr_list_ref,
                     px_time_expr_list_unref)

typedef struct {
  const char *text;
  GArray *toks;
  gboolean have_anchor;
  GDate anchor;
} Matcher;

static void
tokenize (const char *text,
          gsize       len,
          GArray     *toks)
{
  gsize p = 0;

  while (p < len)
    {
      guchar c = text[p];
      TTok t = { 0 };

      if (g_ascii_isspace (c))
        {
          p++;
          continue;
        }
      t.start = p;
      if (g_ascii_isalpha (c))
        {
          gsize n = 0;

          t.type = TT_WORD;
          t.cap = g_ascii_isupper (c);
          while (p < len && (g_ascii_isalpha (text[p]) ||
                             ((text[p] == '\'') && p + 1 < len && g_ascii_isalpha (text[p + 1]))))
            {
              if (n + 1 < MAX_WORD)
                t.word[n] = g_ascii_tolower (text[p]);
              n++;
              p++;
            }
          if (n + 1 >= MAX_WORD)
            t.word[0] = '\0';
          /* A word glued to other letters (non-ASCII) is no date word */
          if (p < len && (guchar) text[p] >= 0x80)
            t.word[0] = '\0';
        }
      else if (g_ascii_isdigit (c))
        {
          t.type = TT_NUM;
          while (p < len && g_ascii_isdigit (text[p]))
            {
              if (t.digits < 9)
                t.value = t.value * 10 + (text[p] - '0');
              if (t.digits < 255)
                t.digits++;
              p++;
            }
          /* 6th, 21st: ordinal suffixes */
          if (p + 1 < len && g_ascii_isalpha (text[p]) && g_ascii_isalpha (text[p + 1]) &&
              (p + 2 >= len || !g_ascii_isalpha (text[p + 2])))
            {
              char a = g_ascii_tolower (text[p]), b = g_ascii_tolower (text[p + 1]);

              if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
                  (a == 't' && b == 'h'))
                {
                  t.ordinal = TRUE;
                  p += 2;
                }
            }
          /* 2012-12-06, 3.5, 1,200: not a plain number */
          if (p < len && (g_ascii_isalnum (text[p]) ||
                          ((text[p] == '.' || text[p] == ',' || text[p] == '-' ||
                            text[p] == '/' || text[p] == ':') &&
                           p + 1 < len && g_ascii_isdigit (text[p + 1]))))
            {
              t.type = TT_OTHER;
              while (p < len && (g_ascii_isalnum (text[p]) || text[p] == '.' ||
                                 text[p] == ',' || text[p] == '-' || text[p] == '/' ||
                                 text[p] == ':') &&
                     !(g_ascii_ispunct (text[p]) && (p + 1 >= len ||
                                                     !g_ascii_isalnum (text[p + 1]))))
                p++;
            }
        }
      else if (c == ',')
        {
          t.type = TT_COMMA;
          p++;
        }
      else if (c == '.')
        {
          t.type = TT_DOT;
          p++;
        }
      else
        {
          t.type = TT_OTHER;
          /* one token for a run of symbols or non-ASCII bytes */
          while (p < len && !g_ascii_isalnum (text[p]) && !g_ascii_isspace (text[p]) &&
                 text[p] != ',' && text[p] != '.')
            p++;
        }
      t.end = p;
      g_array_append_val (toks, t);
    }
}

static const TTok *
tok (Matcher *m,
     guint    i)
{
  if (i >= m->toks->len)
    return NULL;
  return &g_array_index (m->toks, TTok, i);
}

static gboolean
is_word (Matcher    *m,
         guint       i,
         const char *word)
{
  const TTok *t = tok (m, i);

  return t != NULL && t->type == TT_WORD && t->word[0] == word[0] &&
         strcmp (t->word, word) == 0;
}

/* Words that can open or belong to a date expression; every other word is
 * skipped at once. */
static const char * const date_vocabulary[] = {
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "on", "in", "since", "until", "till", "by", "during", "before",
  "after", "from", "through", "last", "next", "this", "past", "earlier", "early", "later",
  "late", "yesterday", "today", "tomorrow", "tonight", "the", "a", "an", "one", "two",
  "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
};

static GHashTable *
load_vocabulary (void)
{
  static gsize table = 0;

  if (g_once_init_enter (&table))
    {
      GHashTable *words = g_hash_table_new (g_str_hash, g_str_equal);
      guint i;

      for (i = 0; i < G_N_ELEMENTS (date_vocabulary); i++)
        g_hash_table_add (words, (gpointer) date_vocabulary[i]);
      g_once_init_leave (&table, (gsize) words);
    }
  return (GHashTable *) table;
}

static gboolean
is_one_of (Matcher            *m,
           guint               i,
           const char * const *words)
{
  guint k;

  for (k = 0; words[k]; k++)
    if (is_word (m, i, words[k]))
      return TRUE;
  return FALSE;
}

/* A month name: capitalised; an abbreviation only with its stop or before a
 * number, "May" only before a number or after a preposition. Returns the
 * month and the tokens it takes (the stop included). */
static int
month_at (Matcher *m,
          guint    i,
          guint   *n_toks,
          gboolean after_prep)
{
  const TTok *t = tok (m, i);
  const TTok *next;
  gsize wlen;
  int month;
  gboolean full;

  if (t == NULL || t->type != TT_WORD || !t->cap || t->word[0] == '\0')
    return 0;
  wlen = strlen (t->word);
  month = px_date_month_from_name (t->word, wlen);
  if (month == 0)
    return 0;
  full = wlen > 4 || strcmp (t->word, "june") == 0 || strcmp (t->word, "july") == 0 ||
         strcmp (t->word, "may") == 0;
  next = tok (m, i + 1);
  if (!full || strcmp (t->word, "sept") == 0)
    {
      if (next && next->type == TT_DOT)
        {
          *n_toks = 2;
          return month;
        }
      if (next && next->type == TT_NUM)
        {
          *n_toks = 1;
          return month;
        }
      return 0;
    }
  if (strcmp (t->word, "may") == 0 && !after_prep && !(next && next->type == TT_NUM))
    return 0;
  *n_toks = 1;
  return month;
}

static int
weekday_at (Matcher *m,
            guint    i)
{
  static const char * const days[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  };
  const TTok *t = tok (m, i);
  guint k;

  if (t == NULL || t->type != TT_WORD || !t->cap)
    return 0;
  for (k = 0; k < G_N_ELEMENTS (days); k++)
    if (strcmp (t->word, days[k]) == 0)
      return k + 1;   /* GDateWeekday: Monday = 1 */
  return 0;
}

static gboolean
is_year (const TTok *t)
{
  return t != NULL && t->type == TT_NUM && t->digits == 4 && !t->ordinal &&
         t->value >= 1000 && t->value <= 2999;
}

static gboolean
is_day (const TTok *t)
{
  return t != NULL && t->type == TT_NUM && t->digits <= 2 && t->value >= 1 && t->value <= 31;
}

static int
number_word (Matcher *m,
             guint    i)
{
  static const char * const words[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
  };
  const TTok *t = tok (m, i);
  guint k;

  if (t == NULL)
    return 0;
  if (t->type == TT_NUM && !t->ordinal && t->digits <= 3)
    return t->value;
  if (t->type != TT_WORD)
    return 0;
  if (strcmp (t->word, "a") == 0 || strcmp (t->word, "an") == 0)
    return 1;
  for (k = 0; k < G_N_ELEMENTS (words); k++)
    if (strcmp (t->word, words[k]) == 0)
      return k + 1;
  return 0;
}

static void
format_day (const GDate *d,
            char         out[11])
{
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (d), g_date_get_month (d),
              g_date_get_day (d));
}

static void
set_days (PxTimeExpr  *e,
          const GDate *first,
          const GDate *last)
{
  e->precision = PX_TIME_PRECISION_DAY;
  format_day (first, e->first);
  format_day (last, e->last);
}

static gboolean
set_month (PxTimeExpr *e,
           int         year,
           int         month)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12)
    return FALSE;
  e->precision = PX_TIME_PRECISION_MONTH;
  g_snprintf (e->first, sizeof e->first, "%04d-%02d-01", year, month);
  g_snprintf (e->last, sizeof e->last, "%04d-%02d-%02d", year, month,
              g_date_get_days_in_month (month, year));
  return TRUE;
}

static gboolean
set_year (PxTimeExpr *e,
          int         year)
{
  if (year < 1 || year > 9999)
    return FALSE;
  e->precision = PX_TIME_PRECISION_YEAR;
  g_snprintf (e->first, sizeof e->first, "%04d-01-01", year);
  g_snprintf (e->last, sizeof e->last, "%04d-12-31", year);
  return TRUE;
}

static gboolean
set_day (PxTimeExpr *e,
         int         year,
         int         month,
         int         day)
{
  GDate d;

  if (year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  set_days (e, &d, &d);
  return TRUE;
}

/* "Dec. 6" without a year: the nearest such day not far after the anchor */
static void
resolve_day_month (Matcher    *m,
                   PxTimeExpr *e,
                   int         month,
                   int         day)
{
  int ay, y, best_year = 0;
  gint64 best = G_MAXINT64;
  guint32 aj;

  if (!m->have_anchor)
    return;
  ay = g_date_get_year (&m->anchor);
  aj = g_date_get_julian (&m->anchor);
  for (y = ay - 1; y <= ay + 1; y++)
    {
      GDate d;
      gint64 diff;

      if (y < 1 || y > 9999 || !g_date_valid_dmy (day, month, y))
        continue;
      g_date_clear (&d, 1);
      g_date_set_dmy (&d, day, month, y);
      diff = (gint64) g_date_get_julian (&d) - aj;
      if (diff > FUTURE_DAYS)
        continue;
      if (ABS (diff) < best)
        {
          best = ABS (diff);
          best_year = y;
        }
    }
  if (best_year)
    set_day (e, best_year, month, day);
}

static void
resolve_month (Matcher    *m,
               PxTimeExpr *e,
               int         month)
{
  int ay, am, y, best_year = 0, best = G_MAXINT;

  if (!m->have_anchor)
    return;
  ay = g_date_get_year (&m->anchor);
  am = g_date_get_month (&m->anchor);
  for (y = ay - 1; y <= ay + 1; y++)
    {
      int diff = (y * 12 + month) - (ay * 12 + am);

      if (diff > 2)
        continue;
      if (ABS (diff) < best)
        {
          best = ABS (diff);
          best_year = y;
        }
    }
  if (best_year)
    set_month (e, best_year, month);
}

static const char * const date_preps[] = {
  "on", "by", "since", "until", "till", "from", "in", "during", "of", "before", "after",
  "early", "late", "mid", "through", "to", "between", "and", "last", "next", "this", NULL,
};

/* Month Day[, Year] | Day Month [Year] | Month [,] Year | prep Month */
static guint
try_date (Matcher    *m,
          guint       i,
          PxTimeExpr *e)
{
  guint j = i, n = 0, start = i;
  int month, weekday_skip = 0;
  gboolean after_prep = i > 0 && is_one_of (m, i - 1, date_preps);
  const TTok *t;

  /* "Friday, Dec. 28": the weekday goes with the date */
  if (weekday_at (m, j))
    {
      j++;
      if (tok (m, j) && tok (m, j)->type == TT_COMMA)
        j++;
      weekday_skip = j - i;
    }

  month = month_at (m, j, &n, after_prep || weekday_skip);
  if (month)
    {
      guint k = j + n;
      const TTok *day = tok (m, k);

      if (is_day (day) && !(tok (m, k + 1) && tok (m, k + 1)->type == TT_NUM &&
                            tok (m, k + 1)->digits <= 2))
        {
          guint end = k;
          const TTok *year;

          k++;
          if (tok (m, k) && tok (m, k)->type == TT_COMMA)
            k++;
          year = tok (m, k);
          e->start = tok (m, start)->start;
          if (is_year (year))
            {
              end = k;
              e->kind = PX_TIME_EXPR_ABSOLUTE;
              if (!set_day (e, year->value, month, day->value))
                return 0;
            }
          else
            {
              e->kind = PX_TIME_EXPR_PARTIAL;
              if (!g_date_valid_dmy (day->value, month, 2000))
                return 0;
              resolve_day_month (m, e, month, day->value);
            }
          e->end = tok (m, end)->end;
          return end - i + 1;
        }
      {
        guint k2 = k;
        const TTok *year;

        if (tok (m, k2) && tok (m, k2)->type == TT_COMMA)
          k2++;
        year = tok (m, k2);
        if (is_year (year))
          {
            e->start = tok (m, weekday_skip ? j : start)->start;
            e->end = year->end;
            e->kind = PX_TIME_EXPR_ABSOLUTE;
            set_month (e, year->value, month);
            return k2 - i + 1;
          }
      }
      if (after_prep && !weekday_skip)
        {
          e->start = tok (m, j)->start;
          e->end = tok (m, j + n - 1)->end;
          if (tok (m, j + n - 1)->type == TT_DOT)
            e->end = tok (m, j)->end;
          e->kind = PX_TIME_EXPR_PARTIAL;
          resolve_month (m, e, month);
          return n;
        }
      return 0;
    }

  /* 6 December [2012], 6th of December */
  t = tok (m, j);
  if (is_day (t))
    {
      guint k = j + 1;

      if (is_word (m, k, "of"))
        k++;
      month = month_at (m, k, &n, TRUE);
      if (month)
        {
          const TTok *year;
          guint end = k + n - 1;

          k += n;
          if (tok (m, k) && tok (m, k)->type == TT_COMMA)
            k++;
          year = tok (m, k);
          e->start = tok (m, start)->start;
          if (tok (m, end)->type == TT_DOT)
            end--;
          if (is_year (year))
            {
              end = k;
              e->kind = PX_TIME_EXPR_ABSOLUTE;
              if (!set_day (e, year->value, month, t->value))
                return 0;
            }
          else
            {
              e->kind = PX_TIME_EXPR_PARTIAL;
              if (!g_date_valid_dmy (t->value, month, 2000))
                return 0;
              resolve_day_month (m, e, month, t->value);
            }
          e->end = tok (m, end)->end;
          return end - i + 1;
        }
    }
  return 0;
}

static void
anchor_offset (Matcher *m,
               int      days,
               GDate   *out)
{
  *out = m->anchor;
  if (days > 0)
    g_date_add_days (out, days);
  else if (days < 0)
    g_date_subtract_days (out, -days);
}

/* [on|last|next|this|this past|past] Weekday [night|morning|afternoon|evening] */
static guint
try_weekday (Matcher    *m,
             guint       i,
             PxTimeExpr *e)
{
  static const char * const parts[] = { "night", "morning", "afternoon", "evening", NULL };
  guint j = i;
  int wd, mode = 0;   /* 0 on or before, -1 last, +1 next, 2 this (same week) */

  if (is_word (m, j, "on"))
    j++;
  else if (is_word (m, j, "last") || is_word (m, j, "past"))
    {
      mode = -1;
      j++;
    }
  else if (is_word (m, j, "next"))
    {
      mode = 1;
      j++;
    }
  else if (is_word (m, j, "this"))
    {
      j++;
      if (is_word (m, j, "past"))
        {
          mode = -1;
          j++;
        }
      else
        mode = 2;
    }
  if (j > i && !weekday_at (m, j))
    j = i, mode = 0;
  wd = weekday_at (m, j);
  if (!wd)
    return 0;
  /* "on Friday, Sept. 4, 2015": the date that follows says more */
  {
    PxTimeExpr dated = { 0 };

    if (try_date (m, j, &dated))
      return 0;
  }
  e->start = tok (m, i)->start;
  e->end = tok (m, j)->end;
  if (is_one_of (m, j + 1, parts))
    {
      j++;
      e->end = tok (m, j)->end;
    }
  e->kind = PX_TIME_EXPR_WEEKDAY;
  if (m->have_anchor)
    {
      GDate d;
      int aw = g_date_get_weekday (&m->anchor);
      int back = (aw - wd + 7) % 7;

      switch (mode)
        {
        case -1:
          anchor_offset (m, back == 0 ? -7 : -back, &d);
          break;
        case 1:
          anchor_offset (m, back == 0 ? 7 : 7 - back, &d);
          break;
        case 2:
          anchor_offset (m, wd - aw, &d);
          break;
        default:
          anchor_offset (m, -back, &d);
        }
      set_days (e, &d, &d);
    }
  return j - i + 1;
}

static gboolean
set_week (Matcher    *m,
          PxTimeExpr *e,
          int         weeks,
          int         from_dow,
          int         to_dow)
{
  GDate first, last;
  int aw = g_date_get_weekday (&m->anchor);

  anchor_offset (m, 7 * weeks - (aw - 1) + (from_dow - 1), &first);
  anchor_offset (m, 7 * weeks - (aw - 1) + (to_dow - 1), &last);
  set_days (e, &first, &last);
  return TRUE;
}

/* yesterday, last month, earlier this week, two weeks ago, last September */
static guint
try_relative (Matcher    *m,
              guint       i,
              PxTimeExpr *e)
{
  static const char * const units[] = {
    "day", "days", "week", "weeks", "month", "months", "year", "years", NULL,
  };
  guint j = i;
  int shift = 0, part = 0;   /* part: -1 earlier, +1 later */
  gboolean have_shift = FALSE;
  GDate d;

  e->kind = PX_TIME_EXPR_RELATIVE;
  e->start = tok (m, i)->start;

  if (is_word (m, i, "yesterday") || is_word (m, i, "today") || is_word (m, i, "tomorrow") ||
      is_word (m, i, "tonight"))
    {
      int days = is_word (m, i, "yesterday") ? -1 : is_word (m, i, "tomorrow") ? 1 : 0;

      e->end = tok (m, i)->end;
      if (m->have_anchor)
        {
          anchor_offset (m, days, &d);
          set_days (e, &d, &d);
        }
      return 1;
    }
  if (is_word (m, i, "the") && is_word (m, i + 1, "day") &&
      (is_word (m, i + 2, "before") || is_word (m, i + 2, "after")) &&
      (is_word (m, i + 3, "yesterday") || is_word (m, i + 3, "tomorrow")))
    {
      e->end = tok (m, i + 3)->end;
      if (m->have_anchor)
        {
          anchor_offset (m, is_word (m, i + 2, "before") ? -2 : 2, &d);
          set_days (e, &d, &d);
        }
      return 4;
    }
  if (is_word (m, i, "last") && is_word (m, i + 1, "night"))
    {
      e->end = tok (m, i + 1)->end;
      if (m->have_anchor)
        {
          anchor_offset (m, -1, &d);
          set_days (e, &d, &d);
        }
      return 2;
    }

  /* two weeks ago */
  {
    int count = number_word (m, i);

    if (count > 0 && count <= 100 && is_one_of (m, i + 1, units) && is_word (m, i + 2, "ago"))
      {
        const char *unit = tok (m, i + 1)->word;

        e->end = tok (m, i + 2)->end;
        if (m->have_anchor)
          {
            int ay = g_date_get_year (&m->anchor), am = g_date_get_month (&m->anchor);

            if (unit[0] == 'd' || unit[0] == 'w')
              {
                anchor_offset (m, -(unit[0] == 'd' ? 1 : 7) * count, &d);
                set_days (e, &d, &d);
              }
            else if (unit[0] == 'm')
              {
                int idx = ay * 12 + (am - 1) - count;

                set_month (e, idx / 12, idx % 12 + 1);
              }
            else
              set_year (e, ay - count);
          }
        return 3;
      }
  }

  if (is_word (m, j, "earlier") || is_word (m, j, "early"))
    {
      part = -1;
      j++;
    }
  else if (is_word (m, j, "later") || is_word (m, j, "late"))
    {
      part = 1;
      j++;
    }
  if (is_word (m, j, "this") || is_word (m, j, "last") || is_word (m, j, "next") ||
      is_word (m, j, "past"))
    {
      shift = is_word (m, j, "last") ? -1 : is_word (m, j, "next") ? 1 : 0;
      /* "the past week" is the last seven days; "this past week" the last week */
      if (is_word (m, j, "this") && is_word (m, j + 1, "past"))
        {
          shift = -1;
          j++;
        }
      have_shift = TRUE;
      j++;
    }
  if (!have_shift)
    return 0;

  /* last September */
  {
    guint n = 0;
    int month = month_at (m, j, &n, TRUE);

    if (month && part == 0)
      {
        e->end = tok (m, j)->end;
        if (m->have_anchor)
          {
            int ay = g_date_get_year (&m->anchor), am = g_date_get_month (&m->anchor);
            int year = ay;

            if (shift < 0)
              year = month < am ? ay : ay - 1;
            else if (shift > 0)
              year = month > am ? ay : ay + 1;
            set_month (e, year, month);
          }
        return j - i + 1;
      }
  }

  if (is_word (m, j, "week") || is_word (m, j, "weekend"))
    {
      gboolean weekend = is_word (m, j, "weekend");

      e->end = tok (m, j)->end;
      if (m->have_anchor)
        {
          int aw = g_date_get_weekday (&m->anchor);

          if (weekend)
            set_week (m, e, shift, 6, 7);
          else if (part < 0 && shift == 0)
            {
              set_week (m, e, 0, 1, 1);
              format_day (&m->anchor, e->last);
            }
          else if (part > 0 && shift == 0)
            {
              set_week (m, e, 0, aw, 7);
              format_day (&m->anchor, e->first);
            }
          else
            set_week (m, e, shift, 1, 7);
        }
      return j - i + 1;
    }
  if (is_word (m, j, "month") || is_word (m, j, "year"))
    {
      gboolean month = is_word (m, j, "month");

      e->end = tok (m, j)->end;
      if (m->have_anchor)
        {
          int ay = g_date_get_year (&m->anchor), am = g_date_get_month (&m->anchor);

          if (month)
            {
              int idx = ay * 12 + (am - 1) + shift;

              set_month (e, idx / 12, idx % 12 + 1);
            }
          else
            set_year (e, ay + shift);
          /* earlier this month: up to the article's date */
          if (part < 0 && shift == 0)
            format_day (&m->anchor, e->last);
          else if (part > 0 && shift == 0)
            format_day (&m->anchor, e->first);
        }
      return j - i + 1;
    }
  return 0;
}

/* in 2012, since 2011, in early 2015 */
static guint
try_year (Matcher    *m,
          guint       i,
          PxTimeExpr *e)
{
  static const char * const preps[] = {
    "in", "since", "until", "till", "by", "during", "before", "after", "from", "through", NULL,
  };
  static const char * const parts[] = { "early", "late", "mid", NULL };
  guint j = i;
  const TTok *y;

  if (!is_one_of (m, j, preps))
    return 0;
  j++;
  if (is_one_of (m, j, parts))
    j++;
  y = tok (m, j);
  if (!is_year (y) || y->value < 1800 || y->value > 2200)
    return 0;
  /* "in 2012 elections" is fine; "in 2012-13" was never tokenised as a number */
  e->start = y->start;
  e->end = y->end;
  e->kind = PX_TIME_EXPR_ABSOLUTE;
  set_year (e, y->value);
  return j - i + 1;
}

/**
 * px_time_expr_find:
 * @text: UTF-8 text
 * @len: bytes of @text, or -1 if nul-terminated
 * @anchor: (nullable): the article's date, in any form px_date_normalize()
 *   reads, to resolve relative expressions against
 *
 * Finds date expressions: "December 6, 2012", "Dec. 6", "6 December",
 * "on Friday", "Monday night", "yesterday", "last month", "earlier this
 * month", "this week", "two weeks ago", "in 2012". Weekdays resolve to the
 * latest such day on or before the anchor; a day without a year to the
 * nearest such day not far after it. Without an anchor only expressions
 * with a year are resolved.
 *
 * Returns: (transfer full): the expressions in text order
 */
PxTimeExprList *
px_time_expr_find (const char *text,
                   gssize      len,
                   const char *anchor)
{
  PxTimeExprList *list;
  Matcher m = { 0 };
  g_autofree char *norm = NULL;
  GHashTable *vocabulary;
  guint i;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (len < 0)
    len = strlen (text);

  list = g_new0 (PxTimeExprList, 1);
  g_atomic_ref_count_init (&list->ref_count);
  list->exprs = g_array_new (FALSE, FALSE, sizeof (PxTimeExpr));

  norm = anchor ? px_date_normalize (anchor) : NULL;
  g_date_clear (&m.anchor, 1);
  if (norm != NULL)
    {
      int y = (int) g_ascii_strtoll (norm, NULL, 10);
      int mo = (int) g_ascii_strtoll (norm + 5, NULL, 10);
      int d = (int) g_ascii_strtoll (norm + 8, NULL, 10);

      if (g_date_valid_dmy (d, mo, y))
        {
          g_date_set_dmy (&m.anchor, d, mo, y);
          m.have_anchor = TRUE;
        }
    }

  m.text = text;
  m.toks = g_array_new (FALSE, FALSE, sizeof (TTok));
  tokenize (text, len, m.toks);

  vocabulary = load_vocabulary ();
  for (i = 0; i < m.toks->len; )
    {
      PxTimeExpr e = { 0 };
      guint used;
      const TTok *t = tok (&m, i);

      if (!(t->type == TT_NUM ||
            (t->type == TT_WORD && t->word[0] != '\0' &&
             g_hash_table_contains (vocabulary, t->word))))
        {
          i++;
          continue;
        }
      if ((used = try_date (&m, i, &e)) == 0)
        {
          memset (&e, 0, sizeof e);
          if ((used = try_relative (&m, i, &e)) == 0)
            {
              memset (&e, 0, sizeof e);
              if ((used = try_weekday (&m, i, &e)) == 0)
                {
                  memset (&e, 0, sizeof e);
                  used = try_year (&m, i, &e);
                }
            }
        }
      if (used == 0)
        {
          i++;
          continue;
        }
      g_array_append_val (list->exprs, e);
      i += used;
    }

  g_array_unref (m.toks);
  return list;
}

PxTimeExprList *
px_time_expr_list_ref (PxTimeExprList *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
px_time_expr_list_unref (PxTimeExprList *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_array_unref (self->exprs);
      g_free (self);
    }
}

/**
 * px_time_expr_list_get_n:
 * @self: a #PxTimeExprList
 *
 * Returns: the number of expressions
 */
guint
px_time_expr_list_get_n (const PxTimeExprList *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->exprs->len;
}

/**
 * px_time_expr_list_get:
 * @self: a #PxTimeExprList
 * @i: index of an expression
 *
 * Returns: (transfer none): the @i-th expression in text order
 */
const PxTimeExpr *
px_time_expr_list_get (const PxTimeExprList *self,
                       guint                 i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->exprs->len, NULL);

  return &g_array_index (self->exprs, PxTimeExpr, i);
}

/**
 * px_time_expr_list_find_range:
 * @self: a #PxTimeExprList
 * @start: first byte of a span of the text, such as a sentence
 * @end: one past its last byte
 * @first: (out): index of the first expression inside the span
 *
 * Finds the expressions that lie wholly inside a span, by binary search.
 *
 * Returns: how many expressions, from @first on, lie inside the span
 */
guint
px_time_expr_list_find_range (const PxTimeExprList *self,
                              gsize                 start,
                              gsize                 end,
                              guint                *first)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (first != NULL, 0);

  return _px_spans_find_range (self->exprs->data, self->exprs->len, sizeof (PxTimeExpr),
                               G_STRUCT_OFFSET (PxTimeExpr, start), G_STRUCT_OFFSET (PxTimeExpr, end),
                               start, end, first);
}

/* "scheduled for December 15, 2013": a date in the future of the article */
static gboolean
announces_future (const char *text,
                  gsize       start)
{
  static const char * const cues[] = {
    "schedul", "will ", "due ", "set for", "planned", "plans ", "until ", "expected",
    "upcoming", "next ", "deadline", "by ",
  };
  gsize from = start > 40 ? start - 40 : 0;
  g_autofree char *before = g_ascii_strdown (text + from, start - from);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cues); i++)
    if (strstr (before, cues[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* The latest full date (day and year) in a text that is not announced as
 * coming */
static char *
latest_full_date (const char *text,
                  gsize       len)
{
  g_autoptr(PxTimeExprList) list = px_time_expr_find (text, len, NULL);
  const char *best = NULL;
  guint i;

  for (i = 0; i < list->exprs->len; i++)
    {
      const PxTimeExpr *e = &g_array_index (list->exprs, PxTimeExpr, i);

      if (e->kind == PX_TIME_EXPR_ABSOLUTE && e->precision == PX_TIME_PRECISION_DAY &&
          (best == NULL || strcmp (e->first, best) > 0) && !announces_future (text, e->start))
        best = e->first;
    }
  return g_strdup (best);
}

/* The first day and month without a year in @text ("BEIJING, Oct. 24") */
static gboolean
partial_day (const char *text,
             gsize       len,
             int        *month,
             int        *day)
{
  g_autoptr(PxTimeExprList) list = px_time_expr_find (text, len, "2000-06-30");
  guint i;

  for (i = 0; i < list->exprs->len; i++)
    {
      const PxTimeExpr *e = &g_array_index (list->exprs, PxTimeExpr, i);

      if (e->kind == PX_TIME_EXPR_PARTIAL && e->precision == PX_TIME_PRECISION_DAY)
        {
          *month = (int) g_ascii_strtoll (e->first + 5, NULL, 10);
          *day = (int) g_ascii_strtoll (e->first + 8, NULL, 10);
          return TRUE;
        }
    }
  return FALSE;
}

/* A first line that opens with a place in capitals: "BEIJING, Oct. 24 --" */
static gsize
dateline_len (const char *text,
              gsize       len)
{
  gsize n = 0;

  if (len < 2 || !g_ascii_isupper (text[0]) || !g_ascii_isupper (text[1]))
    return 0;
  while (n < len && n < 80 && text[n] != '\n')
    n++;
  return n;
}

/**
 * px_time_expr_estimate_article_date:
 * @text: the article's text
 * @len: bytes of @text
 * @dateline: (nullable): the article's dateline, if known
 *
 * Guesses when an article was written when its file does not say: a full
 * date in the dateline ("BEIJING, Oct. 24, 2015"), else the latest full
 * date in the first paragraphs that is not announced as coming ("scheduled
 * for ..."). A dateline with a day but no year ("BEIJING, Oct. 24") takes
 * its year from the latest full date of the text: the first such day from
 * a month before that date on.
 *
 * Returns: (transfer full) (nullable): the date as YYYY-MM-DD, or %NULL
 */
char *
px_time_expr_estimate_article_date (const char *text,
                                    gsize       len,
                                    const char *dateline)
{
  g_autofree char *found = NULL;
  gsize budget, line;
  int month = 0, day = 0;
  gboolean partial = FALSE;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (text == NULL)
    text = "";

  if (dateline != NULL)
    {
      char *date = px_date_normalize (dateline);

      if (date != NULL)
        return date;
      partial = partial_day (dateline, strlen (dateline), &month, &day);
    }
  line = dateline_len (text, len);
  if (!partial && line > 0)
    partial = partial_day (text, line, &month, &day);

  /* the first paragraphs: about five, or 3,000 bytes */
  {
    guint paragraphs = 0;

    for (budget = 0; budget < len && budget < 3000; budget++)
      if (text[budget] == '\n' && budget + 1 < len && text[budget + 1] == '\n' &&
          ++paragraphs >= 5)
        break;
  }
  found = latest_full_date (text, budget);
  /* Only a dateline's day may take its year from further down */
  if (found == NULL && partial && budget < len)
    found = latest_full_date (text, len);
  if (found == NULL || !partial)
    return g_steal_pointer (&found);

  {
    GDate anchor, d;
    int y, year;

    year = (int) g_ascii_strtoll (found, NULL, 10);
    g_date_clear (&anchor, 1);
    g_date_clear (&d, 1);
    g_date_set_dmy (&anchor, (int) g_ascii_strtoll (found + 8, NULL, 10),
                    (int) g_ascii_strtoll (found + 5, NULL, 10), year);
    g_date_subtract_days (&anchor, 31);
    for (y = year - 1; y <= year + 1; y++)
      {
        if (!g_date_valid_dmy (day, month, y))
          continue;
        g_date_set_dmy (&d, day, month, y);
        if (g_date_compare (&d, &anchor) >= 0)
          return g_strdup_printf ("%04d-%02d-%02d", y, month, day);
      }
    return g_steal_pointer (&found);
  }
}

/**
 * px_time_precision_to_string:
 * @precision: a #PxTimePrecision
 *
 * Returns: "day", "month", "year" or "none"
 */
const char *
px_time_precision_to_string (PxTimePrecision precision)
{
  switch (precision)
    {
    case PX_TIME_PRECISION_DAY:
      return "day";
    case PX_TIME_PRECISION_MONTH:
      return "month";
    case PX_TIME_PRECISION_YEAR:
      return "year";
    case PX_TIME_PRECISION_NONE:
    default:
      return "none";
    }
}
