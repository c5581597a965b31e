/* px-sentence-iter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-sentence-iter.h"

#include <string.h>

#include "px-chars-private.h"

/* A news-grade sentence splitter. One forward pass finds candidate bytes
 * through a class table (full stops, ?!, line breaks, a few UTF-8 lead
 * bytes); each candidate is then judged on a bounded look at the word
 * before it and the word after it. Nothing is allocated, and every byte
 * is looked at a bounded number of times, so even hostile input (megabytes
 * without spaces, runs of dots) takes linear time. */

typedef enum {
  ABBR_NONE,
  ABBR_TITLE,   /* comes before a name: Mr. Dr. Gen. St. (when capitalised) */
  ABBR_INNER,   /* never ends a sentence: vs. cf. viz. */
  ABBR_NUM,     /* comes before a number: No. 5, p. 55, Vol. 3 */
  ABBR_POST,    /* may end a sentence: etc. Jan. Calif. */
  ABBR_CORP,    /* ends a sentence only before a typical first word: Inc. Co. Jr. */
} AbbrKind;

/* Flags of the words in the vocabulary; the abbreviation kind sits in the
 * low bits. */
enum {
  V_ABBR_TITLE = ABBR_TITLE,
  V_ABBR_INNER = ABBR_INNER,
  V_ABBR_NUM = ABBR_NUM,
  V_ABBR_POST = ABBR_POST,
  V_ABBR_CORP = ABBR_CORP,
  V_ABBR_MASK = 0x7,
  V_STARTER = 1 << 3,         /* opens sentences: The, He, But */
  V_TIME_FOLLOWER = 1 << 4,   /* goes on after "5 p.m.": Friday, EST */
  V_CONTINUER = 1 << 5,       /* a line that ends on it goes on: the, of */
  V_FRONTING = 1 << 6,        /* "At 5 a.m. Mr. Smith" */
  V_MONTH = 1 << 7,
  V_WEEKDAY = 1 << 8,
  V_TIME_ZONE = 1 << 9,
  V_STAMP = 1 << 10,          /* Posted, Updated */
  V_STAMP_HEAD = 1 << 11,     /* First Published, Last Updated */
  V_SPEECH = 1 << 12,         /* "Go!" Smith said. */
  V_BANG_NAME = 1 << 13,      /* Yahoo! Sports */
};

typedef struct {
  const char *word;
  guint flags;
} VocabEntry;

/* Every word the rules look up, with what it is. Looked up through a hash
 * table built once. */
