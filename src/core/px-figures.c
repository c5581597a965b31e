/* px-figures.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-figures.h"

#include <math.h>
#include <string.h>

#include "px-date.h"
#include "px-spans-private.h"

/*
 * One left-to-right pass. Most bytes are skipped after a table look-up;
 * a word is looked up only when it could start a number. Around each
 * number the scanner then looks a few words left (sign, currency, hedge)
 * and right (multiplier, unit, range partner), so the cost is linear in
 * the text with a small constant per number. Every loop either advances
 * or stops, and a number phrase is capped at MAX_TOKENS words.
 *
 * What counts as a figure is a news reader's choice: identifiers (route 66,
 * MH17, phone numbers, IP addresses, dates written 5/17/2018, times) are
 * skipped; a year alone is a date; an amount keeps its currency or unit in
 * its span ("$3bn", "29 km", "40%"), while a counted noun ("people") or a
 * duration's unit ("six years") is reported beside it. Comparisons ("more
 * than", "up to") join the span of a number without a unit; hedges
 * ("about", "some") only set the qualifier.
 */

struct _PxFigureList
{
  gatomicrefcount ref_count;
  PxFigure *figures;
  guint n_figures;
  GStringChunk *strings;
};

G_DEFINE_BOXED_TYPE (PxFigureList, px_figure_list, px_figure_list_ref, px_figure_list_unref)

#define MAX_TOKENS 48
#define MAX_WORD 24

/* ---------------------------------------------------------------------- */
/* Characters */

static inline gboolean
is_digit (guchar c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
is_alpha (guchar c)
{
  return (guchar) ((c | 0x20) - 'a') < 26;
}

static inline gboolean
is_alnum (guchar c)
{
  return is_alpha (c) || is_digit (c);
}

/* Letters of any script count as word characters. */
static inline gboolean
is_wordc (guchar c)
{
  return is_alnum (c) || c >= 0x80;
}

typedef struct {
  const char *t;
  gsize len;
} Text;

static inline guchar
at (const Text *x,
    gsize       i)
{
  return i < x->len ? (guchar) x->t[i] : 0;
}

static inline guchar
before (const Text *x,
        gsize       i)
{
  return i > 0 && i <= x->len ? (guchar) x->t[i - 1] : 0;
}

/* Horizontal space (ASCII, no-break and narrow no-break); returns its
 * byte length at @i or 0. */
static gsize
hspace_len (const Text *x,
            gsize       i)
{
  guchar c = at (x, i);

  if (c == ' ' || c == '\t')
    return 1;
  if (c == 0xC2 && at (x, i + 1) == 0xA0)
    return 2;
  if (c == 0xE2 && at (x, i + 1) == 0x80 && (at (x, i + 2) == 0xAF || at (x, i + 2) == 0x89))
    return 3;
  return 0;
}

/* Spaces and at most one line break. */
static gsize
skip_space (const Text *x,
            gsize       i)
{
  gboolean newline = FALSE;

  for (;;)
    {
      gsize n = hspace_len (x, i);
      guchar c;

      if (n > 0)
        {
          i += n;
          continue;
        }
      c = at (x, i);
      if ((c == '\n' || c == '\r') && !newline)
        {
          newline = TRUE;
          i++;
          if (c == '\r' && at (x, i) == '\n')
            i++;
          continue;
        }
      return i;
    }
}

/* Backwards: the first non-space byte before @i (returns its index + 1). */
static gsize
skip_space_back (const Text *x,
                 gsize       i)
{
  while (i > 0)
    {
      guchar c = x->t[i - 1];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        i--;
      else if (i >= 2 && c == 0xA0 && (guchar) x->t[i - 2] == 0xC2)
        i -= 2;
      else if (i >= 3 && (c == 0xAF || c == 0x89) && (guchar) x->t[i - 2] == 0x80 &&
               (guchar) x->t[i - 3] == 0xE2)
        i -= 3;
      else
        break;
    }
  return i;
}

/* A dash between numbers or word parts: '-', en dash, em dash, minus sign. */
static gsize
dash_len (const Text *x,
          gsize       i)
{
  guchar c = at (x, i);

  if (c == '-')
    return 1;
  if (c == 0xE2 && ((at (x, i + 1) == 0x80 && (at (x, i + 2) == 0x93 || at (x, i + 2) == 0x94)) ||
                    (at (x, i + 1) == 0x88 && at (x, i + 2) == 0x92)))
    return 3;
  return 0;
}

/* Lower-cased ASCII word at @i into @buf; returns its end, or @i when no
 * ASCII word starts there (or it is too long to be interesting). */
static gsize
read_word (const Text *x,
           gsize       i,
           char       *buf)
{
  gsize j = i;
  gsize n = 0;

  while (j < x->len && is_alpha (x->t[j]))
    {
      if (n < MAX_WORD - 1)
        buf[n] = x->t[j] | 0x20;
      n++;
      j++;
    }
  if (n == 0 || n >= MAX_WORD - 1 ||
      (j < x->len && ((guchar) x->t[j] >= 0x80 || is_digit (x->t[j]))))
    {
      buf[0] = '\0';
      return n == 0 ? i : j;
    }
  buf[n] = '\0';
  return j;
}

/* The word ending at @end (exclusive), lower-cased; returns its start or
 * @end when there is none. */
static gsize
read_word_back (const Text *x,
                gsize       end,
                char       *buf)
{
  gsize s = end;
  gsize i;

  while (s > 0 && is_alpha (x->t[s - 1]) && end - s < MAX_WORD - 2)
    s--;
  if (s == end || (s > 0 && is_wordc (x->t[s - 1])))
    {
      buf[0] = '\0';
      return end;
    }
  for (i = s; i < end; i++)
    buf[i - s] = x->t[i] | 0x20;
  buf[end - s] = '\0';
  return s;
}

/* The previous word before @pos, skipping spaces; @start gets its start. */
static gboolean
prev_word (const Text *x,
           gsize       pos,
           char       *buf,
           gsize      *start)
{
  gsize e = skip_space_back (x, pos);
  gsize s = read_word_back (x, e, buf);

  *start = s;
  return s < e;
}

static gboolean
next_word (const Text *x,
           gsize       pos,
           char       *buf,
           gsize      *start,
           gsize      *end)
{
  gsize s = skip_space (x, pos);
  gsize e = read_word (x, s, buf);

  *start = s;
  *end = e;
  return e > s && buf[0] != '\0';
}

static gboolean
word_in (const char         *word,
         const char * const *list)
{
  for (; *list != NULL; list++)
    if (word[0] == (*list)[0] && strcmp (word, *list) == 0)
      return TRUE;
  return FALSE;
}

/* Long word lists are looked up in a table built once. */
typedef struct _Slot Slot;
typedef struct {
  const char * const *words;
  Slot *table;
} WordSet;

static void            table_insert (Slot          *table,
                                     const char    *word,
                                     gconstpointer  entry);
static gconstpointer   table_lookup (const Slot    *table,
                                     const char    *word);
static Slot           *table_new    (void);

static gboolean
word_in_set (const char *word,
             WordSet    *ws)
{
  if (g_once_init_enter (&ws->table))
    {
      Slot *table = table_new ();
      const char * const *w;

      for (w = ws->words; *w != NULL; w++)
        table_insert (table, *w, *w);
      g_once_init_leave (&ws->table, table);
    }
  return word[0] != '\0' && table_lookup (ws->table, word) != NULL;
}

/* ---------------------------------------------------------------------- */
/* Number words */

typedef enum {
  C_NONE,
  C_DIG,
  C_UNIT,         /* zero … nine */
  C_TEEN,         /* ten … nineteen */
  C_TENS,         /* twenty … ninety */
  C_HUNDRED,
  C_SCALE,        /* thousand, million, lakh, crore… */
  C_DOZEN,
  C_ORD,          /* first, fifths, hundredth… */
  C_HALF,
  C_QUARTER,
  C_ARTICLE,
  C_AND,
  C_POINT,
  C_OF,
  C_ABBR,         /* k, bn, mln: only right after digits */
} Class;

enum {
  F_PLURAL = 1 << 0,
  F_ZERO = 1 << 1,
};

typedef struct {
  const char *word;
  guint8 cls;
  guint8 flags;
  double value;
} Lex;

static const Lex lexicon[] = {
  { "zero", C_UNIT, F_ZERO, 0 }, { "nought", C_UNIT, F_ZERO, 0 }, { "naught", C_UNIT, F_ZERO, 0 },
  { "one", C_UNIT, 0, 1 }, { "two", C_UNIT, 0, 2 }, { "three", C_UNIT, 0, 3 },
  { "four", C_UNIT, 0, 4 }, { "five", C_UNIT, 0, 5 }, { "six", C_UNIT, 0, 6 },
  { "seven", C_UNIT, 0, 7 }, { "eight", C_UNIT, 0, 8 }, { "nine", C_UNIT, 0, 9 },
  { "ten", C_TEEN, 0, 10 }, { "eleven", C_TEEN, 0, 11 }, { "twelve", C_TEEN, 0, 12 },
  { "thirteen", C_TEEN, 0, 13 }, { "fourteen", C_TEEN, 0, 14 }, { "fifteen", C_TEEN, 0, 15 },
  { "sixteen", C_TEEN, 0, 16 }, { "seventeen", C_TEEN, 0, 17 }, { "eighteen", C_TEEN, 0, 18 },
  { "nineteen", C_TEEN, 0, 19 },
  { "twenty", C_TENS, 0, 20 }, { "thirty", C_TENS, 0, 30 }, { "forty", C_TENS, 0, 40 },
  { "fourty", C_TENS, 0, 40 }, { "fifty", C_TENS, 0, 50 }, { "sixty", C_TENS, 0, 60 },
  { "seventy", C_TENS, 0, 70 }, { "eighty", C_TENS, 0, 80 }, { "ninety", C_TENS, 0, 90 },
  { "hundred", C_HUNDRED, 0, 100 }, { "hundreds", C_HUNDRED, F_PLURAL, 100 },
  { "thousand", C_SCALE, 0, 1e3 }, { "thousands", C_SCALE, F_PLURAL, 1e3 },
  { "million", C_SCALE, 0, 1e6 }, { "millions", C_SCALE, F_PLURAL, 1e6 },
  { "billion", C_SCALE, 0, 1e9 }, { "billions", C_SCALE, F_PLURAL, 1e9 },
  { "trillion", C_SCALE, 0, 1e12 }, { "trillions", C_SCALE, F_PLURAL, 1e12 },
  { "lakh", C_SCALE, 0, 1e5 }, { "lakhs", C_SCALE, 0, 1e5 },
  { "crore", C_SCALE, 0, 1e7 }, { "crores", C_SCALE, 0, 1e7 },
  { "dozen", C_DOZEN, 0, 12 }, { "dozens", C_DOZEN, F_PLURAL, 12 },
  { "dz", C_DOZEN, 0, 12 }, { "dzs", C_DOZEN, F_PLURAL, 12 },
  { "doz", C_DOZEN, 0, 12 }, { "dozs", C_DOZEN, F_PLURAL, 12 },
  { "first", C_ORD, 0, 1 }, { "second", C_ORD, 0, 2 }, { "third", C_ORD, 0, 3 },
  { "fourth", C_ORD, 0, 4 }, { "fifth", C_ORD, 0, 5 }, { "sixth", C_ORD, 0, 6 },
  { "seventh", C_ORD, 0, 7 }, { "eighth", C_ORD, 0, 8 }, { "ninth", C_ORD, 0, 9 },
  { "nineth", C_ORD, 0, 9 }, { "tenth", C_ORD, 0, 10 }, { "eleventh", C_ORD, 0, 11 },
  { "twelfth", C_ORD, 0, 12 }, { "thirteenth", C_ORD, 0, 13 }, { "fourteenth", C_ORD, 0, 14 },
  { "fifteenth", C_ORD, 0, 15 }, { "sixteenth", C_ORD, 0, 16 }, { "seventeenth", C_ORD, 0, 17 },
  { "eighteenth", C_ORD, 0, 18 }, { "nineteenth", C_ORD, 0, 19 }, { "twentieth", C_ORD, 0, 20 },
  { "thirtieth", C_ORD, 0, 30 }, { "fortieth", C_ORD, 0, 40 }, { "fiftieth", C_ORD, 0, 50 },
  { "sixtieth", C_ORD, 0, 60 }, { "seventieth", C_ORD, 0, 70 }, { "eightieth", C_ORD, 0, 80 },
  { "ninetieth", C_ORD, 0, 90 }, { "hundredth", C_ORD, 0, 100 }, { "thousandth", C_ORD, 0, 1e3 },
  { "millionth", C_ORD, 0, 1e6 }, { "billionth", C_ORD, 0, 1e9 }, { "trillionth", C_ORD, 0, 1e12 },
  { "firsts", C_ORD, F_PLURAL, 1 }, { "seconds", C_ORD, F_PLURAL, 2 }, { "thirds", C_ORD, F_PLURAL, 3 },
  { "fourths", C_ORD, F_PLURAL, 4 }, { "fifths", C_ORD, F_PLURAL, 5 }, { "sixths", C_ORD, F_PLURAL, 6 },
  { "sevenths", C_ORD, F_PLURAL, 7 }, { "eighths", C_ORD, F_PLURAL, 8 },
  { "ninths", C_ORD, F_PLURAL, 9 }, { "tenths", C_ORD, F_PLURAL, 10 },
  { "elevenths", C_ORD, F_PLURAL, 11 }, { "twelfths", C_ORD, F_PLURAL, 12 },
  { "twentieths", C_ORD, F_PLURAL, 20 }, { "thirtieths", C_ORD, F_PLURAL, 30 },
  { "hundredths", C_ORD, F_PLURAL, 100 }, { "thousandths", C_ORD, F_PLURAL, 1e3 },
  { "millionths", C_ORD, F_PLURAL, 1e6 }, { "billionths", C_ORD, F_PLURAL, 1e9 },
  { "trillionths", C_ORD, F_PLURAL, 1e12 },
  { "half", C_HALF, 0, 0.5 }, { "halves", C_HALF, F_PLURAL, 0.5 },
  { "quarter", C_QUARTER, 0, 0.25 }, { "quarters", C_QUARTER, F_PLURAL, 0.25 },
  { "a", C_ARTICLE, 0, 1 }, { "an", C_ARTICLE, 0, 1 },
  { "and", C_AND, 0, 0 }, { "point", C_POINT, 0, 0 }, { "of", C_OF, 0, 0 },
  { "k", C_ABBR, 0, 1e3 }, { "bn", C_ABBR, 0, 1e9 }, { "bln", C_ABBR, 0, 1e9 },
  { "mn", C_ABBR, 0, 1e6 }, { "mln", C_ABBR, 0, 1e6 }, { "mil", C_ABBR, 0, 1e6 },
  { "tn", C_ABBR, 0, 1e12 }, { "tln", C_ABBR, 0, 1e12 }, { "trn", C_ABBR, 0, 1e12 },
  { "mm", C_ABBR, 0, 1e6 },
};

/* ---------------------------------------------------------------------- */
/* Units */

typedef enum {
  U_MONEY,
  U_MEASURE,
  U_TIME,
  U_PERCENT,
} UnitKind;

enum {
  UF_ATTACHED = 1 << 0,   /* may follow the digits directly ("29km") */
  UF_SPACED = 1 << 1,     /* may follow after a space ("29 km") */
  UF_CASE = 1 << 2,       /* matched case-sensitively */
  UF_AMBIG = 1 << 3,      /* "pounds": money with a scale word, else weight */
  UF_MILLION = 1 << 4,    /* MUSD: millions of dollars */
};

typedef struct {
  const char *word;
  guint8 kind;
  guint8 flags;
  const char *unit;
} UnitLex;

#define AS (UF_ATTACHED | UF_SPACED)

static const UnitLex unit_lexicon[] = {
  /* money */
  { "dollar", U_MONEY, UF_SPACED, "$" }, { "dollars", U_MONEY, UF_SPACED, "$" },
  { "cent", U_MONEY, UF_SPACED, "cent" }, { "cents", U_MONEY, UF_SPACED, "cent" },
  { "euro", U_MONEY, UF_SPACED, "EUR" }, { "euros", U_MONEY, UF_SPACED, "EUR" },
  { "pound", U_MONEY, UF_SPACED | UF_AMBIG, "GBP" }, { "pounds", U_MONEY, UF_SPACED | UF_AMBIG, "GBP" },
  { "pence", U_MONEY, UF_SPACED, "penny" }, { "penny", U_MONEY, UF_SPACED, "penny" },
  { "pennies", U_MONEY, UF_SPACED, "penny" }, { "p", U_MONEY, UF_ATTACHED | UF_CASE, "penny" },
  { "yen", U_MONEY, UF_SPACED, "JPY" }, { "yuan", U_MONEY, UF_SPACED, "CNY" },
  { "renminbi", U_MONEY, UF_SPACED, "CNY" }, { "rmb", U_MONEY, AS, "CNY" },
  { "franc", U_MONEY, UF_SPACED, "franc" }, { "francs", U_MONEY, UF_SPACED, "franc" },
  { "markka", U_MONEY, UF_SPACED, "FIM" }, { "markkaa", U_MONEY, UF_SPACED, "FIM" },
  { "peseta", U_MONEY, UF_SPACED, "ESP" }, { "pesetas", U_MONEY, UF_SPACED, "ESP" },
  { "guilder", U_MONEY, UF_SPACED, "NLG" }, { "guilders", U_MONEY, UF_SPACED, "NLG" },
  { "rupee", U_MONEY, UF_SPACED, "rupee" }, { "rupees", U_MONEY, UF_SPACED, "rupee" },
  { "lira", U_MONEY, UF_SPACED, "lira" }, { "lire", U_MONEY, UF_SPACED, "lira" },
  { "bitcoin", U_MONEY, UF_SPACED, "BTC" }, { "bitcoins", U_MONEY, UF_SPACED, "BTC" },
  { "satoshi", U_MONEY, UF_SPACED, "satoshi" }, { "satoshis", U_MONEY, UF_SPACED, "satoshi" },
  { "ruble", U_MONEY, UF_SPACED, "RUB" }, { "rubles", U_MONEY, UF_SPACED, "RUB" },
  { "rouble", U_MONEY, UF_SPACED, "RUB" }, { "roubles", U_MONEY, UF_SPACED, "RUB" },
  { "peso", U_MONEY, UF_SPACED, "peso" }, { "pesos", U_MONEY, UF_SPACED, "peso" },
  { "rand", U_MONEY, UF_SPACED, "ZAR" }, { "shekel", U_MONEY, UF_SPACED, "ILS" },
  { "shekels", U_MONEY, UF_SPACED, "ILS" }, { "dinar", U_MONEY, UF_SPACED, "dinar" },
  { "dinars", U_MONEY, UF_SPACED, "dinar" }, { "dirham", U_MONEY, UF_SPACED, "dirham" },
  { "dirhams", U_MONEY, UF_SPACED, "dirham" }, { "riyal", U_MONEY, UF_SPACED, "riyal" },
  { "riyals", U_MONEY, UF_SPACED, "riyal" }, { "baht", U_MONEY, UF_SPACED, "THB" },
  { "ringgit", U_MONEY, UF_SPACED, "MYR" }, { "naira", U_MONEY, UF_SPACED, "NGN" },
  { "zloty", U_MONEY, UF_SPACED, "PLN" }, { "zlotys", U_MONEY, UF_SPACED, "PLN" },
  { "krona", U_MONEY, UF_SPACED, "krona" }, { "kronor", U_MONEY, UF_SPACED, "krona" },
  { "krone", U_MONEY, UF_SPACED, "krone" }, { "kroner", U_MONEY, UF_SPACED, "krone" },
  { "forint", U_MONEY, UF_SPACED, "HUF" }, { "hryvnia", U_MONEY, UF_SPACED, "UAH" },
  { "hryvnias", U_MONEY, UF_SPACED, "UAH" }, { "shilling", U_MONEY, UF_SPACED, "shilling" },
  { "shillings", U_MONEY, UF_SPACED, "shilling" }, { "drachma", U_MONEY, UF_SPACED, "drachma" },
  { "drachmas", U_MONEY, UF_SPACED, "drachma" }, { "taka", U_MONEY, UF_SPACED, "BDT" },
  { "usd", U_MONEY, AS, "USD" }, { "eur", U_MONEY, AS, "EUR" }, { "gbp", U_MONEY, AS, "GBP" },
  { "jpy", U_MONEY, AS, "JPY" }, { "cny", U_MONEY, AS, "CNY" }, { "chf", U_MONEY, AS, "CHF" },
  { "cad", U_MONEY, AS, "CAD" }, { "aud", U_MONEY, AS, "AUD" }, { "nzd", U_MONEY, AS, "NZD" },
  { "hkd", U_MONEY, AS, "HKD" }, { "inr", U_MONEY, AS, "INR" }, { "sek", U_MONEY, AS, "SEK" },
  { "nok", U_MONEY, AS, "NOK" }, { "dkk", U_MONEY, AS, "DKK" }, { "rub", U_MONEY, AS, "RUB" },
  { "brl", U_MONEY, AS, "BRL" }, { "mxn", U_MONEY, AS, "MXN" }, { "zar", U_MONEY, AS, "ZAR" },
  { "krw", U_MONEY, AS, "KRW" }, { "sgd", U_MONEY, AS, "SGD" }, { "btc", U_MONEY, AS, "BTC" },
  { "pln", U_MONEY, AS, "PLN" }, { "try", U_MONEY, UF_CASE | AS, "TRY" },
  { "musd", U_MONEY, AS | UF_MILLION, "USD" }, { "meur", U_MONEY, AS | UF_MILLION, "EUR" },
  { "mgbp", U_MONEY, AS | UF_MILLION, "GBP" }, { "maud", U_MONEY, AS | UF_MILLION, "AUD" },
  /* percent */
  { "percent", U_PERCENT, UF_SPACED, "%" }, { "percents", U_PERCENT, UF_SPACED, "%" },
  { "percentage", U_PERCENT, UF_SPACED, "%" }, { "pct", U_PERCENT, UF_SPACED, "%" },
  /* time */
  { "second", U_TIME, UF_SPACED, "seconds" }, { "seconds", U_TIME, UF_SPACED, "seconds" },
  { "minute", U_TIME, UF_SPACED, "minutes" }, { "minutes", U_TIME, UF_SPACED, "minutes" },
  { "hour", U_TIME, UF_SPACED, "hours" }, { "hours", U_TIME, UF_SPACED, "hours" },
  { "day", U_TIME, UF_SPACED, "days" }, { "days", U_TIME, UF_SPACED, "days" },
  { "week", U_TIME, UF_SPACED, "weeks" }, { "weeks", U_TIME, UF_SPACED, "weeks" },
  { "fortnight", U_TIME, UF_SPACED, "fortnights" }, { "fortnights", U_TIME, UF_SPACED, "fortnights" },
  { "month", U_TIME, UF_SPACED, "months" }, { "months", U_TIME, UF_SPACED, "months" },
  { "year", U_TIME, UF_SPACED, "years" }, { "years", U_TIME, UF_SPACED, "years" },
  { "yr", U_TIME, UF_SPACED, "years" }, { "yrs", U_TIME, UF_SPACED, "years" },
  { "decade", U_TIME, UF_SPACED, "decades" }, { "decades", U_TIME, UF_SPACED, "decades" },
  { "century", U_TIME, UF_SPACED, "centuries" }, { "centuries", U_TIME, UF_SPACED, "centuries" },
  /* measures */
  { "km", U_MEASURE, AS, "km" }, { "kms", U_MEASURE, AS, "km" }, { "m", U_MEASURE, AS | UF_CASE, "m" },
  { "cm", U_MEASURE, AS, "cm" }, { "mm", U_MEASURE, AS | UF_CASE, "mm" }, { "dm", U_MEASURE, AS, "dm" },
  { "kilometre", U_MEASURE, UF_SPACED, "km" }, { "kilometres", U_MEASURE, UF_SPACED, "km" },
  { "kilometer", U_MEASURE, UF_SPACED, "km" }, { "kilometers", U_MEASURE, UF_SPACED, "km" },
  { "metre", U_MEASURE, UF_SPACED, "m" }, { "metres", U_MEASURE, UF_SPACED, "m" },
  { "meter", U_MEASURE, UF_SPACED, "m" }, { "meters", U_MEASURE, UF_SPACED, "m" },
  { "centimetre", U_MEASURE, UF_SPACED, "cm" }, { "centimetres", U_MEASURE, UF_SPACED, "cm" },
  { "centimeter", U_MEASURE, UF_SPACED, "cm" }, { "centimeters", U_MEASURE, UF_SPACED, "cm" },
  { "millimetre", U_MEASURE, UF_SPACED, "mm" }, { "millimetres", U_MEASURE, UF_SPACED, "mm" },
  { "millimeter", U_MEASURE, UF_SPACED, "mm" }, { "millimeters", U_MEASURE, UF_SPACED, "mm" },
  { "picometer", U_MEASURE, UF_SPACED, "pm" }, { "picometers", U_MEASURE, UF_SPACED, "pm" },
  { "mile", U_MEASURE, UF_SPACED, "mi" }, { "miles", U_MEASURE, UF_SPACED, "mi" },
  { "mi", U_MEASURE, AS, "mi" }, { "foot", U_MEASURE, UF_SPACED, "ft" }, { "feet", U_MEASURE, UF_SPACED, "ft" },
  { "ft", U_MEASURE, AS, "ft" }, { "inch", U_MEASURE, UF_SPACED, "in" }, { "inches", U_MEASURE, UF_SPACED, "in" },
  { "yard", U_MEASURE, UF_SPACED, "yd" }, { "yards", U_MEASURE, UF_SPACED, "yd" },
  { "nautical", U_MEASURE, UF_SPACED, "nmi" },
  { "kg", U_MEASURE, AS, "kg" }, { "kgs", U_MEASURE, AS, "kg" }, { "g", U_MEASURE, AS | UF_CASE, "g" },
  { "mg", U_MEASURE, AS, "mg" }, { "mcg", U_MEASURE, AS, "mcg" },
  { "kilogram", U_MEASURE, UF_SPACED, "kg" }, { "kilograms", U_MEASURE, UF_SPACED, "kg" },
  { "kilogramme", U_MEASURE, UF_SPACED, "kg" }, { "kilogrammes", U_MEASURE, UF_SPACED, "kg" },
  { "kilo", U_MEASURE, UF_SPACED, "kg" }, { "kilos", U_MEASURE, UF_SPACED, "kg" },
  { "gram", U_MEASURE, UF_SPACED, "g" }, { "grams", U_MEASURE, UF_SPACED, "g" },
  { "gramme", U_MEASURE, UF_SPACED, "g" }, { "grammes", U_MEASURE, UF_SPACED, "g" },
  { "milligram", U_MEASURE, UF_SPACED, "mg" }, { "milligrams", U_MEASURE, UF_SPACED, "mg" },
  { "microgram", U_MEASURE, UF_SPACED, "mcg" }, { "micrograms", U_MEASURE, UF_SPACED, "mcg" },
  { "microgramme", U_MEASURE, UF_SPACED, "mcg" }, { "microgrammes", U_MEASURE, UF_SPACED, "mcg" },
  { "tonne", U_MEASURE, UF_SPACED, "t" }, { "tonnes", U_MEASURE, UF_SPACED, "t" },
  { "ton", U_MEASURE, UF_SPACED, "t" }, { "tons", U_MEASURE, UF_SPACED, "t" },
  { "t", U_MEASURE, UF_ATTACHED | UF_CASE, "t" },
  { "lb", U_MEASURE, AS, "lb" }, { "lbs", U_MEASURE, AS, "lb" },
  { "ounce", U_MEASURE, UF_SPACED, "oz" }, { "ounces", U_MEASURE, UF_SPACED, "oz" },
  { "oz", U_MEASURE, AS, "oz" }, { "stone", U_MEASURE, UF_SPACED, "st" },
  { "litre", U_MEASURE, UF_SPACED, "l" }, { "litres", U_MEASURE, UF_SPACED, "l" },
  { "liter", U_MEASURE, UF_SPACED, "l" }, { "liters", U_MEASURE, UF_SPACED, "l" },
  { "l", U_MEASURE, UF_ATTACHED, "l" }, { "ml", U_MEASURE, AS, "ml" },
  { "millilitre", U_MEASURE, UF_SPACED, "ml" }, { "millilitres", U_MEASURE, UF_SPACED, "ml" },
  { "milliliter", U_MEASURE, UF_SPACED, "ml" }, { "milliliters", U_MEASURE, UF_SPACED, "ml" },
  { "gallon", U_MEASURE, UF_SPACED, "gal" }, { "gallons", U_MEASURE, UF_SPACED, "gal" },
  { "barrel", U_MEASURE, UF_SPACED, "bbl" }, { "barrels", U_MEASURE, UF_SPACED, "bbl" },
  { "acre", U_MEASURE, UF_SPACED, "acre" }, { "acres", U_MEASURE, UF_SPACED, "acre" },
  { "hectare", U_MEASURE, UF_SPACED, "ha" }, { "hectares", U_MEASURE, UF_SPACED, "ha" },
  { "ha", U_MEASURE, AS | UF_CASE, "ha" },
  { "km2", U_MEASURE, AS, "km2" }, { "m2", U_MEASURE, AS, "m2" },
  { "mph", U_MEASURE, AS, "mph" }, { "kph", U_MEASURE, AS, "km/h" }, { "kmph", U_MEASURE, AS, "km/h" },
  { "kmh", U_MEASURE, AS, "km/h" }, { "knots", U_MEASURE, UF_SPACED, "kn" },
  { "degree", U_MEASURE, UF_SPACED, "°" }, { "degrees", U_MEASURE, UF_SPACED, "°" },
  { "deg", U_MEASURE, UF_SPACED, "°" }, { "celsius", U_MEASURE, UF_SPACED, "°C" },
  { "celcius", U_MEASURE, UF_SPACED, "°C" }, { "centigrade", U_MEASURE, UF_SPACED, "°C" },
  { "centigrate", U_MEASURE, UF_SPACED, "°C" },
  { "fahrenheit", U_MEASURE, UF_SPACED, "°F" }, { "farenheit", U_MEASURE, UF_SPACED, "°F" },
  { "rad", U_MEASURE, AS, "rad" }, { "radian", U_MEASURE, UF_SPACED, "rad" },
  { "radians", U_MEASURE, UF_SPACED, "rad" }, { "turns", U_MEASURE, UF_SPACED, "turn" },
  { "bit", U_MEASURE, UF_SPACED, "bit" }, { "bits", U_MEASURE, UF_SPACED, "bit" },
  { "byte", U_MEASURE, UF_SPACED, "B" }, { "bytes", U_MEASURE, UF_SPACED, "B" },
  { "kb", U_MEASURE, AS, "kB" }, { "mb", U_MEASURE, AS, "MB" }, { "gb", U_MEASURE, AS, "GB" },
  { "tb", U_MEASURE, AS, "TB" }, { "mbps", U_MEASURE, AS, "Mbit/s" }, { "gbps", U_MEASURE, AS, "Gbit/s" },
  { "kilobytes", U_MEASURE, UF_SPACED, "kB" }, { "megabytes", U_MEASURE, UF_SPACED, "MB" },
  { "gigabytes", U_MEASURE, UF_SPACED, "GB" }, { "terabytes", U_MEASURE, UF_SPACED, "TB" },
  { "hz", U_MEASURE, AS, "Hz" }, { "khz", U_MEASURE, AS, "kHz" }, { "mhz", U_MEASURE, AS, "MHz" },
  { "ghz", U_MEASURE, AS, "GHz" },
  { "w", U_MEASURE, UF_ATTACHED | UF_CASE, "W" }, { "kw", U_MEASURE, AS, "kW" },
  { "mw", U_MEASURE, AS, "MW" }, { "gw", U_MEASURE, AS, "GW" }, { "kwh", U_MEASURE, AS, "kWh" },
  { "mwh", U_MEASURE, AS, "MWh" }, { "gwh", U_MEASURE, AS, "GWh" },
  { "watt", U_MEASURE, UF_SPACED, "W" }, { "watts", U_MEASURE, UF_SPACED, "W" },
  { "kilowatt", U_MEASURE, UF_SPACED, "kW" }, { "kilowatts", U_MEASURE, UF_SPACED, "kW" },
  { "megawatt", U_MEASURE, UF_SPACED, "MW" }, { "megawatts", U_MEASURE, UF_SPACED, "MW" },
  { "gigawatt", U_MEASURE, UF_SPACED, "GW" }, { "gigawatts", U_MEASURE, UF_SPACED, "GW" },
  { "volt", U_MEASURE, UF_SPACED, "V" }, { "volts", U_MEASURE, UF_SPACED, "V" },
  { "kv", U_MEASURE, AS, "kV" }, { "calories", U_MEASURE, UF_SPACED, "kcal" },
  { "kcal", U_MEASURE, AS, "kcal" },
  { "tablespoon", U_MEASURE, UF_SPACED, "tbsp" }, { "tablespoons", U_MEASURE, UF_SPACED, "tbsp" },
  { "teaspoon", U_MEASURE, UF_SPACED, "tsp" }, { "teaspoons", U_MEASURE, UF_SPACED, "tsp" },
  { "tbsp", U_MEASURE, AS, "tbsp" }, { "tsp", U_MEASURE, AS, "tsp" },
  { "cup", U_MEASURE, UF_SPACED, "cup" }, { "cups", U_MEASURE, UF_SPACED, "cup" },
  { "square", U_MEASURE, UF_SPACED, NULL }, { "sq", U_MEASURE, UF_SPACED, NULL },
  { "cubic", U_MEASURE, UF_SPACED, NULL }, { "metric", U_MEASURE, UF_SPACED, NULL },
};

#undef AS

/* Small open-addressing tables: the words are short and the look-up is
 * on the hot path of the scan. */
#define TABLE_SIZE 1024

struct _Slot {
  const char *word;
  gconstpointer entry;
};

static Slot number_words[TABLE_SIZE];
static Slot unit_words[TABLE_SIZE];

/* Word sets live as long as the process, like the tables above. */
static Slot *
table_new (void)
{
  return g_new0 (Slot, TABLE_SIZE);
}

static inline guint
word_hash (const char *w)
{
  guint h = 2166136261u;

  for (; *w; w++)
    h = (h ^ (guchar) *w) * 16777619u;
  return h;
}

static void
table_insert (Slot          *table,
              const char    *word,
              gconstpointer  entry)
{
  guint i = word_hash (word) & (TABLE_SIZE - 1);

  while (table[i].word != NULL && strcmp (table[i].word, word) != 0)
    i = (i + 1) & (TABLE_SIZE - 1);
  table[i].word = word;
  table[i].entry = entry;
}

static inline gconstpointer
table_lookup (const Slot *table,
              const char *word)
{
  guint i = word_hash (word) & (TABLE_SIZE - 1);

  while (table[i].word != NULL)
    {
      if (table[i].word[0] == word[0] && strcmp (table[i].word, word) == 0)
        return table[i].entry;
      i = (i + 1) & (TABLE_SIZE - 1);
    }
  return NULL;
}
/* For each first letter, the lengths of the words that can start a figure
 * (or a URL, or "percent of"): most words are skipped on this alone. */
static guint32 trigger_lengths[26];

static void
add_trigger (const char *w)
{
  gsize n = strlen (w);

  if (is_alpha (w[0]) && n < 32)
    trigger_lengths[(w[0] | 0x20) - 'a'] |= 1u << n;
}

static void
ensure_tables (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      guint i;

      G_STATIC_ASSERT (G_N_ELEMENTS (lexicon) < TABLE_SIZE / 2);
      G_STATIC_ASSERT (G_N_ELEMENTS (unit_lexicon) < TABLE_SIZE / 2);
      for (i = 0; i < G_N_ELEMENTS (lexicon); i++)
        {
          table_insert (number_words, lexicon[i].word, &lexicon[i]);
          if (lexicon[i].cls != C_AND && lexicon[i].cls != C_POINT && lexicon[i].cls != C_OF &&
              lexicon[i].cls != C_ABBR)
            add_trigger (lexicon[i].word);
        }
      add_trigger ("http");
      add_trigger ("https");
      add_trigger ("ftp");
      add_trigger ("www");
      add_trigger ("percent");
      add_trigger ("percents");
      add_trigger ("per");
      for (i = 0; i < G_N_ELEMENTS (unit_lexicon); i++)
        table_insert (unit_words, unit_lexicon[i].word, &unit_lexicon[i]);
      g_once_init_leave (&done, 1);
    }
}

