/* px-events.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-events.h"

#include <math.h>
#include <string.h>

#include "px-chars-private.h"
#include "px-date.h"
#include "px-stemmer.h"
#include "px-stopwords.h"
#include "px-tokens.h"
#include "px-word-freq.h"

/* How articles become vectors and vectors become groups. Each article is a
 * bag of weighted terms: stems of its content words, the names it writes
 * with a capital away from a sentence start (and pairs of adjacent names),
 * its years and its other numbers, title words counting double. A term
 * weighs its rarity in everyday English (for stems and names) and, once
 * there are a few articles, its inverse document frequency among them.
 * Two articles are as similar as the cosine of their vectors, lowered when
 * their dates are far apart or their years (the date's, else the latest
 * one the text names) differ. Groups grow by a linkage that is mostly
 * average, partly complete, down to a threshold; and two groups of three
 * or more are kept apart when they are much less alike than each is
 * inside, which is how two events of one topic (two earthquakes, two
 * rounds of talks) stay two. Calibrated on news reports of pairs of
 * similar events; nothing here knows a topic. */
static const struct {
  double info_unknown;   /* information of a word outside the background table */
  double info_default;   /* every word's information without a table (not English) */
  double info_floor;     /* information below this adds nothing */
  double name_factor;    /* a name unigram against its plain stem */
  double bigram_weight;  /* two adjacent names */
  double year_weight;
  double number_weight;
  double title_boost;    /* a title occurrence counts this many times */
  double idf_docs;       /* collection idf reaches full strength at this many articles */
  double date_grace;     /* days apart that cost nothing */
  double date_scale;     /* further days that halve the similarity */
  double date_floor;     /* the least the date factor goes */
  double year_factor;    /* similarity kept when the articles' years differ */
  double threshold;      /* linkage similarity that still merges */
  double link_min;       /* share of complete linkage in the average */
  double rel_ratio;      /* two groups merge only this close to their own cohesion */
  double rel_min_size;   /* from this many members a group has a cohesion */
} params = {
  .info_unknown = 6.0,
  .info_default = 4.0,
  .info_floor = 1.5,
  .name_factor = 1.5,
  .bigram_weight = 8.0,
  .year_weight = 5.0,
  .number_weight = 3.0,
  .title_boost = 2.0,
  .idf_docs = 5.0,
  .date_grace = 3.0,
  .date_scale = 30.0,
  .date_floor = 0.2,
  .year_factor = 0.7,
  .threshold = PX_EVENT_SIMILARITY,
  .link_min = 0.2,
  .rel_ratio = 0.6,
  .rel_min_size = 3,
};

typedef enum {
  KIND_STEM = 's',
  KIND_NAME = 'n',
  KIND_BIGRAM = 'b',
  KIND_YEAR = 'y',
  KIND_NUMBER = '#',
} TermKind;

typedef struct {
  const char *surface;   /* first spelling seen, for labels */
  float base;            /* weight before collection idf */
  guint df;
  guint last_doc;        /* 1 + the last article that counted it */
  guint slot;            /* its index in that article's term array */
  char kind;
} TermInfo;

typedef struct {
  guint32 id;
  float w;               /* tf, then the final unit-length weight */
} Term;

typedef struct {
  Term *terms;           /* sorted by id */
  guint n_terms;
  int day;               /* Julian day of the article's date, or -1 */
  guint year;            /* the year of its date, else the latest year it names, or 0 */
} Doc;

typedef struct {
  gsize start;
  gsize end;
  guint folded;          /* offset into the fold buffer */
  guint folded_len;
  PxTokenFlags flags;
  guint initial : 1;     /* capitals say nothing here: sentence start or title */
  guint title : 1;
  guint stop : 1;
  guint name : 1;
} Tok;

typedef struct {
  GHashTable *ids;       /* term key → id + 1 */
  GStringChunk *strings;
  GArray *info;          /* TermInfo */
  GArray *scratch;       /* Term, the article being read */
  GArray *toks;          /* Tok */
  GString *fold;
  GString *key;
  GString *stem;
  GHashTable *caps;      /* folded word → packed capital/lower counts */
} Builder;

struct _PxEventGroups {
  gatomicrefcount ref_count;
  guint n_articles;
  guint n_groups;
  guint *group_of;       /* n_articles */
  guint *members;        /* all members, group after group */
  guint *offsets;        /* n_groups + 1 into members */
  char **labels;         /* n_groups */
  float *similarity;     /* n_articles², symmetric */
};

G_DEFINE_BOXED_TYPE (PxEventGroups, px_event_groups, px_event_groups_ref, px_event_groups_unref)

