/* px-html-meta.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-html-meta.h"

#include <string.h>

#include "px-date.h"
#include "px-html-ld.h"

#define MAX_TEXT 4096
#define MAX_HEADINGS 64
#define MAX_LD_BYTES (1024 * 1024)
#define MAX_VISITS 5000

typedef struct {
  GHashTable *values;    /* Readability-style normalised names, last wins */
  GHashTable *extra;     /* every name/property/itemprop, first wins */
  char *html_lang;
  char *title_text;
  GPtrArray *h1;
  GPtrArray *h2;
  char *time_datetime;
  /* From the JSON-LD article object. */
  char *ld_name;
  char *ld_headline;
  char *ld_byline;
  char *ld_author_text;
  char *ld_site;
  char *ld_site_fallback;
  char *ld_date;
  char *ld_created;
  char *ld_language;
  char *title_suffix;
  gboolean ld_found;
} Collect;

/**
 * px_html_tag_is:
 * @node: (nullable): a node
 * @name: a lower-case tag name
 *
 * Returns: %TRUE if @node is an element named @name
 */
gboolean
px_html_tag_is (xmlNodePtr  node,
                const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL &&
         g_ascii_strcasecmp ((const char *) node->name, name) == 0;
}

static gboolean
is_ignored_element (xmlNodePtr node)
{
  static const char * const ignored[] = {
    "script", "style", "noscript", "template", "svg", "math", "head", "title",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (ignored); i++)
    if (px_html_tag_is (node, ignored[i]))
      return TRUE;

  return FALSE;
}

static gboolean
is_space_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x200B || c == 0xFEFF;
}

static void
append_collapsed (GString    *out,
                  const char *text,
                  gsize       max_bytes)
{
  const char *p = text;

  while (*p != '\0' && out->len < max_bytes)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      const char *next;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      next = g_utf8_next_char (p);
      if (is_space_char (c))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_len (out, p, next - p);
      p = next;
    }
}

/**
 * px_html_next_node:
 * @node: a node under @root, or @root
 * @root: where the walk stays
 * @descend: whether to go into @node's children (only an element's)
 *
 * One step of a walk of @root's subtree in document order.
 *
 * Returns: (nullable): the next node, or %NULL past the end of @root
 */
xmlNodePtr
px_html_next_node (xmlNodePtr node,
                   xmlNodePtr root,
                   gboolean   descend)
{
  if (descend && node->children != NULL && node->type == XML_ELEMENT_NODE)
    return node->children;
  while (node != NULL && node != root)
    {
      if (node->next != NULL)
        return node->next;
      node = node->parent;
    }

  return NULL;
}

/**
 * px_html_node_text:
 * @node: an element
 * @max_bytes: where to stop
 *
 * The visible text of @node with white space collapsed, scripts and
 * styles left out, at most about @max_bytes long.
 *
 * Returns: (transfer full): the text, perhaps empty
 */
char *
px_html_node_text (xmlNodePtr node,
                   gsize      max_bytes)
{
  GString *out = g_string_new (NULL);
  xmlNodePtr n;

  if (node == NULL)
    return g_string_free (out, FALSE);
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        append_collapsed (out, (const char *) node->content, max_bytes);
    }
  else
    {
      guint visited = 0;

      /* The node cap keeps a text-less, deeply nested subtree cheap. */
      for (n = node->children; n != NULL && out->len < max_bytes && visited < MAX_VISITS; visited++)
        {
          gboolean descend = TRUE;

          if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
            {
              if (n->content != NULL)
                append_collapsed (out, (const char *) n->content, max_bytes);
            }
          else if (n->type == XML_ELEMENT_NODE)
            {
              if (is_ignored_element (n))
                descend = FALSE;
              else if (px_html_tag_is (n, "br") && out->len > 0 &&
                       out->str[out->len - 1] != ' ')
                g_string_append_c (out, ' ');
            }
          n = px_html_next_node (n, node, descend);
        }
    }

  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  if (out->len > 0 && out->str[0] == ' ')
    g_string_erase (out, 0, 1);

  return g_string_free (out, FALSE);
}

static char *
get_attr (xmlNodePtr  node,
          const char *name)
{
  xmlChar *v = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (v == NULL)
    return NULL;
  copy = g_strdup ((const char *) v);
  xmlFree (v);

  return copy;
}

static char *
collapse (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;
  out = g_string_new (NULL);
  append_collapsed (out, text, MAX_TEXT);
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  if (out->len > 0 && out->str[0] == ' ')
    g_string_erase (out, 0, 1);

  return g_string_free (out, FALSE);
}

