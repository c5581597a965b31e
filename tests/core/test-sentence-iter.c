/* test-sentence-iter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "core/px-core.h"

#define MAX_SENTENCES 8

typedef struct {
  const char *text;
  const char *sentences[MAX_SENTENCES + 1];
} Case;

static const Case abbreviation_cases[] = {
  { "Mr. and Mrs. Smith met Dr. Jones. They talked.",
    { "Mr. and Mrs. Smith met Dr. Jones.", "They talked." } },
  { "Gen. Ward and Sen. Bell spoke. Rep. Cole and Gov. Diaz did not.",
    { "Gen. Ward and Sen. Bell spoke.", "Rep. Cole and Gov. Diaz did not." } },
  { "She works for Acme Inc. in Ohio. He works for Bolt Corp. It is smaller.",
    { "She works for Acme Inc. in Ohio.", "He works for Bolt Corp.", "It is smaller." } },
  { "Apples, pears, etc. were sold. Prices rose, e.g. for pears, i.e. the ripe ones.",
    { "Apples, pears, etc. were sold.", "Prices rose, e.g. for pears, i.e. the ripe ones." } },
  { "The vote is on Sept. 14 and the count on Oct. 2. Results follow.",
    { "The vote is on Sept. 14 and the count on Oct. 2.", "Results follow." } },
  { "It was No. 5 on the list. See p. 12 and pp. 30-31. He said no. Then he left.",
    { "It was No. 5 on the list.", "See p. 12 and pp. 30-31.", "He said no.", "Then he left." } },
  { "Talks between the U.S. and the U.K. resumed. The U.N. agreed.",
    { "Talks between the U.S. and the U.K. resumed.", "The U.N. agreed." } },
  { "The team plays in the U.S. They train in Spain.",
    { "The team plays in the U.S.", "They train in Spain." } },
  { "Smith vs. Jones was heard at St. Mary's Court.",
    { "Smith vs. Jones was heard at St. Mary's Court." } },
  { "Lt. Col. Ames and Capt. Ruiz arrived.", { "Lt. Col. Ames and Capt. Ruiz arrived." } },
};

static const Case initial_cases[] = {
  { "J. R. R. Tolkien wrote it. George W. Bush read it.",
    { "J. R. R. Tolkien wrote it.", "George W. Bush read it." } },
  { "We did it, you and I. Did you see Ann B. Cole?",
    { "We did it, you and I.", "Did you see Ann B. Cole?" } },
};

static const Case number_cases[] = {
  { "The quake measured 6.1 and cost $2.5 billion. Aid arrived.",
    { "The quake measured 6.1 and cost $2.5 billion.", "Aid arrived." } },
  { "She paid $100.00. It was too much.", { "She paid $100.00.", "It was too much." } },
  { "Henry VIII. had six wives. Vol. 3 covers them.",
    { "Henry VIII. had six wives.", "Vol. 3 covers them." } },
  { "It happened in 2012. 2013 was calmer.", { "It happened in 2012.", "2013 was calmer." } },
  { "He pointed a .38 revolver. Police said a. 38 revolver was found.",
    { "He pointed a .38 revolver.", "Police said a. 38 revolver was found." } },
  { "It shows maps in 3-D. Not all of them. It has a 650M. Fine.",
    { "It shows maps in 3-D.", "Not all of them.", "It has a 650M.", "Fine." } },
};

static const Case time_cases[] = {
  { "They met at 5 p.m. The next day they left.",
    { "They met at 5 p.m.", "The next day they left." } },
  { "They met at 5 p.m. on Friday and left.", { "They met at 5 p.m. on Friday and left." } },
  { "They met at 5 p.m. Friday and left.", { "They met at 5 p.m. Friday and left." } },
  { "At 6 a.m. Mr. Lee opened the shop. He closed at 8 P.M. Mr. Lee then went home.",
    { "At 6 a.m. Mr. Lee opened the shop.", "He closed at 8 P.M.",
      "Mr. Lee then went home." } },
};

static const Case punctuation_cases[] = {
  { "Why? Because! Really?! Yes.", { "Why?", "Because!", "Really?!", "Yes." } },
  { "She works at Yahoo! in Paris.", { "She works at Yahoo! in Paris." } },
  { "I waited... and waited. Then... Nothing.",
    { "I waited... and waited.", "Then...", "Nothing." } },
  { "It ended\xe2\x80\xa6 The crowd left.", { "It ended\xe2\x80\xa6", "The crowd left." } },
  { "He said \"no.\" Then he left.", { "He said \"no.\"", "Then he left." } },
  { "He said \"no.\" he insisted.", { "He said \"no.\" he insisted." } },
  { "The answer (it was late.) came. Fine.", { "The answer (it was late.) came.", "Fine." } },
  { "\xe2\x80\x9cGo home.\xe2\x80\x9d She went.",
    { "\xe2\x80\x9cGo home.\xe2\x80\x9d", "She went." } },
  { "Hello world.Today is Monday.", { "Hello world.", "Today is Monday." } },
  { "\"Can we win?\" Coach Ann Lee asked. \"We can.\" Lee said the team was ready.",
    { "\"Can we win?\" Coach Ann Lee asked.", "\"We can.\"", "Lee said the team was ready." } },
  { "She read it on Yahoo! News and then on E! Online. Wow! Great.",
    { "She read it on Yahoo! News and then on E! Online.", "Wow!", "Great." } },
  { "The singer, a.k.a. The Boss, left.", { "The singer, a.k.a. The Boss, left." } },
};

static const Case list_cases[] = {
  { "1. The first item 2. The second item", { "1. The first item", "2. The second item" } },
  { "1) One 2) Two 3) Three", { "1) One", "2) Two", "3) Three" } },
  { "a. The first b. The second", { "a. The first", "b. The second" } },
  { "\xe2\x80\xa2 9. Bread \xe2\x80\xa2 10. Milk",
    { "\xe2\x80\xa2 9. Bread", "\xe2\x80\xa2 10. Milk" } },
  { "Pack:\n- a tent\n- a stove\n* matches", { "Pack:", "- a tent", "- a stove", "* matches" } },
};

static const Case line_cases[] = {
  { "Quake Hits Island\nThe quake struck at dawn.",
    { "Quake Hits Island", "The quake struck at dawn." } },
  { "The quake struck\nat dawn.", { "The quake struck\nat dawn." } },
  { "The mayor met with\nJohn Smith on Monday.", { "The mayor met with\nJohn Smith on Monday." } },
  { "first line\n\nSecond paragraph without a stop\n\n\nthird",
    { "first line", "Second paragraph without a stop", "third" } },
  { "milk\nbread\neggs\n", { "milk", "bread", "eggs" } },
  { "Line one\r\n\r\nLine two", { "Line one", "Line two" } },
  { "Para one\xe2\x80\xa9Para two", { "Para one", "Para two" } },
};

static const Case stamp_cases[] = {
  { "Storm Hits Coast Posted: June 2, 2020 4:10 PM EDT The storm hit at noon.",
    { "Storm Hits Coast", "Posted: June 2, 2020 4:10 PM EDT", "The storm hit at noon." } },
  { "Three Hurt in Blast June 2, 2020 Three people were hurt.",
    { "Three Hurt in Blast", "June 2, 2020", "Three people were hurt." } },
  { "Police arrested him June 2, 2020 after a chase.",
    { "Police arrested him June 2, 2020 after a chase." } },
  { "Saints Place Thomas on Injured Reserve The team made the move on Monday.",
    { "Saints Place Thomas on Injured Reserve", "The team made the move on Monday." } },
  { "Man Bites The Dog Next Door", { "Man Bites The Dog Next Door" } },
  { "He left at 14:00 Greek time.", { "He left at 14:00 Greek time." } },
  { "Star Dies at 91. 07 June 2013 The actress died at home.",
    { "Star Dies at 91.", "07 June 2013", "The actress died at home." } },
  { "Aid Agency: \"Camp Was Bombed\" Published on: 11 November 2011",
    { "Aid Agency: \"Camp Was Bombed\"", "Published on: 11 November 2011" } },
};

static const Case link_cases[] = {
  { "Mail jane.doe@example.com. She replies.", { "Mail jane.doe@example.com.", "She replies." } },
  { "See https://example.org/a.Html?x=1. It helps.",
    { "See https://example.org/a.Html?x=1.", "It helps." } },
  { "Visit www.Example.Com today.", { "Visit www.Example.Com today." } },
};

static const Case unicode_cases[] = {
  { "Les élèves sont partis. Ärzte blieben.", { "Les élèves sont partis.", "Ärzte blieben." } },
  { "Он пришёл. Она ушла.", { "Он пришёл.", "Она ушла." } },
  { "Встречу провёл А. С. Иванов. Она прошла спокойно.",
    { "Встречу провёл А. С. Иванов.", "Она прошла спокойно." } },
  { "Он живёт на ул. Ленина в г. Казань. Это было в 2012 г. Потом он уехал.",
    { "Он живёт на ул. Ленина в г. Казань.", "Это было в 2012 г.", "Потом он уехал." } },
  { "雨が降った。風も強い！大丈夫？", { "雨が降った。", "風も強い！", "大丈夫？" } },
  { "他说：「我们走吧。」然后走了。", { "他说：「我们走吧。」", "然后走了。" } },
  { "Nothing\xc2\xa0here.\xc2\xa0" "Done.", { "Nothing\xc2\xa0here.", "Done." } },
};

static void
collect (const char *text,
         gssize      len,
         GPtrArray  *out)
{
  PxSentenceIter iter;
  PxRange s;
  gsize total = len < 0 ? strlen (text) : (gsize) len;
  gsize last_end = 0;

  px_sentence_iter_init (&iter, text, len);
  while (px_sentence_iter_next (&iter, &s))
    {
      g_assert_cmpuint (s.start, <, s.end);
      g_assert_cmpuint (s.start, >=, last_end);
      g_assert_cmpuint (s.end, <=, total);
      g_assert_false (g_ascii_isspace (text[s.start]));
      g_assert_false (g_ascii_isspace (text[s.end - 1]));
      g_ptr_array_add (out, g_strndup (text + s.start, s.end - s.start));
      last_end = s.end;
    }
  /* the iterator stays exhausted */
  g_assert_false (px_sentence_iter_next (&iter, &s));
}

