/* px-names.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-names.h"

#include <string.h>

#include "px-chars-private.h"
#include "px-spans-private.h"
#include "px-word-freq.h"

/* Names are found from their surface: runs of capitalised words joined by
 * spaces, with particles ("al-", "de", "van der") and a few connectors
 * ("of", "for") inside. Titles in front are split off, function words,
 * weekdays, months, headings and sentence-initial common words are
 * dropped. Nothing here needs a model: the rules are a lexicon of a few
 * hundred words and what the text itself says (a word seen in lower case
 * elsewhere in the text is a common word at a sentence start).
 *
 * Matching works on a canonical spelling of each word that folds the usual
 * transliteration alternatives (y/i, x/ks, kh/h, ou/u, doubled letters)
 * and, for longer words, on a consonant skeleton plus a small edit
 * distance (Mohammed / Muhammad). Every step is linear in the text or
 * bounded per word, and the index compares only mentions that share the
 * skeleton of their last word, so hostile input stays cheap. */

#define MAX_NAME_TOKENS 10
#define MAX_TOKEN_BYTES 64
#define MAX_BLOCK 64
#define MAX_GAP 48

/* Lexicon classes */
enum {
  W_FUNC         = 1 << 0,
  W_HEAD         = 1 << 1,   /* title head: President, minister, envoy */
  W_MOD          = 1 << 2,   /* title modifier: Deputy, Foreign, Prime */
  W_PARTICLE     = 1 << 3,   /* de, van, bin, al */
  W_OF_EXT       = 1 << 4,   /* "Secretary of State" */
  W_WEEKDAY      = 1 << 5,
  W_MONTH        = 1 << 6,
  W_ORG          = 1 << 7,
  W_PLACE_KW     = 1 << 8,
  W_DEMONYM      = 1 << 9,
  W_PLACE        = 1 << 10,
  W_PLACE_ABBR   = 1 << 11,  /* US, UK: initialisms of places */
  W_ABBR         = 1 << 12,  /* takes a full stop: Mr. Gen. Jan. */
  W_CONNECTOR    = 1 << 13,  /* of, for, and, the */
  W_HPARTICLE    = 1 << 14,  /* hyphenated prefix only: al-, el-, ash- */
  W_MONTH_ABBR   = 1 << 15,  /* Jan, Feb: a month only before a number or with a stop */
};

typedef struct {
  guint cls;
  const char *words;
} LexiconEntry;

static const LexiconEntry lexicon[] = {
  { W_FUNC,
    "the a an but and or nor so yet on in at by for from of to with without as after before "
    "during since until while when where what who why how which whose whom if though although "
    "because despite unlike like it its he she they we i you his her their our my your this "
    "that these those there here then now today tonight yesterday tomorrow also however "
    "meanwhile indeed still even only just many some most several both all any each every no "
    "not none one two three four five six seven eight nine ten other another such more less "
    "few last next earlier later instead thus therefore moreover furthermore nevertheless "
    "nonetheless perhaps maybe yes according asked speaking about above across against along "
    "among around behind below beneath beside between beyond down inside into near off out "
    "outside over through throughout toward towards under up upon within is are was were be "
    "been has have had do does did will would can could should may might must shall let "
    "please dear oh well hello thanks first second third finally again already almost always "
    "never often sometimes soon once whether either neither rather much very too whatever "
    "whoever overall separately elsewhere nearby amid amidst via per unless whereas otherwise "
    "besides except following including regarding concerning given despite hence "
    "him them me us our ours theirs mine it's that's there's he's she's i'm we're they're "
    "don't doesn't didn't isn't wasn't aren't weren't can't won't shouldn't wouldn't "
    "what's who's let's here's where's how's "
    "late early recent recently currently now sources officials reports report afterward "
    "afterwards"},
  { W_HEAD,
    "president minister secretary secretary-general envoy ambassador chancellor premier king "
    "queen prince princess emir sheikh sheik pope senator sen governor gov mayor general gen "
    "colonel col lieutenant lt captain capt commander admiral adm sergeant sgt maj judge "
    "justice spokesman spokeswoman spokesperson chairman chairwoman director leader chief mr "
    "mrs ms miss dr prof professor sir dame lord rev reverend ayatollah imam rabbi bishop "
    "archbishop cardinal representative rep congressman congresswoman mediator commissioner "
    "speaker vice-president counterpart analyst negotiator diplomat president-elect coach "
    "duke duchess baron marshal brigadier economist expert researcher ceo founder "
    "co-founder officer correspondent editor lawyer attorney-general mp deputy-minister "
    "manager owner boss sheriff undersheriff inspector detective constable trooper deputy "
    "superintendent attorney quarterback linebacker fullback qb pitcher striker goalkeeper "
    "shooter suspect"},
  { W_MOD,
    "deputy vice foreign prime defense defence interior finance health state assistant acting "
    "former first crown supreme senior top special executive attorney grand chief interim "
    "outgoing incoming opposition rebel army military police security economy economic trade "
    "energy justice education information culture agriculture transport environment labour "
    "labor oil intelligence peace national regional local party presidential royal "
    "un us eu uk nato u.n u.s political"},
  { W_OF_EXT,
    "state defense defence foreign affairs interior the treasury health justice homeland "
    "security finance energy commerce staff police education agriculture labor labour "
    "transportation trade information economy"},
  { W_PARTICLE,
    "al el bin ibn bint de da di del della der den des du dos das van von ten ter zu ben"},
  { W_HPARTICLE, "al el ad as ash at az ar an ul ud" },
  { W_CONNECTOR, "of for and the" },
  { W_WEEKDAY,
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun"},
  { W_MONTH,
    "january february march april may june july august september october november december "
    "sept"},
  { W_MONTH_ABBR, "jan feb mar apr jun jul aug sep oct nov dec" },
  { W_ABBR,
    "mr mrs ms dr st gen sen rep gov lt col capt sgt adm prof rev jr sr cpl maj pres amb mt "
    "ft jan feb mar apr jun jul aug sep sept oct nov dec messrs"},
  { W_ORG,
    "observatory coalition council agency ministry party front group organization "
    "organisation nations union army forces force committee commission bank fund university "
    "institute centre center company corporation corp inc ltd news times post press "
    "television tv radio league association foundation state department office court "
    "assembly parliament congress senate guard guards brigade brigades movement network "
    "society church airlines airways alliance administration authority board bureau service "
    "services police navy command unit club team academy college school hospital trust "
    "federation corps brotherhood taliban hezbollah hamas kremlin pentagon nato opec isis isil "
    "daesh qaeda jazeera nusra reuters interfax tass xinhua afp ap bbc cnn unesco unicef who "
    "imf wto government cabinet regime junta militia militias watch international nation"},
  { W_PLACE_KW,
    "city river mountains mountain province region republic kingdom states island islands sea "
    "ocean gulf valley street square county district east west north south strait peninsula "
    "lake desert coast bay heights strip governorate emirates territory territories avenue "
    "road plain plateau highlands"},
  { W_DEMONYM,
    "american russian syrian british french german chinese japanese iranian iraqi israeli "
    "palestinian turkish saudi egyptian jordanian lebanese kurdish afghan pakistani indian "
    "ukrainian european african asian arab arabian western eastern northern southern korean "
    "italian spanish swiss austrian qatari yemeni libyan emirati canadian australian mexican "
    "brazilian polish dutch belgian swedish norwegian danish greek sunni shiite shia alawite "
    "islamist jihadist muslim christian jewish catholic orthodox soviet nordic latin kuwaiti "
    "bahraini omani tunisian algerian moroccan sudanese somali ethiopian nigerian kenyan "
    "venezuelan cuban chechen georgian armenian azerbaijani belarusian kazakh uzbek serbian "
    "croatian bosnian hungarian romanian bulgarian czech slovak finnish irish scottish welsh "
    "english portuguese argentine chilean colombian peruvian vietnamese thai indonesian "
    "filipino malaysian burmese tibetan taiwanese mongolian kurd kurds arabs americans russians "
    "syrians iranians iraqis israelis palestinians europeans africans asians"},
  { W_PLACE_ABBR, "us usa uk uae ussr drc prc" },
  { W_PLACE,
    "afghanistan albania algeria andorra angola argentina armenia australia austria "
    "azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan "
    "bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon canada chad "
    "chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti "
    "dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon "
    "gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras "
    "hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan "
    "kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia "
    "libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta "
    "mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco "
    "mozambique myanmar burma namibia nauru nepal netherlands nicaragua niger nigeria norway "
    "oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar "
    "romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia "
    "somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania "
    "thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay "
    "uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe britain england "
    "scotland wales america europe asia africa antarctica australia oceania crimea chechnya "
    "kurdistan gaza tibet kashmir darfur washington moscow london paris berlin beijing tokyo "
    "damascus aleppo baghdad tehran beirut cairo ankara istanbul riyadh doha amman jerusalem "
    "geneva vienna brussels rome madrid kiev kyiv kabul islamabad delhi mumbai seoul "
    "pyongyang ottawa canberra sydney toronto chicago boston lausanne dublin warsaw prague "
    "budapest athens lisbon stockholm oslo copenhagen helsinki minsk tbilisi baku yerevan "
    "tripoli tunis algiers rabat khartoum nairobi lagos johannesburg havana caracas bogota "
    "lima santiago brasilia mexico hanoi bangkok jakarta manila taipei hong kong shanghai "
    "raqqa mosul homs idlib palmyra sanaa aden benghazi sochi alabama alaska arizona "
    "arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana "
    "iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota "
    "mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee "
    "texas utah vermont virginia wisconsin wyoming"},
};

/* Places of more than one word, folded */
static const char * const multi_word_places[] = {
  "united states", "united kingdom", "united nations", "saudi arabia", "south africa",
  "north korea", "south korea", "new zealand", "sri lanka", "middle east", "west bank",
  "gaza strip", "golan heights", "hong kong", "new york", "los angeles", "san francisco",
  "new delhi", "abu dhabi", "tel aviv", "united arab emirates", "czech republic",
  "dominican republic", "central african republic", "ivory coast", "costa rica",
  "el salvador", "puerto rico", "soviet union", "european union", "latin america",
  "north america", "south america", "east timor", "south sudan", "persian gulf",
  "bosnia and herzegovina", "trinidad and tobago", "papua new guinea", "sierra leone",
  "burkina faso", "cape verde", "san marino", "vatican city", "east jerusalem",
  "deir ez zor", "washington dc", "st petersburg", "saint petersburg", "new mexico",
  "new jersey", "new hampshire", "north carolina", "south carolina", "north dakota",
  "south dakota", "west virginia", "rhode island", "new orleans", "las vegas",
  "rio janeiro", "sao paulo", "buenos aires", "cape town", "kuala lumpur",
};

static GHashTable *lexicon_table;   /* folded word → class bits */
static GHashTable *place_table;     /* folded multi-word place → itself */

static void
load_lexicon (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      guint i;

      lexicon_table = g_hash_table_new (g_str_hash, g_str_equal);
      place_table = g_hash_table_new (g_str_hash, g_str_equal);

      for (i = 0; i < G_N_ELEMENTS (lexicon); i++)
        {
          char **words = g_strsplit (lexicon[i].words, " ", -1);
          guint j;

          for (j = 0; words[j] != NULL; j++)
            {
              guint cls;
              char *word;

              if (words[j][0] == '\0')
                continue;
              /* Lexicon keys are folded like tokens: no stops, no apostrophes. */
              word = g_strdelimit (words[j], ".", ' ');
              {
                GString *w = g_string_new (NULL);
                const char *s;

                for (s = word; *s; s++)
                  if (*s != ' ' && *s != '\'')
                    g_string_append_c (w, *s);
                cls = GPOINTER_TO_UINT (g_hash_table_lookup (lexicon_table, w->str));
                g_hash_table_insert (lexicon_table,
                                     (gpointer) g_intern_string (w->str),
                                     GUINT_TO_POINTER (cls | lexicon[i].cls));
                g_string_free (w, TRUE);
              }
            }
          g_strfreev (words);
        }

      for (i = 0; i < G_N_ELEMENTS (multi_word_places); i++)
        g_hash_table_add (place_table, (gpointer) multi_word_places[i]);

      g_once_init_leave (&loaded, 1);
    }
}

