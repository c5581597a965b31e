/* px-html-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-html-import.h"

#include <string.h>
#include <libxml/HTMLparser.h>

#include "px-core-error.h"
#include "px-date.h"
#include "px-html-meta.h"
#include "px-import.h"

/* Main-content extraction in the manner of Mozilla's Readability: score
 * the blocks that hold prose, give the score to their ancestors, take the
 * best ancestor and those of its siblings that look like more of the same,
 * then drop what reads like boilerplate inside it. The tree is never
 * changed: every element gets an Info slot (found through node->_private)
 * and removal is a flag. All walks are iterative, so deeply nested markup
 * costs time linear in its size and no stack. */

#define CHAR_THRESHOLD 500
#define N_TOP_CANDIDATES 5
#define LINK_PARAGRAPH_MAX 0.7
#define MAX_CHECKS 200

typedef enum {
  TAG_OTHER,
  TAG_A,
  TAG_ADDRESS,
  TAG_ARTICLE,
  TAG_ASIDE,
  TAG_AUDIO,
  TAG_BLOCKQUOTE,
  TAG_BODY,
  TAG_BR,
  TAG_BUTTON,
  TAG_CANVAS,
  TAG_CAPTION,
  TAG_CENTER,
  TAG_CODE,
  TAG_COL,
  TAG_COLGROUP,
  TAG_DD,
  TAG_DETAILS,
  TAG_DIALOG,
  TAG_DIR,
  TAG_DIV,
  TAG_DL,
  TAG_DT,
  TAG_EMBED,
  TAG_FIELDSET,
  TAG_FIGCAPTION,
  TAG_FIGURE,
  TAG_FOOTER,
  TAG_FORM,
  TAG_H1,
  TAG_H2,
  TAG_H3,
  TAG_H4,
  TAG_H5,
  TAG_H6,
  TAG_HEAD,
  TAG_HEADER,
  TAG_HGROUP,
  TAG_HR,
  TAG_HTML,
  TAG_IFRAME,
  TAG_IMG,
  TAG_INPUT,
  TAG_LEGEND,
  TAG_LI,
  TAG_LINK,
  TAG_MAIN,
  TAG_MATH,
  TAG_MENU,
  TAG_NAV,
  TAG_NOSCRIPT,
  TAG_OBJECT,
  TAG_OL,
  TAG_OPTION,
  TAG_P,
  TAG_PICTURE,
  TAG_PRE,
  TAG_SCRIPT,
  TAG_SECTION,
  TAG_SELECT,
  TAG_STYLE,
  TAG_SUMMARY,
  TAG_SVG,
  TAG_TABLE,
  TAG_TBODY,
  TAG_TD,
  TAG_TEMPLATE,
  TAG_TEXTAREA,
  TAG_TFOOT,
  TAG_TH,
  TAG_THEAD,
  TAG_TITLE,
  TAG_TR,
  TAG_UL,
  TAG_VIDEO,
} Tag;

typedef struct {
  const char *name;
  Tag tag;
} TagName;

/* Sorted by name for bsearch. */
static const TagName tag_names[] = {
  { "a", TAG_A },
  { "address", TAG_ADDRESS },
  { "article", TAG_ARTICLE },
  { "aside", TAG_ASIDE },
  { "audio", TAG_AUDIO },
  { "blockquote", TAG_BLOCKQUOTE },
  { "body", TAG_BODY },
  { "br", TAG_BR },
  { "button", TAG_BUTTON },
  { "canvas", TAG_CANVAS },
  { "caption", TAG_CAPTION },
  { "center", TAG_CENTER },
  { "code", TAG_CODE },
  { "col", TAG_COL },
  { "colgroup", TAG_COLGROUP },
  { "dd", TAG_DD },
  { "details", TAG_DETAILS },
  { "dialog", TAG_DIALOG },
  { "dir", TAG_DIR },
  { "div", TAG_DIV },
  { "dl", TAG_DL },
  { "dt", TAG_DT },
  { "embed", TAG_EMBED },
  { "fieldset", TAG_FIELDSET },
  { "figcaption", TAG_FIGCAPTION },
  { "figure", TAG_FIGURE },
  { "footer", TAG_FOOTER },
  { "form", TAG_FORM },
  { "h1", TAG_H1 },
  { "h2", TAG_H2 },
  { "h3", TAG_H3 },
  { "h4", TAG_H4 },
  { "h5", TAG_H5 },
  { "h6", TAG_H6 },
  { "head", TAG_HEAD },
  { "header", TAG_HEADER },
  { "hgroup", TAG_HGROUP },
  { "hr", TAG_HR },
  { "html", TAG_HTML },
  { "iframe", TAG_IFRAME },
  { "img", TAG_IMG },
  { "input", TAG_INPUT },
  { "legend", TAG_LEGEND },
  { "li", TAG_LI },
  { "link", TAG_LINK },
  { "main", TAG_MAIN },
  { "math", TAG_MATH },
  { "menu", TAG_MENU },
  { "nav", TAG_NAV },
  { "noscript", TAG_NOSCRIPT },
  { "object", TAG_OBJECT },
  { "ol", TAG_OL },
  { "option", TAG_OPTION },
  { "p", TAG_P },
  { "picture", TAG_PICTURE },
  { "pre", TAG_PRE },
  { "script", TAG_SCRIPT },
  { "section", TAG_SECTION },
  { "select", TAG_SELECT },
  { "style", TAG_STYLE },
  { "summary", TAG_SUMMARY },
  { "svg", TAG_SVG },
  { "table", TAG_TABLE },
  { "tbody", TAG_TBODY },
  { "td", TAG_TD },
  { "template", TAG_TEMPLATE },
  { "textarea", TAG_TEXTAREA },
  { "tfoot", TAG_TFOOT },
  { "th", TAG_TH },
  { "thead", TAG_THEAD },
  { "title", TAG_TITLE },
  { "tr", TAG_TR },
  { "ul", TAG_UL },
  { "video", TAG_VIDEO },
};

enum {
  F_REMOVED      = 1 << 0,   /* not part of the page's content at all */
  F_CLEANED      = 1 << 1,   /* dropped from the article as boilerplate */
  F_CANDIDATE    = 1 << 2,   /* has a content score */
  F_IN_TABLE     = 1 << 3,
  F_IN_CODE      = 1 << 4,
  F_IN_FIGURE    = 1 << 5,
  F_IN_HEADING   = 1 << 6,
  F_DATA_TABLE   = 1 << 7,
  F_IN_DATA      = 1 << 8,
};

