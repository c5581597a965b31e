/* px-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-json.h"

#include <math.h>
#include <string.h>

struct _PxJsonWriter
{
  GString *out;
  /* One flag per open container: has it received a value yet? */
  GArray *first;
  gboolean after_key;
};

PxJsonWriter *
px_json_writer_new (GString *out)
{
  PxJsonWriter *self;

  g_return_val_if_fail (out != NULL, NULL);

  self = g_new0 (PxJsonWriter, 1);
  self->out = out;
  self->first = g_array_new (FALSE, FALSE, sizeof (gboolean));

  return self;
}

void
px_json_writer_free (PxJsonWriter *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->first);
  g_free (self);
}

static void
begin_value (PxJsonWriter *self)
{
  gboolean *first;

  if (self->after_key)
    {
      self->after_key = FALSE;
      return;
    }
  if (self->first->len == 0)
    return;

  first = &g_array_index (self->first, gboolean, self->first->len - 1);
  if (!*first)
    g_string_append_c (self->out, ',');
  *first = FALSE;
}

static void
open_container (PxJsonWriter *self,
                char          c)
{
  gboolean first = TRUE;

  begin_value (self);
  g_string_append_c (self->out, c);
  g_array_append_val (self->first, first);
}

static void
close_container (PxJsonWriter *self,
                 char          c)
{
  g_return_if_fail (self->first->len > 0);

  g_array_set_size (self->first, self->first->len - 1);
  g_string_append_c (self->out, c);
}

void
px_json_writer_begin_object (PxJsonWriter *self)
{
  open_container (self, '{');
}

void
px_json_writer_end_object (PxJsonWriter *self)
{
  close_container (self, '}');
}

void
px_json_writer_begin_array (PxJsonWriter *self)
{
  open_container (self, '[');
}

void
px_json_writer_end_array (PxJsonWriter *self)
{
  close_container (self, ']');
}

void
px_json_writer_key (PxJsonWriter *self,
                    const char   *key)
{
  g_return_if_fail (key != NULL);

  begin_value (self);
  px_json_escape_append (self->out, key, -1);
  g_string_append_c (self->out, ':');
  self->after_key = TRUE;
}

/**
 * px_json_escape_append:
 * @out: where to write
 * @value: UTF-8 text
 * @len: bytes of @value, or -1
 *
 * Appends @value as a quoted JSON string. Invalid UTF-8 is replaced by
 * U+FFFD so the document stays valid whatever it is given.
 */
void
px_json_escape_append (GString    *out,
                       const char *value,
                       gssize      len)
{
  static const char hex[] = "0123456789abcdef";
  const char *p;
  const char *end;
  const char *run;

  if (len < 0)
    len = strlen (value);

  p = run = value;
  end = value + len;

  g_string_append_c (out, '"');
  while (p < end)
    {
      guchar c = (guchar) *p;

      if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80)
        {
          p++;
          continue;
        }

      if (c >= 0x80)
        {
          gunichar u = g_utf8_get_char_validated (p, end - p);

          if (u != (gunichar) -1 && u != (gunichar) -2)
            {
              const char *next = g_utf8_next_char (p);

              /* U+2028/2029 are valid JSON but break JavaScript readers. */
              if (u == 0x2028 || u == 0x2029)
                {
                  g_string_append_len (out, run, p - run);
                  g_string_append_printf (out, "\\u%04x", u);
                  run = next;
                }
              p = next;
              continue;
            }

          g_string_append_len (out, run, p - run);
          g_string_append (out, "\xef\xbf\xbd");
          p++;
          run = p;
          continue;
        }

      g_string_append_len (out, run, p - run);
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          g_string_append (out, "\\u00");
          g_string_append_c (out, hex[c >> 4]);
          g_string_append_c (out, hex[c & 0xf]);
          break;
        }
      p++;
      run = p;
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

void
px_json_writer_string (PxJsonWriter *self,
                       const char   *value)
{
  if (value == NULL)
    {
      px_json_writer_null (self);
      return;
    }

  px_json_writer_string_len (self, value, -1);
}

void
px_json_writer_string_len (PxJsonWriter *self,
                           const char   *value,
                           gssize        len)
{
  begin_value (self);
  px_json_escape_append (self->out, value, len);
}

void
px_json_writer_int (PxJsonWriter *self,
                    gint64        value)
{
  begin_value (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
px_json_writer_double (PxJsonWriter *self,
                       double        value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      px_json_writer_null (self);
      return;
    }

  begin_value (self);
  if (value == floor (value) && fabs (value) < 1e15)
    g_string_append_printf (self->out, "%.0f", value);
  else
    {
      /* The shortest form that reads back as the same double. */
      g_ascii_formatd (buf, sizeof buf, "%.15g", value);
      if (g_ascii_strtod (buf, NULL) != value)
        g_ascii_formatd (buf, sizeof buf, "%.17g", value);
      g_string_append (self->out, buf);
    }
}

void
px_json_writer_bool (PxJsonWriter *self,
                     gboolean      value)
{
  begin_value (self);
  g_string_append (self->out, value ? "true" : "false");
}

void
px_json_writer_null (PxJsonWriter *self)
{
  begin_value (self);
  g_string_append (self->out, "null");
}
