/* px-charset.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-charset.h"

#include <errno.h>
#include <string.h>

#include "px-core-error.h"

#define REPLACEMENT "\xef\xbf\xbd"

/* Windows-1252 0x80–0x9F; 0 marks the five undefined bytes. */
static const gunichar cp1252_high[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static char *
decode_cp1252 (const guint8 *data,
               gsize         len,
               gsize        *out_len)
{
  GString *out = g_string_sized_new (len + len / 8 + 1);
  gsize i;

  for (i = 0; i < len; i++)
    {
      guint8 c = data[i];

      if (c < 0x80)
        g_string_append_c (out, c);
      else if (c < 0xA0)
        {
          gunichar u = cp1252_high[c - 0x80];

          if (u != 0)
            g_string_append_unichar (out, u);
          else
            g_string_append (out, REPLACEMENT);
        }
      else
        g_string_append_unichar (out, c);
    }

  *out_len = out->len;
  return g_string_free (out, FALSE);
}

static char *
make_valid_utf8 (const guint8 *data,
                 gsize         len,
                 gsize        *out_len)
{
  char *valid = g_utf8_make_valid ((const char *) data, len);

  *out_len = strlen (valid);
  return valid;
}

/* Converts with iconv, replacing each undecodable byte by U+FFFD. */
static char *
decode_iconv (const guint8  *data,
              gsize          len,
              const char    *charset,
              gsize         *out_len,
              GError       **error)
{
  GIConv cd;
  GString *out;
  char *inbuf = (char *) data;
  gsize inleft = len;
  char buf[4096];

  cd = g_iconv_open ("UTF-8", charset);
  if (cd == (GIConv) -1)
    {
      g_set_error (error, PX_CORE_ERROR, PX_CORE_ERROR_BAD_ENCODING,
                   "Unknown character encoding “%s”", charset);
      return NULL;
    }

  out = g_string_sized_new (len + 16);
  while (inleft > 0)
    {
      char *outbuf = buf;
      gsize outleft = sizeof buf;
      gsize r = g_iconv (cd, &inbuf, &inleft, &outbuf, &outleft);

      g_string_append_len (out, buf, outbuf - buf);
      if (r == (gsize) -1)
        {
          if (errno == E2BIG)
            continue;
          /* EILSEQ or a truncated sequence at the end: skip one byte. */
          g_string_append (out, REPLACEMENT);
          inbuf++;
          inleft--;
        }
    }
  g_iconv_close (cd);

  *out_len = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
charset_is (const char *charset,
            const char *name)
{
  return g_ascii_strcasecmp (charset, name) == 0;
}

static gboolean
has_multibyte (const guint8 *data,
               gsize         len)
{
  gsize i;

  for (i = 0; i < len; i++)
    if (data[i] >= 0x80)
      return TRUE;

  return FALSE;
}

/* Does the text look like UTF-16 without a BOM (ASCII with NULs between)? */
static const char *
guess_utf16 (const guint8 *data,
             gsize         len)
{
  gsize n = MIN (len, 4096) & ~(gsize) 1;
  gsize even_nul = 0, odd_nul = 0;
  gsize i;

  if (n < 4)
    return NULL;

  for (i = 0; i < n; i += 2)
    {
      even_nul += data[i] == 0;
      odd_nul += data[i + 1] == 0;
    }

  if (odd_nul > n / 2 * 9 / 10 && even_nul == 0)
    return "UTF-16LE";
  if (even_nul > n / 2 * 9 / 10 && odd_nul == 0)
    return "UTF-16BE";

  return NULL;
}

/**
 * px_charset_decode:
 * @data: the raw bytes
 * @len: their length
 * @declared: (nullable): the charset the file or its server declares
 * @out_len: (out): the length of the result
 * @error: where to report failure
 *
 * Decodes text to UTF-8: a byte-order mark wins, then the declared charset,
 * then valid UTF-8, else Windows-1252 (what browsers do for Latin-1 too).
 * Undecodable sequences become U+FFFD; nothing makes this fail but an
 * unknown declared charset that is not also valid UTF-8.
 *
 * Returns: (transfer full): nul-terminated UTF-8 text
 */
char *
px_charset_decode (const guint8  *data,
                   gsize          len,
                   const char    *declared,
                   gsize         *out_len,
                   GError       **error)
{
  const char *utf16;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (out_len != NULL, NULL);

  /* An empty GBytes may have no data pointer at all. */
  if (len == 0)
    {
      *out_len = 0;
      return g_strdup ("");
    }

  if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    return make_valid_utf8 (data + 3, len - 3, out_len);
  if (len >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0)
    return decode_iconv (data + 4, len - 4, "UTF-32LE", out_len, error);
  if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    return decode_iconv (data + 2, len - 2, "UTF-16LE", out_len, error);
  if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    return decode_iconv (data + 2, len - 2, "UTF-16BE", out_len, error);

  /* Pages saved as UTF-8 often keep the declaration of the encoding they
   * were written in; text that is valid UTF-8 and uses it is UTF-8. */
  if (declared != NULL && *declared != '\0' && !charset_is (declared, "utf-8") &&
      has_multibyte (data, len) && g_utf8_validate ((const char *) data, len, NULL))
    {
      *out_len = len;
      return g_strndup ((const char *) data, len);
    }

  if (declared != NULL && *declared != '\0')
    {
      if (charset_is (declared, "utf-8") || charset_is (declared, "utf8"))
        return make_valid_utf8 (data, len, out_len);
      /* As browsers do: Latin-1 and ASCII labels mean Windows-1252. */
      if (charset_is (declared, "iso-8859-1") || charset_is (declared, "latin1") ||
          charset_is (declared, "us-ascii") || charset_is (declared, "windows-1252") ||
          charset_is (declared, "cp1252") || charset_is (declared, "ascii"))
        return decode_cp1252 (data, len, out_len);
      /* A page that says UTF-16 but was read as bytes with ASCII markup
       * cannot really be UTF-16; trust the bytes then. */
      if (g_ascii_strncasecmp (declared, "utf-16", 6) != 0 || guess_utf16 (data, len))
        {
          g_autoptr(GError) local_error = NULL;
          char *text = decode_iconv (data, len, declared, out_len, &local_error);

          if (text != NULL)
            return text;
          if (!g_utf8_validate ((const char *) data, len, NULL))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
        }
    }

  if (g_utf8_validate ((const char *) data, len, NULL))
    {
      *out_len = len;
      return g_strndup ((const char *) data, len);
    }

  utf16 = guess_utf16 (data, len);
  if (utf16 != NULL)
    return decode_iconv (data, len, utf16, out_len, error);

  {
    /* Mostly UTF-8 with a few broken bytes is still UTF-8: decoding it as
     * Windows-1252 would garble every accented letter. */
    const char *p = (const char *) data;
    const char *end = p + len;
    gsize good = 0, bad = 0;

    while (p < end)
      {
        if ((guchar) *p < 0x80)
          p++;
        else
          {
            gunichar u = g_utf8_get_char_validated (p, end - p);

            if (u == (gunichar) -1 || u == (gunichar) -2)
              {
                bad++;
                p++;
              }
            else
              {
                good++;
                p = g_utf8_next_char (p);
              }
          }
      }

    if (good > bad)
      return make_valid_utf8 (data, len, out_len);
  }

  return decode_cp1252 (data, len, out_len);
}

static const char *
find_ci (const char *hay,
         gsize       len,
         const char *needle)
{
  gsize n = strlen (needle);
  gsize i;

  if (len < n)
    return NULL;

  for (i = 0; i + n <= len; i++)
    if (g_ascii_strncasecmp (hay + i, needle, n) == 0)
      return hay + i;

  return NULL;
}

static char *
read_charset_value (const char *p,
                    const char *end)
{
  const char *start;

  while (p < end && (*p == ' ' || *p == '=' || *p == '"' || *p == '\''))
    p++;
  start = p;
  while (p < end && (g_ascii_isalnum (*p) || *p == '-' || *p == '_' || *p == '.' || *p == ':'))
    p++;
  if (p == start)
    return NULL;

  return g_ascii_strdown (start, p - start);
}

/**
 * px_charset_sniff_markup:
 * @data: the start of an HTML or XML document
 * @len: its length
 *
 * Looks in the first kilobytes for `<meta charset>`, a `Content-Type`
 * meta element, or an XML declaration's encoding.
 *
 * Returns: (transfer full) (nullable): the declared charset in lower case
 */
char *
px_charset_sniff_markup (const guint8 *data,
                         gsize         len)
{
  const char *text = (const char *) data;
  const char *end;
  const char *p;

  if (data == NULL || len == 0)
    return NULL;
  len = MIN (len, 8192);
  end = text + len;

  if (len > 5 && strncmp (text, "<?xml", 5) == 0)
    {
      const char *close = memchr (text, '>', len);

      if (close != NULL && (p = find_ci (text, close - text, "encoding")) != NULL)
        return read_charset_value (p + 8, close);
    }

  for (p = text; (p = find_ci (p, end - p, "<meta")) != NULL; p += 5)
    {
      const char *close = memchr (p, '>', end - p);
      const char *cs;

      if (close == NULL)
        break;
      cs = find_ci (p, close - p, "charset");
      if (cs != NULL)
        {
          char *value = read_charset_value (cs + 7, close);

          if (value != NULL)
            return value;
        }
    }

  return NULL;
}
