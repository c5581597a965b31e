/* px-stopwords.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-stopwords.h"

#include <string.h>

#include "px-stemmer.h"
#include "px-tokens.h"

/* Function words that say nothing about which fact a sentence reports.
 * Written with their accents; they are folded like tokens when loaded.
 * Negations are in the lists: the similarity and differences code look
 * for them on their own. */

static const char *const english[] = {
  "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
  "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between",
  "both", "but", "by", "can", "cannot", "could", "couldn't", "d", "did", "didn't", "do",
  "does", "doesn't", "doing", "don't", "down", "during", "each", "either", "few", "for",
  "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he",
  "he'd", "he'll", "he's", "her", "here", "hers", "herself", "him", "himself", "his", "how",
  "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its",
  "itself", "just", "ll", "m", "may", "me", "might", "more", "most", "must", "my", "myself",
  "n't", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
  "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "re", "s", "same",
  "shall", "she", "she'd", "she'll", "she's", "should", "shouldn't", "so", "some", "such", "t",
  "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there",
  "there's", "these", "they", "they'd", "they'll", "they're", "they've", "this", "those",
  "through", "to", "too", "under", "until", "up", "upon", "us", "ve", "very", "was", "wasn't",
  "we", "we'd", "we'll", "we're", "we've", "were", "weren't", "what", "what's", "when",
  "where", "which", "while", "who", "who's", "whom", "whose", "why", "will", "with", "won't",
  "would", "wouldn't", "yet", "you", "you'd", "you'll", "you're", "you've", "your", "yours",
  "yourself", "yourselves",
  NULL
};

static const char *const german[] = {
  "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "ander",
  "andere", "anderem", "anderen", "anderer", "anderes", "auch", "auf", "aus", "bei", "bin",
  "bis", "bist", "da", "damit", "dann", "das", "dass", "daß", "dem", "den", "denn", "der",
  "des", "dich", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses", "dir", "doch",
  "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "etwas",
  "euch", "euer", "für", "gegen", "hat", "hatte", "hatten", "hier", "hin", "ich", "ihm", "ihn",
  "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "im", "in", "ist", "ja", "jede", "jedem",
  "jeden", "jeder", "jedes", "kann", "kein", "keine", "keinem", "keinen", "keiner", "können",
  "man", "mich", "mir", "mit", "muss", "nach", "nicht", "nichts", "noch", "nun", "nur", "ob",
  "oder", "ohne", "sehr", "sein", "seine", "seinem", "seinen", "seiner", "sich", "sie", "sind",
  "so", "soll", "sondern", "über", "um", "und", "uns", "unser", "unter", "vom", "von", "vor",
  "war", "waren", "warum", "was", "weil", "welche", "welchem", "welchen", "welcher", "wenn",
  "wer", "werden", "wie", "wieder", "will", "wir", "wird", "wo", "wurde", "wurden", "zu",
  "zum", "zur", "zwischen",
  NULL
};

static const char *const spanish[] = {
  "a", "al", "algo", "algunos", "ante", "antes", "como", "con", "contra", "cual", "cuando",
  "de", "del", "desde", "donde", "durante", "e", "el", "él", "ella", "ellas", "ellos", "en",
  "entre", "era", "eran", "es", "esa", "esas", "ese", "eso", "esos", "esta", "está", "están",
  "estas", "este", "esto", "estos", "fue", "fueron", "ha", "han", "hasta", "hay", "la", "las",
  "le", "les", "lo", "los", "más", "me", "mi", "muy", "nada", "ni", "no", "nos", "nosotros",
  "o", "otra", "otras", "otro", "otros", "para", "pero", "poco", "por", "porque", "que", "qué",
  "quien", "se", "sea", "ser", "si", "sí", "sido", "sin", "sobre", "son", "su", "sus",
  "también", "tiene", "tienen", "todo", "todos", "tras", "tu", "un", "una", "uno", "unos", "y",
  "ya", "yo",
  NULL
};