/* JSON-LD strings sometimes carry HTML entities; decode the usual ones. */
static char *
unescape_entities (const char *text)
{
  static const struct { const char *name; const char *value; } named[] = {
    { "amp;", "&" }, { "quot;", "\"" }, { "apos;", "'" }, { "lt;", "<" },
    { "gt;", ">" }, { "nbsp;", " " }, { "#39;", "'" },
  };
  GString *out;
  const char *p;

  if (text == NULL)
    return NULL;
  if (strchr (text, '&') == NULL)
    return collapse (text);

  out = g_string_new (NULL);
  for (p = text; *p != '\0'; )
    {
      guint i;
      gboolean done = FALSE;

      if (*p != '&')
        {
          g_string_append_c (out, *p++);
          continue;
        }
      for (i = 0; i < G_N_ELEMENTS (named) && !done; i++)
        if (strncmp (p + 1, named[i].name, strlen (named[i].name)) == 0)
          {
            g_string_append (out, named[i].value);
            p += 1 + strlen (named[i].name);
            done = TRUE;
          }
      if (!done && p[1] == '#')
        {
          char *end = NULL;
          guint64 code;

          if (p[2] == 'x' || p[2] == 'X')
            code = g_ascii_strtoull (p + 3, &end, 16);
          else
            code = g_ascii_strtoull (p + 2, &end, 10);
          if (end != NULL && *end == ';' && code > 0 && code < 0x110000 &&
              !(code >= 0xD800 && code < 0xE000) && end > p + 2)
            {
              g_string_append_unichar (out, (gunichar) code);
              p = end + 1;
              done = TRUE;
            }
        }
      if (!done)
        g_string_append_c (out, *p++);
    }

  {
    char *raw = g_string_free (out, FALSE);
    char *result = collapse (raw);

    g_free (raw);
    return result;
  }
}

static gboolean
is_url (const char *text)
{
  return text != NULL &&
         (g_str_has_prefix (text, "http://") || g_str_has_prefix (text, "https://"));
}

static gboolean
empty (const char *text)
{
  return text == NULL || text[0] == '\0';
}

/* Readability's name= pattern: an optional vendor prefix, then one of a
 * few fields. Returns the normalised key or NULL. */
static char *
normalise_meta_name (const char *name)
{
  static const char * const prefixes[] = {
    "weibo:article", "weibo:webpage", "dcterm", "dc", "og", "twitter", "parsely",
  };
  static const char * const fields[] = {
    "author", "creator", "pub-date", "description", "title", "site_name",
  };
  GString *key = g_string_new (NULL);
  const char *rest;
  const char *p;
  guint i;
  gboolean ok = FALSE;

  for (p = name; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        continue;
      g_string_append_c (key, *p == '.' ? ':' : g_ascii_tolower (*p));
    }

  rest = key->str;
  for (i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize n = strlen (prefixes[i]);

      if (strncmp (rest, prefixes[i], n) == 0 &&
          (rest[n] == ':' || rest[n] == '-'))
        {
          rest += n + 1;
          break;
        }
    }
  for (i = 0; i < G_N_ELEMENTS (fields); i++)
    if (strcmp (rest, fields[i]) == 0)
      ok = TRUE;

  if (!ok)
    {
      g_string_free (key, TRUE);
      return NULL;
    }

  return g_string_free (key, FALSE);
}

/* Readability's property pattern, (article|dc|dcterm|og|twitter):field,
 * found anywhere in each space-separated word ("og:article:author"). */
static gboolean
read_meta_property (Collect    *c,
                    const char *property,
                    const char *content)
{
  static const char * const prefixes[] = { "article", "dcterm", "dc", "og", "twitter" };
  static const char * const fields[] = {
    "author", "creator", "description", "published_time", "title", "site_name",
  };
  g_auto(GStrv) words = g_strsplit_set (property, " \t\n\r", -1);
  gboolean matched = FALSE;
  guint w;

  for (w = 0; words[w] != NULL; w++)
    {
      g_autofree char *lower = g_ascii_strdown (words[w], -1);
      guint i, j;

      for (i = 0; i < G_N_ELEMENTS (prefixes); i++)
        for (j = 0; j < G_N_ELEMENTS (fields); j++)
          {
            g_autofree char *key = g_strconcat (prefixes[i], ":", fields[j], NULL);

            if (strstr (lower, key) != NULL)
              {
                g_hash_table_replace (c->values, g_steal_pointer (&key), collapse (content));
                matched = TRUE;
              }
          }
    }

  return matched;
}

static void
remember_extra (Collect    *c,
                const char *key,
                const char *content)
{
  g_autofree char *lower = NULL;

  if (empty (key) || empty (content))
    return;
  lower = g_ascii_strdown (key, -1);
  g_strstrip (lower);
  if (!g_hash_table_contains (c->extra, lower))
    g_hash_table_insert (c->extra, g_steal_pointer (&lower), collapse (content));
}

