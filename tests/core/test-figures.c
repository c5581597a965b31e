/* test-figures.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "core/px-core.h"

#define NONE NAN

typedef struct {
  const char *text;
  const char *span;
  double value;
  double value_max;
  PxFigureQualifier qualifier;
  PxFigureKind kind;
  const char *unit;
} FigureCase;

#define EXACT PX_FIGURE_QUALIFIER_EXACT
#define ABOUT PX_FIGURE_QUALIFIER_ABOUT
#define AT_LEAST PX_FIGURE_QUALIFIER_AT_LEAST
#define MORE_THAN PX_FIGURE_QUALIFIER_MORE_THAN
#define AT_MOST PX_FIGURE_QUALIFIER_AT_MOST
#define LESS_THAN PX_FIGURE_QUALIFIER_LESS_THAN
#define RANGE PX_FIGURE_QUALIFIER_RANGE

#define COUNT PX_FIGURE_KIND_COUNT
#define PERCENT PX_FIGURE_KIND_PERCENT
#define MONEY PX_FIGURE_KIND_MONEY
#define DURATION PX_FIGURE_KIND_DURATION
#define AGE PX_FIGURE_KIND_AGE
#define DATE PX_FIGURE_KIND_DATE
#define ORDINAL PX_FIGURE_KIND_ORDINAL
#define MEASURE PX_FIGURE_KIND_MEASURE

static const FigureCase cases[] = {
  /* digits, separators, decimals */
  { "The storm left 1,300 homes without power.", "1,300", 1300, NONE, EXACT, COUNT, "homes" },
  { "The quake measured 6.1 on the scale.", "6.1", 6.1, NONE, EXACT, COUNT, NULL },
  { "Officials counted 12 345 678 ballots.", "12 345 678", 12345678, NONE, EXACT, COUNT, "ballots" },
  { "A growth of .5 was noted.", ".5", 0.5, NONE, EXACT, COUNT, NULL },
  { "The register listed 1.234,5 tonnes.", "1.234,5 tonnes", 1234.5, NONE, EXACT, MEASURE, "t" },
  { "The budget is 12,34,567 rupees.", "12,34,567 rupees", 1234567, NONE, EXACT, MONEY, "rupee" },
  { "About 2.5 million people fled.", "2.5 million", 2.5e6, NONE, ABOUT, COUNT, "people" },
  { "Readings reached 3e4 units.", "3e4", 3e4, NONE, EXACT, COUNT, "units" },
  /* money */
  { "The plan costs $3bn over a decade.", "$3bn", 3e9, NONE, EXACT, MONEY, "$" },
  { "The club paid €20m for him.", "€20m", 2e7, NONE, EXACT, MONEY, "EUR" },
  { "Aid of 1.5bn euros was pledged.", "1.5bn euros", 1.5e9, NONE, EXACT, MONEY, "EUR" },
  { "The fine was £4,000 in the end.", "£4,000", 4000, NONE, EXACT, MONEY, "GBP" },
  { "It sold for US$ 12 million.", "US$ 12 million", 1.2e7, NONE, EXACT, MONEY, "USD" },
  { "They raised 40 million dollars.", "40 million dollars", 4e7, NONE, EXACT, MONEY, "$" },
  { "Tickets cost USD 35 each.", "USD 35", 35, NONE, EXACT, MONEY, "USD" },
  { "A coffee is 3 dollars 50 cents here.", "3 dollars 50 cents", 3.5, NONE, EXACT, MONEY, "$" },
  { "The deal is worth 2 billion Swiss francs.", "2 billion Swiss francs", 2e9, NONE, EXACT, MONEY,
    "CHF" },
  /* percentages */
  { "Turnout rose to 40% this year.", "40%", 40, NONE, EXACT, PERCENT, "%" },
  { "Prices fell 3.5 per cent in May.", "3.5 per cent", 3.5, NONE, EXACT, PERCENT, "%" },
  { "Support is twenty percent lower.", "twenty percent", 20, NONE, EXACT, PERCENT, "%" },
  { "Rates rose 10-15% in a year.", "10-15%", 10, 15, RANGE, PERCENT, "%" },
  /* number words */
  { "Five ministers resigned.", "Five", 5, NONE, EXACT, COUNT, "ministers" },
  { "They found twenty-one survivors.", "twenty-one", 21, NONE, EXACT, COUNT, "survivors" },
  { "A dozen trucks crossed.", "A dozen", 12, NONE, EXACT, COUNT, "trucks" },
  { "Dozens of homes burned.", "Dozens", 24, NONE, AT_LEAST, COUNT, "homes" },
  { "Hundreds of thousands of people marched.", "Hundreds of thousands", 2e5, NONE, AT_LEAST,
    COUNT, "people" },
  { "The hall seats one hundred and twenty guests.", "one hundred and twenty", 120, NONE, EXACT,
    COUNT, "guests" },
  { "Half a million children were vaccinated.", "Half a million", 5e5, NONE, EXACT, COUNT,
    "children" },
  { "A third of voters stayed home.", "A third", 1.0 / 3, NONE, EXACT, COUNT, "voters" },
  { "Three quarters of the town flooded.", "Three quarters", 0.75, NONE, EXACT, COUNT, NULL },
  { "The estate covers two thousand and five hundred acres.", "two thousand and five hundred acres",
    2500, NONE, EXACT, MEASURE, "acre" },
  { "One in five adults smoke.", "One in five", 0.2, NONE, EXACT, COUNT, "adults" },
  { "Nine point five was the score.", "Nine point five", 9.5, NONE, EXACT, COUNT, NULL },
  { "Exports reached 4 thousand 3 hundred and 21 crates.", "4 thousand 3 hundred and 21", 4321,
    NONE, EXACT, COUNT, "crates" },
  /* qualifiers */
  { "The war has killed more than 250,000 people.", "more than 250,000", 250000, NONE, MORE_THAN,
    COUNT, "people" },
  { "At least 60,000 people died.", "At least 60,000", 60000, NONE, AT_LEAST, COUNT, "people" },
  { "Nearly 300 civilians were hurt.", "Nearly 300", 300, NONE, LESS_THAN, COUNT, "civilians" },
  { "Almost 40 villages were razed.", "Almost 40", 40, NONE, LESS_THAN, COUNT, "villages" },
  { "About 500 soldiers remain.", "500", 500, NONE, ABOUT, COUNT, "soldiers" },
  { "Around 70 boats sank.", "70", 70, NONE, ABOUT, COUNT, "boats" },
  { "Roughly 90 flights were cancelled.", "90", 90, NONE, ABOUT, COUNT, "flights" },
  { "Some 45 reporters attended.", "45", 45, NONE, ABOUT, COUNT, "reporters" },
  { "An estimated 8,000 fans waited.", "8,000", 8000, NONE, ABOUT, COUNT, "fans" },
  { "Up to 700 workers could lose jobs.", "Up to 700", 700, NONE, AT_MOST, COUNT, "workers" },
  { "Fewer than 20 patients were treated.", "Fewer than 20", 20, NONE, LESS_THAN, COUNT,
    "patients" },
  { "It took less than 3 hours.", "less than 3", 3, NONE, LESS_THAN, DURATION, "hours" },
  { "Over 150 animals were rescued.", "Over 150", 150, NONE, MORE_THAN, COUNT, "animals" },
  { "The crowd was 5,000 or more.", "5,000 or more", 5000, NONE, AT_LEAST, COUNT, NULL },
  { "It cost about $15 million.", "$15 million", 1.5e7, NONE, ABOUT, MONEY, "$" },
  /* ranges */
  { "Between 10 and 15 people were arrested.", "Between 10 and 15", 10, 15, RANGE, COUNT,
    "people" },
  { "Officials said 10-15 people were arrested.", "10-15", 10, 15, RANGE, COUNT, "people" },
  { "Officials said 10 to 15 people were arrested.", "10 to 15", 10, 15, RANGE, COUNT, "people" },
  { "Prices range from 200 to 300 today.", "from 200 to 300", 200, 300, RANGE, COUNT, NULL },
  { "The bill is $2-3 billion.", "$2-3 billion", 2e9, 3e9, RANGE, MONEY, "$" },
  { "The conflict of 2012–2016 ended.", "2012–2016", 2012, 2016, RANGE, DATE, NULL },
  { "It is more than 10 and less than 20.", "more than 10 and less than 20", 10, 20, RANGE, COUNT,
    NULL },
  /* durations and ages */
  { "The 22-month siege ended.", "22-month", 22, NONE, EXACT, DURATION, "months" },
  { "He served six years in prison.", "six", 6, NONE, EXACT, DURATION, "years" },
  { "A five-year-old boy was found.", "five-year-old", 5, NONE, EXACT, AGE, "years" },
  { "A five year-old girl was found.", "five year-old", 5, NONE, EXACT, AGE, "years" },
  { "The suspect, 34 years old, was held.", "34 years old", 34, NONE, EXACT, AGE, "years" },
  { "A man aged 45 was charged.", "45", 45, NONE, EXACT, AGE, "years" },
  /* measures */
  { "The convoy drove 29 km north.", "29 km", 29, NONE, EXACT, MEASURE, "km" },
  { "The wall is 3.5m high.", "3.5m", 3.5, NONE, EXACT, MEASURE, "m" },
  { "A 10-mile queue formed.", "10-mile", 10, NONE, EXACT, MEASURE, "mi" },
  { "The quake struck 10 kilometres deep.", "10 kilometres", 10, NONE, EXACT, MEASURE, "km" },
  { "It was 35 degrees Celsius at noon.", "35 degrees Celsius", 35, NONE, EXACT, MEASURE, "°C" },
  { "The area is 660 square metres.", "660 square metres", 660, NONE, EXACT, MEASURE, "m" },
  /* ordinals and dates */
  { "It was the first attack.", "first", 1, NONE, EXACT, ORDINAL, NULL },
  { "The 21st summit opened.", "21st", 21, NONE, EXACT, ORDINAL, NULL },
  { "Its twenty-first session began.", "twenty-first", 21, NONE, EXACT, ORDINAL, NULL },
  { "The war began in 2012.", "2012", 2012, NONE, EXACT, DATE, NULL },
  { "Mid-2014 the talks failed.", "2014", 2014, NONE, EXACT, DATE, NULL },
  { "Negotiators met 2000 delegates.", "2000", 2000, NONE, EXACT, COUNT, "delegates" },
  { "Rates were between 4.5 and 5 percent.", "between 4.5 and 5 percent", 4.5, 5, RANGE, PERCENT,
    "%" },
  { "The 2015-16 season began.", "2015-16", 2015, 2016, RANGE, DATE, NULL },
  { "Jane Roe, 34, was hurt.", "34", 34, NONE, EXACT, AGE, "years" },
  { "The 15-member council voted.", "15", 15, NONE, EXACT, COUNT, "member" },
  { "A 12-year conflict ended.", "12-year", 12, NONE, EXACT, DURATION, "years" },
  { "The first class of recruits arrived.", "first", 1, NONE, EXACT, ORDINAL, NULL },
  { "Zero patients died, zero - sum or not.", "Zero", 0, NONE, EXACT, COUNT, "patients" },
  { "Rank first in the league, he said.", "first", 1, NONE, EXACT, ORDINAL, NULL },
  /* tokenised text: separators set off by spaces */
  { "sales rose 6 . 2 % in the quarter .", "6 . 2 %", 6.2, NONE, EXACT, PERCENT, "%" },
  { "the stadium held 80 , 000 fans .", "80 , 000", 80000, NONE, EXACT, COUNT, "fans" },
  { "notes of 7 3 / 4 % were sold .", "7 3 / 4 %", 7.75, NONE, EXACT, PERCENT, "%" },
  { "it cost $ 46 . 8 million in all .", "$ 46 . 8 million", 4.68e7, NONE, EXACT, MONEY, "$" },
  { "it fell to - 20 degrees Celsius .", "- 20 degrees Celsius", -20, NONE, EXACT, MEASURE, "°C" },
  { "paid on nov . 6 , 1990 , the bonds", "1990", 1990, NONE, EXACT, DATE, NULL },
  /* signs */
  { "The low was -5 overnight.", "-5", -5, NONE, EXACT, COUNT, NULL },
  { "Growth was minus two points.", "minus two", -2, NONE, EXACT, COUNT, "points" },
};

