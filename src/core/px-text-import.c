/* px-text-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-text-import.h"

#include <string.h>

#include "px-date.h"

/*
 * Plain text and Markdown are first cut into lines grouped in blocks: a
 * block is a run of lines no blank line separates (in Markdown: one
 * paragraph, heading or list item). Shared passes then take the metadata
 * off the head (title, byline, date, photo captions), boilerplate off the
 * tail (comment prompts, e-mail addresses, source lines, a repeated
 * headline), and join each block's lines into paragraphs. The first
 * paragraph gives up its dateline.
 *
 * Everything is linear in the input: classifiers look at bounded prefixes
 * and the Markdown scanner caches the next closing bracket.
 */

typedef enum {
  MODE_LINES,     /* one paragraph per line */
  MODE_WRAPPED,   /* hard-wrapped: lines join into paragraphs */
  MODE_MARKDOWN,  /* a block is one paragraph */
} Mode;

enum {
  LINE_REMOVED = 1 << 0,
  LINE_AFTER_IMAGE = 1 << 1,
  LINE_EMPHASIZED = 1 << 2,
};

typedef struct {
  char *text;       /* trimmed, spaces normalised, never empty */
  guint block;
  guint indent;
  guint nchars;     /* characters in text, indent not counted */
  guint8 heading;   /* Markdown heading level, 0 for text */
  guint8 flags;
} Line;

typedef struct {
  char *text;
  guint indent;
} RawLine;

typedef struct {
  GArray *lines;          /* Line */
  Mode mode;
  guint width;            /* usual length of a wrapped line */
  const char *norm;       /* the normalised text, for the word list */
  GHashTable *words;      /* lower-case words of the text, made on demand */
  gboolean title_fixed;   /* Markdown decided the title: no guessing */
  int tail_headline;      /* a last line that may repeat the headline, or -1 */
} Doc;

#define LINE_AT(doc, i) (&g_array_index ((doc)->lines, Line, (i)))

/* Header classifiers look at short lines only; longer ones are body text. */
#define MAX_HEADER_LINE 300

/* ------------------------------------------------------------------ words */

static const char * const function_words[] = {
  "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "its", "nor", "of",
  "on", "or", "over", "than", "that", "the", "their", "to", "with", "who", "which", "whose",
  "is", "are", "was", "were", "be", "has", "have", "had", "his", "her", "our", "said",
};

/* Words that open a sentence after a dateline without a dash ("MOSCOW The
 * agency said") or after a run-in subheading ("SLOW PROGRESS The talks"). */
static const char * const opener_words[] = {
  "a", "after", "an", "as", "at", "authorities", "before", "both", "dozens", "during", "emergency",
  "five", "for", "four", "from", "government", "hundreds", "in", "it", "its", "many", "more",
  "most", "officials", "on", "one", "police", "rescue", "rescuers", "residents", "several", "six",
  "some", "the", "there", "these", "this", "those", "thousands", "three", "two", "when", "while",
  "with",
};

static const char * const weekday_names[] = {
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
};

static const char * const date_filler_words[] = {
  "at", "on", "am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt", "cet", "cest", "bst",
  "pst", "pdt", "cst", "cdt", "et", "local", "time", "the", "of", "th", "st", "nd", "rd",
};

static const char * const abbreviations[] = {
  "adm", "approx", "capt", "cmdr", "co", "col", "corp", "dept", "dr", "est", "etc", "fig",
  "ft", "gen", "gov", "hon", "inc", "jr", "lt", "ltd", "mr", "mrs", "ms", "mt", "no", "pres",
  "prof", "rep", "rev", "sen", "sgt", "sr", "st", "vs", "jan", "feb", "mar", "apr", "jun",
  "jul", "aug", "sep", "sept", "oct", "nov", "dec",
};

/* Name particles that stay lower case inside a byline. */
static const char * const name_particles[] = {
  "and", "&", "al", "bin", "da", "de", "del", "della", "den", "der", "di", "du", "el", "la",
  "le", "ten", "van", "von", "y",
};

/* Words of a role line under a byline: a job, or an outlet. */
static const char * const job_words[] = {
  "analyst", "bureau", "chief", "columnist", "contributor", "contributing", "correspondent",
  "correspondents", "editor", "editors", "journalist", "photographer", "producer", "reporter",
  "reporters", "special", "staff", "writer", "writers",
};

static const char * const outlet_words[] = {
  "afp", "agence", "associated", "news", "press", "reuters", "wire", "xinhua",
};

/* Spelled as line prefixes, lower case; a trailing '$' asks for the whole line. */
static const char * const anywhere_boilerplate[] = {
  "comments about this article", "please fill the fields below", "leave a comment",
  "leave a reply", "post a comment", "add a comment", "add your comment",
  "be the first to comment", "share this article", "share this story", "share this page",
  "share this$", "share on facebook", "share on twitter", "share via email",
  "share via e-mail", "follow us on", "subscribe to our newsletter",
  "sign up for our newsletter", "sign up to our newsletter", "click here to subscribe",
  "print this article", "email this article", "e-mail this article", "back to top$",
  "advertisement$", "you may also like", "recommended for you", "join the conversation",
  "view comments", "show comments", "hide comments", "read more:", "related:",
  "most popular$", "most read$", "skip to content$",
};

static const char * const tail_boilerplate[] = {
  "(source:", "source:", "(sources:", "sources:", "(with reporting by", "(reporting by",
  "reporting by", "(editing by", "editing by", "(writing by", "writing by",
  "(additional reporting", "additional reporting by", "compiled by", "edited by", "translated by",
  "(c) ", "\xc2\xa9",
  "copyright", "all rights reserved", "tags:", "filed under", "related articles",
  "related stories", "related coverage", "read more", "see also", "more:", "-30-", "###",
  "(end)", "end$", "ends$", "- end -", "-end-", "topics:", "keywords:",
};

static gboolean
word_in_list (const char         *word,
              gsize               len,
              const char * const *list,
              guint               n)
{
  guint i;

  for (i = 0; i < n; i++)
    if (strlen (list[i]) == len && g_ascii_strncasecmp (word, list[i], len) == 0)
      return TRUE;

  return FALSE;
}

#define IN_LIST(w, n, list) word_in_list ((w), (n), (list), G_N_ELEMENTS (list))

static gboolean
is_word_char (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return g_unichar_isalnum (c);
}

static gboolean
is_upper_at (const char *p)
{
  return g_unichar_isupper (g_utf8_get_char (p));
}

static gboolean
is_lower_at (const char *p)
{
  return g_unichar_islower (g_utf8_get_char (p));
}

static gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '_' ||
         c == 0x201D || c == 0x2019 || c == 0xBB || c == 0x203A;
}

static gboolean
is_opening_quote (gunichar c)
{
  return c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == 0xAB || c == '(';
}

/* The last character that is not a closing quote or bracket. */
static gunichar
last_significant_char (const char *s,
                       gsize       len)
{
  const char *end = s + len;

  while (end > s)
    {
      const char *prev = g_utf8_find_prev_char (s, end);
      gunichar c;

      if (prev == NULL)
        break;
      c = g_utf8_get_char (prev);
      if (!is_closing (c))
        return c;
      end = prev;
    }

  return 0;
}

static gboolean
ends_terminal (const char *s)
{
  gunichar c = last_significant_char (s, strlen (s));

  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

static gunichar
last_char (const char *s)
{
  gsize len = strlen (s);
  const char *prev;

  if (len == 0)
    return 0;
  prev = g_utf8_find_prev_char (s, s + len);

  return prev ? g_utf8_get_char (prev) : 0;
}

/* Counts space-separated words, stopping at @limit + 1. */
static guint
count_words (const char *s,
             guint       limit)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (; *s; s++)
    {
      if (*s == ' ')
        in_word = FALSE;
      else if (!in_word)
        {
          in_word = TRUE;
          if (++n > limit)
            break;
        }
    }

  return n;
}

static gboolean
ends_with_function_word (const char *s)
{
  gsize len = strlen (s);
  const char *end = s + len;
  const char *start = end;

  while (start > s && start[-1] != ' ')
    start--;

  return IN_LIST (start, end - start, function_words);
}

/* Lower-cases ASCII and drops everything but letters and digits, so that
 * two spellings of a headline compare equal. */
static char *
fold_key (const char *s)
{
  GString *out = g_string_new (NULL);
  const char *p;

  for (p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, g_unichar_tolower (c));
    }

  return g_string_free (out, FALSE);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *ka = fold_key (a);
  g_autofree char *kb = fold_key (b);

  return *ka != '\0' && strcmp (ka, kb) == 0;
}

static gboolean
has_prefix_ci (const char *s,
               const char *prefix)
{
  return g_ascii_strncasecmp (s, prefix, strlen (prefix)) == 0;
}

/* Collapses runs of white space to one space and trims. */
static char *
collapse_space (const char *s,
                gsize       len)
{
  GString *out = g_string_sized_new (len);
  const char *end = s + len;
  gboolean space = FALSE;

  for (; s < end; s++)
    {
      if (g_ascii_isspace (*s))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *s);
        }
    }

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------ normalising */

/* Line ends become '\n', tabs and odd spaces become spaces, invisible
 * characters go; the result is valid UTF-8 whatever came in. */
static char *
normalise_text (const char *text,
                gsize       len)
{
  GString *out = g_string_sized_new (len + 1);
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      guchar c = (guchar) *p;
      gunichar u;

      if (c < 0x80)
        {
          if (c == '\r')
            {
              g_string_append_c (out, '\n');
              if (p + 1 < end && p[1] == '\n')
                p++;
            }
          else if (c == '\n' || c == '\f' || c == '\v')
            g_string_append_c (out, '\n');
          else if (c == '\t')
            g_string_append (out, "    ");
          else if (c >= 0x20 && c != 0x7f)
            g_string_append_c (out, (char) c);
          p++;
          continue;
        }

      u = g_utf8_get_char_validated (p, end - p);
      if (u == (gunichar) -1 || u == (gunichar) -2)
        {
          g_string_append (out, "\xef\xbf\xbd");
          p++;
          continue;
        }
      p = g_utf8_next_char (p);

      if (u == 0xA0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200A) || u == 0x202F ||
          u == 0x205F || u == 0x3000)
        g_string_append_c (out, ' ');
      else if (u == 0x200B || u == 0x2060 || u == 0xFEFF || u == 0xAD || (u >= 0x80 && u < 0xA0 &&
                                                                            u != 0x85))
        ;
      else if (u == 0x85 || u == 0x2028)
        g_string_append_c (out, '\n');
      else if (u == 0x2029)
        g_string_append (out, "\n\n");
      else
        g_string_append_unichar (out, u);
    }

  return g_string_free (out, FALSE);
}

