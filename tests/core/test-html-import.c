/* test-html-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "core/px-core.h"
#include "core/px-html-ld.h"

static PxArticle *
import_string (const char *html)
{
  g_autoptr(PxArticleBuilder) builder = px_article_builder_new ("test.html");
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = px_html_import (html, strlen (html), builder, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  return px_article_builder_end (g_steal_pointer (&builder));
}

static PxArticle *
import_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "html", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return import_string (contents);
}

static char *
paragraph (const PxArticle *article,
           guint            i)
{
  const PxRange *ranges;
  guint n;
  const char *text = px_article_get_text (article, NULL);

  ranges = px_article_get_paragraphs (article, &n);
  g_assert_cmpuint (i, <, n);

  return g_strndup (text + ranges[i].start, ranges[i].end - ranges[i].start);
}

static guint
n_paragraphs (const PxArticle *article)
{
  guint n = 0;

  px_article_get_paragraphs (article, &n);

  return n;
}

static gboolean
text_has (const PxArticle *article,
          const char      *needle)
{
  return strstr (px_article_get_text (article, NULL), needle) != NULL;
}

static void
test_block_walk (void)
{
  g_autoptr(PxArticle) a = import_string (
    "<html><body>"
    "<div>Fire<div>Officials</div></div>"
    "<p>One line<br>Second   line<br><br>New\n\n  paragraph</p>"
    "<p>Fish &amp; chips &eacute;t&eacute; &#8364;5&nbsp;each</p>"
    "<script>var hidden = 'script text';</script>"
    "<style>p { color: red }</style>"
    "<template>template text</template>"
    "<svg><text>svg text</text></svg>"
    "<noscript>noscript text</noscript>"
    "<p>Tail <span>inline</span><b>bold</b> end</p>"
    "</body></html>");
  g_autofree char *p0 = NULL;
  g_autofree char *p1 = NULL;
  g_autofree char *p2 = NULL;
  g_autofree char *p3 = NULL;
  g_autofree char *p4 = NULL;
  g_autofree char *p5 = NULL;

  g_assert_cmpuint (n_paragraphs (a), ==, 6);
  p0 = paragraph (a, 0);
  p1 = paragraph (a, 1);
  p2 = paragraph (a, 2);
  p3 = paragraph (a, 3);
  p4 = paragraph (a, 4);
  p5 = paragraph (a, 5);
  g_assert_cmpstr (p0, ==, "Fire");
  g_assert_cmpstr (p1, ==, "Officials");
  g_assert_cmpstr (p2, ==, "One line\nSecond line");
  g_assert_cmpstr (p3, ==, "New paragraph");
  g_assert_cmpstr (p4, ==, "Fish & chips \303\251t\303\251 \342\202\2545 each");
  g_assert_cmpstr (p5, ==, "Tail inlinebold end");
  g_assert_false (text_has (a, "script text"));
  g_assert_false (text_has (a, "color"));
  g_assert_false (text_has (a, "template text"));
  g_assert_false (text_has (a, "svg text"));
  g_assert_false (text_has (a, "noscript text"));
}

static void
test_main_content (void)
{
  g_autoptr(PxArticle) a = import_fixture ("main-content.html");
  g_autofree char *first = paragraph (a, 0);

  g_assert_true (g_str_has_prefix (first, "The old swing bridge"));
  g_assert_true (text_has (a, "\n\nFerry service ends\n\n"));
  g_assert_true (text_has (a, "\n\nCars may cross again from 6 a.m., "
                              "with a limit of 20 miles an hour.\n\n"));
  g_assert_true (text_has (a, "Lorries over 18 tonnes"));
  g_assert_true (text_has (a, "welcomed the news"));

  g_assert_false (text_has (a, "Weather and tides"));
  g_assert_false (text_has (a, "Share on a network"));
  g_assert_false (text_has (a, "Related stories"));
  g_assert_false (text_has (a, "Council approves budget"));
  g_assert_false (text_has (a, "newsletter"));
  g_assert_false (text_has (a, "About time too"));
  g_assert_false (text_has (a, "Copyright"));
  /* The headline and byline are metadata, not body text. */
  g_assert_false (text_has (a, "Harbour bridge reopens"));
  g_assert_false (text_has (a, "Marta Quill"));

  g_assert_cmpstr (px_article_get_title (a), ==, "Harbour bridge reopens after repairs");
  g_assert_cmpstr (px_article_get_byline (a), ==, "Marta Quill");
  g_assert_cmpstr (px_article_get_site (a), ==, "The Coastal Courier");
  g_assert_cmpstr (px_article_get_language (a), ==, "en-GB");
}

