/* fuzz-names.c — finding names and linking them across texts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"

#define MAX_TEXTS 3
/* Bounds the pairwise checks so that one input stays fast. */
#define MAX_PAIRS 24

static void
check_list (const PxNameList *list,
            const char       *text,
            gsize             len)
{
  guint n = px_name_list_get_n_names (list);
  guint n_aliases = px_name_list_get_n_aliases (list);
  guint first = 0;
  guint count;
  guint i;
  guint j;

  for (i = 0; i < n; i++)
    {
      const PxName *name = px_name_list_get (list, i);

      g_assert_nonnull (name);
      g_assert_cmpuint (name->start, <, name->end);
      g_assert_cmpuint (name->end, <=, len);
      g_assert_cmpuint (name->title_start, <=, name->title_end);
      g_assert_cmpuint (name->title_end, <=, len);
      g_assert_true (fuzz_is_char_start (text, len, name->start));
      g_assert_true (fuzz_is_char_start (text, len, name->end));
      g_assert_nonnull (name->surface);
      g_assert_nonnull (name->key);
      fuzz_check_string (name->surface);
      fuzz_check_string (name->title);
      fuzz_check_string (name->key);
      g_assert_cmpint (name->kind, >=, PX_NAME_KIND_UNKNOWN);
      g_assert_cmpint (name->kind, <=, PX_NAME_KIND_ORG);
      g_assert_nonnull (px_name_kind_to_string (name->kind));
    }

  count = px_name_list_find_range (list, 0, len, &first);
  g_assert_cmpuint (first + count, <=, n);

  for (i = 0; i < n_aliases; i++)
    {
      guint a = G_MAXUINT;
      guint b = G_MAXUINT;

      if (px_name_list_get_alias (list, i, &a, &b))
        {
          g_assert_cmpuint (a, <, n);
          g_assert_cmpuint (b, <, n);
        }
    }

  for (i = 0; i < MIN (n, MAX_PAIRS); i++)
    for (j = 0; j < MIN (n, MAX_PAIRS); j++)
      {
        PxNameRelation r = px_names_relate (px_name_list_get (list, i),
                                            px_name_list_get (list, j));

        g_assert_cmpint (r, >=, PX_NAME_RELATION_NONE);
        g_assert_cmpint (r, <=, PX_NAME_RELATION_SAME_ENTITY);
        g_assert_nonnull (px_name_relation_to_string (r));
      }
}

static void
check_index (PxNameList * const *lists,
             guint               n_lists)
{
  g_autoptr(PxNameIndex) index = px_name_index_new (lists, n_lists);
  guint n_entities = px_name_index_get_n_entities (index);
  guint a;
  guint b;
  guint i;
  guint j;
  guint e;

  for (e = 0; e < n_entities; e++)
    {
      PxNameKind kind = px_name_index_get_kind (index, e);

      fuzz_check_string (px_name_index_get_display (index, e));
      g_assert_cmpint (kind, >=, PX_NAME_KIND_UNKNOWN);
      g_assert_cmpint (kind, <=, PX_NAME_KIND_ORG);
      for (a = 0; a < n_lists; a++)
        fuzz_check_string (px_name_index_get_spelling (index, e, a));
    }

  for (a = 0; a < n_lists; a++)
    {
      guint n = px_name_list_get_n_names (lists[a]);

      for (i = 0; i < n; i++)
        {
          int entity = px_name_index_get_entity (index, a, i);

          g_assert_cmpint (entity, >=, -1);
          g_assert_cmpint (entity, <, (int) n_entities);
        }
      /* One past the end is "no such name". */
      g_assert_cmpint (px_name_index_get_entity (index, a, n), ==, -1);
    }

  for (a = 0; a < n_lists; a++)
    for (b = 0; b < n_lists; b++)
      for (i = 0; i < MIN (px_name_list_get_n_names (lists[a]), MAX_PAIRS); i++)
        for (j = 0; j < MIN (px_name_list_get_n_names (lists[b]), MAX_PAIRS); j++)
          {
            PxNameRelation r = px_name_index_get_relation (index, a, i, b, j);

            g_assert_cmpint (r, <=, PX_NAME_RELATION_SAME_ENTITY);
            px_name_index_same_entity (index, a, i, b, j);
          }
}

/* The texts are separated by \x01 bytes. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  char *texts[MAX_TEXTS] = { NULL, };
  gsize lens[MAX_TEXTS] = { 0, };
  PxNameList *lists[MAX_TEXTS] = { NULL, };
  guint n_texts = 0;
  gsize at = 0;
  guint k;

  fuzz_init ();

  while (n_texts < MAX_TEXTS)
    {
      const uint8_t *sep = at < size ? memchr (data + at, 0x01, size - at) : NULL;
      gsize part = (sep != NULL && n_texts + 1 < MAX_TEXTS) ? (gsize) (sep - data) - at : size - at;

      texts[n_texts] = fuzz_utf8 (data + at, part, &lens[n_texts]);
      n_texts++;
      at += part + 1;
      if (at > size)
        break;
    }

  for (k = 0; k < n_texts; k++)
    {
      lists[k] = px_names_find (texts[k], lens[k]);
      g_assert_nonnull (lists[k]);
      check_list (lists[k], texts[k], lens[k]);
    }
  check_index (lists, n_texts);

  for (k = 0; k < n_texts; k++)
    {
      px_name_list_unref (lists[k]);
      g_free (texts[k]);
    }

  return 0;
}