static inline const Lex *
lookup_number_word (const char *w)
{
  return w[0] ? table_lookup (number_words, w) : NULL;
}

static inline const UnitLex *
lookup_unit_word (const char *w)
{
  return w[0] ? table_lookup (unit_words, w) : NULL;
}

/* ---------------------------------------------------------------------- */
/* Digit literals: 1,234.5  1 234  .08  12,34,567  1.111,11  1e10  3/4  10k  21st */

typedef struct {
  gsize start;
  gsize end;
  double value;
  double mult;            /* attached multiplier ("10k", "$3bn"), else 1 */
  guint is_int : 1;
  guint grouped : 1;      /* thousands separators */
  guint ident : 1;        /* 1.2.3, 5/17/2018, 24/7, too many digits */
  guint ordinal : 1;      /* 21st */
  guint fraction : 1;     /* 3/4 */
  guint decade : 1;       /* 1990s */
  guint lower_m : 1;      /* "20m": million after a currency, else metres */
  guint leading_zero : 1;
  guint ndigits;          /* digits of the integer part */
} Lit;

static gsize
count_digits (const Text *x,
              gsize       p)
{
  gsize n = 0;

  while (is_digit (at (x, p + n)))
    n++;
  return n;
}

static gboolean
parse_literal (const Text *x,
               gsize       pos,
               Lit        *lit)
{
  char buf[80];
  gsize n = 0;
  gsize p = pos;
  gsize nd, d;

  memset (lit, 0, sizeof *lit);
  lit->start = pos;
  lit->mult = 1;
  lit->is_int = TRUE;

  nd = count_digits (x, p);
  if (nd == 0 && !(at (x, p) == '.' && is_digit (at (x, p + 1))))
    return FALSE;
  if (nd > 24)
    {
      /* A run of digits this long is a code, not a quantity. */
      lit->ident = TRUE;
      lit->end = p + nd;
      while (is_digit (at (x, lit->end)) || ((at (x, lit->end) == ',' || at (x, lit->end) == '.') &&
                                              is_digit (at (x, lit->end + 1))))
        lit->end++;
      return TRUE;
    }
  memcpy (buf, x->t + p, nd);
  n = nd;
  p += nd;
  lit->ndigits = nd;
  lit->leading_zero = nd > 1 && x->t[pos] == '0';

  if (nd >= 1 && nd <= 3 && at (x, p) == ',' && is_digit (at (x, p + 1)))
    {
      d = count_digits (x, p + 1);
      if (d == 3)
        {
          /* 1,234,567: greedy groups of three. */
          while (at (x, p) == ',' && count_digits (x, p + 1) == 3 && n + 3 < 40)
            {
              memcpy (buf + n, x->t + p + 1, 3);
              n += 3;
              p += 4;
              lit->grouped = TRUE;
            }
        }
      else if (d == 2 && nd <= 2)
        {
          /* 12,34,567: Indian grouping, pairs then a final three. */
          gsize q = p;
          guint pairs = 0;

          while (at (x, q) == ',' && count_digits (x, q + 1) == 2 && pairs < 6)
            {
              q += 3;
              pairs++;
            }
          if (at (x, q) == ',' && count_digits (x, q + 1) == 3 && !is_digit (at (x, q + 4)) &&
              !(at (x, q + 4) == ',' && is_digit (at (x, q + 5))))
            {
              gsize k;

              for (k = p; k < q + 4; k++)
                if (is_digit (x->t[k]))
                  buf[n++] = x->t[k];
              p = q + 4;
              lit->grouped = TRUE;
            }
        }
      if (!lit->grouped && d <= 2 && !(at (x, p + 1 + d) == ',' && is_digit (at (x, p + 2 + d))) &&
          !(at (x, p + 1 + d) == '.' && is_digit (at (x, p + 2 + d))) && p == pos + nd &&
          !(p >= 1 && before (x, pos) == ','))
        {
          /* 1,3 and 5,00: a decimal comma. */
          buf[n++] = '.';
          memcpy (buf + n, x->t + p + 1, d);
          n += d;
          p += 1 + d;
          lit->is_int = FALSE;
        }
    }
  else if (nd >= 1 && nd <= 3 && at (x, p) == '.' && count_digits (x, p + 1) == 3 &&
           at (x, p + 4) == ',' && is_digit (at (x, p + 5)))
    {
      /* 1.111,11: dots for thousands, a decimal comma. */
      while (at (x, p) == '.' && count_digits (x, p + 1) == 3 && n + 3 < 40)
        {
          memcpy (buf + n, x->t + p + 1, 3);
          n += 3;
          p += 4;
        }
      if (at (x, p) == ',' && is_digit (at (x, p + 1)))
        {
          d = MIN (count_digits (x, p + 1), 20);
          buf[n++] = '.';
          memcpy (buf + n, x->t + p + 1, d);
          n += d;
          p += 1 + count_digits (x, p + 1);
          lit->is_int = FALSE;
        }
      lit->grouped = TRUE;
    }
  else if (nd >= 1 && nd <= 3)
    {
      /* 1 234 567 with plain, no-break or narrow spaces. */
      for (;;)
        {
          gsize s = hspace_len (x, p);

          if (s == 0 || count_digits (x, p + s) != 3 || n + 3 >= 40 ||
              is_alpha (at (x, p + s + 3)) || (at (x, p + s + 3) == '/'))
            break;
          if (at (x, p + s + 3) == ',' && is_digit (at (x, p + s + 4)))
            break;
          memcpy (buf + n, x->t + p + s, 3);
          n += 3;
          p += s + 3;
          lit->grouped = TRUE;
        }
    }

  /* Tokenised text spaces out separators: "80 , 000", "6 . 2", "1 / 4".
   * Such spacing never separates two figures in running prose, so the
   * parts are read as one literal when the shape is unambiguous. */
  if (lit->is_int && !lit->grouped && p == pos + nd && nd <= 3 && at (x, p) == ' ' &&
      at (x, p + 1) == ',' && at (x, p + 2) == ' ' && count_digits (x, p + 3) == 3 &&
      !is_wordc (at (x, p + 6)) && before (x, pos) != '.')
    {
      while (at (x, p) == ' ' && at (x, p + 1) == ',' && at (x, p + 2) == ' ' &&
             count_digits (x, p + 3) == 3 && !is_wordc (at (x, p + 6)) && n + 3 < 40)
        {
          memcpy (buf + n, x->t + p + 3, 3);
          n += 3;
          p += 6;
        }
      lit->grouped = TRUE;
    }
  if (lit->is_int && at (x, p) == ' ' &&
      at (x, p + 1) == '.' && at (x, p + 2) == ' ' && is_digit (at (x, p + 3)) &&
      before (x, pos) != '.' && !(before (x, pos) == ' ' && before (x, pos - 1) == '.'))
    {
      d = count_digits (x, p + 3);
      if (d <= 20 && !is_wordc (at (x, p + 3 + d)) &&
          !(at (x, p + 3 + d) == ' ' && at (x, p + 4 + d) == '.' && at (x, p + 5 + d) == ' ' &&
            is_digit (at (x, p + 6 + d))))
        {
          buf[n++] = '.';
          memcpy (buf + n, x->t + p + 3, d);
          n += d;
          p += 3 + d;
          lit->is_int = FALSE;
        }
    }
  if (at (x, p) == '.' && is_digit (at (x, p + 1)) && lit->is_int)
    {
      d = count_digits (x, p + 1);
      if (at (x, p + 1 + d) == '.' && is_digit (at (x, p + 2 + d)))
        {
          /* 192.168.1.2, 2.0.1: a dotted identifier. */
          lit->ident = TRUE;
          while ((at (x, p) == '.' && is_digit (at (x, p + 1))) || is_digit (at (x, p)))
            p++;
          lit->end = p;
          return TRUE;
        }
      buf[n++] = '.';
      memcpy (buf + n, x->t + p + 1, MIN (d, 20));
      n += MIN (d, 20);
      p += 1 + d;
      lit->is_int = FALSE;
    }
  buf[n] = '\0';
  lit->value = g_ascii_strtod (buf, NULL);

  /* Exponents: 1e10, 12.32e+14, 1.1^23, 1.3x10^6. */
  if ((at (x, p) == 'e' || at (x, p) == 'E'))
    {
      gsize q = p + 1;
      gboolean neg = FALSE;

      if (at (x, q) == '+' || at (x, q) == '-')
        neg = at (x, q++) == '-';
      d = count_digits (x, q);
      if (d > 0 && d <= 3 && !is_wordc (at (x, q + d)))
        {
          double e = g_ascii_strtod (x->t + q, NULL);

          lit->value *= pow (10, neg ? -e : e);
          lit->is_int = FALSE;
          p = q + d;
        }
    }
  else if (at (x, p) == '^')
    {
      gsize q = p + 1;
      gboolean neg = FALSE;

      while (at (x, q) == '+' || at (x, q) == '-')
        {
          if (at (x, q) == '-')
            neg = !neg;
          q++;
        }
      d = count_digits (x, q);
      if (d > 0 && d <= 3)
        {
          double e = g_ascii_strtod (x->t + q, NULL);

          lit->value = pow (lit->value, neg ? -e : e);
          lit->is_int = FALSE;
          p = q + d;
        }
    }
  else if ((at (x, p) == 'x' || at (x, p) == 'X') && at (x, p + 1) == '1' && at (x, p + 2) == '0' &&
           at (x, p + 3) == '^')
    {
      gsize q = p + 4;
      gboolean neg = FALSE;

      if (at (x, q) == '+' || at (x, q) == '-')
        neg = at (x, q++) == '-';
      d = count_digits (x, q);
      if (d > 0 && d <= 3)
        {
          double e = g_ascii_strtod (x->t + q, NULL);

          lit->value *= pow (10, neg ? -e : e);
          lit->is_int = FALSE;
          p = q + d;
        }
    }

  if (at (x, p) == ' ' && at (x, p + 1) == '/' && at (x, p + 2) == ' ' && lit->is_int &&
      !lit->grouped && nd <= 3 && (d = count_digits (x, p + 3)) > 0 && d <= 3 &&
      !is_wordc (at (x, p + 3 + d)) &&
      !(at (x, p + 3 + d) == ' ' && strchr ("/.-", at (x, p + 4 + d)) != NULL &&
        at (x, p + 4 + d) != 0))
    {
      /* "1 / 4" in tokenised text: a fraction only when below one */
      double den = g_ascii_strtod (x->t + p + 3, NULL);

      if (den > 0 && lit->value < den)
        {
          buf[n] = '\0';
          lit->value = g_ascii_strtod (buf, NULL) / den;
          lit->is_int = FALSE;
          lit->fraction = TRUE;
          lit->end = p + 3 + d;
          return TRUE;
        }
    }
  if (at (x, p) == '/' && is_digit (at (x, p + 1)) && lit->is_int && !lit->grouped)
    {
      gsize q = p + 1;
      double den;

      d = count_digits (x, q);
      den = g_ascii_strtod (x->t + q, NULL);
      if ((at (x, q + d) == '/' || at (x, q + d) == '.' || at (x, q + d) == '-') &&
          is_digit (at (x, q + d + 1)))
        {
          /* 5/17/2018: a date. */
          lit->ident = TRUE;
          while (is_digit (at (x, q)) ||
                 (strchr ("/.-", at (x, q)) != NULL && at (x, q) != 0 && is_digit (at (x, q + 1))))
            q++;
          lit->end = q;
          return TRUE;
        }
      if (d > 6 || den == 0 || lit->value >= den)
        {
          lit->ident = TRUE;
          lit->end = q + d;
          return TRUE;
        }
      lit->value /= den;
      lit->is_int = FALSE;
      lit->fraction = TRUE;
      p = q + d;
    }

  /* Attached letters: 21st, 1990s, 10k, 2mil, 3bn, 10M, 1MM. */
  if (is_alpha (at (x, p)))
    {
      char w[8];
      gsize q = p;
      gsize k = 0;

      while (is_alpha (at (x, q)) && k < sizeof w - 1)
        w[k++] = x->t[q++];
      w[k] = '\0';
      if (!is_wordc (at (x, q)))
        {
          char lw[8];
          guint i;

          for (i = 0; i <= k; i++)
            lw[i] = g_ascii_tolower (w[i]);
          if (lit->is_int && !lit->grouped &&
              (strcmp (lw, "st") == 0 || strcmp (lw, "nd") == 0 || strcmp (lw, "rd") == 0 ||
               strcmp (lw, "th") == 0))
            {
              lit->ordinal = TRUE;
              p = q;
            }
          else if (strcmp (w, "s") == 0 && lit->is_int && !lit->grouped &&
                   (nd == 4 || nd == 2) && x->t[pos + nd - 1] == '0')
            {
              lit->decade = TRUE;
              p = q;
            }
          else if (strcmp (lw, "k") == 0)
            lit->mult = 1e3;
          else if (strcmp (w, "M") == 0 || strcmp (w, "MM") == 0 || strcmp (lw, "mn") == 0 ||
                   strcmp (lw, "mln") == 0 || strcmp (lw, "mil") == 0)
            lit->mult = 1e6;
          else if (strcmp (w, "m") == 0)
            lit->lower_m = TRUE;
          else if (strcmp (lw, "b") == 0 || strcmp (lw, "bn") == 0 || strcmp (lw, "bln") == 0)
            lit->mult = 1e9;
          else if (strcmp (w, "G") == 0)
            {
              /* 4G and 5G are network generations. */
              if (nd == 1 && lit->is_int)
                {
                  lit->ident = TRUE;
                  p = q;
                }
              else
                lit->mult = 1e9;
            }
          else if (strcmp (lw, "tn") == 0 || strcmp (lw, "tln") == 0 || strcmp (lw, "trn") == 0)
            lit->mult = 1e12;
          if (lit->mult != 1)
            p = q;
        }
    }

  lit->end = p;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Number phrases: tokens, then composition */

typedef struct _Num Num;
static gboolean is_year_like (const Num *num);

enum {
  GAP_NONE,
  GAP_SPACE,
  GAP_HYPHEN,
};

typedef struct {
  guint8 cls;
  guint8 flags;
  guint8 gap;
  gsize start;
  gsize end;
  double value;
  Lit lit;
} Tok;

typedef struct {
  const Text *x;
  Tok toks[MAX_TOKENS];
  guint n;
  gboolean done;
  gsize pos;
} TokStream;

static void
tok_stream_init (TokStream  *ts,
                 const Text *x,
                 gsize       pos)
{
  ts->x = x;
  ts->n = 0;
  ts->done = FALSE;
  ts->pos = pos;
}

/* ½, ¼, ¾, ⅓… */
static double
vulgar_fraction (const Text *x,
                 gsize       p,
                 gsize      *end)
{
  static const double thirds[] = {
    1.0 / 7, 1.0 / 9, 1.0 / 10, 1.0 / 3, 2.0 / 3, 1.0 / 5, 2.0 / 5, 3.0 / 5, 4.0 / 5,
    1.0 / 6, 5.0 / 6, 1.0 / 8, 3.0 / 8, 5.0 / 8, 7.0 / 8,
  };
  guchar a = at (x, p), b = at (x, p + 1), c = at (x, p + 2);

  if (a == 0xC2 && (b == 0xBC || b == 0xBD || b == 0xBE))
    {
      *end = p + 2;
      return b == 0xBC ? 0.25 : b == 0xBD ? 0.5 : 0.75;
    }
  if (a == 0xE2 && b == 0x85 && c >= 0x90 && c <= 0x9E)
    {
      *end = p + 3;
      return thirds[c - 0x90];
    }
  return 0;
}

/* Reads the token at ts->pos: a number word, a digit literal or nothing. */
static gboolean
tok_stream_fill (TokStream *ts,
                 guint      i)
{
  const Text *x = ts->x;

  while (ts->n <= i && !ts->done)
    {
      Tok *t = &ts->toks[ts->n];
      gsize p = ts->pos;
      char w[MAX_WORD];
      guint8 gap = GAP_NONE;

      if (ts->n == MAX_TOKENS)
        {
          ts->done = TRUE;
          break;
        }
      if (ts->n > 0)
        {
          gsize q = skip_space (x, p);
          gsize dl = dash_len (x, q);

          gap = q > p ? GAP_SPACE : GAP_NONE;
          if (dl > 0)
            {
              q = skip_space (x, q + dl);
              gap = GAP_HYPHEN;
            }
          if (gap == GAP_NONE)
            {
              ts->done = TRUE;
              break;
            }
          p = q;
        }
      memset (t, 0, sizeof *t);
      t->gap = gap;
      t->start = p;
      if (is_digit (at (x, p)) || (at (x, p) == '.' && is_digit (at (x, p + 1)) &&
                                   !is_wordc (before (x, p))))
        {
          if (!parse_literal (x, p, &t->lit) || t->lit.ident)
            {
              ts->done = TRUE;
              break;
            }
          t->cls = C_DIG;
          t->end = t->lit.end;
          t->value = t->lit.value;
        }
      else if ((t->value = vulgar_fraction (x, p, &t->end)) > 0)
        {
          t->cls = C_DIG;
          t->lit.start = p;
          t->lit.end = t->end;
          t->lit.value = t->value;
          t->lit.mult = 1;
          t->lit.fraction = TRUE;
        }
      else if (is_alpha (at (x, p)) && !is_wordc (before (x, p)))
        {
          gsize e = read_word (x, p, w);
          const Lex *lex = lookup_number_word (w);

          if (lex == NULL && e == p + 1 && ts->n > 0 && strchr ("GMBT", x->t[p]) != NULL)
            {
              static const Lex upper[] = {
                { "G", C_ABBR, 0, 1e9 }, { "M", C_ABBR, 0, 1e6 }, { "B", C_ABBR, 0, 1e9 },
                { "T", C_ABBR, 0, 1e12 },
              };

              lex = &upper[strchr ("GMBT", x->t[p]) - "GMBT"];
            }

          if (lex == NULL)
            {
              ts->done = TRUE;
              break;
            }
          t->cls = lex->cls;
          t->flags = lex->flags;
          t->value = lex->value;
          t->end = e;
          /* Multiplier abbreviations are case-sensitive where it matters. */
          if (t->cls == C_ABBR && strcmp (w, "mm") == 0 && strncmp (x->t + p, "MM", 2) != 0)
            {
              ts->done = TRUE;
              break;
            }
        }
      else
        {
          ts->done = TRUE;
          break;
        }
      ts->pos = t->end;
      ts->n++;
    }
  return i < ts->n;
}

static inline Tok *
tok (TokStream *ts,
     guint      i)
{
  return tok_stream_fill (ts, i) ? &ts->toks[i] : NULL;
}

static inline guint8
tok_cls (TokStream *ts,
         guint      i)
{
  Tok *t = tok (ts, i);

  return t ? t->cls : C_NONE;
}

struct _Num {
  gsize start;
  gsize end;
  double value;
  double scale;           /* the last scale word or multiplier, 1 if none */
  guint ntok;
  guint words : 1;
  guint ordinal : 1;
  guint fraction : 1;
  guint vague : 1;        /* "dozens", "hundreds of" */
  guint article_frac : 1; /* "a third": a fraction, or a rank before a noun */
  guint lower_m : 1;
  guint decade : 1;
  guint zero_word : 1;
  guint is_int : 1;
  guint one_word : 1;     /* the single word "one" */
  guint half_word : 1;    /* the single word "half" */
  Lit lit;                /* the first literal, when the phrase starts with digits */
};

static gboolean
is_year_like (const Num *num)
{
  return !num->words && num->lit.ndigits == 4 && num->lit.is_int && !num->lit.grouped;
}

/* A singular ordinal phrase at token @i: "fifth", "twenty-first". Returns
 * the number of tokens and the rank in @den, or 0. */
static guint
ordinal_phrase (TokStream *ts,
                guint      i,
                double    *den)
{
  Tok *a = tok (ts, i);
  Tok *b;

  if (a == NULL)
    return 0;
  if (a->cls == C_ORD && !(a->flags & F_PLURAL))
    {
      *den = a->value;
      return 1;
    }
  if (a->cls == C_TENS && (b = tok (ts, i + 1)) != NULL && b->cls == C_ORD &&
      !(b->flags & F_PLURAL) && b->value < 10)
    {
      *den = a->value + b->value;
      return 2;
    }
  return 0;
}

/* Decimal digits after "point": "zero three", "seventy-one", "five". */
static guint
decimal_words (TokStream *ts,
               guint      i,
               double    *frac)
{
  char digits[32];
  guint n = 0;
  guint k = i;
  Tok *t = tok (ts, k);

  if (t == NULL)
    return 0;
  if (t->cls == C_TEEN || t->cls == C_TENS)
    {
      int v = (int) t->value;
      Tok *u;

      k++;
      if (t->cls == C_TENS && (u = tok (ts, k)) != NULL && u->cls == C_UNIT && !(u->flags & F_ZERO))
        {
          v += (int) u->value;
          k++;
        }
      n = g_snprintf (digits, sizeof digits, "0.%d", v);
    }
  else
    {
      digits[n++] = '0';
      digits[n++] = '.';
      while ((t = tok (ts, k)) != NULL && t->cls == C_UNIT && n < sizeof digits - 1)
        {
          digits[n++] = '0' + (int) t->value;
          k++;
        }
      if (n == 2)
        return 0;
    }
  digits[n] = '\0';
  *frac = g_ascii_strtod (digits, NULL);
  return k - i;
}

/* A proper fraction at token @i: "a half", "three quarters", "two fifths",
 * "fifty-four hundredths". */
static guint
fraction_phrase (TokStream *ts,
                 guint      i,
                 double    *value)
{
  Tok *a = tok (ts, i);
  Tok *b, *c;
  double num = 0;
  guint k = i;

  if (a == NULL)
    return 0;
  if (a->cls == C_ARTICLE || (a->cls == C_UNIT && a->value == 1))
    {
      double den;
      guint n;

      b = tok (ts, i + 1);
      if (b && b->cls == C_HALF && !(b->flags & F_PLURAL))
        {
          *value = 0.5;
          return 2;
        }
      if (b && b->cls == C_QUARTER && !(b->flags & F_PLURAL))
        {
          *value = 0.25;
          return 2;
        }
      n = ordinal_phrase (ts, i + 1, &den);
      if (n > 0 && den >= 3)
        {
          *value = 1 / den;
          return n + 1;
        }
      if (a->cls == C_ARTICLE)
        return 0;
    }
  if (a->cls == C_UNIT || a->cls == C_TEEN || a->cls == C_TENS)
    {
      num = a->value;
      k = i + 1;
      if (a->cls == C_TENS && (b = tok (ts, k)) != NULL && b->cls == C_UNIT && b->gap == GAP_HYPHEN)
        {
          num += b->value;
          k++;
        }
      c = tok (ts, k);
      if (c == NULL)
        return 0;
      if (c->cls == C_ORD && (c->flags & F_PLURAL) && c->value >= 3 && num < c->value)
        {
          *value = num / c->value;
          return k - i + 1;
        }
      if (c->cls == C_QUARTER && (c->flags & F_PLURAL) && num < 4)
        {
          *value = num / 4;
          return k - i + 1;
        }
    }
  return 0;
}

static void
num_finish (Num       *num,
            TokStream *ts,
            guint      ntok,
            double     value)
{
  num->ntok = ntok;
  num->end = ts->toks[ntok - 1].end;
  num->value = value;
}

/* Composes the longest number phrase starting at @pos. */
static gboolean
parse_cardinal (const Text *x,
                gsize       pos,
                Num        *num)
{
  TokStream ts;
  double total = 0, chunk = 0, sub = 0, last_scale = INFINITY;
  gboolean chunk_hundred = FALSE;
  guint8 prev = C_NONE;
  guint i;
  Tok *t0;
  /* The last complete number, and the one before the current group. */
  guint commit_n = 0, group_commit_n = 0;
  double commit_v = 0, group_commit_v = 0;
  double commit_scale = 1, group_commit_scale = 1;

  memset (num, 0, sizeof *num);
  num->start = pos;
  num->scale = 1;
  num->lit.mult = 1;
  num->is_int = TRUE;
  tok_stream_init (&ts, x, pos);
  t0 = tok (&ts, 0);
  if (t0 == NULL)
    return FALSE;

#define COMMIT(n)                                                       \
  G_STMT_START {                                                        \
    commit_n = (n);                                                     \
    commit_v = total + chunk;                                           \
    commit_scale = isfinite (last_scale) ? last_scale : 1;              \
  } G_STMT_END
#define GROUP_MARK()                                                    \
  G_STMT_START {                                                        \
    group_commit_n = commit_n;                                          \
    group_commit_v = commit_v;                                          \
    group_commit_scale = commit_scale;                                  \
  } G_STMT_END
#define GROUP_BACK()                                                    \
  G_STMT_START {                                                        \
    commit_n = group_commit_n;                                          \
    commit_v = group_commit_v;                                          \
    commit_scale = group_commit_scale;                                  \
  } G_STMT_END

  /* Phrases decided by their first words. */
  if (t0->cls == C_DIG)
    {
      num->lit = t0->lit;
      if (t0->lit.ordinal)
        {
          num->ordinal = TRUE;
          num_finish (num, &ts, 1, t0->value);
          return TRUE;
        }
      if (t0->lit.decade)
        {
          num->decade = TRUE;
          num_finish (num, &ts, 1, t0->value);
          return TRUE;
        }
      num->lower_m = t0->lit.lower_m;
      num->is_int = t0->lit.is_int;
      if (t0->lit.mult != 1)
        {
          total = t0->value * t0->lit.mult;
          last_scale = t0->lit.mult;
          num->is_int = TRUE;
        }
      else
        chunk = sub = t0->value;
      prev = C_DIG;
      COMMIT (1);
      if (t0->lit.fraction)
        {
          num->fraction = TRUE;
          num_finish (num, &ts, 1, t0->value);
          return TRUE;
        }
    }
  else if (t0->cls == C_ARTICLE || (t0->cls == C_UNIT && t0->value == 1))
    {
      double v;
      guint n = fraction_phrase (&ts, 0, &v);

      if (n > 0)
        {
          Tok *next = tok (&ts, n);

          num->fraction = TRUE;
          num->words = TRUE;
          num->is_int = FALSE;
          num->article_frac = t0->cls == C_ARTICLE && tok (&ts, n - 1)->cls == C_ORD;
          if (next && next->cls == C_SCALE && !(next->flags & F_PLURAL))
            {
              num_finish (num, &ts, n + 1, v * next->value);
              num->scale = next->value;
              return TRUE;
            }
          num_finish (num, &ts, n, v);
          return TRUE;
        }
      if (t0->cls == C_ARTICLE)
        {
          Tok *b = tok (&ts, 1);

          if (b == NULL || b->gap != GAP_SPACE ||
              !(b->cls == C_HUNDRED || b->cls == C_SCALE || b->cls == C_DOZEN) ||
              (b->flags & F_PLURAL))
            return FALSE;
          chunk = sub = 1;
          prev = C_ARTICLE;
        }
      else
        {
          chunk = sub = 1;
          prev = C_UNIT;
          COMMIT (1);
        }
      num->words = TRUE;
    }
  else if (t0->cls == C_HALF || t0->cls == C_QUARTER)
    {
      Tok *b = tok (&ts, 1);
      Tok *c = tok (&ts, 2);

      if (t0->flags & F_PLURAL)
        return FALSE;
      num->words = TRUE;
      num->is_int = FALSE;
      if (b && b->cls == C_ARTICLE && c && c->gap == GAP_SPACE &&
          (c->cls == C_DOZEN || c->cls == C_SCALE || c->cls == C_HUNDRED) && !(c->flags & F_PLURAL))
        {
          num->scale = c->value;
          num_finish (num, &ts, 3, t0->value * c->value);
          return TRUE;
        }
      if (b && b->gap == GAP_SPACE && (b->cls == C_SCALE || b->cls == C_HUNDRED) &&
          !(b->flags & F_PLURAL))
        {
          num->scale = b->value;
          num_finish (num, &ts, 2, t0->value * b->value);
          return TRUE;
        }
      if (t0->cls == C_QUARTER)
        return FALSE;
      num->half_word = TRUE;
      num->fraction = TRUE;
      num_finish (num, &ts, 1, 0.5);
      return TRUE;
    }
  else if (t0->cls == C_ORD)
    {
      double den;
      guint n = ordinal_phrase (&ts, 0, &den);

      if (n == 0)
        return FALSE;
      num->ordinal = TRUE;
      num->words = TRUE;
      num_finish (num, &ts, n, den);
      return TRUE;
    }
  else if (t0->cls == C_DOZEN || t0->cls == C_HUNDRED || t0->cls == C_SCALE)
    {
      Tok *b = tok (&ts, 1);

      num->words = TRUE;
      if (t0->flags & F_PLURAL)
        {
          /* "dozens", "hundreds of thousands", "millions of". */
          double v = 2 * t0->value;
          guint n = 1;

          if (b && b->cls == C_OF && t0->cls != C_DOZEN)
            {
              Tok *c = tok (&ts, 2);

              if (c && (c->cls == C_SCALE || c->cls == C_HUNDRED) && (c->flags & F_PLURAL) &&
                  c->value > t0->value)
                {
                  v *= c->value;
                  n = 3;
                }
            }
          if (t0->cls == C_SCALE || t0->cls == C_HUNDRED || t0->cls == C_DOZEN)
            {
              num->vague = TRUE;
              num_finish (num, &ts, n, v);
              return TRUE;
            }
          return FALSE;
        }
      if (t0->cls == C_DOZEN)
        {
          num_finish (num, &ts, 1, 12);
          return TRUE;
        }
      if (t0->cls == C_HUNDRED && b && b->cls == C_SCALE && !(b->flags & F_PLURAL))
        {
          chunk = sub = 100;
          chunk_hundred = TRUE;
          prev = C_HUNDRED;
          COMMIT (1);
        }
      else
        return FALSE;
    }
  else if (t0->cls == C_UNIT || t0->cls == C_TEEN || t0->cls == C_TENS)
    {
      chunk = sub = t0->value;
      prev = t0->cls;
      num->words = TRUE;
      num->zero_word = (t0->flags & F_ZERO) != 0;
      COMMIT (1);
      if (num->zero_word)
        {
          Tok *b = tok (&ts, 1);
          double frac;
          guint n;

          if (b && b->cls == C_POINT && (n = decimal_words (&ts, 2, &frac)) > 0)
            {
              num->is_int = FALSE;
              num_finish (num, &ts, 2 + n, frac);
              return TRUE;
            }
          num_finish (num, &ts, 1, 0);
          return TRUE;
        }
    }
  else
    return FALSE;

  for (i = 1; i < MAX_TOKENS; i++)
    {
      Tok *t = tok (&ts, i);
      guint8 c;

      if (t == NULL)
        break;
      c = t->cls;

      if (c == C_DIG)
        {
          if (prev == C_DIG && t->lit.fraction && t->gap == GAP_SPACE && num->is_int &&
              !isfinite (last_scale) && i == 1)
            {
              /* 2 1/4 */
              chunk += t->value;
              num->fraction = TRUE;
              num->is_int = FALSE;
              COMMIT (i + 1);
              break;
            }
          if (t->lit.mult != 1 || t->lit.fraction || t->lit.ordinal || !t->lit.is_int ||
              t->gap != GAP_SPACE)
            break;
          if (prev == C_SCALE && chunk == 0 && t->value < last_scale && t->value < 1000 &&
              !t->lit.grouped)
            {
              GROUP_MARK ();
              chunk = sub = t->value;
              chunk_hundred = FALSE;
              prev = C_DIG;
              COMMIT (i + 1);
              continue;
            }
          if (prev == C_AND && t->value > 0 && t->value < 100)
            {
              chunk += t->value;
              sub = t->value;
              prev = C_DIG;
              COMMIT (i + 1);
              continue;
            }
          break;
        }
      else if (c == C_UNIT || c == C_TEEN || c == C_TENS)
        {
          if (t->flags & F_ZERO)
            break;
          if (prev == C_TENS && c == C_UNIT && t->gap != GAP_NONE && fmod (sub, 10) == 0 &&
              sub < 100)
            {
              chunk += t->value;
              sub += t->value;
            }
          else if (prev == C_HUNDRED || prev == C_AND)
            {
              chunk += t->value;
              sub = t->value;
            }
          else if (prev == C_SCALE && chunk == 0)
            {
              GROUP_MARK ();
              chunk = sub = t->value;
              chunk_hundred = FALSE;
            }
          else if (c == C_TENS && (prev == C_UNIT || prev == C_TEEN || prev == C_TENS) &&
                   tok_cls (&ts, i + 1) == C_ORD && (tok (&ts, i + 1)->flags & F_PLURAL) &&
                   tok (&ts, i + 1)->value < 10 && total + chunk > 0)
            {
              /* "three twenty-firsts" */
              total = (total + chunk) / (t->value + tok (&ts, i + 1)->value);
              chunk = 0;
              num->fraction = TRUE;
              num->is_int = FALSE;
              COMMIT (i + 2);
              break;
            }
          else
            break;
          prev = c;
          COMMIT (i + 1);
          continue;
        }
      else if (c == C_HUNDRED)
        {
          if (prev == C_ARTICLE)
            chunk = sub = 100;
          else if ((prev == C_UNIT || prev == C_TEEN || prev == C_TENS || prev == C_DIG) &&
                   !chunk_hundred && chunk == sub && chunk > 0)
            chunk = sub = chunk * 100;
          else
            {
              if (chunk_hundred)
                GROUP_BACK ();
              break;
            }
          chunk_hundred = TRUE;
          prev = C_HUNDRED;
          COMMIT (i + 1);
          continue;
        }
      else if (c == C_SCALE || (c == C_ABBR && prev == C_DIG && i == 1))
        {
          double s = t->value;

          if (c == C_SCALE && (t->flags & F_PLURAL) && prev == C_ARTICLE)
            break;
          if (chunk > 0 && s < last_scale)
            {
              total += chunk * s;
              chunk = sub = 0;
              last_scale = s;
            }
          else if (chunk == 0 && total > 0 && s > last_scale && prev == C_SCALE)
            {
              total *= s;
              last_scale = s;
            }
          else
            {
              GROUP_BACK ();
              break;
            }
          chunk_hundred = FALSE;
          prev = C_SCALE;
          COMMIT (i + 1);
          if (c == C_ABBR)
            break;
          continue;
        }
      else if (c == C_DOZEN)
        {
          if (prev == C_ARTICLE || prev == C_UNIT || prev == C_TEEN || prev == C_TENS ||
              prev == C_DIG)
            {
              chunk = chunk - sub + sub * 12;
              sub *= 12;
              prev = C_DOZEN;
              COMMIT (i + 1);
            }
          break;
        }
      else if (c == C_AND)
        {
          double frac;
          guint n = fraction_phrase (&ts, i + 1, &frac);

          if (n > 0 && prev != C_ARTICLE)
            {
              Tok *after = tok (&ts, i + 1 + n);

              /* "five and a half million", "3 million and a half". */
              if (after && after->cls == C_SCALE && !(after->flags & F_PLURAL) &&
                  after->value < last_scale)
                {
                  total += (chunk + frac) * after->value;
                  chunk = 0;
                  last_scale = after->value;
                  n++;
                }
              else if (chunk == 0 && isfinite (last_scale) && last_scale >= 1000)
                total += frac * last_scale;
              else
                chunk += frac;
              num->fraction = TRUE;
              num->is_int = FALSE;
              prev = C_HALF;
              COMMIT (i + 1 + n);
              i += n;
              continue;
            }
          if (prev != C_HUNDRED && prev != C_SCALE)
            break;
          GROUP_MARK ();
          prev = C_AND;
          continue;
        }
      else if (c == C_POINT)
        {
          double frac;
          guint n;

          if (prev == C_AND || prev == C_ARTICLE || prev == C_DIG)
            break;
          n = decimal_words (&ts, i + 1, &frac);
          if (n > 0)
            {
              chunk += frac;
              num->is_int = FALSE;
              COMMIT (i + 1 + n);
            }
          break;
        }
      else if (c == C_ORD)
        {
          if (t->flags & F_PLURAL)
            {
              double den = t->value;
              double numer = total + chunk;

              if (prev == C_AND || prev == C_ARTICLE || den < 3 || numer <= 0)
                break;
              /* "one hundred thirty fifths": 100/35; "twenty fifths": 20/5. */
              if (prev == C_TENS && den < 10 && i >= 2 && tok (&ts, i - 2)->cls != C_AND)
                {
                  den += sub;
                  numer -= sub;
                }
              num->fraction = TRUE;
              num->is_int = FALSE;
              total = numer / den;
              chunk = 0;
              COMMIT (i + 1);
              if (tok_cls (&ts, i + 1) == C_OF && tok_cls (&ts, i + 2) == C_ARTICLE &&
                  tok_cls (&ts, i + 3) == C_SCALE && !(tok (&ts, i + 3)->flags & F_PLURAL))
                {
                  total *= tok (&ts, i + 3)->value;
                  COMMIT (i + 4);
                }
              break;
            }
          if (t0->cls == C_DIG)
            break;
          if (prev == C_TENS && t->value < 10 && fmod (sub, 10) == 0)
            {
              num->ordinal = TRUE;
              total += chunk + t->value;
              chunk = 0;
              COMMIT (i + 1);
            }
          else if ((prev == C_HUNDRED || prev == C_SCALE || prev == C_AND) && t->value < 100)
            {
              num->ordinal = TRUE;
              total += chunk + t->value;
              chunk = 0;
              COMMIT (i + 1);
            }
          else if ((prev == C_UNIT || prev == C_TEEN || prev == C_TENS || prev == C_HUNDRED) &&
                   t->value >= 100)
            {
              num->ordinal = TRUE;
              total = (total + chunk) * t->value;
              chunk = 0;
              COMMIT (i + 1);
            }
          break;
        }
      else if (c == C_QUARTER && (t->flags & F_PLURAL) && (prev == C_UNIT) && sub < 4 && sub > 0 &&
               chunk == sub && total == 0)
        {
          /* "three quarters", then maybe "billion". */
          Tok *after = tok (&ts, i + 1);

          chunk = sub / 4;
          num->fraction = TRUE;
          num->is_int = FALSE;
          if (after && after->cls == C_SCALE && !(after->flags & F_PLURAL))
            {
              total = chunk * after->value;
              last_scale = after->value;
              chunk = 0;
              COMMIT (i + 2);
            }
          else
            COMMIT (i + 1);
          break;
        }
      else
        break;
    }

  if (commit_n == 0)
    return FALSE;
  num->value = commit_v;
  num->scale = commit_scale;
  num->ntok = commit_n;
  num->end = ts.toks[commit_n - 1].end;
  if (commit_n > 1)
    num->words = num->words || ts.toks[1].cls != C_DIG;
  num->one_word = commit_n == 1 && t0->cls == C_UNIT && t0->value == 1;
  if (!isfinite (num->value))
    return FALSE;

#undef COMMIT
#undef GROUP_MARK
#undef GROUP_BACK
  return TRUE;
}

/* Fractions spelled with a preposition: "one over three", "2 out of 5",
 * "one in five". */
static gboolean
parse_number (const Text *x,
              gsize       pos,
              Num        *num)
{
  char w[MAX_WORD];
  gsize ws, we, q;
  Num den;

  if (!parse_cardinal (x, pos, num))
    return FALSE;
  if (num->ordinal || num->fraction || num->vague || !num->is_int || num->lit.mult != 1 ||
      num->lit.grouped || num->decade || num->value < 0 || hspace_len (x, num->end) == 0 ||
      !next_word (x, num->end, w, &ws, &we))
    return TRUE;
  if (strcmp (w, "over") == 0 || strcmp (w, "in") == 0)
    q = skip_space (x, we);
  else if (strcmp (w, "out") == 0)
    {
      char w2[MAX_WORD];
      gsize ws2, we2;

      if (!next_word (x, we, w2, &ws2, &we2) || strcmp (w2, "of") != 0)
        return TRUE;
      q = skip_space (x, we2);
    }
  else
    return TRUE;
  if (!(is_digit (at (x, q)) || is_alpha (at (x, q))) || !parse_cardinal (x, q, &den) ||
      den.ordinal || den.fraction || den.vague || !den.is_int || den.value <= 0 ||
      den.lit.mult != 1 || den.decade || is_alnum (at (x, den.end)) || den.one_word)
    return TRUE;
  if (strcmp (w, "over") == 0)
    {
      /* "over 3 years" is a span of time */
      if (is_alpha (at (x, skip_space (x, den.end))))
        return TRUE;
    }
  else if (strcmp (w, "in") == 0)
    {
      if (num->value != 1 || den.value < 2 || is_year_like (&den))
        return TRUE;
    }
  else if (num->value >= den.value)
    return TRUE;
  num->value /= den.value;
  num->end = den.end;
  num->fraction = TRUE;
  num->is_int = FALSE;
  num->words = TRUE;
  num->one_word = FALSE;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Figures */

typedef struct {
  gsize start;
  gsize end;
  double value;
  double value_max;
  PxFigureKind kind;
  PxFigureQualifier qualifier;
  const char *unit;
  gsize noun_start;       /* a counted noun in the text, when unit is NULL */
  gsize noun_end;
  gboolean bare;          /* no unit inside the span */
} Fig;

static int
compare_fig_position (gconstpointer pa,
                      gconstpointer pb)
{
  const Fig *a = pa;
  const Fig *b = pb;

  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end < b->end ? -1 : 1;
  return 0;
}

typedef struct {
  Text x;
  GArray *figs;
  gsize last_end;
} Scan;

static const char * const pronoun_before_one[] = {
  "the", "this", "that", "which", "each", "every", "any", "no", "another", "a", "some",
  "only", "other", "little", "such", "someone", "everyone", "anyone", "last", "next", "first",
  "previous", "current", "but", "new", "old", "same", "right", "wrong", "better", "best",
  "big", "small", "good", "bad", "latest", "earlier", "later", "former", NULL
};

static const char * const ident_nouns[] = {
  "route", "highway", "hwy", "flight", "resolution", "room", "exit", "article", "section",
  "chapter", "page", "pages", "version", "model", "platform", "gate", "bus", "channel",
  "track", "interstate", "apartment", "apt", "suite", "terminal", "episode", "volume", "vol",
  "issue", "item", "rule", "paragraph", "clause", "amendment", "code", "zone", "sector",
  "district", "ward", "precinct", "unit", "squad", "battalion", "brigade", "regiment",
  "psalm", "verse", "line", "lines", "act", "box", "pier", "runway", "berth", "stand",
  "row", "seat", "car", "lane", "level", "floor", "block", "lot", "plot", "ext",
  "extension", "tel", "phone", "fax", "ticket", "serial", "id", "ref", "cell", "ward", NULL
};

static const char * const year_before[] = {
  "in", "since", "by", "until", "till", "during", "from", "of", "before", "after", "to",
  "through", "early", "late", "mid", "summer", "spring", "autumn", "fall", "winter", "year",
  "fiscal", "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
  "aug", "sep", "sept", "oct", "nov", "dec", "between", "and", "circa", "around", "throughout",
  "election", "census", "season", "class", "born", "c", NULL
};

static const char * const stop_nouns[] = {
  "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from",
  "by", "with", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
  "will", "would", "could", "should", "may", "might", "must", "can", "did", "do", "does",
  "that", "this", "these", "those", "it", "its", "he", "she", "they", "we", "you", "i", "his",
  "her", "their", "our", "my", "your", "him", "them", "us", "me", "than", "then", "more",
  "less", "per", "who", "whom", "whose", "which", "what", "when", "where", "while", "after",
  "before", "since", "until", "over", "under", "about", "into", "onto", "out", "up", "down",
  "said", "says", "say", "also", "not", "no", "so", "if", "there", "here", "all", "each",
  "every", "both", "other", "such", "only", "just", "some", "any", "most", "many", "much",
  "few", "fewer", "ago", "earlier", "later", "am", "pm", "percent", "including", "among",
  "against", "between", "through", "during", "without", "within", "via", "because", "though",
  "although", "unless", "whether", "yet", "still", "now", "again", "ever", "never", "once",
  "too", "very", "even", "already", "instead", "rather", "either", "neither", "another",
  "following", "last", "next", "previous", "first", "second", "third", "other", "others",
  "st", "nd", "rd", "th", "or", "plus", "minus", "times", "x", "by", "vs", "versus", "v",
  "like", "across", "along", "around", "behind", "beyond", "near", "off", "past", "toward",
  "towards", "upon", "according", "compared", "alone", "apiece", "each", "respectively",
  "is", "were", "became", "become", "remain", "remained", "left", "got", "get", "gets",
  "today", "yesterday", "tomorrow", "tonight", "daily", "weekly", "monthly", "yearly",
  "annually", "overall", "total", "altogether", "combined", "apiece", "each", "well", "back",
  "ago", "away", "home", "abroad", "instead", "more", "less", "fewer", "least", "most",
  "overnight", "straight", "running", "consecutive", "apart", "later", "earlier", "since",
  "went", "came", "took", "made", "make", "makes", NULL
};

static WordSet stop_noun_set = { stop_nouns, NULL };

static gboolean
is_currency_code_word (const char *w)
{
  const UnitLex *u = lookup_unit_word (w);

  return u != NULL && u->kind == U_MONEY && (u->flags & UF_ATTACHED) && u->unit[0] != '\0' &&
         strlen (w) >= 3;
}

/* Currency symbols and their units. Tamil "ரூ" is only written after the
 * amount (or before a range's second number), never opening one. */
static const struct {
  const char *sym;
  const char *unit;
  gboolean after_only;
} currency_symbols[] = {
  { "$", "$", FALSE }, { "\xe2\x82\xac", "EUR", FALSE }, { "\xc2\xa3", "GBP", FALSE },
  { "\xc2\xa5", "JPY", FALSE }, { "\xe2\x82\xb9", "INR", FALSE }, { "\xe2\x82\xbf", "BTC", FALSE },
  { "\xe2\x82\xa1", "CRC", FALSE }, { "\xe2\x82\xbe", "GEL", FALSE }, { "\xe2\x82\xad", "LAK", FALSE },
  { "\xe2\x82\xa9", "KRW", FALSE }, { "\xe2\x82\xbd", "RUB", FALSE }, { "\xe2\x82\xba", "TRY", FALSE },
  { "\xe2\x82\xaa", "ILS", FALSE }, { "\xe2\x82\xb1", "PHP", FALSE }, { "\xe2\x82\xa6", "NGN", FALSE },
  { "\xe5\x85\x83", "CNY", FALSE }, { "\xe0\xae\xb0\xe0\xaf\x82", "LKR", TRUE },
};

/* A currency symbol ending at @end; returns its start or @end. */
static gsize
currency_symbol_before (const Text  *x,
                        gsize        end,
                        const char **unit)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    {
      gsize n = strlen (currency_symbols[i].sym);

      if (currency_symbols[i].after_only)
        continue;
      if (end >= n && memcmp (x->t + end - n, currency_symbols[i].sym, n) == 0)
        {
          *unit = currency_symbols[i].unit;
          return end - n;
        }
    }
  return end;
}

static gsize
currency_symbol_at (const Text  *x,
                    gsize        pos,
                    const char **unit)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    {
      gsize n = strlen (currency_symbols[i].sym);

      if (pos + n <= x->len && memcmp (x->t + pos, currency_symbols[i].sym, n) == 0)
        {
          *unit = currency_symbols[i].unit;
          return pos + n;
        }
    }
  return pos;
}