static int
parse_day (const char *date)
{
  guint64 y, m, d;
  char *end;
  GDate gd;

  if (date == NULL)
    return -1;
  y = g_ascii_strtoull (date, &end, 10);
  if (end != date + 4 || *end != '-')
    return -1;
  m = g_ascii_strtoull (end + 1, &end, 10);
  if (*end != '-')
    return -1;
  d = g_ascii_strtoull (end + 1, &end, 10);
  if (*end != '\0' || y > 9999 || m > 12 || d > 31 ||
      !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return -1;
  g_date_clear (&gd, 1);
  g_date_set_dmy (&gd, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return (int) g_date_get_julian (&gd);
}

static void
fold_word (const char *text,
           gsize       len,
           GString    *out)
{
  gsize i;

  for (i = 0; i < len; i++)
    if ((guchar) text[i] >= 0x80)
      {
        px_token_fold (text, len, out);
        return;
      }
  for (i = 0; i < len; i++)
    g_string_append_c (out, g_ascii_tolower (text[i]));
}

static gboolean
is_year (const char *s,
         gsize       len)
{
  guint v;

  if (len != 4 || !g_ascii_isdigit (s[0]) || !g_ascii_isdigit (s[1]) ||
      !g_ascii_isdigit (s[2]) || !g_ascii_isdigit (s[3]))
    return FALSE;
  v = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  return v >= 1900 && v <= 2099;
}

static double
word_base (const char *folded,
           gsize       len,
           gboolean    english)
{
  double info = params.info_default;

  if (english)
    {
      info = px_word_freq_information (folded, len);
      if (info < 0)
        info = params.info_unknown;
    }
  return MAX (info - params.info_floor, 0.1);
}

static void
builder_init (Builder *b)
{
  b->ids = g_hash_table_new (g_str_hash, g_str_equal);
  b->strings = g_string_chunk_new (1 << 16);
  b->info = g_array_new (FALSE, FALSE, sizeof (TermInfo));
  b->scratch = g_array_new (FALSE, FALSE, sizeof (Term));
  b->toks = g_array_new (FALSE, FALSE, sizeof (Tok));
  b->fold = g_string_new (NULL);
  b->key = g_string_new (NULL);
  b->stem = g_string_new (NULL);
  b->caps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
builder_clear (Builder *b)
{
  g_hash_table_unref (b->ids);
  g_string_chunk_free (b->strings);
  g_array_unref (b->info);
  g_array_unref (b->scratch);
  g_array_unref (b->toks);
  g_string_free (b->fold, TRUE);
  g_string_free (b->key, TRUE);
  g_string_free (b->stem, TRUE);
  g_hash_table_unref (b->caps);
}

/* Counts one occurrence of the term b->key in article @doc. */
static void
add_term (Builder    *b,
          guint       doc,
          char        kind,
          double      base,
          double      count,
          const char *surface,
          gsize       surface_len)
{
  gpointer value;
  TermInfo *info;
  guint32 id;

  if (g_hash_table_lookup_extended (b->ids, b->key->str, NULL, &value))
    id = GPOINTER_TO_UINT (value) - 1;
  else
    {
      TermInfo fresh = { 0 };

      id = b->info->len;
      fresh.kind = kind;
      fresh.base = (float) base;
      fresh.surface = g_string_chunk_insert_len (b->strings, surface, surface_len);
      g_hash_table_insert (b->ids, g_string_chunk_insert_len (b->strings, b->key->str,
                                                              b->key->len),
                           GUINT_TO_POINTER (id + 1));
      g_array_append_val (b->info, fresh);
    }

  info = &g_array_index (b->info, TermInfo, id);
  if (info->last_doc != doc + 1)
    {
      Term t = { id, 0 };

      info->last_doc = doc + 1;
      info->df++;
      info->slot = b->scratch->len;
      g_array_append_val (b->scratch, t);
    }
  g_array_index (b->scratch, Term, info->slot).w += (float) count;
}

/* What may end a sentence or open a quotation between two words, after
 * which a capital says nothing; a dash or a comma does neither. */
static gboolean
is_sentence_break (gunichar c)
{
  switch (c)
    {
    case '.': case ':': case ';': case '\n': case '"':
    case 0x201D: case 0x00BB:   /* ” » */
    case 0x2026:                /* … */
      return TRUE;
    default:
      return _px_char_is_opener (c) || _px_char_is_bang (c) || _px_char_is_wide_stop (c);
    }
}

/* Splits @text into tokens and appends them to b->toks. */
static void
read_tokens (Builder    *b,
             const char *text,
             gsize       len,
             gboolean    title,
             const char *language)
{
  PxTokenIter iter;
  PxToken t;
  gsize prev_end = 0;
  gboolean first = TRUE;

  px_token_iter_init (&iter, text, len);
  while (px_token_iter_next (&iter, &t))
    {
      Tok tok = { 0 };
      const char *p;

      tok.start = t.start;
      tok.end = t.end;
      tok.flags = t.flags;
      tok.title = title;
      tok.initial = title || first;
      /* Read as UTF-8, the quotation marks being more than one byte; a
       * byte that is not UTF-8 is stepped over alone. */
      for (p = text + prev_end; p < text + t.start && !tok.initial; )
        {
          gunichar c = g_utf8_get_char_validated (p, text + t.start - p);

          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              p++;
              continue;
            }
          tok.initial = is_sentence_break (c);
          p = g_utf8_next_char (p);
        }
      tok.folded = b->fold->len;
      fold_word (text + t.start, t.end - t.start, b->fold);
      tok.folded_len = b->fold->len - tok.folded;
      tok.stop = !(t.flags & PX_TOKEN_NUMBER) &&
                 px_stopwords_contains (language, b->fold->str + tok.folded, tok.folded_len);
      g_array_append_val (b->toks, tok);
      prev_end = t.end;
      first = FALSE;
    }
}

/* Days and months are written with a capital but name no one. */
static gboolean
is_calendar_word (const char *folded,
                  gsize       len)
{
  static const char *const days[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (days); i++)
    if (strlen (days[i]) == len && memcmp (days[i], folded, len) == 0)
      return TRUE;
  return px_date_month_from_name (folded, len) != 0;
}

/* Capitalised away from a sentence start more often than written in lower
 * case: a name. Packed counts: capitals in the high half, lower in the low. */
static void
count_caps (Builder *b)
{
  guint i;

  g_hash_table_remove_all (b->caps);
  for (i = 0; i < b->toks->len; i++)
    {
      Tok *tok = &g_array_index (b->toks, Tok, i);
      const char *f = b->fold->str + tok->folded;
      guint packed;
      char *key;

      if (tok->title || tok->stop || (tok->flags & PX_TOKEN_NUMBER) ||
          (tok->initial && (tok->flags & PX_TOKEN_CAPITALIZED)))
        continue;
      key = g_strndup (f, tok->folded_len);
      packed = GPOINTER_TO_UINT (g_hash_table_lookup (b->caps, key));
      if (tok->flags & (PX_TOKEN_CAPITALIZED | PX_TOKEN_ALL_CAPS))
        packed += 1 << 16;
      else
        packed += 1;
      packed = MIN (packed, 0x7fff7fffu);
      g_hash_table_replace (b->caps, key, GUINT_TO_POINTER (packed));
    }

  for (i = 0; i < b->toks->len; i++)
    {
      Tok *tok = &g_array_index (b->toks, Tok, i);
      g_autofree char *key = NULL;
      guint packed;

      if (tok->stop || (tok->flags & PX_TOKEN_NUMBER) ||
          !(tok->flags & (PX_TOKEN_CAPITALIZED | PX_TOKEN_ALL_CAPS)))
        continue;
      key = g_strndup (b->fold->str + tok->folded, tok->folded_len);
      packed = GPOINTER_TO_UINT (g_hash_table_lookup (b->caps, key));
      tok->name = (packed >> 16) > 0 && (packed >> 16) >= (packed & 0xffff) &&
                  !is_calendar_word (key, tok->folded_len);
    }
}

static gboolean
only_spaces (const char *text,
             gsize       start,
             gsize       end)
{
  gsize i;

  for (i = start; i < end; i++)
    if (text[i] != ' ')
      return FALSE;
  return TRUE;
}

/* Returns the latest year the article names, or 0. */
static guint
read_article (Builder         *b,
              guint            doc,
              const PxArticle *article)
{
  const char *date = px_article_get_date (article);
  guint latest = 0;
  const char *language = px_article_get_language (article);
  const char *title = px_article_get_title (article);
  const char *body;
  gsize body_len, title_len = title ? strlen (title) : 0;
  gboolean english;
  guint n_title, i;

  language = px_language_from_tag (language);
  english = g_str_equal (language, "en");
  body = px_article_get_text (article, &body_len);

  g_array_set_size (b->toks, 0);
  g_string_truncate (b->fold, 0);
  if (title)
    read_tokens (b, title, title_len, TRUE, language);
  n_title = b->toks->len;
  read_tokens (b, body, body_len, FALSE, language);
  count_caps (b);

  /* The year of the date says when, like a year the text names. */
  if (date && strlen (date) >= 4 && is_year (date, 4))
    {
      g_string_truncate (b->key, 0);
      g_string_append_c (b->key, KIND_YEAR);
      g_string_append_len (b->key, date, 4);
      add_term (b, doc, KIND_YEAR, params.year_weight, 1.0, date, 4);
    }

  for (i = 0; i < b->toks->len; i++)
    {
      Tok *tok = &g_array_index (b->toks, Tok, i);
      const char *text = tok->title ? title : body;
      const char *raw = text + tok->start;
      const char *f = b->fold->str + tok->folded;
      gsize raw_len = tok->end - tok->start;
      double count = tok->title ? params.title_boost : 1.0;
      double base;

      if (tok->flags & PX_TOKEN_NUMBER)
        {
          gsize k, digits = 0;

          g_string_truncate (b->key, 0);
          for (k = 0; k < raw_len; k++)
            {
              if (raw[k] == ',')
                continue;
              digits += g_ascii_isdigit (raw[k]) != 0;
              g_string_append_c (b->key, g_ascii_tolower (raw[k]));
            }
          if (is_year (raw, raw_len))
            {
              latest = MAX (latest, (guint) g_ascii_strtoull (raw, NULL, 10));
              g_string_prepend_c (b->key, KIND_YEAR);
              add_term (b, doc, KIND_YEAR, params.year_weight, count, raw, raw_len);
            }
          else if (digits >= 2 || b->key->len > digits)
            {
              g_string_prepend_c (b->key, KIND_NUMBER);
              add_term (b, doc, KIND_NUMBER, params.number_weight, count, raw, raw_len);
            }
          continue;
        }
      if (tok->stop || tok->folded_len < 2)
        continue;

      base = word_base (f, tok->folded_len, english);
      g_string_truncate (b->stem, 0);
      px_stemmer_stem (language, f, tok->folded_len, b->stem);
      g_string_truncate (b->key, 0);
      g_string_append_c (b->key, KIND_STEM);
      g_string_append_len (b->key, b->stem->str, b->stem->len);
      add_term (b, doc, KIND_STEM, base, count, raw, raw_len);

      if (!tok->name)
        continue;
      g_string_truncate (b->key, 0);
      g_string_append_c (b->key, KIND_NAME);
      g_string_append_len (b->key, f, tok->folded_len);
      add_term (b, doc, KIND_NAME, base * params.name_factor, count, raw, raw_len);

      /* The name before it, or a capitalised word opening the sentence. */
      if (i > 0 && i != n_title)
        {
          Tok *prev = &g_array_index (b->toks, Tok, i - 1);

          if (!prev->stop && !(prev->flags & PX_TOKEN_NUMBER) &&
              (prev->name || (prev->initial && (prev->flags & PX_TOKEN_CAPITALIZED))) &&
              only_spaces (text, prev->end, tok->start) && prev->folded_len >= 2)
            {
              g_string_truncate (b->key, 0);
              g_string_append_c (b->key, KIND_BIGRAM);
              g_string_append_len (b->key, b->fold->str + prev->folded, prev->folded_len);
              g_string_append_c (b->key, ' ');
              g_string_append_len (b->key, f, tok->folded_len);
              add_term (b, doc, KIND_BIGRAM, params.bigram_weight, count,
                        text + prev->start, tok->end - prev->start);
            }
        }
    }

  return latest;
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const Term *x = a, *y = b;

  return x->id < y->id ? -1 : x->id > y->id;
}

static double
date_factor (int a,
             int b)
{
  double gap;

  if (a < 0 || b < 0)
    return 1.0;
  gap = fabs ((double) a - (double) b) - params.date_grace;
  if (gap <= 0)
    return 1.0;
  return MAX (params.date_floor, 1.0 / (1.0 + gap / params.date_scale));
}

/* Final weights: tf damped by its log, times the base, times the
 * collection idf that grows in with the number of articles. */
static void
weigh (Doc            *docs,
       guint           n_docs,
       guint           n_live,
       const TermInfo *info)
{
  double strength = MIN (1.0, n_live / params.idf_docs);
  guint d, k;

  for (d = 0; d < n_docs; d++)
    {
      double norm = 0;

      for (k = 0; k < docs[d].n_terms; k++)
        {
          Term *t = &docs[d].terms[k];
          const TermInfo *ti = &info[t->id];
          double idf = log ((n_live + 1.0) / (ti->df + 1.0));
          double w = (1.0 + log (MAX (t->w, 1.0))) * ti->base * (1.0 + strength * idf);

          t->w = (float) w;
          norm += w * w;
        }
      norm = sqrt (norm);
      for (k = 0; k < docs[d].n_terms && norm > 0; k++)
        docs[d].terms[k].w = (float) (docs[d].terms[k].w / norm);
    }
}

typedef struct {
  guint doc;
  float w;
} Posting;

/* Cosines through an inverted index: each article meets only the articles
 * it shares a term with, and terms of one article alone are skipped. */
static void
compute_similarity (const Doc      *docs,
                    guint           n,
                    const TermInfo *info,
                    guint           n_terms,
                    float          *sim)
{
  guint *start = g_new0 (guint, n_terms + 1);
  guint *fill;
  Posting *postings;
  guint *pos_of;       /* per doc term: its index in the postings */
  guint *pos_base = g_new0 (guint, n + 1);
  double *acc = g_new0 (double, n);
  guint d, k, total = 0;

  for (d = 0; d < n; d++)
    {
      pos_base[d] = total;
      total += docs[d].n_terms;
      for (k = 0; k < docs[d].n_terms; k++)
        start[docs[d].terms[k].id + 1]++;
    }
  pos_base[n] = total;
  for (k = 0; k < n_terms; k++)
    start[k + 1] += start[k];
  fill = g_memdup2 (start, sizeof (guint) * (n_terms + 1));
  postings = g_new (Posting, MAX (total, 1));
  pos_of = g_new (guint, MAX (total, 1));
  for (d = 0; d < n; d++)
    for (k = 0; k < docs[d].n_terms; k++)
      {
        guint id = docs[d].terms[k].id;
        guint p = fill[id]++;

        postings[p].doc = d;
        postings[p].w = docs[d].terms[k].w;
        pos_of[pos_base[d] + k] = p;
      }

  for (d = 0; d < n; d++)
    {
      guint j;

      for (k = 0; k < docs[d].n_terms; k++)
        {
          const Term *t = &docs[d].terms[k];
          guint p, end = start[t->id + 1];

          if (info[t->id].df < 2)
            continue;
          for (p = pos_of[pos_base[d] + k] + 1; p < end; p++)
            acc[postings[p].doc] += (double) t->w * postings[p].w;
        }
      sim[(gsize) d * n + d] = 1.0f;
      for (j = d + 1; j < n; j++)
        {
          double f = date_factor (docs[d].day, docs[j].day);
          float s;

          if (docs[d].year && docs[j].year && docs[d].year != docs[j].year)
            f = MIN (f, params.year_factor);
          s = (float) (MIN (acc[j], 1.0) * f);

          sim[(gsize) d * n + j] = s;
          sim[(gsize) j * n + d] = s;
          acc[j] = 0;
        }
    }

  g_free (start);
  g_free (fill);
  g_free (postings);
  g_free (pos_of);
  g_free (pos_base);
  g_free (acc);
}

static void
find_best (const float    *s,
           guint           n,
           const gboolean *active,
           guint           i,
           guint          *best,
           float          *best_sim)
{
  guint j;

  best[i] = G_MAXUINT;
  best_sim[i] = -1.0f;
  for (j = 0; j < n; j++)
    if (j != i && active[j] && s[(gsize) i * n + j] > best_sim[i])
      {
        best[i] = j;
        best_sim[i] = s[(gsize) i * n + j];
      }
}

/* Average linkage on a copy of the similarity matrix (Lance–Williams
 * updates). Each cluster keeps its most similar neighbour, so a merge
 * costs O(n) plus a rescan of the rows that pointed at the merged pair:
 * about O(n²) in all rather than O(n³). Writes each article's cluster
 * root (its smallest member) to @root. */
static void
cluster (const float    *sim,
         guint           n,
         const gboolean *live,
         guint          *root)
{
  float *s = g_memdup2 (sim, sizeof (float) * n * n);
  gboolean *active = g_new0 (gboolean, n);
  guint *size = g_new0 (guint, n);
  guint *best = g_new0 (guint, n);
  float *best_sim = g_new0 (float, n);
  guint *next = g_new (guint, n);   /* member chains */
  guint *tail = g_new (guint, n);
  double *inner = g_new0 (double, n);   /* sum of the similarities inside */
  guint i, k;

  for (i = 0; i < n; i++)
    {
      active[i] = live[i];
      size[i] = 1;
      next[i] = G_MAXUINT;
      tail[i] = i;
    }
  for (i = 0; i < n; i++)
    if (active[i])
      find_best (s, n, active, i, best, best_sim);

  for (;;)
    {
      guint a = G_MAXUINT, b;
      float top = -1.0f;

      for (i = 0; i < n; i++)
        if (active[i] && best[i] != G_MAXUINT && best_sim[i] > top)
          {
            top = best_sim[i];
            a = i;
          }
      if (a == G_MAXUINT || top < params.threshold)
        break;
      b = best[a];
      if (b < a)
        {
          guint t = a;

          a = b;
          b = t;
        }
      if (size[a] >= params.rel_min_size && size[b] >= params.rel_min_size)
        {
          double coh_a = inner[a] / (size[a] * (size[a] - 1) / 2.0);
          double coh_b = inner[b] / (size[b] * (size[b] - 1) / 2.0);

          if (top < params.rel_ratio * MIN (coh_a, coh_b))
            {
              /* Two tight groups much less alike than each is inside:
               * two events. Keep them, and whatever joins them, apart. */
              s[(gsize) a * n + b] = -10.0f;
              s[(gsize) b * n + a] = -10.0f;
              find_best (s, n, active, a, best, best_sim);
              find_best (s, n, active, b, best, best_sim);
              continue;
            }
        }
      inner[a] += inner[b] + (double) top * size[a] * size[b];

      for (k = 0; k < n; k++)
        if (active[k] && k != a && k != b)
          {
            float v = (size[a] * s[(gsize) a * n + k] + size[b] * s[(gsize) b * n + k]) /
                      (float) (size[a] + size[b]);

            v = (float) ((1 - params.link_min) * v + params.link_min *
                         MIN (s[(gsize) a * n + k], s[(gsize) b * n + k]));

            s[(gsize) a * n + k] = v;
            s[(gsize) k * n + a] = v;
          }
      size[a] += size[b];
      active[b] = FALSE;
      next[tail[a]] = b;
      tail[a] = tail[b];

      find_best (s, n, active, a, best, best_sim);
      for (k = 0; k < n; k++)
        {
          if (!active[k] || k == a)
            continue;
          if (best[k] == a || best[k] == b)
            find_best (s, n, active, k, best, best_sim);
          else if (s[(gsize) k * n + a] > best_sim[k])
            {
              best[k] = a;
              best_sim[k] = s[(gsize) k * n + a];
            }
        }
    }

  for (i = 0; i < n; i++)
    root[i] = G_MAXUINT;
  for (i = 0; i < n; i++)
    if (active[i])
      for (k = i; k != G_MAXUINT; k = next[k])
        root[k] = i;

  g_free (s);
  g_free (active);
  g_free (size);
  g_free (best);
  g_free (best_sim);
  g_free (next);
  g_free (tail);
  g_free (inner);
}

typedef struct {
  guint id;
  double score;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->score != y->score)
    return x->score < y->score ? 1 : -1;
  return x->id < y->id ? -1 : x->id > y->id;
}

static gboolean
same_word (const char *a,
           const char *b)
{
  g_autofree char *x = g_utf8_casefold (a, -1);
  g_autofree char *y = g_utf8_casefold (b, -1);

  return strcmp (x, y) == 0;
}

static gboolean
has_word (GPtrArray  *name,
          const char *word)
{
  guint i;

  for (i = 0; i < name->len; i++)
    if (same_word (name->pdata[i], word))
      return TRUE;
  return FALSE;
}

/* Adds @surface (one word or two) to @names: as a new name, as one more
 * word of a name it continues ("Betty Ford" and "Ford Center"), or not at
 * all when it repeats a word already there. */
static void
add_label_name (GPtrArray  *names,
                const char *surface,
                guint       max_names)
{
  g_auto(GStrv) parts = g_strsplit (surface, " ", -1);
  const char *words[2];
  guint n_words = 0, i, k;
  GPtrArray *name;

  for (i = 0; parts[i] && n_words < 2; i++)
    if (parts[i][0] != '\0')
      words[n_words++] = parts[i];
  if (n_words == 0)
    return;

  for (i = 0; i < names->len; i++)
    {
      name = names->pdata[i];
      if (n_words == 2 && name->len < 4 && !has_word (name, words[1]) &&
          same_word (name->pdata[name->len - 1], words[0]))
        {
          g_ptr_array_add (name, g_strdup (words[1]));
          return;
        }
      if (n_words == 2 && name->len < 4 && !has_word (name, words[0]) &&
          same_word (name->pdata[0], words[1]))
        {
          g_ptr_array_insert (name, 0, g_strdup (words[0]));
          return;
        }
      for (k = 0; k < n_words; k++)
        if (has_word (name, words[k]))
          return;
    }
  if (names->len >= max_names)
    return;
  name = g_ptr_array_new_with_free_func (g_free);
  for (k = 0; k < n_words; k++)
    g_ptr_array_add (name, g_strdup (words[k]));
  g_ptr_array_add (names, name);
}

/* The names the group's articles share most, weighted by how distinctive
 * they are, then the span of the articles' dates. */
static char *
make_label (PxArticle *const *articles,
            const Doc        *docs,
            const TermInfo   *info,
            const guint      *members,
            guint             n_members)
{
  g_autoptr(GHashTable) scores = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) cands = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GString *out = g_string_new (NULL);
  const char *first = NULL, *last = NULL;
  GHashTableIter iter;
  gpointer key, value;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  guint m, k;
  double *sums = g_new0 (double, 1);
  guint n_sums = 0;

  for (m = 0; m < n_members; m++)
    {
      const Doc *doc = &docs[members[m]];
      const char *date = px_article_get_date (articles[members[m]]);

      for (k = 0; k < doc->n_terms; k++)
        {
          const Term *t = &doc->terms[k];
          char kind = info[t->id].kind;
          guint slot;

          if (kind != KIND_NAME && kind != KIND_BIGRAM)
            continue;
          if (g_hash_table_lookup_extended (scores, GUINT_TO_POINTER (t->id + 1), NULL, &value))
            slot = GPOINTER_TO_UINT (value);
          else
            {
              slot = n_sums++;
              sums = g_renew (double, sums, n_sums);
              sums[slot] = 0;
              g_hash_table_insert (scores, GUINT_TO_POINTER (t->id + 1), GUINT_TO_POINTER (slot));
            }
          /* A pair of names reads better than either name alone. */
          sums[slot] += t->w * (kind == KIND_BIGRAM ? 1.5 : 1.0);
        }
      if (date && parse_day (date) >= 0)
        {
          if (first == NULL || strcmp (date, first) < 0)
            first = date;
          if (last == NULL || strcmp (date, last) > 0)
            last = date;
        }
    }

  g_hash_table_iter_init (&iter, scores);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Candidate c = { GPOINTER_TO_UINT (key) - 1, sums[GPOINTER_TO_UINT (value)] };

      g_array_append_val (cands, c);
    }
  g_array_sort (cands, compare_candidates);

  /* The strongest names, each grown by the pairs that continue it. */
  for (k = 0; k < cands->len && k < 12; k++)
    add_label_name (names, info[g_array_index (cands, Candidate, k).id].surface, 2);
  for (k = 0; k < names->len; k++)
    {
      GPtrArray *name = names->pdata[k];
      guint w;

      if (k > 0)
        g_string_append (out, ", ");
      for (w = 0; w < name->len; w++)
        {
          if (w > 0)
            g_string_append_c (out, ' ');
          g_string_append (out, name->pdata[w]);
        }
    }
  if (out->len == 0 && n_members > 0)
    {
      const char *title = px_article_get_title (articles[members[0]]);

      if (title)
        g_string_append (out, title);
    }

  if (first)
    {
      if (out->len)
        g_string_append (out, " · ");
      g_string_append (out, first);
      if (strcmp (first, last) != 0)
        {
          g_string_append (out, " – ");
          g_string_append (out, last);
        }
    }

  g_free (sums);
  return g_string_free (out, FALSE);
}