static void
read_meta (Collect    *c,
           xmlNodePtr  node)
{
  g_autofree char *name = get_attr (node, "name");
  g_autofree char *property = get_attr (node, "property");
  g_autofree char *itemprop = get_attr (node, "itemprop");
  g_autofree char *equiv = get_attr (node, "http-equiv");
  g_autofree char *content = get_attr (node, "content");
  gboolean matched = FALSE;

  if (content == NULL)
    return;

  if (property != NULL)
    {
      matched = read_meta_property (c, property, content);
      remember_extra (c, property, content);
    }
  if (!matched && name != NULL)
    {
      char *key = normalise_meta_name (name);

      if (key != NULL)
        g_hash_table_replace (c->values, key, collapse (content));
    }
  if (name != NULL)
    remember_extra (c, name, content);
  if (itemprop != NULL)
    {
      g_autofree char *key = g_strconcat ("itemprop:", itemprop, NULL);

      remember_extra (c, key, content);
    }
  if (equiv != NULL)
    remember_extra (c, equiv, content);
}

static gboolean
ld_type_is_article (const char *type)
{
  static const char * const inner[] = {
    "AdvertiserContentArticle", "NewsArticle", "AnalysisNewsArticle",
    "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle",
    "ReportageNewsArticle", "ReviewNewsArticle", "Report", "SatiricalArticle",
    "ScholarlyArticle", "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting",
    "LiveBlogPosting", "DiscussionForumPosting", "TechArticle",
  };
  guint i;

  if (type == NULL)
    return FALSE;
  if (g_str_has_prefix (type, "http://schema.org/"))
    type += strlen ("http://schema.org/");
  else if (g_str_has_prefix (type, "https://schema.org/"))
    type += strlen ("https://schema.org/");
  if (g_str_has_prefix (type, "Article") || g_str_has_suffix (type, "APIReference"))
    return TRUE;
  for (i = 0; i < G_N_ELEMENTS (inner); i++)
    if (strstr (type, inner[i]) != NULL)
      return TRUE;

  return FALSE;
}

static gboolean
ld_is_article (PxLdValue *v)
{
  PxLdValue *type = px_ld_get (v, "@type");
  guint i;

  if (type == NULL)
    return FALSE;
  if (type->kind == PX_LD_STRING)
    return ld_type_is_article (type->text);
  for (i = 0; i < px_ld_length (type); i++)
    {
      PxLdValue *t = px_ld_index (type, i);

      if (t->kind == PX_LD_STRING && ld_type_is_article (t->text))
        return TRUE;
    }

  return FALSE;
}

static PxLdValue *
ld_find_article (PxLdValue *v)
{
  PxLdValue *graph;
  guint i;

  if (v == NULL)
    return NULL;
  if (v->kind == PX_LD_ARRAY)
    {
      for (i = 0; i < px_ld_length (v); i++)
        {
          PxLdValue *found = ld_find_article (px_ld_index (v, i));

          if (found != NULL)
            return found;
        }
      return NULL;
    }
  if (v->kind != PX_LD_OBJECT)
    return NULL;
  if (ld_is_article (v))
    return v;
  graph = px_ld_get (v, "@graph");
  for (i = 0; i < px_ld_length (graph); i++)
    {
      PxLdValue *item = px_ld_index (graph, i);

      if (ld_is_article (item))
        return item;
    }

  return NULL;
}

static char *
ld_name_of (PxLdValue *v)
{
  if (v == NULL)
    return NULL;
  if (v->kind == PX_LD_STRING)
    return unescape_entities (v->text);
  if (v->kind == PX_LD_OBJECT)
    return unescape_entities (px_ld_get_string (v, "name"));

  return NULL;
}

/* Yoast-style graphs name the author as {"@id": …} and describe the
 * person in another node of the graph. */
static PxLdValue *
ld_resolve (PxLdValue *root,
            PxLdValue *v)
{
  const char *id = px_ld_get_string (v, "@id");
  PxLdValue *graph;
  guint i;

  if (id == NULL || px_ld_get_string (v, "name") != NULL)
    return v;
  graph = root != NULL && root->kind == PX_LD_ARRAY ? root : px_ld_get (root, "@graph");
  for (i = 0; i < px_ld_length (graph); i++)
    {
      PxLdValue *node = px_ld_index (graph, i);

      if (node != v && g_strcmp0 (px_ld_get_string (node, "@id"), id) == 0)
        return node;
    }

  return v;
}

