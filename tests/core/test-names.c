/* test-names.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/px-core.h"

#include <string.h>

/* The index of the first name with @surface, or -1 */
static int
find_name (const PxNameList *list,
           const char       *surface)
{
  guint i;

  for (i = 0; i < px_name_list_get_n_names (list); i++)
    if (g_strcmp0 (px_name_list_get (list, i)->surface, surface) == 0)
      return i;
  return -1;
}

static const PxName *
get_name (const PxNameList *list,
          const char       *surface)
{
  int i = find_name (list, surface);

  if (i < 0)
    {
      g_test_message ("no name “%s”", surface);
      g_assert_not_reached ();
    }
  return px_name_list_get (list, i);
}

static gboolean
has_key (const PxNameList *list,
         const char       *key)
{
  guint i;

  for (i = 0; i < px_name_list_get_n_names (list); i++)
    if (g_strcmp0 (px_name_list_get (list, i)->key, key) == 0)
      return TRUE;
  return FALSE;
}

static void
test_spans (void)
{
  const char *text = "Yesterday the Chilean Foreign Minister Ana Beltrán Ortiz met "
                     "U.N. envoy Tomas Okonkwo in Geneva.";
  g_autoptr(PxNameList) list = px_names_find (text, -1);
  const PxName *ana = get_name (list, "Ana Beltrán Ortiz");
  const PxName *tomas = get_name (list, "Tomas Okonkwo");
  const PxName *un = get_name (list, "U.N.");
  const PxName *geneva = get_name (list, "Geneva");

  g_assert_cmpuint (px_name_list_get_n_names (list), ==, 4);
  g_assert_cmpstr (ana->title, ==, "Chilean Foreign Minister");
  g_assert_cmpint (ana->kind, ==, PX_NAME_KIND_PERSON);
  g_assert_cmpstr (ana->key, ==, "ana beltran ortiz");
  g_assert_cmpint (strncmp (text + ana->start, "Ana Beltrán Ortiz", ana->end - ana->start), ==, 0);
  g_assert_cmpint (strncmp (text + ana->title_start, "Chilean Foreign Minister",
                            ana->title_end - ana->title_start), ==, 0);
  g_assert_cmpstr (tomas->title, ==, "envoy");
  g_assert_cmpint (tomas->kind, ==, PX_NAME_KIND_PERSON);
  g_assert_cmpstr (un->key, ==, "un");
  g_assert_cmpint (un->kind, ==, PX_NAME_KIND_ORG);
  g_assert_cmpint (un->end - un->start, ==, 4);
  g_assert_cmpint (geneva->kind, ==, PX_NAME_KIND_PLACE);

  {
    guint first = 99, n;
    const char *second = strstr (text, "U.N.");

    n = px_name_list_find_range (list, second - text, strlen (text), &first);
    g_assert_cmpuint (n, ==, 3);
    g_assert_cmpstr (px_name_list_get (list, first)->surface, ==, "U.N.");
    n = px_name_list_find_range (list, 0, ana->end - 1, &first);
    g_assert_cmpuint (n, ==, 0);
  }
}

static void
test_titles (void)
{
  const char *text =
    "Talks were chaired by President Halim al-Rashidi and attended by Deputy Foreign "
    "Minister Pavel Orlov. Secretary of State Margaret Ellen Hale spoke first; the "
    "Dutch foreign minister Joost Verhagen answered. Mr Orlov left early, and his "
    "counterpart Lin Weiqiang stayed. The President declined to comment.";
  g_autoptr(PxNameList) list = px_names_find (text, -1);

  g_assert_cmpstr (get_name (list, "Halim al-Rashidi")->title, ==, "President");
  g_assert_cmpstr (get_name (list, "Pavel Orlov")->title, ==, "Deputy Foreign Minister");
  g_assert_cmpstr (get_name (list, "Margaret Ellen Hale")->title, ==, "Secretary of State");
  g_assert_cmpstr (get_name (list, "Joost Verhagen")->title, ==, "foreign minister");
  g_assert_cmpstr (get_name (list, "Orlov")->title, ==, "Mr");
  g_assert_cmpstr (get_name (list, "Lin Weiqiang")->title, ==, "counterpart");
  g_assert_cmpint (get_name (list, "Orlov")->kind, ==, PX_NAME_KIND_PERSON);
  /* a title alone names nobody */
  g_assert_cmpint (find_name (list, "President"), ==, -1);
  g_assert_cmpint (find_name (list, "Dutch"), ==, -1);
}