static const VocabEntry vocabulary[] = {
  { "a", V_STARTER | V_CONTINUER },
  { "about", V_CONTINUER | V_FRONTING },
  { "according", V_STARTER },
  { "added", V_SPEECH },
  { "adds", V_SPEECH },
  { "adm", V_ABBR_TITLE },
  { "admitted", V_SPEECH },
  { "aedt", V_TIME_ZONE },
  { "aest", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "after", V_STARTER | V_CONTINUER | V_FRONTING },
  { "agreed", V_SPEECH },
  { "akdt", V_TIME_ZONE },
  { "akst", V_TIME_ZONE },
  { "al", V_ABBR_POST },
  { "ala", V_ABBR_POST },
  { "all", V_STARTER },
  { "also", V_STARTER },
  { "although", V_STARTER },
  { "am", V_TIME_ZONE },
  { "an", V_STARTER | V_CONTINUER },
  { "and", V_STARTER | V_CONTINUER },
  { "announced", V_SPEECH },
  { "answered", V_SPEECH },
  { "approx", V_ABBR_NUM },
  { "apr", V_TIME_FOLLOWER | V_MONTH | V_ABBR_POST },
  { "april", V_TIME_FOLLOWER | V_MONTH },
  { "apt", V_ABBR_NUM },
  { "are", V_STARTER | V_CONTINUER },
  { "argued", V_SPEECH },
  { "ariz", V_ABBR_POST },
  { "ark", V_ABBR_POST },
  { "around", V_FRONTING },
  { "art", V_ABBR_NUM },
  { "arts", V_ABBR_NUM },
  { "as", V_STARTER | V_CONTINUER },
  { "asked", V_SPEECH },
  { "asks", V_SPEECH },
  { "assn", V_ABBR_POST },
  { "assoc", V_ABBR_CORP },
  { "at", V_STARTER | V_CONTINUER | V_FRONTING | V_TIME_ZONE },
  { "atty", V_ABBR_TITLE },
  { "aug", V_TIME_FOLLOWER | V_MONTH | V_ABBR_POST },
  { "august", V_TIME_FOLLOWER | V_MONTH },
  { "ave", V_ABBR_POST },
  { "be", V_CONTINUER },
  { "because", V_STARTER },
  { "been", V_CONTINUER },
  { "before", V_STARTER | V_CONTINUER | V_FRONTING },
  { "bldg", V_ABBR_NUM },
  { "blvd", V_ABBR_POST },
  { "both", V_STARTER },
  { "brig", V_ABBR_TITLE },
  { "bros", V_ABBR_CORP },
  { "bst", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "but", V_STARTER | V_CONTINUER },
  { "by", V_STARTER | V_CONTINUER | V_FRONTING },
  { "ca", V_ABBR_NUM },
  { "calif", V_ABBR_POST },
  { "can", V_STARTER },
  { "capt", V_ABBR_TITLE },
  { "cat", V_TIME_ZONE },
  { "cdr", V_ABBR_TITLE },
  { "cdt", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "central", V_TIME_FOLLOWER },
  { "cest", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "cet", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "cf", V_ABBR_INNER },
  { "ch", V_ABBR_NUM },
  { "chap", V_ABBR_NUM },
  { "circa", V_FRONTING },
  { "cmdr", V_ABBR_TITLE },
  { "co", V_ABBR_CORP },
  { "col", V_ABBR_TITLE },
  { "colo", V_ABBR_POST },
  { "comdr", V_ABBR_TITLE },
  { "concluded", V_SPEECH },
  { "conn", V_ABBR_POST },
  { "continued", V_SPEECH },
  { "corp", V_ABBR_CORP },
  { "cos", V_ABBR_CORP },
  { "could", V_STARTER },
  { "cpl", V_ABBR_TITLE },
  { "cried", V_SPEECH },
  { "cst", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "ct", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "date", V_STAMP_HEAD },
  { "dec", V_TIME_FOLLOWER | V_MONTH | V_ABBR_POST },
  { "december", V_TIME_FOLLOWER | V_MONTH },
  { "declared", V_SPEECH },
  { "del", V_ABBR_POST },
  { "dep", V_ABBR_TITLE },
  { "dept", V_ABBR_POST },
  { "det", V_ABBR_TITLE },
  { "did", V_STARTER },
  { "dist", V_ABBR_TITLE },
  { "div", V_ABBR_NUM },
  { "do", V_STARTER },
  { "does", V_STARTER },
  { "dr", V_ABBR_TITLE },
  { "e", V_BANG_NAME },
  { "each", V_STARTER },
  { "earlier", V_STARTER },
  { "eastern", V_TIME_FOLLOWER },
  { "eat", V_TIME_ZONE },
  { "ed", V_ABBR_NUM },
  { "edt", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "esq", V_ABBR_CORP },
  { "est", V_TIME_FOLLOWER | V_TIME_ZONE | V_ABBR_POST },
  { "et", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "etc", V_ABBR_POST },
  { "every", V_STARTER },
  { "ex", V_ABBR_NUM },
  { "exclaimed", V_SPEECH },
  { "explained", V_SPEECH },
  { "ext", V_ABBR_NUM },
  { "feb", V_TIME_FOLLOWER | V_MONTH | V_ABBR_POST },
  { "february", V_TIME_FOLLOWER | V_MONTH },
  { "fig", V_ABBR_NUM },
  { "figs", V_ABBR_NUM },
  { "first", V_STAMP_HEAD },
  { "fla", V_ABBR_POST },
  { "for", V_STARTER | V_CONTINUER },
  { "fr", V_ABBR_TITLE },
  { "fri", V_TIME_FOLLOWER | V_WEEKDAY | V_ABBR_POST },
  { "friday", V_TIME_FOLLOWER | V_WEEKDAY },
  { "from", V_STARTER | V_CONTINUER | V_FRONTING },
  { "ft", V_ABBR_TITLE },
  { "ga", V_ABBR_POST },
  { "gal", V_ABBR_POST },
  { "gen", V_ABBR_TITLE },
  { "gens", V_ABBR_TITLE },
  { "gmt", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "gov", V_ABBR_TITLE },
  { "govt", V_ABBR_POST },
  { "had", V_STARTER | V_CONTINUER },
  { "has", V_STARTER | V_CONTINUER },
  { "have", V_STARTER | V_CONTINUER },
  { "he", V_STARTER },
  { "her", V_STARTER | V_CONTINUER },
  { "here", V_STARTER },
  { "his", V_STARTER | V_CONTINUER },
  { "hon", V_ABBR_TITLE },
  { "how", V_STARTER },
  { "however", V_STARTER },
  { "hr", V_ABBR_POST },
  { "hrs", V_ABBR_POST },
  { "hst", V_TIME_ZONE },
  { "hwy", V_ABBR_NUM },
  { "i", V_STARTER },
  { "if", V_STARTER | V_CONTINUER },
  { "ill", V_ABBR_POST },
  { "in", V_STARTER | V_CONTINUER },
  { "inc", V_ABBR_CORP },
  { "ind", V_ABBR_POST },
  { "insisted", V_SPEECH },
  { "insp", V_ABBR_TITLE },
  { "intl", V_ABBR_POST },
  { "into", V_CONTINUER },
  { "is", V_STARTER | V_CONTINUER },
  { "ist", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "it", V_STARTER },
  { "its", V_STARTER | V_CONTINUER },
  { "jan", V_TIME_FOLLOWER | V_MONTH | V_ABBR_POST },
  { "january", V_TIME_FOLLOWER | V_MONTH },
  { "jeopardy", V_BANG_NAME },
  { "joked", V_SPEECH },
  { "jr", V_ABBR_CORP },
  { "jst", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "jul", V_TIME_FOLLOWER | V_MONTH | V_ABBR_POST },
  { "july", V_TIME_FOLLOWER | V_MONTH },
  { "jun", V_TIME_FOLLOWER | V_MONTH | V_ABBR_POST },
  { "june", V_TIME_FOLLOWER | V_MONTH },
  { "kan", V_ABBR_POST },
  { "kans", V_ABBR_POST },
  { "ky", V_ABBR_POST },
  { "la", V_ABBR_POST },
  { "last", V_STARTER | V_STAMP_HEAD },
  { "later", V_STARTER },
  { "laughed", V_SPEECH },
  { "lb", V_ABBR_POST },
  { "lbs", V_ABBR_POST },
  { "let", V_STARTER },
  { "lieut", V_ABBR_TITLE },
  { "llc", V_ABBR_CORP },
  { "local", V_TIME_FOLLOWER },
  { "lt", V_ABBR_TITLE },
  { "ltd", V_ABBR_CORP },
  { "maj", V_ABBR_TITLE },
  { "many", V_STARTER },
  { "mar", V_TIME_FOLLOWER | V_MONTH | V_ABBR_POST },
  { "march", V_TIME_FOLLOWER | V_MONTH },
  { "mass", V_ABBR_POST },
  { "max", V_ABBR_POST },
  { "may", V_TIME_FOLLOWER | V_MONTH },
  { "md", V_ABBR_POST },
  { "mdt", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "meanwhile", V_STARTER },
  { "messrs", V_ABBR_TITLE },
  { "mfg", V_ABBR_CORP },
  { "mich", V_ABBR_POST },
  { "min", V_ABBR_POST },
  { "minn", V_ABBR_POST },
  { "mins", V_ABBR_POST },
  { "misc", V_ABBR_POST },
  { "miss", V_ABBR_POST },
  { "mlle", V_ABBR_TITLE },
  { "mme", V_ABBR_TITLE },
  { "mo", V_ABBR_POST },
  { "mon", V_TIME_FOLLOWER | V_WEEKDAY | V_ABBR_POST },
  { "monday", V_TIME_FOLLOWER | V_WEEKDAY },
  { "mont", V_ABBR_POST },
  { "most", V_STARTER },
  { "mountain", V_TIME_FOLLOWER },
  { "mph", V_ABBR_POST },
  { "mr", V_ABBR_TITLE },
  { "mrs", V_ABBR_TITLE },
  { "ms", V_ABBR_TITLE },
  { "msgr", V_ABBR_TITLE },
  { "msk", V_TIME_ZONE },
  { "mssrs", V_ABBR_TITLE },
  { "mst", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "mt", V_TIME_FOLLOWER | V_TIME_ZONE | V_ABBR_TITLE },
  { "my", V_STARTER },
  { "natl", V_ABBR_POST },
  { "neb", V_ABBR_POST },
  { "nev", V_ABBR_POST },
  { "next", V_STARTER },
  { "no", V_STARTER | V_ABBR_NUM },
  { "nor", V_CONTINUER },
  { "nos", V_ABBR_NUM },
  { "not", V_STARTER | V_CONTINUER },
  { "noted", V_SPEECH },
  { "nov", V_TIME_FOLLOWER | V_MONTH | V_ABBR_POST },
  { "november", V_TIME_FOLLOWER | V_MONTH },
  { "now", V_STARTER },
  { "nr", V_ABBR_NUM },
  { "observed", V_SPEECH },
  { "oct", V_TIME_FOLLOWER | V_MONTH | V_ABBR_POST },
  { "october", V_TIME_FOLLOWER | V_MONTH },
  { "of", V_STARTER | V_CONTINUER },
  { "okla", V_ABBR_POST },
  { "on", V_STARTER | V_CONTINUER | V_TIME_ZONE },
  { "one", V_STARTER },
  { "op", V_ABBR_NUM },
  { "or", V_STARTER | V_CONTINUER },
  { "ore", V_ABBR_POST },
  { "originally", V_STAMP_HEAD },
  { "our", V_STARTER | V_CONTINUER },
  { "oz", V_ABBR_POST },
  { "p", V_ABBR_NUM },
  { "pa", V_ABBR_POST },
  { "pacific", V_TIME_FOLLOWER },
  { "para", V_ABBR_NUM },
  { "paras", V_ABBR_NUM },
  { "pdt", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "pfc", V_ABBR_TITLE },
  { "pg", V_ABBR_NUM },
  { "pgs", V_ABBR_NUM },
  { "plc", V_ABBR_CORP },
  { "pleaded", V_SPEECH },
  { "please", V_STARTER },
  { "pm", V_TIME_ZONE },
  { "posted", V_STAMP },
  { "pp", V_ABBR_NUM },
  { "pres", V_ABBR_TITLE },
  { "prof", V_ABBR_TITLE },
  { "pst", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "pt", V_TIME_FOLLOWER | V_TIME_ZONE | V_ABBR_NUM },
  { "pts", V_ABBR_NUM },
  { "published", V_STAMP },
  { "pvt", V_ABBR_TITLE },
  { "rd", V_ABBR_POST },
  { "recalled", V_SPEECH },
  { "recalls", V_SPEECH },
  { "ref", V_ABBR_NUM },
  { "remarked", V_SPEECH },
  { "rep", V_ABBR_TITLE },
  { "replied", V_SPEECH },
  { "reps", V_ABBR_TITLE },
  { "responded", V_SPEECH },
  { "rev", V_ABBR_TITLE },
  { "rm", V_ABBR_NUM },
  { "rs", V_ABBR_NUM },
  { "rt", V_ABBR_NUM },
  { "rte", V_ABBR_NUM },
  { "said", V_SPEECH },
  { "sast", V_TIME_ZONE },
  { "sat", V_TIME_FOLLOWER | V_WEEKDAY | V_ABBR_POST },
  { "saturday", V_TIME_FOLLOWER | V_WEEKDAY },
  { "says", V_SPEECH },
  { "screamed", V_SPEECH },
  { "sec", V_ABBR_NUM },
  { "secs", V_ABBR_NUM },
  { "sen", V_ABBR_TITLE },
  { "sens", V_ABBR_TITLE },
  { "sep", V_TIME_FOLLOWER | V_MONTH | V_ABBR_POST },
  { "sept", V_TIME_FOLLOWER | V_MONTH | V_ABBR_POST },
  { "september", V_TIME_FOLLOWER | V_MONTH },
  { "sgt", V_ABBR_TITLE },
  { "she", V_STARTER },
  { "should", V_STARTER },
  { "shouted", V_SPEECH },
  { "since", V_STARTER | V_FRONTING },
  { "so", V_STARTER },
  { "some", V_STARTER },
  { "spc", V_ABBR_TITLE },
  { "sq", V_ABBR_POST },
  { "sr", V_ABBR_CORP },
  { "st", V_ABBR_TITLE },
  { "stated", V_SPEECH },
  { "ste", V_ABBR_NUM },
  { "still", V_STARTER },
  { "sun", V_TIME_FOLLOWER | V_WEEKDAY | V_ABBR_POST },
  { "sunday", V_TIME_FOLLOWER | V_WEEKDAY },
  { "supt", V_ABBR_TITLE },
  { "tel", V_ABBR_NUM },
  { "tells", V_SPEECH },
  { "tenn", V_ABBR_POST },
  { "testified", V_SPEECH },
  { "tex", V_ABBR_POST },
  { "than", V_CONTINUER },
  { "that", V_STARTER | V_CONTINUER },
  { "the", V_STARTER | V_CONTINUER },
  { "their", V_STARTER | V_CONTINUER },
  { "then", V_STARTER },
  { "there", V_STARTER },
  { "these", V_STARTER | V_CONTINUER },
  { "they", V_STARTER },
  { "this", V_STARTER | V_CONTINUER },
  { "those", V_STARTER },
  { "though", V_STARTER },
  { "three", V_STARTER },
  { "thu", V_TIME_FOLLOWER | V_WEEKDAY | V_ABBR_POST },
  { "thur", V_TIME_FOLLOWER | V_WEEKDAY | V_ABBR_POST },
  { "thurs", V_TIME_FOLLOWER | V_WEEKDAY | V_ABBR_POST },
  { "thursday", V_TIME_FOLLOWER | V_WEEKDAY },
  { "till", V_FRONTING },
  { "to", V_STARTER | V_CONTINUER },
  { "today", V_STARTER },
  { "told", V_SPEECH },
  { "tue", V_TIME_FOLLOWER | V_WEEKDAY | V_ABBR_POST },
  { "tues", V_TIME_FOLLOWER | V_WEEKDAY | V_ABBR_POST },
  { "tuesday", V_TIME_FOLLOWER | V_WEEKDAY },
  { "tweeted", V_SPEECH },
  { "two", V_STARTER },
  { "uk", V_TIME_ZONE },
  { "univ", V_ABBR_POST },
  { "until", V_FRONTING },
  { "updated", V_STAMP },
  { "utc", V_TIME_FOLLOWER | V_TIME_ZONE },
  { "va", V_ABBR_POST },
  { "ver", V_ABBR_NUM },
  { "viz", V_ABBR_INNER },
  { "vol", V_ABBR_NUM },
  { "vols", V_ABBR_NUM },
  { "vs", V_ABBR_INNER },
  { "vt", V_ABBR_POST },
  { "warned", V_SPEECH },
  { "was", V_STARTER | V_CONTINUER },
  { "wash", V_ABBR_POST },
  { "wat", V_TIME_ZONE },
  { "we", V_STARTER },
  { "wed", V_TIME_FOLLOWER | V_WEEKDAY | V_ABBR_POST },
  { "wednesday", V_TIME_FOLLOWER | V_WEEKDAY },
  { "were", V_STARTER | V_CONTINUER },
  { "what", V_STARTER },
  { "when", V_STARTER | V_CONTINUER },
  { "where", V_STARTER },
  { "which", V_STARTER | V_CONTINUER },
  { "while", V_STARTER | V_CONTINUER },
  { "whispered", V_SPEECH },
  { "who", V_STARTER | V_CONTINUER },
  { "whom", V_STARTER | V_CONTINUER },
  { "whose", V_STARTER | V_CONTINUER },
  { "why", V_STARTER },
  { "will", V_STARTER | V_CONTINUER },
  { "wis", V_ABBR_POST },
  { "with", V_STARTER | V_CONTINUER },
  { "would", V_STARTER | V_CONTINUER },
  { "writes", V_SPEECH },
  { "wrote", V_SPEECH },
  { "wyo", V_ABBR_POST },
  { "yahoo", V_BANG_NAME },
  { "yelled", V_SPEECH },
  { "yesterday", V_STARTER },
  { "yet", V_STARTER },
  { "you", V_STARTER },
  { "your", V_STARTER },
  { "yr", V_ABBR_POST },
  { "yrs", V_ABBR_POST },
};