static guint
word_class (const char *fold)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (lexicon_table, fold));
}

/* "Britain-based", "U.S.-backed", "US-Russian": adjectives made of a name */
static gboolean
is_compound_adjective (const char *fold)
{
  static const char * const suffixes[] = {
    "based", "backed", "led", "born", "run", "controlled", "held", "style", "allied", "owned",
    "made", "funded", "brokered", "sponsored", "speaking", "bound", "linked", "affiliated",
    "dominated", "friendly", "era", "wide", "trained", "armed", "aligned", "inspired",
    "supported", "bred", "educated", "oriented", "focused", "centred", "centered",
  };
  const char *dash = strrchr (fold, '-');
  guint i;

  if (dash == NULL || dash == fold)
    return FALSE;
  dash++;
  if (word_class (dash) & W_DEMONYM)
    return TRUE;
  for (i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (strcmp (dash, suffixes[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Token flags */
enum {
  T_CAP      = 1 << 0,
  T_LOWER    = 1 << 1,
  T_ALLCAPS  = 1 << 2,
  T_DOTTED   = 1 << 3,
  T_DIGIT    = 1 << 4,
  T_POSS     = 1 << 5,
  T_SENT     = 1 << 6,
  T_JOIN     = 1 << 7,   /* only white space on one line since the previous token */
  T_ABBR     = 1 << 8,
  T_LONG     = 1 << 9,
  T_HPART    = 1 << 10,  /* "al-Assad": lower-case particle, capital after the hyphen */
  T_LINE     = 1 << 11,  /* first token of a line */
  T_HEADLINE = 1 << 12,  /* in a line written in Title Case */
};

typedef struct {
  gsize start;
  gsize end;
  guint flags;
  guint cls;
  guint n_letters;
  const char *fold;
} Tok;

static gboolean
is_inner_joiner (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == 0x2011 || c == '.';
}

static gunichar
char_at (const char *text,
         gsize       len,
         gsize       pos,
         gsize      *next)
{
  gunichar c;

  if (pos >= len)
    {
      *next = pos;
      return 0;
    }
  if ((guchar) text[pos] < 0x80 && text[pos] != '\0')
    {
      *next = pos + 1;
      return (guchar) text[pos];
    }
  c = g_utf8_get_char_validated (text + pos, len - pos);
  if (c == (gunichar) -1 || c == (gunichar) -2 || c == 0)
    {
      *next = pos + 1;
      return 0xFFFD;
    }
  *next = g_utf8_next_char (text + pos) - text;
  return c;
}

/* Folds a word for matching: compatibility decomposition, combining marks
 * dropped, case folded; stops and apostrophes dropped, hyphens kept. */
static void
fold_word (const char *text,
           gsize       len,
           GString    *out)
{
  gsize i;
  gboolean ascii = TRUE;

  g_string_truncate (out, 0);
  for (i = 0; i < len; i++)
    if ((guchar) text[i] >= 0x80)
      {
        ascii = FALSE;
        break;
      }

  if (ascii)
    {
      for (i = 0; i < len; i++)
        if (text[i] != '.' && text[i] != '\'')
          g_string_append_c (out, g_ascii_tolower (text[i]));
      return;
    }

  {
    char *norm = g_utf8_normalize (text, len, G_NORMALIZE_NFKD);
    char *folded;
    const char *p;

    if (norm == NULL)
      return;
    folded = g_utf8_casefold (norm, -1);
    for (p = folded; *p; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (g_unichar_ismark (c) || c == '.' || c == '\'' || c == 0x2019)
          continue;
        if (c == 0x2010 || c == 0x2011)
          c = '-';
        g_string_append_unichar (out, c);
      }
    g_free (folded);
    g_free (norm);
  }
}

typedef struct {
  const char *text;
  gsize len;
  GArray *toks;
  GStringChunk *chunk;
  GHashTable *lower_seen;   /* folds seen in lower case */
  GHashTable *cap_inside;   /* folds seen capitalised inside a sentence */
  GHashTable *cap_outside;  /* folds seen capitalised outside Title Case lines */
  gboolean has_body;        /* some words stand outside Title Case lines */
} Scan;

static void
tokenize (Scan *scan)
{
  const char *text = scan->text;
  gsize len = scan->len;
  gsize pos = 0;
  guint gap_newlines = 0;
  gboolean gap_punct = FALSE;
  gboolean gap_sentence = TRUE;
  gboolean prev_poss = FALSE;
  GString *fold = g_string_new (NULL);

  while (pos < len)
    {
      gsize next;
      gunichar c = char_at (text, len, pos, &next);

      if (!_px_char_is_word (c))
        {
          if (c == '\n')
            gap_newlines++;
          else if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
            gap_punct = gap_sentence = TRUE;
          else if (c == '"' || c == 0x201C || c == 0x201D)
            gap_punct = gap_sentence = TRUE;
          else if (!g_unichar_isspace (c))
            gap_punct = TRUE;
          pos = next;
          continue;
        }

      {
        Tok tok = { 0 };
        gsize q = pos;
        gsize seg_letters = 0;
        gboolean all_single = TRUE;
        gboolean has_dot = FALSE;
        guint upper = 0, lower = 0, digits = 0, letters = 0;
        gunichar first = c;
        gsize first_hyphen = 0;

        tok.start = pos;
        while (q < len)
          {
            gsize n2;
            gunichar d = char_at (text, len, q, &n2);

            if (_px_char_is_word (d))
              {
                if (d < 0x80 ? g_ascii_isdigit (d) : g_unichar_isdigit (d))
                  digits++;
                else if (d < 0x80 || g_unichar_isalpha (d))
                  {
                    letters++;
                    seg_letters++;
                    if (_px_char_is_upper (d))
                      upper++;
                    else if (_px_char_is_lower (d))
                      lower++;
                  }
                q = n2;
                continue;
              }
            if (is_inner_joiner (d))
              {
                gsize n3;
                gunichar e = char_at (text, len, n2, &n3);

                if (d == '.')
                  {
                    if (seg_letters != 1 ||
                        !(e < 0x80 ? g_ascii_isalpha (e) : g_unichar_isalpha (e)))
                      break;
                    has_dot = TRUE;
                  }
                if (!_px_char_is_word (e))
                  break;
                if (seg_letters != 1)
                  all_single = FALSE;
                if ((d == '-' || d == 0x2010 || d == 0x2011) && first_hyphen == 0)
                  first_hyphen = q;
                seg_letters = 0;
                q = n2;
                continue;
              }
            break;
          }
        if (seg_letters != 1)
          all_single = FALSE;
        tok.end = q;

        /* A trailing stop belongs to "U.N.", "F." and "Mr." */
        if (q < len && text[q] == '.')
          {
            if ((has_dot && all_single) || (letters == 1 && upper == 1 && q - pos <= 4))
              {
                tok.end = q + 1;
                tok.flags |= T_DOTTED;
              }
            else
              {
                fold_word (text + pos, q - pos, fold);
                if (word_class (fold->str) & W_ABBR)
                  {
                    tok.end = q + 1;
                    tok.flags |= T_ABBR;
                  }
              }
          }
        else if (has_dot && all_single)
          tok.flags |= T_DOTTED;

        /* Possessive: Assad's, Brahimi’s */
        if (!(tok.flags & (T_DOTTED | T_ABBR)) && tok.end - tok.start > 2)
          {
            const char *e = text + tok.end;

            if ((e[-1] == 's' || e[-1] == 'S') && e[-2] == '\'')
              {
                tok.end -= 2;
                tok.flags |= T_POSS;
              }
            else if ((e[-1] == 's' || e[-1] == 'S') && tok.end - tok.start > 4 &&
                     memcmp (e - 4, "\xe2\x80\x99", 3) == 0)
              {
                tok.end -= 4;
                tok.flags |= T_POSS;
              }
          }

        if (tok.end - tok.start > MAX_TOKEN_BYTES)
          tok.flags |= T_LONG;
        if (digits > 0)
          tok.flags |= T_DIGIT;
        if (letters >= 2 && lower == 0)
          tok.flags |= T_ALLCAPS;
        tok.n_letters = letters;

        fold_word (text + tok.start, MIN (tok.end - tok.start, 4 * MAX_TOKEN_BYTES), fold);
        tok.fold = g_string_chunk_insert_const (scan->chunk, fold->str);
        tok.cls = tok.flags & T_LONG ? 0 : word_class (tok.fold);

        if (_px_char_is_upper (first))
          tok.flags |= T_CAP;
        else if (_px_char_is_lower (first))
          {
            tok.flags |= T_LOWER;
            /* al-Assad, el-Sisi: a capital after a particle prefix */
            if (first_hyphen > pos)
              {
                GString *pre = g_string_new (NULL);
                gsize after;
                gunichar h;

                fold_word (text + pos, first_hyphen - pos, pre);
                char_at (text, len, first_hyphen, &after);
                h = char_at (text, len, after, &after);
                if ((word_class (pre->str) & (W_PARTICLE | W_HPARTICLE)) && _px_char_is_upper (h))
                  tok.flags = (tok.flags & ~T_LOWER) | T_CAP | T_HPART;
                g_string_free (pre, TRUE);
              }
          }

        if (scan->toks->len == 0 || gap_sentence || gap_newlines > 0)
          tok.flags |= T_SENT;
        if (scan->toks->len > 0 && !gap_punct && gap_newlines == 0 && !prev_poss)
          tok.flags |= T_JOIN;

        if (scan->toks->len == 0 || gap_newlines > 0)
          tok.flags |= T_LINE;

        prev_poss = (tok.flags & T_POSS) != 0;
        g_array_append_val (scan->toks, tok);

        /* Skip what the token left behind ("s" of a possessive) */
        /* past the stop of "U.N.", or the "'s" a possessive dropped */
        pos = MAX (q, tok.end);
        gap_newlines = 0;
        gap_punct = FALSE;
        gap_sentence = FALSE;
      }
    }

  g_string_free (fold, TRUE);
}

/* Headlines in Title Case ("Singer Checks Into Rehab") capitalise common
 * words: their words are judged like sentence-initial ones, and they do
 * not count as capitalised uses. */
static void
mark_headlines (Scan *scan)
{
  GArray *toks = scan->toks;
  guint i = 0;

  while (i < toks->len)
    {
      guint j = i + 1, words = 0, caps = 0, k;

      while (j < toks->len && !(g_array_index (toks, Tok, j).flags & T_LINE))
        j++;
      for (k = i; k < j; k++)
        {
          const Tok *t = &g_array_index (toks, Tok, k);

          if (t->flags & T_DIGIT)
            continue;
          words++;
          if (t->flags & T_CAP || (t->flags & T_LOWER && (t->cls & (W_CONNECTOR | W_FUNC)) &&
                                   t->n_letters <= 4))
            caps++;
        }
      if (words >= 3 && words <= 20 && caps == words)
        for (k = i; k < j; k++)
          g_array_index (toks, Tok, k).flags |= T_HEADLINE;
      i = j;
    }

  for (i = 0; i < toks->len; i++)
    {
      const Tok *t = &g_array_index (toks, Tok, i);

      if (t->flags & T_LOWER)
        g_hash_table_add (scan->lower_seen, (gpointer) t->fold);
      else if ((t->flags & T_CAP) && !(t->flags & (T_SENT | T_ALLCAPS | T_HEADLINE)))
        g_hash_table_add (scan->cap_inside, (gpointer) t->fold);
      if ((t->flags & T_CAP) && !(t->flags & T_HEADLINE))
        g_hash_table_add (scan->cap_outside, (gpointer) t->fold);
      if (!(t->flags & T_HEADLINE) && !(t->flags & T_DIGIT))
        scan->has_body = TRUE;
    }
}

/* ---- Mentions ---- */

typedef struct {
  guint n;
  char **canon;
  char **fold;
  char *particles;
  char *key;
  char initialism[12];
  gboolean is_initialism;
} Info;

struct _PxNameList
{
  gatomicrefcount ref_count;
  GArray *names;      /* PxName */
  GArray *infos;      /* Info, parallel to names */
  GArray *aliases;    /* guint pairs */
  GStringChunk *chunk;
};

G_DEFINE_BOXED_TYPE (PxNameList, px_name_list, px_name_list_ref, px_name_list_unref)

static void
info_clear (Info *info)
{
  g_clear_pointer (&info->canon, g_strfreev);
  g_clear_pointer (&info->fold, g_strfreev);
  g_clear_pointer (&info->particles, g_free);
  g_clear_pointer (&info->key, g_free);
}

static gboolean
is_vowel (char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* A spelling that folds the common transliteration alternatives:
 * Sergei/Sergey, Alexei/Aleksey, Yuri/Yury/Iouri, Mohammed/Mohamed. */
static char *
canonical_spelling (const char *fold)
{
  GString *out = g_string_sized_new (strlen (fold) + 4);
  const char *s = fold;
  gsize i;
  char *res;
  GString *collapsed;

  while (*s)
    {
      char c = s[0], d = s[1];

      if (c == 't' && d == 'c' && s[2] == 'h')
        {
          g_string_append_c (out, 'C');
          s += 3;
          continue;
        }
      if (d != '\0')
        {
          char two = 0;

          if (c == 'c' && d == 'h') two = 'C';
          else if (c == 's' && d == 'h') two = 'S';
          else if (c == 'z' && d == 'h') two = 'Z';
          else if (c == 'k' && d == 'h') two = 'h';
          else if (c == 'p' && d == 'h') two = 'f';
          else if (c == 't' && d == 'h') two = 't';
          else if (c == 'd' && d == 'h') two = 'd';
          else if (c == 'g' && d == 'h') two = 'g';
          else if (c == 'c' && d == 'k') two = 'k';
          else if (c == 'o' && d == 'u') two = 'u';
          else if (c == 'e' && d == 'e') two = 'i';
          else if (c == 'o' && d == 'o') two = 'u';
          if (two)
            {
              g_string_append_c (out, two);
              s += 2;
              continue;
            }
        }
      switch (c)
        {
        case 'x':
          g_string_append (out, "ks");
          break;
        case 'q':
        case 'c':
          g_string_append_c (out, 'k');
          break;
        case 'w':
          g_string_append_c (out, 'v');
          break;
        case 'y':
          g_string_append_c (out, 'i');
          break;
        case '-':
        case '\'':
          break;
        default:
          g_string_append_c (out, c);
        }
      s++;
    }

  collapsed = g_string_sized_new (out->len);
  for (i = 0; i < out->len; i++)
    if (i == 0 || out->str[i] != out->str[i - 1])
      g_string_append_c (collapsed, out->str[i]);
  g_string_free (out, TRUE);
  res = g_string_free (collapsed, FALSE);
  return res;
}

static gsize
skeleton (const char *canon,
          char       *buf,
          gsize       size)
{
  gsize n = 0;
  const char *s;

  for (s = canon; *s && n + 1 < size; s++)
    {
      if (s != canon && is_vowel (*s))
        continue;
      /* Gurbanguly / Kurbanguly */
      if (s == canon && *s == 'g')
        {
          buf[n++] = 'k';
          continue;
        }
      if (n > 0 && buf[n - 1] == *s)
        continue;
      buf[n++] = *s;
    }
  buf[n] = '\0';
  return n;
}

static guint
edit_distance (const char *a,
               const char *b)
{
  guint la = strlen (a), lb = strlen (b);
  guint row[MAX_TOKEN_BYTES + 1];
  guint i, j;

  if (la > MAX_TOKEN_BYTES || lb > MAX_TOKEN_BYTES)
    return G_MAXUINT;
  for (j = 0; j <= lb; j++)
    row[j] = j;
  for (i = 1; i <= la; i++)
    {
      guint diag = row[0];

      row[0] = i;
      for (j = 1; j <= lb; j++)
        {
          guint up = row[j];
          guint best = diag + (a[i - 1] == b[j - 1] ? 0 : 1);

          best = MIN (best, up + 1);
          best = MIN (best, row[j - 1] + 1);
          row[j] = best;
          diag = up;
        }
    }
  return row[lb];
}

/* 2: the same canonical spelling; 1: a likely transliteration; 0: no */
static int
words_match (const char *a,
             const char *b,
             gboolean    allow_fuzzy)
{
  gsize la, lb;
  char ska[MAX_TOKEN_BYTES + 1], skb[MAX_TOKEN_BYTES + 1];
  guint dist;

  if (strcmp (a, b) == 0)
    return 2;
  if (!allow_fuzzy)
    return 0;
  la = strlen (a);
  lb = strlen (b);
  /* "United Nation’s" for "United Nations" */
  if (MIN (la, lb) >= 5 && ((la == lb + 1 && a[la - 1] == 's' && strncmp (a, b, lb) == 0) ||
                            (lb == la + 1 && b[lb - 1] == 's' && strncmp (a, b, la) == 0)))
    return 1;
  if (MIN (la, lb) < 5 || la > MAX_TOKEN_BYTES || lb > MAX_TOKEN_BYTES)
    return 0;
  if (a[0] != b[0] && !((a[0] == 'g' || a[0] == 'k') && (b[0] == 'g' || b[0] == 'k')))
    return 0;
  /* Maria / Mario, Lavrov / Lavrova: endings that change the person */
  if (is_vowel (a[la - 1]) && is_vowel (b[lb - 1]) && a[la - 1] != b[lb - 1])
    return 0;
  if ((la == lb + 1 && is_vowel (a[la - 1]) && strncmp (a, b, lb) == 0) ||
      (lb == la + 1 && is_vowel (b[lb - 1]) && strncmp (a, b, la) == 0))
    return 0;
  skeleton (a, ska, sizeof ska);
  skeleton (b, skb, sizeof skb);
  if (strcmp (ska, skb) != 0)
    return 0;
  dist = edit_distance (a, b);
  if (dist > 2 || dist * 3 > MIN (la, lb))
    return 0;
  return 1;
}

static gboolean
is_upper_initial (const char *word)
{
  gunichar c = g_utf8_get_char_validated (word, -1);

  return c != (gunichar) -1 && c != (gunichar) -2 &&
         (g_unichar_isupper (c) || g_unichar_istitle (c));
}

/* Builds the matching form of a name from its surface, so that
 * px_names_relate() can work on any two PxName values. */
static void
info_init (Info       *info,
           const char *surface)
{
  g_auto(GStrv) words = g_strsplit (surface, " ", -1);
  GPtrArray *canon = g_ptr_array_new ();
  GPtrArray *folds = g_ptr_array_new ();
  GString *particles = g_string_new (NULL);
  GString *key = g_string_new (NULL);
  GString *fold = g_string_new (NULL);
  GString *initialism = g_string_new (NULL);
  guint n_words = g_strv_length (words);
  guint i;

  memset (info, 0, sizeof *info);

  for (i = 0; i < n_words; i++)
    {
      g_auto(GStrv) parts = NULL;
      guint j, n_parts;
      gboolean cap = is_upper_initial (words[i]);

      fold_word (words[i], strlen (words[i]), fold);
      if (fold->len == 0)
        continue;

      if (n_words == 1)
        {
          gsize k;
          gboolean dotted = strchr (words[i], '.') != NULL;
          gboolean upper = TRUE;
          guint letters = 0;

          for (k = 0; words[i][k]; k++)
            {
              if (g_ascii_islower (words[i][k]))
                upper = FALSE;
              if (g_ascii_isalpha (words[i][k]))
                letters++;
              if (g_ascii_isdigit (words[i][k]))
                upper = FALSE;
            }
          if ((dotted || upper) && letters >= 2 && letters <= (dotted ? 8u : 5u) &&
              strchr (fold->str, '-') == NULL && !(word_class (fold->str) & W_PLACE))
            info->is_initialism = TRUE;
        }

      if (!cap && (word_class (fold->str) & W_CONNECTOR))
        continue;

      parts = g_strsplit (fold->str, "-", -1);
      n_parts = g_strv_length (parts);
      for (j = 0; j < n_parts; j++)
        {
          guint cls = word_class (parts[j]);
          gboolean last_part = (i + 1 == n_words && j + 1 == n_parts);

          if (parts[j][0] == '\0')
            continue;
          if (!last_part && !info->is_initialism &&
              ((cls & W_PARTICLE) || (j + 1 < n_parts && (cls & W_HPARTICLE))))
            {
              if (particles->len)
                g_string_append_c (particles, ' ');
              g_string_append (particles, parts[j]);
              continue;
            }
          g_ptr_array_add (folds, g_strdup (parts[j]));
          g_ptr_array_add (canon, canonical_spelling (parts[j]));
          if (key->len)
            g_string_append_c (key, ' ');
          g_string_append (key, parts[j]);
          if (cap && initialism->len < sizeof info->initialism - 1)
            {
              gunichar c = g_utf8_get_char (parts[j]);

              if (c < 0x80 && j == 0)
                g_string_append_c (initialism, (char) c);
            }
        }
    }

  /* A name made only of particles keeps them */
  if (folds->len == 0 && particles->len > 0)
    {
      g_auto(GStrv) parts = g_strsplit (particles->str, " ", -1);

      for (i = 0; parts[i]; i++)
        {
          g_ptr_array_add (folds, g_strdup (parts[i]));
          g_ptr_array_add (canon, canonical_spelling (parts[i]));
        }
      g_string_assign (key, particles->str);
      g_string_truncate (particles, 0);
    }

  info->n = folds->len;
  g_ptr_array_add (folds, NULL);
  g_ptr_array_add (canon, NULL);
  info->fold = (char **) g_ptr_array_free (folds, FALSE);
  info->canon = (char **) g_ptr_array_free (canon, FALSE);
  info->particles = g_string_free (particles, FALSE);
  if (info->is_initialism)
    {
      g_string_truncate (key, 0);
      for (i = 0; i < info->n; i++)
        g_string_append (key, info->fold[i]);
    }
  info->key = g_string_free (key, FALSE);
  if (info->n >= 2 && initialism->len == info->n)
    memcpy (info->initialism, initialism->str, initialism->len + 1);
  else
    info->initialism[0] = '\0';
  g_string_free (initialism, TRUE);
  g_string_free (fold, TRUE);
}

static PxNameRelation
relate_infos (const Info *a,
              PxNameKind  kind_a,
              const Info *b,
              PxNameKind  kind_b)
{
  const Info *s, *l;
  PxNameKind kind_l;
  guint i, j, exact = 0;

  if (a->n == 0 || b->n == 0)
    return PX_NAME_RELATION_NONE;

  if (a->is_initialism || b->is_initialism)
    {
      if (a->is_initialism && b->is_initialism)
        return strcmp (a->key, b->key) == 0 ? PX_NAME_RELATION_SAME : PX_NAME_RELATION_NONE;
      s = a->is_initialism ? a : b;
      l = a->is_initialism ? b : a;
      kind_l = a->is_initialism ? kind_b : kind_a;
      if (l->n >= 2 && kind_l != PX_NAME_KIND_PERSON && l->initialism[0] != '\0' &&
          g_ascii_strcasecmp (l->initialism, s->key) == 0)
        return PX_NAME_RELATION_INITIALISM;
      if (l->n == 1 && strcmp (l->key, s->key) == 0)
        return PX_NAME_RELATION_SAME;
      return PX_NAME_RELATION_NONE;
    }

  if (strcmp (a->key, b->key) == 0)
    return strcmp (a->particles, b->particles) == 0 ? PX_NAME_RELATION_SAME
                                                    : PX_NAME_RELATION_PARTICLE;

  if (a->n == b->n)
    {
      for (i = 0; i < a->n; i++)
        {
          gboolean fuzzy_ok = a->n > 1 || strlen (a->canon[i]) >= 6;
          int m = words_match (a->canon[i], b->canon[i], fuzzy_ok);

          if (m == 0)
            return PX_NAME_RELATION_NONE;
          if (m == 2)
            exact++;
        }
      if (a->n >= 2 && exact == 0)
        return PX_NAME_RELATION_NONE;
      return PX_NAME_RELATION_TRANSLITERATION;
    }

  s = a->n < b->n ? a : b;
  l = a->n < b->n ? b : a;
  if (kind_a == PX_NAME_KIND_ORG || kind_a == PX_NAME_KIND_PLACE ||
      kind_b == PX_NAME_KIND_ORG || kind_b == PX_NAME_KIND_PLACE)
    return PX_NAME_RELATION_NONE;

  if (s->n == 1)
    {
      if (words_match (s->canon[0], l->canon[l->n - 1], strlen (s->canon[0]) >= 6))
        return PX_NAME_RELATION_SHORT_FORM;
      return PX_NAME_RELATION_NONE;
    }

  /* Middle names: first and last words match, the shorter's inner words
   * appear in order in the longer. A leading initial may go: "W. Mark
   * Felt" / "Mark Felt". */
  {
    guint s0 = 0, l0 = 0;

    while (s->n - s0 > 2 && strlen (s->fold[s0]) == 1)
      s0++;
    while (l->n - l0 > 2 && strlen (l->fold[l0]) == 1)
      l0++;
    if (!words_match (s->canon[s0], l->canon[l0], TRUE) ||
        !words_match (s->canon[s->n - 1], l->canon[l->n - 1], TRUE))
      return PX_NAME_RELATION_NONE;
    for (i = s0 + 1, j = l0 + 1; i + 1 < s->n; i++)
      {
        while (j + 1 < l->n && !words_match (s->canon[i], l->canon[j], TRUE))
          j++;
        if (j + 1 >= l->n)
          return PX_NAME_RELATION_NONE;
        j++;
      }
  }
  return PX_NAME_RELATION_MIDDLE_NAME;
}

/**
 * px_names_relate:
 * @a: a name
 * @b: another name
 *
 * Says whether two mentions, taken alone, name the same thing and why.
 * Declared aliases and surname-only mentions that depend on the article
 * are known only to a #PxNameIndex.
 *
 * Returns: the relation, %PX_NAME_RELATION_NONE if none
 */
PxNameRelation
px_names_relate (const PxName *a,
                 const PxName *b)
{
  Info ia, ib;
  PxNameRelation r;

  g_return_val_if_fail (a != NULL && b != NULL, PX_NAME_RELATION_NONE);

  load_lexicon ();
  info_init (&ia, a->surface ? a->surface : "");
  info_init (&ib, b->surface ? b->surface : "");
  r = relate_infos (&ia, a->kind, &ib, b->kind);
  info_clear (&ia);
  info_clear (&ib);
  return r;
}

/* ---- Finding names ---- */

typedef struct {
  Scan *scan;
  PxNameList *list;
  GString *buf;
} Finder;

static gboolean
is_common_sentence_word (Scan      *scan,
                         const Tok *t)
{
  const char *f = t->fold;
  gsize n = strlen (f);
  static const char * const suffixes[] = {
    "ing", "ed", "ly", "ness", "ment", "ments", "tion", "tions", "sion", "ity", "ous", "ive",
    "ful", "less", "ance", "ence", "ists", "ism", "ers", "ings",
  };
  guint i;

  if (t->flags & (T_ALLCAPS | T_DOTTED))
    return FALSE;
  if (g_hash_table_contains (scan->cap_inside, f))
    return FALSE;
  if (g_hash_table_contains (scan->lower_seen, f))
    return TRUE;
  /* other forms of the word in lower case: "Checks" for "checked" */
  if (n > 3 && n < 40)
    {
      static const char * const endings[] = { "s", "es", "ed", "d", "ing" };
      static const char * const forms[] = { "", "s", "ed", "ing", "e" };
      char buf[48];
      guint e, k;

      for (e = 0; e < G_N_ELEMENTS (endings); e++)
        {
          gsize el = strlen (endings[e]);

          if (n <= el + 2 || strcmp (f + n - el, endings[e]) != 0)
            continue;
          for (k = 0; k < G_N_ELEMENTS (forms); k++)
            {
              g_snprintf (buf, sizeof buf, "%.*s%s", (int) (n - el), f, forms[k]);
              if (g_hash_table_contains (scan->lower_seen, buf))
                return TRUE;
            }
        }
    }
  for (i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize sl = strlen (suffixes[i]);

      if (n > sl + 2 && strcmp (f + n - sl, suffixes[i]) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
append_span (GString    *out,
             const char *text,
             gsize       start,
             gsize       end)
{
  gsize i;
  gboolean space = FALSE;

  g_string_truncate (out, 0);
  for (i = start; i < end; i++)
    {
      if (g_ascii_isspace (text[i]))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, text[i]);
    }
}

static gboolean
is_place_key (const char *key)
{
  if (strchr (key, ' ') == NULL)
    return (word_class (key) & W_PLACE) != 0;
  return g_hash_table_contains (place_table, key);
}

static gboolean
is_compass (const char *fold)
{
  static const char * const words[] = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "central", "upper", "lower", "greater", "northeast", "northwest", "southeast",
    "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (fold, words[i]) == 0)
      return TRUE;
  return FALSE;
}

static PxNameKind
guess_kind (Scan       *scan,
            const guint *idx,
            guint        n,
            const Info  *info,
            gboolean     titled)
{
  const GArray *toks = scan->toks;
  guint i;
  gboolean org = FALSE, place_kw = FALSE;

  if (titled)
    return PX_NAME_KIND_PERSON;
  if (info->is_initialism)
    return (word_class (info->key) & W_PLACE_ABBR) ? PX_NAME_KIND_PLACE : PX_NAME_KIND_ORG;
  if (is_place_key (info->key))
    return PX_NAME_KIND_PLACE;
  for (i = 0; i < n; i++)
    {
      const Tok *t = &g_array_index (toks, Tok, idx[i]);

      if (t->flags & T_LOWER)
        continue;
      if (t->cls & W_ORG)
        org = TRUE;
      if (t->cls & W_PLACE_KW)
        place_kw = TRUE;
    }
  if (org)
    return PX_NAME_KIND_ORG;
  if (place_kw)
    return PX_NAME_KIND_PLACE;
  /* "Southern California", "Greater Manchester", "Northern Syria" */
  if (info->n >= 2 && is_compass (info->fold[0]))
    return PX_NAME_KIND_PLACE;
  if (info->n >= 2)
    {
      for (i = 0; i < n; i++)
        if (g_array_index (toks, Tok, idx[i]).flags & T_DIGIT)
          return PX_NAME_KIND_UNKNOWN;
      return PX_NAME_KIND_PERSON;
    }
  return PX_NAME_KIND_UNKNOWN;
}

static void
emit_name (Finder      *finder,
           const guint *idx,
           guint        n,
           gsize        title_start,
           gsize        title_end)
{
  Scan *scan = finder->scan;
  const Tok *first, *last;
  PxName name = { 0 };
  Info info;

  while (n > 0 && !(g_array_index (scan->toks, Tok, idx[n - 1]).flags & T_CAP))
    n--;
  /* "Queen of Pinup" leaves "of Pinup" after its title */
  while (n > 0 && (g_array_index (scan->toks, Tok, idx[0]).flags & T_LOWER) &&
         !(g_array_index (scan->toks, Tok, idx[0]).cls & W_PARTICLE))
    {
      idx++;
      n--;
    }
  if (n == 0)
    return;

  first = &g_array_index (scan->toks, Tok, idx[0]);
  last = &g_array_index (scan->toks, Tok, idx[n - 1]);
  name.start = first->start;
  name.end = last->end;
  name.title_start = title_start;
  name.title_end = title_end;
  if (title_end <= title_start)
    name.title_start = name.title_end = name.start;

  append_span (finder->buf, scan->text, name.start, name.end);
  name.surface = g_string_chunk_insert (finder->list->chunk, finder->buf->str);
  if (name.title_end > name.title_start)
    {
      append_span (finder->buf, scan->text, name.title_start, name.title_end);
      name.title = g_string_chunk_insert (finder->list->chunk, finder->buf->str);
    }

  info_init (&info, name.surface);
  if (info.n == 0)
    {
      info_clear (&info);
      return;
    }
  name.key = g_string_chunk_insert (finder->list->chunk, info.key);
  name.kind = guess_kind (scan, idx, n, &info, name.title != NULL);

  g_array_append_val (finder->list->names, name);
  g_array_append_val (finder->list->infos, info);
}

/* A lower-case title right before a name: "U.N. envoy", "foreign minister",
 * "secretary of state". Returns the start of the title or @start. */
static gsize
lower_title_before (Scan  *scan,
                    guint  first_tok,
                    gsize  start)
{
  guint k = first_tok;
  guint steps = 0;
  gsize title_start = start;
  gboolean have_head = FALSE;
  gboolean closest = TRUE;

  while (k > 0 && steps < 5)
    {
      const Tok *cur = &g_array_index (scan->toks, Tok, k);
      const Tok *prev = &g_array_index (scan->toks, Tok, k - 1);

      if (!(cur->flags & T_JOIN) || !(prev->flags & T_LOWER))
        break;
      if (closest)
        {
          /* the word next to the name must end a title */
          if (!(prev->cls & (W_HEAD | W_OF_EXT)))
            break;
          closest = FALSE;
        }
      if (prev->cls & W_HEAD)
        {
          have_head = TRUE;
          title_start = prev->start;
        }
      else if (prev->cls & W_MOD)
        {
          if (have_head)
            title_start = prev->start;
        }
      else if (!(prev->cls & W_OF_EXT) && strcmp (prev->fold, "of") != 0)
        break;
      k--;
      steps++;
    }
  return have_head ? title_start : start;
}

static gboolean
starts_with_place (Scan        *scan,
                   const guint *idx,
                   guint        n)
{
  char key[2 * MAX_TOKEN_BYTES + 2];

  if (n < 2)
    return FALSE;
  g_snprintf (key, sizeof key, "%s %s", g_array_index (scan->toks, Tok, idx[0]).fold,
              g_array_index (scan->toks, Tok, idx[1]).fold);
  return g_hash_table_contains (place_table, key);
}

/* "Chilean", "Maltese", "Kuwaiti": only asked of a word before a title */
static gboolean
looks_like_demonym (const char *fold)
{
  static const char * const endings[] = { "an", "ese", "ish", "i", "ch", "ic" };
  gsize n = strlen (fold);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      gsize el = strlen (endings[i]);

      if (n > el + 3 && strcmp (fold + n - el, endings[i]) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
process_part (Finder *finder,
              guint  *idx,
              guint   n,
              int     depth)
{
  Scan *scan = finder->scan;
  const Tok *t0;
  guint k, last_head = G_MAXUINT, title_n = 0;
  gsize title_start = 0, title_end = 0;

  if (n == 0 || depth > 4)
    return;

  t0 = &g_array_index (scan->toks, Tok, idx[0]);

  /* Sentence-initial common words: "Rebels", "Talks", "Speaking"; but
   * "New York" */
  if ((t0->flags & T_SENT) && (n == 1 || !(t0->cls & (W_HEAD | W_MOD | W_PARTICLE))) &&
      !(t0->cls & (W_PLACE | W_ORG)) && !starts_with_place (scan, idx, n) &&
      is_common_sentence_word (scan, t0))
    {
      process_part (finder, idx + 1, n - 1, depth + 1);
      return;
    }

  /* "Top Russian officials": a demonym at the end qualifies a common noun */
  while (n >= 2 && (g_array_index (scan->toks, Tok, idx[n - 1]).cls & W_DEMONYM) &&
         !(g_array_index (scan->toks, Tok, idx[n - 1]).flags & T_ALLCAPS))
    n--;

  if (n == 1 && !(t0->flags & (T_ALLCAPS | T_DOTTED | T_HPART)))
    {
      /* "State", "President" alone; "Consensus" opening a sentence and
       * never written with a capital inside one */
      if ((t0->cls & (W_DEMONYM | W_MOD | W_HEAD)) && !(t0->cls & (W_PLACE)))
        return;
      /* ...unless it is no English word at all: "Lavrov said." */
      if ((t0->flags & T_SENT) && !(t0->cls & (W_PLACE | W_ORG)) &&
          !g_hash_table_contains (scan->cap_inside, t0->fold) &&
          px_word_freq_information (t0->fold, -1) >= 0)
        return;
    }

  /* Titles in front: "Russian Foreign Minister", "U.S. Secretary of State" */
  for (k = 0; k < n && k < 7; )
    {
      const Tok *t = &g_array_index (scan->toks, Tok, idx[k]);

      if (t->cls & W_HEAD && !(t->flags & T_ALLCAPS && !(t->flags & T_DOTTED) &&
                                t->n_letters > 3))
        {
          last_head = k;
          k++;
          if (k + 1 < n && strcmp (g_array_index (scan->toks, Tok, idx[k]).fold, "of") == 0 &&
              (g_array_index (scan->toks, Tok, idx[k + 1]).cls & W_OF_EXT))
            {
              k += 2;
              while (k < n && (g_array_index (scan->toks, Tok, idx[k]).cls & W_OF_EXT) &&
                     k - last_head < 5)
                k++;
              last_head = k - 1;
            }
          continue;
        }
      if ((t->cls & (W_MOD | W_DEMONYM)) || (t->flags & T_DOTTED) ||
          ((t->flags & T_ALLCAPS) && t->n_letters <= 3) || looks_like_demonym (t->fold))
        {
          k++;
          continue;
        }
      break;
    }
  /* "Alaska Governor Sarah Palin", "Palmer Fire Chief Jon Owen": a
   * qualifier before the title, and a full name after it */
  if (last_head == G_MAXUINT)
    {
      guint h;

      for (h = 1; h + 2 < n && h <= 4 && last_head == G_MAXUINT; h++)
        {
          const Tok *t = &g_array_index (scan->toks, Tok, idx[h]);

          if (!(t->flags & T_CAP))
            break;
          if ((t->cls & W_HEAD) && !(t->flags & T_ALLCAPS))
            {
              last_head = h;
              while (last_head + 3 < n &&
                     (g_array_index (scan->toks, Tok, idx[last_head + 1]).cls & W_HEAD))
                last_head++;
            }
        }
    }
  if (last_head != G_MAXUINT)
    {
      title_n = last_head + 1;
      if (title_n >= n)
        return;   /* a title alone: "the President" */
      /* "Justice Department" is an office, not a judge */
      if (g_array_index (scan->toks, Tok, idx[title_n]).cls & W_ORG)
        {
          emit_name (finder, idx, n, 0, 0);
          return;
        }
      title_start = t0->start;
      title_end = g_array_index (scan->toks, Tok, idx[last_head]).end;
      idx += title_n;
      n -= title_n;
      t0 = &g_array_index (scan->toks, Tok, idx[0]);
    }
  else
    {
      title_start = lower_title_before (scan, idx[0], t0->start);
      title_end = title_start < t0->start ? g_array_index (scan->toks, Tok, idx[0] - 1).end : 0;
      if (title_end == 0)
        title_start = 0;
    }

  /* "Syria Staffan de Mistura": a place run into a name */
  if (n >= 2 && title_n == 0)
    {
      guint p;

      for (p = 1; p <= 3 && p + 2 <= n; p++)
        {
          GString *key = finder->buf;
          guint q;
          const Tok *after = &g_array_index (scan->toks, Tok, idx[p]);

          g_string_truncate (key, 0);
          for (q = 0; q < p; q++)
            {
              if (q)
                g_string_append_c (key, ' ');
              g_string_append (key, g_array_index (scan->toks, Tok, idx[q]).fold);
            }
          if (is_place_key (key->str) && (after->flags & T_CAP) &&
              !(after->cls & (W_ORG | W_PLACE_KW)) &&
              !(g_array_index (scan->toks, Tok, idx[p - 1]).flags & T_ALLCAPS &&
                after->flags & T_ALLCAPS))
            {
              emit_name (finder, idx, p, 0, 0);
              process_part (finder, idx + p, n - p, depth + 1);
              return;
            }
        }
    }

  if (n == 1 && (t0->cls & W_DEMONYM) && !(t0->flags & T_ALLCAPS))
    return;

  emit_name (finder, idx, n, title_start, title_end);
}

/* In a Title Case line a capital proves nothing: a word there belongs to a
 * name only if the text capitalises it elsewhere too ("Singer Rosa Delgado
 * ... After Tour" gives "Rosa Delgado"). Capitals throughout ("UNHCR") are
 * evidence enough, and a text of nothing but headlines has nothing else to
 * go by. */
static gboolean
is_common_headline_word (Scan      *scan,
                         const Tok *t)
{
  if (t->flags & (T_ALLCAPS | T_DOTTED))
    return FALSE;

  return is_common_sentence_word (scan, t) ||
         (scan->has_body && !g_hash_table_contains (scan->cap_outside, t->fold));
}

/* Splits a run of words at weekdays, months, function words and headings */
static void
process_run (Finder *finder,
             guint   first,
             guint   last)
{
  Scan *scan = finder->scan;
  guint idx[MAX_NAME_TOKENS + 2];
  guint n = 0, i, caps_run = 0, caps_long = 0;

  /* A heading in capitals: "SLOW PROGRESS" */
  for (i = first; i <= last; i++)
    {
      const Tok *t = &g_array_index (scan->toks, Tok, i);

      if (!(t->flags & T_ALLCAPS) || (t->flags & T_DOTTED))
        break;
      caps_run++;
      if (t->n_letters >= 4)
        caps_long++;
    }
  if (caps_run >= 2 && caps_long >= 2)
    first += caps_run;

  for (i = first; i <= last && first <= last; i++)
    {
      const Tok *t = &g_array_index (scan->toks, Tok, i);
      gboolean split = FALSE;

      if (t->flags & T_CAP)
        {
          if (t->cls & W_WEEKDAY && !(t->flags & T_ALLCAPS && t->n_letters <= 3))
            split = TRUE;
          else if ((t->flags & T_HEADLINE) && !(t->cls & (W_PLACE | W_ORG)) &&
                   is_common_headline_word (scan, t))
            split = TRUE;
          else if (is_compound_adjective (t->fold))
            {
              const Tok *next = i + 1 <= last ? &g_array_index (scan->toks, Tok, i + 1) : NULL;
              const char *dash = strrchr (t->fold, '-');

              /* "UN-Arab League" is a name; "US-Russian relations" is not */
              split = !(next && (next->flags & T_CAP) && (word_class (dash + 1) & W_DEMONYM));
            }
          else if ((t->cls & W_FUNC) && !(t->flags & (T_ALLCAPS | T_DOTTED)) &&
                   !(t->flags & T_HPART))
            split = TRUE;
          else if (t->cls & (W_MONTH | W_MONTH_ABBR))
            {
              const Tok *next = i + 1 < scan->toks->len ?
                                &g_array_index (scan->toks, Tok, i + 1) : NULL;
              gboolean before_number = next && (next->flags & T_DIGIT);

              if (t->cls & W_MONTH_ABBR && !(t->cls & W_MONTH))
                split = before_number || (t->flags & T_ABBR);
              else
                split = before_number || (t->flags & T_ABBR) || n == 0;
            }
        }
      if (split)
        {
          process_part (finder, idx, n, 0);
          n = 0;
          continue;
        }
      /* no lower-case word opens a name unless it is a particle */
      if (n == 0 && (t->flags & T_LOWER) && !(t->cls & W_PARTICLE))
        continue;
      if (n < MAX_NAME_TOKENS)
        idx[n++] = i;
      else
        {
          process_part (finder, idx, n, 0);
          n = 0;
          idx[n++] = i;
        }
    }
  process_part (finder, idx, n, 0);
}

static gboolean
tok_is (const Tok  *t,
        const char *word)
{
  return (t->flags & T_LOWER) && strcmp (t->fold, word) == 0;
}

static gboolean
can_open (const Tok *t)
{
  return (t->flags & T_CAP) && !(t->flags & T_LONG);
}

static void
find_runs (Finder *finder)
{
  Scan *scan = finder->scan;
  GArray *toks = scan->toks;
  guint i = 0;

  while (i < toks->len)
    {
      const Tok *t = &g_array_index (toks, Tok, i);
      guint j, count = 1;
      gboolean has_of = FALSE;

      if (!can_open (t))
        {
          /* de Mistura, van der Berg: a particle opening a name mid-sentence */
          if ((t->flags & T_LOWER) && (t->cls & W_PARTICLE) && !(t->flags & T_SENT))
            {
              guint k = i + 1;

              while (k < toks->len && k < i + 3 &&
                     (g_array_index (toks, Tok, k).flags & T_JOIN) &&
                     (g_array_index (toks, Tok, k).cls & W_PARTICLE) &&
                     (g_array_index (toks, Tok, k).flags & T_LOWER))
                k++;
              if (!(k < toks->len && (g_array_index (toks, Tok, k).flags & T_JOIN) &&
                    can_open (&g_array_index (toks, Tok, k))))
                {
                  i++;
                  continue;
                }
            }
          else
            {
              i++;
              continue;
            }
        }

      j = i;
      while (j + 1 < toks->len && count < 4 * MAX_NAME_TOKENS)
        {
          const Tok *cur = &g_array_index (toks, Tok, j);
          const Tok *nx = &g_array_index (toks, Tok, j + 1);
          guint k, m;

          if (!(nx->flags & T_JOIN) || (cur->flags & T_POSS))
            break;
          if (can_open (nx))
            {
              j++;
              count++;
              continue;
            }
          if (!(nx->flags & T_LOWER))
            break;

          /* particles, then connectors, each followed by a capital */
          m = 0;
          for (k = j + 1; k < toks->len && m < 3; k++, m++)
            {
              const Tok *w = &g_array_index (toks, Tok, k);

              if (!(w->flags & T_JOIN) || !(w->flags & T_LOWER))
                break;
              if (w->cls & W_PARTICLE)
                continue;
              if (tok_is (w, "of") || tok_is (w, "for"))
                {
                  if (!(cur->cls & (W_ORG | W_HEAD | W_PLACE_KW)) && !has_of)
                    break;
                  continue;
                }
              if (tok_is (w, "and") && has_of)
                continue;
              if (tok_is (w, "the") && m > 0)
                continue;
              break;
            }
          if (k > j + 1 && k < toks->len && (g_array_index (toks, Tok, k).flags & T_JOIN) &&
              can_open (&g_array_index (toks, Tok, k)))
            {
              guint z;
              gboolean only_particles = TRUE;

              for (z = j + 1; z < k; z++)
                if (!(g_array_index (toks, Tok, z).cls & W_PARTICLE))
                  only_particles = FALSE;
              if (!only_particles)
                has_of = TRUE;
              count += k - j;
              j = k;
              continue;
            }
          break;
        }

      process_run (finder, i, j);
      i = j + 1;
    }
}

static gboolean
gap_is (const char *text,
        gsize       start,
        gsize       end,
        const char * const *forms)
{
  char buf[MAX_GAP + 1];
  gsize n = 0, i;
  gboolean space = FALSE;
  guint f;

  if (end < start || end - start > MAX_GAP)
    return FALSE;
  for (i = start; i < end; i++)
    {
      char c = text[i];

      if (g_ascii_isspace (c))
        {
          space = TRUE;
          continue;
        }
      if (space && n > 0)
        buf[n++] = ' ';
      space = FALSE;
      buf[n++] = g_ascii_tolower (c);
    }
  buf[n] = '\0';
  /* "known as the Nusra Front" */
  if (n >= 4 && strcmp (buf + n - 4, " the") == 0)
    buf[n - 4] = '\0';
  for (f = 0; forms[f] != NULL; f++)
    if (strcmp (buf, forms[f]) == 0)
      return TRUE;
  return FALSE;
}

/* "X (the Y group)", "X, also known as Y", "X (Y)" */
static void
find_aliases (Finder *finder)
{
  static const char * const paren_forms[] = {
    "(", "(the", "(also known as", "(known as", "(also known as the", "(or", "(aka",
    "(formerly", "(formerly known as", NULL,
  };
  static const char * const comma_forms[] = {
    ", also known as", ", known as", ", also called", ", formerly known as", ", aka",
    ", a.k.a.", ", also known as the", ", which calls itself", ", or the", "also known as",
    "known as", "\xe2\x80\x94 also known as", "- also known as", NULL,
  };
  static const char * const or_forms[] = { ", or", "or", NULL };
  PxNameList *list = finder->list;
  const char *text = finder->scan->text;
  gsize len = finder->scan->len;
  guint i;

  for (i = 0; i + 1 < list->names->len; i++)
    {
      const PxName *a = &g_array_index (list->names, PxName, i);
      const PxName *b = &g_array_index (list->names, PxName, i + 1);
      const Info *ia = &g_array_index (list->infos, Info, i);
      const Info *ib = &g_array_index (list->infos, Info, i + 1);
      gboolean alias = FALSE;
      gsize b_start = b->title_end > b->title_start ? b->title_start : b->start;

      if (a->title != NULL && b->title != NULL)
        continue;
      if (gap_is (text, a->end, b_start, paren_forms))
        {
          static const char * const bare[] = { "(", NULL };
          /* the closing parenthesis after at most two lower-case words */
          gsize p = b->end;
          guint words = 0;

          while (p < len && p < b->end + MAX_GAP)
            {
              if (text[p] == ')')
                {
                  alias = TRUE;
                  break;
                }
              if (g_ascii_islower (text[p]))
                {
                  words++;
                  while (p < len && g_ascii_isalpha (text[p]))
                    p++;
                  if (words > 2)
                    break;
                  continue;
                }
              if (!g_ascii_isspace (text[p]))
                break;
              p++;
            }
          /* "John Smith (USA)" is a nationality, "Ann Lee (left)" a caption:
           * brackets after a person declare nothing */
          if (alias && (a->kind == PX_NAME_KIND_PERSON || b->kind == PX_NAME_KIND_PERSON))
            alias = FALSE;
          /* bare brackets, "Springfield (Ohio)", hold an initialism of the
           * name or a name with its kind: "(Islamic State group)" */
          if (alias && words == 0 && gap_is (text, a->end, b_start, bare) &&
              relate_infos (ia, a->kind, ib, b->kind) != PX_NAME_RELATION_INITIALISM)
            alias = FALSE;
          if (alias && ia->is_initialism && ib->is_initialism)
            alias = FALSE;
        }
      else if (gap_is (text, a->end, b_start, comma_forms))
        alias = TRUE;
      else if (ib->is_initialism && gap_is (text, a->end, b_start, or_forms))
        alias = TRUE;

      if (alias)
        {
          guint pair[2] = { i, i + 1 };

          g_array_append_vals (list->aliases, pair, 2);
        }
    }
}

static void
clear_info_cb (gpointer data)
{
  info_clear (data);
}

/**
 * px_names_find:
 * @text: UTF-8 text
 * @len: bytes of @text, or -1 if nul-terminated
 *
 * Finds the names of people, places and organisations in a text: runs of
 * capitalised words with their particles, a title in front split off,
 * sentence-initial common words, weekdays, months and headings left out,
 * and aliases the text declares ("Daesh (the Islamic State group)").
 *
 * Returns: (transfer full): the names in text order
 */
PxNameList *
px_names_find (const char *text,
               gssize      len)
{
  PxNameList *list;
  Scan scan = { 0 };
  Finder finder = { 0 };

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  load_lexicon ();
  if (len < 0)
    len = strlen (text);

  list = g_new0 (PxNameList, 1);
  g_atomic_ref_count_init (&list->ref_count);
  list->names = g_array_new (FALSE, FALSE, sizeof (PxName));
  list->infos = g_array_new (FALSE, FALSE, sizeof (Info));
  g_array_set_clear_func (list->infos, clear_info_cb);
  list->aliases = g_array_new (FALSE, FALSE, sizeof (guint));
  list->chunk = g_string_chunk_new (1024);

  scan.text = text ? text : "";
  scan.len = len;
  scan.toks = g_array_new (FALSE, FALSE, sizeof (Tok));
  scan.chunk = g_string_chunk_new (4096);
  scan.lower_seen = g_hash_table_new (g_str_hash, g_str_equal);
  scan.cap_inside = g_hash_table_new (g_str_hash, g_str_equal);
  scan.cap_outside = g_hash_table_new (g_str_hash, g_str_equal);

  tokenize (&scan);
  mark_headlines (&scan);

  finder.scan = &scan;
  finder.list = list;
  finder.buf = g_string_new (NULL);
  find_runs (&finder);
  find_aliases (&finder);

  g_string_free (finder.buf, TRUE);
  g_hash_table_unref (scan.lower_seen);
  g_hash_table_unref (scan.cap_inside);
  g_hash_table_unref (scan.cap_outside);
  g_string_chunk_free (scan.chunk);
  g_array_unref (scan.toks);

  return list;
}

PxNameList *
px_name_list_ref (PxNameList *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
px_name_list_unref (PxNameList *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_array_unref (self->names);
      g_array_unref (self->infos);
      g_array_unref (self->aliases);
      g_string_chunk_free (self->chunk);
      g_free (self);
    }
}

/**
 * px_name_list_get_n_names:
 * @self: a #PxNameList
 *
 * Returns: the number of names
 */
guint
px_name_list_get_n_names (const PxNameList *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->names->len;
}

/**
 * px_name_list_get:
 * @self: a #PxNameList
 * @i: index of a name
 *
 * Returns: (transfer none): the @i-th name in text order
 */
const PxName *
px_name_list_get (const PxNameList *self,
                  guint             i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->names->len, NULL);

  return &g_array_index (self->names, PxName, i);
}

/**
 * px_name_list_find_range:
 * @self: a #PxNameList
 * @start: first byte of a span of the text, such as a sentence
 * @end: one past its last byte
 * @first: (out): index of the first name inside the span
 *
 * Finds the names that lie wholly inside a span, by binary search.
 *
 * Returns: how many names, from @first on, lie inside the span
 */
guint
px_name_list_find_range (const PxNameList *self,
                         gsize             start,
                         gsize             end,
                         guint            *first)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (first != NULL, 0);

  return _px_spans_find_range (self->names->data, self->names->len, sizeof (PxName),
                               G_STRUCT_OFFSET (PxName, start), G_STRUCT_OFFSET (PxName, end),
                               start, end, first);
}

/**
 * px_name_list_get_n_aliases:
 * @self: a #PxNameList
 *
 * Returns: the number of aliases the text declares
 */
guint
px_name_list_get_n_aliases (const PxNameList *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->aliases->len / 2;
}

/**
 * px_name_list_get_alias:
 * @self: a #PxNameList
 * @i: index of an alias
 * @name_a: (out) (optional): the name declared first
 * @name_b: (out) (optional): its alias
 *
 * Returns: %TRUE if @i is a valid alias index
 */
gboolean
px_name_list_get_alias (const PxNameList *self,
                        guint             i,
                        guint            *name_a,
                        guint            *name_b)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (i >= self->aliases->len / 2)
    return FALSE;
  if (name_a)
    *name_a = g_array_index (self->aliases, guint, 2 * i);
  if (name_b)
    *name_b = g_array_index (self->aliases, guint, 2 * i + 1);
  return TRUE;
}

/**
 * px_name_kind_to_string:
 * @kind: a #PxNameKind
 *
 * Returns: "person", "place", "org" or "unknown"
 */
const char *
px_name_kind_to_string (PxNameKind kind)
{
  switch (kind)
    {
    case PX_NAME_KIND_PERSON:
      return "person";
    case PX_NAME_KIND_PLACE:
      return "place";
    case PX_NAME_KIND_ORG:
      return "org";
    case PX_NAME_KIND_UNKNOWN:
    default:
      return "unknown";
    }
}

/**
 * px_name_relation_to_string:
 * @relation: a #PxNameRelation
 *
 * Returns: a short English word for the relation, for reports and tests
 */
const char *
px_name_relation_to_string (PxNameRelation relation)
{
  static const char * const names[] = {
    "none", "same", "transliteration", "particle", "middle-name", "short-form",
    "initialism", "alias", "same-entity",
  };

  if ((guint) relation < G_N_ELEMENTS (names))
    return names[relation];
  return "none";
}

/* ---- The index ---- */

struct _PxNameIndex
{
  gatomicrefcount ref_count;
  guint n_lists;
  PxNameList **lists;
  guint *offsets;      /* first global mention of each article; n_lists + 1 */
  guint n_mentions;
  int *entity;         /* per global mention */
  guint n_entities;
  char **display;
  PxNameKind *kinds;
  gboolean *aliased;
  const char **spelling;   /* n_entities × n_lists */
};

G_DEFINE_BOXED_TYPE (PxNameIndex, px_name_index, px_name_index_ref, px_name_index_unref)

typedef struct {
  PxNameIndex *index;
  guint *parent;
  gboolean *alias_root;
  gboolean *first_of_key;   /* the first mention of its key in its article */
  guint *article;           /* article of each global mention */
} Builder;

static guint
uf_find (guint *parent,
         guint  x)
{
  while (parent[x] != x)
    {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
  return x;
}

static void
uf_union (Builder *b,
          guint    x,
          guint    y,
          gboolean alias)
{
  guint rx = uf_find (b->parent, x), ry = uf_find (b->parent, y);

  if (rx == ry)
    {
      if (alias)
        b->alias_root[rx] = TRUE;
      return;
    }
  if (ry < rx)
    {
      guint t = rx;
      rx = ry;
      ry = t;
    }
  b->parent[ry] = rx;
  b->alias_root[rx] = b->alias_root[rx] || b->alias_root[ry] || alias;
}

static const PxName *
mention_name (const PxNameIndex *self,
              guint              g,
              guint              article)
{
  return &g_array_index (self->lists[article]->names, PxName, g - self->offsets[article]);
}

static const Info *
mention_info (const PxNameIndex *self,
              guint              g,
              guint              article)
{
  return &g_array_index (self->lists[article]->infos, Info, g - self->offsets[article]);
}

static void
ptr_array_unref_cb (gpointer data)
{
  g_ptr_array_unref (data);
}

static void
add_to_bucket (GHashTable *table,
               const char *key,
               guint       g)
{
  GPtrArray *bucket = g_hash_table_lookup (table, key);

  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (table, g_strdup (key), bucket);
    }
  if (bucket->len < MAX_BLOCK)
    g_ptr_array_add (bucket, GUINT_TO_POINTER (g));
}

static void
add_to_bucket_max (GHashTable *table,
                   const char *key,
                   guint       g,
                   guint       max)
{
  GPtrArray *bucket = g_hash_table_lookup (table, key);

  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (table, g_strdup (key), bucket);
    }
  if (bucket->len < max)
    g_ptr_array_add (bucket, GUINT_TO_POINTER (g));
}

/* Buckets of first mentions per article hold at most one per article */
static void
add_to_article_bucket (GHashTable *table,
                       const char *key,
                       guint       g)
{
  GPtrArray *bucket = g_hash_table_lookup (table, key);

  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (table, g_strdup (key), bucket);
    }
  g_ptr_array_add (bucket, GUINT_TO_POINTER (g));
}

/* Within one article: same key, declared aliases, surnames for the full
 * name the article introduced, "the Observatory" for the organisation. */
static void
link_within_article (Builder *b,
                     guint    article)
{
  PxNameIndex *self = b->index;
  guint first = self->offsets[article], last = self->offsets[article + 1];
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) single_firsts = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                               g_free, NULL);
  g_autoptr(GHashTable) by_surname = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                            g_free, ptr_array_unref_cb);
  g_autoptr(GHashTable) by_org_word = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                             g_free, ptr_array_unref_cb);
  PxNameList *list = self->lists[article];
  guint g, i;

  /* Full names and initialisms with the same key are one entity; a surname
   * alone is not yet: "Gigante" may be Vincent in one place, Louis in the
   * next. */
  for (g = first; g < last; g++)
    {
      const PxName *name = mention_name (self, g, article);
      const Info *info = mention_info (self, g, article);
      gpointer prev;

      if (info->n == 1 && !info->is_initialism)
        continue;
      if (info->n >= 2 && !info->is_initialism)
        {
          if (name->kind == PX_NAME_KIND_PERSON || name->kind == PX_NAME_KIND_UNKNOWN)
            add_to_bucket_max (by_surname, info->canon[info->n - 1], g, 4 * MAX_BLOCK);
          else if (name->kind == PX_NAME_KIND_ORG)
            for (i = 1; i < info->n; i++)
              if (word_class (info->fold[i]) & W_ORG)
                add_to_bucket (by_org_word, info->canon[i], g);
        }
      if (g_hash_table_lookup_extended (by_key, name->key, NULL, &prev))
        {
          uf_union (b, GPOINTER_TO_UINT (prev), g, FALSE);
          continue;
        }
      g_hash_table_insert (by_key, (gpointer) name->key, GUINT_TO_POINTER (g));
      b->first_of_key[g] = TRUE;
    }

  for (i = 0; i < list->aliases->len; i += 2)
    uf_union (b, first + g_array_index (list->aliases, guint, i),
              first + g_array_index (list->aliases, guint, i + 1), TRUE);

  for (g = first; g < last; g++)
    {
      const Info *info = mention_info (self, g, article);
      const PxName *name = mention_name (self, g, article);
      GPtrArray *bucket = NULL;
      guint best = G_MAXUINT, j;
      char *slot;
      gpointer rep;

      if (info->n != 1 || info->is_initialism)
        continue;
      if (name->kind != PX_NAME_KIND_PLACE &&
          (name->kind != PX_NAME_KIND_ORG || (word_class (info->fold[0]) & W_ORG)))
        {
          bucket = g_hash_table_lookup (by_surname, info->canon[0]);
          if (bucket == NULL && (word_class (info->fold[0]) & W_ORG))
            bucket = g_hash_table_lookup (by_org_word, info->canon[0]);
        }
      /* the nearest full name before, else the first after */
      for (j = 0; bucket != NULL && j < bucket->len; j++)
        {
          guint c = GPOINTER_TO_UINT (g_ptr_array_index (bucket, j));

          if (c < g)
            best = c;
          else if (best == G_MAXUINT)
            {
              best = c;
              break;
            }
        }
      if (best != G_MAXUINT)
        {
          uf_union (b, best, g, FALSE);
          slot = g_strdup_printf ("%s\001%u", name->key, uf_find (b->parent, best));
        }
      else
        slot = g_strdup (name->key);

      /* one representative per spelling and entity, for the other articles */
      if (g_hash_table_lookup_extended (single_firsts, slot, NULL, &rep))
        {
          uf_union (b, GPOINTER_TO_UINT (rep), g, FALSE);
          g_free (slot);
        }
      else
        {
          g_hash_table_insert (single_firsts, slot, GUINT_TO_POINTER (g));
          b->first_of_key[g] = TRUE;
        }
    }
}

static gboolean
root_has_long_form (Builder    *b,
                    GHashTable *long_roots,
                    guint       g)
{
  return g_hash_table_contains (long_roots, GUINT_TO_POINTER (uf_find (b->parent, g)));
}

static void
link_across_articles (Builder *b)
{
  PxNameIndex *self = b->index;
  g_autoptr(GHashTable) multi_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) blocks = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                        g_free, ptr_array_unref_cb);
  g_autoptr(GHashTable) initialisms = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                             g_free, ptr_array_unref_cb);
  g_autoptr(GHashTable) surnames = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                          g_free, ptr_array_unref_cb);
  g_autoptr(GHashTable) singles = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                         g_free, ptr_array_unref_cb);
  g_autoptr(GHashTable) long_roots = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;
  guint g;

  /* Full forms: the same key, then transliterations and middle names among
   * the forms that share the skeleton of their last word. */
  for (g = 0; g < self->n_mentions; g++)
    {
      guint a = b->article[g];
      const PxName *name = mention_name (self, g, a);
      const Info *info = mention_info (self, g, a);
      gpointer prev;
      char sk[MAX_TOKEN_BYTES + 1];

      if (info->is_initialism || info->n < 2)
        continue;
      if (g_hash_table_lookup_extended (multi_by_key, name->key, NULL, &prev))
        {
          uf_union (b, GPOINTER_TO_UINT (prev), g, FALSE);
          continue;
        }
      g_hash_table_insert (multi_by_key, (gpointer) name->key, GUINT_TO_POINTER (g));
      if (strlen (info->canon[info->n - 1]) > MAX_TOKEN_BYTES)
        continue;
      /* plural and singular share a block */
      if (skeleton (info->canon[info->n - 1], sk, sizeof sk) > 2 && sk[strlen (sk) - 1] == 's')
        sk[strlen (sk) - 1] = '\0';
      add_to_bucket (blocks, sk, g);
    }

  g_hash_table_iter_init (&iter, blocks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *bucket = value;
      guint i, j;

      for (i = 0; i < bucket->len; i++)
        for (j = i + 1; j < bucket->len; j++)
          {
            guint x = GPOINTER_TO_UINT (g_ptr_array_index (bucket, i));
            guint y = GPOINTER_TO_UINT (g_ptr_array_index (bucket, j));
            guint ax = b->article[x], ay = b->article[y];
            PxNameRelation r = relate_infos (mention_info (self, x, ax),
                                             mention_name (self, x, ax)->kind,
                                             mention_info (self, y, ay),
                                             mention_name (self, y, ay)->kind);

            if (r == PX_NAME_RELATION_SAME || r == PX_NAME_RELATION_TRANSLITERATION ||
                r == PX_NAME_RELATION_PARTICLE || r == PX_NAME_RELATION_MIDDLE_NAME)
              uf_union (b, x, y, FALSE);
          }
    }

  /* Initialisms: U.N. / United Nations when only one long form fits */
  for (g = 0; g < self->n_mentions; g++)
    {
      guint a = b->article[g];
      const PxName *name = mention_name (self, g, a);
      const Info *info = mention_info (self, g, a);

      if (!info->is_initialism && info->n >= 2 && info->initialism[0] != '\0' &&
          name->kind != PX_NAME_KIND_PERSON)
        {
          char *lower = g_ascii_strdown (info->initialism, -1);

          add_to_bucket (initialisms, lower, g);
          g_free (lower);
        }
      if (!info->is_initialism && info->n >= 2)
        {
          g_hash_table_add (long_roots, GUINT_TO_POINTER (uf_find (b->parent, g)));
          if (name->kind == PX_NAME_KIND_PERSON || name->kind == PX_NAME_KIND_UNKNOWN)
            add_to_bucket (surnames, info->canon[info->n - 1], g);
        }
    }
  for (g = 0; g < self->n_mentions; g++)
    {
      guint a = b->article[g];
      const Info *info = mention_info (self, g, a);
      GPtrArray *bucket;
      guint i, root = G_MAXUINT;
      gboolean unique = TRUE;

      if (!info->is_initialism)
        continue;
      bucket = g_hash_table_lookup (initialisms, info->key);
      if (bucket == NULL)
        continue;
      for (i = 0; i < bucket->len; i++)
        {
          guint r = uf_find (b->parent, GPOINTER_TO_UINT (g_ptr_array_index (bucket, i)));

          if (root == G_MAXUINT)
            root = r;
          else if (r != root)
            unique = FALSE;
        }
      if (unique && root != G_MAXUINT)
        {
          uf_union (b, root, g, FALSE);
          g_hash_table_add (long_roots, GUINT_TO_POINTER (uf_find (b->parent, g)));
        }
    }

  /* Rebuild the set of roots with a long form after the unions */
  {
    GHashTable *fresh = g_hash_table_new (NULL, NULL);

    for (g = 0; g < self->n_mentions; g++)
      {
        const Info *info = mention_info (self, g, b->article[g]);

        if (info->n >= 2 && !info->is_initialism)
          g_hash_table_add (fresh, GUINT_TO_POINTER (uf_find (b->parent, g)));
      }
    g_hash_table_remove_all (long_roots);
    g_hash_table_iter_init (&iter, fresh);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (long_roots, key);
    g_hash_table_unref (fresh);
  }

  /* Single words: the same word in several articles is one entity; it
   * joins a full name when exactly one full name fits. */
  for (g = 0; g < self->n_mentions; g++)
    {
      const PxName *name = mention_name (self, g, b->article[g]);
      const Info *info = mention_info (self, g, b->article[g]);

      if ((info->n == 1 || info->is_initialism) && b->first_of_key[g])
        add_to_article_bucket (singles, name->key, g);
    }
  g_hash_table_iter_init (&iter, singles);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *bucket = value;
      guint i, bare = G_MAXUINT, target = G_MAXUINT;
      gboolean unique = TRUE;
      const Info *info;

      for (i = 0; i < bucket->len; i++)
        {
          guint m = GPOINTER_TO_UINT (g_ptr_array_index (bucket, i));

          if (root_has_long_form (b, long_roots, m))
            {
              guint r = uf_find (b->parent, m);

              if (target == G_MAXUINT)
                target = r;
              else if (target != r)
                unique = FALSE;
            }
          else if (bare == G_MAXUINT)
            bare = m;
          else
            uf_union (b, bare, m, FALSE);
        }
      if (bare == G_MAXUINT)
        continue;

      info = mention_info (self, bare, b->article[bare]);
      if (!info->is_initialism && info->n == 1)
        {
          GPtrArray *full = g_hash_table_lookup (surnames, info->canon[0]);

          for (i = 0; full != NULL && i < full->len; i++)
            {
              guint r = uf_find (b->parent, GPOINTER_TO_UINT (g_ptr_array_index (full, i)));

              if (target == G_MAXUINT)
                target = r;
              else if (target != r)
                unique = FALSE;
            }
        }
      if (unique && target != G_MAXUINT)
        uf_union (b, target, bare, FALSE);
    }
}

