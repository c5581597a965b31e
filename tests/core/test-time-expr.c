/* test-time-expr.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/px-core.h"

#include <string.h>

typedef struct {
  const char *text;
  const char *anchor;
  const char *span;       /* the expression as found */
  const char *precision;
  const char *first;
  const char *last;
} Case;

static const Case cases[] = {
  /* full dates */
  { "The summit opened on December 6, 2012 in Oslo.", NULL, "December 6, 2012", "day",
    "2012-12-06", "2012-12-06" },
  { "It was signed on 6 December 2012.", NULL, "6 December 2012", "day", "2012-12-06",
    "2012-12-06" },
  { "Filed Dec. 6, 2012, by the clerk.", NULL, "Dec. 6, 2012", "day", "2012-12-06",
    "2012-12-06" },
  { "It began on Friday, Sept. 4, 2015, at noon.", NULL, "Friday, Sept. 4, 2015", "day",
    "2015-09-04", "2015-09-04" },
  { "The 21st of March 2014 was cold.", NULL, "21st of March 2014", "day", "2014-03-21",
    "2014-03-21" },
  { "Protests began in March 2011 in the south.", NULL, "March 2011", "month", "2011-03-01",
    "2011-03-31" },
  { "Elections were held in 2012 and again later.", NULL, "2012", "year", "2012-01-01",
    "2012-12-31" },
  /* days without a year: the nearest not far after the anchor */
  { "They met on Dec. 6 in Vienna.", "2013-01-09", "Dec. 6", "day", "2012-12-06", "2012-12-06" },
  { "Talks resumed Oct. 24 as planned.", "2015-10-24", "Oct. 24", "day", "2015-10-24",
    "2015-10-24" },
  { "A vote is set for Jan. 20 next.", "2012-12-28", "Jan. 20", "day", "2013-01-20",
    "2013-01-20" },
  { "The accord of June 30 still holds.", "2012-12-28", "June 30", "day", "2012-06-30",
    "2012-06-30" },
  { "By 6 December the camp was empty.", "2013-01-09", "6 December", "day", "2012-12-06",
    "2012-12-06" },
  { "He left in early December for talks.", "2013-01-09", "December", "month", "2012-12-01",
    "2012-12-31" },
  /* weekdays: the latest such day on or before the anchor (a Wednesday) */
  { "The envoy arrived on Friday.", "2013-01-09", "on Friday", "day", "2013-01-04",
    "2013-01-04" },
  { "The agency said Wednesday it would wait.", "2013-01-09", "Wednesday", "day", "2013-01-09",
    "2013-01-09" },
  { "Shelling resumed on Monday night near the port.", "2013-01-09", "on Monday night", "day",
    "2013-01-07", "2013-01-07" },
  { "He flew home last Wednesday.", "2013-01-09", "last Wednesday", "day", "2013-01-02",
    "2013-01-02" },
  { "They meet again next Tuesday.", "2013-01-09", "next Tuesday", "day", "2013-01-15",
    "2013-01-15" },
  /* across a month boundary: Thursday 1 October 2015 */
  { "Strikes began on Saturday, officials said.", "2015-10-01", "on Saturday", "day",
    "2015-09-26", "2015-09-26" },
  /* relative to the anchor */
  { "The minister resigned yesterday.", "2016-03-01", "yesterday", "day", "2016-02-29",
    "2016-02-29" },
  { "Fighting eased last month.", "2013-01-09", "last month", "month", "2012-12-01",
    "2012-12-31" },
  { "Aid arrived earlier this month.", "2013-01-09", "earlier this month", "month",
    "2013-01-01", "2013-01-09" },
  { "Both sides met this week in Rome.", "2013-01-09", "this week", "day", "2013-01-07",
    "2013-01-13" },
  { "Trade fell sharply last year.", "2016-03-24", "last year", "year", "2015-01-01",
    "2015-12-31" },
  { "The truce collapsed two weeks ago.", "2013-01-09", "two weeks ago", "day", "2012-12-26",
    "2012-12-26" },
  { "The port fell three months ago.", "2013-01-09", "three months ago", "month", "2012-10-01",
    "2012-10-31" },
  { "He visited the day before yesterday.", "2015-10-24", "the day before yesterday", "day",
    "2015-10-22", "2015-10-22" },
  { "Troops arrived last September.", "2016-03-24", "last September", "month", "2015-09-01",
    "2015-09-30" },
  { "Results are due next year.", "2016-03-24", "next year", "year", "2017-01-01",
    "2017-12-31" },
  /* no anchor: found, not resolved */
  { "The envoy arrived on Friday.", NULL, "on Friday", "none", "", "" },
  { "Fighting eased last month.", NULL, "last month", "none", "", "" },
  { "They met on Dec. 6 in Vienna.", NULL, "Dec. 6", "none", "", "" },
};

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(PxTimeExprList) list = px_time_expr_find (c->text, -1, c->anchor);
  const PxTimeExpr *e;
  g_autofree char *span = NULL;

  g_test_message ("%s (anchor %s)", c->text, c->anchor ? c->anchor : "none");
  g_assert_cmpuint (px_time_expr_list_get_n (list), ==, 1);
  e = px_time_expr_list_get (list, 0);
  span = g_strndup (c->text + e->start, e->end - e->start);
  g_assert_cmpstr (span, ==, c->span);
  g_assert_cmpstr (px_time_precision_to_string (e->precision), ==, c->precision);
  g_assert_cmpstr (e->first, ==, c->first);
  g_assert_cmpstr (e->last, ==, c->last);
}