static void
read_ld_article (Collect   *c,
                 PxLdValue *root,
                 PxLdValue *a)
{
  PxLdValue *author = px_ld_get (a, "author");
  PxLdValue *publisher = px_ld_get (a, "publisher");
  PxLdValue *lang = px_ld_get (a, "inLanguage");

  c->ld_found = TRUE;
  c->ld_name = unescape_entities (px_ld_get_string (a, "name"));
  c->ld_headline = unescape_entities (px_ld_get_string (a, "headline"));

  if (author != NULL && author->kind == PX_LD_OBJECT)
    {
      c->ld_byline = unescape_entities (px_ld_get_string (author, "name"));
      if (c->ld_byline == NULL)
        c->ld_author_text = ld_name_of (ld_resolve (root, author));
    }
  else if (author != NULL && author->kind == PX_LD_ARRAY)
    {
      GString *names = g_string_new (NULL);
      GString *any = g_string_new (NULL);
      guint i;

      for (i = 0; i < px_ld_length (author) && i < 16; i++)
        {
          PxLdValue *item = px_ld_index (author, i);
          g_autofree char *name = ld_name_of (item);

          if (empty (name))
            {
              g_free (name);
              name = ld_name_of (ld_resolve (root, item));
              if (empty (name))
                continue;
            }
          else if (item->kind == PX_LD_OBJECT)
            g_string_append_printf (names, "%s%s", names->len ? ", " : "", name);
          g_string_append_printf (any, "%s%s", any->len ? ", " : "", name);
        }
      if (names->len > 0)
        c->ld_byline = g_string_free (names, FALSE);
      else
        g_string_free (names, TRUE);
      if (any->len > 0)
        c->ld_author_text = g_string_free (any, FALSE);
      else
        g_string_free (any, TRUE);
    }
  else if (author != NULL && author->kind == PX_LD_STRING && !is_url (author->text))
    c->ld_author_text = unescape_entities (author->text);

  if (publisher != NULL && publisher->kind == PX_LD_OBJECT)
    {
      c->ld_site = unescape_entities (px_ld_get_string (publisher, "name"));
      if (c->ld_site == NULL)
        c->ld_site_fallback = ld_name_of (ld_resolve (root, publisher));
    }
  c->ld_date = g_strdup (px_ld_get_string (a, "datePublished"));
  c->ld_created = g_strdup (px_ld_get_string (a, "dateCreated"));
  if (lang != NULL && lang->kind == PX_LD_STRING)
    c->ld_language = collapse (lang->text);
  else if (lang != NULL && lang->kind == PX_LD_OBJECT)
    c->ld_language = g_strdup (px_ld_get_string (lang, "alternateName"));
}

static void
read_ld_script (Collect    *c,
                xmlNodePtr  node)
{
  g_autofree char *text = NULL;
  g_autoptr(PxLdValue) value = NULL;
  GString *raw;
  xmlNodePtr child;
  PxLdValue *article;

  if (c->ld_found)
    return;
  raw = g_string_new (NULL);
  for (child = node->children; child != NULL && raw->len < MAX_LD_BYTES; child = child->next)
    if (child->content != NULL &&
        (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE))
      g_string_append (raw, (const char *) child->content);
  text = g_string_free (raw, FALSE);

  value = px_ld_parse (text, strlen (text));
  article = ld_find_article (value);
  if (article != NULL)
    read_ld_article (c, value, article);
}

static void
collect_node (Collect    *c,
              xmlNodePtr  node)
{
  const char *name = (const char *) node->name;

  if (name == NULL)
    return;
  if (strcmp (name, "meta") == 0)
    read_meta (c, node);
  else if (strcmp (name, "title") == 0 && c->title_text == NULL)
    c->title_text = px_html_node_text (node, MAX_TEXT);
  else if (strcmp (name, "script") == 0)
    {
      g_autofree char *type = get_attr (node, "type");

      if (type != NULL && g_ascii_strcasecmp (g_strstrip (type), "application/ld+json") == 0)
        read_ld_script (c, node);
    }
  else if ((strcmp (name, "h1") == 0 && c->h1->len < MAX_HEADINGS) ||
           (strcmp (name, "h2") == 0 && c->h2->len < MAX_HEADINGS))
    g_ptr_array_add (name[1] == '1' ? c->h1 : c->h2, px_html_node_text (node, MAX_TEXT));
  else if (strcmp (name, "time") == 0 && c->time_datetime == NULL)
    {
      char *dt = get_attr (node, "datetime");

      /* <time>Nov. 3, 2022</time> without the attribute: its text. */
      if (dt == NULL)
        {
          char *text = px_html_node_text (node, 200);
          char *date = px_date_normalize (text);

          if (date != NULL)
            dt = text;
          else
            g_free (text);
          g_free (date);
        }
      c->time_datetime = dt;
    }
  else if (strcmp (name, "html") == 0 && c->html_lang == NULL)
    {
      c->html_lang = get_attr (node, "lang");
      if (c->html_lang == NULL)
        c->html_lang = get_attr (node, "xml:lang");
    }

  /* Visible date markup: itemprop=datePublished on any element. */
  if (strcmp (name, "meta") != 0)
    {
      g_autofree char *itemprop = get_attr (node, "itemprop");

      if (itemprop != NULL && g_ascii_strcasecmp (itemprop, "datePublished") == 0)
        {
          g_autofree char *v = get_attr (node, "datetime");

          if (v == NULL)
            v = get_attr (node, "content");
          if (v == NULL)
            v = px_html_node_text (node, 200);
          remember_extra (c, "itemprop:datepublished", v);
        }
    }
}