static GArray *
split_raw_lines (const char *norm)
{
  GArray *raw = g_array_new (FALSE, FALSE, sizeof (RawLine));
  const char *p = norm;

  for (;;)
    {
      const char *nl = strchr (p, '\n');
      const char *e = nl ? nl : p + strlen (p);
      const char *s = p;
      RawLine line;

      line.indent = 0;
      while (s < e && *s == ' ')
        {
          s++;
          line.indent++;
        }
      while (e > s && e[-1] == ' ')
        e--;
      line.text = g_strndup (s, e - s);
      g_array_append_val (raw, line);

      if (nl == NULL)
        break;
      p = nl + 1;
    }

  return raw;
}

static void
free_raw_lines (GArray *raw)
{
  guint i;

  for (i = 0; i < raw->len; i++)
    g_free (g_array_index (raw, RawLine, i).text);
  g_array_unref (raw);
}

static void
doc_add_line (Doc        *doc,
              const char *text,
              guint       block,
              guint       indent,
              guint8      heading,
              guint8      flags)
{
  Line line;

  line.text = g_strdup (text);
  line.block = block;
  line.indent = indent;
  line.nchars = (guint) MIN (g_utf8_strlen (text, -1), G_MAXUINT);
  line.heading = heading;
  line.flags = flags;
  g_array_append_val (doc->lines, line);
}

static void
doc_init (Doc        *doc,
          const char *norm)
{
  memset (doc, 0, sizeof *doc);
  doc->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  doc->norm = norm;
  doc->tail_headline = -1;
}

static void
doc_clear (Doc *doc)
{
  guint i;

  for (i = 0; i < doc->lines->len; i++)
    g_free (LINE_AT (doc, i)->text);
  g_array_unref (doc->lines);
  g_clear_pointer (&doc->words, g_hash_table_unref);
}

static int
next_live (Doc *doc,
           int  i)
{
  for (i++; i < (int) doc->lines->len; i++)
    if (!(LINE_AT (doc, i)->flags & LINE_REMOVED))
      return i;

  return -1;
}

static int
prev_live (Doc *doc,
           int  i)
{
  for (i--; i >= 0; i--)
    if (!(LINE_AT (doc, i)->flags & LINE_REMOVED))
      return i;

  return -1;
}

static void
remove_line (Doc *doc,
             int  i)
{
  LINE_AT (doc, i)->flags |= LINE_REMOVED;
}

/* ---------------------------------------------------------- wrap or lines */

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Hard-wrapped text has lines of similar length that mostly end in the
 * middle of a sentence; a file with one paragraph (or sentence) per line
 * has lines that end with a full stop, whatever their length. */
static void
detect_mode (Doc *doc)
{
  g_autoptr(GArray) lengths = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_inner = 0;
  guint n_terminal = 0;
  guint i;

  doc->mode = MODE_LINES;

  for (i = 0; i + 1 < doc->lines->len; i++)
    {
      Line *line = LINE_AT (doc, i);
      guint len;

      if (LINE_AT (doc, i + 1)->block != line->block)
        continue;
      n_inner++;
      if (ends_terminal (line->text))
        n_terminal++;
      len = line->nchars + line->indent;
      g_array_append_val (lengths, len);
    }

  if (n_inner >= 3 && n_terminal * 2 < n_inner)
    {
      guint median;

      g_array_sort (lengths, compare_uint);
      median = g_array_index (lengths, guint, lengths->len / 2);
      if (median <= 110)
        {
          doc->mode = MODE_WRAPPED;
          doc->width = g_array_index (lengths, guint, lengths->len * 9 / 10);
        }
    }
}

/* ------------------------------------------------------------ boilerplate */

static gboolean
matches_phrase_list (const char         *line,
                     const char * const *list,
                     guint               n,
                     guint               max_words)
{
  g_autofree char *lower = NULL;
  gsize len = strlen (line);
  guint i;

  if (len > 200)
    return FALSE;

  lower = g_ascii_strdown (line, len);
  /* "Share this:" and "Advertisement." name the same thing */
  while (len > 0 && strchr (".:!-\xc2\xbb\xe2\x80\xba> ", lower[len - 1]) != NULL &&
         !(len >= 4 && strcmp (lower + len - 4, "-30-") == 0))
    lower[--len] = '\0';

  for (i = 0; i < n; i++)
    {
      const char *phrase = list[i];
      gsize plen = strlen (phrase);

      if (plen > 0 && phrase[plen - 1] == '$')
        {
          if (len == plen - 1 && strncmp (lower, phrase, plen - 1) == 0)
            return TRUE;
          continue;
        }
      if (strncmp (lower, phrase, plen) == 0 &&
          (phrase[plen - 1] == ':' || phrase[plen - 1] == ' ' || !g_ascii_isalnum (phrase[plen - 1]) ||
           !g_ascii_isalnum (lower[plen])) &&
          count_words (line, max_words) <= max_words)
        return TRUE;
    }

  return FALSE;
}

/* Lines no article says as a sentence of its own: comment prompts, share
 * and subscribe bars. Checked on every line that starts a capital. */
static gboolean
is_anywhere_boilerplate (const char *line)
{
  if (!is_upper_at (line) && !g_ascii_isdigit (*line))
    return FALSE;

  return matches_phrase_list (line, anywhere_boilerplate, G_N_ELEMENTS (anywhere_boilerplate), 12);
}

static gboolean
is_email_token (const char *s,
                gsize       len)
{
  const char *at = memchr (s, '@', len);

  return at != NULL && at > s && memchr (at, '.', len - (at - s)) != NULL &&
         g_ascii_isalnum (at[1]);
}

static gboolean
is_email_line (const char *line)
{
  gsize len = strlen (line);
  const char *p = line;
  gboolean found = FALSE;
  guint words = count_words (line, 12);
  g_autofree char *lower = NULL;

  if (len > 160 || words > 12 || memchr (line, '@', len) == NULL)
    return FALSE;

  while (*p)
    {
      const char *start;

      while (*p == ' ')
        p++;
      start = p;
      while (*p && *p != ' ')
        p++;
      if (p > start && is_email_token (start, p - start))
        found = TRUE;
    }
  if (!found)
    return FALSE;
  if (words <= 3)
    return TRUE;

  lower = g_ascii_strdown (line, len);
  return strstr (lower, "reach") != NULL || strstr (lower, "contact") != NULL ||
         strstr (lower, "mail") != NULL || strstr (lower, "write to") != NULL ||
         strstr (lower, "follow") != NULL || strstr (lower, "tips") != NULL;
}

static gboolean
is_separator_line (const char *line)
{
  const char *p;

  if (strlen (line) > 80)
    return FALSE;
  for (p = line; *p; p++)
    if (strchr ("-=*_~#+. ", *p) == NULL)
      return has_prefix_ci (p, "\xe2\x80\xa2") && is_separator_line (p + 3);

  return TRUE;
}

static gboolean
is_url_line (const char *line)
{
  return (has_prefix_ci (line, "http://") || has_prefix_ci (line, "https://") ||
          has_prefix_ci (line, "www.")) && strchr (line, ' ') == NULL;
}

static gboolean
is_handle_line (const char *line)
{
  /* "@janeroe", "Follow Jane Roe on Twitter: @janeroe" */
  g_autofree char *lower = NULL;
  gsize len = strlen (line);

  if (len > 120)
    return FALSE;
  if (line[0] == '@' && strchr (line, ' ') == NULL)
    return TRUE;
  lower = g_ascii_strdown (line, len);
  return g_str_has_prefix (lower, "follow ") && count_words (line, 10) <= 8 &&
         (strstr (lower, "twitter") != NULL || strstr (lower, "facebook") != NULL ||
          strstr (lower, "instagram") != NULL || strchr (lower, '@') != NULL);
}

static gboolean
is_tail_boilerplate (const char *line)
{
  return is_anywhere_boilerplate (line) || is_email_line (line) || is_separator_line (line) ||
         is_url_line (line) || is_handle_line (line) ||
         matches_phrase_list (line, tail_boilerplate, G_N_ELEMENTS (tail_boilerplate), 30);
}

/* A last line without a full stop after a finished sentence: the headline
 * printed again under the story. */
static gboolean
is_headline_like (const char *line)
{
  guint words = count_words (line, 30);
  gunichar last = last_char (line);

  return strlen (line) <= 200 && words >= 3 && words <= 25 &&
         (is_upper_at (line) || g_ascii_isdigit (*line)) &&
         !ends_terminal (line) && last != ',' && last != ';' && last != ':' && last != '-' &&
         !ends_with_function_word (line);
}

static void
strip_boilerplate (Doc *doc)
{
  int i;
  int prev;

  for (i = 0; i < (int) doc->lines->len; i++)
    if (is_anywhere_boilerplate (LINE_AT (doc, i)->text))
      remove_line (doc, i);

  for (i = prev_live (doc, doc->lines->len); i >= 0; i = prev_live (doc, i))
    {
      if (!is_tail_boilerplate (LINE_AT (doc, i)->text))
        break;
      remove_line (doc, i);
    }

  if (i < 0 || LINE_AT (doc, i)->heading > 0 || !is_headline_like (LINE_AT (doc, i)->text))
    return;
  prev = prev_live (doc, i);
  if (prev >= 0 && ends_terminal (LINE_AT (doc, prev)->text) &&
      prev_live (doc, prev_live (doc, prev)) >= 0)
    doc->tail_headline = i;
}

/* ---------------------------------------------------------------- bylines */

static gboolean
is_month_or_weekday (const char *w,
                     gsize       len)
{
  while (len > 0 && (w[len - 1] == '.' || w[len - 1] == ','))
    len--;

  return px_date_month_from_name (w, len) > 0 || IN_LIST (w, len, weekday_names);
}