static void
test_inside_article (void)
{
  g_autoptr(PxArticle) a = import_fixture ("inside-article.html");
  g_autofree char *first = paragraph (a, 0);

  g_assert_true (g_str_has_prefix (first, "The lake fell to its lowest level"));
  g_assert_cmpuint (n_paragraphs (a), ==, 3);
  g_assert_true (text_has (a, "Farmers who draw water"));
  g_assert_false (text_has (a, "Updated"));
  g_assert_false (text_has (a, "dry lake bed"));
  g_assert_false (text_has (a, "drought"));
  g_assert_false (text_has (a, "Tweet"));
  g_assert_false (text_has (a, "Published"));
  g_assert_false (text_has (a, "newsletter"));

  /* A visible byline, without "By" and the time after it. */
  g_assert_cmpstr (px_article_get_byline (a), ==, "Ivo Brandt");
  g_assert_cmpstr (px_article_get_title (a), ==, "Lake levels fall to a record low this autumn");
  g_assert_cmpstr (px_article_get_language (a), ==, "en");
}

static void
test_json_ld (void)
{
  g_autoptr(PxArticle) a = import_fixture ("json-ld.html");

  g_assert_cmpstr (px_article_get_title (a), ==, "Orchard growers expect a record apple harvest");
  g_assert_cmpstr (px_article_get_byline (a), ==, "Jon Ebbe, Ria Lund & Partner");
  g_assert_cmpstr (px_article_get_site (a), ==, "Valley Gazette");
  g_assert_cmpstr (px_article_get_date (a), ==, "2021-09-14");
  g_assert_cmpstr (px_article_get_language (a), ==, "de-AT");
  g_assert_cmpuint (n_paragraphs (a), ==, 2);
}

static void
test_json_ld_references (void)
{
  g_autoptr(PxArticle) a = import_string (
    "<html><head><script type=\"application/ld+json\">"
    "{\"@context\":\"https://schema.org\",\"@graph\":["
    "{\"@type\":\"http://schema.org/BlogPosting\",\"headline\":\"Bees return to the old mill\","
    "\"author\":{\"@id\":\"#person-7\"},\"publisher\":{\"@id\":\"#org\"},"
    "\"datePublished\":\"2020-05-06\"},"
    "{\"@type\":\"Person\",\"@id\":\"#person-7\",\"name\":\"Noor Haddad\"},"
    "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Mill Notes\"}]}"
    "</script></head><body><p>A colony of bees has settled in the wall of the old mill again, "
    "ten years after the last one left.</p></body></html>");

  g_assert_cmpstr (px_article_get_title (a), ==, "Bees return to the old mill");
  g_assert_cmpstr (px_article_get_byline (a), ==, "Noor Haddad");
  g_assert_cmpstr (px_article_get_site (a), ==, "Mill Notes");
  g_assert_cmpstr (px_article_get_date (a), ==, "2020-05-06");
}

static void
test_opengraph (void)
{
  g_autoptr(PxArticle) a = import_fixture ("opengraph.html");

  g_assert_cmpstr (px_article_get_title (a), ==,
                   "La biblioth\303\250que municipale rouvre ses portes");
  g_assert_cmpstr (px_article_get_byline (a), ==, "Claire Dumont");
  g_assert_cmpstr (px_article_get_site (a), ==, "Le Petit Quotidien");
  g_assert_cmpstr (px_article_get_date (a), ==, "2019-03-05");
  g_assert_cmpstr (px_article_get_language (a), ==, "fr");
  g_assert_cmpuint (n_paragraphs (a), ==, 2);
}

static void
test_title_and_time (void)
{
  g_autoptr(PxArticle) a = import_fixture ("title-time.html");

  g_assert_cmpstr (px_article_get_title (a), ==, "Night trains return to the northern line");
  g_assert_cmpstr (px_article_get_site (a), ==, "Rail Weekly");
  g_assert_cmpstr (px_article_get_date (a), ==, "2018-11-02");
  g_assert_cmpstr (px_article_get_language (a), ==, "en-US");
  g_assert_null (px_article_get_byline (a));
  g_assert_true (text_has (a, "sleeper carriages"));
}

