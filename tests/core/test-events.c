/* test-events.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/px-core.h"

#include <string.h>

typedef struct {
  const char *title;
  const char *date;
  const char *text;
} Story;

/* One event told twice, worded differently. */
static const Story ferry[] = {
  { "Ferry runs aground off Port Avel, 40 passengers rescued", "2019-04-02",
    "A passenger ferry ran aground on rocks off Port Avel early on Tuesday, and coast guard "
    "crews rescued all 40 people on board, officials said.\n\n"
    "The vessel, the Saint Orla, had left the harbour of Port Avel for the island of Kessa "
    "when it struck a reef in heavy fog. Captain Lena Hart radioed for help shortly after "
    "six in the morning.\n\n"
    "Three passengers were taken to hospital with minor injuries. The Marine Safety Board "
    "said it had opened an inquiry." },
  { "All aboard safe after Saint Orla strikes reef near Port Avel", "2019-04-02",
    "Coast guard boats brought 40 passengers and crew ashore after the ferry Saint Orla hit "
    "a reef near Port Avel in thick fog on Tuesday morning.\n\n"
    "Lena Hart, the ship's captain, called the coast guard minutes after the hull was "
    "breached on the crossing to Kessa. Three people were treated in hospital for cuts and "
    "bruises.\n\n"
    "An inquiry by the Marine Safety Board will examine why the ferry sailed in poor "
    "visibility." },
};

/* Same topic, different events: two earthquakes, places and years apart. */
static const Story quakes[] = {
  { "Magnitude 6.4 earthquake shakes Valdora province", "2009-08-14",
    "A magnitude 6.4 earthquake struck Valdora province on Friday, killing at least 12 "
    "people and damaging hundreds of homes in the town of Serrat, the national seismic "
    "institute said.\n\n"
    "The quake hit at a depth of 10 kilometres. Rescue teams searched collapsed buildings "
    "in Serrat through the night, and Governor Tomas Iberri declared an emergency." },
  { "Death toll rises to 12 in Valdora quake", "2009-08-15",
    "Rescuers in Serrat pulled more survivors from the rubble on Saturday after Friday's "
    "6.4 magnitude earthquake in Valdora province, which killed 12 people.\n\n"
    "Governor Tomas Iberri said hundreds of homes in Serrat were damaged and asked the "
    "capital for tents and water. The seismic institute recorded dozens of aftershocks." },
  { "Strong earthquake hits Merisco coast, tsunami warning lifted", "2014-02-03",
    "A magnitude 7.1 earthquake struck off the coast of Merisco on Monday, shaking the "
    "port city of Anvar and briefly prompting a tsunami warning, the seismic institute "
    "said.\n\n"
    "At least five people died in Anvar when a market hall collapsed. Mayor Ilse Varga "
    "said power was cut across the city, and the tsunami warning was lifted after two "
    "hours." },
  { "Five dead as 7.1 quake rocks Anvar", "2014-02-03",
    "Five people were killed in Anvar when a 7.1 magnitude earthquake struck off the "
    "Merisco coast on Monday and a market hall fell in.\n\n"
    "Mayor Ilse Varga said electricity was out across Anvar. The seismic institute lifted "
    "its tsunami warning two hours after the earthquake." },
};