static void
test_non_names (void)
{
  const char *text =
    "The talks ended late. But Lisbon said on Friday that nothing had changed in "
    "December. Rebels disagreed, and other rebels agreed. On Monday night the army "
    "moved. Speaking to reporters, Ms Varga said more talks would follow in May.\n\n"
    "SLOW PROGRESS IN TALKS\n\nThe Kovac government fell. Afterwards Varga resigned. "
    "Consensus seemed far away. Top Hungarian officials met.";
  g_autoptr(PxNameList) list = px_names_find (text, -1);
  static const char * const not_names[] = {
    "the", "but", "friday", "december", "rebels", "on", "monday", "speaking", "may",
    "slow progress", "slow progress in talks", "progress", "talks", "afterwards",
    "consensus", "top", "hungarian", "top hungarian",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (not_names); i++)
    {
      g_test_message ("not a name: %s", not_names[i]);
      g_assert_false (has_key (list, not_names[i]));
    }
  g_assert_true (has_key (list, "lisbon"));
  g_assert_true (has_key (list, "varga"));
  g_assert_true (has_key (list, "kovac"));
}

static void
test_headlines (void)
{
  const char *text =
    "Singer Rosa Delgado Checks Into Clinic After Tour\n\n"
    "Rosa Delgado checked into a clinic in New Mexico on Monday, her agent said. New York "
    "promoters cancelled two shows. Idaho Governor Carl Brandt Mills wished her well.";
  g_autoptr(PxNameList) list = px_names_find (text, -1);

  gint first;

  /* In the Title Case line only the words the text capitalises elsewhere
   * make a name: not "Singer", "Checks" or "Tour". */
  g_assert_cmpint (find_name (list, "Rosa Delgado Checks"), ==, -1);
  g_assert_cmpint (find_name (list, "Singer Rosa Delgado"), ==, -1);
  g_assert_cmpint (find_name (list, "Clinic"), ==, -1);
  g_assert_cmpint (find_name (list, "Tour"), ==, -1);
  g_assert_cmpint (find_name (list, "After Tour"), ==, -1);
  first = find_name (list, "Rosa Delgado");
  g_assert_cmpint (first, >=, 0);
  g_assert_cmpuint (px_name_list_get (list, first)->start, ==, strlen ("Singer "));
  g_assert_cmpint (find_name (list, "New York"), >=, 0);
  g_assert_cmpint (get_name (list, "New Mexico")->kind, ==, PX_NAME_KIND_PLACE);
  g_assert_cmpstr (get_name (list, "Carl Brandt Mills")->title, ==, "Idaho Governor");
}

/* An acronym in a headline is a name whatever the text says after it; a
 * text that is only a headline still has its names. */
static void
test_headline_acronyms_and_alone (void)
{
  g_autoptr(PxNameList) acronym =
    px_names_find ("UNHCR Warns Of Famine In Sudan\n\n"
                   "Aid agencies said food stocks in the camps were running low.", -1);
  g_autoptr(PxNameList) alone = px_names_find ("Angela Merkel Meets Joe Biden In Berlin", -1);
  gboolean merkel = FALSE;
  guint i;

  g_assert_cmpint (find_name (acronym, "UNHCR"), >=, 0);
  g_assert_cmpint (find_name (acronym, "Sudan"), >=, 0);
  g_assert_cmpint (find_name (acronym, "Famine"), ==, -1);

  g_assert_cmpint (find_name (alone, "Berlin"), >=, 0);
  for (i = 0; i < px_name_list_get_n_names (alone); i++)
    merkel |= strstr (px_name_list_get (alone, i)->surface, "Merkel") != NULL;
  g_assert_true (merkel);
}