/* Texts whose numbers are identifiers, times or codes: nothing to report. */
static const char * const identifiers[] = {
  "The council passed resolution 2254 unanimously.",
  "They drove along route 66 for hours.",
  "Flight MH17 was shot down.",
  "Call +1-555-0100 for details.",
  "Download version 2.0.1 of the tool.",
  "The server at 192.168.1.20 was down.",
  "The meeting is at 10:30 on Friday.",
  "The meeting starts at 6pm.",
  "Write to press@example.org today.",
  "See https://example.org/page?id=42 for more.",
  "The A380 and the F-16 flew past.",
  "New 5G masts were installed.",
  "It happened on 5/17/2018 downtown.",
  "The ISO date 2016-03-14 was printed.",
  "Which one do you prefer?",
  "The one you mentioned is gone.",
  "He was in room 101 with page 12 open.",
  "For the first time, the river froze.",
  "First, the river froze.",
  "The river froze at first.",
  "It is one of the largest banks in town.",
  "She sat in one of its best seats.",
  "Book a first class seat or a second-class ticket.",
  "They met on nov . 6 and on Sept. 30 in the capital.",
  "The row began on 1 may that year.",
  "He argued that 1 ) prices rise and 2 ) wages fall.",
  "Write to Jane Roe, 12 Elm Street, Springfield.",
  "The player wore no . 9 and ranked well.",
  "She finished second to last in the race.",
  "The bank sold zero-coupon bonds and zero - coupon notes.",
};