typedef struct {
  const char *surface;
  guint n_words;
  guint count;
} Form;

static const char *
best_form (GHashTable *forms)
{
  GHashTableIter iter;
  gpointer value;
  const Form *best = NULL;

  g_hash_table_iter_init (&iter, forms);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      const Form *f = value;

      if (best == NULL || f->n_words > best->n_words ||
          (f->n_words == best->n_words &&
           (f->count > best->count ||
            (f->count == best->count &&
             (strlen (f->surface) > strlen (best->surface) ||
              (strlen (f->surface) == strlen (best->surface) &&
               strcmp (f->surface, best->surface) < 0))))))
        best = f;
    }
  return best ? best->surface : NULL;
}

static void
count_form (GHashTable   *forms,
            const PxName *name,
            const Info   *info)
{
  Form *f = g_hash_table_lookup (forms, name->surface);

  if (f == NULL)
    {
      f = g_new0 (Form, 1);
      f->surface = name->surface;
      f->n_words = info->is_initialism ? 1 : info->n;
      g_hash_table_insert (forms, (gpointer) name->surface, f);
    }
  f->count++;
}

/**
 * px_name_index_new:
 * @lists: (array length=n_lists): the names of each article, in article order
 * @n_lists: number of articles
 *
 * Clusters the names of several articles into entities: transliterations,
 * particles, middle names, initialisms and the aliases a text declares;
 * a surname alone joins the full name its article introduced, or the only
 * full name of any article that fits.
 *
 * Returns: (transfer full): an immutable index
 */