static void
test_particles (void)
{
  const char *text =
    "Secretary-General Ban Ki-moon called Abu Bakr al-Baghdadi a criminal. The mediator, "
    "Staffan de Mistura, met Pieter van der Berg and Ludwig von Hessen. Osama bin Laden "
    "was not mentioned.";
  g_autoptr(PxNameList) list = px_names_find (text, -1);

  g_assert_cmpstr (get_name (list, "Ban Ki-moon")->key, ==, "ban ki moon");
  g_assert_cmpstr (get_name (list, "Ban Ki-moon")->title, ==, "Secretary-General");
  g_assert_cmpstr (get_name (list, "Abu Bakr al-Baghdadi")->key, ==, "abu bakr baghdadi");
  g_assert_cmpstr (get_name (list, "Staffan de Mistura")->key, ==, "staffan mistura");
  g_assert_cmpstr (get_name (list, "Pieter van der Berg")->key, ==, "pieter berg");
  g_assert_cmpstr (get_name (list, "Ludwig von Hessen")->key, ==, "ludwig hessen");
  g_assert_cmpstr (get_name (list, "Osama bin Laden")->key, ==, "osama laden");
}

static void
test_organisations (void)
{
  const char *text =
    "Figures came from the Lebanese Centre for Migration Studies, which the Ministry of "
    "Foreign Affairs disputed. Observers from the Organisation for Security and "
    "Co-operation in Europe were present. Norway and the United Kingdom abstained.";
  g_autoptr(PxNameList) list = px_names_find (text, -1);

  g_assert_cmpint (get_name (list, "Lebanese Centre for Migration Studies")->kind, ==,
                   PX_NAME_KIND_ORG);
  g_assert_cmpint (get_name (list, "Ministry of Foreign Affairs")->kind, ==, PX_NAME_KIND_ORG);
  g_assert_cmpint (get_name (list, "Norway")->kind, ==, PX_NAME_KIND_PLACE);
  g_assert_cmpint (get_name (list, "United Kingdom")->kind, ==, PX_NAME_KIND_PLACE);
  /* "and" joins only inside a name that already has "of" or "for" */
  g_assert_cmpint (find_name (list, "Norway and the United Kingdom"), ==, -1);
}

static PxNameRelation
relate (const char *a,
        PxNameKind  kind_a,
        const char *b,
        PxNameKind  kind_b)
{
  PxName na = { 0 }, nb = { 0 };

  na.surface = a;
  na.kind = kind_a;
  nb.surface = b;
  nb.kind = kind_b;
  return px_names_relate (&na, &nb);
}

