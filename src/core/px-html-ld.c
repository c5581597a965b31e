/* px-html-ld.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-html-ld.h"

#include <string.h>

/* Pages nest JSON-LD a few levels deep; anything deeper is not metadata. */
#define MAX_DEPTH 64
#define MAX_VALUES 100000

typedef struct {
  const char *p;
  const char *end;
  guint n_values;
} Reader;

static PxLdValue *read_value (Reader *r,
                              guint   depth);

static PxLdValue *
new_value (PxLdKind kind)
{
  PxLdValue *v = g_new0 (PxLdValue, 1);

  v->kind = kind;
  if (kind == PX_LD_ARRAY || kind == PX_LD_OBJECT)
    v->items = g_ptr_array_new_with_free_func ((GDestroyNotify) px_ld_free);
  if (kind == PX_LD_OBJECT)
    v->keys = g_ptr_array_new_with_free_func (g_free);

  return v;
}

/**
 * px_ld_free:
 * @value: (nullable): a value from px_ld_parse()
 *
 * Frees @value and everything in it.
 */
void
px_ld_free (PxLdValue *value)
{
  if (value == NULL)
    return;
  g_free (value->text);
  if (value->items != NULL)
    g_ptr_array_unref (value->items);
  if (value->keys != NULL)
    g_ptr_array_unref (value->keys);
  g_free (value);
}

static void
skip_space (Reader *r)
{
  while (r->p < r->end)
    {
      char c = *r->p;

      if (g_ascii_isspace (c))
        r->p++;
      else if (c == '/' && r->p + 1 < r->end && r->p[1] == '/')
        {
          while (r->p < r->end && *r->p != '\n')
            r->p++;
        }
      else if (c == '/' && r->p + 1 < r->end && r->p[1] == '*')
        {
          const char *close = g_strstr_len (r->p + 2, r->end - r->p - 2, "*/");

          r->p = close ? close + 2 : r->end;
        }
      else
        break;
    }
}

static gboolean
read_hex4 (Reader   *r,
           gunichar *out)
{
  gunichar u = 0;
  int i;

  if (r->end - r->p < 4)
    return FALSE;
  for (i = 0; i < 4; i++)
    {
      int h = g_ascii_xdigit_value (r->p[i]);

      if (h < 0)
        return FALSE;
      u = u * 16 + h;
    }
  r->p += 4;
  *out = u;

  return TRUE;
}

static char *
read_string (Reader *r)
{
  char quote = *r->p++;
  GString *s = g_string_new (NULL);

  while (r->p < r->end && *r->p != quote)
    {
      char c = *r->p++;

      if (c != '\\')
        {
          /* Raw control characters are invalid JSON but common in pages. */
          g_string_append_c (s, (c == '\n' || c == '\r' || c == '\t') ? ' ' : c);
          continue;
        }
      if (r->p >= r->end)
        break;
      c = *r->p++;
      switch (c)
        {
        case 'n': case 'r': case 't': case 'f': case 'b':
          g_string_append_c (s, ' ');
          break;
        case 'u':
          {
            gunichar u;

            if (!read_hex4 (r, &u))
              break;
            if (u >= 0xD800 && u < 0xDC00 && r->end - r->p >= 6 &&
                r->p[0] == '\\' && r->p[1] == 'u')
              {
                gunichar lo;

                r->p += 2;
                if (read_hex4 (r, &lo) && lo >= 0xDC00 && lo < 0xE000)
                  u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                else
                  u = 0xFFFD;
              }
            if (u == 0 || (u >= 0xD800 && u < 0xE000))
              u = 0xFFFD;
            g_string_append_unichar (s, u);
          }
          break;
        default:
          g_string_append_c (s, c);
          break;
        }
    }
  if (r->p < r->end)
    r->p++;

  /* The input was UTF-8, but a cut escape may have left a stray byte. */
  if (!g_utf8_validate (s->str, s->len, NULL))
    {
      char *valid = g_utf8_make_valid (s->str, s->len);

      g_string_free (s, TRUE);
      return valid;
    }

  return g_string_free (s, FALSE);
}

static char *
read_bare (Reader *r)
{
  const char *start = r->p;

  while (r->p < r->end && !g_ascii_isspace (*r->p) && strchr (",:]}[{\"'", *r->p) == NULL)
    r->p++;

  return g_strndup (start, r->p - start);
}