static void
test_title_suffixes (void)
{
  static const struct { const char *title; const char *expected; } cases[] = {
    { "Storm closes mountain pass for a week | Alpine Post",
      "Storm closes mountain pass for a week" },
    { "Storm closes mountain pass - Part two - Alpine Post",
      "Storm closes mountain pass - Part two" },
    { "News \302\273 Storm closes the mountain pass", "Storm closes the mountain pass" },
    /* Too short once cut: kept whole. */
    { "Snow | Alpine Post", "Snow | Alpine Post" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = g_strdup_printf ("<html><head><title>%s</title></head><body>"
                                               "<p>Some text of the page, long enough.</p>"
                                               "</body></html>", cases[i].title);
      g_autoptr(PxArticle) a = import_string (html);

      g_assert_cmpstr (px_article_get_title (a), ==, cases[i].expected);
    }
}

static void
test_malformed (void)
{
  g_autoptr(PxArticle) a = import_fixture ("malformed.html");

  g_assert_true (text_has (a, "The first paragraph is never closed"));
  g_assert_true (text_has (a, "bold text that never ends"));
  g_assert_true (text_has (a, "an entity \303\251t\303\251"));
  g_assert_true (text_has (a, "Nested inside a div"));
  g_assert_false (text_has (a, "The first paragraph is never closed, and it runs on for a while, "
                               "with commas, to look like proseThe second"));
}

static void
test_deep_nesting (void)
{
  const guint depth = 100000;
  GString *html = g_string_new ("<html><body><p>Text before the nesting, a sentence.</p>");
  g_autoptr(PxArticle) a = NULL;
  guint i;

  for (i = 0; i < depth; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "Deep inside.");
  for (i = 0; i < depth; i++)
    g_string_append (html, "</div>");
  g_string_append (html, "<p>Text after the nesting.</p></body></html>");

  a = import_string (html->str);
  g_assert_true (text_has (a, "Text before the nesting"));
  g_string_free (html, TRUE);

  /* Unclosed inline elements nest as deeply. */
  html = g_string_new ("<html><body>");
  for (i = 0; i < depth; i++)
    g_string_append (html, "<b><i>x ");
  g_string_append (html, "</body></html>");
  {
    g_autoptr(PxArticle) b = import_string (html->str);

    g_assert_nonnull (b);
  }
  g_string_free (html, TRUE);
}

/* Past the element limit the rest of the page is not read, and the
 * article says so. */
static void
test_element_limit (void)
{
  GString *html = g_string_new ("<html><body><article><p>The opening paragraph of a long page.</p>");
  g_autoptr(PxArticle) small = NULL;
  g_autoptr(PxArticle) a = NULL;
  g_autofree char *message = NULL;
  guint i;

  small = import_string (html->str);
  g_assert_cmpuint (px_article_get_n_left_out (small), ==, 0);
  g_assert_null (px_import_describe_left_out (small));

  for (i = 0; i < PX_IMPORT_MAX_ELEMENTS; i++)
    g_string_append (html, "<br>");
  g_string_append (html, "<p>The closing paragraph, past the limit.</p></article></body></html>");

  a = import_string (html->str);
  g_assert_true (text_has (a, "The opening paragraph"));
  g_assert_false (text_has (a, "The closing paragraph"));
  g_assert_cmpuint (px_article_get_n_left_out (a), >, 0);
  message = px_import_describe_left_out (a);
  g_assert_cmpstr (message, ==, "The page has more than 500000 elements: only the text of the "
                                "first 500000 was read");
  g_string_free (html, TRUE);
}

static void
test_encoding (void)
{
  g_autoptr(PxArticle) a = import_fixture ("encoding.html");

  /* The input is UTF-8 whatever the page declares. */
  g_assert_cmpstr (px_article_get_title (a), ==, "Le caf\303\251 du port");
  g_assert_true (text_has (a, "Un caf\303\251 au comptoir co\303\273te"));
}

static void
test_invalid_utf8 (void)
{
  static const char page[] =
    "<html><head><title>Bad \xff bytes</title><meta name=\"author\" content=\"A\xc3\"></head>"
    "<body><p>Caf\xe9 au lait \xf0\x9f and more words, to make a paragraph.</p></body></html>";
  g_autoptr(PxArticle) a = import_string (page);
  const char *text = px_article_get_text (a, NULL);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (px_article_get_title (a) == NULL ||
                 g_utf8_validate (px_article_get_title (a), -1, NULL));
  g_assert_true (px_article_get_byline (a) == NULL ||
                 g_utf8_validate (px_article_get_byline (a), -1, NULL));
  g_assert_true (text_has (a, "au lait"));
}

static void
test_empty_body (void)
{
  static const char * const pages[] = {
    "<html><head><title>Nothing here</title></head><body></body></html>",
    "<html><body><script>only();</script><div style=\"display:none\">hidden</div></body></html>",
    "<html><body>   \n  </body></html>",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(PxArticleBuilder) builder = px_article_builder_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new_static (pages[i], strlen (pages[i]));
      g_autoptr(PxArticle) article = NULL;
      gboolean ok;

      ok = px_html_import (pages[i], strlen (pages[i]), builder, &error);
      if (ok)
        g_assert_cmpuint (px_article_builder_get_n_paragraphs (builder), ==, 0);
      else
        g_assert_error (error, PX_CORE_ERROR, PX_CORE_ERROR_INVALID);
      g_clear_error (&error);

      article = px_import_bytes (bytes, "page.html", &error);
      g_assert_null (article);
      g_assert_nonnull (error);
      g_assert_true (error->domain == PX_CORE_ERROR);
    }
}

static void
test_hidden_and_roles (void)
{
  g_autoptr(PxArticle) a = import_string (
    "<html><body><div class=\"content\">"
    "<p>Visible paragraph with enough words to count as prose, and a comma.</p>"
    "<p hidden>Hidden by attribute.</p>"
    "<p style=\"display: none\">Hidden by style.</p>"
    "<div aria-hidden=\"true\">Hidden from assistive technology.</div>"
    "<div role=\"navigation\">Navigation text with as many words as the prose above, and a comma.</div>"
    "</div></body></html>");

  g_assert_true (text_has (a, "Visible paragraph"));
  g_assert_false (text_has (a, "Hidden by"));
  g_assert_false (text_has (a, "assistive"));
  /* Dropped for its role alone: it has no links and reads like prose. */
  g_assert_false (text_has (a, "Navigation text"));
}

static void
test_json_reader (void)
{
  static const char * const garbage[] = {
    "", "{", "[", "}", "]]]]", "{\"a\":", "{\"a\" \"b\"}", "{,,,}", "[1,,2,]",
    "{\"a\":\"unterminated", "\"\\u12", "\"\\ud800\"", "{'single': 'quotes'}",
    "<!-- {\"@type\": \"NewsArticle\"} -->", "nul\\u0000l", "{:}", "[{]}", "{{{{",
  };
  static const char wrapped[] =
    "<![CDATA[ {\"name\": \"A \\\"quoted\\\" caf\\u00e9\", \"n\": [1, 2, 3,],"
    " \"o\": {\"k\": true}} ]]>";
  g_autoptr(PxLdValue) v = NULL;
  GString *deep;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (garbage); i++)
    {
      PxLdValue *g = px_ld_parse (garbage[i], strlen (garbage[i]));

      px_ld_free (g);
    }

  v = px_ld_parse (wrapped, strlen (wrapped));
  g_assert_nonnull (v);
  g_assert_cmpstr (px_ld_get_string (v, "name"), ==, "A \"quoted\" caf\303\251");
  g_assert_cmpuint (px_ld_length (px_ld_get (v, "n")), ==, 3);
  g_assert_cmpint (px_ld_get (px_ld_get (v, "o"), "k")->kind, ==, PX_LD_BOOL);
  g_assert_null (px_ld_get (v, "missing"));

  deep = g_string_new (NULL);
  for (i = 0; i < 200000; i++)
    g_string_append_c (deep, '[');
  px_ld_free (px_ld_parse (deep->str, deep->len));
  g_string_free (deep, TRUE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/html-import/block-walk", test_block_walk);
  g_test_add_func ("/core/html-import/main-content", test_main_content);
  g_test_add_func ("/core/html-import/inside-article", test_inside_article);
  g_test_add_func ("/core/html-import/json-ld", test_json_ld);
  g_test_add_func ("/core/html-import/json-ld-references", test_json_ld_references);
  g_test_add_func ("/core/html-import/opengraph", test_opengraph);
  g_test_add_func ("/core/html-import/title-and-time", test_title_and_time);
  g_test_add_func ("/core/html-import/title-suffixes", test_title_suffixes);
  g_test_add_func ("/core/html-import/malformed", test_malformed);
  g_test_add_func ("/core/html-import/deep-nesting", test_deep_nesting);
  g_test_add_func ("/core/html-import/element-limit", test_element_limit);
  g_test_add_func ("/core/html-import/encoding", test_encoding);
  g_test_add_func ("/core/html-import/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/core/html-import/empty-body", test_empty_body);
  g_test_add_func ("/core/html-import/hidden-and-roles", test_hidden_and_roles);
  g_test_add_func ("/core/html-import/json-reader", test_json_reader);

  return g_test_run ();
}