static guint
word_count (const char *text)
{
  /* Like JavaScript's split (/\s+/).length: empty ends count. */
  guint n = 1;
  const char *p = text;

  while (*p != '\0')
    {
      if (g_ascii_isspace (*p))
        {
          n++;
          while (g_ascii_isspace (*p))
            p++;
        }
      else
        p++;
    }

  return n;
}

static gboolean
is_separator (const char *p,
              gsize      *len)
{
  if (*p != '\0' && strchr ("|-\\/>", *p) != NULL)
    {
      *len = 1;
      return TRUE;
    }
  if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xBB)  /* » */
    {
      *len = 2;
      return TRUE;
    }
  if ((guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80 &&
      ((guchar) p[2] == 0x93 || (guchar) p[2] == 0x94))  /* – — */
    {
      *len = 3;
      return TRUE;
    }

  return FALSE;
}

static gboolean
is_hierarchical_separator (const char *p)
{
  return *p == '\\' || *p == '/' || *p == '>' ||
         ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xBB);
}

/* Readability's _getArticleTitle: drop a " | Site" part, but keep the
 * whole title if what is left is too short. */
static char *
article_title_from_doc (Collect *c)
{
  const char *orig = c->title_text ? c->title_text : "";
  g_autofree char *cur = g_strdup (orig);
  gboolean hierarchical = FALSE;
  gboolean has_sep = FALSE;
  const char *p;
  gsize slen;
  guint n;

  for (p = orig; *p != '\0'; p++)
    if (p > orig && g_ascii_isspace (p[-1]) && is_separator (p, &slen) &&
        g_ascii_isspace (p[slen]))
      {
        has_sep = TRUE;
        if (is_hierarchical_separator (p))
          hierarchical = TRUE;
      }

  if (has_sep)
    {
      const char *last = NULL;

      /* Cut before the last " | " and what follows it. */
      for (p = orig; *p != '\0'; p++)
        if (p > orig && g_ascii_isspace (p[-1]) && is_separator (p, &slen) &&
            g_ascii_isspace (p[slen]))
          last = p - 1;
      if (last != NULL)
        {
          g_free (cur);
          cur = g_strndup (orig, last - orig);
          /* "Story | Outlet": the outlet, if nothing better names it. */
          is_separator (last + 1, &slen);
          c->title_suffix = collapse (last + 1 + slen);
        }
      if (word_count (cur) < 3)
        {
          /* [^sep]*[sep](.*) — drop everything up to the first separator. */
          for (p = orig; *p != '\0'; p++)
            if (is_separator (p, &slen))
              {
                g_free (cur);
                cur = g_strdup (p + slen);
                break;
              }
        }
    }
  else if (strstr (orig, ": ") != NULL)
    {
      gboolean match = FALSE;
      g_autofree char *trimmed = g_strstrip (g_strdup (orig));
      guint i;

      for (i = 0; i < c->h1->len && !match; i++)
        match = strcmp (g_ptr_array_index (c->h1, i), trimmed) == 0;
      for (i = 0; i < c->h2->len && !match; i++)
        match = strcmp (g_ptr_array_index (c->h2, i), trimmed) == 0;
      if (!match)
        {
          const char *first = strchr (orig, ':');
          const char *lastc = strrchr (orig, ':');

          g_free (cur);
          cur = g_strdup (lastc + 1);
          if (word_count (cur) < 3)
            {
              g_free (cur);
              cur = g_strdup (first + 1);
            }
          else
            {
              g_autofree char *head = g_strndup (orig, first - orig);

              if (word_count (head) > 5)
                {
                  g_free (cur);
                  cur = g_strdup (orig);
                }
            }
        }
    }
  else if (g_utf8_strlen (orig, -1) > 150 || g_utf8_strlen (orig, -1) < 15)
    {
      if (c->h1->len == 1)
        {
          g_free (cur);
          cur = g_strdup (g_ptr_array_index (c->h1, 0));
        }
    }

  {
    char *collapsed = collapse (cur);

    g_free (cur);
    cur = collapsed;
  }
  n = word_count (cur);
  if (n <= 4)
    {
      GString *stripped = g_string_new (NULL);
      g_autofree char *collapsed = NULL;

      for (p = orig; *p != '\0'; )
        {
          if (is_separator (p, &slen))
            {
              while (is_separator (p, &slen))
                p += slen;
              continue;
            }
          g_string_append_c (stripped, *p++);
        }
      collapsed = g_string_free (stripped, FALSE);
      if (!hierarchical || n != word_count (collapsed) - 1)
        {
          g_free (cur);
          cur = collapse (orig);
        }
    }

  return g_steal_pointer (&cur);
}