static void
check_cases (gconstpointer data)
{
  const Case *cases = ((const Case * const *) data)[0];
  gsize n = GPOINTER_TO_SIZE (((gconstpointer const *) data)[1]);
  gsize i, j;

  for (i = 0; i < n; i++)
    {
      g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func (g_free);

      g_test_message ("%s", cases[i].text);
      collect (cases[i].text, -1, got);
      for (j = 0; cases[i].sentences[j] != NULL; j++)
        {
          g_assert_cmpuint (j, <, got->len);
          g_assert_cmpstr (g_ptr_array_index (got, j), ==, cases[i].sentences[j]);
        }
      g_assert_cmpuint (got->len, ==, j);
    }
}

#define ADD_CASES(path, table)                                                   \
  G_STMT_START                                                                   \
  {                                                                              \
    static gconstpointer data[2] = { table, GSIZE_TO_POINTER (G_N_ELEMENTS (table)) }; \
    g_test_add_data_func (path, data, check_cases);                              \
  }                                                                              \
  G_STMT_END

static char *
collapse_space (const char *s)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (; *s != '\0'; s++)
    {
      if (g_ascii_isspace (*s))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          g_string_append_c (out, *s);
          space = FALSE;
        }
    }
  return g_string_free (out, FALSE);
}

/* tests/data/sentences/NAME.txt next to NAME.sentences: one sentence a line,
 * white space inside a sentence collapsed to single spaces */