/* Letters that qualify a dollar sign: US$, C$, HK$, Mex$, usd$. */
static const char *
dollar_prefix (const char *w)
{
  static const struct { const char *w; const char *unit; } p[] = {
    { "us", "USD" }, { "u.s", "USD" }, { "usd", "USD" }, { "c", "CAD" }, { "ca", "CAD" },
    { "cad", "CAD" }, { "a", "AUD" }, { "au", "AUD" }, { "aud", "AUD" }, { "hk", "HKD" },
    { "nz", "NZD" }, { "nzd", "NZD" }, { "s", "SGD" }, { "r", "BRL" }, { "mex", "MXN" },
    { "mxn", "MXN" }, { "nt", "TWD" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (p); i++)
    if (strcmp (w, p[i].w) == 0)
      return p[i].unit;
  return NULL;
}

/* Currency before the number at @start: "$", "US$ ", "c $ ", "USD ", "€".
 * Returns the new start or @start. */
static gsize
money_before (const Text  *x,
              gsize        start,
              const char **unit,
              double      *mult)
{
  gsize s = skip_space_back (x, start);
  gsize sym;
  char w[MAX_WORD];

  if (start - s > 3)
    return start;
  sym = currency_symbol_before (x, s, unit);
  if (sym < s)
    {
      gsize ws, k;

      if (strcmp (*unit, "$") == 0)
        {
          /* Letters glued or spaced before the sign. */
          k = sym;
          if (k > 0 && x->t[k - 1] == ' ')
            k--;
          ws = read_word_back (x, k, w);
          if (ws < k)
            {
              const char *u = dollar_prefix (w);

              /* spaced, only the unambiguous ones: "us $", "c $", "hk $" */
              if (u != NULL && k < sym && (strcmp (w, "a") == 0 || strcmp (w, "s") == 0 ||
                                           strcmp (w, "r") == 0 || strcmp (w, "ca") == 0 ||
                                           strcmp (w, "au") == 0))
                u = NULL;
              if (ws >= 2 && x->t[ws - 1] == '.' && strcmp (w, "s") == 0)
                {
                  /* u.s $ */
                  char w2[MAX_WORD];
                  gsize ws2 = read_word_back (x, ws - 1, w2);

                  if (ws2 < ws - 1 && strcmp (w2, "u") == 0)
                    {
                      u = "USD";
                      ws = ws2;
                    }
                }
              if (u != NULL)
                {
                  *unit = u;
                  return ws;
                }
            }
        }
      return sym;
    }
  /* An ISO code or "Rs" before the number. */
  {
    gsize ws = read_word_back (x, s, w);

    if (ws < s && (is_currency_code_word (w) || strcmp (w, "rs") == 0))
      {
        const UnitLex *u = lookup_unit_word (w);

        if (u != NULL && (u->flags & UF_CASE) && strncmp (x->t + ws, "TRY", 3) != 0)
          return start;
        *unit = u ? u->unit : "INR";
        if (u && (u->flags & UF_MILLION))
          *mult = 1e6;
        return ws;
      }
  }
  return start;
}

static const char *
nationality_currency (const char *adj,
                      const char *unit)
{
  static const struct { const char *adj; const char *cur; const char *unit; } t[] = {
    { "us", "$", "USD" }, { "american", "$", "USD" }, { "canadian", "$", "CAD" },
    { "australian", "$", "AUD" }, { "singapore", "$", "SGD" }, { "taiwan", "$", "TWD" },
    { "zealand", "$", "NZD" }, { "kong", "$", "HKD" }, { "chinese", "CNY", "CNY" },
    { "swiss", "franc", "CHF" }, { "french", "franc", "FRF" }, { "belgian", "franc", "BEF" },
    { "dutch", "NLG", "NLG" }, { "finnish", "FIM", "FIM" }, { "turkish", "lira", "TRY" },
    { "italian", "lira", "ITL" }, { "indian", "rupee", "INR" }, { "pakistani", "rupee", "PKR" },
    { "sri", "rupee", "LKR" }, { "mexican", "peso", "MXN" }, { "philippine", "peso", "PHP" },
    { "argentine", "peso", "ARS" }, { "swedish", "krona", "SEK" }, { "norwegian", "krone", "NOK" },
    { "danish", "krone", "DKK" }, { "japanese", "JPY", "JPY" }, { "russian", "RUB", "RUB" },
    { "british", "GBP", "GBP" }, { "egyptian", "GBP", "EGP" }, { "jordanian", "dinar", "JOD" },
    { "iraqi", "dinar", "IQD" }, { "kuwaiti", "dinar", "KWD" }, { "saudi", "riyal", "SAR" },
    { "south", "ZAR", "ZAR" }, { "brazilian", "real", "BRL" }, { "hong", "$", "HKD" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (t); i++)
    if (strcmp (adj, t[i].adj) == 0 && strcmp (unit, t[i].cur) == 0)
      return t[i].unit;
  return NULL;
}

/* Cents after a whole amount: "3 dollars 50 cents", "15 dollars and 50". */
static gsize
money_cents (const Text *x,
             gsize       p,
             double     *value)
{
  gsize q = skip_space (x, p);
  char w[MAX_WORD];
  gsize ws, we;
  Num sub;

  if (next_word (x, p, w, &ws, &we) && strcmp (w, "and") == 0)
    q = skip_space (x, we);
  if (!(is_digit (at (x, q)) || is_alpha (at (x, q))) || !parse_number (x, q, &sub) ||
      !sub.is_int || sub.value < 1 || sub.value >= 100 || sub.ordinal || sub.fraction ||
      sub.lit.grouped || sub.lit.mult != 1 || is_alnum (at (x, sub.end)))
    return p;
  if (next_word (x, sub.end, w, &ws, &we))
    {
      if (strcmp (w, "cents") == 0 || strcmp (w, "cent") == 0 || strcmp (w, "pence") == 0)
        {
          *value += sub.value / 100;
          return we;
        }
      if (strcmp (w, "and") != 0)
        return p;
    }
  else if (is_alnum (at (x, skip_space (x, sub.end))) || at (x, skip_space (x, sub.end)) == '%' ||
           at (x, skip_space (x, sub.end)) == '$')
    return p;
  *value += sub.value / 100;
  return sub.end;
}

/* Measure units that may follow a unit: "cubic feet", "miles an hour",
 * "degrees celsius". Returns the end of the whole unit. */
static gsize
unit_tail (const Text     *x,
           gsize           e,
           const UnitLex **ul)
{
  char w[MAX_WORD];
  gsize ws, we;
  const char *u = (*ul)->unit;

  if (strcmp ((*ul)->word, "square") == 0 || strcmp ((*ul)->word, "sq") == 0 ||
      strcmp ((*ul)->word, "cubic") == 0 || strcmp ((*ul)->word, "metric") == 0 ||
      strcmp ((*ul)->word, "nautical") == 0)
    {
      const UnitLex *n;

      if (!next_word (x, e, w, &ws, &we) || (n = lookup_unit_word (w)) == NULL ||
          n->kind != U_MEASURE || n->unit == NULL)
        return 0;
      *ul = n;
      return we;
    }
  if (u != NULL && u[0] == '\xc2')
    {
      /* degrees: celsius, fahrenheit, c, f */
      gsize p = e;

      if (at (x, p) == '.' && strcmp ((*ul)->word, "deg") == 0)
        p++;
      if (next_word (x, p, w, &ws, &we))
        {
          const UnitLex *n = lookup_unit_word (w);

          if (n != NULL && n->unit && n->unit[0] == '\xc2' && strlen (n->unit) == 3)
            {
              *ul = n;
              return we;
            }
          if ((strcmp (w, "c") == 0 || strcmp (w, "f") == 0) && !is_alnum (at (x, we)) &&
              at (x, we) != '.')
            {
              *ul = lookup_unit_word (w[0] == 'c' ? "celsius" : "fahrenheit");
              return we;
            }
        }
      return p;
    }
  if (strcmp (u, "mi") == 0 || strcmp (u, "km") == 0 || strcmp (u, "m") == 0 ||
      strcmp (u, "cm") == 0)
    {
      /* speeds */
      if (next_word (x, e, w, &ws, &we) && (strcmp (w, "an") == 0 || strcmp (w, "per") == 0 ||
                                            strcmp (w, "a") == 0))
        {
          char w2[MAX_WORD];
          gsize ws2, we2;

          if (next_word (x, we, w2, &ws2, &we2) &&
              (strcmp (w2, "hour") == 0 || strcmp (w2, "second") == 0 ||
               strcmp (w2, "millisecond") == 0 || strcmp (w2, "minute") == 0))
            return we2;
        }
      if (at (x, e) == '/' && is_alpha (at (x, e + 1)))
        {
          gsize k = e + 1;

          while (is_alpha (at (x, k)))
            k++;
          if (!is_alnum (at (x, k)))
            return k;
        }
    }
  return e;
}

typedef struct {
  gsize end;
  gboolean in_span;
  PxFigureKind kind;
  const char *unit;
  gboolean age;
  double mult;            /* MUSD */
} UnitMatch;

/* The unit after a number ending at @p. */
static gboolean
unit_after (const Text *x,
            const Num  *num,
            gsize       p,
            UnitMatch  *m)
{
  char w[MAX_WORD];
  gsize ws, we;
  const UnitLex *ul;
  gboolean attached = is_alpha (at (x, p));
  gboolean hyphen = FALSE;
  gsize q = p;
  const char *sym_unit = NULL;
  gsize sym_end;

  memset (m, 0, sizeof *m);

  if (at (x, q) == '%' || (hspace_len (x, q) > 0 && at (x, q + hspace_len (x, q)) == '%'))
    {
      m->end = (at (x, q) == '%' ? q : q + hspace_len (x, q)) + 1;
      m->in_span = TRUE;
      m->kind = PX_FIGURE_KIND_PERCENT;
      m->unit = "%";
      return TRUE;
    }
  /* symbols after the number: 10 $, 100元, 100 ₡ */
  sym_end = currency_symbol_at (x, at (x, q) == ' ' ? q + 1 : q, &sym_unit);
  if (sym_end > q + (at (x, q) == ' ' ? 1 : 0) && !is_digit (at (x, sym_end)) &&
      (num->lit.mult == 1 || !is_digit (at (x, skip_space (x, sym_end)))))
    {
      m->end = sym_end;
      m->in_span = TRUE;
      m->kind = PX_FIGURE_KIND_MONEY;
      m->unit = sym_unit;
      return TRUE;
    }
  if (at (x, q) == 0xC2 && at (x, q + 1) == 0xB0)
    {
      /* 85°, 100°C, 20 °F */
      gsize e = q + 2;

      m->unit = "\xc2\xb0";
      if ((at (x, e) == 'C' || at (x, e) == 'F') && !is_alnum (at (x, e + 1)))
        {
          m->unit = at (x, e) == 'C' ? "\xc2\xb0" "C" : "\xc2\xb0" "F";
          e++;
        }
      m->end = e;
      m->in_span = TRUE;
      m->kind = PX_FIGURE_KIND_MEASURE;
      return TRUE;
    }
  if (!attached)
    {
      gsize d;

      if (at (x, q) == '(' || at (x, q) == '[' || at (x, q) == '{' || at (x, q) == '<' ||
          (at (x, q) == ' ' && strchr ("([{<", at (x, q + 1)) != NULL && at (x, q + 1) != 0))
        {
          /* 20 (kg) */
          gsize o = at (x, q) == ' ' ? q + 1 : q;
          guchar open = at (x, o);
          guchar close = open == '(' ? ')' : open == '[' ? ']' : open == '{' ? '}' : '>';
          gsize e = read_word (x, o + 1, w);

          if (e > o + 1 && at (x, e) == close && (ul = lookup_unit_word (w)) != NULL &&
              ul->kind == U_MEASURE && ul->unit != NULL)
            {
              m->end = e + 1;
              m->in_span = TRUE;
              m->kind = PX_FIGURE_KIND_MEASURE;
              m->unit = ul->unit;
              return TRUE;
            }
          return FALSE;
        }
      d = dash_len (x, q);
      if (d == 1 && is_alpha (at (x, q + 1)))
        {
          hyphen = TRUE;
          q += 1;
        }
      else if (hspace_len (x, q) > 0)
        q = skip_space (x, q);
      else
        return FALSE;
    }
  {
    /* km2, m3, μg */
    gsize le = q;
    guchar c;

    while (is_alpha (at (x, le)) && le - q < 3)
      le++;
    c = at (x, le);
    if (le > q && (c == '2' || c == '3') && !is_alnum (at (x, le + 1)))
      {
        static const char * const areas[] = { "km", "m", "cm", "mm", "mi", "ft", NULL };
        char a[4];
        gsize k;

        for (k = q; k < le; k++)
          a[k - q] = g_ascii_tolower (x->t[k]);
        a[le - q] = '\0';
        if (word_in (a, areas) && (attached || hyphen || le - q >= 2))
          {
            m->end = le + 1;
            m->in_span = TRUE;
            m->kind = PX_FIGURE_KIND_MEASURE;
            m->unit = c == '2' ? (strcmp (a, "km") == 0 ? "km2" : "m2") : "m3";
            return TRUE;
          }
      }
    if (((at (x, q) == 0xCE && at (x, q + 1) == 0xBC) ||
         (at (x, q) == 0xC2 && at (x, q + 1) == 0xB5)) &&
        at (x, q + 2) == 'g' && !is_alnum (at (x, q + 3)))
      {
        m->end = q + 3;
        m->in_span = TRUE;
        m->kind = PX_FIGURE_KIND_MEASURE;
        m->unit = "mcg";
        return TRUE;
      }
  }
  we = read_word (x, q, w);
  ws = q;
  if (we == ws || w[0] == '\0')
    return FALSE;
  ul = lookup_unit_word (w);
  if (ul == NULL && !attached && !hyphen && strcmp (w, "per") == 0)
    {
      char w2[MAX_WORD];
      gsize ws2, we2;

      if (next_word (x, we, w2, &ws2, &we2) && strcmp (w2, "cent") == 0)
        {
          m->end = we2;
          m->in_span = TRUE;
          m->kind = PX_FIGURE_KIND_PERCENT;
          m->unit = "%";
          return TRUE;
        }
    }
  if (ul != NULL)
    {
      if (attached && !(ul->flags & UF_ATTACHED))
        return FALSE;
      if (!attached && !hyphen && !(ul->flags & UF_SPACED))
        ul = NULL;
    }
  if (ul != NULL && (ul->flags & UF_CASE))
    {
      /* "M" is not "m"; compare the original letters. */
      if (strncmp (x->t + ws, ul->word, we - ws) != 0 &&
          !(strcmp (ul->word, "try") == 0 && strncmp (x->t + ws, "TRY", 3) == 0))
        ul = NULL;
    }
  if (ul == NULL)
    {
      if (!attached && !hyphen)
        {
          /* "australian dollars", "us dollars", "hong kong dollars" */
          char w2[MAX_WORD];
          gsize ws2, we2;
          gsize k = we;

          if (strcmp (w, "u") == 0 && at (x, we) == '.' && at (x, we + 1) == 's' &&
              at (x, we + 2) == '.')
            {
              strcpy (w, "us");
              k = we + 3;
            }
          if (strcmp (w, "hong") == 0 || strcmp (w, "new") == 0 || strcmp (w, "sri") == 0 ||
              strcmp (w, "south") == 0)
            {
              if (next_word (x, k, w2, &ws2, &we2))
                k = we2;
            }
          if (next_word (x, k, w2, &ws2, &we2) && (ul = lookup_unit_word (w2)) != NULL &&
              ul->kind == U_MONEY && (ul->flags & UF_SPACED))
            {
              const char *u = nationality_currency (w, ul->unit);

              if (u == NULL && strcmp (w, "us") == 0)
                u = "USD";
              if (u != NULL)
                {
                  m->end = we2;
                  m->in_span = TRUE;
                  m->kind = PX_FIGURE_KIND_MONEY;
                  m->unit = u;
                  return TRUE;
                }
            }
          /* "five years old", "90 day old" handled with time units below */
        }
      return FALSE;
    }

  m->end = we;
  m->in_span = TRUE;
  switch (ul->kind)
    {
    case U_PERCENT:
      m->kind = PX_FIGURE_KIND_PERCENT;
      m->unit = "%";
      if (next_word (x, we, w, &ws, &we) &&
          (strcmp (w, "point") == 0 || strcmp (w, "points") == 0) &&
          strcmp (ul->word, "percentage") == 0)
        {
          m->end = we;
          m->unit = "percentage points";
        }
      return TRUE;

    case U_MONEY:
      m->kind = PX_FIGURE_KIND_MONEY;
      m->unit = ul->unit;
      if (ul->flags & UF_MILLION)
        m->mult = 1e6;
      if ((ul->flags & UF_AMBIG) && num->scale < 1e6)
        {
          char wn[MAX_WORD];
          gsize s2, e2;

          /* "pounds sterling" is money; bare pounds are a weight. */
          if (!(next_word (x, we, wn, &s2, &e2) && strcmp (wn, "sterling") == 0))
            {
              m->kind = PX_FIGURE_KIND_MEASURE;
              m->unit = "lb";
            }
          else
            m->end = e2;
        }
      if (strcmp (ul->word, "p") == 0 && (!num->is_int || num->scale != 1))
        return FALSE;
      return TRUE;

    case U_TIME:
      {
        char w2[MAX_WORD];
        gsize ws2, we2;

        m->unit = ul->unit;
        m->kind = PX_FIGURE_KIND_DURATION;
        /* ages: "five years old", "3 years of age", "five-year-old", "90 day old" */
        if (at (x, we) == '-' && is_alpha (at (x, we + 1)))
          {
            gsize e3 = read_word (x, we + 1, w2);

            if (strcmp (w2, "old") == 0)
              {
                m->kind = PX_FIGURE_KIND_AGE;
                m->end = e3;
                m->age = TRUE;
                return TRUE;
              }
            m->in_span = TRUE;
            return TRUE;
          }
        if (next_word (x, we, w2, &ws2, &we2))
          {
            if (strcmp (w2, "old") == 0)
              {
                m->kind = PX_FIGURE_KIND_AGE;
                m->end = we2;
                m->age = TRUE;
                return TRUE;
              }
            if (strcmp (w2, "of") == 0)
              {
                char w3[MAX_WORD];
                gsize ws3, we3;

                if (next_word (x, we2, w3, &ws3, &we3) && strcmp (w3, "age") == 0)
                  {
                    m->kind = PX_FIGURE_KIND_AGE;
                    m->end = we3;
                    m->age = TRUE;
                    return TRUE;
                  }
              }
          }
        /* a hyphenated duration ("22-month") keeps its unit in the span */
        m->in_span = hyphen;
        return TRUE;
      }

    case U_MEASURE:
    default:
      m->kind = PX_FIGURE_KIND_MEASURE;
      m->end = unit_tail (x, we, &ul);
      if (m->end == 0)
        return FALSE;
      m->unit = ul->unit;
      return TRUE;
    }
}

/* ---------------------------------------------------------------------- */
/* Qualifiers */

typedef struct {
  const char *phrase;
  guint8 qualifier;
  gboolean join;          /* part of a bare number's span */
} QualPhrase;

#define Q_EXACT PX_FIGURE_QUALIFIER_EXACT
#define Q_ABOUT PX_FIGURE_QUALIFIER_ABOUT
#define Q_AT_LEAST PX_FIGURE_QUALIFIER_AT_LEAST
#define Q_MORE PX_FIGURE_QUALIFIER_MORE_THAN
#define Q_AT_MOST PX_FIGURE_QUALIFIER_AT_MOST
#define Q_LESS PX_FIGURE_QUALIFIER_LESS_THAN
#define Q_RANGE PX_FIGURE_QUALIFIER_RANGE

static const QualPhrase quals_before[] = {
  { "at least or equal to", Q_AT_LEAST, TRUE }, { "greater than or equal to", Q_AT_LEAST, TRUE },
  { "more than or equal to", Q_AT_LEAST, TRUE }, { "higher than or equal to", Q_AT_LEAST, TRUE },
  { "larger than or equal to", Q_AT_LEAST, TRUE }, { "bigger or equal than", Q_AT_LEAST, TRUE },
  { "higher or equal than", Q_AT_LEAST, TRUE }, { "greater or equal than", Q_AT_LEAST, TRUE },
  { "larger or equal than", Q_AT_LEAST, TRUE }, { "more or equal than", Q_AT_LEAST, TRUE },
  { "equal to or more than", Q_AT_LEAST, TRUE }, { "equal to or greater than", Q_AT_LEAST, TRUE },
  { "equal to or higher than", Q_AT_LEAST, TRUE }, { "equal to or larger than", Q_AT_LEAST, TRUE },
  { "less than or equal to", Q_AT_MOST, TRUE }, { "smaller or equal than", Q_AT_MOST, TRUE },
  { "less or equal than", Q_AT_MOST, TRUE }, { "lower or equal than", Q_AT_MOST, TRUE },
  { "equal to or less than", Q_AT_MOST, TRUE }, { "equal to or fewer than", Q_AT_MOST, TRUE },
  { "equal to or lower than", Q_AT_MOST, TRUE }, { "equal to or smaller than", Q_AT_MOST, TRUE },
  { "smaller than or equal to", Q_AT_MOST, TRUE }, { "lower than or equal to", Q_AT_MOST, TRUE },
  { "fewer than or equal to", Q_AT_MOST, TRUE },
  { "more than", Q_MORE, TRUE }, { "greater than", Q_MORE, TRUE }, { "larger than", Q_MORE, TRUE },
  { "bigger than", Q_MORE, TRUE }, { "higher than", Q_MORE, TRUE }, { "in excess of", Q_MORE, TRUE },
  { "upwards of", Q_MORE, TRUE }, { "well over", Q_MORE, TRUE }, { "just over", Q_MORE, TRUE },
  { "over", Q_MORE, TRUE }, { "above", Q_MORE, TRUE }, { "exceeding", Q_MORE, TRUE },
  { "exceed", Q_MORE, TRUE }, { "exceeds", Q_MORE, TRUE }, { "exceeded", Q_MORE, TRUE },
  { "surpass", Q_MORE, TRUE }, { "surpasses", Q_MORE, TRUE }, { "surpassed", Q_MORE, TRUE },
  { "surpassing", Q_MORE, TRUE }, { "well above", Q_MORE, TRUE },
  { "at least", Q_AT_LEAST, TRUE }, { "no less than", Q_AT_LEAST, TRUE },
  { "not less than", Q_AT_LEAST, TRUE }, { "no fewer than", Q_AT_LEAST, TRUE },
  { "not fewer than", Q_AT_LEAST, TRUE }, { "a minimum of", Q_AT_LEAST, TRUE },
  { "at most", Q_AT_MOST, TRUE }, { "up to", Q_AT_MOST, TRUE }, { "no more than", Q_AT_MOST, TRUE },
  { "not more than", Q_AT_MOST, TRUE }, { "as many as", Q_AT_MOST, TRUE },
  { "a maximum of", Q_AT_MOST, TRUE }, { "no greater than", Q_AT_MOST, TRUE },
  { "as much as", Q_AT_MOST, TRUE },
  { "less than", Q_LESS, TRUE }, { "fewer than", Q_LESS, TRUE }, { "lower than", Q_LESS, TRUE },
  { "smaller than", Q_LESS, TRUE }, { "below", Q_LESS, TRUE }, { "under", Q_LESS, TRUE },
  { "just under", Q_LESS, TRUE }, { "nearly", Q_LESS, TRUE }, { "almost", Q_LESS, TRUE },
  { "close to", Q_LESS, TRUE }, { "just shy of", Q_LESS, TRUE }, { "well below", Q_LESS, TRUE },
  { "equal to", Q_EXACT, TRUE }, { "equals to", Q_EXACT, TRUE }, { "equals", Q_EXACT, TRUE },
  { "equaling to", Q_EXACT, TRUE }, { "equalling to", Q_EXACT, TRUE }, { "exactly", Q_EXACT, FALSE },
  { "about", Q_ABOUT, FALSE }, { "around", Q_ABOUT, FALSE }, { "roughly", Q_ABOUT, FALSE },
  { "approximately", Q_ABOUT, FALSE }, { "approx", Q_ABOUT, FALSE }, { "some", Q_ABOUT, FALSE },
  { "an estimated", Q_ABOUT, FALSE }, { "estimated", Q_ABOUT, FALSE }, { "circa", Q_ABOUT, FALSE },
  { "an approximate", Q_ABOUT, FALSE }, { "roughly about", Q_ABOUT, FALSE },
  { "an average of", Q_ABOUT, FALSE }, { "on average", Q_ABOUT, FALSE },
};

typedef struct {
  gsize start;
  guint8 qualifier;
  gboolean join;
  gboolean found;
} QualMatch;

/* The last words of the phrases above. */
static const char * const qual_last_words[] = {
  "to", "than", "of", "over", "above", "exceeding", "exceed", "exceeds", "exceeded", "surpass",
  "surpasses", "surpassed", "surpassing", "least", "most", "as", "under", "below", "nearly",
  "almost", "equals", "exactly", "about", "around", "roughly", "approximately", "approx", "some",
  "estimated", "circa", "approximate", "average", "upwards", NULL
};

static WordSet qual_last_set = { qual_last_words, NULL };

/* The longest qualifier phrase or comparison sign right before @start. */
static QualMatch
qualifier_before (const Text *x,
                  gsize       start,
                  gboolean    skip_the)
{
  QualMatch m = { start, Q_EXACT, FALSE, FALSE };
  char words[6][MAX_WORD];
  gsize starts[6];
  char tail[6 * MAX_WORD];
  guint n = 0, i;
  gsize p = start;
  gsize s = skip_space_back (x, start);
  gsize best_len = 0;

  /* signs: > 10, >= 30, < = 100, <-30 */
  if (s > 0 && (x->t[s - 1] == '>' || x->t[s - 1] == '<' || x->t[s - 1] == '='))
    {
      gsize k = s - 1;
      guchar c = x->t[k];
      guint8 q;

      if (c == '=')
        {
          gsize k2 = skip_space_back (x, k);

          if (k2 > 0 && (x->t[k2 - 1] == '>' || x->t[k2 - 1] == '<'))
            {
              q = x->t[k2 - 1] == '>' ? Q_AT_LEAST : Q_AT_MOST;
              k = k2 - 1;
              if (k > 0 && strchr ("<>=", x->t[k - 1]) != NULL)
                return m;
              m.start = k;
              m.qualifier = q;
              m.join = TRUE;
              m.found = TRUE;
            }
          return m;
        }
      if (k > 0 && strchr ("<>=", x->t[k - 1]) != NULL)
        return m;
      m.start = k;
      m.qualifier = c == '>' ? Q_MORE : Q_LESS;
      m.join = TRUE;
      m.found = TRUE;
      return m;
    }
  if (s >= 3 && (guchar) x->t[s - 3] == 0xE2 && (guchar) x->t[s - 2] == 0x89 &&
      ((guchar) x->t[s - 1] == 0xA5 || (guchar) x->t[s - 1] == 0xA4))
    {
      m.start = s - 3;
      m.qualifier = (guchar) x->t[s - 1] == 0xA5 ? Q_AT_LEAST : Q_AT_MOST;
      m.join = TRUE;
      m.found = TRUE;
      return m;
    }

  while (n < 6)
    {
      gsize e = skip_space_back (x, p);
      gsize ws = read_word_back (x, e, words[n]);

      if (ws == e || (e < p && p - e > 3) || (e == p && n > 0))
        break;
      starts[n] = ws;
      p = ws;
      n++;
    }
  if (skip_the && !(n > 2 && strcmp (words[0], "the") == 0 && strcmp (words[1], "than") == 0))
    return m;
  if (skip_the && n > 1 && strcmp (words[0], "the") == 0)
    {
      memmove (words[0], words[1], sizeof words - sizeof words[0]);
      memmove (starts, starts + 1, sizeof starts - sizeof starts[0]);
      n--;
    }
  if (n == 0 || !word_in_set (words[0], &qual_last_set))
    return m;
  tail[0] = '\0';
  for (i = n; i-- > 0;)
    {
      strcat (tail, words[i]);
      if (i > 0)
        strcat (tail, " ");
    }
  for (i = 0; i < G_N_ELEMENTS (quals_before); i++)
    {
      gsize pl = strlen (quals_before[i].phrase);
      gsize tl = strlen (tail);

      if (pl <= tl && pl > best_len && strcmp (tail + tl - pl, quals_before[i].phrase) == 0 &&
          (pl == tl || tail[tl - pl - 1] == ' '))
        {
          guint nw = 1;
          const char *c;

          for (c = quals_before[i].phrase; *c; c++)
            nw += *c == ' ';
          best_len = pl;
          m.start = starts[nw - 1];
          m.qualifier = quals_before[i].qualifier;
          m.join = quals_before[i].join;
          m.found = TRUE;
        }
    }
  return m;
}

/* "or more", "and more", "or less", "or equal to" after a figure. */
static QualMatch
qualifier_after (const Text *x,
                 gsize       end,
                 guint8      current)
{
  QualMatch m = { end, current, FALSE, FALSE };
  char w1[MAX_WORD], w2[MAX_WORD], w3[MAX_WORD];
  gsize s1, e1, s2, e2, s3, e3;

  if (!next_word (x, end, w1, &s1, &e1) || (strcmp (w1, "or") != 0 && strcmp (w1, "and") != 0))
    {
      if (next_word (x, end, w1, &s1, &e1) && strcmp (w1, "plus") == 0 &&
          !is_alnum (at (x, skip_space (x, e1))))
        {
          m.start = e1;
          m.qualifier = Q_MORE;
          m.join = TRUE;
          m.found = TRUE;
        }
      return m;
    }
  if (!next_word (x, e1, w2, &s2, &e2))
    return m;
  if (strcmp (w2, "so") == 0 && strcmp (w1, "or") == 0)
    {
      m.start = e2;
      m.qualifier = current == Q_EXACT ? Q_ABOUT : current;
      m.found = TRUE;
      return m;
    }
  if (strcmp (w2, "more") == 0 || strcmp (w2, "greater") == 0 || strcmp (w2, "higher") == 0 ||
      strcmp (w2, "above") == 0 || strcmp (w2, "over") == 0 || strcmp (w2, "larger") == 0)
    m.qualifier = Q_AT_LEAST;
  else if (strcmp (w2, "less") == 0 || strcmp (w2, "fewer") == 0 || strcmp (w2, "lower") == 0 ||
           strcmp (w2, "below") == 0 || strcmp (w2, "under") == 0 || strcmp (w2, "smaller") == 0)
    m.qualifier = Q_AT_MOST;
  else if (strcmp (w2, "equal") == 0 && strcmp (w1, "or") == 0 &&
           (current == Q_MORE || current == Q_LESS))
    {
      m.qualifier = current == Q_MORE ? Q_AT_LEAST : Q_AT_MOST;
      m.start = e2;
      if (next_word (x, e2, w3, &s3, &e3) && strcmp (w3, "to") == 0)
        {
          gsize k = skip_space (x, e3);

          if (is_digit (at (x, k)))
            return (QualMatch) { end, current, FALSE, FALSE };
          m.start = e3;
        }
      m.join = TRUE;
      m.found = TRUE;
      return m;
    }
  else
    return m;
  if (current != Q_EXACT && current != Q_ABOUT)
    return (QualMatch) { end, current, FALSE, FALSE };
  m.start = e2;
  if (next_word (x, e2, w3, &s3, &e3) && strcmp (w3, "than") == 0)
    {
      gsize k = skip_space (x, e3);

      if (is_alnum (at (x, k)))
        return (QualMatch) { end, current, FALSE, FALSE };
      m.start = e3;
    }
  else if (is_digit (at (x, skip_space (x, e2))))
    return (QualMatch) { end, current, FALSE, FALSE };
  m.join = TRUE;
  m.found = TRUE;
  return m;
}

/* ---------------------------------------------------------------------- */
/* Building one figure */

static gboolean
is_month_word (const char *w)
{
  return px_date_month_from_name (w, strlen (w)) != 0;
}

/* The counted noun after a bare count: "45,000 lives", "60,000 Syrian
 * civilians", "dozens of homes". */
static gboolean
counted_noun (const Text *x,
              gsize       end,
              gboolean    allow_of,
              gsize      *ns,
              gsize      *ne)
{
  char w1[MAX_WORD], w2[MAX_WORD];
  gsize s1, e1, s2, e2;

  if (at (x, end) == '-' && is_alpha (at (x, end + 1)) && !g_ascii_isupper (x->t[end + 1]))
    {
      /* "a 15-member council" */
      e1 = read_word (x, end + 1, w1);
      if (w1[0] == '\0' || is_alnum (at (x, e1)) || at (x, e1) == '-' ||
          word_in_set (w1, &stop_noun_set))
        return FALSE;
      *ns = end + 1;
      *ne = e1;
      return TRUE;
    }
  if (hspace_len (x, end) == 0)
    return FALSE;
  if (!next_word (x, end, w1, &s1, &e1))
    return FALSE;
  if (allow_of && strcmp (w1, "of") == 0)
    {
      if (!next_word (x, e1, w1, &s1, &e1))
        return FALSE;
      if (strcmp (w1, "the") == 0 || strcmp (w1, "them") == 0 || strcmp (w1, "us") == 0)
        return FALSE;
    }
  if (word_in_set (w1, &stop_noun_set) || is_alnum (at (x, e1)) || at (x, e1) == '\'' ||
      (strlen (w1) > 3 && g_str_has_suffix (w1, "ly")) ||
      lookup_number_word (w1) != NULL)
    return FALSE;
  *ns = s1;
  *ne = e1;
  if (w1[strlen (w1) - 1] != 's' && hspace_len (x, e1) > 0 && next_word (x, e1, w2, &s2, &e2) &&
      !word_in_set (w2, &stop_noun_set) && !is_alnum (at (x, e2)) &&
      (w2[strlen (w2) - 1] == 's' || strcmp (w2, "people") == 0 || strcmp (w2, "children") == 0 ||
       strcmp (w2, "men") == 0 || strcmp (w2, "women") == 0 || strcmp (w2, "police") == 0 ||
       strcmp (w2, "personnel") == 0 || strcmp (w2, "staff") == 0))
    {
      *ns = s2;
      *ne = e2;
    }
  return TRUE;
}

/* A plural noun after the number: "2000 people" is a count, "in 2000
 * people" too, while "2012 ended" is a year. */
static gboolean
plural_noun_after (const Text *x,
                   gsize       end)
{
  gsize ns, ne;

  if (!counted_noun (x, end, FALSE, &ns, &ne))
    return FALSE;
  return x->t[ne - 1] == 's' ||
         (ne - ns == 6 && g_ascii_strncasecmp (x->t + ns, "people", 6) == 0) ||
         (ne - ns == 8 && g_ascii_strncasecmp (x->t + ns, "children", 8) == 0) ||
         (ne - ns == 3 && g_ascii_strncasecmp (x->t + ns, "men", 3) == 0) ||
         (ne - ns == 5 && g_ascii_strncasecmp (x->t + ns, "women", 5) == 0);
}

static gboolean
ident_context (const Text *x,
               gsize       start)
{
  char w[MAX_WORD];
  gsize ws;
  guchar b = before (x, start);

  if (b == '#' || b == '+' || b == '@' || b == '/' || b == '\\' || b == '_')
    return TRUE;
  if (b == '-' && start >= 2 && is_alpha (x->t[start - 2]))
    {
      gsize s = read_word_back (x, start - 1, w);

      if (s < start - 1 && (strcmp (w, "mid") == 0 || strcmp (w, "pre") == 0 ||
                            strcmp (w, "post") == 0 || strcmp (w, "late") == 0 ||
                            strcmp (w, "early") == 0 || strcmp (w, "minus") == 0))
        return FALSE;
      return TRUE;
    }
  if (b == '.' && start >= 2 && is_alpha (x->t[start - 2]))
    return TRUE;
  if (prev_word (x, start, w, &ws))
    {
      if (word_in (w, ident_nouns) && hspace_len (x, ws + strlen (w)) > 0)
        return TRUE;
      if ((strcmp (w, "no") == 0 || strcmp (w, "nos") == 0) && at (x, ws + strlen (w)) == '.')
        return TRUE;
    }
  /* tokenised "no . 1" */
  b = skip_space_back (x, start);
  if (b < start && b > 0 && x->t[b - 1] == '.' && prev_word (x, b - 1, w, &ws) &&
      (strcmp (w, "no") == 0 || strcmp (w, "nos") == 0) && ws + strlen (w) + 1 == b - 1)
    return TRUE;
  return FALSE;
}

/* "1)" or "and 2 )" opening an item of a list, with no "(" before it. */
static gboolean
list_marker (const Text *x,
             gsize       start,
             gsize       end)
{
  gsize k = skip_space (x, end);
  gsize lo = start > 80 ? start - 80 : 0;

  if (at (x, k) != ')')
    return FALSE;
  for (k = start; k > lo; k--)
    {
      guchar c = x->t[k - 1];

      if (c == '(')
        return FALSE;
      if (c == ')' || c == '\n')
        break;
    }
  return TRUE;
}

/* "123 Random Street": a house number. */
static gboolean
street_number (const Text *x,
               gsize       end)
{
  static const char * const streets[] = {
    "street", "st", "road", "rd", "avenue", "ave", "lane", "boulevard", "blvd", "drive",
    "dr", "way", "place", "square", "court", "terrace", "highway", NULL
  };
  char w[MAX_WORD];
  gsize ws, we = end;
  guint i;

  for (i = 0; i < 3; i++)
    {
      if (!next_word (x, we, w, &ws, &we) || !g_ascii_isupper (x->t[ws]))
        return FALSE;
      if (i > 0 && word_in (w, streets))
        return TRUE;
    }
  return FALSE;
}

/* Times of day are not quantities: 2:00, 6pm, 11 a.m. */
static gsize
time_of_day_end (const Text *x,
                 gsize       end)
{
  gsize p = end;
  char w[MAX_WORD];
  gsize ws, we;

  if (at (x, p) == ':' && count_digits (x, p + 1) == 2)
    {
      p += 3;
      if (at (x, p) == ':' && count_digits (x, p + 1) == 2)
        p += 3;
    }
  if (next_word (x, p, w, &ws, &we) && (ws == p || hspace_len (x, p) > 0))
    {
      if ((strcmp (w, "am") == 0 || strcmp (w, "pm") == 0) && !is_alnum (at (x, we)))
        return we;
      if ((strcmp (w, "a") == 0 || strcmp (w, "p") == 0) && at (x, we) == '.' &&
          (at (x, we + 1) == 'm' || at (x, we + 1) == 'M') && at (x, we + 2) == '.')
        return we + 3;
    }
  return p > end ? p : 0;
}

static void
add_figure (Scan      *scan,
            const Fig *f)
{
  g_array_append_val (scan->figs, *f);
  scan->last_end = f->end;
}

/* A second number after "-", "to", "through" or "and" (after "between"). */
static gboolean
range_after (Scan      *scan,
             gsize      p,
             const Num *n1,
             Fig       *f,
             gboolean   between,
             Num       *n2,
             UnitMatch *u2)
{
  const Text *x = &scan->x;
  gsize q = skip_space (x, p);
  gsize d = dash_len (x, q);
  gboolean dash = FALSE;
  char w[MAX_WORD];
  gsize ws, we;
  const char *sym_unit = NULL;
  double lo, hi;

  if (d > 0)
    {
      dash = TRUE;
      q += d;
    }
  else if (at (x, q) == '~')
    q++;
  else if (next_word (x, q, w, &ws, &we) &&
           ((!between && (strcmp (w, "to") == 0 || strcmp (w, "through") == 0 ||
                          strcmp (w, "thru") == 0)) ||
            (between && strcmp (w, "and") == 0)))
    q = we;
  else
    return FALSE;
  q = skip_space (x, q);
  if (n1->ordinal && next_word (x, q, w, &ws, &we) && strcmp (w, "the") == 0)
    q = skip_space (x, we);
  if (f->kind == PX_FIGURE_KIND_MONEY && f->unit != NULL)
    {
      gsize s2 = currency_symbol_at (x, q, &sym_unit);

      if (s2 > q)
        q = skip_space (x, s2);
    }
  if (!(is_digit (at (x, q)) || is_alpha (at (x, q))) || !parse_number (x, q, n2))
    return FALSE;
  if (n2->ordinal != n1->ordinal || n2->vague || n2->lit.ident || n2->decade)
    return FALSE;
  if (dash && (!is_digit (at (x, n1->start)) || !is_digit (at (x, q)) || n2->lit.leading_zero ||
               n1->lit.leading_zero))
    return FALSE;
  if (dash && dash_len (x, n2->end) > 0 && is_digit (at (x, n2->end + dash_len (x, n2->end))))
    return FALSE;
  if (is_alpha (at (x, n2->end)) && !unit_after (x, n2, n2->end, u2))
    return FALSE;
  if (!unit_after (x, n2, n2->end, u2))
    memset (u2, 0, sizeof *u2);
  lo = f->value;
  hi = n2->value;
  if (n1->lit.ndigits == 4 && n1->lit.is_int && !n1->lit.grouped && n2->lit.ndigits == 2 &&
      !n2->words && dash && lo >= 1000)
    hi = floor (lo / 100) * 100 + hi;
  if (n2->scale > 1 && n1->scale == 1 && lo < n2->value / n2->scale && !n1->lit.grouped)
    lo *= n2->scale;
  if (!(lo < hi))
    return FALSE;
  if (u2->in_span || u2->unit != NULL)
    {
      if (f->unit != NULL && f->kind != u2->kind)
        return FALSE;
    }
  else if (f->kind == PX_FIGURE_KIND_PERCENT)
    return FALSE;
  f->value = lo;
  f->value_max = hi;
  n2->value = hi;
  return TRUE;
}

static gboolean
is_year_value (const Num *num)
{
  return !num->words && num->lit.ndigits == 4 && num->lit.is_int && !num->lit.grouped &&
         num->lit.mult == 1 && num->value >= 1000 && num->value <= 2199 && !num->fraction;
}

/* "one of the largest", "one of its first": a member of a set, not a count. */
static gboolean
one_of_superlative (const Text *x,
                    gsize       end)
{
  char w[MAX_WORD];
  gsize ws, we;
  guint i;

  if (!next_word (x, end, w, &ws, &we) || strcmp (w, "of") != 0)
    return FALSE;
  for (i = 0; i < 4; i++)
    {
      gsize l;

      if (at (x, skip_space (x, we)) == '\'')
        we = skip_space (x, we) + 1;
      if (!next_word (x, we, w, &ws, &we))
        return FALSE;
      l = strlen (w);
      if (word_in (w, (const char * const[]) { "most", "best", "worst", "first", "last",
                                              "few", "least", "top", "leading", NULL }) ||
          (l > 4 && strcmp (w + l - 3, "est") == 0))
        return TRUE;
    }
  return FALSE;
}

/* "for the first time", "at first", "First, ...": the adverb, not a rank. */
static gboolean
first_adverb (const Text *x,
              gsize       start,
              gsize       end)
{
  char w[MAX_WORD];
  gsize ws, we;
  gsize b = skip_space_back (x, start);

  if (at (x, skip_space (x, end)) == ',' && (b == 0 || strchr (".!?;:\n", x->t[b - 1]) != NULL))
    return TRUE;
  if (prev_word (x, start, w, &ws) && strcmp (w, "at") == 0 &&
      !(next_word (x, end, w, &ws, &we) && !word_in_set (w, &stop_noun_set)))
    return TRUE;
  if (next_word (x, end, w, &ws, &we) && strcmp (w, "time") == 0 &&
      prev_word (x, start, w, &ws) && strcmp (w, "the") == 0 && prev_word (x, ws, w, &ws) &&
      strcmp (w, "for") == 0)
    return TRUE;
  return FALSE;
}

/* Finds the figure whose number starts at @pos; returns where to go on. */
static gsize
scan_number (Scan  *scan,
             gsize  pos)
{
  const Text *x = &scan->x;
  Num num, n2;
  Fig f;
  UnitMatch um, um2;
  QualMatch qm;
  gboolean has_unit, between = FALSE, from = FALSE, negative = FALSE;
  gsize start, end, p, t;
  char w[MAX_WORD];
  gsize ws, we;
  const char *money_unit = NULL;

  if (!parse_number (x, pos, &num))
    {
      Lit lit;

      if (is_digit (at (x, pos)) && parse_literal (x, pos, &lit))
        {
          p = lit.end;
          while (is_alnum (at (x, p)))
            p++;
          return MAX (p, pos + 1);
        }
      p = read_word (x, pos, w);
      return MAX (p, pos + 1);
    }

  memset (&f, 0, sizeof f);
  f.start = start = num.start;
  f.end = end = num.end;
  f.value = num.value;
  f.value_max = NAN;
  f.kind = num.ordinal ? PX_FIGURE_KIND_ORDINAL : PX_FIGURE_KIND_COUNT;
  f.qualifier = num.vague ? Q_AT_LEAST : Q_EXACT;
  f.bare = TRUE;

  /* Identifiers, times, phone numbers and codes are skipped whole. */
  if (!num.words)
    {
      if ((t = time_of_day_end (x, num.end)) > 0)
        return t;
      if (ident_context (x, start) ||
          (num.lit.is_int && num.lit.ndigits <= 2 && list_marker (x, start, num.end)) ||
          (num.lit.is_int && num.value >= 1 && street_number (x, num.end)))
        {
          p = num.end;
          while (is_alnum (at (x, p)) || (at (x, p) == '-' && is_alnum (at (x, p + 1))))
            p++;
          return p;
        }
      if (dash_len (x, num.end) == 1 && is_digit (at (x, num.end + 1)))
        {
          /* 1-222-2222, 2016-03-14, 1995-01: codes and dates */
          gsize k = num.end + 1;
          guint parts = 1;

          while (is_digit (at (x, k)))
            {
              parts++;
              k += count_digits (x, k);
              if (at (x, k) == '-' && is_digit (at (x, k + 1)))
                k++;
              else
                break;
            }
          if (parts > 2 || x->t[num.end + 1] == '0')
            return k;
        }
    }

  /* sign: -5, −5, "minus two"; a dash with a space only at the start */
    {
      gsize b = start;

      if (b > 0 && x->t[b - 1] == '-' && !is_wordc (before (x, b - 1)) && before (x, b - 1) != '-')
        {
          negative = TRUE;
          start = b - 1;
        }
      else if (b >= 3 && (guchar) x->t[b - 3] == 0xE2 && (guchar) x->t[b - 2] == 0x88 &&
               (guchar) x->t[b - 1] == 0x92)
        {
          negative = TRUE;
          start = b - 3;
        }
      else
        {
          gsize k = skip_space_back (x, b);

          if (k == 1 && x->t[0] == '-' && k < b)
            {
              negative = TRUE;
              start = 0;
            }
          else if (prev_word (x, b, w, &ws) &&
                   (strcmp (w, "minus") == 0 || strcmp (w, "negative") == 0))
            {
              negative = TRUE;
              start = ws;
            }
        }
    }
  if (negative)
    {
      f.value = -f.value;
      f.start = start;
    }

  /* currency before */
  if (!negative)
    {
      double mult = 1;
      gsize ms = money_before (x, start, &money_unit, &mult);

      if (ms < start && ms >= scan->last_end)
        {
          f.value *= mult;
          f.start = start = ms;
          f.kind = PX_FIGURE_KIND_MONEY;
          f.unit = money_unit;
          f.bare = FALSE;
          if (num.lower_m)
            {
              f.value *= 1e6;
              num.scale = 1e6;
              end = num.end + 1;
            }
        }
    }

  /* unit after */
  has_unit = FALSE;
  if (f.kind == PX_FIGURE_KIND_MONEY)
    {
      /* "$ 10 dollars", "75 USD million" are not doubled; a code may follow */
      if (unit_after (x, &num, end, &um) && um.kind == PX_FIGURE_KIND_MONEY && um.in_span &&
          !is_digit (at (x, skip_space (x, um.end))))
        {
          if (strcmp (f.unit, "$") == 0 || strcmp (um.unit, "$") != 0)
            f.unit = um.unit;
          end = um.end;
        }
      if (num.is_int && num.scale == 1 && !negative)
        {
          double v = f.value;

          p = money_cents (x, end, &v);
          if (p > end)
            {
              f.value = v;
              end = p;
            }
        }
      has_unit = TRUE;
    }
  else if (!num.ordinal && !num.vague && unit_after (x, &num, end, &um))
    {
      gboolean ok = TRUE;

      if (num.lower_m && !(um.kind == PX_FIGURE_KIND_MEASURE && strcmp (um.unit, "m") == 0))
        ok = FALSE;
      if (um.kind == PX_FIGURE_KIND_DURATION && num.half_word)
        ok = FALSE;
      if (ok)
        {
          f.kind = um.kind;
          f.unit = um.unit;
          if (um.mult > 1)
            f.value *= um.mult;
          has_unit = TRUE;
          if (um.in_span)
            {
              end = um.end;
              f.bare = FALSE;
            }
          if (um.kind == PX_FIGURE_KIND_MONEY)
            {
              /* "75 USD million" */
              char ws2[MAX_WORD];
              gsize a, b;

              if (next_word (x, end, ws2, &a, &b) && num.scale == 1)
                {
                  const Lex *lx = lookup_number_word (ws2);

                  if (lx && lx->cls == C_SCALE && !(lx->flags & F_PLURAL))
                    {
                      f.value *= lx->value;
                      end = b;
                    }
                }
              if (num.is_int && num.scale == 1 && strcmp (um.unit, "cent") != 0 &&
                  strcmp (um.unit, "penny") != 0)
                {
                  double v = f.value;

                  p = money_cents (x, end, &v);
                  if (p > end)
                    {
                      f.value = v;
                      end = p;
                    }
                }
            }
          if (um.kind == PX_FIGURE_KIND_MEASURE && strcmp (um.unit, "ft") == 0)
            {
              /* 5 ft 2 in, 5 feet and 2 inches */
              gsize k = skip_space (x, end);
              char wi[MAX_WORD];
              gsize a, b;
              Num inch;

              if (next_word (x, end, wi, &a, &b) && strcmp (wi, "and") == 0)
                k = skip_space (x, b);
              if (is_digit (at (x, k)) && parse_number (x, k, &inch) && inch.value < 12 &&
                  next_word (x, inch.end, wi, &a, &b) &&
                  (strcmp (wi, "in") == 0 || strcmp (wi, "inch") == 0 ||
                   strcmp (wi, "inches") == 0) &&
                  !is_alnum (at (x, b)))
                {
                  f.value += inch.value / 12;
                  end = b;
                }
            }
        }
    }
  /* "at - 20 degrees": tokenised text spaces out the minus of a temperature */
  if (!negative && has_unit && f.kind == PX_FIGURE_KIND_MEASURE && f.unit != NULL &&
      strncmp (f.unit, "\xc2\xb0", 2) == 0 && start >= 3 && x->t[start - 1] == ' ' &&
      x->t[start - 2] == '-' && x->t[start - 3] == ' ' && start - 3 >= 1 &&
      is_alpha (x->t[start - 4]))
    {
      negative = TRUE;
      f.value = -f.value;
      f.start = start = start - 2;
    }
  if (!has_unit && is_alpha (at (x, num.end)) && !num.words && !num.ordinal && !num.decade)
    {
      /* glued letters that are no unit: 777F, 24703L202 */
      p = num.end;
      while (is_alnum (at (x, p)))
        p++;
      return p;
    }
  if (!has_unit && is_alpha (at (x, num.end)) && num.words)
    return num.end;

  /* words that are rarely numbers on their own */
  if (num.one_word && !has_unit)
    {
      gsize ne, ns2;

      if (prev_word (x, num.start, w, &ws) && word_in (w, pronoun_before_one))
        return num.end;
      if (one_of_superlative (x, num.end))
        return num.end;
      if (next_word (x, num.end, w, &ns2, &ne) &&
          (strcmp (w, "another") == 0 || strcmp (w, "is") == 0 || strcmp (w, "must") == 0 ||
           strcmp (w, "should") == 0 || strcmp (w, "can") == 0 || strcmp (w, "could") == 0 ||
           strcmp (w, "would") == 0 || strcmp (w, "may") == 0 || strcmp (w, "might") == 0 ||
           strcmp (w, "does") == 0 || strcmp (w, "has") == 0 || strcmp (w, "who") == 0 ||
           strcmp (w, "that") == 0))
        return num.end;
      if (at (x, num.end) == '\'' || at (x, num.end) == '-')
        return num.end;
      ne = skip_space (x, num.end);
      if (dash_len (x, ne) == 1 && next_word (x, ne + 1, w, &ns2, &ne) &&
          (strcmp (w, "time") == 0 || strcmp (w, "off") == 0))
        return num.end;
    }
  if (num.half_word && !has_unit)
    {
      if ((prev_word (x, num.start, w, &ws) &&
           (word_in (w, (const char * const[]) { "the", "first", "second", "this", "that", "last",
                                                 "next", "other", "one", "each", "its", "his",
                                                 "her", "their", "our", NULL }))) ||
          at (x, num.end) == '-')
        return num.end;
    }
  if (num.article_frac)
    {
      gsize ns2, ne;

      /* "a third time" is a rank, "a third of" a share */
      if (next_word (x, num.end, w, &ns2, &ne) && strcmp (w, "of") != 0 &&
          !word_in_set (w, &stop_noun_set))
        {
          f.kind = PX_FIGURE_KIND_ORDINAL;
          f.start = start = skip_space (x, read_word (x, num.start, w));
          f.value = round (1 / num.value);
          f.end = num.end;
          add_figure (scan, &f);
          return num.end;
        }
    }
  if (num.ordinal && num.words && num.ntok == 1 && num.value == 1 &&
      first_adverb (x, num.start, num.end))
    return num.end;
  if (num.words && num.ntok == 1 && num.value == 0 && !has_unit)
    {
      gsize k = at (x, num.end) == ' ' ? num.end + 1 : num.end;

      /* "zero-coupon", "zero-sum": a compound adjective, not a count */
      if (at (x, k) == '-' && (k == num.end || at (x, k + 1) == ' ') &&
          is_alpha (at (x, skip_space (x, k + 1))) &&
          !(next_word (x, k + 1, w, &ws, &we) && lookup_number_word (w) != NULL) &&
          !(before (x, num.start) == '-'))
        return num.end;
    }
  if (num.ordinal && !num.fraction && next_word (x, num.end, w, &ws, &we) &&
      strcmp (w, "to") == 0 && next_word (x, we, w, &ws, &we) && strcmp (w, "last") == 0)
    return we;     /* "second to last" counts from the end */
  if (num.ordinal && num.words && num.ntok == 1 && num.value <= 2)
    {
      gsize k = num.end;

      /* "first class", "second-class": a grade of service, not a rank */
      if (at (x, k) == '-')
        k++;
      if (next_word (x, k, w, &ws, &we) && strcmp (w, "class") == 0 &&
          (k > num.end || ws > num.end) &&
          !(next_word (x, we, w, &ws, &we) && strcmp (w, "of") == 0))
        return num.end;
    }

  if (num.ordinal && !num.words && num.lit.ordinal)
    {
      /* "May 4th" is a day of a month */
      if (prev_word (x, num.start, w, &ws) && is_month_word (w))
        return num.end;
    }
  if (num.ordinal && num.words && num.ntok == 1 && num.value == 2)
    {
      /* "second" after a number is a unit of time, handled there; a lone
       * "second" is a rank only after a determiner */
      if (!(prev_word (x, num.start, w, &ws) &&
            word_in (w, (const char * const[]) { "the", "a", "his", "her", "its", "their", "our",
                                                 "finished", "came", "placed", "ranked", "was",
                                                 "is", "be", "my", "your", NULL })))
        return num.end;
    }

  /* days of months: "May 8, 1945", "8 May" */
  if (!num.words && num.lit.is_int && num.value >= 1 && num.value <= 31 && num.lit.ndigits <= 2 &&
      !has_unit && !negative)
    {
      gsize ns2, ne;

      gsize b = skip_space_back (x, num.start);

      if ((prev_word (x, num.start, w, &ws) && is_month_word (w)) ||
          (b > 0 && x->t[b - 1] == '.' && prev_word (x, b - 1, w, &ws) && is_month_word (w) &&
           strlen (w) <= 4 && strcmp (w, "may") != 0 && strcmp (w, "june") != 0 &&
           strcmp (w, "july") != 0) ||
          (next_word (x, num.end, w, &ns2, &ne) && is_month_word (w) && is_alpha (at (x, ns2)) &&
           (g_ascii_isupper (x->t[ns2]) || strcmp (w, "may") != 0 ||
            (prev_word (x, num.start, w, &ws) &&
             word_in (w, (const char * const[]) { "on", "by", "until", "since", "from",
                                                  "before", "after", "of", NULL })))))
        return num.end;
    }

  /* ranges */
  if (!num.vague)
    {
      gsize ls = start;

      if (prev_word (x, start, w, &ws))
        {
          if (num.ordinal && strcmp (w, "the") == 0 && !prev_word (x, ws, w, &ws))
            w[0] = '\0';
          if (strcmp (w, "between") == 0)
            between = TRUE;
          else if (strcmp (w, "from") == 0)
            from = TRUE;
          ls = ws;
        }
      if ((f.kind != PX_FIGURE_KIND_ORDINAL || between) &&
          range_after (scan, has_unit && f.bare ? num.end : end, &num, &f, between, &n2, &um2))
        {
          f.qualifier = Q_RANGE;
          end = n2.end;
          if (um2.in_span || um2.unit != NULL)
            {
              if (f.unit == NULL || f.kind == PX_FIGURE_KIND_COUNT)
                {
                  f.kind = um2.kind;
                  f.unit = um2.unit;
                }
              if (um2.in_span)
                {
                  end = um2.end;
                  f.bare = FALSE;
                }
              has_unit = TRUE;
            }
          else if (f.kind == PX_FIGURE_KIND_MONEY && n2.lower_m)
            {
              f.value_max *= 1e6;
              end = n2.end + 1;
            }
          if (between || from)
            f.start = start = ls;
          if (is_year_value (&num) && f.value_max >= 1800 && f.value_max <= 2100 &&
              f.value >= 1800 && f.value_max - f.value < 50 &&
              (f.kind == PX_FIGURE_KIND_COUNT || !has_unit))
            {
              if (!is_year_value (&n2) || from || between ||
                  !plural_noun_after (x, end))
                {
                  f.kind = PX_FIGURE_KIND_DATE;
                  f.unit = NULL;
                  has_unit = FALSE;
                }
            }
        }
    }

  /* ages before the number: "age 87", "aged 45" */
  if (f.kind == PX_FIGURE_KIND_COUNT && !num.fraction && prev_word (x, start, w, &ws) &&
      (strcmp (w, "age") == 0 || strcmp (w, "aged") == 0) && num.value < 150)
    {
      f.kind = PX_FIGURE_KIND_AGE;
      f.unit = "years";
      if (strcmp (w, "age") == 0)
        f.start = start = ws;
      has_unit = TRUE;
    }
  else if (f.kind == PX_FIGURE_KIND_COUNT && next_word (x, end, w, &ws, &we) &&
           strcmp (w, "yo") == 0 &&
           !is_alnum (at (x, we)))
    {
      f.kind = PX_FIGURE_KIND_AGE;
      f.unit = "years";
      end = we;
      f.bare = FALSE;
      has_unit = TRUE;
    }

  /* "Jane Smith, 34, said": an age set off by commas after a name */
  if (f.kind == PX_FIGURE_KIND_COUNT && f.qualifier == Q_EXACT && !num.words && num.lit.is_int &&
      num.lit.ndigits <= 3 && num.value >= 1 && num.value < 120 && at (x, end) == ',' &&
      before (x, start) == ' ' && before (x, start - 1) == ',' && start >= 3 &&
      is_alpha (x->t[start - 3]))
    {
      gsize k = start - 2;

      while (k > 0 && (is_alpha (x->t[k - 1]) || x->t[k - 1] == '-' || x->t[k - 1] == '\''))
        k--;
      if (g_ascii_isupper (x->t[k]))
        {
          f.kind = PX_FIGURE_KIND_AGE;
          f.unit = "years";
        }
    }

  /* years */
  if (f.kind == PX_FIGURE_KIND_COUNT && f.qualifier != Q_RANGE &&
      (is_year_value (&num) || num.decade))
    {
      gboolean date = num.decade && num.lit.ndigits == 4;

      if (!num.decade)
        {
          if (prev_word (x, start, w, &ws) && word_in (w, year_before))
            date = TRUE;
          else if (num.value >= 1800 && num.value <= 2100 &&
                   !plural_noun_after (x, end))
            date = TRUE;
        }
      if (date)
        {
          f.kind = PX_FIGURE_KIND_DATE;
          f.unit = NULL;
        }
    }
  if (num.decade && f.kind != PX_FIGURE_KIND_DATE)
    return num.end;

  /* qualifiers */
  if (f.qualifier == Q_EXACT || f.qualifier == Q_RANGE)
    {
      qm = qualifier_before (x, f.start, f.kind == PX_FIGURE_KIND_ORDINAL);
      if (!qm.found)
        {
          gsize b = skip_space_back (x, f.start);

          /* <>30, =>30: not a comparison we can read */
          if (b > 0 && (x->t[b - 1] == '>' || x->t[b - 1] == '<' || x->t[b - 1] == '='))
            return MAX (end, pos + 1);
        }
      if (qm.found && f.qualifier == Q_EXACT)
        {
          if (!(f.kind == PX_FIGURE_KIND_DURATION && qm.qualifier == Q_MORE &&
                prev_word (x, f.start, w, &ws) && strcmp (w, "over") == 0))
            {
              f.qualifier = qm.qualifier;
              if (qm.join && f.bare)
                f.start = qm.start;
            }
        }
    }
  if (f.qualifier != Q_RANGE)
    {
      qm = qualifier_after (x, end, f.qualifier);
      if (qm.found)
        {
          f.qualifier = qm.qualifier;
          if (qm.join && f.bare)
            end = qm.start;
        }
    }

  /* the counted noun */
  if (f.unit == NULL && (f.kind == PX_FIGURE_KIND_COUNT))
    {
      gsize ns2, ne;

      if (counted_noun (x, end, num.vague || num.fraction, &ns2, &ne))
        {
          f.noun_start = ns2;
          f.noun_end = ne;
        }
    }

  if (!isfinite (f.value))
    return MAX (end, pos + 1);
  f.end = end;
  add_figure (scan, &f);
  return MAX (end, pos + 1);
}

/* "more than 10 and less than 20" is one range. */
static void
merge_bounds (Scan *scan)
{
  GArray *figs = scan->figs;
  guint i, j = 0;

  for (i = 0; i < figs->len; i++)
    {
      Fig *a = &g_array_index (figs, Fig, i);
      Fig *b = i + 1 < figs->len ? &g_array_index (figs, Fig, i + 1) : NULL;

      if (b != NULL && a->bare && b->bare && a->kind == b->kind)
        {
          gboolean a_low = a->qualifier == Q_MORE || a->qualifier == Q_AT_LEAST;
          gboolean a_high = a->qualifier == Q_LESS || a->qualifier == Q_AT_MOST;
          gboolean b_low = b->qualifier == Q_MORE || b->qualifier == Q_AT_LEAST;
          gboolean b_high = b->qualifier == Q_LESS || b->qualifier == Q_AT_MOST;
          const Fig *lo = a_low && b_high ? a : b;
          const Fig *hi = a_low && b_high ? b : a;

          if (((a_low && b_high) || (a_high && b_low)) && lo->value < hi->value &&
              a->noun_start == 0)
            {
              /* only "and", "but" or a comma between them */
              gsize p = skip_space (&scan->x, a->end);
              char w[MAX_WORD];
              gsize ws, we;

              if (at (&scan->x, p) == ',')
                p = skip_space (&scan->x, p + 1);
              if (next_word (&scan->x, p, w, &ws, &we) &&
                  (strcmp (w, "and") == 0 || strcmp (w, "but") == 0))
                p = skip_space (&scan->x, we);
              if (p == b->start)
                {
                  Fig m = *b;

                  m.start = a->start;
                  m.value = lo->value;
                  m.value_max = hi->value;
                  m.qualifier = Q_RANGE;
                  g_array_index (figs, Fig, j++) = m;
                  i++;
                  continue;
                }
            }
        }
      g_array_index (figs, Fig, j++) = *a;
    }
  g_array_set_size (figs, j);
}

/* "percent of 10", "per cent of twenty-two": a share written before its
 * number. Returns the end of what was read. */
static gsize
percent_of (Scan       *scan,
            gsize       pos,
            const char *w,
            gsize       e)
{
  const Text *x = &scan->x;
  char w2[MAX_WORD];
  gsize s2, e2, q;
  Num num;
  Fig f;

  if (strcmp (w, "per") == 0 && next_word (x, e, w2, &s2, &e2) && strcmp (w2, "cent") == 0)
    e = e2;
  else if (strcmp (w, "percent") != 0 && strcmp (w, "percents") != 0)
    return e;
  if (!next_word (x, e, w2, &s2, &e2) || strcmp (w2, "of") != 0)
    return e;
  q = skip_space (x, e2);
  if (!(is_digit (at (x, q)) || is_alpha (at (x, q))) || !parse_number (x, q, &num) ||
      num.ordinal || num.vague || num.value <= 0 || is_alnum (at (x, num.end)))
    return e;
  {
    gsize b = skip_space_back (x, pos);

    /* "20 percent of 10" is twenty percent */
    if (b > 0 && is_digit (x->t[b - 1]))
      return e;
    if (prev_word (x, pos, w2, &s2) && lookup_number_word (w2) != NULL &&
        lookup_number_word (w2)->cls != C_ARTICLE && lookup_number_word (w2)->cls != C_OF &&
        lookup_number_word (w2)->cls != C_AND)
      return e;
  }
  memset (&f, 0, sizeof f);
  f.start = pos;
  f.end = num.end;
  f.value = num.value;
  f.value_max = NAN;
  f.kind = PX_FIGURE_KIND_PERCENT;
  f.qualifier = Q_EXACT;
  f.unit = "%";
  add_figure (scan, &f);
  return num.end;
}

static gboolean
is_url_start (const Text *x,
              gsize       pos,
              const char *w)
{
  if (w[0] != 'h' && w[0] != 'f' && w[0] != 'w')
    return FALSE;
  return ((strcmp (w, "http") == 0 || strcmp (w, "https") == 0 || strcmp (w, "ftp") == 0) &&
          at (x, pos + strlen (w)) == ':') ||
         (strcmp (w, "www") == 0 && at (x, pos + 3) == '.');
}

/* ---------------------------------------------------------------------- */
/* Public API */

/**
 * px_figures_find:
 * @text: UTF-8 text
 * @len: its length in bytes, or -1 if nul-terminated
 *
 * Finds the quantities of @text (counts, amounts, percentages, measures,
 * durations, ages, years and ranks) in text order.
 *
 * Returns: (transfer full): the figures
 */
PxFigureList *
px_figures_find (const char *text,
                 gssize      len)
{
  PxFigureList *list;
  Scan scan;
  gsize pos = 0;
  gsize frac_end;
  guint i;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  ensure_tables ();
  scan.x.t = text;
  scan.x.len = len < 0 ? strlen (text) : (gsize) len;
  scan.figs = g_array_new (FALSE, FALSE, sizeof (Fig));
  scan.last_end = 0;

  while (pos < scan.x.len)
    {
      guchar c = text[pos];

      if (is_digit (c))
        {
          guchar b = before (&scan.x, pos);

          const char *sym;

          if ((is_alpha (b) || b >= 0x80 || is_digit (b)) &&
              !(b >= 0x80 && currency_symbol_before (&scan.x, pos, &sym) < pos))
            {
              /* glued to letters: MH17, A380, USD115 */
              char w[MAX_WORD];
              gsize ws = read_word_back (&scan.x, pos, w);

              if (ws < pos && is_currency_code_word (w))
                pos = scan_number (&scan, pos);
              else
                {
                  while (pos < scan.x.len && is_wordc (text[pos]))
                    pos++;
                }
              continue;
            }
          pos = scan_number (&scan, pos);
        }
      else if (is_alpha (c))
        {
          char w[MAX_WORD];
          gsize e;
          const Lex *lex;

          if (pos > 0 && is_wordc (text[pos - 1]))
            {
              while (pos < scan.x.len && is_alpha (text[pos]))
                pos++;
              continue;
            }
          e = pos + 1;
          while (e < scan.x.len && is_alpha (text[e]))
            e++;
          if (e - pos >= 32 || !(trigger_lengths[(c | 0x20) - 'a'] & (1u << (e - pos))))
            {
              pos = e;
              continue;
            }
          e = read_word (&scan.x, pos, w);
          if (is_url_start (&scan.x, pos, w))
            {
              while (pos < scan.x.len && !g_ascii_isspace (text[pos]))
                pos++;
              continue;
            }
          lex = lookup_number_word (w);
          if (lex == NULL && w[0] == 'p' && (e = percent_of (&scan, pos, w, e)) > pos)
            {
              pos = e;
              continue;
            }
          if (lex != NULL && lex->cls != C_AND && lex->cls != C_POINT && lex->cls != C_OF &&
              lex->cls != C_ABBR)
            pos = scan_number (&scan, pos);
          else
            pos = MAX (e, pos + 1);
        }
      else if (c == '.' && is_digit (before (&scan.x, pos + 2)) &&
               !is_wordc (before (&scan.x, pos)))
        pos = scan_number (&scan, pos);
      else if ((c == 0xC2 || c == 0xE2) && !is_wordc (before (&scan.x, pos)) &&
               vulgar_fraction (&scan.x, pos, &frac_end) > 0)
        pos = scan_number (&scan, pos);
      else if (c == '@')
        {
          /* e-mail addresses */
          while (pos < scan.x.len && !g_ascii_isspace (text[pos]))
            pos++;
        }
      else
        pos++;
    }

  merge_bounds (&scan);
  /* Text order is the list's promise (px_figure_list_find_range() bisects it). */
  g_array_sort (scan.figs, compare_fig_position);

  list = g_new0 (PxFigureList, 1);
  g_atomic_ref_count_init (&list->ref_count);
  list->n_figures = scan.figs->len;
  list->figures = g_new0 (PxFigure, MAX (scan.figs->len, 1));
  for (i = 0; i < scan.figs->len; i++)
    {
      const Fig *f = &g_array_index (scan.figs, Fig, i);
      PxFigure *out = &list->figures[i];

      out->start = f->start;
      out->end = f->end;
      out->value = f->value;
      out->value_max = f->qualifier == Q_RANGE ? f->value_max : NAN;
      out->kind = f->kind;
      out->qualifier = f->qualifier;
      out->unit = f->unit;
      if (f->unit == NULL && f->noun_end > f->noun_start)
        {
          char *noun;

          if (list->strings == NULL)
            list->strings = g_string_chunk_new (256);
          noun = g_string_chunk_insert_len (list->strings, text + f->noun_start,
                                            f->noun_end - f->noun_start);
          out->unit = noun;
        }
    }
  g_array_unref (scan.figs);

  return list;
}

/**
 * px_figure_list_ref:
 * @self: a figure list
 *
 * Returns: (transfer full): @self
 */
PxFigureList *
px_figure_list_ref (PxFigureList *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * px_figure_list_unref:
 * @self: a figure list
 */
void
px_figure_list_unref (PxFigureList *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->figures);
  if (self->strings != NULL)
    g_string_chunk_free (self->strings);
  g_free (self);
}

/**
 * px_figure_list_get_length:
 * @self: a figure list
 *
 * Returns: the number of figures
 */
guint
px_figure_list_get_length (const PxFigureList *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_figures;
}

/**
 * px_figure_list_get:
 * @self: a figure list
 * @index: a position below px_figure_list_get_length()
 *
 * Returns: (transfer none): the figure, valid as long as @self
 */
const PxFigure *
px_figure_list_get (const PxFigureList *self,
                    guint               index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_figures, NULL);

  return &self->figures[index];
}

/**
 * px_figure_list_find_range:
 * @self: a figure list
 * @start: first byte of a span of the text, such as a sentence
 * @end: one past its last byte
 * @first: (out): index of the first figure that starts at or after @start
 *
 * Finds the figures that lie wholly inside a span, by binary search.
 *
 * Returns: how many figures, from @first on, lie inside the span
 */
guint
px_figure_list_find_range (const PxFigureList *self,
                           gsize               start,
                           gsize               end,
                           guint              *first)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (first != NULL, 0);

  return _px_spans_find_range (self->figures, self->n_figures, sizeof (PxFigure),
                               G_STRUCT_OFFSET (PxFigure, start), G_STRUCT_OFFSET (PxFigure, end),
                               start, end, first);
}

/**
 * px_figure_kind_to_string:
 * @kind: a kind
 *
 * Returns: its name in the command-line contract ("count", "money"…)
 */
const char *
px_figure_kind_to_string (PxFigureKind kind)
{
  static const char * const names[] = {
    "count", "percent", "money", "duration", "age", "date", "ordinal", "measure",
  };

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (names), NULL);
  return names[kind];
}

/**
 * px_figure_qualifier_to_string:
 * @qualifier: a qualifier
 *
 * Returns: its name in the command-line contract ("exact", "at-least"…)
 */
const char *
px_figure_qualifier_to_string (PxFigureQualifier qualifier)
{
  static const char * const names[] = {
    "exact", "about", "at-least", "more-than", "at-most", "less-than", "range",
  };

  g_return_val_if_fail ((guint) qualifier < G_N_ELEMENTS (names), NULL);
  return names[qualifier];
}