/* Byte classes of the scanning loop: everything else is skipped at once.
 * Spaces matter only inside lists (for the next item) and before capitals
 * (for headlines and datelines), so the plain table skips them. */
enum {
  C_PLAIN = 0,
  C_SPACE,
  C_UPPER,
  C_BREAK,
  C_DOT,
  C_BANG,
  C_HIGH,       /* lead byte of a character that may be a space, stop or bullet */
};

#define COMMON_CLASSES                                                               \
  ['A' ... 'Z'] = C_UPPER,                                                           \
  ['\n'] = C_BREAK, ['\r'] = C_BREAK,                                                 \
  ['.'] = C_DOT, ['?'] = C_BANG, ['!'] = C_BANG,                                     \
  [0xC2] = C_HIGH, [0xE0] = C_HIGH, [0xE1] = C_HIGH, [0xE2] = C_HIGH, [0xE3] = C_HIGH, \
  [0xEF] = C_HIGH

static const guint8 byte_class[256] = {
  COMMON_CLASSES,
};

static const guint8 byte_class_list[256] = {
  COMMON_CLASSES,
  ['\t'] = C_SPACE, ['\v'] = C_SPACE, ['\f'] = C_SPACE, [' '] = C_SPACE,
};

static inline gsize
skip_plain (const guint8 *classes,
            const guchar *text,
            gsize         p,
            gsize         len)
{
  while (p < len && classes[text[p]] == C_PLAIN)
    p++;
  return p;
}

typedef enum {
  NEXT_END,
  NEXT_UPPER,
  NEXT_LOWER,
  NEXT_DIGIT,
  NEXT_OTHER,
} NextKind;

/* What follows a candidate boundary. */
typedef struct {
  NextKind kind;
  gsize pos;          /* first byte after the white space */
  guint breaks;       /* line breaks in that white space */
  gboolean blank;     /* the white space holds a blank line */
  gboolean opener;    /* the next token starts with a quote or bracket */
  gboolean dash;      /* the next token is a dash */
  char word[16];      /* next word in ASCII lower case; "" if none, not ASCII or too long */
  gboolean then_lower; /* a lower-case word follows that word: "Schools in", not a name */
} NextInfo;

/* The letters right before a full stop. */
typedef struct {
  gsize start;
  guint n_chars;
  gboolean upper;
  gboolean lower;
  char ascii[16];     /* the word in ASCII lower case; "" if not ASCII or too long */
  gunichar before;    /* the character before the word, 0 at the sentence start */
} WordInfo;

typedef enum {
  MARK_NONE,
  MARK_NUM,
  MARK_ALPHA,
  MARK_ROMAN,
} MarkKind;

enum {
  MARK_OPEN = 1 << 0,   /* (1) */
  MARK_DOT = 1 << 1,    /* 1. */
  MARK_CLOSE = 1 << 2,  /* 1) */
};

typedef struct {
  MarkKind kind;
  guint value;
  guint style;
  gboolean lower;
  gsize end;
} Marker;

/* The state of one call of px_sentence_iter_next(). */
typedef struct {
  PxSentenceIter *iter;
  const char *text;
  gsize len;
  gsize s;              /* sentence start */
  gboolean line_start;  /* the sentence starts a line */
  guint breaks;         /* line breaks inside the sentence so far */
  gsize alnum_from;
  gboolean seen_alnum;
  Marker marker;        /* list marker that opens the sentence */
  gsize marker_end;
  gunichar bullet;      /* bullet that opens the sentence, or 0 */
} Scan;

#define VOCAB_SLOTS 1024

/* Indices + 1 into vocabulary[], 0 for an empty slot. */
static guint16 vocab_slots[VOCAB_SLOTS];

static guint
hash_word (const char *word)
{
  guint h = 2166136261u;

  for (; *word != '\0'; word++)
    h = (h ^ (guchar) *word) * 16777619u;
  return h;
}

static void
ensure_vocabulary (void)
{
  static gsize done = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (vocabulary) < VOCAB_SLOTS / 2);
  if (g_once_init_enter (&done))
    {
      guint i, h;

      for (i = 0; i < G_N_ELEMENTS (vocabulary); i++)
        {
          for (h = hash_word (vocabulary[i].word); vocab_slots[h % VOCAB_SLOTS] != 0; h++)
            ;
          vocab_slots[h % VOCAB_SLOTS] = i + 1;
        }
      g_once_init_leave (&done, 1);
    }
}

/* Flags of a lower-case ASCII word, 0 for words not in the vocabulary. */
static guint
vocab_flags (const char *word)
{
  guint h, slot;

  if (word[0] == '\0')
    return 0;
  for (h = hash_word (word); (slot = vocab_slots[h % VOCAB_SLOTS]) != 0; h++)
    if (strcmp (vocabulary[slot - 1].word, word) == 0)
      return vocabulary[slot - 1].flags;
  return 0;
}

#define WORD_IS(w, flag) ((vocab_flags (w) & (flag)) != 0)

static AbbrKind
lookup_abbr (const char *word)
{
  return (AbbrKind) (vocab_flags (word) & V_ABBR_MASK);
}

/* Decodes the character at @p; invalid bytes read as U+FFFD, one byte long. */
static gunichar
char_at (const char *text,
         gsize       len,
         gsize       p,
         guint      *n)
{
  guchar c = (guchar) text[p];
  gunichar u;

  if (c < 0x80)
    {
      *n = 1;
      return c;
    }
  u = g_utf8_get_char_validated (text + p, (gssize) MIN (len - p, 4));
  if (u == (gunichar) -1 || u == (gunichar) -2 || u == 0)
    {
      *n = 1;
      return 0xFFFD;
    }
  *n = g_utf8_skip[c];
  return u;
}

/* Decodes the character that ends at @p (@p > @lo). */
static gunichar
char_before (const char *text,
             gsize       lo,
             gsize       p,
             gsize      *start)
{
  gsize q = p - 1;
  guint n;
  gunichar u;

  while (q > lo && p - q < 4 && ((guchar) text[q] & 0xC0) == 0x80)
    q--;
  u = char_at (text, p, q, &n);
  if (q + n != p)
    {
      *start = p - 1;
      return 0xFFFD;
    }
  *start = q;
  return u;
}

/* g_ascii_tolower() is not inlined */
static inline char
to_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static gboolean
is_letter (gunichar u)
{
  if (u < 0x80)
    return g_ascii_isalpha (u);
  return g_unichar_isalpha (u) || g_unichar_ismark (u);
}

static gboolean
is_digit (gunichar u)
{
  return u < 0x80 && g_ascii_isdigit (u);
}