/**
 * px_events_group:
 * @articles: (array length=n_articles) (nullable): the articles; a %NULL
 *   slot (an input that failed to load) is in no group
 * @n_articles: their number
 *
 * Groups the articles that report the same event. Articles on the same
 * topic but about another event (another meeting, another earthquake,
 * another year) end up in different groups. Runs in about O(n²) time and
 * memory for n articles, and touches nothing but its arguments, so it can
 * run in any thread.
 *
 * Returns: (transfer full): the groups
 */
PxEventGroups *
px_events_group (PxArticle *const *articles,
                 guint             n_articles)
{
  PxEventGroups *self;
  Builder b;
  Doc *docs;
  gboolean *live;
  guint *root;
  guint n_live = 0, latest, d, k, g;

  g_return_val_if_fail (articles != NULL || n_articles == 0, NULL);

  self = g_new0 (PxEventGroups, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->n_articles = n_articles;
  self->group_of = g_new (guint, MAX (n_articles, 1));
  self->similarity = g_new0 (float, MAX ((gsize) n_articles * n_articles, 1));

  builder_init (&b);
  docs = g_new0 (Doc, MAX (n_articles, 1));
  live = g_new0 (gboolean, MAX (n_articles, 1));
  root = g_new (guint, MAX (n_articles, 1));

  for (d = 0; d < n_articles; d++)
    {
      docs[d].day = -1;
      if (articles[d] == NULL)
        continue;
      live[d] = TRUE;
      n_live++;
      g_array_set_size (b.scratch, 0);
      latest = read_article (&b, d, articles[d]);
      g_array_sort (b.scratch, compare_terms);
      docs[d].n_terms = b.scratch->len;
      docs[d].terms = g_memdup2 (b.scratch->data, sizeof (Term) * b.scratch->len);
      docs[d].day = parse_day (px_article_get_date (articles[d]));
      docs[d].year = docs[d].day >= 0 ? (guint) g_ascii_strtoull (px_article_get_date (articles[d]),
                                                                  NULL, 10)
                                      : latest;
    }

  weigh (docs, n_articles, n_live, (const TermInfo *) (void *) b.info->data);
  compute_similarity (docs, n_articles, (const TermInfo *) (void *) b.info->data, b.info->len,
                      self->similarity);
  for (d = 0; d < n_articles; d++)
    if (!live[d])
      for (k = 0; k < n_articles; k++)
        {
          self->similarity[(gsize) d * n_articles + k] = 0;
          self->similarity[(gsize) k * n_articles + d] = 0;
        }
  cluster (self->similarity, n_articles, live, root);

  /* Number the groups in the order of their first article. */
  for (d = 0; d < n_articles; d++)
    self->group_of[d] = PX_EVENT_GROUP_NONE;
  for (d = 0; d < n_articles; d++)
    if (root[d] == d)
      self->group_of[d] = self->n_groups++;
  for (d = 0; d < n_articles; d++)
    if (root[d] != G_MAXUINT)
      self->group_of[d] = self->group_of[root[d]];

  self->offsets = g_new0 (guint, self->n_groups + 1);
  self->members = g_new (guint, MAX (n_live, 1));
  for (d = 0; d < n_articles; d++)
    if (self->group_of[d] != PX_EVENT_GROUP_NONE)
      self->offsets[self->group_of[d] + 1]++;
  for (g = 0; g < self->n_groups; g++)
    self->offsets[g + 1] += self->offsets[g];
  {
    guint *fill = g_memdup2 (self->offsets, sizeof (guint) * (self->n_groups + 1));

    for (d = 0; d < n_articles; d++)
      if (self->group_of[d] != PX_EVENT_GROUP_NONE)
        self->members[fill[self->group_of[d]]++] = d;
    g_free (fill);
  }

  self->labels = g_new0 (char *, self->n_groups + 1);
  for (g = 0; g < self->n_groups; g++)
    self->labels[g] = make_label (articles, docs, (const TermInfo *) (void *) b.info->data,
                                  self->members + self->offsets[g],
                                  self->offsets[g + 1] - self->offsets[g]);

  for (d = 0; d < n_articles; d++)
    g_free (docs[d].terms);
  g_free (docs);
  g_free (live);
  g_free (root);
  builder_clear (&b);

  return self;
}

/**
 * px_event_groups_ref:
 * @self: groups
 *
 * Returns: (transfer full): @self
 */
PxEventGroups *
px_event_groups_ref (PxEventGroups *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * px_event_groups_unref:
 * @self: (transfer full): groups
 */
void
px_event_groups_unref (PxEventGroups *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->group_of);
  g_free (self->members);
  g_free (self->offsets);
  g_strfreev (self->labels);
  g_free (self->similarity);
  g_free (self);
}

/**
 * px_event_groups_get_n_articles:
 * @self: groups
 *
 * Returns: the number of articles that were grouped, %NULL slots included
 */
guint
px_event_groups_get_n_articles (const PxEventGroups *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_articles;
}

/**
 * px_event_groups_get_n_groups:
 * @self: groups
 *
 * Returns: the number of events
 */
guint
px_event_groups_get_n_groups (const PxEventGroups *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_groups;
}

/**
 * px_event_groups_get_members:
 * @self: groups
 * @group: a group index
 * @n_members: (out): where to store the number of members
 *
 * Returns: (array length=n_members) (transfer none): the article indices
 *   of @group, ascending
 */
const guint *
px_event_groups_get_members (const PxEventGroups *self,
                             guint                group,
                             guint               *n_members)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (group < self->n_groups, NULL);
  g_return_val_if_fail (n_members != NULL, NULL);

  *n_members = self->offsets[group + 1] - self->offsets[group];
  return self->members + self->offsets[group];
}

