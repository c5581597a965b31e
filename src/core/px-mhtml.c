/* px-mhtml.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-mhtml.h"

#include <string.h>

#include "px-core-error.h"

/*
 * MHTML (RFC 2557) as browsers save it: MIME headers, a multipart/related
 * body whose first text/html part is the page, each part quoted-printable
 * or base64. Only that part is kept; images and styles are not needed.
 */

static void
flush_header (GHashTable *headers,
              GString    *line)
{
  const char *colon = strchr (line->str, ':');

  if (colon != NULL)
    {
      char *name = g_ascii_strdown (line->str, colon - line->str);
      char *value = g_strstrip (g_strdup (colon + 1));

      g_strstrip (name);
      if (!g_hash_table_contains (headers, name))
        g_hash_table_insert (headers, name, value);
      else
        {
          g_free (name);
          g_free (value);
        }
    }
  g_string_truncate (line, 0);
}

/* Reads one header block up to its blank line, unfolding continuation
 * lines, into a table of lower-case names to values. Moves *p past it. */
static GHashTable *
read_headers (const char **p,
              const char  *end)
{
  GHashTable *headers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GString *line = g_string_new (NULL);

  while (*p < end)
    {
      const char *eol = memchr (*p, '\n', end - *p);
      const char *line_end = eol ? eol : end;
      const char *start = *p;

      *p = eol ? eol + 1 : end;
      if (line_end > start && line_end[-1] == '\r')
        line_end--;

      if (line_end == start)
        break;

      if ((*start == ' ' || *start == '\t') && line->len > 0)
        {
          g_string_append_c (line, ' ');
          g_string_append_len (line, start, line_end - start);
          continue;
        }

      if (line->len > 0)
        flush_header (headers, line);
      g_string_append_len (line, start, line_end - start);
    }
  if (line->len > 0)
    flush_header (headers, line);

  g_string_free (line, TRUE);
  return headers;
}

/* The value of a parameter of a header ("boundary", "charset"). */
static char *
header_param (const char *value,
              const char *param)
{
  gsize n = strlen (param);
  const char *p;

  if (value == NULL)
    return NULL;

  for (p = value; *p; p++)
    {
      if ((p == value || p[-1] == ';' || p[-1] == ' ' || p[-1] == '\t') &&
          g_ascii_strncasecmp (p, param, n) == 0 && p[n] == '=')
        {
          const char *v = p + n + 1;
          const char *e;

          if (*v == '"')
            {
              v++;
              e = strchr (v, '"');
              if (e == NULL)
                e = v + strlen (v);
            }
          else
            {
              e = v;
              while (*e && *e != ';' && *e != ' ' && *e != '\t')
                e++;
            }
          return g_strndup (v, e - v);
        }
    }

  return NULL;
}

/* A charset name is printable ASCII; anything else cannot name one. */
static char *
charset_param (const char *content_type)
{
  char *value = header_param (content_type, "charset");
  const char *c;

  if (value == NULL)
    return NULL;
  for (c = value; *c != '\0'; c++)
    if (!g_ascii_isgraph (*c))
      {
        g_free (value);
        return NULL;
      }

  return value;
}

static GBytes *
decode_quoted_printable (const char *p,
                         const char *end)
{
  GByteArray *out = g_byte_array_sized_new (end - p);

  while (p < end)
    {
      if (*p == '=')
        {
          int hi, lo;

          if (p + 1 < end && p[1] == '\n')
            {
              p += 2;
              continue;
            }
          if (p + 2 < end && p[1] == '\r' && p[2] == '\n')
            {
              p += 3;
              continue;
            }
          if (p + 2 < end && (hi = g_ascii_xdigit_value (p[1])) >= 0 && (lo = g_ascii_xdigit_value (p[2])) >= 0)
            {
              guint8 b = (guint8) (hi * 16 + lo);

              g_byte_array_append (out, &b, 1);
              p += 3;
              continue;
            }
        }
      g_byte_array_append (out, (const guint8 *) p, 1);
      p++;
    }

  return g_byte_array_free_to_bytes (out);
}