static void
test_case (gconstpointer data)
{
  const FigureCase *c = data;
  g_autoptr(PxFigureList) list = px_figures_find (c->text, -1);
  const char *at = strstr (c->text, c->span);
  gsize start, end;
  const PxFigure *f = NULL;
  guint i;

  g_assert_nonnull (at);
  start = at - c->text;
  end = start + strlen (c->span);
  for (i = 0; i < px_figure_list_get_length (list); i++)
    {
      const PxFigure *g = px_figure_list_get (list, i);

      if (g->start == start && g->end == end)
        f = g;
    }
  if (f == NULL)
    {
      for (i = 0; i < px_figure_list_get_length (list); i++)
        {
          const PxFigure *g = px_figure_list_get (list, i);

          g_test_message ("got “%.*s” %g", (int) (g->end - g->start), c->text + g->start,
                          g->value);
        }
      g_test_fail_printf ("“%s”: no figure spans “%s”", c->text, c->span);
      return;
    }
  g_assert_cmpfloat_with_epsilon (f->value, c->value, fabs (c->value) * 1e-9 + 1e-12);
  if (isnan (c->value_max))
    g_assert_true (isnan (f->value_max));
  else
    g_assert_cmpfloat_with_epsilon (f->value_max, c->value_max, fabs (c->value_max) * 1e-9);
  g_assert_cmpstr (px_figure_qualifier_to_string (f->qualifier), ==,
                   px_figure_qualifier_to_string (c->qualifier));
  g_assert_cmpstr (px_figure_kind_to_string (f->kind), ==, px_figure_kind_to_string (c->kind));
  g_assert_cmpstr (f->unit, ==, c->unit);
}