static GPtrArray *
word_list (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  const char *p = lower;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)) && *p != '_')
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && (g_unichar_isalnum (g_utf8_get_char (p)) || *p == '_'))
        p = g_utf8_next_char (p);
      if (p > start)
        g_ptr_array_add (words, g_strndup (start, p - start));
    }

  return words;
}

/**
 * px_html_text_similarity:
 * @a: a text
 * @b: another text
 *
 * How much of @b's words (by length) are also in @a, as Readability
 * measures it.
 *
 * Returns: 0 to 1
 */
double
px_html_text_similarity (const char *a,
                         const char *b)
{
  g_autoptr(GPtrArray) words_a = word_list (a);
  g_autoptr(GPtrArray) order_b = word_list (b);
  g_autoptr(GHashTable) set_a = g_hash_table_new (g_str_hash, g_str_equal);
  gsize total = 0, unique = 0, n_total = 0, n_unique = 0;
  guint i;

  for (i = 0; i < words_a->len; i++)
    g_hash_table_add (set_a, g_ptr_array_index (words_a, i));
  if (order_b->len == 0 || g_hash_table_size (set_a) == 0)
    return 0.0;
  for (i = 0; i < order_b->len; i++)
    {
      const char *w = g_ptr_array_index (order_b, i);
      gsize len = strlen (w);

      total += len;
      n_total++;
      if (!g_hash_table_contains (set_a, w))
        {
          unique += len;
          n_unique++;
        }
    }
  /* Lengths of the words joined by spaces. */
  total += n_total - 1;
  if (n_unique > 0)
    unique += n_unique - 1;

  return 1.0 - (double) unique / (double) total;
}

static gboolean
is_date_word (const char *w,
              gsize       n)
{
  static const char * const words[] = {
    "am", "pm", "a", "p", "m", "utc", "gmt", "et", "est", "edt", "ct", "cst", "cdt", "pt",
    "pst", "pdt", "bst", "cet", "cest", "updated", "published", "posted", "at", "on",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "st", "nd", "rd", "th", "h", "min", "ago", "hours", "hour", "minutes", "days", "day",
  };
  guint i;

  if (px_date_month_from_name (w, n) > 0)
    return TRUE;
  for (i = 0; i < G_N_ELEMENTS (words); i++)
    if (strlen (words[i]) == n && g_ascii_strncasecmp (w, words[i], n) == 0)
      return TRUE;

  return FALSE;
}

/**
 * px_html_looks_like_date:
 * @text: a short text
 *
 * Returns: %TRUE if @text holds only a date or time ("Sunday, Feb 1, 2015
 *   11:57 AM UTC", "8h ago"), nothing that could be a name
 */
gboolean
px_html_looks_like_date (const char *text)
{
  static const char * const strong_words[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ago",
  };
  const char *p = text;
  gboolean digits = FALSE;
  gboolean strong = FALSE;

  while (*p != '\0')
    {
      if (g_ascii_isalpha (*p))
        {
          const char *start = p;
          guint i;

          while (g_ascii_isalpha (*p))
            p++;
          if (!is_date_word (start, p - start))
            return FALSE;
          if (px_date_month_from_name (start, p - start) > 0)
            strong = TRUE;
          /* 8h, 5 min: a relative time */
          if (start > text && (g_ascii_isdigit (start[-1]) ||
                               (start - 1 > text && start[-1] == ' ' &&
                                g_ascii_isdigit (start[-2]))) &&
              strchr ("hmd", g_ascii_tolower (*start)) != NULL && p - start <= 7)
            strong = TRUE;
          for (i = 0; i < G_N_ELEMENTS (strong_words); i++)
            if ((gsize) (p - start) == strlen (strong_words[i]) &&
                g_ascii_strncasecmp (start, strong_words[i], p - start) == 0)
              strong = TRUE;
        }
      else if ((guchar) *p >= 0x80)
        return FALSE;
      else
        {
          /* 10:45, 11/18/19, 2019-11-18 */
          if ((*p == ':' || *p == '/' || *p == '-') && p > text &&
              g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1]))
            strong = TRUE;
          digits |= g_ascii_isdigit (*p);
          p++;
        }
    }

  return digits && strong;
}