static const struct {
  const char *a;
  const char *b;
  PxNameKind kind;
  PxNameRelation relation;
} relations[] = {
  { "Sergei Lavrov", "Sergey Lavrov", PX_NAME_KIND_PERSON, PX_NAME_RELATION_TRANSLITERATION },
  { "Yury Petrenko", "Yuri Petrenko", PX_NAME_KIND_PERSON, PX_NAME_RELATION_TRANSLITERATION },
  { "Alexei Volkov", "Aleksey Volkov", PX_NAME_KIND_PERSON, PX_NAME_RELATION_TRANSLITERATION },
  { "Mohammed Karimi", "Muhammad Karimi", PX_NAME_KIND_PERSON,
    PX_NAME_RELATION_TRANSLITERATION },
  { "Mohamed Karimi", "Muhammad Karimi", PX_NAME_KIND_PERSON,
    PX_NAME_RELATION_TRANSLITERATION },
  { "Dmitriy Zhukov", "Dmitry Zhukov", PX_NAME_KIND_PERSON, PX_NAME_RELATION_TRANSLITERATION },
  { "Muammar Qaddafi", "Muammar Kaddafi", PX_NAME_KIND_PERSON,
    PX_NAME_RELATION_TRANSLITERATION },
  { "Ahmed", "Ahmad", PX_NAME_KIND_PERSON, PX_NAME_RELATION_NONE },
  { "Mohammed", "Muhammad", PX_NAME_KIND_PERSON, PX_NAME_RELATION_TRANSLITERATION },
  { "Omar Haddad", "al-Haddad", PX_NAME_KIND_PERSON, PX_NAME_RELATION_SHORT_FORM },
  { "Haddad", "al-Haddad", PX_NAME_KIND_PERSON, PX_NAME_RELATION_PARTICLE },
  { "Al Haddad", "al-Haddad", PX_NAME_KIND_PERSON, PX_NAME_RELATION_SAME },
  { "Omar Haddad", "Omar al-Haddad", PX_NAME_KIND_PERSON, PX_NAME_RELATION_PARTICLE },
  { "Hugo de Wit", "Hugo Wit", PX_NAME_KIND_PERSON, PX_NAME_RELATION_PARTICLE },
  { "Maria Ruiz", "Maria Elena Ruiz", PX_NAME_KIND_PERSON, PX_NAME_RELATION_MIDDLE_NAME },
  { "Ruiz", "Maria Elena Ruiz", PX_NAME_KIND_PERSON, PX_NAME_RELATION_SHORT_FORM },
  { "T. Paul Ward", "Paul Ward", PX_NAME_KIND_PERSON, PX_NAME_RELATION_MIDDLE_NAME },
  { "Paul J. Ward", "Paul Ward", PX_NAME_KIND_PERSON, PX_NAME_RELATION_MIDDLE_NAME },
  { "José Álvarez", "Jose Alvarez", PX_NAME_KIND_PERSON, PX_NAME_RELATION_SAME },
  { "U.N.", "UN", PX_NAME_KIND_ORG, PX_NAME_RELATION_SAME },
  { "U.N.", "United Nations", PX_NAME_KIND_ORG, PX_NAME_RELATION_INITIALISM },
  { "US", "United States", PX_NAME_KIND_PLACE, PX_NAME_RELATION_INITIALISM },
  { "U.S.", "United States", PX_NAME_KIND_PLACE, PX_NAME_RELATION_INITIALISM },
  { "EU", "European Union", PX_NAME_KIND_ORG, PX_NAME_RELATION_INITIALISM },
  { "ISIL", "Islamic State of Iraq and the Levant", PX_NAME_KIND_ORG,
    PX_NAME_RELATION_INITIALISM },
  /* different people and places stay apart */
  { "Kerry", "Kerimov", PX_NAME_KIND_PERSON, PX_NAME_RELATION_NONE },
  { "Putin", "Putnam", PX_NAME_KIND_PERSON, PX_NAME_RELATION_NONE },
  { "Maria Lopez", "Mario Lopez", PX_NAME_KIND_PERSON, PX_NAME_RELATION_NONE },
  { "Ivan Petrov", "Ivan Petrova", PX_NAME_KIND_PERSON, PX_NAME_RELATION_NONE },
  { "Hassan Nouri", "Hussein Nouri", PX_NAME_KIND_PERSON, PX_NAME_RELATION_NONE },
  { "John Hale", "Joan Hale", PX_NAME_KIND_PERSON, PX_NAME_RELATION_NONE },
  { "Paris", "Peres", PX_NAME_KIND_UNKNOWN, PX_NAME_RELATION_NONE },
  { "Hillary Clinton", "Bill Clinton", PX_NAME_KIND_PERSON, PX_NAME_RELATION_NONE },
  { "JK", "John Kerry", PX_NAME_KIND_PERSON, PX_NAME_RELATION_NONE },
};

static void
test_relate (void)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (relations); i++)
    {
      PxNameRelation r = relate (relations[i].a, relations[i].kind,
                                 relations[i].b, relations[i].kind);
      PxNameRelation back = relate (relations[i].b, relations[i].kind,
                                    relations[i].a, relations[i].kind);

      g_test_message ("%s / %s: %s", relations[i].a, relations[i].b,
                      px_name_relation_to_string (r));
      g_assert_cmpstr (px_name_relation_to_string (r), ==,
                       px_name_relation_to_string (relations[i].relation));
      g_assert_cmpint (r, ==, back);
    }
}

static void
test_aliases (void)
{
  static const struct {
    const char *text;
    const char *a;
    const char *b;
  } cases[] = {
    { "Officials vowed to fight Daesh (the Islamic State group) in the east.",
      "Daesh", "Islamic State" },
    { "Fighters of Islamic State, also known as ISIS, withdrew.", "Islamic State", "ISIS" },
    { "A cell of the Islamic State of Iraq and the Levant (ISIL) was found.",
      "Islamic State of Iraq and the Levant", "ISIL" },
    { "The Levant Liberation Committee, formerly known as the Nusra Front, denied it.",
      "Levant Liberation Committee", "Nusra Front" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PxNameList) list = px_names_find (cases[i].text, -1);
      guint a = 0, b = 0;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpuint (px_name_list_get_n_aliases (list), ==, 1);
      g_assert_true (px_name_list_get_alias (list, 0, &a, &b));
      g_assert_cmpstr (px_name_list_get (list, a)->surface, ==, cases[i].a);
      g_assert_cmpstr (px_name_list_get (list, b)->surface, ==, cases[i].b);
      g_assert_false (px_name_list_get_alias (list, 1, NULL, NULL));
    }

  {
    /* a nationality in brackets is no alias */
    g_autoptr(PxNameList) list = px_names_find ("The winner was Carla Mendes (USA).", -1);
    g_autoptr(PxNameList) caption = px_names_find ("Judge Ines Moreau (Centre-L) listens.", -1);

    g_assert_cmpuint (px_name_list_get_n_aliases (list), ==, 0);
    g_assert_cmpuint (px_name_list_get_n_aliases (caption), ==, 0);
  }
}