static void
test_identifiers (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (identifiers); i++)
    {
      g_autoptr(PxFigureList) list = px_figures_find (identifiers[i], -1);

      if (px_figure_list_get_length (list) > 0)
        {
          const PxFigure *f = px_figure_list_get (list, 0);

          g_test_fail_printf ("“%s”: unexpected figure “%.*s”", identifiers[i],
                              (int) (f->end - f->start), identifiers[i] + f->start);
        }
    }
}

static void
test_order_and_bounds (void)
{
  const char *text = "In 2015, 3 ships and 40% of $2bn; then twelve more, at least 9 km.";
  g_autoptr(PxFigureList) list = px_figures_find (text, -1);
  gsize last = 0;
  guint i;

  g_assert_cmpuint (px_figure_list_get_length (list), ==, 6);
  for (i = 0; i < px_figure_list_get_length (list); i++)
    {
      const PxFigure *f = px_figure_list_get (list, i);

      g_assert_cmpuint (f->start, >=, last);
      g_assert_cmpuint (f->end, >, f->start);
      g_assert_cmpuint (f->end, <=, strlen (text));
      last = f->end;
    }
}

/* The figures of one sentence, found by bisection. */
static void
test_find_range (void)
{
  const char *text = "In 2015, 3 ships sank. Then 40% of $2bn went. At least 9 km.";
  const char *second = strstr (text, "Then");
  const char *third = strstr (text, "At least");
  g_autoptr(PxFigureList) list = px_figures_find (text, -1);
  guint first = G_MAXUINT;
  guint n;

  n = px_figure_list_find_range (list, second - text, third - text, &first);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (px_figure_list_get (list, first)->start, ==, strstr (text, "40%") - text);
  n = px_figure_list_find_range (list, 0, second - text, &first);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, ==, 2);
  n = px_figure_list_find_range (list, strlen (text), strlen (text), &first);
  g_assert_cmpuint (first, ==, px_figure_list_get_length (list));
  g_assert_cmpuint (n, ==, 0);
}