static void
test_kinds (void)
{
  const char *text = "On Friday, two weeks ago, Dec. 6 and December 6, 2012.";
  g_autoptr(PxTimeExprList) list = px_time_expr_find (text, -1, "2013-01-09");

  g_assert_cmpuint (px_time_expr_list_get_n (list), ==, 4);
  g_assert_cmpint (px_time_expr_list_get (list, 0)->kind, ==, PX_TIME_EXPR_WEEKDAY);
  g_assert_cmpint (px_time_expr_list_get (list, 1)->kind, ==, PX_TIME_EXPR_RELATIVE);
  g_assert_cmpint (px_time_expr_list_get (list, 2)->kind, ==, PX_TIME_EXPR_PARTIAL);
  g_assert_cmpint (px_time_expr_list_get (list, 3)->kind, ==, PX_TIME_EXPR_ABSOLUTE);

  {
    guint first = 99;

    g_assert_cmpuint (px_time_expr_list_find_range (list, 10, strlen (text), &first), ==, 3);
    g_assert_cmpuint (first, ==, 1);
  }
}

static void
test_not_dates (void)
{
  static const char * const texts[] = {
    "May I ask a question?",
    "The Sun reported the story.",
    "Some 2,000 people and 3.5 tonnes of aid.",
    "Resolution 2254 passed with 15 votes.",
    "In 2254 cases the claim failed.",
    "The march on the capital went ahead.",
    "Room 12 on floor 6.",
    "",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(PxTimeExprList) list = px_time_expr_find (texts[i], -1, "2014-05-05");

      g_test_message ("%s", texts[i]);
      g_assert_cmpuint (px_time_expr_list_get_n (list), ==, 0);
    }
}

static void
test_estimate (void)
{
  static const char *text_dates =
    "The ministers met on November 30, 2014 and again on Jan. 2, 2015 in Geneva.\n\n"
    "A second paragraph mentions nothing datable.";
  static const char *text_dateline =
    "MADRID, Jan. 9 (Agency) -- The envoy said talks held on December 6, 2012 had failed.";
  static const char *text_bare = "Nothing in this text says when it was written.";
  char *date;

  date = px_time_expr_estimate_article_date (text_bare, strlen (text_bare),
                                             "BEIJING, Oct. 24, 2015");
  g_assert_cmpstr (date, ==, "2015-10-24");
  g_free (date);

  date = px_time_expr_estimate_article_date (text_dates, strlen (text_dates), NULL);
  g_assert_cmpstr (date, ==, "2015-01-02");
  g_free (date);

  /* a dateline without a year takes it from the dates in the text */
  date = px_time_expr_estimate_article_date (text_dateline, strlen (text_dateline), NULL);
  g_assert_cmpstr (date, ==, "2013-01-09");
  g_free (date);

  date = px_time_expr_estimate_article_date (text_dates, strlen (text_dates), "PARIS, March 3");
  g_assert_cmpstr (date, ==, "2015-03-03");
  g_free (date);

  date = px_time_expr_estimate_article_date (text_bare, strlen (text_bare), "LIMA, Oct. 24");
  g_assert_null (date);

  date = px_time_expr_estimate_article_date (text_bare, strlen (text_bare), NULL);
  g_assert_null (date);

  date = px_time_expr_estimate_article_date ("", 0, NULL);
  g_assert_null (date);
}

static void
test_hostile (void)
{
  static const char * const pieces[] = {
    "Dec. ", "6 ", ", ", "2012 ", "last ", "Friday ", "ago ", "the day before ", "in ",
    "\xff\xfe", "12345678901234567890 ", "March", "Jan.6,2012",
  };
  GString *text = g_string_new (NULL);
  GString *solid = g_string_new (NULL);
  g_autoptr(PxTimeExprList) a = NULL;
  g_autoptr(PxTimeExprList) b = NULL;
  g_autofree char *estimate = NULL;
  gdouble elapsed;

  g_test_timer_start ();
  while (text->len < 1024 * 1024)
    g_string_append (text, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
  while (solid->len < 1024 * 1024)
    g_string_append (solid, "December");
  a = px_time_expr_find (text->str, text->len, "2013-01-09");
  b = px_time_expr_find (solid->str, solid->len, NULL);
  estimate = px_time_expr_estimate_article_date (text->str, text->len, text->str);
  elapsed = g_test_timer_elapsed ();
  g_test_message ("2 MB of hostile text in %.2f s", elapsed);
  g_assert_cmpfloat (elapsed, <, 30.0);
  g_assert_cmpuint (px_time_expr_list_get_n (b), ==, 0);

  g_string_free (text, TRUE);
  g_string_free (solid, TRUE);
}

int
main (int    argc,
      char **argv)
{
  guint i;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/time-expr/case/%u", i);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/core/time-expr/kinds", test_kinds);
  g_test_add_func ("/core/time-expr/not-dates", test_not_dates);
  g_test_add_func ("/core/time-expr/estimate", test_estimate);
  g_test_add_func ("/core/time-expr/hostile", test_hostile);

  return g_test_run ();
}