PxNameIndex *
px_name_index_new (PxNameList * const *lists,
                   guint               n_lists)
{
  PxNameIndex *self;
  Builder b = { 0 };
  guint a, g, e;
  int *root_entity;
  GHashTable **forms, **article_forms;

  g_return_val_if_fail (lists != NULL || n_lists == 0, NULL);

  load_lexicon ();

  self = g_new0 (PxNameIndex, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->n_lists = n_lists;
  self->lists = g_new0 (PxNameList *, MAX (n_lists, 1));
  self->offsets = g_new0 (guint, n_lists + 1);
  for (a = 0; a < n_lists; a++)
    {
      self->lists[a] = px_name_list_ref (lists[a]);
      self->offsets[a + 1] = self->offsets[a] + lists[a]->names->len;
    }
  self->n_mentions = self->offsets[n_lists];

  b.index = self;
  b.parent = g_new (guint, MAX (self->n_mentions, 1));
  b.alias_root = g_new0 (gboolean, MAX (self->n_mentions, 1));
  b.first_of_key = g_new0 (gboolean, MAX (self->n_mentions, 1));
  b.article = g_new (guint, MAX (self->n_mentions, 1));
  for (a = 0; a < n_lists; a++)
    for (g = self->offsets[a]; g < self->offsets[a + 1]; g++)
      {
        b.parent[g] = g;
        b.article[g] = a;
      }

  for (a = 0; a < n_lists; a++)
    link_within_article (&b, a);
  link_across_articles (&b);

  /* Number the entities in order of first mention */
  self->entity = g_new (int, MAX (self->n_mentions, 1));
  root_entity = g_new (int, MAX (self->n_mentions, 1));
  for (g = 0; g < self->n_mentions; g++)
    root_entity[g] = -1;
  for (g = 0; g < self->n_mentions; g++)
    {
      guint r = uf_find (b.parent, g);

      if (root_entity[r] < 0)
        root_entity[r] = self->n_entities++;
      self->entity[g] = root_entity[r];
    }

  self->display = g_new0 (char *, MAX (self->n_entities, 1));
  self->kinds = g_new0 (PxNameKind, MAX (self->n_entities, 1));
  self->aliased = g_new0 (gboolean, MAX (self->n_entities, 1));
  self->spelling = g_new0 (const char *, MAX ((gsize) self->n_entities * n_lists, 1));
  forms = g_new0 (GHashTable *, MAX (self->n_entities, 1));
  article_forms = g_new0 (GHashTable *, MAX (self->n_entities, 1));
  {
    guint *votes = g_new0 (guint, 4 * (gsize) MAX (self->n_entities, 1));

    for (a = 0; a < n_lists; a++)
      {
        for (g = self->offsets[a]; g < self->offsets[a + 1]; g++)
          {
            const PxName *name = mention_name (self, g, a);
            const Info *info = mention_info (self, g, a);

            e = self->entity[g];
            if (forms[e] == NULL)
              forms[e] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
            if (article_forms[e] == NULL)
              article_forms[e] = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
            count_form (forms[e], name, info);
            count_form (article_forms[e], name, info);
            votes[e * 4 + name->kind]++;
            if (b.alias_root[uf_find (b.parent, g)])
              self->aliased[e] = TRUE;
          }
        for (e = 0; e < self->n_entities; e++)
          if (article_forms[e] != NULL)
            {
              self->spelling[(gsize) e * n_lists + a] = best_form (article_forms[e]);
              g_clear_pointer (&article_forms[e], g_hash_table_unref);
            }
      }
    for (e = 0; e < self->n_entities; e++)
      {
        guint k, best = PX_NAME_KIND_UNKNOWN;

        self->display[e] = g_strdup (best_form (forms[e]));
        for (k = PX_NAME_KIND_PERSON; k <= PX_NAME_KIND_ORG; k++)
          if (votes[e * 4 + k] > votes[e * 4 + best] ||
              (best == PX_NAME_KIND_UNKNOWN && votes[e * 4 + k] > 0))
            best = k;
        self->kinds[e] = best;
        g_hash_table_unref (forms[e]);
      }
    g_free (votes);
  }

  g_free (forms);
  g_free (article_forms);
  g_free (root_entity);
  g_free (b.parent);
  g_free (b.alias_root);
  g_free (b.first_of_key);
  g_free (b.article);
  return self;
}

PxNameIndex *
px_name_index_ref (PxNameIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
px_name_index_unref (PxNameIndex *self)
{
  guint i;

  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (i = 0; i < self->n_lists; i++)
    px_name_list_unref (self->lists[i]);
  for (i = 0; i < self->n_entities; i++)
    g_free (self->display[i]);
  g_free (self->lists);
  g_free (self->offsets);
  g_free (self->entity);
  g_free (self->display);
  g_free (self->kinds);
  g_free (self->aliased);
  g_free (self->spelling);
  g_free (self);
}

/**
 * px_name_index_get_n_entities:
 * @self: a #PxNameIndex
 *
 * Returns: the number of distinct entities
 */
guint
px_name_index_get_n_entities (const PxNameIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_entities;
}

static gboolean
valid_mention (const PxNameIndex *self,
               guint              article,
               guint              name)
{
  return article < self->n_lists && name < self->offsets[article + 1] - self->offsets[article];
}

/**
 * px_name_index_get_entity:
 * @self: a #PxNameIndex
 * @article: index of the article
 * @name: index of the name in that article's #PxNameList
 *
 * Returns: the entity of the name, or -1 if there is no such name
 */
int
px_name_index_get_entity (const PxNameIndex *self,
                          guint              article,
                          guint              name)
{
  g_return_val_if_fail (self != NULL, -1);

  if (!valid_mention (self, article, name))
    return -1;
  return self->entity[self->offsets[article] + name];
}

/**
 * px_name_index_same_entity:
 * @self: a #PxNameIndex
 * @article_a: article of the first name
 * @name_a: index of the first name
 * @article_b: article of the second name
 * @name_b: index of the second name
 *
 * Returns: %TRUE if both names refer to the same entity
 */
gboolean
px_name_index_same_entity (const PxNameIndex *self,
                           guint              article_a,
                           guint              name_a,
                           guint              article_b,
                           guint              name_b)
{
  int ea, eb;

  g_return_val_if_fail (self != NULL, FALSE);

  ea = px_name_index_get_entity (self, article_a, name_a);
  eb = px_name_index_get_entity (self, article_b, name_b);
  return ea >= 0 && ea == eb;
}

/**
 * px_name_index_get_relation:
 * @self: a #PxNameIndex
 * @article_a: article of the first name
 * @name_a: index of the first name
 * @article_b: article of the second name
 * @name_b: index of the second name
 *
 * Says why two names are the same entity: the direct relation of the two
 * spellings when there is one, %PX_NAME_RELATION_ALIAS when the entity
 * joined through a declared alias, %PX_NAME_RELATION_SAME_ENTITY otherwise.
 *
 * Returns: the relation, %PX_NAME_RELATION_NONE for different entities
 */
PxNameRelation
px_name_index_get_relation (const PxNameIndex *self,
                            guint              article_a,
                            guint              name_a,
                            guint              article_b,
                            guint              name_b)
{
  guint ga, gb;
  PxNameRelation r;

  g_return_val_if_fail (self != NULL, PX_NAME_RELATION_NONE);

  if (!px_name_index_same_entity (self, article_a, name_a, article_b, name_b))
    return PX_NAME_RELATION_NONE;
  ga = self->offsets[article_a] + name_a;
  gb = self->offsets[article_b] + name_b;
  r = relate_infos (mention_info (self, ga, article_a), mention_name (self, ga, article_a)->kind,
                    mention_info (self, gb, article_b), mention_name (self, gb, article_b)->kind);
  if (r != PX_NAME_RELATION_NONE)
    return r;
  return self->aliased[self->entity[ga]] ? PX_NAME_RELATION_ALIAS : PX_NAME_RELATION_SAME_ENTITY;
}

/**
 * px_name_index_get_display:
 * @self: a #PxNameIndex
 * @entity: an entity
 *
 * Returns: (nullable): the canonical spelling of the entity: the fullest,
 *   then most common form ("Bashar al-Assad", "United Nations")
 */
const char *
px_name_index_get_display (const PxNameIndex *self,
                           guint              entity)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (entity >= self->n_entities)
    return NULL;
  return self->display[entity];
}

/**
 * px_name_index_get_kind:
 * @self: a #PxNameIndex
 * @entity: an entity
 *
 * Returns: what the entity's mentions say it most likely is
 */
PxNameKind
px_name_index_get_kind (const PxNameIndex *self,
                        guint              entity)
{
  g_return_val_if_fail (self != NULL, PX_NAME_KIND_UNKNOWN);

  if (entity >= self->n_entities)
    return PX_NAME_KIND_UNKNOWN;
  return self->kinds[entity];
}

/**
 * px_name_index_get_spelling:
 * @self: a #PxNameIndex
 * @entity: an entity
 * @article: an article
 *
 * How an article spells an entity: its fullest, then most common form
 * there, so "Sergei Lavrov" rather than a later "Lavrov".
 *
 * Returns: (nullable): the spelling, %NULL if the article never names it
 */
const char *
px_name_index_get_spelling (const PxNameIndex *self,
                            guint              entity,
                            guint              article)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (entity >= self->n_entities || article >= self->n_lists)
    return NULL;
  return self->spelling[(gsize) entity * self->n_lists + article];
}