/**
 * px_html_clean_byline:
 * @text: a byline as found on a page
 *
 * Collapses white space, drops a leading "By" and a trailing time or
 * date ("Ann Lee 1:39 PM ET", "Ann Lee \342\200\242 8h").
 *
 * Returns: (transfer full) (nullable): the byline, or %NULL if nothing is left
 */
char *
px_html_clean_byline (const char *text)
{
  static const char * const separators[] = { " \342\200\242 ", " | ", " \302\267 ", " - " };
  g_autofree char *c = collapse (text);
  char *p;
  guint i;

  if (c == NULL)
    return NULL;
  p = c;
  if (g_ascii_strncasecmp (p, "by", 2) == 0 && !g_ascii_isalnum (p[2]) &&
      (guchar) p[2] < 0x80)
    {
      p += 2;
      while (*p == ' ' || *p == ':')
        p++;
    }

  for (i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      char *sep = strstr (p, separators[i]);

      if (sep != NULL && sep > p && px_html_looks_like_date (sep + strlen (separators[i])))
        *sep = '\0';
    }

  /* A trailing time or date: cut back word by word while the tail is one. */
  {
    char *cut = NULL;
    char *q;

    for (q = p + strlen (p); q > p; q--)
      if (q[-1] == ' ' && px_html_looks_like_date (q))
        cut = q - 1;
    /* Keep a lone word: "Last Updated: May 2" is no name plus a date. */
    if (cut != NULL && cut > p && memchr (p, ' ', cut - p) != NULL)
      *cut = '\0';
  }
  g_strchomp (p);
  while (*p != '\0' && (p[strlen (p) - 1] == ',' || p[strlen (p) - 1] == ';'))
    p[strlen (p) - 1] = '\0';
  g_strchomp (p);
  if (*p == '\0')
    return NULL;

  return g_strdup (p);
}

static const char *
lookup (GHashTable *table,
        const char *key)
{
  const char *v = g_hash_table_lookup (table, key);

  return empty (v) ? NULL : v;
}

static char *
first_of (GHashTable         *table,
          const char * const *keys)
{
  guint i;

  for (i = 0; keys[i] != NULL; i++)
    {
      const char *v = lookup (table, keys[i]);

      if (v != NULL)
        return g_strdup (v);
    }

  return NULL;
}

/**
 * px_html_meta_read:
 * @doc: a parsed page
 * @meta: (out caller-allocates): where to store what is found
 *
 * Reads title, byline, site, date and language from the page's JSON-LD,
 * <meta> tags, <title>, <time> and <html lang>, preferring them in the
 * order Readability does.
 */