/* Length of the white space character at @p (line breaks included), or 0. */
static guint
space_at (const char *text,
          gsize       len,
          gsize       p)
{
  guchar c = (guchar) text[p];
  guchar d, e;

  if (c < 0x80)
    return (c == ' ' || (c >= '\t' && c <= '\r')) ? 1 : 0;
  if (c == 0xC2)
    return p + 1 < len && ((guchar) text[p + 1] == 0xA0 || (guchar) text[p + 1] == 0x85) ? 2 : 0;
  if (p + 2 >= len)
    return 0;
  d = (guchar) text[p + 1];
  e = (guchar) text[p + 2];
  if (c == 0xE2 && d == 0x80 && ((e >= 0x80 && e <= 0x8B) || e == 0xA8 || e == 0xA9 || e == 0xAF))
    return 3;
  if (c == 0xE2 && d == 0x81 && (e == 0x9F || e == 0xA0))
    return 3;
  if ((c == 0xE3 && d == 0x80 && e == 0x80) || (c == 0xEF && d == 0xBB && e == 0xBF) ||
      (c == 0xE1 && d == 0x9A && e == 0x80))
    return 3;
  return 0;
}

/* 0 when @p holds no line break, 1 for a line break, 2 for a paragraph
 * separator; @n is its length (CR LF is one break). */
static int
break_at (const char *text,
          gsize       len,
          gsize       p,
          guint      *n)
{
  guchar c = (guchar) text[p];

  if (c == '\n')
    {
      *n = 1;
      return 1;
    }
  if (c == '\r')
    {
      *n = p + 1 < len && text[p + 1] == '\n' ? 2 : 1;
      return 1;
    }
  if (c == 0xC2 && p + 1 < len && (guchar) text[p + 1] == 0x85)
    {
      *n = 2;
      return 1;
    }
  if (c == 0xE2 && p + 2 < len && (guchar) text[p + 1] == 0x80 &&
      ((guchar) text[p + 2] == 0xA8 || (guchar) text[p + 2] == 0xA9))
    {
      *n = 3;
      return (guchar) text[p + 2] == 0xA9 ? 2 : 1;
    }
  return 0;
}

