/* px-names.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PxNameKind:
 * @PX_NAME_KIND_UNKNOWN: no good guess
 * @PX_NAME_KIND_PERSON: a person
 * @PX_NAME_KIND_PLACE: a country, city or region
 * @PX_NAME_KIND_ORG: an organisation, agency, party or armed group
 *
 * What a name probably refers to. A guess from titles, keywords and a
 * small list of places, not a classifier.
 */
typedef enum {
  PX_NAME_KIND_UNKNOWN,
  PX_NAME_KIND_PERSON,
  PX_NAME_KIND_PLACE,
  PX_NAME_KIND_ORG,
} PxNameKind;

/**
 * PxNameRelation:
 * @PX_NAME_RELATION_NONE: not the same name
 * @PX_NAME_RELATION_SAME: the same spelling (up to case, accents, dots)
 * @PX_NAME_RELATION_TRANSLITERATION: spelt differently ("Sergei" / "Sergey")
 * @PX_NAME_RELATION_PARTICLE: with and without a particle ("Assad" / "al-Assad")
 * @PX_NAME_RELATION_MIDDLE_NAME: with and without a middle name
 * @PX_NAME_RELATION_SHORT_FORM: a surname alone for the full name
 * @PX_NAME_RELATION_INITIALISM: an initialism for the long form ("U.N." / "United Nations")
 * @PX_NAME_RELATION_ALIAS: another name the texts declare ("Daesh" / "Islamic State")
 * @PX_NAME_RELATION_SAME_ENTITY: the same entity through other mentions
 *
 * Why two mentions name the same thing, for a note such as "Sergei here;
 * Sergey in article 2".
 */
typedef enum {
  PX_NAME_RELATION_NONE,
  PX_NAME_RELATION_SAME,
  PX_NAME_RELATION_TRANSLITERATION,
  PX_NAME_RELATION_PARTICLE,
  PX_NAME_RELATION_MIDDLE_NAME,
  PX_NAME_RELATION_SHORT_FORM,
  PX_NAME_RELATION_INITIALISM,
  PX_NAME_RELATION_ALIAS,
  PX_NAME_RELATION_SAME_ENTITY,
} PxNameRelation;

/**
 * PxName:
 * @start: first byte of the name in the text (the title excluded)
 * @end: one past its last byte (a possessive "'s" excluded)
 * @title_start: first byte of the title before the name
 * @title_end: one past the title; equal to @title_start when there is none
 * @surface: the name as written, white space collapsed ("Bashar al-Assad")
 * @title: (nullable): the title as written ("Syrian President", "U.N. envoy")
 * @key: the name folded for matching: accents dropped, case folded,
 *   particles and dots removed ("bashar assad", "un")
 * @kind: a #PxNameKind guess
 *
 * One mention of a name in a text.
 */
typedef struct {
  gsize start;
  gsize end;
  gsize title_start;
  gsize title_end;
  const char *surface;
  const char *title;
  const char *key;
  PxNameKind kind;
} PxName;

#define PX_TYPE_NAME_LIST (px_name_list_get_type ())
#define PX_TYPE_NAME_INDEX (px_name_index_get_type ())

typedef struct _PxNameList PxNameList;
typedef struct _PxNameIndex PxNameIndex;

GType           px_name_list_get_type      (void) G_GNUC_CONST;
PxNameList     *px_names_find              (const char       *text,
                                            gssize            len);
PxNameList     *px_name_list_ref           (PxNameList       *self);
void            px_name_list_unref         (PxNameList       *self);
guint           px_name_list_get_n_names   (const PxNameList *self);
const PxName   *px_name_list_get           (const PxNameList *self,
                                            guint             i);
guint           px_name_list_find_range    (const PxNameList *self,
                                            gsize             start,
                                            gsize             end,
                                            guint            *first);
guint           px_name_list_get_n_aliases (const PxNameList *self);
gboolean        px_name_list_get_alias     (const PxNameList *self,
                                            guint             i,
                                            guint            *name_a,
                                            guint            *name_b);

PxNameRelation  px_names_relate            (const PxName     *a,
                                            const PxName     *b);
const char     *px_name_kind_to_string     (PxNameKind        kind);
const char     *px_name_relation_to_string (PxNameRelation    relation);

GType           px_name_index_get_type     (void) G_GNUC_CONST;
PxNameIndex    *px_name_index_new          (PxNameList * const *lists,
                                            guint              n_lists);
PxNameIndex    *px_name_index_ref          (PxNameIndex      *self);
void            px_name_index_unref        (PxNameIndex      *self);
guint           px_name_index_get_n_entities (const PxNameIndex *self);
int             px_name_index_get_entity   (const PxNameIndex *self,
                                            guint              article,
                                            guint              name);
gboolean        px_name_index_same_entity  (const PxNameIndex *self,
                                            guint              article_a,
                                            guint              name_a,
                                            guint              article_b,
                                            guint              name_b);
PxNameRelation  px_name_index_get_relation (const PxNameIndex *self,
                                            guint              article_a,
                                            guint              name_a,
                                            guint              article_b,
                                            guint              name_b);
const char     *px_name_index_get_display  (const PxNameIndex *self,
                                            guint              entity);
PxNameKind      px_name_index_get_kind     (const PxNameIndex *self,
                                            guint              entity);
const char     *px_name_index_get_spelling (const PxNameIndex *self,
                                            guint              entity,
                                            guint              article);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxNameList, px_name_list_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxNameIndex, px_name_index_unref)

G_END_DECLS