typedef struct {
  PxNameList *lists[4];
  PxNameIndex *index;
} Articles;

static void
articles_init (Articles            *arts,
               const char * const  *texts,
               guint                n)
{
  guint i;

  for (i = 0; i < n; i++)
    arts->lists[i] = px_names_find (texts[i], -1);
  arts->index = px_name_index_new (arts->lists, n);
}

static void
articles_clear (Articles *arts,
                guint     n)
{
  guint i;

  for (i = 0; i < n; i++)
    px_name_list_unref (arts->lists[i]);
  px_name_index_unref (arts->index);
}

static int
entity_of (Articles   *arts,
           guint       article,
           const char *surface)
{
  int i = find_name (arts->lists[article], surface);

  g_assert_cmpint (i, >=, 0);
  return px_name_index_get_entity (arts->index, article, i);
}

static void
test_index (void)
{
  static const char * const texts[] = {
    "Foreign Minister Sergei Lavrov met President Bashar al-Assad in Damascus. Lavrov "
    "later flew to Geneva, where the U.N. had called talks. Hillary Clinton was there.",
    "Sergey Lavrov told reporters that Bashar Assad would stay. Assad did not speak. "
    "The United Nations said the talks would go on. Secretary of State Hillary Rodham "
    "Clinton disagreed. Mr Kerimov, an aide, was silent.",
    "Lavrov spoke to Senator Kerry and to Ed Putnam. The UN welcomed it, as did "
    "Kremlin spokesman Dmitri Peskov. Clinton was not invited.",
  };
  Articles arts;
  int lavrov;
  guint lavrov_b;

  articles_init (&arts, texts, 3);

  lavrov = entity_of (&arts, 0, "Sergei Lavrov");
  g_assert_cmpint (lavrov, >=, 0);
  g_assert_cmpint (entity_of (&arts, 0, "Lavrov"), ==, lavrov);
  g_assert_cmpint (entity_of (&arts, 1, "Sergey Lavrov"), ==, lavrov);
  g_assert_cmpint (entity_of (&arts, 2, "Lavrov"), ==, lavrov);
  g_assert_cmpstr (px_name_index_get_spelling (arts.index, lavrov, 0), ==, "Sergei Lavrov");
  g_assert_cmpstr (px_name_index_get_spelling (arts.index, lavrov, 1), ==, "Sergey Lavrov");
  g_assert_cmpstr (px_name_index_get_spelling (arts.index, lavrov, 2), ==, "Lavrov");
  g_assert_cmpint (px_name_index_get_kind (arts.index, lavrov), ==, PX_NAME_KIND_PERSON);

  lavrov_b = find_name (arts.lists[1], "Sergey Lavrov");
  g_assert_true (px_name_index_same_entity (arts.index,
                                            0, find_name (arts.lists[0], "Sergei Lavrov"),
                                            1, lavrov_b));
  g_assert_cmpint (px_name_index_get_relation (arts.index,
                                               0, find_name (arts.lists[0], "Sergei Lavrov"),
                                               1, lavrov_b),
                   ==, PX_NAME_RELATION_TRANSLITERATION);
  g_assert_cmpint (px_name_index_get_relation (arts.index,
                                               2, find_name (arts.lists[2], "Lavrov"),
                                               1, lavrov_b),
                   ==, PX_NAME_RELATION_SHORT_FORM);

  /* particles; the display form is the fullest, most common one */
  g_assert_cmpint (entity_of (&arts, 0, "Bashar al-Assad"), ==, entity_of (&arts, 1, "Assad"));
  g_assert_cmpint (entity_of (&arts, 1, "Bashar Assad"), ==, entity_of (&arts, 1, "Assad"));
  /* middle names */
  g_assert_cmpint (entity_of (&arts, 0, "Hillary Clinton"), ==,
                   entity_of (&arts, 1, "Hillary Rodham Clinton"));
  g_assert_cmpstr (px_name_index_get_display (arts.index, entity_of (&arts, 0, "Hillary Clinton")),
                   ==, "Hillary Rodham Clinton");
  g_assert_cmpint (entity_of (&arts, 2, "Clinton"), ==, entity_of (&arts, 0, "Hillary Clinton"));
  /* initialisms */
  g_assert_cmpint (entity_of (&arts, 0, "U.N."), ==, entity_of (&arts, 1, "United Nations"));
  g_assert_cmpint (entity_of (&arts, 2, "UN"), ==, entity_of (&arts, 1, "United Nations"));
  g_assert_cmpstr (px_name_index_get_display (arts.index, entity_of (&arts, 2, "UN")), ==,
                   "United Nations");
  g_assert_cmpint (px_name_index_get_relation (arts.index, 0, find_name (arts.lists[0], "U.N."),
                                               1, find_name (arts.lists[1], "United Nations")),
                   ==, PX_NAME_RELATION_INITIALISM);
  /* unrelated names stay apart */
  g_assert_cmpint (entity_of (&arts, 2, "Kerry"), !=, entity_of (&arts, 1, "Kerimov"));
  g_assert_cmpint (entity_of (&arts, 2, "Ed Putnam"), !=, entity_of (&arts, 2, "Kerry"));
  g_assert_cmpint (entity_of (&arts, 2, "Dmitri Peskov"), !=, lavrov);

  /* out of range */
  g_assert_cmpint (px_name_index_get_entity (arts.index, 7, 0), ==, -1);
  g_assert_cmpint (px_name_index_get_entity (arts.index, 0, 9999), ==, -1);
  g_assert_null (px_name_index_get_display (arts.index, 9999));
  g_assert_null (px_name_index_get_spelling (arts.index, lavrov, 9));

  articles_clear (&arts, 3);
}