/* "Jane Roe", "JANE ROE and Ivo Brandt", "J. R. Mendel", "Lena van der Berg" */
static gboolean
looks_like_names (const char *s,
                  gsize       len,
                  guint       max_words)
{
  const char *p = s;
  const char *end = s + len;
  guint words = 0;
  guint capitalised = 0;

  if (len == 0 || len > 100)
    return FALSE;

  while (p < end)
    {
      const char *w;
      const char *q;

      while (p < end && *p == ' ')
        p++;
      if (p >= end)
        break;
      w = p;
      while (p < end && *p != ' ')
        p++;
      if (++words > max_words)
        return FALSE;

      if (IN_LIST (w, p - w, name_particles))
        {
          if (words == 1)
            return FALSE;
          continue;
        }
      if (!is_upper_at (w))
        return FALSE;
      if (words == 1 && (is_month_or_weekday (w, p - w) || IN_LIST (w, p - w, function_words) ||
                         IN_LIST (w, p - w, opener_words)))
        return FALSE;
      for (q = w; q < p; q = g_utf8_next_char (q))
        {
          gunichar c = g_utf8_get_char (q);

          if (!g_unichar_isalpha (c) && c != '.' && c != '\'' && c != '-' && c != 0x2019)
            return FALSE;
        }
      capitalised++;
    }

  return capitalised >= 1 && words >= 1;
}

/* "JANE ROE" reads as "Jane Roe"; mixed case is left alone. */
static char *
tidy_names (const char *s,
            gsize       len)
{
  GString *out = g_string_sized_new (len);
  const char *p = s;
  const char *end = s + len;

  while (p < end)
    {
      const char *w = p;
      const char *q;
      gboolean all_upper = TRUE;
      guint letters = 0;

      while (p < end && *p != ' ')
        p++;
      for (q = w; q < p; q = g_utf8_next_char (q))
        {
          gunichar c = g_utf8_get_char (q);

          if (g_unichar_isalpha (c))
            {
              letters++;
              if (!g_unichar_isupper (c))
                all_upper = FALSE;
            }
        }

      if (all_upper && letters >= 2 && memchr (w, '.', p - w) == NULL)
        {
          gboolean start = TRUE;

          for (q = w; q < p; q = g_utf8_next_char (q))
            {
              gunichar c = g_utf8_get_char (q);

              g_string_append_unichar (out, start ? c : g_unichar_tolower (c));
              start = !g_unichar_isalpha (c);
            }
        }
      else
        g_string_append_len (out, w, p - w);

      while (p < end && *p == ' ')
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          p++;
        }
    }

  return g_strchomp (g_string_free (out, FALSE));
}

static gboolean
has_word_from (const char         *s,
               const char * const *list,
               guint               n)
{
  const char *p = s;

  while (*p)
    {
      const char *w;

      while (*p && !g_ascii_isalpha (*p))
        p++;
      w = p;
      while (*p && (g_ascii_isalpha (*p) || *p == '-'))
        p++;
      if (p > w && word_in_list (w, p - w, list, n))
        return TRUE;
      if (p == w && *p)
        p++;
    }

  return FALSE;
}

static gboolean
has_job_word (const char *s)
{
  return has_word_from (s, job_words, G_N_ELEMENTS (job_words));
}

static gboolean
has_role_word (const char *s)
{
  return has_job_word (s) || has_word_from (s, outlet_words, G_N_ELEMENTS (outlet_words));
}

static gboolean
is_role_line (const char *line)
{
  return strlen (line) <= 60 && count_words (line, 8) <= 7 && is_upper_at (line) &&
         !ends_terminal (line) && has_role_word (line);
}

static gboolean
is_name_line (const char *line)
{
  gsize len = strlen (line);

  return len <= 60 && count_words (line, 8) >= 2 && last_char (line) != '.' &&
         looks_like_names (line, len, 8);
}

static gboolean is_date_line (const char *line,
                              char      **date);

/* "By Jane Roe", "BY JANE ROE and Ivo Brandt, Meridian Wire",
 * "By Jane Roe | March 3, 2031". Fills what it finds into @builder, or
 * only tells when @builder is %NULL. */
static gboolean
parse_by_line (const char        *line,
               PxArticleBuilder  *builder,
               char             **site)
{
  static const char * const prefixes[] = {
    "by ", "written by ", "story by ", "words by ", "reporting by ",
  };
  const char *p = NULL;
  const char *end;
  const char *names_end;
  const char *comma;
  const char *rest = NULL;
  const char *stamp;
  gsize len = strlen (line);
  g_autofree char *names = NULL;
  guint i;

  if (len > 160)
    return FALSE;
  for (i = 0; i < G_N_ELEMENTS (prefixes) && p == NULL; i++)
    if (has_prefix_ci (line, prefixes[i]))
      p = line + strlen (prefixes[i]);
  if (p == NULL)
    return FALSE;
  while (*p == ' ' || *p == ':')
    p++;

  end = line + len;
  /* a date after a bar or a dash */
  for (names_end = p; names_end < end; names_end++)
    if ((*names_end == '|' || (names_end[0] == ' ' && names_end[1] == '-' && names_end[2] == ' ')) ||
        g_str_has_prefix (names_end, "\xc2\xb7") || g_str_has_prefix (names_end, "\xe2\x80\xa2") ||
        g_str_has_prefix (names_end, " \xe2\x80\x94 ") || g_str_has_prefix (names_end, " \xe2\x80\x93 "))
      break;
  stamp = names_end;
  while (names_end > p && names_end[-1] == ' ')
    names_end--;

  comma = memchr (p, ',', names_end - p);
  if (comma != NULL)
    {
      rest = comma + 1;
      while (*rest == ' ')
        rest++;
      end = names_end;
      names_end = comma;
    }

  if (!looks_like_names (p, names_end - p, 10))
    return FALSE;

  if (builder == NULL)
    return TRUE;
  names = tidy_names (p, names_end - p);
  px_article_builder_set_byline (builder, names);

  if (*stamp != '\0' && px_article_builder_get_date (builder) == NULL)
    {
      g_autofree char *date = NULL;

      while (*stamp && !g_ascii_isalnum (*stamp))
        stamp++;
      if (is_date_line (stamp, &date))
        px_article_builder_set_date (builder, date);
    }

  /* "Jane Roe, Harbor Wire" names the outlet; "Jane Roe, Staff Writer" does not */
  if (rest != NULL && rest < end && site != NULL && *site == NULL)
    {
      g_autofree char *r = g_strndup (rest, end - rest);

      if (!has_job_word (r) && looks_like_names (r, strlen (r), 5))
        *site = g_steal_pointer (&r);
    }

  return TRUE;
}

/* ------------------------------------------------------------------ dates */