static GBytes *
decode_base64 (const char *p,
               const char *end)
{
  g_autofree char *copy = g_strndup (p, end - p);
  gsize len = 0;
  guchar *data;

  /* GLib refuses (with a critical) to decode less than two characters. */
  if (strlen (copy) < 2)
    return g_bytes_new (NULL, 0);
  data = g_base64_decode_inplace (copy, &len);

  return g_bytes_new (data, len);
}

static GBytes *
decode_body (const char *encoding,
             const char *p,
             const char *end)
{
  if (encoding != NULL && g_ascii_strcasecmp (encoding, "quoted-printable") == 0)
    return decode_quoted_printable (p, end);
  if (encoding != NULL && g_ascii_strcasecmp (encoding, "base64") == 0)
    return decode_base64 (p, end);

  return g_bytes_new (p, end - p);
}

static gboolean
is_html_type (const char *content_type)
{
  return content_type != NULL &&
         (g_ascii_strncasecmp (content_type, "text/html", 9) == 0 ||
          g_ascii_strncasecmp (content_type, "application/xhtml+xml", 21) == 0);
}

static const char *
find_bytes (const char *hay,
            const char *end,
            const char *needle,
            gsize       n)
{
  while (hay + n <= end)
    {
      const char *hit = memchr (hay, needle[0], end - hay - n + 1);

      if (hit == NULL)
        return NULL;
      if (memcmp (hit, needle, n) == 0)
        return hit;
      hay = hit + 1;
    }

  return NULL;
}

/**
 * px_mhtml_extract_html:
 * @data: an MHTML document
 * @len: its length
 * @charset: (out) (optional) (nullable): the charset the HTML part declares
 * @error: where to report failure
 *
 * Returns: (transfer full) (nullable): the decoded bytes of the page's HTML part
 */
GBytes *
px_mhtml_extract_html (const guint8  *data,
                       gsize          len,
                       char         **charset,
                       GError       **error)
{
  const char *p = (const char *) data;
  const char *end = p + len;
  g_autoptr(GHashTable) top = NULL;
  const char *content_type;
  g_autofree char *boundary = NULL;
  g_autofree char *delimiter = NULL;
  gsize delimiter_len;

  g_return_val_if_fail (data != NULL || len == 0, NULL);

  if (charset != NULL)
    *charset = NULL;

  top = read_headers (&p, end);
  content_type = g_hash_table_lookup (top, "content-type");

  if (is_html_type (content_type))
    {
      if (charset != NULL)
        *charset = charset_param (content_type);
      return decode_body (g_hash_table_lookup (top, "content-transfer-encoding"), p, end);
    }

  boundary = header_param (content_type, "boundary");
  if (boundary == NULL || *boundary == '\0')
    {
      g_set_error_literal (error, PX_CORE_ERROR, PX_CORE_ERROR_INVALID,
                           "The MHTML file has no multipart boundary");
      return NULL;
    }

  delimiter = g_strconcat ("--", boundary, NULL);
  delimiter_len = strlen (delimiter);

  p = find_bytes (p, end, delimiter, delimiter_len);
  while (p != NULL)
    {
      g_autoptr(GHashTable) headers = NULL;
      const char *body;
      const char *next;
      const char *body_end;
      const char *type;

      p += delimiter_len;
      if (p + 1 < end && p[0] == '-' && p[1] == '-')
        break;  /* the closing delimiter */
      while (p < end && (*p == ' ' || *p == '\t'))
        p++;
      if (p < end && *p == '\r')
        p++;
      if (p < end && *p == '\n')
        p++;

      headers = read_headers (&p, end);
      body = p;
      next = find_bytes (body, end, delimiter, delimiter_len);
      body_end = next != NULL ? next : end;
      /* The line break before a delimiter belongs to the delimiter. */
      if (body_end > body && body_end[-1] == '\n')
        body_end--;
      if (body_end > body && body_end[-1] == '\r')
        body_end--;

      type = g_hash_table_lookup (headers, "content-type");
      if (is_html_type (type))
        {
          if (charset != NULL)
            *charset = charset_param (type);
          return decode_body (g_hash_table_lookup (headers, "content-transfer-encoding"),
                              body, body_end);
        }

      p = next;
    }

  g_set_error_literal (error, PX_CORE_ERROR, PX_CORE_ERROR_NO_ARTICLE,
                       "The MHTML file has no HTML part");
  return NULL;
}