/* The same ministers meeting twice, months apart. */
static const Story meetings[] = {
  { "Foreign ministers of Norland and Castria meet in Geneva on border talks", "2015-03-10",
    "Foreign Minister Arvid Lund of Norland and his Castrian counterpart Pia Moreau met in "
    "Geneva on Tuesday to restart talks on their disputed border, but reported no "
    "breakthrough.\n\n"
    "The talks lasted four hours. Lund said both sides agreed to set up a joint commission "
    "on fishing rights in the Gray Strait, and Moreau said the next round would follow "
    "after the summer." },
  { "Lund and Moreau agree on fishing commission in Geneva", "2015-03-11",
    "Norland and Castria will form a joint commission on fishing rights in the Gray "
    "Strait, their foreign ministers said after four hours of talks in Geneva on "
    "Tuesday.\n\n"
    "Arvid Lund and Pia Moreau said the border dispute itself remained open and that they "
    "would meet again after the summer." },
  { "Norland, Castria ministers sign border accord in Vienna", "2015-09-22",
    "Foreign ministers Arvid Lund of Norland and Pia Moreau of Castria signed an accord in "
    "Vienna on Tuesday that settles most of their disputed border, six months after talks "
    "restarted.\n\n"
    "The accord moves two villages on the Tessel river to Castria and gives Norland a "
    "corridor to the coast. Lund called the signing a historic day; parliaments in both "
    "countries must still ratify it." },
  { "Border accord signed in Vienna after decades of dispute", "2015-09-22",
    "Norland and Castria signed a border accord in Vienna on Tuesday. Under the deal the "
    "villages along the Tessel river pass to Castria, while Norland gains a corridor to "
    "the sea.\n\n"
    "Pia Moreau said the accord ended decades of dispute. Arvid Lund said both parliaments "
    "would vote on ratification before the end of the year." },
};

static PxArticle *
make_article (const Story *story,
              const char  *source)
{
  PxArticleBuilder *builder = px_article_builder_new (source);
  g_auto(GStrv) paragraphs = g_strsplit (story->text, "\n\n", -1);
  guint i;

  if (story->title)
    px_article_builder_set_title (builder, story->title);
  if (story->date)
    px_article_builder_set_date (builder, story->date);
  px_article_builder_set_language (builder, "en");
  for (i = 0; paragraphs[i]; i++)
    px_article_builder_add_paragraph (builder, paragraphs[i], -1);

  return px_article_builder_end (builder);   /* frees the builder */
}

/* Builds the articles for @stories, in the order @order gives. */
static GPtrArray *
make_articles (const Story *stories,
               guint        n,
               const guint *order)
{
  GPtrArray *articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  guint i;

  for (i = 0; i < n; i++)
    {
      guint k = order ? order[i] : i;
      g_autofree char *source = g_strdup_printf ("story-%u.txt", k);

      g_ptr_array_add (articles, make_article (&stories[k], source));
    }
  return articles;
}

static void
check_partition (PxEventGroups *groups)
{
  guint n = px_event_groups_get_n_articles (groups);
  guint g, k, seen = 0;

  for (g = 0; g < px_event_groups_get_n_groups (groups); g++)
    {
      guint n_members;
      const guint *members = px_event_groups_get_members (groups, g, &n_members);

      g_assert_cmpuint (n_members, >, 0);
      for (k = 0; k < n_members; k++)
        {
          g_assert_cmpuint (members[k], <, n);
          g_assert_cmpuint (px_event_groups_get_group (groups, members[k]), ==, g);
          if (k > 0)
            g_assert_cmpuint (members[k - 1], <, members[k]);
        }
      /* Ordered by their first article. */
      if (g > 0)
        {
          guint n_prev;
          const guint *prev = px_event_groups_get_members (groups, g - 1, &n_prev);

          g_assert_cmpuint (prev[0], <, members[0]);
        }
      g_assert_nonnull (px_event_groups_get_label (groups, g));
      seen += n_members;
    }
  for (k = 0; k < n; k++)
    if (px_event_groups_get_group (groups, k) != PX_EVENT_GROUP_NONE)
      seen--;
  g_assert_cmpuint (seen, ==, 0);
}

static gboolean
together (PxEventGroups *groups,
          guint          a,
          guint          b)
{
  return px_event_groups_get_group (groups, a) == px_event_groups_get_group (groups, b);
}

/* A dash is not the end of a sentence: a capitalised word after one counts
 * as a name just as after a comma, so two reports weigh the same whichever
 * of the two their writers used. After a full stop, an opening quotation
 * mark and the like, a capital proves nothing. */
