/* px-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-date.h"

#include <stdio.h>
#include <string.h>

static const char * const month_names[] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december",
};

/**
 * px_date_month_from_name:
 * @name: a month name or its abbreviation ("Dec", "Sept", "December")
 * @len: bytes of @name
 *
 * Returns: the month, 1 to 12, or 0 if @name is not one
 */
int
px_date_month_from_name (const char *name,
                         gsize       len)
{
  char lower[16];
  guint i;

  if (len < 3 || len >= sizeof lower)
    return 0;

  for (i = 0; i < len; i++)
    lower[i] = g_ascii_tolower (name[i]);
  lower[len] = '\0';

  for (i = 0; i < G_N_ELEMENTS (month_names); i++)
    {
      const char *full = month_names[i];

      if (strcmp (lower, full) == 0)
        return i + 1;
      /* "Sept" as well as "Sep"; other months only by their three letters. */
      if ((len == 3 && strncmp (lower, full, 3) == 0) ||
          (i == 8 && strcmp (lower, "sept") == 0))
        return i + 1;
    }

  return 0;
}

static gboolean
valid_date (int year,
            int month,
            int day)
{
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 &&
         day >= 1 && day <= g_date_get_days_in_month (month, year);
}

static char *
format_date (int year,
             int month,
             int day)
{
  if (!valid_date (year, month, day))
    return NULL;

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

typedef enum {
  TOKEN_NUMBER,
  TOKEN_MONTH,
} TokenKind;

typedef struct {
  TokenKind kind;
  int value;
  int digits;
} Token;

/**
 * px_date_normalize:
 * @text: a date as pages and wire copy write it
 *
 * Reads ISO 8601 ("2012-12-28T10:00:00Z"), slashed ("2012/12/28",
 * "12/28/2012"), written-out ("December 28, 2012", "Fri, 28 Dec 2012
 * 10:00 GMT", "28. Dezember 2012" is not read) and compact ("20121228")
 * dates.
 *
 * Returns: (transfer full) (nullable): the date as YYYY-MM-DD, or %NULL
 */
char *
px_date_normalize (const char *text)
{
  Token tokens[8];
  guint n_tokens = 0;
  const char *p;
  int year = 0, month = 0, day = 0;
  guint i;

  if (text == NULL)
    return NULL;

  while (g_ascii_isspace (*text))
    text++;

  /* ISO 8601 first: it is the common machine form. */
  if (g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
      g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]))
    {
      if ((text[4] == '-' || text[4] == '/' || text[4] == '.') &&
          g_ascii_isdigit (text[5]))
        {
          char sep = text[4];
          char *end;

          year = (int) g_ascii_strtoll (text, NULL, 10);
          month = (int) g_ascii_strtoll (text + 5, &end, 10);
          if (*end == sep && g_ascii_isdigit (end[1]))
            day = (int) g_ascii_strtoll (end + 1, NULL, 10);
          else
            return NULL;
          return format_date (year, month, day);
        }
      if (g_ascii_isdigit (text[4]) && strlen (text) >= 8 &&
          g_ascii_isdigit (text[5]) && g_ascii_isdigit (text[6]) &&
          g_ascii_isdigit (text[7]) && !g_ascii_isdigit (text[8]))
        {
          year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 +
                 (text[2] - '0') * 10 + (text[3] - '0');
          month = (text[4] - '0') * 10 + (text[5] - '0');
          day = (text[6] - '0') * 10 + (text[7] - '0');
          return format_date (year, month, day);
        }
    }

  /* Otherwise gather numbers and month names, ignoring weekday names,
   * times and zones after the date. */
  for (p = text; *p && n_tokens < G_N_ELEMENTS (tokens); )
    {
      if (g_ascii_isdigit (*p))
        {
          const char *start = p;
          int value = 0;

          while (g_ascii_isdigit (*p) && p - start < 5)
            value = value * 10 + (*p++ - '0');
          if (*p == ':')
            break;  /* a time: the date is over */
          tokens[n_tokens].kind = TOKEN_NUMBER;
          tokens[n_tokens].value = value;
          tokens[n_tokens].digits = p - start;
          n_tokens++;
          /* ordinals: 28th, 1st */
          while (g_ascii_isalpha (*p))
            p++;
        }
      else if (g_ascii_isalpha (*p))
        {
          const char *start = p;
          int m;

          while (g_ascii_isalpha (*p))
            p++;
          m = px_date_month_from_name (start, p - start);
          if (m > 0)
            {
              tokens[n_tokens].kind = TOKEN_MONTH;
              tokens[n_tokens].value = m;
              tokens[n_tokens].digits = 0;
              n_tokens++;
            }
        }
      else
        p++;
    }


  for (i = 0; i + 1 < n_tokens; i++)
    {
      const Token *a = &tokens[i];
      const Token *b = &tokens[i + 1];
      const Token *c = i + 2 < n_tokens ? &tokens[i + 2] : NULL;

      if (c == NULL)
        break;

      /* December 28, 2012 */
      if (a->kind == TOKEN_MONTH && b->kind == TOKEN_NUMBER && b->digits <= 2 &&
          c->kind == TOKEN_NUMBER && c->digits == 4)
        return format_date (c->value, a->value, b->value);
      /* 28 December 2012 */
      if (a->kind == TOKEN_NUMBER && a->digits <= 2 && b->kind == TOKEN_MONTH &&
          c->kind == TOKEN_NUMBER && c->digits == 4)
        return format_date (c->value, b->value, a->value);
      /* 2012 December 28 */
      if (a->kind == TOKEN_NUMBER && a->digits == 4 && b->kind == TOKEN_MONTH &&
          c->kind == TOKEN_NUMBER && c->digits <= 2)
        return format_date (a->value, b->value, c->value);
      /* 12/28/2012 (US) or 28/12/2012 when the first cannot be a month */
      if (a->kind == TOKEN_NUMBER && b->kind == TOKEN_NUMBER && c->kind == TOKEN_NUMBER &&
          a->digits <= 2 && b->digits <= 2 && c->digits == 4)
        {
          if (a->value <= 12)
            return format_date (c->value, a->value, b->value);
          return format_date (c->value, b->value, a->value);
        }
    }

  return NULL;
}

/**
 * px_date_to_date_time:
 * @iso: (nullable): a date as YYYY-MM-DD, as articles keep it
 *
 * Returns: (transfer full) (nullable): midnight UTC of that day, or %NULL
 *   when @iso is not such a date
 */
GDateTime *
px_date_to_date_time (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return NULL;

  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}