static void
test_golden_files (void)
{
  const char *dir_path = g_test_get_filename (G_TEST_DIST, "data", "sentences", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  const char *name;
  guint n_files = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stem = NULL;
      g_autofree char *expected_name = NULL;
      g_autofree char *txt_path = NULL;
      g_autofree char *expected_path = NULL;
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(GPtrArray) got = g_ptr_array_new_with_free_func (g_free);
      gsize len, i, j = 0;

      if (!g_str_has_suffix (name, ".txt"))
        continue;
      stem = g_strndup (name, strlen (name) - strlen (".txt"));
      expected_name = g_strconcat (stem, ".sentences", NULL);
      txt_path = g_build_filename (dir_path, name, NULL);
      expected_path = g_build_filename (dir_path, expected_name, NULL);

      g_test_message ("%s", name);
      g_file_get_contents (txt_path, &text, &len, &error);
      g_assert_no_error (error);
      g_file_get_contents (expected_path, &expected, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_utf8_validate (text, len, NULL));

      collect (text, len, got);
      lines = g_strsplit (expected, "\n", -1);
      for (i = 0; lines[i] != NULL; i++)
        {
          g_autofree char *sentence = NULL;

          if (lines[i][0] == '\0')
            continue;
          g_assert_cmpuint (j, <, got->len);
          sentence = collapse_space (g_ptr_array_index (got, j));
          g_assert_cmpstr (sentence, ==, lines[i]);
          j++;
        }
      g_assert_cmpuint (got->len, ==, j);
      n_files++;
    }
  g_assert_cmpuint (n_files, >=, 5);
}