static void
test_breaks_between_words (void)
{
  static const char *const texts[][4] = {
    { "Floods in the valley",
      "Water rose through the valley overnight",
      " Brandvik said the dam had held. The river stayed high",
      " Brandvik added that help was coming." },
    { "The valley after the flood",
      "Rescue teams searched the valley at dawn",
      " Brandvik said later. Roads were closed",
      " Brandvik warned, and schools stayed shut." },
  };
  /* A comma, dashes; then marks after which a capital proves nothing. */
  static const char *const marks[] = { ",", "\u2014", "\u2013", ".", "\u201C", "\u2026", "\u00BF",
                                       "\u3002", "\xE2.", "?", "!", ":", ";" };
  double similarity[G_N_ELEMENTS (marks)];
  guint m, k;

  for (m = 0; m < G_N_ELEMENTS (marks); m++)
    {
      g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
      g_autoptr(PxEventGroups) groups = NULL;

      for (k = 0; k < G_N_ELEMENTS (texts); k++)
        {
          g_autofree char *text = g_strconcat (texts[k][1], marks[m], texts[k][2], marks[m],
                                               texts[k][3], NULL);
          Story story = { texts[k][0], "2031-03-03", text };
          g_autofree char *source = g_strdup_printf ("dash-%u.txt", k);

          g_ptr_array_add (articles, make_article (&story, source));
        }
      groups = px_events_group ((PxArticle *const *) articles->pdata, articles->len);
      similarity[m] = px_event_groups_get_similarity (groups, 0, 1);
    }

  g_assert_cmpfloat (similarity[0], >, 0);
  g_assert_cmpfloat_with_epsilon (similarity[1], similarity[0], 1e-9);
  g_assert_cmpfloat_with_epsilon (similarity[2], similarity[0], 1e-9);
  /* A full stop, an opening quotation mark, an ellipsis, ¿, 。, a full stop
   * after a stray byte, ? ! : and ;: the name after it counts for less. */
  for (m = 3; m < G_N_ELEMENTS (marks); m++)
    {
      g_test_message ("mark %u", m);
      g_assert_cmpfloat (similarity[m], <, similarity[0] - 0.01);
      g_assert_cmpfloat_with_epsilon (similarity[m], similarity[3], 1e-9);
    }
}

static void
test_same_event (void)
{
  g_autoptr(GPtrArray) articles = make_articles (ferry, G_N_ELEMENTS (ferry), NULL);
  g_autoptr(PxEventGroups) groups = NULL;

  groups = px_events_group ((PxArticle *const *) articles->pdata, articles->len);
  check_partition (groups);
  g_assert_cmpuint (px_event_groups_get_n_groups (groups), ==, 1);
  g_assert_true (together (groups, 0, 1));
  /* The label names what the reports share. */
  g_assert_nonnull (strstr (px_event_groups_get_label (groups, 0), "Port Avel"));
  g_assert_nonnull (strstr (px_event_groups_get_label (groups, 0), "2019-04-02"));
}

static void
test_two_earthquakes (void)
{
  g_autoptr(GPtrArray) articles = make_articles (quakes, G_N_ELEMENTS (quakes), NULL);
  g_autoptr(PxEventGroups) groups = NULL;

  groups = px_events_group ((PxArticle *const *) articles->pdata, articles->len);
  check_partition (groups);
  g_assert_cmpuint (px_event_groups_get_n_groups (groups), ==, 2);
  g_assert_true (together (groups, 0, 1));
  g_assert_true (together (groups, 2, 3));
  g_assert_false (together (groups, 0, 2));
  g_assert_nonnull (strstr (px_event_groups_get_label (groups, 0), "2009-08-14 – 2009-08-15"));
}

static void
test_two_meetings (void)
{
  g_autoptr(GPtrArray) articles = make_articles (meetings, G_N_ELEMENTS (meetings), NULL);
  g_autoptr(PxEventGroups) groups = NULL;

  groups = px_events_group ((PxArticle *const *) articles->pdata, articles->len);
  check_partition (groups);
  g_assert_cmpuint (px_event_groups_get_n_groups (groups), ==, 2);
  g_assert_true (together (groups, 0, 1));
  g_assert_true (together (groups, 2, 3));
  g_assert_false (together (groups, 1, 2));
}