static PxLdValue *
read_container (Reader *r,
                guint   depth,
                gboolean object)
{
  PxLdValue *v = new_value (object ? PX_LD_OBJECT : PX_LD_ARRAY);
  char close = object ? '}' : ']';

  r->p++;
  for (;;)
    {
      char *key = NULL;
      PxLdValue *item;

      skip_space (r);
      if (r->p >= r->end)
        break;
      if (*r->p == close)
        {
          r->p++;
          break;
        }
      if (*r->p == ',')
        {
          r->p++;
          continue;
        }
      if (object)
        {
          if (*r->p == '"' || *r->p == '\'')
            key = read_string (r);
          else
            key = read_bare (r);
          skip_space (r);
          if (r->p < r->end && *r->p == ':')
            r->p++;
          else
            {
              g_free (key);
              /* Not a member: step past the bad byte so the loop ends. */
              if (r->p < r->end && *r->p != close)
                r->p++;
              continue;
            }
        }
      item = read_value (r, depth + 1);
      if (item == NULL)
        {
          g_free (key);
          if (r->p < r->end && *r->p != close && *r->p != ',')
            r->p++;
          continue;
        }
      g_ptr_array_add (v->items, item);
      if (object)
        g_ptr_array_add (v->keys, key);
    }

  return v;
}

static PxLdValue *
read_value (Reader *r,
            guint   depth)
{
  PxLdValue *v;
  char c;

  skip_space (r);
  if (r->p >= r->end || depth > MAX_DEPTH || r->n_values >= MAX_VALUES)
    return NULL;
  r->n_values++;

  c = *r->p;
  if (c == '{' || c == '[')
    return read_container (r, depth, c == '{');
  if (c == '"' || c == '\'')
    {
      v = new_value (PX_LD_STRING);
      v->text = read_string (r);
      return v;
    }
  if (c == '}' || c == ']' || c == ',' || c == ':')
    return NULL;

  v = new_value (PX_LD_NUMBER);
  v->text = read_bare (r);
  if (v->text[0] == '\0')
    {
      px_ld_free (v);
      return NULL;
    }
  if (strcmp (v->text, "null") == 0)
    v->kind = PX_LD_NULL;
  else if (strcmp (v->text, "true") == 0 || strcmp (v->text, "false") == 0)
    v->kind = PX_LD_BOOL;

  return v;
}

/**
 * px_ld_parse:
 * @text: JSON text, perhaps wrapped in HTML comment or CDATA markers
 * @len: bytes of @text
 *
 * Reads the first JSON value of @text. Trailing commas, comments, raw
 * newlines in strings and a truncated end are tolerated.
 *
 * Returns: (transfer full) (nullable): the value, or %NULL if there is none
 */
PxLdValue *
px_ld_parse (const char *text,
             gsize       len)
{
  Reader r;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  r.p = text;
  r.end = text + len;
  r.n_values = 0;

  /* Skip wrappers such as "<!--", "<![CDATA[" or a stray prefix. */
  while (r.p < r.end && *r.p != '{')
    {
      if (*r.p == '[' && r.end - r.p >= 7 && memcmp (r.p, "[CDATA[", 7) == 0)
        r.p += 7;
      else if (*r.p == '[')
        break;
      else
        r.p++;
    }

  return read_value (&r, 0);
}

/**
 * px_ld_get:
 * @object: (nullable): a value
 * @key: a member name
 *
 * Returns: (transfer none) (nullable): the member, if @object is an object
 */
PxLdValue *
px_ld_get (PxLdValue  *object,
           const char *key)
{
  guint i;

  if (object == NULL || object->kind != PX_LD_OBJECT)
    return NULL;
  for (i = 0; i < object->keys->len; i++)
    if (g_strcmp0 (g_ptr_array_index (object->keys, i), key) == 0)
      return g_ptr_array_index (object->items, i);

  return NULL;
}

/**
 * px_ld_get_string:
 * @object: (nullable): a value
 * @key: a member name
 *
 * Returns: (transfer none) (nullable): the member's text if it is a string
 */
const char *
px_ld_get_string (PxLdValue  *object,
                  const char *key)
{
  PxLdValue *v = px_ld_get (object, key);

  return (v != NULL && v->kind == PX_LD_STRING) ? v->text : NULL;
}

/**
 * px_ld_length:
 * @array: (nullable): a value
 *
 * Returns: the number of elements if @array is an array, else 0
 */
guint
px_ld_length (PxLdValue *array)
{
  return (array != NULL && array->kind == PX_LD_ARRAY) ? array->items->len : 0;
}

/**
 * px_ld_index:
 * @array: (nullable): a value
 * @i: an index
 *
 * Returns: (transfer none) (nullable): element @i of @array
 */
PxLdValue *
px_ld_index (PxLdValue *array,
             guint      i)
{
  if (i >= px_ld_length (array))
    return NULL;

  return g_ptr_array_index (array->items, i);
}
