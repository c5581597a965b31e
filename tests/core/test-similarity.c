/* test-similarity.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/px-core.h"

typedef struct {
  const char *a;
  const char *b;
} Pair;

/* Same fact, told differently. */
static const Pair paraphrases[] = {
  { "The minister resigned on Tuesday after weeks of pressure over the budget.",
    "After weeks of pressure over the budget, the minister stepped down on Tuesday." },
  { "Flooding forced 3,000 residents to leave their homes along the river.",
    "Some 3,000 residents along the river were forced from their homes by flooding." },
  { "The company said its quarterly profit rose 8 percent.",
    "Quarterly profit at the company rose 8 percent, it said." },
  { "Rescuers pulled two climbers from the glacier late on Sunday.",
    "Two climbers were pulled from the glacier by rescuers late Sunday." },
};

/* Unrelated, or the same topic and a different fact. */
static const Pair unrelated[] = {
  { "The minister resigned on Tuesday after weeks of pressure over the budget.",
    "Rain is expected across the north of the country this weekend." },
  { "Flooding forced 3,000 residents to leave their homes along the river.",
    "The central bank left interest rates unchanged at its meeting." },
  { "The company said its quarterly profit rose 8 percent.",
    "Rescuers pulled two climbers from the glacier late on Sunday." },
  { "The minister resigned on Tuesday after weeks of pressure over the budget.",
    "The minister presented the budget to parliament and promised lower taxes for families." },
};

static void
test_paraphrases (void)
{
  double min_para = 1, max_unrel = 0;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (paraphrases); i++)
    {
      double s = px_similarity_score_texts (paraphrases[i].a, paraphrases[i].b, "en");

      g_assert_true (px_similarity_is_same (s));
      min_para = MIN (min_para, s);
    }
  for (i = 0; i < G_N_ELEMENTS (unrelated); i++)
    {
      double s = px_similarity_score_texts (unrelated[i].a, unrelated[i].b, "en");

      g_assert_false (px_similarity_is_same (s));
      max_unrel = MAX (max_unrel, s);
    }
  g_assert_cmpfloat (min_para, >, max_unrel);
}

static void
test_range_and_symmetry (void)
{
  const char *texts[] = {
    "The minister resigned on Tuesday.", "", "!!! ... ???", "the of and",
    "Ещё 15 человек погибли.", "12 12 12", "Flooding forced 3,000 residents out.",
    "ab\xff\xfe cd",
  };
  g_autoptr(PxSimilarity) sim = px_similarity_new ("en-US");
  const PxSentenceVector *v[G_N_ELEMENTS (texts)];
  guint i, j;

  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    v[i] = px_similarity_add (sim, texts[i], -1);
  px_similarity_prepare (sim);

  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    for (j = 0; j < G_N_ELEMENTS (texts); j++)
      {
        double ab = px_similarity_score (v[i], v[j]);
        double ba = px_similarity_score (v[j], v[i]);

        g_assert_cmpfloat (ab, >=, 0.0);
        g_assert_cmpfloat (ab, <=, 1.0);
        g_assert_cmpfloat (ab, ==, ba);
      }
  g_assert_true (px_similarity_is_same (px_similarity_score (v[0], v[0])));
  g_assert_cmpuint (px_sentence_vector_get_n_terms (v[1]), ==, 0);
  g_assert_cmpfloat (px_similarity_score (v[1], v[1]), ==, 0.0);
  g_assert_cmpfloat (px_similarity_score (v[3], v[3]), ==, 0.0);
}

static void
test_numbers (void)
{
  const char *base = "The storm killed 12 people in the city on Monday.";
  double number = px_similarity_score_texts (base,
                                             "The storm killed 15 people in the city on Monday.",
                                             "en");
  double verb = px_similarity_score_texts (base,
                                           "The storm injured 12 people in the city on Monday.",
                                           "en");
  double comma = px_similarity_score_texts ("Officials counted 1,200 votes.",
                                            "Officials counted 1200 votes.", "en");

  /* A different figure is a difference to report, not another fact. */
  g_assert_true (px_similarity_is_same (number));
  g_assert_cmpfloat (number, >=, verb);
  g_assert_cmpfloat (comma, >, number);
}

static void
test_context (void)
{
  /* Many sentences in one context: idf counts, vectors stay valid. */
  g_autoptr(PxSimilarity) sim = px_similarity_new ("en");
  const PxSentenceVector *first, *close_to_first, *other;
  guint i;

  first = px_similarity_add (sim, "Talks between the two governments resumed in Geneva.", -1);
  close_to_first = px_similarity_add (sim, "The two governments resumed talks in Geneva.", -1);
  other = px_similarity_add (sim, "Prices of wheat and corn climbed in Chicago trading.", -1);
  for (i = 0; i < 100; i++)
    {
      g_autofree char *s = g_strdup_printf ("Filler sentence number %u about the governments.", i);

      px_similarity_add (sim, s, -1);
    }
  px_similarity_prepare (sim);

  g_assert_cmpstr (px_similarity_get_language (sim), ==, "en");
  g_assert_cmpuint (px_similarity_get_n_stems (sim), >, 10);
  g_assert_cmpfloat (px_similarity_score (first, close_to_first), >,
                     px_similarity_score (first, other));
  g_assert_true (px_similarity_is_same (px_similarity_score (first, close_to_first)));
  g_assert_false (px_similarity_is_same (px_similarity_score (first, other)));
}

static void
test_other_languages (void)
{
  double de_same = px_similarity_score_texts (
    "Die Regierung hat am Montag neue Verhandlungen angekündigt.",
    "Am Montag kündigte die Regierung neue Verhandlungen an.", "de");
  double de_other = px_similarity_score_texts (
    "Die Regierung hat am Montag neue Verhandlungen angekündigt.",
    "Im Norden wird am Wochenende starker Regen erwartet.", "de");
  double ru_same = px_similarity_score_texts (
    "Переговоры возобновились в Женеве во вторник.",
    "Во вторник в Женеве возобновились переговоры.", "ru");
  double ru_other = px_similarity_score_texts (
    "Переговоры возобновились в Женеве во вторник.",
    "Цены на пшеницу выросли на бирже.", "ru");

  g_assert_cmpfloat (de_same, >, de_other);
  g_assert_cmpfloat (ru_same, >, ru_other);
  g_assert_true (px_similarity_is_same (ru_same));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/similarity/paraphrases", test_paraphrases);
  g_test_add_func ("/core/similarity/range-and-symmetry", test_range_and_symmetry);
  g_test_add_func ("/core/similarity/numbers", test_numbers);
  g_test_add_func ("/core/similarity/context", test_context);
  g_test_add_func ("/core/similarity/other-languages", test_other_languages);

  return g_test_run ();
}