/* Everything at once, shuffled: the same partition whatever the order. */
static void
test_mixed_and_order (void)
{
  Story all[G_N_ELEMENTS (ferry) + G_N_ELEMENTS (quakes) + G_N_ELEMENTS (meetings)];
  static const guint shuffled[] = { 7, 2, 9, 0, 5, 3, 8, 1, 6, 4 };
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(PxEventGroups) groups = NULL;
  g_autoptr(PxEventGroups) groups2 = NULL;
  g_autoptr(PxEventGroups) groups3 = NULL;
  guint i, j, n = 0;

  for (i = 0; i < G_N_ELEMENTS (ferry); i++)
    all[n++] = ferry[i];
  for (i = 0; i < G_N_ELEMENTS (quakes); i++)
    all[n++] = quakes[i];
  for (i = 0; i < G_N_ELEMENTS (meetings); i++)
    all[n++] = meetings[i];
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (shuffled));

  articles = make_articles (all, n, NULL);
  groups = px_events_group ((PxArticle *const *) articles->pdata, n);
  check_partition (groups);
  g_assert_cmpuint (px_event_groups_get_n_groups (groups), ==, 5);
  g_assert_true (together (groups, 0, 1));
  g_assert_true (together (groups, 2, 3));
  g_assert_true (together (groups, 4, 5));
  g_assert_true (together (groups, 6, 7));
  g_assert_true (together (groups, 8, 9));

  /* The same input twice gives the same groups and labels. */
  groups2 = px_events_group ((PxArticle *const *) articles->pdata, n);
  for (i = 0; i < n; i++)
    g_assert_cmpuint (px_event_groups_get_group (groups, i), ==,
                      px_event_groups_get_group (groups2, i));
  for (i = 0; i < px_event_groups_get_n_groups (groups); i++)
    g_assert_cmpstr (px_event_groups_get_label (groups, i), ==,
                     px_event_groups_get_label (groups2, i));

  again = make_articles (all, n, shuffled);
  groups3 = px_events_group ((PxArticle *const *) again->pdata, n);
  check_partition (groups3);
  for (i = 0; i < n; i++)
    for (j = 0; j < n; j++)
      g_assert_cmpint (together (groups3, i, j), ==, together (groups, shuffled[i], shuffled[j]));

  /* The similarity is symmetric, 1 on the diagonal, and within a group
   * higher than across topics. */
  for (i = 0; i < n; i++)
    {
      g_assert_cmpfloat_with_epsilon (px_event_groups_get_similarity (groups, i, i), 1.0, 1e-6);
      for (j = 0; j < n; j++)
        {
          double s = px_event_groups_get_similarity (groups, i, j);

          g_assert_cmpfloat (s, >=, 0.0);
          g_assert_cmpfloat (s, <=, 1.0);
          g_assert_cmpfloat (s, ==, px_event_groups_get_similarity (groups, j, i));
        }
    }
  g_assert_cmpfloat (px_event_groups_get_similarity (groups, 0, 1), >,
                     px_event_groups_get_similarity (groups, 0, 2));
}

static void
test_alone_and_empty (void)
{
  g_autoptr(PxArticle) article = make_article (&ferry[0], "one.txt");
  g_autoptr(PxEventGroups) none = px_events_group (NULL, 0);
  g_autoptr(PxEventGroups) one = NULL;
  g_autoptr(PxEventGroups) holes = NULL;
  PxArticle *slots[3] = { NULL, NULL, NULL };
  guint n_members;
  const guint *members;

  g_assert_cmpuint (px_event_groups_get_n_groups (none), ==, 0);
  g_assert_cmpuint (px_event_groups_get_n_articles (none), ==, 0);

  one = px_events_group (&article, 1);
  g_assert_cmpuint (px_event_groups_get_n_groups (one), ==, 1);
  members = px_event_groups_get_members (one, 0, &n_members);
  g_assert_cmpuint (n_members, ==, 1);
  g_assert_cmpuint (members[0], ==, 0);
  g_assert_cmpstr (px_event_groups_get_label (one, 0), !=, "");

  /* A failed input keeps its place and is in no group. */
  slots[1] = article;
  holes = px_events_group (slots, 3);
  check_partition (holes);
  g_assert_cmpuint (px_event_groups_get_n_groups (holes), ==, 1);
  g_assert_cmpuint (px_event_groups_get_group (holes, 0), ==, PX_EVENT_GROUP_NONE);
  g_assert_cmpuint (px_event_groups_get_group (holes, 1), ==, 0);
  g_assert_cmpuint (px_event_groups_get_group (holes, 2), ==, PX_EVENT_GROUP_NONE);
  g_assert_cmpfloat (px_event_groups_get_similarity (holes, 0, 1), ==, 0.0);
}