/**
 * px_event_groups_get_group:
 * @self: groups
 * @article: an article index
 *
 * Returns: the group of @article, or %PX_EVENT_GROUP_NONE for a %NULL slot
 */
guint
px_event_groups_get_group (const PxEventGroups *self,
                           guint                article)
{
  g_return_val_if_fail (self != NULL, PX_EVENT_GROUP_NONE);
  g_return_val_if_fail (article < self->n_articles, PX_EVENT_GROUP_NONE);

  return self->group_of[article];
}

/**
 * px_event_groups_get_label:
 * @self: groups
 * @group: a group index
 *
 * A short label for a person: the names the group's articles share most
 * and the span of their dates, such as "Lena Hart, Port Avel · 2019-04-02".
 *
 * Returns: (transfer none): the label, possibly empty
 */
const char *
px_event_groups_get_label (const PxEventGroups *self,
                           guint                group)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (group < self->n_groups, NULL);

  return self->labels[group];
}

/**
 * px_event_groups_get_similarity:
 * @self: groups
 * @a: an article index
 * @b: another
 *
 * How alike two whole articles are, 0 to 1 (1 for an article with
 * itself, 0 when either is a %NULL slot): the cosine of their weighted
 * terms, lowered when their dates are far apart.
 *
 * Returns: the similarity
 */
double
px_event_groups_get_similarity (const PxEventGroups *self,
                                guint                a,
                                guint                b)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (a < self->n_articles && b < self->n_articles, 0);

  return self->similarity[(gsize) a * self->n_articles + b];
}