static void
test_offsets (void)
{
  const char *text = "  Hello there.  \n\n  How are you?  ";
  PxSentenceIter iter;
  PxRange s;

  px_sentence_iter_init (&iter, text, -1);
  g_assert_true (px_sentence_iter_next (&iter, &s));
  g_assert_cmpuint (s.start, ==, 2);
  g_assert_cmpuint (s.end, ==, 14);
  g_assert_true (px_sentence_iter_next (&iter, &s));
  g_assert_cmpuint (s.start, ==, 20);
  g_assert_cmpuint (s.end, ==, 32);
  g_assert_false (px_sentence_iter_next (&iter, &s));

  /* len bounds the text: nothing past it is read */
  px_sentence_iter_init (&iter, "One. Two. Three.", 9);
  g_assert_true (px_sentence_iter_next (&iter, &s));
  g_assert_cmpuint (s.end, ==, 4);
  g_assert_true (px_sentence_iter_next (&iter, &s));
  g_assert_cmpuint (s.start, ==, 5);
  g_assert_cmpuint (s.end, ==, 9);
  g_assert_false (px_sentence_iter_next (&iter, &s));
}

static void
test_empty (void)
{
  PxSentenceIter iter;
  PxRange s;

  px_sentence_iter_init (&iter, "", -1);
  g_assert_false (px_sentence_iter_next (&iter, &s));
  px_sentence_iter_init (&iter, NULL, 0);
  g_assert_false (px_sentence_iter_next (&iter, &s));
  px_sentence_iter_init (&iter, " \n\t\r\n \xe3\x80\x80 \xc2\xa0", -1);
  g_assert_false (px_sentence_iter_next (&iter, &s));
  g_assert_cmpuint (px_sentence_count ("a", -1), ==, 1);
  g_assert_cmpuint (px_sentence_count (".", -1), ==, 1);
  g_assert_cmpuint (px_sentence_count ("...", -1), ==, 1);
  g_assert_cmpuint (px_sentence_count ("\xe2\x80\xa2", -1), ==, 1);
}

/* Checks that the ranges tile @text in order and returns how many there are. */
static guint
walk (const char *text,
      gsize       len)
{
  PxSentenceIter iter;
  PxRange s;
  gsize last_end = 0;
  guint n = 0;

  px_sentence_iter_init (&iter, text, len);
  while (px_sentence_iter_next (&iter, &s))
    {
      g_assert_cmpuint (s.start, >=, last_end);
      g_assert_cmpuint (s.start, <, s.end);
      g_assert_cmpuint (s.end, <=, len);
      last_end = s.end;
      n++;
    }
  return n;
}

static char *
repeat (const char *unit,
        gsize       size,
        gsize      *len)
{
  gsize n = strlen (unit), i;
  char *out = g_malloc (size + 1);

  for (i = 0; i + n <= size; i += n)
    memcpy (out + i, unit, n);
  out[i] = '\0';
  *len = i;
  return out;
}

