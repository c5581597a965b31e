/* px-html-meta.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* Metadata of a web page, read from JSON-LD, <meta> tags and the head. */
typedef struct {
  char *title;      /* best article title */
  char *doc_title;  /* <title> with its site suffix removed */
  char *byline;     /* from metadata Readability trusts over the page */
  char *byline_fallback;  /* weaker sources, after a visible byline */
  char *site;
  char *date;       /* as written on the page, not yet normalised */
  char *language;
} PxHtmlMeta;

void     px_html_meta_read     (xmlDocPtr    doc,
                                PxHtmlMeta  *meta);
void     px_html_meta_clear    (PxHtmlMeta  *meta);

xmlNodePtr px_html_next_node   (xmlNodePtr   node,
                                xmlNodePtr   root,
                                gboolean     descend);
char    *px_html_node_text     (xmlNodePtr   node,
                                gsize        max_bytes);
gboolean px_html_tag_is        (xmlNodePtr   node,
                                const char  *name);
double   px_html_text_similarity (const char *a,
                                  const char *b);
char    *px_html_clean_byline  (const char  *text);
gboolean px_html_looks_like_date (const char *text);

G_END_DECLS
