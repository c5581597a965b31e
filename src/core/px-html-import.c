/* px-html-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-html-import.h"

#include <libxml/HTMLparser.h>

#include "px-core-error.h"

gboolean
px_html_import (const char        *html,
                gsize              len,
                PxArticleBuilder  *builder,
                GError           **error)
{
  htmlDocPtr doc;
  xmlNodePtr root;
  xmlChar *content;

  doc = htmlReadMemory (html, (int) len, NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                        HTML_PARSE_NONET | HTML_PARSE_COMPACT);
  if (doc == NULL || (root = xmlDocGetRootElement (doc)) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error_literal (error, PX_CORE_ERROR, PX_CORE_ERROR_INVALID,
                           "The page could not be parsed as HTML");
      return FALSE;
    }

  content = xmlNodeGetContent (root);
  px_article_builder_add_paragraph (builder, (const char *) content, -1);
  xmlFree (content);
  xmlFreeDoc (doc);

  return TRUE;
}