/* Hostile inputs of 5 MB: each must come out in one pass. The test asserts
 * the result; a quadratic walk would make it run for hours. */
static void
test_pathological (void)
{
  static const struct {
    const char *unit;
    guint min;
    guint max;
  } inputs[] = {
    { "a", 1, 1 },                      /* no spaces, no punctuation */
    { "word ", 1, 1 },                  /* no punctuation */
    { ".", 1, 1 },                      /* only dots */
    { ". ", 1, 1 },                     /* a spaced ellipsis 5 MB long */
    { "a.", 1, 1 },                     /* no spaces */
    { "A.", 1, 1 },                     /* an endless initialism */
    { "ab.Cd", 2, G_MAXUINT },          /* glued sentences */
    { "x@y.Zz/", 1, 1 },                /* one endless address */
    { "!?", 1, 1 },
    { "\"(", 1, 1 },
    { "\n", 0, 0 },
    { "a\n", 2, G_MAXUINT },
    { "a\n\n", 2, G_MAXUINT },
    { "Mr. ", 1, 1 },
    { "1. ", 1, G_MAXUINT },
    { "\xe2\x80\xa2 ", 1, G_MAXUINT },
    { "\xe2\x80\xa6", 1, 1 },
    { "\xe3\x80\x82", 1, 1 },
    { "Go. ", 2, G_MAXUINT },
    { "May 5 2012 ", 1, G_MAXUINT },
    { "At 5 p.m. ", 1, G_MAXUINT },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      gsize len;
      g_autofree char *text = repeat (inputs[i].unit, 5 * 1024 * 1024, &len);
      guint n;

      g_test_message ("“%s” × %" G_GSIZE_FORMAT, inputs[i].unit, len / strlen (inputs[i].unit));
      n = walk (text, len);
      g_assert_cmpuint (n, >=, inputs[i].min);
      g_assert_cmpuint (n, <=, inputs[i].max);
    }

  /* 100,000 sentences of one word each */
  {
    gsize len;
    g_autofree char *text = repeat ("Go. ", 400000, &len);

    g_assert_cmpuint (walk (text, len), ==, 100000);
  }
}

/* Arbitrary bytes (the --jsonl paths see them): no crash, sane ranges. */
static void
test_random_bytes (void)
{
  static const char alphabet[] = "aZ .?!\n\"'()1\xe2\x80\xa6\xc2\xa0\xe3\x80\x82\xff\x80@/";
  GRand *rand = g_rand_new_with_seed (42);
  guint round;

  for (round = 0; round < 200; round++)
    {
      char buf[512];
      gsize len = g_rand_int_range (rand, 0, sizeof buf), i;

      for (i = 0; i < len; i++)
        {
          if (g_rand_int_range (rand, 0, 3) == 0)
            buf[i] = (char) g_rand_int_range (rand, 0, 256);
          else
            buf[i] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
        }
      walk (buf, len);
    }
  g_rand_free (rand);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  ADD_CASES ("/core/sentence-iter/abbreviations", abbreviation_cases);
  ADD_CASES ("/core/sentence-iter/initials", initial_cases);
  ADD_CASES ("/core/sentence-iter/numbers", number_cases);
  ADD_CASES ("/core/sentence-iter/times", time_cases);
  ADD_CASES ("/core/sentence-iter/punctuation", punctuation_cases);
  ADD_CASES ("/core/sentence-iter/lists", list_cases);
  ADD_CASES ("/core/sentence-iter/lines", line_cases);
  ADD_CASES ("/core/sentence-iter/stamps", stamp_cases);
  ADD_CASES ("/core/sentence-iter/links", link_cases);
  ADD_CASES ("/core/sentence-iter/unicode", unicode_cases);
  g_test_add_func ("/core/sentence-iter/golden-files", test_golden_files);
  g_test_add_func ("/core/sentence-iter/offsets", test_offsets);
  g_test_add_func ("/core/sentence-iter/empty", test_empty);
  g_test_add_func ("/core/sentence-iter/pathological", test_pathological);
  g_test_add_func ("/core/sentence-iter/random-bytes", test_random_bytes);

  return g_test_run ();
}