static const char *const french[] = {
  "à", "au", "aussi", "aux", "avait", "avec", "avoir", "c", "ce", "cela", "celle", "ces",
  "cet", "cette", "comme", "d", "dans", "de", "des", "du", "elle", "elles", "en", "est", "et",
  "été", "être", "eu", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui",
  "m", "ma", "mais", "me", "même", "mes", "moi", "mon", "n", "ne", "ni", "nos", "notre",
  "nous", "on", "ont", "ou", "où", "par", "pas", "pour", "qu", "que", "qui", "s", "sa", "sans",
  "se", "ses", "son", "sont", "sur", "t", "ta", "te", "tes", "toi", "ton", "tous", "tout",
  "très", "tu", "un", "une", "vos", "votre", "vous", "y",
  NULL
};

static const char *const russian[] = {
  "а", "без", "бы", "был", "была", "были", "было", "быть", "в", "вам", "вас", "весь", "во",
  "вот", "все", "всё", "всех", "вы", "где", "да", "даже", "для", "до", "его", "ее", "её",
  "если", "есть", "еще", "ещё", "же", "за", "здесь", "и", "из", "или", "им", "их", "к", "как",
  "когда", "кто", "ли", "либо", "мне", "мы", "на", "над", "нам", "нас", "не", "него", "нее",
  "неё", "нет", "ни", "них", "но", "ну", "о", "об", "он", "она", "они", "оно", "от", "по",
  "под", "при", "с", "со", "так", "также", "такой", "там", "те", "тем", "то", "того", "тоже",
  "той", "только", "том", "ты", "у", "уже", "чем", "что", "чтобы", "эта", "эти", "это", "этот",
  "я",
  NULL
};

typedef struct {
  const char *language;
  const char *const *words;
  GHashTable *set;
} List;

static List lists[] = {
  { "en", english, NULL },
  { "de", german, NULL },
  { "es", spanish, NULL },
  { "fr", french, NULL },
  { "ru", russian, NULL },
};

static void
load_lists (void)
{
  static gsize loaded = 0;

  if (g_once_init_enter (&loaded))
    {
      GString *folded = g_string_new (NULL);
      guint i, j;

      for (i = 0; i < G_N_ELEMENTS (lists); i++)
        {
          lists[i].set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          for (j = 0; lists[i].words[j] != NULL; j++)
            {
              g_string_truncate (folded, 0);
              px_token_fold (lists[i].words[j], -1, folded);
              g_hash_table_add (lists[i].set, g_strdup (folded->str));
            }
        }
      g_string_free (folded, TRUE);
      g_once_init_leave (&loaded, 1);
    }
}

static const List *
find_list (const char *language)
{
  const char *code = px_language_from_tag (language);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (lists); i++)
    if (g_str_equal (lists[i].language, code))
      return &lists[i];
  return NULL;
}

/**
 * px_stopwords_has_language:
 * @language: (nullable): a language tag
 *
 * Returns: whether there is a stopword list for @language (without one,
 *   px_stopwords_contains() uses English)
 */
gboolean
px_stopwords_has_language (const char *language)
{
  return find_list (language) != NULL;
}

/**
 * px_stopwords_contains:
 * @language: (nullable): a language tag; English when %NULL or unknown
 * @word: a word in its matching form (see px_token_fold())
 * @len: its length in bytes, or -1 if nul-terminated
 *
 * Returns: whether @word is a function word of @language
 */
gboolean
px_stopwords_contains (const char *language,
                       const char *word,
                       gssize      len)
{
  const List *list;
  char buf[64];
  gsize n;

  g_return_val_if_fail (word != NULL || len <= 0, FALSE);

  if (word == NULL)
    return FALSE;
  n = len < 0 ? strlen (word) : (gsize) len;
  if (n == 0 || n >= sizeof buf)
    return FALSE;
  memcpy (buf, word, n);
  buf[n] = '\0';

  load_lists ();
  list = find_list (language);
  if (list == NULL)
    list = &lists[0];

  return g_hash_table_contains (list->set, buf);
}