enum {
  FLAG_STRIP_UNLIKELYS     = 1 << 0,
  FLAG_WEIGHT_CLASSES      = 1 << 1,
  FLAG_CLEAN_CONDITIONALLY = 1 << 2,
};

typedef struct {
  int text;
  int commas;
  int heading;
  int p;
  int img;
  int li;
  int input;
  int embed;
  int tr;
  int td;
  int th;
  int table;
  int block;      /* Readability's DIV_TO_P elements below */
  int quote;      /* pre and blockquote: text, not pictures */
  double link;
} Agg;

typedef struct {
  xmlNodePtr node;
  int parent;
  int end;        /* one past the last descendant */
  int owner;      /* nearest block element, self included */
  Tag tag;
  guint flags;
  double score;
  double weight;
  double link_coef;
  int own_len;
  int own_commas;
  int alt_count;
  Agg direct;
  Agg sum;
} Info;

typedef struct {
  xmlNodePtr body;
  const char *title;
  GArray *infos;      /* Info */
  int flags;
  guint n_checks;       /* byline and title checks made, each reads text */
  char *byline;
  guint n_left_out;     /* subtrees past PX_IMPORT_MAX_ELEMENTS, not read */
} Extractor;

static Tag
tag_of (xmlNodePtr node)
{
  const char *name = (const char *) node->name;
  gsize lo = 0, hi = G_N_ELEMENTS (tag_names);
  char lower[16];
  gsize i;

  if (name == NULL)
    return TAG_OTHER;
  for (i = 0; name[i] != '\0'; i++)
    {
      if (i + 1 >= sizeof lower)
        return TAG_OTHER;
      lower[i] = g_ascii_tolower (name[i]);
    }
  lower[i] = '\0';

  while (lo < hi)
    {
      gsize mid = (lo + hi) / 2;
      int c = strcmp (lower, tag_names[mid].name);

      if (c == 0)
        return tag_names[mid].tag;
      if (c < 0)
        hi = mid;
      else
        lo = mid + 1;
    }

  return TAG_OTHER;
}

static gboolean
tag_is_heading (Tag tag)
{
  return tag >= TAG_H1 && tag <= TAG_H6;
}

