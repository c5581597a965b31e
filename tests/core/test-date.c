/* test-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/px-core.h"

static const struct {
  const char *text;
  const char *date;
} cases[] = {
  { "2012-12-28", "2012-12-28" },
  { "2012-12-28T10:15:00+02:00", "2012-12-28" },
  { " 2013/01/09 ", "2013-01-09" },
  { "20160324", "2016-03-24" },
  { "December 28, 2012", "2012-12-28" },
  { "Dec. 28, 2012 4:05 PM EST", "2012-12-28" },
  { "Fri, 28 Dec 2012 10:00:00 GMT", "2012-12-28" },
  { "Friday 28 December 2012", "2012-12-28" },
  { "Sept. 3rd, 2015", "2015-09-03" },
  { "2015 September 3", "2015-09-03" },
  { "03/24/2016", "2016-03-24" },
  { "24/03/2016", "2016-03-24" },
  { "Updated: March 24, 2016 at 10:42", "2016-03-24" },
  { "2013-02-30", NULL },
  { "December 2012", NULL },
  { "yesterday", NULL },
  { "", NULL },
  { "12:30 2012", NULL },
};

static void
test_normalize (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *date = px_date_normalize (cases[i].text);

      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpstr (date, ==, cases[i].date);
    }

  g_assert_null (px_date_normalize (NULL));
}

static void
test_month_names (void)
{
  g_assert_cmpint (px_date_month_from_name ("Jan", 3), ==, 1);
  g_assert_cmpint (px_date_month_from_name ("SEPT", 4), ==, 9);
  g_assert_cmpint (px_date_month_from_name ("september", 9), ==, 9);
  g_assert_cmpint (px_date_month_from_name ("Decem", 5), ==, 0);
  g_assert_cmpint (px_date_month_from_name ("Ma", 2), ==, 0);
  g_assert_cmpint (px_date_month_from_name ("Mayday", 6), ==, 0);
}

static void
test_to_date_time (void)
{
  g_autoptr(GDateTime) dt = px_date_to_date_time ("2012-12-28");

  g_assert_nonnull (dt);
  g_assert_cmpint (g_date_time_get_year (dt), ==, 2012);
  g_assert_cmpint (g_date_time_get_month (dt), ==, 12);
  g_assert_cmpint (g_date_time_get_day_of_month (dt), ==, 28);
  g_assert_cmpint (g_date_time_get_hour (dt), ==, 0);
  g_assert_null (px_date_to_date_time (NULL));
  g_assert_null (px_date_to_date_time ("28 December 2012"));
  g_assert_null (px_date_to_date_time ("2012-02-30"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/date/normalize", test_normalize);
  g_test_add_func ("/core/date/month-names", test_month_names);
  g_test_add_func ("/core/date/to-date-time", test_to_date_time);

  return g_test_run ();
}