static void
test_index_ambiguous_surname (void)
{
  static const char * const texts[] = {
    "Hillary Clinton arrived. Clinton spoke.",
    "Bill Clinton arrived. Clinton spoke.",
    "Clinton was not there.",
  };
  Articles arts;
  int hillary, bill, bare;

  articles_init (&arts, texts, 3);
  hillary = entity_of (&arts, 0, "Hillary Clinton");
  bill = entity_of (&arts, 1, "Bill Clinton");
  bare = entity_of (&arts, 2, "Clinton");
  g_assert_cmpint (hillary, !=, bill);
  g_assert_cmpint (entity_of (&arts, 0, "Clinton"), ==, hillary);
  g_assert_cmpint (entity_of (&arts, 1, "Clinton"), ==, bill);
  g_assert_cmpint (bare, !=, hillary);
  g_assert_cmpint (bare, !=, bill);
  articles_clear (&arts, 3);
}

static void
test_index_shared_surname (void)
{
  static const char * const texts[] = {
    "Victor Arlen opened the hearing. Arlen spoke for an hour. Later his sister Nadia "
    "Arlen testified, and Arlen wept as she spoke.",
  };
  Articles arts;
  const PxNameList *list;
  int victor, nadia;
  guint i, seen = 0;

  articles_init (&arts, texts, 1);
  list = arts.lists[0];
  victor = entity_of (&arts, 0, "Victor Arlen");
  nadia = entity_of (&arts, 0, "Nadia Arlen");
  g_assert_cmpint (victor, !=, nadia);
  /* each bare surname goes with the full name before it */
  for (i = 0; i < px_name_list_get_n_names (list); i++)
    if (g_strcmp0 (px_name_list_get (list, i)->surface, "Arlen") == 0)
      {
        g_assert_cmpint (px_name_index_get_entity (arts.index, 0, i), ==,
                         seen++ == 0 ? victor : nadia);
      }
  g_assert_cmpuint (seen, ==, 2);
  articles_clear (&arts, 1);
}

