/* test-text-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "core/px-core.h"

static PxArticle *
import_string (const char *text,
               gboolean    markdown)
{
  PxArticleBuilder *builder = px_article_builder_new (NULL);

  if (markdown)
    px_markdown_import (text, strlen (text), builder);
  else
    px_text_import (text, strlen (text), builder);

  return px_article_builder_end (builder);
}

static void
assert_no_substring (PxArticle  *article,
                     const char *needle)
{
  const char *text = px_article_get_text (article, NULL);

  if (strstr (text, needle) != NULL)
    g_error ("“%s” survived in “%s”", needle, text);
}

/* ------------------------------------------------------------ fixtures */

/* NAME.expected: "key: value" lines (a key left out expects no value),
 * a line "---", then the article text exactly. */
typedef struct {
  char *title;
  char *byline;
  char *site;
  char *date;
  char *dateline;
  char *language;
  char *text;
} Expected;

static void
expected_clear (Expected *e)
{
  g_free (e->title);
  g_free (e->byline);
  g_free (e->site);
  g_free (e->date);
  g_free (e->dateline);
  g_free (e->language);
  g_free (e->text);
}

static void
read_expected (const char *path,
               Expected   *e)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *p;

  memset (e, 0, sizeof *e);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  p = contents;
  while (*p)
    {
      char *nl = strchr (p, '\n');
      char *colon;

      g_assert_nonnull (nl);
      *nl = '\0';
      if (strcmp (p, "---") == 0)
        {
          p = nl + 1;
          break;
        }
      colon = strstr (p, ": ");
      g_assert_nonnull (colon);
      *colon = '\0';
      if (strcmp (p, "title") == 0)
        e->title = g_strdup (colon + 2);
      else if (strcmp (p, "byline") == 0)
        e->byline = g_strdup (colon + 2);
      else if (strcmp (p, "site") == 0)
        e->site = g_strdup (colon + 2);
      else if (strcmp (p, "date") == 0)
        e->date = g_strdup (colon + 2);
      else if (strcmp (p, "dateline") == 0)
        e->dateline = g_strdup (colon + 2);
      else if (strcmp (p, "language") == 0)
        e->language = g_strdup (colon + 2);
      else
        g_error ("unknown key “%s” in %s", p, path);
      p = nl + 1;
    }

  e->text = g_strchomp (g_strdup (p));
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "text", name, NULL);
  g_autofree char *stem = g_strndup (name, strrchr (name, '.') - name);
  g_autofree char *expected_name = g_strconcat (stem, ".expected", NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "text",
                                                          expected_name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = NULL;
  Expected e;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  read_expected (expected_path, &e);

  {
    PxArticleBuilder *builder = px_article_builder_new (path);

    if (g_str_has_suffix (name, ".md"))
      px_markdown_import (contents, len, builder);
    else
      px_text_import (contents, len, builder);
    article = px_article_builder_end (builder);
  }

  g_assert_cmpstr (px_article_get_title (article), ==, e.title);
  g_assert_cmpstr (px_article_get_byline (article), ==, e.byline);
  g_assert_cmpstr (px_article_get_site (article), ==, e.site);
  g_assert_cmpstr (px_article_get_date (article), ==, e.date);
  g_assert_cmpstr (px_article_get_dateline (article), ==, e.dateline);
  g_assert_cmpstr (px_article_get_language (article), ==, e.language);
  g_assert_cmpstr (px_article_get_text (article, NULL), ==, e.text);

  expected_clear (&e);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static GPtrArray *
list_fixtures (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "text", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return names;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".md"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  return names;
}

/* ------------------------------------------------------------- features */

static void
test_whitespace (void)
{
  g_autoptr(PxArticle) article =
    import_string ("Alpha\xc2\xa0" "beta\tgamma   delta.  \r\n\r\n"
                   "Second\xe2\x80\x8b paragraph\r\rwith CR only.\f"
                   "After a form feed.\n", FALSE);
  guint n;

  px_article_get_paragraphs (article, &n);
  g_assert_cmpstr (px_article_get_text (article, NULL), ==,
                   "Alpha beta gamma delta.\n\nSecond paragraph\n\nwith CR only.\n\n"
                   "After a form feed.");
  g_assert_cmpuint (n, ==, 4);
}

static void
test_reflow (void)
{
  /* mid-sentence wraps join; the short last line ends the paragraph */
  g_autoptr(PxArticle) wrapped =
    import_string ("The harbour board met on Thursday to discuss the cost of\n"
                   "dredging the channel, which has silted up twice in the past\n"
                   "year and now limits the size of ships that can reach the\n"
                   "quay.\n"
                   "A decision is expected next month after the board has seen\n"
                   "the results of a survey of the seabed near the breakwater.\n", FALSE);
  /* one sentence per line stays apart, whatever the lengths */
  g_autoptr(PxArticle) lines =
    import_string ("The harbour board met on Thursday.\n"
                   "It discussed the cost of dredging the channel, which has silted up twice in the past year.\n"
                   "A decision is expected next month.\n"
                   "The survey will start on Monday.\n", FALSE);
  guint n;

  px_article_get_paragraphs (wrapped, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (px_article_get_text (wrapped, NULL), ==,
                   "The harbour board met on Thursday to discuss the cost of dredging the channel, "
                   "which has silted up twice in the past year and now limits the size of ships "
                   "that can reach the quay.\n\n"
                   "A decision is expected next month after the board has seen the results of a "
                   "survey of the seabed near the breakwater.");

  px_article_get_paragraphs (lines, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_null (px_article_get_title (lines));
}

static void
test_hyphens (void)
{
  static const struct {
    const char *first;
    const char *second;
    const char *expected;
  } cases[] = {
    { "well-", "known", "well-known" },
    { "impor-", "tant", "important" },
    { "govern-", "ment", "government" },
    { "self-", "employed", "self-employed" },
    { "state-", "run", "state-run" },
    { "U.S.-", "backed", "U.S.-backed" },
    { "Britain-", "based", "Britain-based" },
    { "five-", "month", "five-month" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
        g_strdup_printf ("The council heard that the plan for the harbour was a %s\n"
                         "%s idea which the members of the board had discussed at\n"
                         "length on Monday and again on Tuesday before they voted\n"
                         "on it.\n", cases[i].first, cases[i].second);
      g_autoptr(PxArticle) article = import_string (text, FALSE);
      g_autofree char *want = g_strdup_printf ("was a %s idea", cases[i].expected);

      g_test_message ("case %u: %s", i, px_article_get_text (article, NULL));
      g_assert_nonnull (strstr (px_article_get_text (article, NULL), want));
    }

  /* the text itself says how a word is spelled */
  {
    g_autoptr(PxArticle) article =
      import_string ("The inter-\nnational team met the international press and the board\n"
                     "agreed to publish the findings of the team on the website on\n"
                     "Friday morning before the markets opened for the day.\n", FALSE);

    g_assert_nonnull (strstr (px_article_get_text (article, NULL), "The international team"));
  }
  /* dashes at a line end keep a space */
  {
    g_autoptr(PxArticle) article =
      import_string ("The mayor said the plan -- which the council rejected --\n"
                     "would have cost more than the town could pay in a year and\n"
                     "that the board would have to find another way to do it.\n", FALSE);

    g_assert_nonnull (strstr (px_article_get_text (article, NULL), "rejected -- would"));
  }
}

static void
test_titles (void)
{
  static const struct {
    const char *text;
    const char *title;
    guint n_paragraphs;
  } cases[] = {
    /* a single line is text, not a title */
    { "A short report.", NULL, 1 },
    { "Flood warning for the coast", NULL, 1 },
    { "Flood warning for the coast\n\nThe coast guard issued a warning on Friday.", "Flood warning for the coast", 1 },
    { "Will the bridge reopen?\n\nThe council will decide on Monday.", "Will the bridge reopen?", 1 },
    /* a full stop makes a sentence */
    { "The council met.\n\nIt voted on Monday.", NULL, 2 },
    /* a hard-wrapped first line is not a title */
    { "Secretary of\nState Mira Holm said on Monday that the talks would go on\n"
      "despite the differences, and that both sides wanted to reach a\n"
      "deal before the end of the month, when the current truce ends.\n", NULL, 1 },
    { "Title: Port strike ends\nThe dock workers returned on Monday.", "Port strike ends", 1 },
    /* a last line without a full stop in one-sentence-per-line text is text */
    { "The dock workers returned on Monday.\nThe union said the deal was fair.\n"
      "The port reopened.\nShips queued outside the harbour all day\n", NULL, 4 },
    /* a Markdown paragraph's first line is not a title */
    { "Some words\nmore words of the same paragraph.\n\nAnother one.", NULL, 2 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean markdown = g_str_has_prefix (cases[i].text, "Some words");
      g_autoptr(PxArticle) article = import_string (cases[i].text, markdown);
      guint n;

      g_test_message ("case %u", i);
      g_assert_cmpstr (px_article_get_title (article), ==, cases[i].title);
      px_article_get_paragraphs (article, &n);
      g_assert_cmpuint (n, ==, cases[i].n_paragraphs);
    }
}

static void
test_bylines (void)
{
  static const struct {
    const char *head;
    const char *byline;
    const char *site;
  } cases[] = {
    { "By John Smith", "John Smith", NULL },
    { "By JOHN SMITH and Jane Doe", "John Smith and Jane Doe", NULL },
    { "BY MARIA DE LA CRUZ", "Maria De La Cruz", NULL },
    { "by Ana O'NEILL-BRANDT", "Ana O'Neill-Brandt", NULL },
    { "By Jane Roe, Staff Writer", "Jane Roe", NULL },
    { "By JANE ROE, Associated Press", "Jane Roe", "Associated Press" },
    { "By Jane Roe, Harbor Wire", "Jane Roe", "Harbor Wire" },
    { "By Jane Roe\nStaff Writer", "Jane Roe", NULL },
    { "Josh Wilder\nForeign Correspondent", "Josh Wilder", NULL },
    { "Lena van der Berg\nAssociated Press", "Lena van der Berg", NULL },
    { "Written by Pia Lund", "Pia Lund", NULL },
    /* not bylines */
    { "By noon the water had gone.", NULL, NULL },
    { "By Tuesday, the council had voted.", NULL, NULL },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
        g_strdup_printf ("Ferry strike ends\n\n%s\n\nThe ferry crews returned to work on Monday.\n",
                         cases[i].head);
      g_autoptr(PxArticle) article = import_string (text, FALSE);

      g_test_message ("case %u: %s", i, cases[i].head);
      g_assert_cmpstr (px_article_get_byline (article), ==, cases[i].byline);
      g_assert_cmpstr (px_article_get_site (article), ==, cases[i].site);
      if (cases[i].byline != NULL)
        g_assert_cmpstr (px_article_get_text (article, NULL), ==,
                         "The ferry crews returned to work on Monday.");
    }
}

static void
test_datelines (void)
{
  static const struct {
    const char *first;
    const char *dateline;
    const char *site;
    const char *date;
    const char *rest;
  } cases[] = {
    { "BEIJING, Oct. 24 (Xinhuanet) -- Diplomats met.", "BEIJING, Oct. 24", "Xinhuanet", NULL, "Diplomats met." },
    { "MOSCOW (AP) \xe2\x80\x94 Diplomats met.", "MOSCOW", "AP", NULL, "Diplomats met." },
    { "MOSCOW The agency said diplomats met.", "MOSCOW", NULL, NULL, "The agency said diplomats met." },
    { "BEIRUT // Diplomats met.", "BEIRUT", NULL, NULL, "Diplomats met." },
    { "WASHINGTON, D.C. - Diplomats met.", "WASHINGTON, D.C.", NULL, NULL, "Diplomats met." },
    { "VARNO CITY, March 3 (Meridian Wire) -- Diplomats met.", "VARNO CITY, March 3", "Meridian Wire", NULL, "Diplomats met." },
    { "LONDON, March 3, 2031 (Reuters) - Diplomats met.", "LONDON, March 3, 2031", "Reuters", "2031-03-03", "Diplomats met." },
    { "PARIS, 3 March 2031 (AFP) - Diplomats met.", "PARIS, 3 March 2031", "AFP", "2031-03-03", "Diplomats met." },
    { "SAN MARCO, Costa Verde (AP) \xe2\x80\x94 Diplomats met.", "SAN MARCO, Costa Verde", "AP", NULL, "Diplomats met." },
    { "Kestra, May 2 (Harbor Wire) - Diplomats met.", "Kestra, May 2", "Harbor Wire", NULL, "Diplomats met." },
    { "ZÜRICH: Diplomats met.", "ZÜRICH", NULL, NULL, "Diplomats met." },
    { "\"MOSCOW\" is not a dateline.", NULL, NULL, NULL, NULL },
    /* not datelines */
    { "U.S. officials said diplomats met.", NULL, NULL, NULL, NULL },
    { "NATO said diplomats met.", NULL, NULL, NULL, NULL },
    { "UPDATE: Diplomats met.", NULL, NULL, NULL, NULL },
    { "Russia, the host, said diplomats met.", NULL, NULL, NULL, NULL },
    { "Moscow - the capital - hosted the talks.", NULL, NULL, NULL, NULL },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s\n\nA second paragraph.\n", cases[i].first);
      g_autoptr(PxArticle) article = import_string (text, FALSE);
      const char *body = px_article_get_text (article, NULL);

      g_test_message ("case %u: %s", i, cases[i].first);
      g_assert_cmpstr (px_article_get_dateline (article), ==, cases[i].dateline);
      g_assert_cmpstr (px_article_get_site (article), ==, cases[i].site);
      g_assert_cmpstr (px_article_get_date (article), ==, cases[i].date);
      if (cases[i].rest != NULL)
        g_assert_true (g_str_has_prefix (body, cases[i].rest));
      else
        g_assert_true (g_str_has_prefix (body, cases[i].first));
    }
}

static void
test_dates (void)
{
  static const struct {
    const char *line;
    const char *date;
  } cases[] = {
    { "March 3, 2031", "2031-03-03" },
    { "Monday, March 3, 2031", "2031-03-03" },
    { "Published: 2031-03-03 10:42 GMT", "2031-03-03" },
    { "Updated on 3 March 2031", "2031-03-03" },
    { "By Ana Sorel | March 3, 2031", "2031-03-03" },
    { "Posted March 3", NULL },
    { "By noon | March 3, 2031", NULL },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
        g_strdup_printf ("Dam inspection ordered\n\n%s\n\nThe ministry ordered an inspection.\n",
                         cases[i].line);
      g_autoptr(PxArticle) article = import_string (text, FALSE);

      g_test_message ("case %u: %s", i, cases[i].line);
      g_assert_cmpstr (px_article_get_date (article), ==, cases[i].date);
      if (cases[i].date != NULL)
        g_assert_cmpstr (px_article_get_text (article, NULL), ==, "The ministry ordered an inspection.");
    }

  /* a header date wins over the dateline's; a caption's date is not the article's */
  {
    g_autoptr(PxArticle) article =
      import_string ("Dam inspection ordered\n\nMarch 4, 2031\n\n"
                     "LONDON, March 3, 2031 (Reuters) - The ministry ordered an inspection.\n", FALSE);
    g_autoptr(PxArticle) caption =
      import_string ("Dam inspection ordered\n\n"
                     "FILE - In this June 2, 2029, photo, engineers walk on the dam.\n\n"
                     "The ministry ordered an inspection.\n", FALSE);

    g_assert_cmpstr (px_article_get_date (article), ==, "2031-03-04");
    g_assert_null (px_article_get_date (caption));
  }
}

static void
test_captions (void)
{
  static const char * const captions[] = {
    "Photo: Rescue boats on the river on Monday.",
    "(Photo: Harbor Wire)",
    "FILE - In this June 2, 2029, photo, engineers walk on the dam wall.",
    "In this photo taken on Sunday, water pours over the dam.",
    "In this image released by the ministry, divers search the reservoir.",
    "The minister, left, looks on as engineers inspect the dam wall on Monday",
    "Engineers inspect the broken wall of the dam above the town on Monday morning before the rain",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (captions); i++)
    {
      g_autofree char *text =
        g_strdup_printf ("Dam inspection ordered\n\n%s\n\nThe ministry ordered an inspection.\n\n"
                         "Engineers will start on Monday.\n", captions[i]);
      g_autoptr(PxArticle) article = import_string (text, FALSE);

      g_test_message ("case %u: %s", i, captions[i]);
      g_assert_cmpstr (px_article_get_title (article), ==, "Dam inspection ordered");
      g_assert_cmpstr (px_article_get_text (article, NULL), ==,
                       "The ministry ordered an inspection.\n\nEngineers will start on Monday.");
    }

  /* a first paragraph that is a sentence stays */
  {
    g_autoptr(PxArticle) article =
      import_string ("Dam inspection ordered\n\nThe ministry ordered an inspection of the dam on Monday.\n\n"
                     "Engineers will start on Monday.\n", FALSE);
    guint n;

    px_article_get_paragraphs (article, &n);
    g_assert_cmpuint (n, ==, 2);
  }
}

static void
test_boilerplate (void)
{
  static const char * const lines[] = {
    "Comments About This Article",
    "Please fill the fields below.",
    "Leave a comment",
    "(Source: CoastNet.example)",
    "Source: Harbor Wire",
    "jroe@example.org",
    "Jane Roe can be reached at jroe@example.org.",
    "Share this article",
    "Share this:",
    "Follow us on Twitter",
    "Follow Jane Roe on Twitter: @janeroe",
    "Subscribe to our newsletter",
    "Sign up for our newsletter to get the news first",
    "Copyright \xc2\xa9 2031 Harbor Wire. All rights reserved.",
    "\xc2\xa9 2031 Harbor Wire",
    "All rights reserved.",
    "(Reporting by Ana Weller; Editing by Tom Frost)",
    "Read more: Ferry fares to rise",
    "Related: Ferry fares to rise",
    "Tags: ferries, harbour, strike",
    "https://example.org/ferries",
    "* * *",
    "-30-",
    "###",
    "Advertisement",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text =
        g_strdup_printf ("Ferry strike ends\n\nThe ferry crews returned to work on Monday.\n\n"
                         "The union said the deal was fair.\n\n%s\n\n", lines[i]);
      g_autofree char *text_lines =
        g_strdup_printf ("The ferry crews returned to work on Monday.\nThe union said the deal was fair.\n%s\n",
                         lines[i]);
      g_autoptr(PxArticle) article = import_string (text, FALSE);
      g_autoptr(PxArticle) packed = import_string (text_lines, FALSE);

      g_test_message ("case %u: %s", i, lines[i]);
      g_assert_cmpstr (px_article_get_text (article, NULL), ==,
                       "The ferry crews returned to work on Monday.\n\nThe union said the deal was fair.");
      g_assert_cmpstr (px_article_get_text (packed, NULL), ==,
                       "The ferry crews returned to work on Monday.\n\nThe union said the deal was fair.");
    }

  /* boilerplate words inside the story are the story */
  {
    g_autoptr(PxArticle) article =
      import_string ("Copyright lawyers said the ruling was a surprise.\n\n"
                     "Readers can leave a comment on the ruling until Friday.\n", FALSE);
    guint n;

    px_article_get_paragraphs (article, &n);
    g_assert_cmpuint (n, ==, 2);
  }

  /* the headline again at the end goes; another last line stays */
  {
    g_autoptr(PxArticle) repeated =
      import_string ("Ferry strike ends\n\nThe ferry crews returned to work on Monday.\n\n"
                     "The union said the deal was fair.\n\nFerry strike ends\n", FALSE);
    g_autoptr(PxArticle) other =
      import_string ("Ferry strike ends\n\nThe ferry crews returned to work on Monday.\n\n"
                     "The union said the deal was fair.\n\nWhat the deal means for fares\n", FALSE);
    guint n;

    g_assert_cmpstr (px_article_get_text (repeated, NULL), ==,
                     "The ferry crews returned to work on Monday.\n\nThe union said the deal was fair.");
    px_article_get_paragraphs (other, &n);
    g_assert_cmpuint (n, ==, 3);
  }
}

static void
test_markdown_inline (void)
{
  static const struct {
    const char *md;
    const char *text;
  } cases[] = {
    { "Some *emphasis*, **bold** and __strong__ words.", "Some emphasis, bold and strong words." },
    { "A [link](https://example.org/a_b) and [a reference][ref].", "A link and a reference." },
    { "An ![image](x.png) between words.", "An between words." },
    { "Run `make check` now.", "Run make check now." },
    { "5 * 3 = 15 and snake_case_name stay.", "5 * 3 = 15 and snake_case_name stay." },
    { "Escaped \\*stars\\* stay.", "Escaped *stars* stay." },
    { "Tags <b>go</b> away<br>here.", "Tags go away here." },
    { "An <https://example.org> autolink.", "An https://example.org autolink." },
    { "Fish &amp; chips &mdash; cheap.", "Fish & chips \xe2\x80\x94 cheap." },
    { "~~Struck~~ text.", "Struck text." },
    { "A [link that\nwraps](https://example.org) here.", "A link that wraps here." },
    { "Unclosed [bracket and (paren.", "Unclosed [bracket and (paren." },
    { "[sic] stays.", "[sic] stays." },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PxArticle) article = import_string (cases[i].md, TRUE);

      g_test_message ("case %u: %s", i, cases[i].md);
      g_assert_cmpstr (px_article_get_text (article, NULL), ==, cases[i].text);
    }
}

static void
test_markdown_blocks (void)
{
  g_autoptr(PxArticle) article =
    import_string ("Intro paragraph with no heading before it.\n\n"
                   "# Real title\n\n"
                   "<!-- a comment\nover lines -->\n"
                   "> quoted line one\n> quoted line two\n\n"
                   "* first item\n* second item\n  continued\n\n"
                   "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
                   "    indented code\n\n"
                   "~~~\nfenced\n~~~\n\n"
                   "Last.\n", TRUE);

  g_assert_cmpstr (px_article_get_title (article), ==, "Real title");
  g_assert_cmpstr (px_article_get_text (article, NULL), ==,
                   "Intro paragraph with no heading before it.\n\n"
                   "quoted line one quoted line two\n\n"
                   "first item\n\nsecond item continued\n\n"
                   "a b\n\n1 2\n\nLast.");
}

static void
test_robust (void)
{
  static const char * const inputs[] = {
    "", " ", "\n\n\n", "\r\r\r", "\f", "---", "---\ntitle: x\n", "#", "# ", "[", "![", "](",
    "**", "__init__", "<!--", "-->", "By", "By ", "MOSCOW", "MOSCOW --", "(", "(AP) --",
    "\xff\xfe\xfd", "a\xc3", "Photo:", "\xc2\xa0\xc2\xa0", "```", "> > >", "1.", "- ",
    "Title\n\n", "\n\nBy Jane Roe\n\n", "Share this article", "@", "a@b.c",
  };
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(PxArticle) text = import_string (inputs[i], FALSE);
      g_autoptr(PxArticle) md = import_string (inputs[i], TRUE);

      g_assert_true (g_utf8_validate (px_article_get_text (text, NULL), -1, NULL));
      g_assert_true (g_utf8_validate (px_article_get_text (md, NULL), -1, NULL));
    }

  /* random bytes */
  for (i = 0; i < 200; i++)
    {
      static const char alphabet[] = "aB .,-\n\n\r\t*_[]()!#>`<-@:|/\xc3\xa9\xe2\x80\x94";
      char buf[300];
      guint n = g_rand_int_range (rand, 0, sizeof buf);
      guint j;
      PxArticleBuilder *builder;
      g_autoptr(PxArticle) article = NULL;

      for (j = 0; j < n; j++)
        buf[j] = g_rand_boolean (rand) ? alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)]
                                       : (char) g_rand_int_range (rand, 1, 256);
      builder = px_article_builder_new (NULL);
      if (i % 2)
        px_markdown_import (buf, n, builder);
      else
        px_text_import (buf, n, builder);
      article = px_article_builder_end (builder);
      g_assert_true (g_utf8_validate (px_article_get_text (article, NULL), -1, NULL));
    }

  /* pathological long lines finish (a quadratic scan would not) */
  for (i = 0; i < 400000; i++)
    g_string_append (big, "[*_<&`");
  {
    g_autoptr(PxArticle) md = import_string (big->str, TRUE);
    g_autoptr(PxArticle) text = import_string (big->str, FALSE);

    g_assert_nonnull (md);
    g_assert_nonnull (text);
  }
  g_string_truncate (big, 0);
  for (i = 0; i < 200000; i++)
    g_string_append (big, "word-\nnext ");
  {
    g_autoptr(PxArticle) text = import_string (big->str, FALSE);

    g_assert_nonnull (text);
  }
}

/* -------------------------------------------------------------- samples */

typedef struct {
  const char *file;
  const char *title;
  const char *byline;
  const char *site;
  const char *date;
  const char *dateline;
  const char *first_words;
  const char *last_words;
} Sample;

static const Sample samples[] = {
  { "dam-meridian-wire.txt", "Dam breach floods Palimor valley, at least 12 dead",
    "Ana Sorel and Piet Vandam", "Meridian Wire", "2031-03-03", "PALIMOR, March 3",
    "At least 12 people were killed", "remained cut." },
  { "dam-radio-teskan-cp1252.txt", "Evacuees fill Palimor schools as dam toll reaches 13",
    NULL, "Radio Teskan", "2031-03-03", "PALIMOR, March 3, 2031",
    "Thirteen people have died", "cut off from the mains." },
  { "dam-oru-valley-herald.md", "Palimor buries its first victims as questions grow over dam",
    "Lena Marsh", "Oru Valley Herald", "2031-03-04", "PALIMOR",
    "Officials confirmed on Tuesday that 14 people died", "all but rescue vehicles." },
  { "dam-teskan-courier.html", "Palimor dam toll rises to more than 15 as search goes on",
    "Tomas Reyl", "Teskan Courier", "2031-03-04", NULL,
    "More than 15 people are dead", "two smaller dams upstream." },
};

static const char * const sample_boilerplate[] = {
  "Comments About This Article", "Please fill the fields below", "Leave a comment",
  "Share this article", "Follow us on", "Subscribe", "Copyright", "All rights reserved",
  "(Source:", "@", "Photo:", "Related stories", "Comments (3)", "About us", "Thoughts with",
  "Facebook", "Oru River levels highest",
};

static char *
samples_dir (void)
{
  const char *env = g_getenv ("PARALLAX_SAMPLES");

  if (env != NULL)
    return g_strdup (env);

  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", NULL);
}

static void
test_sample (gconstpointer data)
{
  const Sample *s = data;
  g_autofree char *dir = samples_dir ();
  g_autofree char *path = g_build_filename (dir, s->file, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxArticle) article = px_import_file (file, NULL, &error);
  const char *text;
  guint i;

  g_assert_no_error (error);
  g_assert_nonnull (article);

  /* The HTML importer is another piece; until it reads pages, say so. */
  if (g_str_has_suffix (s->file, ".html") && px_article_get_title (article) == NULL)
    {
      g_test_incomplete ("the HTML importer does not read this page's metadata yet");
      return;
    }

  text = px_article_get_text (article, NULL);
  g_assert_cmpstr (px_article_get_title (article), ==, s->title);
  g_assert_cmpstr (px_article_get_byline (article), ==, s->byline);
  g_assert_cmpstr (px_article_get_site (article), ==, s->site);
  g_assert_cmpstr (px_article_get_date (article), ==, s->date);
  if (!g_str_has_suffix (s->file, ".html"))
    g_assert_cmpstr (px_article_get_dateline (article), ==, s->dateline);
  g_assert_true (g_str_has_prefix (text, s->first_words));
  g_assert_true (g_str_has_suffix (text, s->last_words));

  for (i = 0; i < G_N_ELEMENTS (sample_boilerplate); i++)
    assert_no_substring (article, sample_boilerplate[i]);
  /* the title is not repeated as text */
  g_assert_null (strstr (text, s->title));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) fixtures = NULL;
  guint i;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/text-import/whitespace", test_whitespace);
  g_test_add_func ("/core/text-import/reflow", test_reflow);
  g_test_add_func ("/core/text-import/hyphens", test_hyphens);
  g_test_add_func ("/core/text-import/titles", test_titles);
  g_test_add_func ("/core/text-import/bylines", test_bylines);
  g_test_add_func ("/core/text-import/datelines", test_datelines);
  g_test_add_func ("/core/text-import/dates", test_dates);
  g_test_add_func ("/core/text-import/captions", test_captions);
  g_test_add_func ("/core/text-import/boilerplate", test_boilerplate);
  g_test_add_func ("/core/text-import/markdown/inline", test_markdown_inline);
  g_test_add_func ("/core/text-import/markdown/blocks", test_markdown_blocks);
  g_test_add_func ("/core/text-import/robust", test_robust);

  fixtures = list_fixtures ();
  g_assert_cmpuint (fixtures->len, >, 0);
  for (i = 0; i < fixtures->len; i++)
    {
      const char *name = g_ptr_array_index (fixtures, i);
      g_autofree char *test_path = g_strconcat ("/core/text-import/fixture/", name, NULL);

      g_test_add_data_func (test_path, name, test_fixture);
    }

  for (i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *test_path = g_strconcat ("/core/text-import/sample/", samples[i].file, NULL);

      g_test_add_data_func (test_path, &samples[i], test_sample);
    }

  return g_test_run ();
}