/* Elements that end a paragraph in the text walk. */
static gboolean
tag_is_block (Tag tag)
{
  switch (tag)
    {
    case TAG_ADDRESS: case TAG_ARTICLE: case TAG_ASIDE: case TAG_AUDIO:
    case TAG_BLOCKQUOTE: case TAG_BODY: case TAG_CANVAS: case TAG_CAPTION:
    case TAG_CENTER: case TAG_DD: case TAG_DETAILS: case TAG_DIALOG: case TAG_DIR:
    case TAG_DIV: case TAG_DL: case TAG_DT: case TAG_FIELDSET: case TAG_FIGCAPTION:
    case TAG_FIGURE: case TAG_FOOTER: case TAG_FORM: case TAG_H1: case TAG_H2:
    case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6: case TAG_HEADER:
    case TAG_HGROUP: case TAG_HR: case TAG_HTML: case TAG_IFRAME: case TAG_LEGEND:
    case TAG_LI: case TAG_MAIN: case TAG_MENU: case TAG_NAV: case TAG_OL:
    case TAG_OPTION: case TAG_P: case TAG_PRE: case TAG_SECTION: case TAG_SUMMARY:
    case TAG_TABLE: case TAG_TBODY: case TAG_TD: case TAG_TFOOT: case TAG_TH:
    case TAG_THEAD: case TAG_TR: case TAG_UL: case TAG_VIDEO: case TAG_NOSCRIPT:
    case TAG_SELECT: case TAG_TEXTAREA: case TAG_HEAD: case TAG_TITLE:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Never text of the page. */
static gboolean
tag_is_ignored (Tag tag)
{
  switch (tag)
    {
    case TAG_SCRIPT: case TAG_STYLE: case TAG_NOSCRIPT: case TAG_TEMPLATE:
    case TAG_SVG: case TAG_HEAD: case TAG_TITLE: case TAG_SELECT:
    case TAG_TEXTAREA: case TAG_OPTION: case TAG_BUTTON: case TAG_INPUT:
    case TAG_IFRAME: case TAG_OBJECT: case TAG_EMBED: case TAG_CANVAS: case TAG_DIALOG:
    case TAG_LINK:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Readability's DIV_TO_P_ELEMS: a div holding none of these reads as a
 * paragraph. */
static gboolean
tag_is_div_block (Tag tag)
{
  switch (tag)
    {
    case TAG_BLOCKQUOTE: case TAG_DL: case TAG_DIV: case TAG_IMG: case TAG_OL:
    case TAG_P: case TAG_PRE: case TAG_TABLE: case TAG_UL:
    case TAG_SECTION: case TAG_ARTICLE: case TAG_H1: case TAG_H2: case TAG_H3:
    case TAG_H4: case TAG_H5: case TAG_H6: case TAG_FIGURE: case TAG_HEADER:
    case TAG_FOOTER: case TAG_MAIN: case TAG_ASIDE: case TAG_NAV: case TAG_LI:
      return TRUE;
    default:
      return FALSE;
    }
}

static const char *
attr (xmlNodePtr  node,
      const char *name)
{
  xmlAttrPtr a;

  for (a = node->properties; a != NULL; a = a->next)
    if (a->name != NULL && g_ascii_strcasecmp ((const char *) a->name, name) == 0)
      {
        if (a->children != NULL && a->children->content != NULL)
          return (const char *) a->children->content;
        return "";
      }

  return NULL;
}

static Info *
info_at (Extractor *ex,
         int        i)
{
  return &g_array_index (ex->infos, Info, i);
}

static int
index_of (xmlNodePtr node)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return -1;

  return GPOINTER_TO_INT (node->_private) - 1;
}

/* Lower-cased "class id", as Readability matches them. */
static char *
match_string (xmlNodePtr node)
{
  const char *cls = attr (node, "class");
  const char *id = attr (node, "id");
  char *s;
  char *p;

  if (cls == NULL && id == NULL)
    return NULL;
  s = g_strconcat (cls ? cls : "", " ", id ? id : "", NULL);
  for (p = s; *p != '\0'; p++)
    *p = g_ascii_tolower (*p);

  return s;
}

static gboolean
contains_any (const char         *text,
              const char * const *words)
{
  guint i;

  if (text == NULL)
    return FALSE;
  for (i = 0; words[i] != NULL; i++)
    if (strstr (text, words[i]) != NULL)
      return TRUE;

  return FALSE;
}

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* \bword\b on a lower-cased string. */
static gboolean
contains_word (const char *text,
               const char *word)
{
  const char *p = text;
  gsize n = strlen (word);

  if (text == NULL)
    return FALSE;
  while ((p = strstr (p, word)) != NULL)
    {
      if ((p == text || !is_word_char (p[-1])) && !is_word_char (p[n]))
        return TRUE;
      p += n;
    }

  return FALSE;
}

static const char * const unlikely_words[] = {
  "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community",
  "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
  "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
  "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager",
  "popup", "yom-remote", NULL,
};

static const char * const maybe_words[] = {
  "and", "article", "body", "column", "content", "main", "shadow", NULL,
};

static const char * const negative_words[] = {
  "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer",
  "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
  "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags",
  "widget", NULL,
};

static const char * const positive_words[] = {
  "article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
  "pagination", "post", "text", "blog", "story", NULL,
};

static const char * const byline_words[] = {
  "byline", "author", "dateline", "writtenby", "p-author", NULL,
};

static double
weigh_one (const char *value)
{
  g_autofree char *lower = NULL;
  double w = 0;

  if (value == NULL || value[0] == '\0')
    return 0;
  lower = g_ascii_strdown (value, -1);
  if (contains_any (lower, negative_words) || contains_word (lower, "hid"))
    w -= 25;
  if (contains_any (lower, positive_words))
    w += 25;

  return w;
}

static double
class_weight (Extractor  *ex,
              xmlNodePtr  node)
{
  if (!(ex->flags & FLAG_WEIGHT_CLASSES))
    return 0;

  return weigh_one (attr (node, "class")) + weigh_one (attr (node, "id"));
}

static gboolean
is_probably_hidden (xmlNodePtr node)
{
  const char *style = attr (node, "style");
  const char *aria = attr (node, "aria-hidden");

  if (attr (node, "hidden") != NULL)
    return TRUE;
  if (aria != NULL && strcmp (aria, "true") == 0)
    {
      const char *cls = attr (node, "class");

      if (cls == NULL || strstr (cls, "fallback-image") == NULL)
        return TRUE;
    }
  if (style != NULL)
    {
      char compact[256];
      gsize n = 0;
      const char *p;

      for (p = style; *p != '\0' && n + 1 < sizeof compact; p++)
        if (!g_ascii_isspace (*p))
          compact[n++] = g_ascii_tolower (*p);
      compact[n] = '\0';
      if (strstr (compact, "display:none") != NULL ||
          strstr (compact, "visibility:hidden") != NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_unlikely_role (xmlNodePtr node)
{
  static const char * const roles[] = {
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
  };
  const char *role = attr (node, "role");
  guint i;

  if (role == NULL)
    return FALSE;
  for (i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_ascii_strcasecmp (role, roles[i]) == 0)
      return TRUE;

  return FALSE;
}

/* Menus are never the article, whatever the retry flags say. */
static gboolean
has_navigation_role (xmlNodePtr node)
{
  const char *role = attr (node, "role");

  return role != NULL && (g_ascii_strcasecmp (role, "navigation") == 0 ||
                          g_ascii_strcasecmp (role, "menu") == 0 ||
                          g_ascii_strcasecmp (role, "menubar") == 0);
}

static gboolean
is_comma (gunichar c)
{
  return c == ',' || c == 0x060C || c == 0xFE50 || c == 0xFE10 || c == 0xFE11 ||
         c == 0x2E41 || c == 0x2E34 || c == 0x2E32 || c == 0xFF0C;
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x00A0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x3000 || c == 0xFEFF || c == 0x202F ||
         c == 0x205F;
}

/* Length in characters with white-space runs counted once, and commas. */
static void
measure_text (const char *text,
              int        *len,
              int        *commas)
{
  const guchar *p = (const guchar *) text;
  gboolean in_space = TRUE;
  int n = 0, c = 0;

  while (*p != '\0')
    {
      gunichar ch;

      if (*p < 0x80)
        {
          ch = *p++;
        }
      else
        {
          ch = g_utf8_get_char_validated ((const char *) p, -1);
          if (ch == (gunichar) -1 || ch == (gunichar) -2)
            {
              p++;
              continue;
            }
          p = (const guchar *) g_utf8_next_char (p);
        }
      if (is_space (ch))
        {
          if (!in_space)
            n++;
          in_space = TRUE;
          continue;
        }
      in_space = FALSE;
      n++;
      if (is_comma (ch))
        c++;
    }
  *len += n;
  *commas += c;
}

static void
agg_add (Agg       *to,
         const Agg *from)
{
  to->text += from->text;
  to->commas += from->commas;
  to->heading += from->heading;
  to->p += from->p;
  to->img += from->img;
  to->li += from->li;
  to->input += from->input;
  to->embed += from->embed;
  to->tr += from->tr;
  to->td += from->td;
  to->th += from->th;
  to->table += from->table;
  to->block += from->block;
  to->quote += from->quote;
  to->link += from->link;
}

static void
agg_self (Agg *agg,
          Tag  tag)
{
  agg->p += tag == TAG_P;
  agg->img += tag == TAG_IMG;
  agg->li += tag == TAG_LI;
  agg->input += tag == TAG_INPUT;
  agg->embed += tag == TAG_EMBED || tag == TAG_OBJECT || tag == TAG_IFRAME;
  agg->tr += tag == TAG_TR;
  agg->td += tag == TAG_TD;
  agg->th += tag == TAG_TH || tag == TAG_THEAD || tag == TAG_TFOOT || tag == TAG_CAPTION ||
             tag == TAG_COL || tag == TAG_COLGROUP;
  agg->table += tag == TAG_TABLE;
  agg->quote += tag == TAG_PRE || tag == TAG_BLOCKQUOTE;
}

static double
link_density (const Info *info)
{
  if (info->sum.text <= 0)
    return 0;

  return info->sum.link / info->sum.text;
}

/* The text of a byline element, or NULL when it cannot be one. */
static char *
byline_text (xmlNodePtr node)
{
  g_autofree char *text = px_html_node_text (node, 400);
  glong n = g_utf8_strlen (text, -1);

  /* A dateline holding only the time is no byline. */
  if (n > 0 && n < 100 && !px_html_looks_like_date (text))
    return g_steal_pointer (&text);
  return NULL;
}

static gboolean
check_byline (Extractor  *ex,
              xmlNodePtr  node,
              const char *match)
{
  const char *rel = attr (node, "rel");
  const char *itemprop = attr (node, "itemprop");
  xmlNodePtr name_node = NULL;
  xmlNodePtr n;
  g_autofree char *text = NULL;

  /* The first byline on the page, as Readability takes it. */
  if (ex->byline != NULL || ex->n_checks >= MAX_CHECKS)
    return FALSE;
  if (!((rel != NULL && strcmp (rel, "author") == 0) ||
        (itemprop != NULL && strstr (itemprop, "author") != NULL) ||
        contains_any (match, byline_words)))
    return FALSE;
  ex->n_checks++;
  text = byline_text (node);
  if (text == NULL)
    return FALSE;

  /* A child marked itemprop=name holds just the name. */
  for (n = node->children; n != NULL; )
    {
      gboolean descend = TRUE;

      if (n->type == XML_ELEMENT_NODE)
        {
          const char *ip = attr (n, "itemprop");

          if (ip != NULL && strstr (ip, "name") != NULL)
            {
              name_node = n;
              break;
            }
        }
      else
        descend = FALSE;
      n = px_html_next_node (n, node, descend);
    }

  ex->byline = name_node ? px_html_node_text (name_node, 400) : g_steal_pointer (&text);

  return TRUE;
}

static gboolean
header_duplicates_title (Extractor  *ex,
                         xmlNodePtr  node,
                         Tag         tag)
{
  g_autofree char *text = NULL;

  if ((tag != TAG_H1 && tag != TAG_H2) || ex->title == NULL || ex->title[0] == '\0' ||
      ex->n_checks >= MAX_CHECKS)
    return FALSE;
  ex->n_checks++;
  text = px_html_node_text (node, 1000);

  return px_html_text_similarity (ex->title, text) > 0.75;
}

/* Pre-order pass: index the elements, mark what is never content, find
 * the byline, and collect the text lengths each element holds directly. */
static void
index_tree (Extractor *ex)
{
  xmlNodePtr n = ex->body;
  gboolean strip = (ex->flags & FLAG_STRIP_UNLIKELYS) != 0;
  gboolean remove_title = TRUE;

  g_array_set_size (ex->infos, 0);
  ex->n_checks = 0;
  ex->n_left_out = 0;
  g_clear_pointer (&ex->byline, g_free);

  while (n != NULL)
    {
      gboolean descend = FALSE;

      if (n->type == XML_ELEMENT_NODE)
        {
          Info info = { 0 };
          int parent = (n == ex->body) ? -1 : index_of (n->parent);
          const Info *pinfo = parent >= 0 ? info_at (ex, parent) : NULL;
          g_autofree char *match = NULL;
          gboolean removed = FALSE;

          info.node = n;
          info.parent = parent;
          info.tag = tag_of (n);
          info.end = ex->infos->len + 1;
          info.link_coef = pinfo ? pinfo->link_coef : 0;
          if (pinfo != NULL)
            info.flags = pinfo->flags & (F_IN_TABLE | F_IN_CODE | F_IN_FIGURE | F_IN_HEADING);
          if (pinfo != NULL && pinfo->tag == TAG_TABLE)
            info.flags |= F_IN_TABLE;
          if (pinfo != NULL && (pinfo->tag == TAG_CODE || pinfo->tag == TAG_PRE))
            info.flags |= F_IN_CODE;
          if (pinfo != NULL && pinfo->tag == TAG_FIGURE)
            info.flags |= F_IN_FIGURE;
          if (tag_is_heading (info.tag))
            info.flags |= F_IN_HEADING;
          if (info.tag == TAG_A)
            {
              const char *href = attr (n, "href");

              info.link_coef = (href != NULL && href[0] == '#' && href[1] != '\0') ? 0.3 : 1.0;
            }

          if (ex->infos->len >= PX_IMPORT_MAX_ELEMENTS)
            {
              removed = TRUE;
              ex->n_left_out++;
            }
          else if (tag_is_ignored (info.tag) || is_probably_hidden (n))
            removed = TRUE;
          else if (info.tag != TAG_BODY)
            {
              const char *role = attr (n, "role");
              const char *modal = attr (n, "aria-modal");

              match = match_string (n);
              if (modal != NULL && strcmp (modal, "true") == 0 && role != NULL &&
                  strcmp (role, "dialog") == 0)
                removed = TRUE;
              else if (check_byline (ex, n, match))
                removed = TRUE;
              else if (remove_title && header_duplicates_title (ex, n, info.tag))
                {
                  removed = TRUE;
                  remove_title = FALSE;
                }
              else if (strip && info.tag != TAG_A && match != NULL &&
                       contains_any (match, unlikely_words) &&
                       !contains_any (match, maybe_words) &&
                       !(info.flags & (F_IN_TABLE | F_IN_CODE)))
                removed = TRUE;
              else if (info.tag == TAG_NAV || has_navigation_role (n))
                removed = TRUE;
              else if (strip && has_unlikely_role (n))
                removed = TRUE;
            }

          if (removed)
            {
              n->_private = NULL;
            }
          else
            {
              info.owner = (tag_is_block (info.tag) || pinfo == NULL) ?
                           (int) ex->infos->len : pinfo->owner;
              n->_private = GINT_TO_POINTER (ex->infos->len + 1);
              g_array_append_val (ex->infos, info);
              descend = TRUE;
            }
        }
      else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
               n->content != NULL)
        {
          int pi = index_of (n->parent);

          if (pi >= 0)
            {
              Info *pinfo = info_at (ex, pi);
              Info *owner = info_at (ex, pinfo->owner);
              int len = 0, commas = 0;

              measure_text ((const char *) n->content, &len, &commas);
              pinfo->direct.text += len;
              pinfo->direct.commas += commas;
              if (pinfo->flags & F_IN_HEADING)
                pinfo->direct.heading += len;
              pinfo->direct.link += len * pinfo->link_coef;
              owner->own_len += len;
              owner->own_commas += commas;
            }
        }

      n = px_html_next_node (n, ex->body, descend);
    }
}

/* Children come after their parent in the array, so a backward sweep
 * sums subtrees. */
static void
sum_tree (Extractor *ex)
{
  int i;

  for (i = (int) ex->infos->len - 1; i >= 0; i--)
    {
      Info *info = info_at (ex, i);

      info->sum = info->direct;
      agg_self (&info->sum, info->tag);
      info->sum.block += tag_is_div_block (info->tag);
    }
  for (i = (int) ex->infos->len - 1; i >= 0; i--)
    {
      Info *info = info_at (ex, i);
      Info *parent;

      if (info->parent < 0)
        continue;
      parent = info_at (ex, info->parent);
      agg_add (&parent->sum, &info->sum);
      if (info->end > parent->end)
        parent->end = info->end;
    }
}

static gboolean
is_data_table (const Info *info)
{
  const char *role = attr (info->node, "role");
  const char *datatable = attr (info->node, "datatable");
  int rows, cols;

  if (role != NULL && strcmp (role, "presentation") == 0)
    return FALSE;
  if (datatable != NULL && strcmp (datatable, "0") == 0)
    return FALSE;
  if (attr (info->node, "summary") != NULL)
    return TRUE;
  if (info->sum.th > 0)
    return TRUE;
  if (info->sum.table > 1)
    return FALSE;
  rows = info->sum.tr;
  cols = rows > 0 ? info->sum.td / rows : 0;
  if (rows >= 10 || cols > 4)
    return TRUE;

  return rows * cols > 10;
}

static void
mark_data_tables (Extractor *ex)
{
  guint i;

  for (i = 0; i < ex->infos->len; i++)
    {
      Info *info = info_at (ex, i);

      if (info->tag == TAG_TABLE && is_data_table (info))
        info->flags |= F_DATA_TABLE;
      if (info->parent >= 0)
        {
          const Info *parent = info_at (ex, info->parent);

          if (parent->flags & (F_DATA_TABLE | F_IN_DATA))
            info->flags |= F_IN_DATA;
        }
    }
}

static void
initialize_node (Extractor *ex,
                 Info      *info)
{
  double score = 0;

  switch (info->tag)
    {
    case TAG_DIV:
      score = 5;
      break;
    case TAG_PRE: case TAG_TD: case TAG_BLOCKQUOTE:
      score = 3;
      break;
    case TAG_ADDRESS: case TAG_OL: case TAG_UL: case TAG_DL: case TAG_DD: case TAG_DT:
    case TAG_LI: case TAG_FORM:
      score = -3;
      break;
    case TAG_H1: case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
    case TAG_TH:
      score = -5;
      break;
    default:
      break;
    }
  info->weight = class_weight (ex, info->node);
  info->score = score + info->weight;
  info->flags |= F_CANDIDATE;
}

static void
give_score (Extractor *ex,
            int        first_ancestor,
            double     score)
{
  int level = 0;
  int a = first_ancestor;

  while (a >= 0 && level < 5)
    {
      Info *anc = info_at (ex, a);
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;

      if (!(anc->flags & F_CANDIDATE))
        initialize_node (ex, anc);
      anc->score += score / divider;
      a = anc->parent;
      level++;
    }
}

static void
score_tree (Extractor *ex)
{
  guint i;

  for (i = 0; i < ex->infos->len; i++)
    {
      Info *info = info_at (ex, i);
      int len, commas, first;
      double score;

      switch (info->tag)
        {
        case TAG_P: case TAG_PRE: case TAG_TD: case TAG_SECTION:
        case TAG_H2: case TAG_H3: case TAG_H4: case TAG_H5: case TAG_H6:
          len = info->sum.text;
          commas = info->sum.commas;
          first = info->parent;
          break;
        case TAG_DIV:
          if (info->sum.block - 1 <= 0)
            {
              /* A div without blocks inside reads as a paragraph. */
              len = info->sum.text;
              commas = info->sum.commas;
              first = info->parent;
            }
          else
            {
              /* Loose text beside blocks: a paragraph inside the div. */
              len = info->own_len;
              commas = info->own_commas;
              first = (int) i;
            }
          break;
        case TAG_ARTICLE: case TAG_MAIN: case TAG_BODY: case TAG_BLOCKQUOTE:
          len = info->own_len;
          commas = info->own_commas;
          first = (int) i;
          break;
        default:
          continue;
        }
      if (len < 25 || first < 0)
        continue;
      score = 1 + (commas + 1) + MIN (len / 100, 3);
      give_score (ex, first, score);
    }

  for (i = 0; i < ex->infos->len; i++)
    {
      Info *info = info_at (ex, i);

      if (info->flags & F_CANDIDATE)
        info->score *= 1 - link_density (info);
    }
}

static int
element_child_count (Extractor *ex,
                     int        i)
{
  Info *info = info_at (ex, i);
  int count = 0;
  int j;

  for (j = i + 1; j < info->end; j = info_at (ex, j)->end)
    count++;

  return count;
}

static gboolean
same_class (xmlNodePtr a,
            xmlNodePtr b)
{
  const char *ca = attr (a, "class");
  const char *cb = attr (b, "class");

  return ca != NULL && cb != NULL && ca[0] != '\0' && strcmp (ca, cb) == 0;
}

static gboolean
ends_sentence (xmlNodePtr node)
{
  g_autofree char *text = px_html_node_text (node, 2000);
  const char *p;

  /* /\.( |$)/ */
  for (p = text; *p != '\0'; p++)
    if (*p == '.' && (p[1] == ' ' || p[1] == '\0'))
      return TRUE;

  return FALSE;
}

/* Picks the article: returns the indices of the elements to keep, in
 * document order. */
static GArray *
select_roots (Extractor *ex)
{
  GArray *roots = g_array_new (FALSE, FALSE, sizeof (int));
  int top[N_TOP_CANDIDATES];
  int n_top = 0;
  int body = 0;
  int best;
  int parent;
  guint i;
  int j;

  for (i = 0; i < ex->infos->len; i++)
    {
      Info *info = info_at (ex, i);
      int k;

      if (!(info->flags & F_CANDIDATE))
        continue;
      for (k = 0; k < n_top; k++)
        if (info->score > info_at (ex, top[k])->score)
          break;
      if (k >= N_TOP_CANDIDATES)
        continue;
      if (n_top < N_TOP_CANDIDATES)
        n_top++;
      memmove (&top[k + 1], &top[k], (n_top - 1 - k) * sizeof (int));
      top[k] = i;
    }

  if (n_top == 0 || top[0] == body)
    {
      g_array_append_val (roots, body);
      return roots;
    }

  best = top[0];

  /* When several good candidates share an ancestor, the article is that
   * ancestor. */
  {
    int n_alt = 0;
    int k;

    for (k = 1; k < n_top; k++)
      if (info_at (ex, top[k])->score / info_at (ex, best)->score >= 0.75)
        {
          for (j = info_at (ex, top[k])->parent; j >= 0; j = info_at (ex, j)->parent)
            info_at (ex, j)->alt_count++;
          n_alt++;
        }
    if (n_alt >= 3)
      {
        for (j = info_at (ex, best)->parent; j > body; j = info_at (ex, j)->parent)
          if (info_at (ex, j)->alt_count >= 3)
            {
              best = j;
              break;
            }
      }
    for (k = 1; k < n_top; k++)
      for (j = info_at (ex, top[k])->parent; j >= 0; j = info_at (ex, j)->parent)
        info_at (ex, j)->alt_count = 0;
  }
  if (!(info_at (ex, best)->flags & F_CANDIDATE))
    initialize_node (ex, info_at (ex, best));

  /* Climb while the parent scores better. */
  {
    double last = info_at (ex, best)->score;
    double threshold = last / 3;

    for (parent = info_at (ex, best)->parent; parent > body; parent = info_at (ex, parent)->parent)
      {
        Info *p = info_at (ex, parent);

        if (!(p->flags & F_CANDIDATE))
          continue;
        if (p->score < threshold)
          break;
        if (p->score > last)
          {
            best = parent;
            break;
          }
        last = p->score;
      }
  }

  /* An only child says no more than its parent. */
  for (parent = info_at (ex, best)->parent;
       parent > body && element_child_count (ex, parent) == 1;
       parent = info_at (ex, parent)->parent)
    best = parent;

  if (!(info_at (ex, best)->flags & F_CANDIDATE))
    initialize_node (ex, info_at (ex, best));

  parent = info_at (ex, best)->parent;
  if (parent < 0)
    {
      g_array_append_val (roots, best);
      return roots;
    }

  {
    Info *top_info = info_at (ex, best);
    double threshold = MAX (10, top_info->score * 0.2);
    Info *pinfo = info_at (ex, parent);

    for (j = parent + 1; j < pinfo->end; j = info_at (ex, j)->end)
      {
        Info *sib = info_at (ex, j);
        gboolean append = FALSE;

        if (j == best)
          append = TRUE;
        else
          {
            double bonus = 0;

            if (same_class (sib->node, top_info->node))
              bonus += top_info->score * 0.2;
            if ((sib->flags & F_CANDIDATE) && sib->score + bonus >= threshold)
              append = TRUE;
            else if (sib->tag == TAG_P)
              {
                double ld = link_density (sib);
                int len = sib->sum.text;

                if (len > 80 && ld < 0.25)
                  append = TRUE;
                else if (len < 80 && len > 0 && ld == 0 && ends_sentence (sib->node))
                  append = TRUE;
              }
          }
        if (append)
          g_array_append_val (roots, j);
      }
  }

  return roots;
}

static gboolean
should_clean_conditionally (Extractor *ex,
                            Info      *info)
{
  gboolean is_list;
  double weight;
  int p, img, li, input;
  double heading_density, ld;
  int len;

  if (!(ex->flags & FLAG_CLEAN_CONDITIONALLY))
    return FALSE;
  if (info->tag == TAG_TABLE && (info->flags & F_DATA_TABLE))
    return FALSE;
  if (info->flags & (F_IN_DATA | F_IN_CODE))
    return FALSE;

  len = info->sum.text;
  is_list = info->tag == TAG_UL || info->tag == TAG_OL;
  weight = class_weight (ex, info->node);
  if (weight < 0)
    return TRUE;
  if (info->sum.commas >= 10)
    return FALSE;

  p = info->sum.p - (info->tag == TAG_P);
  img = info->sum.img;
  li = info->sum.li - 100;
  input = info->sum.input;
  heading_density = len > 0 ? (double) info->sum.heading / len : 0;
  ld = link_density (info);

  if (img > 1 && (double) p / img < 0.5 && !(info->flags & F_IN_FIGURE))
    return TRUE;
  if (!is_list && li > p)
    return TRUE;
  if (input > p / 3)
    return TRUE;
  if (!is_list && heading_density < 0.9 && len < 25 && (img == 0 || img > 2) &&
      !(info->flags & F_IN_FIGURE))
    return TRUE;
  if (!is_list && weight < 25 && ld > 0.2)
    return TRUE;
  if (weight >= 25 && ld > 0.5)
    return TRUE;
  if ((info->sum.embed == 1 && len < 75) || info->sum.embed > 1)
    return TRUE;

  return FALSE;
}

/* A word at the start of a name part: "post-date" and "dateline", not
 * "update" or "candidate". */
static gboolean
contains_word_start (const char         *text,
                     const char * const *words)
{
  guint i;

  for (i = 0; words[i] != NULL; i++)
    {
      const char *p = text;

      while ((p = strstr (p, words[i])) != NULL)
        {
          if (p == text || !g_ascii_isalpha (p[-1]))
            return TRUE;
          p++;
        }
    }

  return FALSE;
}

static const char * const boilerplate_words[] = {
  "caption", "credit", "byline", "dateline", "timestamp", "date", "author",
  "related", "read-more", "readmore", "more-stories", "recommend", "see-also",
  "share", "sharing", "social", "newsletter", "subscribe", "signup", "sign-up",
  "promo", "advert", "sponsor", "tags", "tag-list", "taglist", "breadcrumb",
  "comment", "disqus", "copyright", "disclaimer", "footer", "toolbar", NULL,
};

/* Inside the article, short parts whose class or id names them as
 * captions, bylines, dates, share bars, related links or the like are
 * not article text (trafilatura drops them the same way). */
static gboolean
looks_like_boilerplate (const Info *info)
{
  g_autofree char *match = NULL;

  if (info->tag == TAG_FIGCAPTION)
    return TRUE;
  /* A figure of a picture and its caption; one holding a quotation or a
   * code listing is text. */
  if (info->tag == TAG_FIGURE && info->sum.text < 500 && info->sum.quote == 0 &&
      info->sum.table == 0)
    return TRUE;
  if (info->sum.text >= 300 && link_density (info) <= 0.5)
    return FALSE;
  {
    const char *itemprop = attr (info->node, "itemprop");

    if (itemprop != NULL && (strstr (itemprop, "date") != NULL ||
                             strstr (itemprop, "author") != NULL))
      return TRUE;
  }
  match = match_string (info->node);

  return match != NULL && contains_word_start (match, boilerplate_words);
}

/* Readability's prepArticle, as one backward sweep over each kept
 * subtree: inner elements are judged before the ones holding them, and a
 * dropped element no longer counts in its ancestors' sums. */
static int
clean_root (Extractor *ex,
            int        root)
{
  int end = info_at (ex, root)->end;
  int i;

  for (i = end - 1; i >= root; i--)
    {
      Info *info = info_at (ex, i);

      info->sum = info->direct;
      agg_self (&info->sum, info->tag);
      info->flags &= ~F_CLEANED;
    }

  for (i = end - 1; i >= root; i--)
    {
      Info *info = info_at (ex, i);
      gboolean clean = FALSE;

      switch (info->tag)
        {
        case TAG_OBJECT: case TAG_EMBED: case TAG_FOOTER: case TAG_LINK: case TAG_ASIDE:
        case TAG_IFRAME: case TAG_INPUT: case TAG_TEXTAREA: case TAG_SELECT:
        case TAG_BUTTON:
          clean = TRUE;
          break;
        case TAG_H1: case TAG_H2:
          clean = class_weight (ex, info->node) < 0;
          break;
        case TAG_FORM: case TAG_FIELDSET: case TAG_TABLE: case TAG_UL: case TAG_DIV:
          clean = should_clean_conditionally (ex, info);
          break;
        default:
          break;
        }
      if (!clean && i != root && looks_like_boilerplate (info))
        clean = TRUE;
      if (!clean && i != root && info->parent != root && info->sum.text < 500)
        {
          g_autofree char *match = match_string (info->node);

          if (match != NULL && (contains_word (match, "share") ||
                                contains_word (match, "sharedaddy")))
            clean = TRUE;
        }
      if (i == root)
        clean = FALSE;
      if (clean)
        {
          info->flags |= F_CLEANED;
          continue;
        }
      if (i > root && info->parent >= 0)
        agg_add (&info_at (ex, info->parent)->sum, &info->sum);
    }

  return info_at (ex, root)->sum.text;
}

typedef struct {
  GPtrArray *paragraphs;
  GString *buf;
  int pre_depth;
  int link_depth;
  gsize link_bytes;   /* of buf, inside links */
} Emitter;

static void
flush_paragraph (Emitter *em)
{
  GString *b = em->buf;
  gsize start = 0;

  while (b->len > 0 && g_ascii_isspace (b->str[b->len - 1]))
    g_string_truncate (b, b->len - 1);
  while (start < b->len && g_ascii_isspace (b->str[start]))
    start++;
  /* A block that is mostly links (tags, "read more" lists, menus left
   * inside the article) is not prose. */
  if (start < b->len && (double) em->link_bytes <= LINK_PARAGRAPH_MAX * (b->len - start))
    g_ptr_array_add (em->paragraphs, g_strdup (b->str + start));
  g_string_truncate (b, 0);
  em->link_bytes = 0;
}

static void
emit_text (Emitter    *em,
           const char *text)
{
  GString *b = em->buf;
  const char *p = text;
  gsize before = b->len;

  if (em->pre_depth > 0)
    {
      for (; *p != '\0'; p++)
        if (*p != '\r')
          g_string_append_c (b, *p);
      if (em->link_depth > 0)
        em->link_bytes += b->len - before;
      return;
    }

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      const char *next;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      next = g_utf8_next_char (p);
      if (is_space (c) && c != 0x200B && c != 0xFEFF)
        {
          if (b->len > 0 && b->str[b->len - 1] != ' ' && b->str[b->len - 1] != '\n')
            g_string_append_c (b, ' ');
        }
      else if (c != 0x200B && c != 0xFEFF && c != 0xAD)
        g_string_append_len (b, p, next - p);
      p = next;
    }
  if (em->link_depth > 0)
    em->link_bytes += b->len - before;
}

static void
emit_break (Emitter *em)
{
  GString *b = em->buf;

  while (b->len > 0 && b->str[b->len - 1] == ' ')
    g_string_truncate (b, b->len - 1);
  if (b->len > 0 && b->str[b->len - 1] == '\n')
    {
      /* A second <br> ends the paragraph. */
      flush_paragraph (em);
      return;
    }
  if (b->len > 0)
    g_string_append_c (b, '\n');
}

/* The block-aware walk: block elements end paragraphs, <br> ends a line,
 * two end a paragraph. Elements without an index (removed) or marked
 * @skip_flags are left out. */
static gboolean
enter_node (Extractor  *ex,
            xmlNodePtr  n,
            guint       skip_flags,
            Emitter    *em)
{
  int i;
  Tag tag;

  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
    {
      if (n->content != NULL)
        emit_text (em, (const char *) n->content);
      return FALSE;
    }
  if (n->type != XML_ELEMENT_NODE)
    return FALSE;

  i = index_of (n);
  tag = i >= 0 ? info_at (ex, i)->tag : tag_of (n);
  if (i < 0 || (info_at (ex, i)->flags & skip_flags))
    {
      if (tag_is_block (tag))
        flush_paragraph (em);
      return FALSE;
    }
  if (tag == TAG_BR)
    {
      emit_break (em);
      return FALSE;
    }
  if (tag_is_block (tag))
    flush_paragraph (em);
  if (tag == TAG_PRE)
    em->pre_depth++;
  if (tag == TAG_A)
    em->link_depth++;

  return TRUE;
}

static void
leave_node (Extractor  *ex,
            xmlNodePtr  n,
            Emitter    *em)
{
  Tag tag = info_at (ex, index_of (n))->tag;

  if (tag == TAG_PRE && em->pre_depth > 0)
    em->pre_depth--;
  if (tag == TAG_A && em->link_depth > 0)
    em->link_depth--;
  if (tag_is_block (tag))
    flush_paragraph (em);
}

/* The block-aware walk: block elements end paragraphs, <br> ends a line,
 * two end a paragraph. Elements without an index (removed) or marked
 * @skip_flags are left out. */
static void
emit_tree (Extractor  *ex,
           xmlNodePtr  root,
           guint       skip_flags,
           Emitter    *em)
{
  xmlNodePtr n = root;

  for (;;)
    {
      gboolean entered = enter_node (ex, n, skip_flags, em);

      if (entered && n->children != NULL)
        {
          n = n->children;
          continue;
        }
      if (entered)
        leave_node (ex, n, em);
      while (n != root && n->next == NULL)
        {
          n = n->parent;
          leave_node (ex, n, em);
        }
      if (n == root)
        break;
      n = n->next;
    }
}

static gboolean
contains_ci (const char *text,
             const char *word)
{
  gsize n = strlen (word);
  const char *p;

  for (p = text; *p != '\0'; p++)
    if (g_ascii_strncasecmp (p, word, n) == 0)
      return TRUE;

  return FALSE;
}

/* Short lines that are the site talking, not the story: a bare date, a
 * copyright notice, a call to subscribe or follow, the heading of a list
 * of other stories. */
static gboolean
is_boilerplate_paragraph (const char *text)
{
  static const char * const calls[] = {
    "newsletter", "subscribe", "sign up", "follow us", "follow me", "follow @",
    "share it", "share this", "click here", "all rights reserved", "you may also like",
    "related articles", "related stories", "read more", "recommended for you",
    "more from ", "copyright \302\251", "\302\251 copyright",
  };
  gsize len = strlen (text);
  guint i;

  if (len < 120 && px_html_looks_like_date (text))
    return TRUE;
  if (len >= 200)
    return FALSE;
  if (g_ascii_strncasecmp (text, "copyright", 9) == 0 || g_str_has_prefix (text, "\302\251"))
    return TRUE;
  for (i = 0; i < G_N_ELEMENTS (calls); i++)
    if (contains_ci (text, calls[i]))
      return TRUE;

  return FALSE;
}

static void
drop_boilerplate_paragraphs (GPtrArray *paragraphs)
{
  guint i;

  for (i = paragraphs->len; i > 0; i--)
    if (is_boilerplate_paragraph (g_ptr_array_index (paragraphs, i - 1)))
      g_ptr_array_remove_index (paragraphs, i - 1);
}

static GPtrArray *
grab_article (Extractor *ex)
{
  static const int attempts[] = {
    FLAG_STRIP_UNLIKELYS | FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY,
    FLAG_WEIGHT_CLASSES | FLAG_CLEAN_CONDITIONALLY,
    FLAG_CLEAN_CONDITIONALLY,
    0,
  };
  GPtrArray *best = NULL;
  int best_len = -1;
  char *best_byline = NULL;
  guint a;

  for (a = 0; a < G_N_ELEMENTS (attempts); a++)
    {
      g_autoptr(GArray) roots = NULL;
      Emitter em;
      int len = 0;
      guint r;

      ex->flags = attempts[a];
      index_tree (ex);
      if (ex->infos->len == 0)
        break;
      sum_tree (ex);
      mark_data_tables (ex);
      score_tree (ex);
      roots = select_roots (ex);
      for (r = 0; r < roots->len; r++)
        len += clean_root (ex, g_array_index (roots, int, r));

      em.paragraphs = g_ptr_array_new_with_free_func (g_free);
      em.buf = g_string_new (NULL);
      em.pre_depth = 0;
      em.link_depth = 0;
      em.link_bytes = 0;
      for (r = 0; r < roots->len; r++)
        {
          emit_tree (ex, info_at (ex, g_array_index (roots, int, r))->node, F_CLEANED, &em);
          flush_paragraph (&em);
        }
      g_string_free (em.buf, TRUE);
      drop_boilerplate_paragraphs (em.paragraphs);

      if (len > best_len)
        {
          if (best != NULL)
            g_ptr_array_unref (best);
          best = em.paragraphs;
          best_len = len;
          g_free (best_byline);
          best_byline = g_strdup (ex->byline);
        }
      else
        g_ptr_array_unref (em.paragraphs);
      if (len >= CHAR_THRESHOLD)
        break;
    }

  g_free (ex->byline);
  ex->byline = best_byline;

  return best;
}

static void
clear_private (xmlNodePtr root)
{
  xmlNodePtr n;

  for (n = root; n != NULL; n = px_html_next_node (n, root, TRUE))
    if (n->type == XML_ELEMENT_NODE)
      n->_private = NULL;
}

static xmlNodePtr
find_body (xmlNodePtr root)
{
  xmlNodePtr n;

  for (n = root->children; n != NULL; n = n->next)
    if (px_html_tag_is (n, "body"))
      return n;

  return root;
}

static htmlDocPtr
parse_html (const char *html,
            gsize       len)
{
  htmlParserCtxtPtr ctxt;
  htmlDocPtr doc;

  if (len > G_MAXINT)
    return NULL;
  ctxt = htmlNewParserCtxt ();
  if (ctxt == NULL)
    return NULL;
  /* The text is UTF-8 already: a <meta charset> in it must not switch the
   * decoder, so the declared encoding is ignored. */
  doc = htmlCtxtReadMemory (ctxt, html, (int) len, NULL, "UTF-8",
                            HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                            HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC |
                            XML_PARSE_HUGE);
  htmlFreeParserCtxt (ctxt);

  return doc;
}

/**
 * px_html_import:
 * @html: UTF-8 HTML
 * @len: bytes of @html
 * @builder: where the article goes
 * @error: where to report failure
 *
 * Finds the article in a web page: its text, one paragraph per block
 * (headings and list items are paragraphs of their own), without the
 * navigation, comments, share bars and footers around it; and its title,
 * byline, site, date and language from the page's metadata.
 *
 * Returns: %TRUE on success; %FALSE if the page cannot be parsed
 */
gboolean
px_html_import (const char        *html,
                gsize              len,
                PxArticleBuilder  *builder,
                GError           **error)
{
  htmlDocPtr doc;
  xmlNodePtr root;
  Extractor ex = { 0 };
  PxHtmlMeta meta;
  GPtrArray *paragraphs;
  guint i;

  g_return_val_if_fail (html != NULL || len == 0, FALSE);
  g_return_val_if_fail (builder != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  doc = parse_html (html, len);
  if (doc == NULL || (root = xmlDocGetRootElement (doc)) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error_literal (error, PX_CORE_ERROR, PX_CORE_ERROR_INVALID,
                           "The page could not be parsed as HTML");
      return FALSE;
    }

  px_html_meta_read (doc, &meta);

  ex.body = find_body (root);
  ex.title = meta.title;
  ex.infos = g_array_new (FALSE, TRUE, sizeof (Info));

  paragraphs = grab_article (&ex);
  clear_private (root);

  if (meta.title != NULL)
    px_article_builder_set_title (builder, meta.title);
  if (meta.byline != NULL || ex.byline != NULL || meta.byline_fallback != NULL)
    {
      g_autofree char *byline = px_html_clean_byline (meta.byline ? meta.byline :
                                                      ex.byline ? ex.byline :
                                                      meta.byline_fallback);

      if (byline != NULL)
        px_article_builder_set_byline (builder, byline);
    }
  if (meta.site != NULL)
    px_article_builder_set_site (builder, meta.site);
  if (meta.date != NULL)
    {
      g_autofree char *date = px_date_normalize (meta.date);

      if (date != NULL)
        px_article_builder_set_date (builder, date);
    }
  if (meta.language != NULL)
    px_article_builder_set_language (builder, meta.language);

  for (i = 0; paragraphs != NULL && i < paragraphs->len; i++)
    px_article_builder_add_paragraph (builder, g_ptr_array_index (paragraphs, i), -1);
  px_article_builder_set_n_left_out (builder, ex.n_left_out);

  if (paragraphs != NULL)
    g_ptr_array_unref (paragraphs);
  g_array_unref (ex.infos);
  g_free (ex.byline);
  px_html_meta_clear (&meta);
  xmlFreeDoc (doc);

  return TRUE;
}