static guint
closer_at (const char *text,
           gsize       len,
           gsize       p)
{
  guchar c = (guchar) text[p];
  guint n;

  if (c < 0x80)
    return (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') ? 1 : 0;
  switch (char_at (text, len, p, &n))
    {
    case 0x201D: case 0x2019: case 0x00BB: case 0x203A: case 0x300D: case 0x300F:
    case 0xFF09: case 0x3011: case 0x3009: case 0x300B: case 0x3015: case 0xFF3D:
    case 0xFF02:
      return n;
    default:
      return 0;
    }
}

static guint
opener_at (const char *text,
           gsize       len,
           gsize       p)
{
  guchar c = (guchar) text[p];
  guint n;

  if (c < 0x80)
    return (c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' || c == '`') ? 1 : 0;

  return _px_char_is_opener (char_at (text, len, p, &n)) ? n : 0;
}

static gboolean
is_dash (gunichar u)
{
  return u == '-' || u == 0x2013 || u == 0x2014 || u == 0x2012 || u == 0x2015;
}

static gboolean
is_bullet (gunichar u)
{
  switch (u)
    {
    case 0x2022: case 0x2043: case 0x2023: case 0x25E6: case 0x25AA: case 0x25CF:
    case 0x25A0: case 0x00B7: case 0x25BA: case 0x2219: case 0x25B8: case 0x27A2:
      return TRUE;
    default:
      return FALSE;
    }
}


static gboolean
is_space_or_end (const char *text,
                 gsize       len,
                 gsize       p)
{
  return p >= len || space_at (text, len, p) > 0;
}

static void
peek_next (const char *text,
           gsize       len,
           gsize       q,
           NextInfo   *ni)
{
  guint n, i;
  gunichar u;
  int b;

  ni->breaks = 0;
  ni->blank = FALSE;
  ni->opener = FALSE;
  ni->dash = FALSE;
  ni->word[0] = '\0';
  ni->then_lower = FALSE;
  while (q < len)
    {
      b = break_at (text, len, q, &n);
      if (b != 0)
        {
          ni->breaks++;
          if (b == 2 || ni->breaks > 1)
            ni->blank = TRUE;
          q += n;
          continue;
        }
      n = space_at (text, len, q);
      if (n == 0)
        break;
      q += n;
    }
  ni->pos = q;
  while (q < len && (n = opener_at (text, len, q)) > 0)
    {
      ni->opener = TRUE;
      q += n;
    }
  if (q >= len)
    {
      ni->kind = NEXT_END;
      return;
    }

  u = char_at (text, len, q, &n);
  if (is_digit (u))
    ni->kind = NEXT_DIGIT;
  else if (_px_char_is_upper (u))
    ni->kind = NEXT_UPPER;
  else if (_px_char_is_lower (u))
    {
      gunichar v = 0;
      guint m;

      /* iPhone, eBay: a brand that starts a sentence */
      if (q + n < len)
        v = char_at (text, len, q + n, &m);
      ni->kind = _px_char_is_upper (v) ? NEXT_UPPER : NEXT_LOWER;
    }
  else if (is_letter (u))
    ni->kind = NEXT_UPPER;     /* scripts without case */
  else
    {
      ni->kind = NEXT_OTHER;
      ni->dash = is_dash (u);
      if (ni->dash)
        {
          /* "voila! -- you have cake" goes on; "What? - Posted" does not */
          while (q < len && (is_dash (char_at (text, len, q, &n)) || text[q] == ' '))
            q += n;
          if (q < len && g_ascii_isupper (text[q]))
            ni->kind = NEXT_UPPER;
          return;
        }
    }

  for (i = 0; i < sizeof ni->word - 1 && q + i < len && g_ascii_isalpha (text[q + i]); i++)
    ni->word[i] = to_lower (text[q + i]);
  if (q + i < len && ((guchar) text[q + i] >= 0x80 || g_ascii_isalpha (text[q + i])))
    i = 0;
  ni->word[i] = '\0';
  ni->then_lower = i > 0 && q + i + 1 < len && text[q + i] == ' ' &&
                   g_ascii_islower (text[q + i + 1]);
}

static void
word_before (const char *text,
             gsize       lo,
             gsize       d,
             WordInfo   *wi)
{
  gsize p = d, q;
  gunichar u, first = 0;
  gboolean ascii = TRUE;
  guint i;

  wi->n_chars = 0;
  while (p > lo && wi->n_chars < 32)
    {
      u = char_before (text, lo, p, &q);
      if (!is_letter (u))
        break;
      if (u >= 0x80)
        ascii = FALSE;
      first = u;
      p = q;
      wi->n_chars++;
    }
  wi->start = p;
  wi->before = p > lo ? char_before (text, lo, p, &q) : 0;
  wi->upper = wi->n_chars > 0 && _px_char_is_upper (first);
  wi->lower = wi->n_chars > 0 && _px_char_is_lower (first);
  wi->ascii[0] = '\0';
  if (ascii && wi->n_chars > 0 && wi->n_chars < sizeof wi->ascii && !is_letter (wi->before))
    {
      for (i = 0; i < wi->n_chars; i++)
        wi->ascii[i] = to_lower (text[p + i]);
      wi->ascii[i] = '\0';
    }
}

/* Is the word before @p (past some spaces) in lower case? "and I. Did" */
static gboolean
prev_word_is_lower (const char *text,
                    gsize       lo,
                    gsize       p)
{
  gsize q;
  guint k = 0;
  gunichar u = 0;

  while (p > lo && k < 8 && (text[p - 1] == ' ' || text[p - 1] == '\t'))
    {
      p--;
      k++;
    }
  for (k = 0; p > lo && k < 32; k++)
    {
      gunichar v = char_before (text, lo, p, &q);

      if (!is_letter (v))
        break;
      u = v;
      p = q;
    }
  return k > 0 && k < 32 && _px_char_is_lower (u);
}

static guint
roman_value (const char *s,
             guint       n)
{
  guint i, total = 0, prev = 0;

  for (i = n; i > 0; i--)
    {
      guint v;

      switch (to_lower (s[i - 1]))
        {
        case 'i': v = 1; break;
        case 'v': v = 5; break;
        case 'x': v = 10; break;
        case 'l': v = 50; break;
        default: return 0;
        }
      if (v < prev)
        total -= v;
      else
        total += v;
      prev = MAX (prev, v);
    }
  return total;
}

/* A list marker at @q: "1." "1.)" "1)" "(1)" "a." "a)" "(a)" "iv." "(iv)",
 * followed by white space or the end. */
static gboolean
parse_marker (const char *text,
              gsize       len,
              gsize       q,
              Marker     *m)
{
  gsize i = q, k;

  m->kind = MARK_NONE;
  m->style = 0;
  m->value = 0;
  m->lower = FALSE;
  if (i < len && text[i] == '(')
    {
      m->style |= MARK_OPEN;
      i++;
    }
  k = i;
  while (i < len && i - k < 4 && g_ascii_isdigit (text[i]))
    m->value = m->value * 10 + (text[i++] - '0');
  if (i > k)
    {
      if (i - k > 3)
        return FALSE;
      m->kind = MARK_NUM;
    }
  else
    {
      while (i < len && i - k < 5 && g_ascii_isalpha (text[i]))
        i++;
      if (i - k == 1)
        {
          m->kind = MARK_ALPHA;
          m->lower = g_ascii_islower (text[k]);
          m->value = to_lower (text[k]) - 'a' + 1;
        }
      else if (i - k > 1 && i - k < 5 && (m->value = roman_value (text + k, i - k)) > 0)
        {
          m->kind = MARK_ROMAN;
          m->lower = g_ascii_islower (text[k]);
        }
      else
        return FALSE;
    }
  if (i < len && text[i] == '.' && !(m->style & MARK_OPEN))
    {
      m->style |= MARK_DOT;
      i++;
    }
  if (i < len && text[i] == ')')
    {
      m->style |= MARK_CLOSE;
      i++;
    }
  if (m->style == 0 || m->style == MARK_OPEN ||
      ((m->style & MARK_OPEN) && !(m->style & MARK_CLOSE)))
    return FALSE;
  /* "(a)" within a line is a reference more often than an item */
  if (!is_space_or_end (text, len, i))
    return FALSE;
  m->end = i;
  return TRUE;
}

/* A bullet at @q, with the position after it and the spaces after it. */
static gunichar
parse_bullet (const char *text,
              gsize       len,
              gsize       q,
              gsize      *after)
{
  guint n;
  gunichar u = char_at (text, len, q, &n);

  if (is_bullet (u) || ((is_dash (u) || u == '*' || u == '+') && q + n < len && text[q + n] == ' '))
    {
      q += n;
      while (q < len && (text[q] == ' ' || text[q] == '\t'))
        q++;
      *after = q;
      return u;
    }
  return 0;
}

/* Does a new list item (bullet or marker) start at @q? */
static gboolean
item_starts_at (const char *text,
                gsize       len,
                gsize       q)
{
  gsize after;
  Marker m;

  if (parse_bullet (text, len, q, &after) != 0)
    return TRUE;
  return parse_marker (text, len, q, &m) && (m.kind == MARK_NUM || m.style != MARK_DOT);
}

/* Is the full stop at @d inside an address: a URL, or the user part of an
 * e-mail address ("Jane.Doe@")? The domain part may end a sentence that
 * runs into the next: "jane@example.com.Answers come". */
static gboolean
token_is_link (PxSentenceIter *iter,
               gsize           d)
{
  const char *text = iter->text;
  const char *at;
  gsize a = d, b = d;

  if (d < iter->tok_start || d >= iter->tok_end)
    {
      while (a > 0 && !g_ascii_isspace (text[a - 1]))
        a--;
      while (b < iter->len && !g_ascii_isspace (text[b]))
        b++;
      at = memchr (text + a, '@', b - a);
      iter->tok_start = a;
      iter->tok_end = b;
      iter->tok_at = at != NULL ? (gsize) (at - text) : G_MAXSIZE;
      iter->tok_is_url = memchr (text + a, '/', b - a) != NULL ||
                         (b - a > 4 && g_ascii_strncasecmp (text + a, "www.", 4) == 0);
    }
  return iter->tok_is_url || (iter->tok_at != G_MAXSIZE && d < iter->tok_at);
}

static gboolean
has_alnum (Scan  *sc,
           gsize  upto)
{
  gsize q = sc->alnum_from;
  guint n;

  while (!sc->seen_alnum && q < upto)
    {
      guchar c = (guchar) sc->text[q];

      if (c < 0x80)
        {
          sc->seen_alnum = g_ascii_isalnum (c);
          q++;
        }
      else
        {
          sc->seen_alnum = g_unichar_isalnum (char_at (sc->text, sc->len, q, &n));
          q += n;
        }
    }
  sc->alnum_from = MAX (q, sc->alnum_from);
  return sc->seen_alnum;
}

/* "a.m." "U.S." "e.g.": letters and dots back from @d + 1, lower-cased into
 * @buf; FALSE when the token is not such a dotted word. */
static gboolean
dotted_token (const char *text,
              gsize       lo,
              gsize       d,
              char       *buf,
              gsize       size,
              gsize      *start)
{
  gsize p = d + 1, i;

  while (p > lo && d + 1 - p < size - 1 && (g_ascii_isalpha (text[p - 1]) || text[p - 1] == '.'))
    p--;
  if (d + 1 - p >= size - 1 || (p > lo && (guchar) text[p - 1] >= 0x80))
    return FALSE;
  /* The bound is known from above; say it again so the compiler sees it. */
  for (i = 0; p + i <= d && i + 1 < size; i++)
    buf[i] = to_lower (text[p + i]);
  buf[i] = '\0';
  *start = p;
  return buf[0] != '.';
}

/* "At 5 a.m. Mr. Smith went": a time at the head of a sentence goes on. */
static gboolean
time_is_fronted (const char *text,
                 gsize       s,
                 gsize       t)
{
  char word[8];
  gsize i = 0, p = s;

  if (t - s > 24)
    return FALSE;
  while (p < t && i < sizeof word - 1 && g_ascii_isalpha (text[p]))
    word[i++] = to_lower (text[p++]);
  word[i] = '\0';
  if (!WORD_IS (word, V_FRONTING))
    return FALSE;
  for (; p < t; p++)
    if (!g_ascii_isdigit (text[p]) && text[p] != ' ' && text[p] != ':')
      return FALSE;
  return TRUE;
}

/* Copies the ASCII word at @q in lower case; "" when there is none or it is
 * too long. Returns its length. */
static gsize
read_word (const char *text,
           gsize       len,
           gsize       q,
           char       *buf,
           gsize       size)
{
  gsize i;

  for (i = 0; i < size - 1 && q + i < len && g_ascii_isalpha (text[q + i]); i++)
    buf[i] = to_lower (text[q + i]);
  if (q + i < len && g_ascii_isalpha (text[q + i]))
    i = 0;
  buf[i] = '\0';
  return i;
}

/* Could the token after a full stop open a sentence? Digits rarely do in
 * news ("a .38 revolver" read as "a. 38"), except list items and years. */
static gboolean
opens_sentence (const char     *text,
                gsize           len,
                const NextInfo *ni)
{
  Marker m;
  gsize q = ni->pos;

  switch (ni->kind)
    {
    case NEXT_UPPER:
    case NEXT_OTHER:
      return TRUE;
    case NEXT_DIGIT:
      if (parse_marker (text, len, q, &m))
        {
          /* "2. The second item", not "22. 4bn" */
          for (q = m.end; q < len && text[q] == ' '; q++)
            ;
          return q < len && (g_ascii_isupper (text[q]) || opener_at (text, len, q) > 0);
        }
      /* a year, "07 June 2013" */
      if (q + 4 < len && (text[q] == '1' || text[q] == '2') && g_ascii_isdigit (text[q + 1]) &&
          g_ascii_isdigit (text[q + 2]) && g_ascii_isdigit (text[q + 3]) && text[q + 4] == ' ')
        return TRUE;
      while (q < len && q - ni->pos < 3 && g_ascii_isdigit (text[q]))
        q++;
      if (q + 1 < len && text[q] == ' ' && q - ni->pos <= 2)
        {
          char word[16];

          read_word (text, len, q + 1, word, sizeof word);
          return WORD_IS (word, V_MONTH);
        }
      return FALSE;
    case NEXT_END:
    case NEXT_LOWER:
    default:
      return FALSE;
    }
}

/* Closing quotes and brackets after a stop, and reference marks glued to
 * them: "martyr.[1][2] The" */
static gsize
skip_closers (const char *text,
              gsize       len,
              gsize       c)
{
  guint n;
  gsize q;

  for (;;)
    {
      while (c < len && (n = closer_at (text, len, c)) > 0)
        c += n;
      if (c >= len || text[c] != '[')
        return c;
      for (q = c + 1; q < len && q - c < 5 && g_ascii_isdigit (text[q]); q++)
        ;
      if (q == c + 1 || q >= len || text[q] != ']')
        return c;
      c = q + 1;
    }
}

/* Quotes that close a sentence but stand apart from it: "it was over. '" */
static gsize
skip_detached_closers (const char *text,
                       gsize       len,
                       gsize       c)
{
  gsize q;
  guint n;

  if (c >= len || text[c] != ' ')
    return c;
  q = c + 1;
  while (q < len && (n = closer_at (text, len, q)) > 0)
    q += n;
  return q > c + 1 && is_space_or_end (text, len, q) ? q : c;
}

static gboolean
word_is_one_of (const char         *word,
                gsize               n,
                const char * const *set,
                gsize               n_set)
{
  gsize i;

  for (i = 0; i < n_set; i++)
    if (strlen (set[i]) == n && memcmp (word, set[i], n) == 0)
      return TRUE;
  return FALSE;
}

/* Russian abbreviations: "ул. Ленина", "им. Пушкина", "г. Москва" come
 * before a name; "в 2012 г.", "5 млн." may end a sentence. */
static AbbrKind
lookup_cyrillic_abbr (const char     *text,
                      gsize           d,
                      const WordInfo *wi)
{
  static const char * const before_names[] = {
    "ул", "пр", "им", "просп", "пер", "наб", "обл", "акад", "проф", "ген", "св", "пл", "д",
    "г", "гг",
  };
  static const char * const others[] = {
    "р", "т", "см", "ср", "др", "тыс", "млн", "млрд", "руб", "коп", "ст", "вв", "в",
  };
  const char *word = text + wi->start;
  gsize n = d - wi->start, q = wi->start;
  gboolean before_name = word_is_one_of (word, n, before_names, G_N_ELEMENTS (before_names));

  if (!before_name && !word_is_one_of (word, n, others, G_N_ELEMENTS (others)))
    return ABBR_NONE;
  /* "2012 г." "XX в." after a number are units */
  if (q >= 2 && text[q - 1] == ' ' && (g_ascii_isdigit (text[q - 2]) || text[q - 2] == 'I' ||
                                       text[q - 2] == 'V' || text[q - 2] == 'X'))
    return ABBR_POST;
  return before_name ? ABBR_TITLE : ABBR_POST;
}

/* "Would we have won?" Colts coach Bruce Arians asked. A quote that ends
 * in ?! goes on when names and a speech verb that ends the clause follow. */
static gboolean
attribution_follows (const char *text,
                     gsize       len,
                     gsize       q)
{
  char word[16];
  guint i;
  gsize k;

  for (i = 0; i < 6 && q < len; i++)
    {
      k = read_word (text, len, q, word, sizeof word);
      if (k == 0)
        return FALSE;
      if (g_ascii_islower (text[q]))
        return WORD_IS (word, V_SPEECH) &&
               (q + k == len || text[q + k] == '.' || text[q + k] == ',');
      q += k;
      if (q < len && text[q] == '.')
        q++;
      if (q >= len || text[q] != ' ')
        return FALSE;
      q++;
    }
  return FALSE;
}

/* Did the closers in [@a, @c) end a quote? */
static gboolean
closes_quote (const char *text,
              gsize       a,
              gsize       c)
{
  guint n;

  for (; a < c; a += n)
    switch (char_at (text, c, a, &n))
      {
      case '"': case '\'': case 0x201D: case 0x2019: case 0x00BB:
        return TRUE;
      default:
        break;
      }
  return FALSE;
}

/* "world.Today": a full stop with no space after it. */
static gboolean
judge_glued_stop (Scan  *sc,
                  gsize  d)
{
  const char *text = sc->text;
  gsize q;
  guint n, m;
  gunichar pc, nc, nc2;
  WordInfo wi;

  if (d <= sc->s || d + 2 >= sc->len)
    return FALSE;
  pc = char_before (text, sc->s, d, &q);
  nc = char_at (text, sc->len, d + 1, &n);
  if (!(_px_char_is_lower (pc) || is_digit (pc)) || !_px_char_is_upper (nc) || d + 1 + n >= sc->len)
    return FALSE;
  nc2 = char_at (text, sc->len, d + 1 + n, &m);
  if (!_px_char_is_lower (nc2))
    return FALSE;
  word_before (text, sc->s, d, &wi);
  if (wi.n_chars == 1 || (wi.before == '.' && wi.n_chars <= 2))
    return FALSE;
  switch (lookup_abbr (wi.ascii))
    {
    case ABBR_TITLE:
    case ABBR_INNER:
    case ABBR_NUM:
      return FALSE;
    default:
      break;
    }
  return !token_is_link (sc->iter, d);
}

/* The full stop (or ellipsis) at @d. On a boundary, sets @end (exclusive,
 * before trimming; the next sentence is looked for from there); else sets
 * @next, where scanning goes on. */
static gboolean
judge_stop (Scan  *sc,
            gsize  d,
            gsize *end,
            gsize *next)
{
  const char *text = sc->text;
  gsize len = sc->len;
  gsize q = d, c;
  guint n_dots = 0;
  gboolean attached_first, boundary;
  NextInfo ni;
  WordInfo wi;
  AbbrKind abbr;

  /* the run of dots: "." "..." ". . . ." "…" */
  while (q < len)
    {
      if (text[q] == '.')
        {
          n_dots++;
          q++;
        }
      else if (q + 2 < len && (guchar) text[q] == 0xE2 && (guchar) text[q + 1] == 0x80 &&
               (guchar) text[q + 2] == 0xA6)
        {
          n_dots += 3;
          q += 3;
        }
      else if (text[q] == ' ' && n_dots > 0 && q + 1 < len &&
               (text[q + 1] == '.' || (guchar) text[q + 1] == 0xE2) &&
               (text[q + 1] == '.' || (q + 3 < len && (guchar) text[q + 2] == 0x80 &&
                                       (guchar) text[q + 3] == 0xA6)))
        q++;
      else
        break;
    }
  c = skip_detached_closers (text, len, skip_closers (text, len, q));
  *next = c;

  if (!has_alnum (sc, d))
    return FALSE;

  if (!is_space_or_end (text, len, c))
    {
      if (n_dots == 1 && c == d + 1 && judge_glued_stop (sc, d))
        {
          *end = d + 1;
          return TRUE;
        }
      return FALSE;
    }

  peek_next (text, len, c, &ni);
  *end = c;
  if (ni.kind == NEXT_END || ni.blank)
    return TRUE;

  if (n_dots > 1)
    {
      /* "compounds. . . . The practice": a full stop, then an ellipsis that
       * opens the next sentence */
      attached_first = d > sc->s && !is_space_or_end (text, len, d - 1) && text[d + 1] == ' ';
      if (attached_first && n_dots >= 4)
        {
          if (ni.kind != NEXT_UPPER)
            return FALSE;
          *end = d + 1;
          return TRUE;
        }
      /* "[...]" leaves out words, not a sentence end */
      if (d > sc->s && (text[d - 1] == '[' || text[d - 1] == '('))
        return FALSE;
      if (n_dots >= 4)
        return opens_sentence (text, len, &ni);
      return ni.kind == NEXT_UPPER && strcmp (ni.word, "i") != 0;
    }

  word_before (text, sc->s, d, &wi);
  if (wi.n_chars == 0)
    {
      gunichar pc = d > sc->s ? char_before (text, sc->s, d, &q) : 0;

      if (pc == '(' || pc == '[')
        return FALSE;

      /* "N°. 5" */
      if ((pc == 0x00B0 || pc == 0x00BA) && q > sc->s && to_lower (text[q - 1]) == 'n')
        return ni.kind == NEXT_UPPER;
      return opens_sentence (text, len, &ni);
    }

  if (wi.before == '.' && wi.n_chars <= 2 && wi.ascii[0] != '\0')
    {
      char tok[16];
      gsize t;

      if (dotted_token (text, sc->s, d, tok, sizeof tok, &t))
        {
          if (strcmp (tok, "a.m.") == 0 || strcmp (tok, "p.m.") == 0)
            return ni.kind == NEXT_UPPER && !WORD_IS (ni.word, V_TIME_FOLLOWER) &&
                   (WORD_IS (ni.word, V_STARTER) || lookup_abbr (ni.word) == ABBR_TITLE ||
                    ni.then_lower) &&
                   !time_is_fronted (text, sc->s, t);
          if (strcmp (tok, "e.g.") == 0 || strcmp (tok, "i.e.") == 0 || strcmp (tok, "a.k.a.") == 0)
            return FALSE;
          return ni.kind == NEXT_UPPER && WORD_IS (ni.word, V_STARTER);
        }
    }

  if (wi.n_chars == 1 && wi.upper &&
      (wi.before == 0 || wi.before == '.' || wi.before == '(' || wi.before == '"' ||
       g_unichar_isspace (wi.before) || wi.before == 0x201C))
    {
      /* an initial, unless "you and I. Did" */
      return ni.kind == NEXT_UPPER && WORD_IS (ni.word, V_STARTER) &&
             prev_word_is_lower (text, sc->s, wi.start);
    }

  abbr = wi.ascii[0] != '\0' ? lookup_abbr (wi.ascii) : lookup_cyrillic_abbr (text, d, &wi);
  if (abbr == ABBR_TITLE && !wi.upper && wi.ascii[0] != '\0')
    abbr = ABBR_POST;
  switch (abbr)
    {
    case ABBR_TITLE:
    case ABBR_INNER:
      boundary = FALSE;
      break;
    case ABBR_POST:
      boundary = ni.kind == NEXT_UPPER;
      break;
    case ABBR_NUM:
    case ABBR_CORP:
      boundary = ni.kind == NEXT_UPPER && WORD_IS (ni.word, V_STARTER);
      break;
    case ABBR_NONE:
    default:
      boundary = opens_sentence (text, len, &ni);
      break;
    }
  return boundary;
}

/* ? ! and friends at @d */
static gboolean
judge_bang (Scan  *sc,
            gsize  d,
            gsize *end,
            gsize *next)
{
  const char *text = sc->text;
  gsize len = sc->len;
  gsize q = d, c;
  guint n;
  NextInfo ni;

  while (q < len && _px_char_is_bang (char_at (text, len, q, &n)))
    q += n;
  c = skip_detached_closers (text, len, skip_closers (text, len, q));
  *next = c;
  if (!has_alnum (sc, d) || !is_space_or_end (text, len, c))
    return FALSE;
  peek_next (text, len, c, &ni);
  *end = c;
  if (ni.kind == NEXT_END || ni.blank)
    return TRUE;
  if (ni.kind == NEXT_UPPER && closes_quote (text, q, c) && attribution_follows (text, len, ni.pos))
    return FALSE;
  /* "Yahoo! Sports", "E! News" */
  if (ni.kind == NEXT_UPPER && !WORD_IS (ni.word, V_STARTER) && d > sc->s &&
      g_ascii_isalpha (text[d - 1]))
    {
      char word[16];
      gsize a = d;

      while (a > sc->s && d - a < sizeof word - 1 && g_ascii_isalpha (text[a - 1]))
        a--;
      if (a == sc->s || !g_ascii_isalpha (text[a - 1]))
        {
          read_word (text, d, a, word, sizeof word);
          if (WORD_IS (word, V_BANG_NAME))
            return FALSE;
        }
    }
  return ni.kind == NEXT_UPPER || (ni.kind == NEXT_OTHER && !ni.dash) ||
         opens_sentence (text, len, &ni);
}

/* 。！？: no space needed after them */
static gboolean
judge_wide_stop (Scan  *sc,
                 gsize  d,
                 gsize *end,
                      gsize *next)
{
  const char *text = sc->text;
  gsize len = sc->len;
  gsize q = d;
  guint n;

  while (q < len)
    {
      gunichar u = char_at (text, len, q, &n);

      if (!_px_char_is_wide_stop (u) && !_px_char_is_bang (u) && (n = closer_at (text, len, q)) == 0)
        break;
      q += n;
    }
  *next = q;
  if (!has_alnum (sc, d))
    return FALSE;
  *end = q;
  return TRUE;
}

/* A title-case line: "Quake Jolts Southern Iran" */
static gboolean
is_title_case (const char *text,
               gsize       s,
               gsize       e)
{
  guint words = 0, caps = 0;
  gsize p;

  for (p = s; p < e; p++)
    if ((p == s || text[p - 1] == ' ') && text[p] != ' ')
      {
        gsize k = p;

        while (k < e && g_ascii_isalpha (text[k]))
          k++;
        if (k - p <= 3 && k > p && g_ascii_islower (text[p]))
          continue;       /* of, the, in */
        words++;
        if (!g_ascii_islower (text[p]))
          caps++;
      }
  return words >= 2 && caps * 5 >= words * 4;
}

/* A single line break at @p: does the line end a sentence? */
static gboolean
line_ends_sentence (Scan     *sc,
                    gsize     p,
                    NextInfo *ni)
{
  const char *text = sc->text;
  gsize e = p, q, i;
  gunichar lc;
  char word[16];

  if (item_starts_at (text, sc->len, ni->pos))
    return TRUE;
  if (!sc->line_start || sc->breaks > 0)
    return FALSE;
  while (e > sc->s && space_at (text, sc->len, e - 1) > 0)
    e--;
  if (e <= sc->s)
    return FALSE;
  lc = char_before (text, sc->s, e, &q);
  if ((lc < 0x80 && strchr (",;:-(&/+=.?!", (int) lc) != NULL) || is_dash (lc) || lc == 0x2026)
    return FALSE;

  if (ni->kind == NEXT_LOWER)
    return g_ascii_islower (text[sc->s]) && e - sc->s <= 40;

  /* a line that stops on "the", "of", "and" goes on */
  q = e;
  while (q > sc->s && e - q < sizeof word && g_ascii_isalpha (text[q - 1]))
    q--;
  if (e - q < sizeof word && (q == sc->s || !g_ascii_isalpha (text[q - 1])))
    {
      for (i = 0; q + i < e; i++)
        word[i] = to_lower (text[q + i]);
      word[i] = '\0';
      if (WORD_IS (word, V_CONTINUER))
        return FALSE;
    }
  return e - sc->s <= 64 || is_title_case (text, sc->s, e);
}

static gsize
trim_end (const char *text,
          gsize       s,
          gsize       e)
{
  gsize q;

  while (e > s)
    {
      char_before (text, s, e, &q);
      if (space_at (text, e, q) == 0)
        break;
      e = q;
    }
  return e;
}

/* The token that ends at @e (exclusive), at most 15 bytes, not before @lo. */
static gboolean
token_before (const char *text,
              gsize       lo,
              gsize       e,
              gsize      *t)
{
  gsize a = e;

  while (a > lo && e - a < 16 && text[a - 1] != ' ')
    a--;
  if (a == e || e - a >= 16 || (a > lo && text[a - 1] != ' '))
    return FALSE;
  *t = a;
  return TRUE;
}

/* "2013" "2013," */
static gboolean
is_year (const char *text,
         gsize       a,
         gsize       e)
{
  if (e > a && text[e - 1] == ',')
    e--;
  return e - a == 4 && g_ascii_isdigit (text[a]) && g_ascii_isdigit (text[a + 1]) &&
         g_ascii_isdigit (text[a + 2]) && g_ascii_isdigit (text[a + 3]) &&
         ((text[a] == '1' && text[a + 1] == '9') || (text[a] == '2' && text[a + 1] == '0'));
}

/* "4:59" "10:05AM" "5:03p" "13:42:10" */
static gboolean
is_clock (const char *text,
          gsize       a,
          gsize       e)
{
  gsize i = a, k;

  while (i < e && i - a < 2 && g_ascii_isdigit (text[i]))
    i++;
  if (i == a || i + 3 > e || text[i] != ':')
    return FALSE;
  for (k = 0; k < 2; k++)
    if (!g_ascii_isdigit (text[i + 1 + k]))
      return FALSE;
  i += 3;
  if (i + 3 <= e && text[i] == ':' && g_ascii_isdigit (text[i + 1]) &&
      g_ascii_isdigit (text[i + 2]))
    i += 3;
  if (i < e && (to_lower (text[i]) == 'a' || to_lower (text[i]) == 'p'))
    {
      i++;
      if (i < e && to_lower (text[i]) == 'm')
        i++;
    }
  return i == e;
}

/* A day of the month before a year: "16," "22nd," */
static gboolean
is_day_or_month (const char *text,
                 gsize       a,
                 gsize       e)
{
  char word[12];
  gsize i = a;

  while (e > a && (text[e - 1] == ',' || text[e - 1] == '.'))
    e--;
  while (i < e && g_ascii_isdigit (text[i]))
    i++;
  if (i > a && i - a <= 2)
    return i == e || (e - i == 2 && g_ascii_isalpha (text[i]) && g_ascii_isalpha (text[i + 1]));
  if (i > a || e - a >= sizeof word)
    return FALSE;
  for (i = 0; a + i < e; i++)
    word[i] = to_lower (text[a + i]);
  word[i] = '\0';
  return WORD_IS (word, V_MONTH);
}

/* Does the token ending at @e close a date or time stamp: "June 13, 2013",
 * "4:59 PM EDT", "05 / 02 / 2013"? */
static gboolean
ends_stamp (const char *text,
            gsize       lo,
            gsize       e,
            guint       depth)
{
  gsize a, b;
  char word[8];

  if (!token_before (text, lo, e, &a))
    return FALSE;
  if (is_year (text, a, e))
    {
      if (a < lo + 2)
        return FALSE;
      if (text[a - 2] == '/')
        return TRUE;
      return token_before (text, lo, a - 1, &b) && is_day_or_month (text, b, a - 1);
    }
  if (is_clock (text, a, e))
    {
      /* a bare "14:00" closes a stamp only after a date: "May 5 2010 15:14",
       * not "at 14:00 Greek time" */
      if (depth > 0 || g_ascii_isalpha (text[e - 1]))
        return TRUE;
      return a > lo + 1 && token_before (text, lo, a - 1, &b) &&
             (is_year (text, b, a - 1) || is_day_or_month (text, b, a - 1));
    }
  if (depth < 2 && e - a < sizeof word && read_word (text, e, a, word, sizeof word) == e - a &&
      WORD_IS (word, V_TIME_ZONE) && a > lo + 1)
    return ends_stamp (text, lo, a - 1, depth + 1);
  return FALSE;
}

/* Every word capitalised but short function words, and no stop inside:
 * "Saints Place Thomas on Injured Reserve" */
static gboolean
is_strict_title (const char *text,
                 gsize       s,
                 gsize       e)
{
  guint words = 0;
  gsize p;

  if (e - s > 200)
    return FALSE;
  for (p = s; p < e; p++)
    {
      if (text[p] == '.' || text[p] == '!' || text[p] == '?')
        return FALSE;
      if ((p == s || text[p - 1] == ' ') && text[p] != ' ')
        {
          gsize k = p;

          while (k < e && g_ascii_isalpha (text[k]))
            k++;
          if (g_ascii_islower (text[p]) && k - p > 3)
            return FALSE;
          if (k > p)
            words++;
        }
    }
  return words >= 3;
}

/* A headline or dateline that runs into the next sentence when line breaks
 * are lost: "... 2013 4:59 PM EDT Lindsay Lohan has left ...",
 * "Deputy Shot and Killed June 24, 2005". @p is a space, @p + 1 holds a
 * capital letter. */
static gboolean
stamp_break (Scan  *sc,
             gsize  p)
{
  const char *text = sc->text;
  gsize len = sc->len, q = p + 1, k, t;
  char word[16], prev[16];
  gchar before = text[p - 1];
  gboolean quoted = before == '"' || before == ')';
  guint flags;

  if (!g_ascii_isalnum (before) && !quoted && before != '.')
    return FALSE;
  k = read_word (text, len, q, word, sizeof word);
  flags = vocab_flags (word);

  /* after a stamp; "10:55 P.M." goes on */
  if (!(k == 1 && q + 1 < len && text[q + 1] == '.') &&
      (g_ascii_isdigit (before) || g_ascii_isupper (before) || before == 'm' || before == 'p') &&
      !(flags & (V_TIME_FOLLOWER | V_TIME_ZONE | V_STAMP | V_STAMP_HEAD)) &&
      ends_stamp (text, sc->s, p, 0))
    return TRUE;

  /* before a stamp, after a word that is no part of one */
  if (!(flags & (V_STAMP | V_STAMP_HEAD | V_MONTH | V_WEEKDAY)) ||
      !(g_ascii_isalpha (before) || quoted || (before == '.' && (flags & (V_STAMP | V_STAMP_HEAD)))) ||
      !token_before (text, sc->s, p, &t) || ends_stamp (text, sc->s, p, 0))
    return FALSE;
  read_word (text, p, t, prev, sizeof prev);
  if (WORD_IS (prev, V_MONTH | V_WEEKDAY | V_STAMP | V_STAMP_HEAD | V_CONTINUER))
    return FALSE;
  if (flags & V_STAMP)
    return p - sc->s <= 300;
  if (flags & V_STAMP_HEAD)
    {
      k = read_word (text, len, q + k + 1, word, sizeof word);
      return k > 0 && WORD_IS (word, V_STAMP) && p - sc->s <= 300;
    }
  while (t < p && (text[t] == '"' || text[t] == '\''))
    t++;
  if (!g_ascii_isupper (text[t]))
    return FALSE;
  q += k;
  if (flags & V_MONTH)
    {
      if (q < len && text[q] == '.')
        q++;
      if (!(q + 1 < len && text[q] == ' ' && g_ascii_isdigit (text[q + 1])))
        return FALSE;
    }
  else
    {
      if (q + 1 >= len || (text[q] != ',' && text[q] != ' '))
        return FALSE;
      /* "Friday, June 2" "Sun Sep 15" "Mon 22 Jul", not "Cheeks Saturday morning" */
      read_word (text, len, q + 1, prev, sizeof prev);
      if (text[q] == ' ' && !g_ascii_isdigit (text[q + 1]) && !WORD_IS (prev, V_MONTH))
        return FALSE;
    }
  return p - sc->s <= 200 && is_title_case (text, sc->s, p);
}

/* "Quake Jolts Iran The quake struck at dawn": a headline that runs into
 * the first sentence once its line break is lost. @p is a space before a
 * capital letter. */
static gboolean
headline_break (Scan  *sc,
                gsize  p)
{
  const char *text = sc->text;
  gsize len = sc->len, q = p + 1, k;
  char word[16];

  if (!sc->line_start || p - sc->s > 160 || !g_ascii_isalnum (text[p - 1]))
    return FALSE;
  k = read_word (text, len, q, word, sizeof word);
  if (k == 0 || (vocab_flags (word) & (V_STARTER | V_STAMP_HEAD)) != V_STARTER)
    return FALSE;
  q += k;
  if (q + 1 >= len || text[q] != ' ' || !g_ascii_islower (text[q + 1]))
    return FALSE;
  k = read_word (text, len, q + 1, word, sizeof word);
  if (k < 3 || WORD_IS (word, V_CONTINUER))
    return FALSE;
  return is_strict_title (text, sc->s, p);
}

/* Bullet or list marker at the start of the sentence: scanning starts after it. */
static gsize
parse_item_start (Scan *sc)
{
  gsize q = sc->s, after;

  sc->marker.kind = MARK_NONE;
  sc->bullet = parse_bullet (sc->text, sc->len, q, &after);
  if (sc->bullet != 0)
    q = after;
  if (q < sc->len && parse_marker (sc->text, sc->len, q, &sc->marker))
    q = sc->marker.end;
  sc->marker_end = q;
  return q;
}

/* At a space before @q inside a list: does the next item start there? */
static gboolean
next_item_at (Scan  *sc,
              gsize  q)
{
  Marker m;
  guint n;

  if (q >= sc->len)
    return FALSE;
  if (is_bullet (sc->bullet) && char_at (sc->text, sc->len, q, &n) == sc->bullet)
    return TRUE;
  if (sc->marker.kind == MARK_NONE || !parse_marker (sc->text, sc->len, q, &m))
    return FALSE;
  if (m.kind != sc->marker.kind || m.style != sc->marker.style || m.lower != sc->marker.lower ||
      (m.value != sc->marker.value + 1 && !(m.kind == MARK_NUM && m.value == 1)))
    return FALSE;
  /* "A. B. Smith" is a name, not two items */
  if (m.kind == MARK_ALPHA && (!m.lower || q < sc->marker_end + 4))
    return FALSE;
  return TRUE;
}

/**
 * px_sentence_iter_init:
 * @iter: an uninitialised iterator, usually on the stack
 * @text: UTF-8 text
 * @len: length of @text in bytes, or -1 if it is nul-terminated
 *
 * Prepares @iter to walk the sentences of @text, which must outlive it.
 */
void
px_sentence_iter_init (PxSentenceIter *iter,
                       const char     *text,
                       gssize          len)
{
  g_return_if_fail (iter != NULL);
  g_return_if_fail (text != NULL || len <= 0);

  ensure_vocabulary ();
  iter->text = text != NULL ? text : "";
  iter->len = len < 0 ? strlen (iter->text) : (gsize) len;
  iter->pos = 0;
  iter->tok_start = 0;
  iter->tok_end = 0;
  iter->tok_at = G_MAXSIZE;
  iter->tok_is_url = FALSE;
  iter->soft_end = FALSE;
}

/**
 * px_sentence_iter_next:
 * @iter: an iterator set up by px_sentence_iter_init()
 * @sentence: (out): where to store the next sentence
 *
 * Finds the next sentence: its byte range, without the white space around it.
 *
 * Returns: %FALSE when there are no more sentences
 */
gboolean
px_sentence_iter_next (PxSentenceIter *iter,
                       PxRange        *sentence)
{
  Scan sc;
  const char *text;
  gsize len, p, end = 0, next = 0;
  guint n;
  gboolean found = FALSE, soft = FALSE;
  const guint8 *classes;

  g_return_val_if_fail (iter != NULL, FALSE);
  g_return_val_if_fail (sentence != NULL, FALSE);

  text = iter->text;
  len = iter->len;
  p = iter->pos;
  sc.line_start = p == 0 || iter->soft_end;
  while (p < len)
    {
      if (break_at (text, len, p, &n) != 0)
        sc.line_start = TRUE;
      else if ((n = space_at (text, len, p)) == 0)
        break;
      p += n;
    }
  if (p >= len)
    {
      iter->pos = len;
      return FALSE;
    }

  sc.iter = iter;
  sc.text = text;
  sc.len = len;
  sc.s = p;
  sc.breaks = 0;
  sc.seen_alnum = FALSE;
  p = parse_item_start (&sc);
  sc.alnum_from = p;
  classes = sc.bullet != 0 || sc.marker.kind != MARK_NONE ? byte_class_list : byte_class;

  while (!found)
    {
      guint8 cls;
      gunichar u;
      NextInfo ni;

      p = skip_plain (classes, (const guchar *) text, p, len);
      if (p >= len)
        break;
      cls = classes[(guchar) text[p]];
      switch (cls)
        {
        case C_UPPER:
          if (p > sc.s + 1 && text[p - 1] == ' ' &&
              (stamp_break (&sc, p - 1) || headline_break (&sc, p - 1)))
            {
              end = p - 1;
              found = soft = TRUE;
              break;
            }
          p++;
          break;

        case C_SPACE:
          p++;
          if (next_item_at (&sc, p))
            {
              end = p;
              found = TRUE;
            }
          break;

        case C_DOT:
          found = judge_stop (&sc, p, &end, &next);
          p = MAX (next, p + 1);
          break;

        case C_BANG:
          found = judge_bang (&sc, p, &end, &next);
          p = MAX (next, p + 1);
          break;

        case C_BREAK:
        case C_HIGH:
          if (break_at (text, len, p, &n) != 0)
            {
              peek_next (text, len, p, &ni);
              if (ni.blank || ni.kind == NEXT_END || line_ends_sentence (&sc, p, &ni))
                {
                  end = p;
                  found = soft = TRUE;
                }
              else
                {
                  sc.breaks++;
                  p += n;
                }
              break;
            }
          u = char_at (text, len, p, &n);
          if (u == 0x2026)
            {
              found = judge_stop (&sc, p, &end, &next);
              p = MAX (next, p + n);
            }
          else if (_px_char_is_bang (u))
            {
              found = judge_bang (&sc, p, &end, &next);
              p = MAX (next, p + n);
            }
          else if (_px_char_is_wide_stop (u))
            {
              found = judge_wide_stop (&sc, p, &end, &next);
              p = MAX (next, p + n);
            }
          else
            p += n;
          break;

        default:
          g_assert_not_reached ();
        }
    }
  if (!found)
    end = len;

  sentence->start = sc.s;
  sentence->end = trim_end (text, sc.s, end);
  iter->pos = MAX (end, sc.s + 1);
  iter->soft_end = soft;
  return TRUE;
}

/**
 * px_sentence_count:
 * @text: UTF-8 text
 * @len: length of @text in bytes, or -1 if it is nul-terminated
 *
 * Returns: the number of sentences px_sentence_iter_next() finds in @text
 */
guint
px_sentence_count (const char *text,
                   gssize      len)
{
  PxSentenceIter iter;
  PxRange s;
  guint n = 0;

  px_sentence_iter_init (&iter, text, len);
  while (px_sentence_iter_next (&iter, &s))
    n++;
  return n;
}