void
px_html_meta_read (xmlDocPtr   doc,
                   PxHtmlMeta *meta)
{
  static const char * const title_keys[] = {
    "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
    "title", "twitter:title", "parsely-title", NULL,
  };
  static const char * const byline_keys[] = {
    "dc:creator", "dcterm:creator", "author", "parsely-author", NULL,
  };
  static const char * const extra_byline_keys[] = {
    "sailthru.author", "byl", "dc.creator", "article.author", "itemprop:author", NULL,
  };
  static const char * const extra_date_keys[] = {
    "article:published_time", "parsely-pub-date", "article:published", "og:published_time",
    "publishdate", "publish-date", "pubdate", "date", "dc.date", "dc.date.issued",
    "dcterms.date", "dcterms.issued", "dc.date.created", "sailthru.date",
    "article.published", "publication_date", "itemprop:datepublished",
    "og:updated_time", "article:modified_time", "last-modified", NULL,
  };
  Collect c = { 0 };
  xmlNodePtr root = xmlDocGetRootElement (doc);
  xmlNodePtr n;

  memset (meta, 0, sizeof *meta);
  c.values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  c.extra = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  c.h1 = g_ptr_array_new_with_free_func (g_free);
  c.h2 = g_ptr_array_new_with_free_func (g_free);

  for (n = root; n != NULL; )
    {
      gboolean descend = TRUE;

      if (n->type == XML_ELEMENT_NODE)
        {
          collect_node (&c, n);
          if (px_html_tag_is (n, "script") || px_html_tag_is (n, "style") ||
              px_html_tag_is (n, "svg"))
            descend = FALSE;
        }
      n = px_html_next_node (n, root, descend);
    }

  meta->doc_title = article_title_from_doc (&c);

  /* Title. */
  if (!empty (c.ld_name) && !empty (c.ld_headline) && strcmp (c.ld_name, c.ld_headline) != 0)
    {
      gboolean name_matches = px_html_text_similarity (c.ld_name, meta->doc_title) > 0.75;
      gboolean headline_matches =
        px_html_text_similarity (c.ld_headline, meta->doc_title) > 0.75;

      meta->title = g_strdup (headline_matches && !name_matches ? c.ld_headline : c.ld_name);
    }
  else if (!empty (c.ld_name))
    meta->title = g_strdup (c.ld_name);
  else if (!empty (c.ld_headline))
    meta->title = g_strdup (c.ld_headline);
  if (meta->title == NULL)
    meta->title = first_of (c.values, title_keys);
  if (meta->title == NULL && !empty (meta->doc_title))
    meta->title = g_strdup (meta->doc_title);

  /* Byline. */
  if (!empty (c.ld_byline))
    meta->byline = g_strdup (c.ld_byline);
  if (meta->byline == NULL)
    meta->byline = first_of (c.values, byline_keys);
  if (meta->byline == NULL)
    {
      const char *a = lookup (c.values, "article:author");

      if (a != NULL && !is_url (a))
        meta->byline = g_strdup (a);
    }
  if (!empty (c.ld_author_text))
    meta->byline_fallback = g_strdup (c.ld_author_text);
  if (meta->byline_fallback == NULL)
    {
      meta->byline_fallback = first_of (c.extra, extra_byline_keys);
      if (meta->byline_fallback != NULL && is_url (meta->byline_fallback))
        g_clear_pointer (&meta->byline_fallback, g_free);
    }

  /* Site. */
  if (!empty (c.ld_site))
    meta->site = g_strdup (c.ld_site);
  if (meta->site == NULL)
    meta->site = g_strdup (lookup (c.values, "og:site_name"));
  if (meta->site == NULL && !empty (c.ld_site_fallback))
    meta->site = g_strdup (c.ld_site_fallback);
  if (meta->site == NULL)
    meta->site = g_strdup (lookup (c.extra, "application-name"));
  if (meta->site == NULL && !empty (c.title_suffix) && word_count (c.title_suffix) <= 5 &&
      strlen (c.title_suffix) <= 60)
    meta->site = g_strdup (c.title_suffix);

  /* Date. */
  if (!empty (c.ld_date))
    meta->date = g_strdup (c.ld_date);
  if (meta->date == NULL)
    meta->date = first_of (c.values, (const char * const[]) { "article:published_time",
                                                               "parsely-pub-date", NULL });
  if (meta->date == NULL)
    meta->date = first_of (c.extra, extra_date_keys);
  if (meta->date == NULL && !empty (c.ld_created))
    meta->date = g_strdup (c.ld_created);
  if (meta->date == NULL && c.time_datetime != NULL)
    meta->date = collapse (c.time_datetime);

  /* Language. */
  if (!empty (c.html_lang))
    meta->language = collapse (c.html_lang);
  if (meta->language == NULL)
    meta->language = first_of (c.extra, (const char * const[]) { "content-language",
                                                                  "dc.language", NULL });
  if (meta->language == NULL && !empty (c.ld_language))
    meta->language = g_strdup (c.ld_language);
  if (meta->language == NULL)
    {
      const char *locale = lookup (c.extra, "og:locale");

      if (locale != NULL)
        meta->language = g_strdelimit (g_strdup (locale), "_", '-');
    }

  g_hash_table_unref (c.values);
  g_hash_table_unref (c.extra);
  g_ptr_array_unref (c.h1);
  g_ptr_array_unref (c.h2);
  g_free (c.html_lang);
  g_free (c.title_text);
  g_free (c.time_datetime);
  g_free (c.ld_name);
  g_free (c.ld_headline);
  g_free (c.ld_byline);
  g_free (c.ld_author_text);
  g_free (c.ld_site);
  g_free (c.ld_site_fallback);
  g_free (c.ld_date);
  g_free (c.ld_created);
  g_free (c.ld_language);
  g_free (c.title_suffix);
}

/**
 * px_html_meta_clear:
 * @meta: metadata filled by px_html_meta_read()
 *
 * Frees the strings of @meta.
 */
void
px_html_meta_clear (PxHtmlMeta *meta)
{
  g_clear_pointer (&meta->title, g_free);
  g_clear_pointer (&meta->doc_title, g_free);
  g_clear_pointer (&meta->byline, g_free);
  g_clear_pointer (&meta->byline_fallback, g_free);
  g_clear_pointer (&meta->site, g_free);
  g_clear_pointer (&meta->date, g_free);
  g_clear_pointer (&meta->language, g_free);
}