static void
test_strings (void)
{
  g_assert_cmpstr (px_figure_kind_to_string (PX_FIGURE_KIND_MEASURE), ==, "measure");
  g_assert_cmpstr (px_figure_kind_to_string (PX_FIGURE_KIND_COUNT), ==, "count");
  g_assert_cmpstr (px_figure_qualifier_to_string (PX_FIGURE_QUALIFIER_AT_LEAST), ==, "at-least");
  g_assert_cmpstr (px_figure_qualifier_to_string (PX_FIGURE_QUALIFIER_RANGE), ==, "range");
}

static void
test_empty_and_odd (void)
{
  static const char * const odd[] = {
    "", " ", "-", ".", "$", "%", "one", "a", "an", "half", "1", "1-", "-1-", "1/0", "0/0",
    "1e999", "9^999", "1,", ",1", "1..2", "$$$1", "and and and", "point", "a hundred",
    "twenty-", "1 1/", "⅔", "€", "- 1", "1 over", "one out of", "between 5 and",
  };
  g_autoptr(PxFigureList) nul_len = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (odd); i++)
    {
      g_autoptr(PxFigureList) list = px_figures_find (odd[i], -1);
      guint k;

      for (k = 0; k < px_figure_list_get_length (list); k++)
        {
          const PxFigure *f = px_figure_list_get (list, k);

          g_assert_cmpuint (f->end, <=, strlen (odd[i]));
          g_assert_true (isfinite (f->value));
        }
    }
  /* an explicit length stops the scan inside the buffer */
  nul_len = px_figures_find ("12 apples", 2);
  g_assert_cmpuint (px_figure_list_get_length (nul_len), ==, 1);
  g_assert_cmpuint (px_figure_list_get (nul_len, 0)->end, ==, 2);
}

static void
check_bounded (const char *label,
               GString    *s)
{
  gint64 t0 = g_get_monotonic_time ();
  g_autoptr(PxFigureList) list = px_figures_find (s->str, s->len);
  double seconds = (g_get_monotonic_time () - t0) / 1e6;

  g_test_message ("%s: %u figures in %.3f s", label, px_figure_list_get_length (list), seconds);
  /* A linear scan takes well under a second; a quadratic one takes minutes. */
  g_assert_cmpfloat (seconds, <, 20.0);
}

static void
test_pathological (void)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  g_autoptr(GString) commas = g_string_new (NULL);
  g_autoptr(GString) words = g_string_new (NULL);
  g_autoptr(GString) mixed = g_string_new (NULL);
  guint i;

  for (i = 0; i < 1000000; i++)
    g_string_append_c (digits, '0' + i % 10);
  check_bounded ("digits", digits);

  for (i = 0; i < 500000; i++)
    g_string_append (commas, "1,");
  check_bounded ("commas", commas);

  for (i = 0; i < 100000; i++)
    g_string_append (words, i % 3 == 0 ? "one " : i % 3 == 1 ? "hundred " : "and ");
  check_bounded ("words", words);

  g_string_truncate (words, 0);
  for (i = 0; i < 100000; i++)
    g_string_append (words, "twenty ");
  check_bounded ("tens", words);

  for (i = 0; i < 100000; i++)
    g_string_append (mixed, i % 2 ? "- 1 " : "between 2 and ");
  check_bounded ("mixed", mixed);

  g_string_truncate (mixed, 0);
  for (i = 0; i < 200000; i++)
    g_string_append (mixed, "100 ");
  check_bounded ("groups", mixed);

  g_string_truncate (mixed, 0);
  for (i = 0; i < 300000; i++)
    g_string_append (mixed, i % 3 == 0 ? "1." : i % 3 == 1 ? "2/" : "3-");
  check_bounded ("chains", mixed);

  g_string_truncate (mixed, 0);
  g_string_append (mixed, "more than 5");
  for (i = 0; i < 1000000; i++)
    g_string_append_c (mixed, ' ');
  g_string_append (mixed, "7 km $");
  for (i = 0; i < 1000000; i++)
    g_string_append_c (mixed, 'x');
  check_bounded ("spaces", mixed);
}

int
main (int   argc,
      char *argv[])
{
  guint i;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_set_nonfatal_assertions ();

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/figures/case/%02u", i);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/core/figures/identifiers", test_identifiers);
  g_test_add_func ("/core/figures/order", test_order_and_bounds);
  g_test_add_func ("/core/figures/find-range", test_find_range);
  g_test_add_func ("/core/figures/strings", test_strings);
  g_test_add_func ("/core/figures/odd-input", test_empty_and_odd);
  g_test_add_func ("/core/figures/pathological", test_pathological);

  return g_test_run ();
}