/* No text, odd bytes, no words: still a result. */
static void
test_odd_input (void)
{
  static const Story odd[] = {
    { NULL, NULL, "" },
    { NULL, "not a date", "1234 5678 90 !!! ??? ..." },
    { "\xc3\xa9t\xc3\xa9", "2020-02-30", "\xc3\x89T\xc3\x89 \xc3\xa9t\xc3\xa9 Caf\xc3\xa9 CAF\xc3\x89" },
    { "A A A", "2020-01-01", "A. B. C. D. E." },
  };
  g_autoptr(GPtrArray) articles = make_articles (odd, G_N_ELEMENTS (odd), NULL);
  g_autoptr(PxEventGroups) groups = NULL;

  groups = px_events_group ((PxArticle *const *) articles->pdata, articles->len);
  check_partition (groups);
  g_assert_cmpuint (px_event_groups_get_n_groups (groups), >=, 1);
}

static char *
run_cli (const char *const *args,
         int               *status,
         char             **err)
{
  const char *cli = g_getenv ("PARALLAX_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  guint i;

  g_ptr_array_add (argv, (gpointer) cli);
  for (i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  proc = g_subprocess_newv ((const char *const *) argv->pdata,
                            G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                            &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  *status = g_subprocess_get_exit_status (proc);
  return out;
}

/* parallax-cli group: a failed input keeps its place with an error, is in
 * no event, and the others are still grouped. */
static void
test_cli_failing_input (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "events", NULL);
  g_autofree char *a = g_build_filename (dir, "ferry-a.txt", NULL);
  g_autofree char *b = g_build_filename (dir, "ferry-b.txt", NULL);
  g_autofree char *c = g_build_filename (dir, "quake.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-file.txt", NULL);
  const char *args[] = { "group", a, missing, b, c, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  if (g_getenv ("PARALLAX_CLI") == NULL)
    {
      g_test_skip ("PARALLAX_CLI is not set");
      return;
    }
  out = run_cli (args, &status, &err);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "no-such-file.txt"));
  g_assert_nonnull (strchr (err, '\n'));
  g_assert_null (strchr (strchr (err, '\n') + 1, '\n'));
  g_assert_nonnull (strstr (out, "\"error\":"));
  g_assert_nonnull (strstr (out, "\"events\":[{\"articles\":[0,2],\"label\":"));
  g_assert_nonnull (strstr (out, "{\"articles\":[3],\"label\":"));
  g_assert_null (strstr (out, ",1,"));
  g_assert_null (strstr (out, "[1"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/events/same-event", test_same_event);
  g_test_add_func ("/core/events/breaks-between-words", test_breaks_between_words);
  g_test_add_func ("/core/events/two-earthquakes", test_two_earthquakes);
  g_test_add_func ("/core/events/two-meetings", test_two_meetings);
  g_test_add_func ("/core/events/mixed-and-order", test_mixed_and_order);
  g_test_add_func ("/core/events/alone-and-empty", test_alone_and_empty);
  g_test_add_func ("/core/events/odd-input", test_odd_input);
  g_test_add_func ("/core/events/cli-failing-input", test_cli_failing_input);

  return g_test_run ();
}
