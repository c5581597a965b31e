/* px-events.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "px-article.h"

G_BEGIN_DECLS

/**
 * PX_EVENT_GROUP_NONE:
 *
 * The group of an article that is in none (a %NULL slot of the input).
 */
#define PX_EVENT_GROUP_NONE G_MAXUINT

/**
 * PX_EVENT_SIMILARITY:
 *
 * The article similarity (px_event_groups_get_similarity()) from which
 * grouping merges two articles into one event.
 */
#define PX_EVENT_SIMILARITY 0.1

#define PX_TYPE_EVENT_GROUPS (px_event_groups_get_type ())

/**
 * PxEventGroups:
 *
 * Which of a set of articles report the same event: an immutable
 * partition of the articles into groups, with a short label for each
 * group and the similarity of every pair of articles. Groups are ordered
 * by their first article, and the members of a group by their index, so
 * the same input always gives the same output.
 */
typedef struct _PxEventGroups PxEventGroups;

GType          px_event_groups_get_type       (void) G_GNUC_CONST;
PxEventGroups *px_event_groups_ref            (PxEventGroups *self);
void           px_event_groups_unref          (PxEventGroups *self);

PxEventGroups *px_events_group                (PxArticle *const *articles,
                                               guint             n_articles);

guint          px_event_groups_get_n_articles (const PxEventGroups *self);
guint          px_event_groups_get_n_groups   (const PxEventGroups *self);
const guint   *px_event_groups_get_members    (const PxEventGroups *self,
                                               guint                group,
                                               guint               *n_members);
guint          px_event_groups_get_group      (const PxEventGroups *self,
                                               guint                article);
const char    *px_event_groups_get_label      (const PxEventGroups *self,
                                               guint                group);
double         px_event_groups_get_similarity (const PxEventGroups *self,
                                               guint                a,
                                               guint                b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxEventGroups, px_event_groups_unref)

G_END_DECLS