static gboolean
is_date_line (const char  *line,
              char       **date)
{
  static const char * const prefixes[] = {
    "published on", "published", "posted on", "posted", "last updated", "updated on",
    "updated", "first published on", "first published", "date", "filed", "dated",
  };
  const char *p = line;
  const char *q;
  guint others = 0;
  guint i;
  char *d;

  if (strlen (line) > 80)
    return FALSE;

  for (i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (has_prefix_ci (p, prefixes[i]) && !g_ascii_isalpha (p[strlen (prefixes[i])]))
      {
        p += strlen (prefixes[i]);
        while (*p == ' ' || *p == ':')
          p++;
        break;
      }

  for (q = p; *q; )
    {
      if (g_ascii_isalpha (*q))
        {
          const char *w = q;

          while (g_ascii_isalpha (*q) || (*q == '.' && g_ascii_isalpha (q[1])))
            q++;
          if (!is_month_or_weekday (w, q - w) && !IN_LIST (w, q - w, date_filler_words))
            others++;
        }
      else if ((guchar) *q >= 0x80)
        {
          others++;
          q = g_utf8_next_char (q);
        }
      else
        q++;
    }
  if (others > 1)
    return FALSE;

  d = px_date_normalize (p);
  if (d == NULL)
    return FALSE;
  if (date != NULL)
    *date = d;
  else
    g_free (d);

  return TRUE;
}

/* "POSTED: 05 / 02 / 07, 9:00 PM PDT |": a time stamp, even when its date
 * cannot be read */
static gboolean
is_stamp_line (const char *line)
{
  static const char * const prefixes[] = {
    "posted", "published", "updated", "last updated", "last modified", "first published",
  };
  const char *p = NULL;
  guint digits = 0;
  guint i;

  if (strlen (line) > 80)
    return FALSE;

  /* "11 / 28 / 05" */
  for (p = line; *p && strchr ("0123456789/-.: ", *p) != NULL; p++)
    digits += g_ascii_isdigit (*p) ? 1 : 0;
  if (*p == '\0' && digits >= 4)
    return TRUE;
  p = NULL;

  for (i = 0; i < G_N_ELEMENTS (prefixes) && p == NULL; i++)
    if (has_prefix_ci (line, prefixes[i]) && !g_ascii_isalpha (line[strlen (prefixes[i])]))
      p = line + strlen (prefixes[i]);
  if (p == NULL)
    return FALSE;
  while (*p == ' ' || *p == ':')
    p++;
  if (has_prefix_ci (p, "on ") || has_prefix_ci (p, "at "))
    p += 3;

  return g_ascii_isdigit (*p) || px_date_month_from_name (p, strcspn (p, " .,")) > 0 ||
         is_month_or_weekday (p, strcspn (p, " .,"));
}

/* --------------------------------------------------------------- captions */

static gboolean
is_caption_explicit (const char *line)
{
  static const char * const prefixes[] = {
    "photo:", "photo by", "photos:", "photo credit", "(photo", "[photo", "image:", "picture:",
    "caption:", "file -", "file \xe2\x80\x93", "file \xe2\x80\x94", "file photo", "(file photo",
    "in this photo", "in this file photo", "in this image", "in this undated", "in this aerial",
    "in this handout", "in this picture", "in this still image", "this photo", "this undated photo",
    "this image", "pictured:", "(ap photo", "credit:", "photograph:", "illustration:",
  };
  guint i;

  if (strlen (line) > 600)
    return FALSE;
  for (i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (has_prefix_ci (line, prefixes[i]))
      return TRUE;

  return FALSE;
}

static gboolean
has_caption_cue (const char *line)
{
  static const char * const cues[] = {
    "(l)", "(r)", "(c)", "(left)", "(right)", "(center)", "(centre)", "photo", "pictured",
    "looks on", " watches ", " gestures ", " arrives ", " poses ", "(reuters)", "/ap", "/afp",
    "getty images", "file picture",
  };
  g_autofree char *lower = g_ascii_strdown (line, -1);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cues); i++)
    if (strstr (lower, cues[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* ---------------------------------------------------------------- datelines */

typedef struct {
  gsize meta_end;     /* the dateline is text[0, meta_end) */
  gsize outlet_start;
  gsize outlet_end;   /* empty when no outlet is named */
  gsize body;         /* where the paragraph text resumes */
} Dateline;

static const char * const not_places[] = {
  "ANALYSIS", "BREAKING", "EDITORIAL", "EXCLUSIVE", "FLASH", "NOTE", "OPINION", "PHOTOS",
  "UPDATE", "UPDATED", "URGENT", "VIDEO", "WATCH", "CORRECTION", "REVIEW", "COMMENT",
  "REPORT", "POSTED", "PUBLISHED", "LIVE", "PHOTO", "AUDIO", "SOURCE", "SOURCES", "TIMELINE",
  "EXPLAINER", "FACTBOX", "WRAPUP", "INTERVIEW", "FEATURE", "BRIEF", "NEWS",
};

/* One upper-case word: letters (at least one upper case, no lower case)
 * and . ' - inside. Returns its end, or NULL. */
static const char *
scan_caps_word (const char *p,
                guint      *letters)
{
  const char *q = p;

  *letters = 0;
  while (*q && *q != ' ' && *q != ',' && *q != '(' && *q != ':')
    {
      gunichar c = g_utf8_get_char (q);

      if (g_unichar_isalpha (c))
        {
          if (!g_unichar_isupper (c))
            return NULL;
          (*letters)++;
        }
      else if (c != '.' && c != '\'' && c != '-' && c != 0x2019)
        return NULL;
      q = g_utf8_next_char (q);
    }

  return *letters > 0 ? q : NULL;
}

/* One capitalised word ("Puerto", "Calif.", "D.C."). */
static const char *
scan_title_word (const char *p)
{
  const char *q = p;

  if (!is_upper_at (p))
    return NULL;
  while (*q && *q != ' ' && *q != ',' && *q != '(' && *q != ':')
    {
      gunichar c = g_utf8_get_char (q);

      if (!g_unichar_isalpha (c) && c != '.' && c != '-')
        return NULL;
      q = g_utf8_next_char (q);
    }

  return q;
}

/* "Oct. 24", "March 3, 2031", "3 March 2031" */
static const char *
scan_date_qualifier (const char *p)
{
  const char *q = p;
  const char *w = p;
  int digits = 0;

  if (g_ascii_isdigit (*q))
    {
      while (g_ascii_isdigit (*q))
        {
          q++;
          digits++;
        }
      if (digits > 2 || *q != ' ')
        return NULL;
      q++;
      w = q;
      while (g_ascii_isalpha (*q))
        q++;
      if (px_date_month_from_name (w, q - w) == 0)
        return NULL;
      if (*q == '.')
        q++;
    }
  else
    {
      while (g_ascii_isalpha (*q))
        q++;
      if (px_date_month_from_name (w, q - w) == 0)
        return NULL;
      if (*q == '.')
        q++;
      if (*q != ' ' || !g_ascii_isdigit (q[1]))
        return NULL;
      q++;
      while (g_ascii_isdigit (*q))
        {
          q++;
          digits++;
        }
      if (digits > 2)
        return NULL;
    }

  /* the year */
  if ((q[0] == ',' && q[1] == ' ' && g_ascii_isdigit (q[2])) || (q[0] == ' ' && g_ascii_isdigit (q[1])))
    {
      const char *y = q + (q[0] == ',' ? 2 : 1);
      const char *e = y;

      while (g_ascii_isdigit (*e))
        e++;
      if (e - y == 4)
        q = e;
    }

  return q;
}

static const char *
skip_separator (const char *p,
                gboolean   *found)
{
  static const char * const separators[] = {
    "--", "\xe2\x80\x94", "\xe2\x80\x93", "\xe2\x80\x95", "//", "-", ":",
  };
  const char *q = p;
  guint i;

  *found = FALSE;
  while (*q == ' ')
    q++;
  for (i = 0; i < G_N_ELEMENTS (separators); i++)
    if (g_str_has_prefix (q, separators[i]) && q[strlen (separators[i])] == ' ')
      {
        *found = TRUE;
        q += strlen (separators[i]);
        while (*q == ' ')
          q++;
        return q;
      }

  return p;
}

/* "BEIJING, Oct. 24 (Xinhuanet) --", "MOSCOW (AP) —", "BEIRUT //",
 * "WASHINGTON, D.C. -", "Palimor, March 3 (Meridian Wire) -", "MOSCOW The" */
static gboolean
parse_dateline (const char *text,
                Dateline   *dl)
{
  const char *p = text;
  const char *meta_end;
  const char *body;
  gboolean caps = TRUE;
  gboolean has_date = FALSE;
  gboolean has_qualifier = FALSE;
  gboolean has_outlet = FALSE;
  gboolean has_sep;
  guint words = 0;
  guint letters = 0;
  guint i;

  memset (dl, 0, sizeof *dl);

  /* the place: upper-case words, or capitalised ones when an outlet or a
   * date confirms the dateline below */
  for (;;)
    {
      guint n;
      const char *e = scan_caps_word (p, &n);

      if (e == NULL)
        break;
      if (words == 0 && IN_LIST (p, e - p, not_places))
        return FALSE;
      letters += n;
      words++;
      p = e;
      if (p[0] != ' ' || words >= 5 || scan_caps_word (p + 1, &n) == NULL)
        break;
      p++;
    }
  if (words == 0 || letters < 2)
    {
      caps = FALSE;
      words = 0;
      p = text;
      for (;;)
        {
          const char *e = scan_title_word (p);

          if (e == NULL)
            break;
          if (words == 0 && (is_month_or_weekday (p, e - p) || IN_LIST (p, e - p, opener_words)))
            return FALSE;
          words++;
          p = e;
          if (p[0] != ' ' || words >= 3 || scan_title_word (p + 1) == NULL)
            break;
          p++;
        }
      if (words == 0)
        return FALSE;
    }
  if (p - text > 48)
    return FALSE;
  meta_end = p;

  /* ", Oct. 24", ", D.C.", ", Puerto Rico" */
  for (i = 0; i < 2 && p[0] == ',' && p[1] == ' '; i++)
    {
      const char *q = p + 2;
      const char *e = scan_date_qualifier (q);
      guint n = 0;

      if (e != NULL)
        has_date = TRUE;
      else
        {
          const char *w = q;

          while ((e = scan_title_word (w)) != NULL && n < 3)
            {
              n++;
              if (e[0] != ' ' || scan_title_word (e + 1) == NULL)
                break;
              w = e + 1;
            }
          if (n == 0)
            break;
        }
      if (e - text > 80)
        return FALSE;
      has_qualifier = TRUE;
      p = e;
      meta_end = p;
    }

  /* "(Xinhuanet)" */
  {
    const char *q = p;

    while (*q == ' ')
      q++;
    if (*q == '(' && g_ascii_isalpha (q[1]))
      {
        const char *close = q + 1;

        while (*close && *close != ')' && *close != '(' && close - q < 48)
          close++;
        if (*close == ')')
          {
            dl->outlet_start = q + 1 - text;
            dl->outlet_end = close - text;
            has_outlet = TRUE;
            p = close + 1;
          }
      }
  }

  body = skip_separator (p, &has_sep);
  if (!has_sep)
    {
      /* "MOSCOW The Interfax news agency reported" */
      const char *w = body;
      const char *e;

      if (!caps || *w != ' ')
        return FALSE;
      w++;
      for (e = w; g_ascii_isalpha (*e); e++)
        ;
      if (!is_upper_at (w) || *e != ' ' || !IN_LIST (w, e - w, opener_words))
        return FALSE;
      body = w;
    }
  if (!caps && !has_outlet && !has_date)
    return FALSE;
  /* "LAHORE: The…" but not a kicker such as "CHARGED WITH MURDER: What…" */
  if (has_sep && !has_outlet && !has_qualifier && words > 2 && body >= p + 1 &&
      memchr (p, ':', body - p) != NULL)
    return FALSE;
  if (caps && !has_sep && !has_outlet && has_qualifier)
    return FALSE;
  if (*body == '\0' || !(is_word_char (body) || is_opening_quote (g_utf8_get_char (body))))
    return FALSE;
  /* "U.S. officials said": a lone initialism with a lower-case verb after it */
  if (!has_sep && !has_outlet && words == 1 && memchr (text, '.', meta_end - text) != NULL)
    return FALSE;

  dl->meta_end = meta_end - text;
  dl->body = body - text;

  return TRUE;
}

/* "SLOW PROGRESS The talks…": a run-in subheading of two or more
 * upper-case words. Returns the length of the heading or 0. */
static gsize
find_run_in_heading (const char *text)
{
  const char *p = text;
  guint words = 0;

  for (;;)
    {
      guint n;
      const char *e = scan_caps_word (p, &n);
      const char *w;
      const char *we;

      if (e == NULL || n < 2 || *e != ' ')
        return 0;
      words++;
      w = e + 1;
      for (we = w; g_ascii_isalpha (*we); we++)
        ;
      if (words >= 2 && *we == ' ' && is_upper_at (w) && is_lower_at (w + 1) &&
          IN_LIST (w, we - w, opener_words))
        return e - text <= 60 ? (gsize) (e - text) : 0;
      if (words >= 6)
        return 0;
      p = w;
    }
}

/* ----------------------------------------------------------------- header */

/* A photo caption between the headline and the story: a paragraph with no
 * full stop, or one the dateline of the story's first paragraph follows. */
static gboolean
is_caption_implicit (const char *line,
                     gboolean    after_header,
                     const char *next)
{
  guint words = count_words (line, 12);
  Dateline dl;

  if (words >= 6 && strlen (next) > 20 && parse_dateline (next, &dl) && dl.body > 0 &&
      (after_header || has_caption_cue (line)))
    return TRUE;
  if (!after_header || ends_terminal (line))
    return FALSE;

  return words >= 12 || (words >= 6 && has_caption_cue (line));
}

/* A headline: short, not a sentence, standing apart from what follows. */
static gboolean
is_title_line (Doc *doc,
               int  i)
{
  Line *line = LINE_AT (doc, i);
  int next = next_live (doc, i);
  guint words = count_words (line->text, 40);
  gunichar last = last_char (line->text);
  gboolean alone;
  Dateline dl;

  if (next < 0 || line->nchars > 200 || words == 0 || words > 30)
    return FALSE;
  if (!is_upper_at (line->text) && !g_ascii_isdigit (line->text[0]) &&
      !is_opening_quote (g_utf8_get_char (line->text)))
    return FALSE;
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-' ||
      ends_with_function_word (line->text))
    return FALSE;

  alone = LINE_AT (doc, next)->block != line->block;
  if ((last == '?' || last == '!' || ends_terminal (line->text)) && !alone)
    return FALSE;
  if (alone)
    return TRUE;

  /* The next line opens the body or the byline. */
  {
    const char *n = LINE_AT (doc, next)->text;

    if (parse_by_line (n, NULL, NULL) || is_date_line (n, NULL) || is_stamp_line (n) ||
        is_caption_explicit (n) || parse_dateline (n, &dl))
      return TRUE;
    return doc->mode == MODE_LINES && words <= 20 && !is_lower_at (n);
  }
}

static gboolean
parse_key_line (const char       *line,
                PxArticleBuilder *builder)
{
  static const struct {
    const char *key;
    int field;
  } keys[] = {
    { "title:", 0 }, { "headline:", 0 }, { "author:", 1 }, { "byline:", 1 }, { "source:", 2 },
  };
  guint i;

  if (strlen (line) > MAX_HEADER_LINE)
    return FALSE;
  for (i = 0; i < G_N_ELEMENTS (keys); i++)
    if (has_prefix_ci (line, keys[i].key))
      {
        const char *value = line + strlen (keys[i].key);

        while (*value == ' ')
          value++;
        if (*value == '\0')
          return FALSE;
        if (keys[i].field == 0 && px_article_builder_get_title (builder) == NULL)
          px_article_builder_set_title (builder, value);
        else if (keys[i].field == 1 && px_article_builder_get_byline (builder) == NULL)
          px_article_builder_set_byline (builder, value);
        else if (keys[i].field == 2 && px_article_builder_get_site (builder) == NULL)
          px_article_builder_set_site (builder, value);
        else
          return FALSE;
        return TRUE;
      }

  return FALSE;
}

static void
parse_header (Doc              *doc,
              PxArticleBuilder *builder,
              char            **site)
{
  int i = next_live (doc, -1);
  guint steps = 0;
  guint consumed = 0;

  while (i >= 0 && steps++ < 16)
    {
      Line *line = LINE_AT (doc, i);
      int next = next_live (doc, i);
      g_autofree char *date = NULL;
      gboolean alone;

      if (strlen (line->text) > MAX_HEADER_LINE || line->heading > 0)
        break;

      alone = next < 0 || LINE_AT (doc, next)->block != line->block || doc->mode != MODE_WRAPPED;

      if (px_article_builder_get_byline (builder) == NULL && parse_by_line (line->text, builder, site))
        {
          remove_line (doc, i);
          if (next >= 0 && is_role_line (LINE_AT (doc, next)->text))
            {
              remove_line (doc, next);
              next = next_live (doc, next);
            }
        }
      else if (px_article_builder_get_byline (builder) == NULL && next >= 0 &&
               is_name_line (line->text) && is_role_line (LINE_AT (doc, next)->text))
        {
          g_autofree char *names = tidy_names (line->text, strlen (line->text));

          px_article_builder_set_byline (builder, names);
          remove_line (doc, i);
          remove_line (doc, next);
          next = next_live (doc, next);
        }
      else if (next >= 0 && is_date_line (line->text, &date))
        {
          if (px_article_builder_get_date (builder) == NULL)
            px_article_builder_set_date (builder, date);
          remove_line (doc, i);
        }
      else if (next >= 0 && (is_caption_explicit (line->text) || is_stamp_line (line->text)))
        remove_line (doc, i);
      else if (next >= 0 && parse_key_line (line->text, builder))
        remove_line (doc, i);
      else if (px_article_builder_get_title (builder) == NULL && !doc->title_fixed &&
               is_title_line (doc, i))
        {
          px_article_builder_set_title (builder, line->text);
          remove_line (doc, i);
        }
      else if (alone && next >= 0 && LINE_AT (doc, next)->block != line->block &&
               is_caption_implicit (line->text, consumed > 0, LINE_AT (doc, next)->text))
        remove_line (doc, i);
      else
        break;

      consumed++;
      i = next;
    }
}

/* Markdown captions: an emphasised line under a picture. */
static void
strip_image_captions (Doc *doc)
{
  guint i;

  for (i = 0; i < doc->lines->len; i++)
    {
      Line *line = LINE_AT (doc, i);

      if ((line->flags & LINE_AFTER_IMAGE) &&
          ((line->flags & LINE_EMPHASIZED) || is_caption_explicit (line->text)))
        line->flags |= LINE_REMOVED;
    }
}

static void
resolve_tail_headline (Doc              *doc,
                       PxArticleBuilder *builder)
{
  Line *line;
  const char *title = px_article_builder_get_title (builder);

  if (doc->tail_headline < 0)
    return;
  line = LINE_AT (doc, doc->tail_headline);
  if (line->flags & LINE_REMOVED)
    return;
  if (next_live (doc, -1) == doc->tail_headline)
    return;

  /* Only re-wrapped wire copy loses its headline to the end; elsewhere a
   * last line without a full stop is just that. */
  if (title == NULL && doc->mode == MODE_WRAPPED)
    {
      px_article_builder_set_title (builder, line->text);
      remove_line (doc, doc->tail_headline);
    }
  else if (title != NULL && same_text (title, line->text))
    remove_line (doc, doc->tail_headline);
}

/* ------------------------------------------------------------- paragraphs */

static GHashTable *
doc_words (Doc *doc)
{
  const char *p;

  if (doc->words != NULL)
    return doc->words;

  doc->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p = doc->norm;
  while (*p)
    {
      const char *w;

      while (*p && !is_word_char (p))
        p = g_utf8_next_char (p);
      w = p;
      while (*p && (is_word_char (p) || (*p == '-' && p[1] != '\n' && p > w && is_word_char (p + 1))))
        p = g_utf8_next_char (p);
      if (p > w)
        g_hash_table_add (doc->words, g_utf8_strdown (w, p - w));
    }

  return doc->words;
}

/* "well-\nknown" keeps its hyphen, "impor-\ntant" loses it. The text
 * itself is the best dictionary; word parts come next. */
static gboolean
keep_hyphen (Doc        *doc,
             const char *first,
             gsize       first_len,
             const char *second,
             gsize       second_len)
{
  static const char * const compound_first[] = {
    "well", "self", "so", "non", "ex", "anti", "pro", "co", "all", "half", "long", "short",
    "high", "low", "full", "part", "vice", "cross", "far", "near", "mid", "post", "pre",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
    "second", "third", "state", "year", "man", "hard", "fast", "old", "left", "right", "top",
    "bottom", "brother", "sister", "father", "mother", "great", "ill", "little", "much",
    "quasi", "semi", "step", "under", "over", "out", "multi", "inter", "intra", "ultra",
    "cease", "face", "up",
  };
  static const char * const compound_second[] = {
    "known", "based", "run", "led", "old", "year", "term", "time", "free", "like", "wide",
    "up", "down", "in", "out", "off", "on", "over", "owned", "backed", "made", "held",
    "born", "level", "scale", "style", "type", "related", "making", "minded", "hand",
    "to", "the", "of", "and", "or", "being", "elect", "general", "fire", "face", "day",
    "week", "month", "hour", "minute", "long", "term", "standing", "controlled", "funded",
  };
  static const char * const bound_suffixes[] = {
    "tion", "tions", "sion", "sions", "ment", "ments", "ing", "ings", "ity", "ities", "ous",
    "ance", "ances", "ence", "ences", "able", "ible", "ial", "ially", "ive", "ively", "tant",
    "tants", "ture", "tures", "ary", "ory", "ly", "al", "ate", "ated", "ates", "ation",
    "ations", "ed", "er", "ers", "est", "ness", "ist", "ists", "ism", "ize", "ized", "ise",
    "ised", "cy", "ent", "ents", "ant", "ants", "ic", "ical", "ure", "ures", "ics", "ty",
    "ties", "tive", "sive", "cial", "tial", "ian", "ians", "ern", "ward", "dent", "dents",
    "lent", "ple", "ples", "ble", "bles", "tle", "tles", "ter", "ters", "ger", "gers",
  };
  g_autofree char *a = g_utf8_strdown (first, first_len);
  g_autofree char *b = g_utf8_strdown (second, second_len);
  g_autofree char *joined = g_strconcat (a, b, NULL);
  g_autofree char *hyphened = g_strconcat (a, "-", b, NULL);
  GHashTable *words;

  /* digits, initials, capitals: "U.S.-backed", "Britain-based", "2031-era" */
  if (first_len == 0 || second_len == 0 || memchr (first, '.', first_len) != NULL ||
      g_ascii_isdigit (first[0]) || is_upper_at (first))
    return TRUE;

  words = doc_words (doc);
  if (g_hash_table_contains (words, joined))
    return FALSE;
  if (g_hash_table_contains (words, hyphened))
    return TRUE;
  if (IN_LIST (a, strlen (a), compound_first) || IN_LIST (b, strlen (b), compound_second))
    return TRUE;
  if (IN_LIST (b, strlen (b), bound_suffixes))
    return FALSE;

  return TRUE;
}

static gboolean
is_bullet (const char *s)
{
  if ((s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ')
    return TRUE;
  if (g_str_has_prefix (s, "\xe2\x80\xa2 "))
    return TRUE;
  if (g_ascii_isdigit (s[0]))
    {
      const char *q = s;

      while (g_ascii_isdigit (*q) && q - s < 3)
        q++;
      return (*q == '.' || *q == ')') && q[1] == ' ';
    }

  return FALSE;
}

static gboolean
should_join (Doc  *doc,
             Line *prev,
             Line *line)
{
  switch (doc->mode)
    {
    case MODE_MARKDOWN:
      return TRUE;

    case MODE_WRAPPED:
      if (line->indent > prev->indent || is_bullet (line->text))
        return FALSE;
      if (ends_terminal (prev->text) && (prev->nchars + prev->indent) * 10 < doc->width * 8)
        return FALSE;
      return TRUE;

    case MODE_LINES:
    default:
      {
        gunichar last = last_char (prev->text);

        if (ends_terminal (prev->text) || is_bullet (line->text))
          return FALSE;
        /* "MOSCOW (AP) \xe2\x80\x94" on a line of its own */
        return is_lower_at (line->text) || last == ',' || last == '-' || last == ';' ||
               last == 0x2014 || last == 0x2013 || ends_with_function_word (prev->text);
      }
    }
}

/* Appends @line to @para, which holds the previous line of the same
 * paragraph, mending a word split by a hyphen. */
static void
append_joined (Doc        *doc,
               GString    *para,
               const char *line)
{
  gsize n = para->len;

  if (n >= 2 && para->str[n - 1] == '-' && para->str[n - 2] != '-' && para->str[n - 2] != ' ' &&
      is_lower_at (line))
    {
      const char *end = para->str + n - 1;
      const char *start = end;
      const char *second_end = line;

      while (start > para->str)
        {
          const char *prev = g_utf8_find_prev_char (para->str, start);

          if (prev == NULL || !(is_word_char (prev) || *prev == '.'))
            break;
          start = prev;
        }
      while (*second_end && is_word_char (second_end))
        second_end = g_utf8_next_char (second_end);

      if (!keep_hyphen (doc, start, end - start, line, second_end - line))
        g_string_truncate (para, n - 1);
      g_string_append (para, line);
      return;
    }

  /* "the dam\xe2\x80\x94" + "which" keeps a closed-up dash */
  if (n >= 4 && (memcmp (para->str + n - 3, "\xe2\x80\x94", 3) == 0 ||
                 memcmp (para->str + n - 3, "\xe2\x80\x93", 3) == 0) &&
      para->str[n - 4] != ' ')
    {
      g_string_append (para, line);
      return;
    }

  g_string_append_c (para, ' ');
  g_string_append (para, line);
}

static gboolean
is_abbreviation_before (const char *text,
                        const char *dot)
{
  const char *w = dot;
  guint letters = 0;

  while (w > text && w[-1] != ' ' && !is_opening_quote ((guchar) w[-1]))
    w--;
  if (memchr (w, '.', dot - w) != NULL)
    return TRUE;   /* U.N. */
  letters = dot - w;
  if (letters <= 1)
    return TRUE;   /* an initial */

  return IN_LIST (w, letters, abbreviations);
}

/* Where a new sentence starts inside @s: returns the offset of the end of
 * the last complete sentence (after its punctuation) or 0, and the offset
 * of the next sentence in @next. */
static gsize
find_last_sentence_end (const char *s,
                        gsize      *next)
{
  const char *p;
  gsize found = 0;

  for (p = s; *p; p++)
    {
      const char *q;
      const char *r;

      if (*p != '.' && *p != '?' && *p != '!')
        continue;
      if (*p == '.' && is_abbreviation_before (s, p))
        continue;
      q = p + 1;
      while (*q && is_closing (g_utf8_get_char (q)) && *q != '*' && *q != '_')
        q = g_utf8_next_char (q);
      if (*q != ' ')
        continue;
      r = q + 1;
      if (is_opening_quote (g_utf8_get_char (r)))
        r = g_utf8_next_char (r);
      if (!is_upper_at (r))
        continue;
      found = q - s;
      *next = q + 1 - s;
    }

  return found;
}

typedef struct {
  Doc *doc;
  PxArticleBuilder *builder;
  char **site;
  gboolean first;
} Emitter;

static void
add_paragraph (Emitter    *em,
               const char *text,
               gsize       len)
{
  g_autofree char *clean = collapse_space (text, len);
  const char *p = clean;
  gsize heading;

  if (*p == '\0')
    return;

  if (em->first && px_article_builder_get_dateline (em->builder) == NULL)
    {
      Dateline dl;

      if (parse_dateline (p, &dl))
        {
          g_autofree char *dateline = g_strndup (p, dl.meta_end);
          g_autofree char *date = NULL;

          px_article_builder_set_dateline (em->builder, dateline);
          if (dl.outlet_end > dl.outlet_start && em->site != NULL && *em->site == NULL)
            *em->site = g_strndup (p + dl.outlet_start, dl.outlet_end - dl.outlet_start);
          if (px_article_builder_get_date (em->builder) == NULL &&
              (date = px_date_normalize (dateline)) != NULL)
            px_article_builder_set_date (em->builder, date);
          p += dl.body;
        }
    }
  em->first = FALSE;

  heading = find_run_in_heading (p);
  if (heading > 0)
    {
      px_article_builder_add_paragraph (em->builder, p, heading);
      p += heading;
    }

  px_article_builder_add_paragraph (em->builder, p, -1);
}

static void
emit_paragraphs (Emitter *em)
{
  Doc *doc = em->doc;
  g_autoptr(GString) para = g_string_new (NULL);
  int prev = -1;
  int i;

  for (i = next_live (doc, -1); i >= 0; i = next_live (doc, i))
    {
      Line *line = LINE_AT (doc, i);
      int next;

      if (prev >= 0 && (LINE_AT (doc, prev)->block != line->block ||
                        LINE_AT (doc, prev)->heading > 0 || line->heading > 0 ||
                        !should_join (doc, LINE_AT (doc, prev), line)))
        {
          add_paragraph (em, para->str, para->len);
          g_string_truncate (para, 0);
        }

      if (para->len == 0)
        g_string_append (para, line->text);
      else
        append_joined (doc, para, line->text);
      prev = i;

      /* Wire copy re-wrapped after losing its blank lines leaves a short
       * line where a paragraph ended: "…aid deliveries. Russia". */
      next = next_live (doc, i);
      if (doc->mode == MODE_WRAPPED && next >= 0 && LINE_AT (doc, next)->block == line->block &&
          !ends_terminal (line->text) && (line->nchars + line->indent) * 10 < doc->width * 7)
        {
          gsize after = 0;
          gsize end = find_last_sentence_end (line->text, &after);

          if (end > 0)
            {
              gsize base = para->len - strlen (line->text);
              g_autofree char *rest = g_strdup (para->str + base + after);

              add_paragraph (em, para->str, base + end);
              g_string_assign (para, rest);
            }
        }
    }

  if (para->len > 0)
    add_paragraph (em, para->str, para->len);
}

/* --------------------------------------------------------------- Markdown */

typedef struct {
  const char *close_bracket;  /* next ']' at or after the scan position */
  const char *close_paren;    /* next ')' */
} Cache;

static const char *
next_char_cached (const char  *p,
                  const char  *end,
                  char         c,
                  const char **cache)
{
  if (*cache == NULL || (*cache != end && *cache < p))
    {
      const char *found = memchr (p, c, end - p);

      *cache = found ? found : end;
    }

  return *cache == end ? NULL : *cache;
}

static const struct {
  const char *name;
  const char *text;
} entities[] = {
  { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" },
  { "nbsp", " " }, { "mdash", "\xe2\x80\x94" }, { "ndash", "\xe2\x80\x93" },
  { "hellip", "\xe2\x80\xa6" }, { "rsquo", "\xe2\x80\x99" }, { "lsquo", "\xe2\x80\x98" },
  { "rdquo", "\xe2\x80\x9d" }, { "ldquo", "\xe2\x80\x9c" }, { "copy", "\xc2\xa9" },
};

static const char *
decode_entity (const char *p,
               const char *end,
               GString    *out)
{
  const char *semi = p + 1;
  guint i;

  while (semi < end && semi - p < 10 && *semi != ';' && (g_ascii_isalnum (*semi) || *semi == '#'))
    semi++;
  if (semi >= end || *semi != ';')
    return NULL;

  if (p[1] == '#')
    {
      gunichar c;
      char *num_end = NULL;

      if (p[2] == 'x' || p[2] == 'X')
        c = (gunichar) g_ascii_strtoull (p + 3, &num_end, 16);
      else
        c = (gunichar) g_ascii_strtoull (p + 2, &num_end, 10);
      if (num_end != semi || c == 0 || !g_unichar_validate (c))
        return NULL;
      g_string_append_unichar (out, c == 0xA0 ? ' ' : c);
      return semi + 1;
    }

  for (i = 0; i < G_N_ELEMENTS (entities); i++)
    if ((gsize) (semi - p - 1) == strlen (entities[i].name) &&
        strncmp (p + 1, entities[i].name, semi - p - 1) == 0)
      {
        g_string_append (out, entities[i].text);
        return semi + 1;
      }

  return NULL;
}

/* Drops Markdown inline markup from @text, keeping its '\n's: links keep
 * their text, images go, emphasis and code marks go, tags go. */
static char *
strip_inline (const char *text,
              gsize       len,
              gboolean   *had_image)
{
  GString *out = g_string_sized_new (len);
  const char *p = text;
  const char *end = text + len;
  const char *skip_at = NULL;   /* the ']' of the link being read */
  const char *skip_to = NULL;   /* and where its target ends */
  Cache cache = { NULL, NULL };

  while (p < end)
    {
      char c = *p;

      if (p == skip_at)
        {
          p = skip_to;
          skip_at = NULL;
          continue;
        }

      if (c == '\\' && p + 1 < end && g_ascii_ispunct (p[1]))
        {
          g_string_append_c (out, p[1]);
          p += 2;
          continue;
        }

      if ((c == '!' && p + 1 < end && p[1] == '[') || c == '[')
        {
          const char *open = c == '!' ? p + 1 : p;
          const char *close = next_char_cached (open + 1, end, ']', &cache.close_bracket);
          const char *target_end = NULL;

          if (close != NULL && close + 1 < end && close[1] == '(')
            {
              const char *paren = next_char_cached (close + 2, end, ')', &cache.close_paren);

              if (paren != NULL && paren - close < 2048)
                target_end = paren + 1;
            }
          else if (close != NULL && close + 1 < end && close[1] == '[')
            {
              const char *ref = next_char_cached (close + 2, end, ']', &cache.close_bracket);

              if (ref != NULL && ref - close < 200)
                target_end = ref + 1;
            }

          if (target_end != NULL && close - open < 4096)
            {
              if (c == '!')
                {
                  const char *q;

                  /* keep line breaks so lines stay countable */
                  for (q = p; q < target_end; q++)
                    if (*q == '\n')
                      g_string_append_c (out, '\n');
                  if (had_image != NULL)
                    *had_image = TRUE;
                  p = target_end;
                }
              else if (skip_at == NULL)
                {
                  skip_at = close;
                  skip_to = target_end;
                  p = open + 1;
                }
              else
                p++;
              continue;
            }
        }

      if (c == '<')
        {
          const char *q = p + 1;

          if (has_prefix_ci (q, "http://") || has_prefix_ci (q, "https://") || has_prefix_ci (q, "mailto:"))
            {
              const char *gt = q;

              while (gt < end && *gt != '>' && *gt != '<' && *gt != ' ' && *gt != '\n' && gt - q < 2048)
                gt++;
              if (gt < end && *gt == '>')
                {
                  g_string_append_len (out, q, gt - q);
                  p = gt + 1;
                  continue;
                }
            }
          if (q < end && (g_ascii_isalpha (*q) || *q == '/'))
            {
              const char *gt = q;

              while (gt < end && *gt != '>' && *gt != '<' && *gt != '\n' && gt - q < 300)
                gt++;
              if (gt < end && *gt == '>')
                {
                  if (has_prefix_ci (q, "br") || has_prefix_ci (q, "/p") || has_prefix_ci (q, "p>") ||
                      has_prefix_ci (q, "/div"))
                    g_string_append_c (out, ' ');
                  p = gt + 1;
                  continue;
                }
            }
        }

      if (c == '&')
        {
          const char *after = decode_entity (p, end, out);

          if (after != NULL)
            {
              p = after;
              continue;
            }
        }

      if (c == '`')
        {
          p++;
          continue;
        }

      if (c == '*' || c == '_' || (c == '~' && p + 1 < end && p[1] == '~'))
        {
          const char *run_end = p;
          gboolean space_before, space_after;
          gboolean alnum_before, alnum_after;

          while (run_end < end && *run_end == c)
            run_end++;
          space_before = p == text || g_ascii_isspace (p[-1]);
          space_after = run_end == end || g_ascii_isspace (*run_end);
          alnum_before = p > text && g_ascii_isalnum (p[-1]);
          alnum_after = run_end < end && g_ascii_isalnum (*run_end);

          /* "5 * 3" and snake_case stay */
          if ((space_before && space_after) || (c == '_' && alnum_before && alnum_after))
            g_string_append_len (out, p, run_end - p);
          p = run_end;
          continue;
        }

      g_string_append_c (out, c);
      p++;
    }

  return g_string_free (out, FALSE);
}

static gboolean
is_thematic_break (const char *t)
{
  char mark = t[0];
  guint n = 0;
  const char *p;

  if (mark != '-' && mark != '*' && mark != '_')
    return FALSE;
  for (p = t; *p; p++)
    {
      if (*p == mark)
        n++;
      else if (*p != ' ')
        return FALSE;
    }

  return n >= 3;
}

static gboolean
is_setext_underline (const char *t,
                     guint8     *level)
{
  char mark = t[0];
  const char *p;

  if (mark != '=' && mark != '-')
    return FALSE;
  for (p = t; *p == mark; p++)
    ;
  if (*p != '\0' || (mark == '-' && p - t < 2))
    return FALSE;
  *level = mark == '=' ? 1 : 2;

  return TRUE;
}

static gboolean
is_table_separator (const char *t)
{
  const char *p;
  gboolean dash = FALSE;

  for (p = t; *p; p++)
    {
      if (*p == '-')
        dash = TRUE;
      else if (*p != '|' && *p != ':' && *p != ' ')
        return FALSE;
    }

  return dash && strchr (t, '|') != NULL;
}

/* Returns the end of a list marker ("- ", "1. ", "* [x] ") or NULL. */
static const char *
skip_list_marker (const char *t)
{
  const char *p = t;

  if ((p[0] == '-' || p[0] == '*' || p[0] == '+') && p[1] == ' ')
    p += 2;
  else if (g_str_has_prefix (p, "\xe2\x80\xa2 "))
    p += 4;
  else if (g_ascii_isdigit (*p))
    {
      while (g_ascii_isdigit (*p) && p - t < 9)
        p++;
      if ((*p != '.' && *p != ')') || p[1] != ' ')
        return NULL;
      p += 2;
    }
  else
    return NULL;

  while (*p == ' ')
    p++;
  if ((g_str_has_prefix (p, "[ ] ") || g_str_has_prefix (p, "[x] ") || g_str_has_prefix (p, "[X] ")))
    p += 4;

  return p;
}

static gboolean
is_emphasized_line (const char *t)
{
  gsize n = strlen (t);

  return n >= 3 && (t[0] == '*' || t[0] == '_') && (t[n - 1] == '*' || t[n - 1] == '_') &&
         t[1] != ' ';
}

static gboolean
is_image_only (const char *t)
{
  gboolean image = FALSE;
  g_autofree char *rest = NULL;

  if (!(g_str_has_prefix (t, "![") || g_str_has_prefix (t, "[![") || t[0] == '<'))
    return FALSE;
  if (t[0] == '<' && !has_prefix_ci (t, "<img"))
    return FALSE;
  if (has_prefix_ci (t, "<img"))
    return strchr (t, '>') != NULL && strchr (t, '>')[1] == '\0';

  rest = strip_inline (t, strlen (t), &image);
  g_strstrip (rest);

  return image && *rest == '\0';
}

static char *
unquote (const char *value)
{
  gsize n = strlen (value);

  if (n >= 2 && (value[0] == '"' || value[0] == '\'') && value[n - 1] == value[0])
    return g_strndup (value + 1, n - 2);

  return g_strdup (value);
}

/* "[Jane Roe, Ivo Brandt]" or "Jane Roe" */
static char *
join_list_value (const char *value)
{
  gsize n = strlen (value);
  g_auto(GStrv) items = NULL;
  GString *out;
  guint i;

  if (n < 2 || value[0] != '[' || value[n - 1] != ']')
    return unquote (value);

  {
    g_autofree char *inner = g_strndup (value + 1, n - 2);

    items = g_strsplit (inner, ",", 16);
  }
  out = g_string_new (NULL);
  for (i = 0; items[i] != NULL; i++)
    {
      g_autofree char *item = unquote (g_strstrip (items[i]));

      if (*item == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, " and ");
      g_string_append (out, item);
    }

  return g_string_free (out, FALSE);
}

static void
set_front_matter_field (PxArticleBuilder  *builder,
                        const char        *key,
                        const char        *value,
                        char             **site)
{
  g_autofree char *v = join_list_value (value);

  if (*v == '\0')
    return;

  if (g_ascii_strcasecmp (key, "title") == 0 || g_ascii_strcasecmp (key, "headline") == 0)
    px_article_builder_set_title (builder, v);
  else if (g_ascii_strcasecmp (key, "date") == 0 || g_ascii_strcasecmp (key, "published") == 0 ||
           g_ascii_strcasecmp (key, "pubdate") == 0 || g_ascii_strcasecmp (key, "datePublished") == 0 ||
           g_ascii_strcasecmp (key, "published_at") == 0 || g_ascii_strcasecmp (key, "publishDate") == 0)
    {
      g_autofree char *date = px_date_normalize (v);

      if (date != NULL && px_article_builder_get_date (builder) == NULL)
        px_article_builder_set_date (builder, date);
    }
  else if (g_ascii_strcasecmp (key, "author") == 0 || g_ascii_strcasecmp (key, "authors") == 0 ||
           g_ascii_strcasecmp (key, "byline") == 0 || g_ascii_strcasecmp (key, "creator") == 0)
    {
      const char *by = v;

      if (has_prefix_ci (by, "by "))
        by += 3;
      px_article_builder_set_byline (builder, by);
    }
  else if ((g_ascii_strcasecmp (key, "site") == 0 || g_ascii_strcasecmp (key, "publisher") == 0 ||
            g_ascii_strcasecmp (key, "site_name") == 0 || g_ascii_strcasecmp (key, "outlet") == 0) &&
           strstr (v, "://") == NULL && *site == NULL)
    *site = g_strdup (v);
  else if (g_ascii_strcasecmp (key, "lang") == 0 || g_ascii_strcasecmp (key, "language") == 0)
    px_article_builder_set_language (builder, v);
}

/* YAML (---) or TOML (+++) front matter; returns the first line after it. */
static guint
read_front_matter (GArray           *raw,
                   PxArticleBuilder *builder,
                   char            **site)
{
  const char *fence;
  g_autofree char *list_key = NULL;
  g_autoptr(GString) list = NULL;
  guint close;
  guint i;

  if (raw->len < 2)
    return 0;
  fence = g_array_index (raw, RawLine, 0).text;
  if (strcmp (fence, "---") != 0 && strcmp (fence, "+++") != 0)
    return 0;

  for (close = 1; close < raw->len && close < 200; close++)
    {
      const char *t = g_array_index (raw, RawLine, close).text;

      if (strcmp (t, fence) == 0 || (fence[0] == '-' && strcmp (t, "...") == 0))
        break;
    }
  if (close >= raw->len || close >= 200)
    return 0;

  for (i = 1; i <= close; i++)
    {
      const char *t = g_array_index (raw, RawLine, i).text;
      const char *sep;

      /* a YAML list under the last key */
      if (list_key != NULL && t[0] == '-' && t[1] == ' ')
        {
          g_autofree char *bare = g_strstrip (g_strdup (t + 2));
          g_autofree char *item = unquote (bare);

          if (list->len > 0)
            g_string_append (list, " and ");
          g_string_append (list, item);
          continue;
        }
      if (list_key != NULL)
        {
          set_front_matter_field (builder, list_key, list->str, site);
          g_clear_pointer (&list_key, g_free);
        }
      if (i == close)
        break;

      sep = strpbrk (t, fence[0] == '+' ? "=" : ":");
      if (sep == NULL || sep == t)
        continue;
      {
        g_autofree char *key = g_strstrip (g_strndup (t, sep - t));
        g_autofree char *value = g_strstrip (g_strdup (sep + 1));

        if (*value == '\0')
          {
            list_key = g_steal_pointer (&key);
            if (list == NULL)
              list = g_string_new (NULL);
            g_string_truncate (list, 0);
          }
        else
          set_front_matter_field (builder, key, value, site);
      }
    }

  return close + 1;
}

typedef struct {
  Doc *doc;
  GString *buf;          /* raw lines of the open paragraph, '\n'-joined */
  GArray *line_flags;    /* guint8 per raw line */
  guint block;
  guint8 heading;
  gboolean open;
} MdBlock;

static void
md_open (MdBlock *mb)
{
  if (!mb->open)
    {
      mb->open = TRUE;
      mb->block++;
      mb->heading = 0;
      g_string_truncate (mb->buf, 0);
      g_array_set_size (mb->line_flags, 0);
    }
  else
    g_string_append_c (mb->buf, '\n');
}

static void
md_close (MdBlock *mb)
{
  g_autofree char *text = NULL;
  char **lines;
  guint i;

  if (!mb->open)
    return;
  mb->open = FALSE;

  text = strip_inline (mb->buf->str, mb->buf->len, NULL);
  lines = g_strsplit (text, "\n", -1);
  for (i = 0; lines[i] != NULL; i++)
    {
      char *t = g_strstrip (lines[i]);
      guint8 flags = i < mb->line_flags->len ? g_array_index (mb->line_flags, guint8, i) : 0;

      if (*t != '\0')
        doc_add_line (mb->doc, t, mb->block, 0, mb->heading, flags);
    }
  g_strfreev (lines);
}

static void
md_add (MdBlock    *mb,
        const char *text,
        guint8      flags)
{
  md_open (mb);
  g_string_append (mb->buf, text);
  g_array_append_val (mb->line_flags, flags);
}

static void
parse_markdown (Doc              *doc,
                GArray           *raw,
                PxArticleBuilder *builder,
                char            **site)
{
  MdBlock mb = { 0 };
  gboolean in_fence = FALSE;
  gboolean in_comment = FALSE;
  gboolean image_pending = FALSE;
  char fence_char = 0;
  guint i;
  g_autoptr(GString) line = g_string_new (NULL);

  mb.doc = doc;
  mb.buf = g_string_new (NULL);
  mb.line_flags = g_array_new (FALSE, FALSE, sizeof (guint8));

  for (i = read_front_matter (raw, builder, site); i < raw->len; i++)
    {
      RawLine *rl = &g_array_index (raw, RawLine, i);
      const char *t;
      const char *item;
      guint8 level = 0;
      guint8 flags = 0;

      /* HTML comments, also over several lines, in one pass */
      {
        const char *c = rl->text;

        g_string_truncate (line, 0);
        while (*c)
          {
            const char *mark = strstr (c, in_comment ? "-->" : "<!--");

            if (mark == NULL)
              {
                if (!in_comment)
                  g_string_append (line, c);
                break;
              }
            if (in_comment)
              c = mark + 3;
            else
              {
                g_string_append_len (line, c, mark - c);
                c = mark + 4;
              }
            in_comment = !in_comment;
          }
      }
      if (in_comment && line->len == 0 && *rl->text != '\0')
        continue;
      g_strstrip (line->str);
      line->len = strlen (line->str);
      t = line->str;

      if (in_fence)
        {
          if (t[0] == fence_char && t[1] == fence_char && t[2] == fence_char)
            in_fence = FALSE;
          continue;
        }
      if ((t[0] == '`' || t[0] == '~') && t[1] == t[0] && t[2] == t[0])
        {
          md_close (&mb);
          in_fence = TRUE;
          fence_char = t[0];
          continue;
        }

      if (*t == '\0')
        {
          md_close (&mb);
          continue;
        }
      if (rl->indent >= 4 && !mb.open && i > 0 && !image_pending)
        {
          /* an indented code block: not article prose */
          const char *prev = g_array_index (raw, RawLine, i - 1).text;

          if (*prev == '\0' || skip_list_marker (prev) == NULL)
            continue;
        }

      if (mb.open && mb.heading == 0 && is_setext_underline (t, &level) && rl->indent < 4)
        {
          mb.heading = level;
          md_close (&mb);
          continue;
        }
      if (is_thematic_break (t))
        {
          md_close (&mb);
          continue;
        }
      if (t[0] == '#')
        {
          const char *h = t;
          g_autofree char *heading = NULL;
          char *e;

          while (*h == '#' && h - t < 7)
            h++;
          if ((*h == ' ' || *h == '\0') && h - t <= 6)
            {
              md_close (&mb);
              heading = g_strstrip (g_strdup (h));
              /* closing hashes: "## Aftermath ##" */
              e = heading + strlen (heading);
              while (e > heading && e[-1] == '#')
                e--;
              if (e < heading + strlen (heading) && (e == heading || e[-1] == ' '))
                *e = '\0';
              g_strchomp (heading);
              if (*heading != '\0')
                {
                  md_add (&mb, heading, 0);
                  mb.heading = h - t;
                  md_close (&mb);
                }
              continue;
            }
        }

      while (t[0] == '>')
        {
          t++;
          while (*t == ' ')
            t++;
        }
      if (*t == '\0')
        {
          md_close (&mb);
          continue;
        }

      if (t[0] == '[' && strstr (t, "]:") != NULL && strchr (t, ']') == strstr (t, "]:"))
        continue;   /* a link reference definition */

      if (t[0] == '|')
        {
          g_auto(GStrv) cells = NULL;
          g_autoptr(GString) row = g_string_new (NULL);
          guint c;

          md_close (&mb);
          if (is_table_separator (t))
            continue;
          cells = g_strsplit (t, "|", 64);
          for (c = 0; cells[c] != NULL; c++)
            {
              char *cell = g_strstrip (cells[c]);

              if (*cell == '\0')
                continue;
              if (row->len > 0)
                g_string_append (row, " ");
              g_string_append (row, cell);
            }
          if (row->len > 0)
            {
              md_add (&mb, row->str, 0);
              md_close (&mb);
            }
          continue;
        }

      if (is_image_only (t))
        {
          md_close (&mb);
          image_pending = TRUE;
          continue;
        }

      item = skip_list_marker (t);
      if (item != NULL)
        {
          md_close (&mb);
          t = item;
          if (*t == '\0')
            continue;
        }

      if (image_pending && !mb.open)
        flags |= LINE_AFTER_IMAGE;
      if (is_emphasized_line (t))
        flags |= LINE_EMPHASIZED;
      image_pending = FALSE;
      md_add (&mb, t, flags);
    }
  md_close (&mb);

  g_string_free (mb.buf, TRUE);
  g_array_unref (mb.line_flags);
}

/* The first heading is the title when it comes before the story; failing
 * that, the first level-one heading anywhere. */
static void
take_markdown_title (Doc              *doc,
                     PxArticleBuilder *builder)
{
  const char *fm_title = px_article_builder_get_title (builder);
  int leading = -1;
  int first_h1 = -1;
  guint before = 0;
  int i;

  for (i = next_live (doc, -1); i >= 0; i = next_live (doc, i))
    {
      Line *line = LINE_AT (doc, i);

      if (line->heading > 0)
        {
          if (leading < 0 && before <= 3)
            leading = i;
          if (line->heading == 1 && first_h1 < 0)
            first_h1 = i;
          if (leading >= 0 && first_h1 >= 0)
            break;
        }
      else if (line->nchars > 100 || ends_terminal (line->text))
        before = 100;
      else
        before++;
    }

  if (fm_title != NULL)
    {
      if (leading >= 0)
        remove_line (doc, leading);
      else if (first_h1 >= 0 && same_text (fm_title, LINE_AT (doc, first_h1)->text))
        remove_line (doc, first_h1);
      doc->title_fixed = TRUE;
      return;
    }

  i = leading >= 0 ? leading : first_h1;
  if (i >= 0)
    {
      px_article_builder_set_title (builder, LINE_AT (doc, i)->text);
      remove_line (doc, i);
      doc->title_fixed = TRUE;
    }
}

/* ------------------------------------------------------------------ entry */

static void
finish (Doc              *doc,
        PxArticleBuilder *builder)
{
  g_autofree char *site = NULL;
  Emitter em;

  strip_boilerplate (doc);
  parse_header (doc, builder, &site);
  resolve_tail_headline (doc, builder);

  em.doc = doc;
  em.builder = builder;
  em.site = &site;
  em.first = TRUE;
  emit_paragraphs (&em);

  /* a file that is all header still says something */
  if (px_article_builder_get_n_paragraphs (builder) == 0 && px_article_builder_get_title (builder) != NULL)
    px_article_builder_add_paragraph (builder, px_article_builder_get_title (builder), -1);

  if (site != NULL && px_article_builder_get_site (builder) == NULL)
    px_article_builder_set_site (builder, site);
}

/**
 * px_text_import:
 * @text: UTF-8 plain text
 * @len: its length in bytes
 * @builder: the article to fill
 *
 * Reads plain text as wire copy comes: reflows hard-wrapped lines (or
 * keeps one paragraph per line), takes the title, byline, date, dateline
 * and outlet off the head, drops photo captions and trailing boilerplate.
 */
void
px_text_import (const char       *text,
                gsize             len,
                PxArticleBuilder *builder)
{
  g_autofree char *norm = NULL;
  GArray *raw;
  Doc doc;
  guint block = 0;
  gboolean in_block = FALSE;
  guint i;

  g_return_if_fail (text != NULL || len == 0);
  g_return_if_fail (builder != NULL);

  norm = normalise_text (text, len);
  raw = split_raw_lines (norm);
  doc_init (&doc, norm);

  for (i = 0; i < raw->len; i++)
    {
      RawLine *rl = &g_array_index (raw, RawLine, i);

      if (*rl->text == '\0')
        {
          if (in_block)
            block++;
          in_block = FALSE;
          continue;
        }
      doc_add_line (&doc, rl->text, block, rl->indent, 0, 0);
      in_block = TRUE;
    }
  free_raw_lines (raw);

  detect_mode (&doc);
  finish (&doc, builder);
  doc_clear (&doc);
}

/**
 * px_markdown_import:
 * @text: UTF-8 Markdown
 * @len: its length in bytes
 * @builder: the article to fill
 *
 * Reads Markdown: front matter gives the title, date and author; the first
 * heading is the title; markup, images, code and HTML comments go; each
 * list item and block quote paragraph is a paragraph. Bylines, datelines
 * and boilerplate are handled as in px_text_import().
 */
void
px_markdown_import (const char       *text,
                    gsize             len,
                    PxArticleBuilder *builder)
{
  g_autofree char *norm = NULL;
  g_autofree char *site = NULL;
  GArray *raw;
  Doc doc;

  g_return_if_fail (text != NULL || len == 0);
  g_return_if_fail (builder != NULL);

  norm = normalise_text (text, len);
  raw = split_raw_lines (norm);
  doc_init (&doc, norm);
  doc.mode = MODE_MARKDOWN;

  parse_markdown (&doc, raw, builder, &site);
  free_raw_lines (raw);
  if (site != NULL && px_article_builder_get_site (builder) == NULL)
    px_article_builder_set_site (builder, site);

  strip_image_captions (&doc);
  take_markdown_title (&doc, builder);
  finish (&doc, builder);
  doc_clear (&doc);
}