static void
test_index_aliases (void)
{
  static const char * const texts[] = {
    "Jets struck Daesh (the Islamic State group) near the border.",
    "Islamic State fighters retreated from the town.",
    "Daesh claimed the attack.",
  };
  Articles arts;
  int is;

  articles_init (&arts, texts, 3);
  is = entity_of (&arts, 1, "Islamic State");
  g_assert_cmpint (entity_of (&arts, 0, "Daesh"), ==, is);
  g_assert_cmpint (entity_of (&arts, 2, "Daesh"), ==, is);
  g_assert_cmpstr (px_name_index_get_display (arts.index, is), ==, "Islamic State");
  g_assert_cmpstr (px_name_index_get_spelling (arts.index, is, 2), ==, "Daesh");
  g_assert_cmpint (px_name_index_get_relation (arts.index, 2, 0, 1,
                                               find_name (arts.lists[1], "Islamic State")),
                   ==, PX_NAME_RELATION_ALIAS);
  articles_clear (&arts, 3);
}

static void
test_empty (void)
{
  g_autoptr(PxNameList) empty = px_names_find ("", 0);
  g_autoptr(PxNameList) lower = px_names_find ("nothing here is capitalised at all", -1);
  g_autoptr(PxNameIndex) index = px_name_index_new (NULL, 0);
  PxNameList *lists[1];
  g_autoptr(PxNameIndex) one = NULL;

  g_assert_cmpuint (px_name_list_get_n_names (empty), ==, 0);
  g_assert_cmpuint (px_name_list_get_n_names (lower), ==, 0);
  g_assert_cmpuint (px_name_index_get_n_entities (index), ==, 0);
  lists[0] = empty;
  one = px_name_index_new (lists, 1);
  g_assert_cmpuint (px_name_index_get_n_entities (one), ==, 0);
}

static void
test_hostile (void)
{
  static const char * const words[] = { "Alpha", "Bravo", "Mc", "O'Neil", "Al-", "U.N.", "de" };
  GString *spaced = g_string_new (NULL);
  GString *solid = g_string_new (NULL);
  GString *junk = g_string_new (NULL);
  guint i = 0;
  gdouble elapsed;
  PxNameList *lists[3];
  PxNameIndex *index;

  g_test_timer_start ();
  while (spaced->len < 1024 * 1024)
    {
      g_string_append (spaced, words[i % G_N_ELEMENTS (words)]);
      g_string_append_printf (spaced, "%c%u ", 'A' + i % 26, i);
      i++;
    }
  while (solid->len < 1024 * 1024)
    g_string_append (solid, "CapitalWords");
  for (i = 0; i < 1024 * 1024; i++)
    g_string_append_c (junk, (char) (g_test_rand_int () & 0xff) | 1);

  lists[0] = px_names_find (spaced->str, spaced->len);
  lists[1] = px_names_find (solid->str, solid->len);
  lists[2] = px_names_find (junk->str, junk->len);
  index = px_name_index_new (lists, 3);
  elapsed = g_test_timer_elapsed ();
  /* No time limit here but meson's: a quadratic step would take minutes. */
  g_test_message ("3 MB of hostile text in %.2f s", elapsed);
  g_assert_cmpuint (px_name_list_get_n_names (lists[1]), ==, 0);

  px_name_index_unref (index);
  for (i = 0; i < 3; i++)
    px_name_list_unref (lists[i]);
  g_string_free (spaced, TRUE);
  g_string_free (solid, TRUE);
  g_string_free (junk, TRUE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/names/spans", test_spans);
  g_test_add_func ("/core/names/titles", test_titles);
  g_test_add_func ("/core/names/non-names", test_non_names);
  g_test_add_func ("/core/names/particles", test_particles);
  g_test_add_func ("/core/names/organisations", test_organisations);
  g_test_add_func ("/core/names/relate", test_relate);
  g_test_add_func ("/core/names/aliases", test_aliases);
  g_test_add_func ("/core/names/index", test_index);
  g_test_add_func ("/core/names/index-ambiguous-surname", test_index_ambiguous_surname);
  g_test_add_func ("/core/names/index-shared-surname", test_index_shared_surname);
  g_test_add_func ("/core/names/index-aliases", test_index_aliases);
  g_test_add_func ("/core/names/headlines", test_headlines);
  g_test_add_func ("/core/names/headline-acronyms-and-alone", test_headline_acronyms_and_alone);
  g_test_add_func ("/core/names/empty", test_empty);
  g_test_add_func ("/core/names/hostile", test_hostile);

  return g_test_run ();
}
