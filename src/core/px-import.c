/* px-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "px-import.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "px-charset.h"
#include "px-core-error.h"
#include "px-html-import.h"
#include "px-mhtml.h"
#include "px-text-import.h"

typedef struct {
  const char *magic;
  gsize len;
} Magic;

/* Formats people drop by mistake; none of them is article text. */
static const Magic binary_magic[] = {
  { "%PDF-", 5 },
  { "\x89PNG", 4 },
  { "\xff\xd8\xff", 3 },
  { "GIF8", 4 },
  { "PK\x03\x04", 4 },
  { "\x1f\x8b", 2 },
  { "\x7f" "ELF", 4 },
  { "BZh", 3 },
  { "\xfd" "7zXZ", 5 },
  { "Rar!", 4 },
  { "RIFF", 4 },
  { "OggS", 4 },
  { "ID3", 3 },
  { "\xd0\xcf\x11\xe0", 4 },
  { "wOFF", 4 },
  { "wOF2", 4 },
};

static gboolean
has_binary_magic (const guint8 *data,
                  gsize         len)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (binary_magic); i++)
    if (len >= binary_magic[i].len &&
        memcmp (data, binary_magic[i].magic, binary_magic[i].len) == 0)
      return TRUE;

  return FALSE;
}

/* Text has no NULs and few control characters. */
static gboolean
looks_binary (const char *text,
              gsize       len)
{
  gsize n = MIN (len, 65536);
  gsize controls = 0;
  gsize i;

  if (memchr (text, '\0', len) != NULL)
    return TRUE;

  for (i = 0; i < n; i++)
    {
      guchar c = (guchar) text[i];

      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
        controls++;
    }

  return controls > 8 && controls * 100 > n;
}

static const char *
skip_space (const char *p,
            const char *end)
{
  while (p < end && g_ascii_isspace (*p))
    p++;
  return p;
}

static gboolean
starts_with_ci (const char *p,
                const char *end,
                const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - p) >= n && g_ascii_strncasecmp (p, prefix, n) == 0;
}

static gboolean
has_extension (const char *name,
               const char *ext)
{
  gsize n, e;

  if (name == NULL)
    return FALSE;

  n = strlen (name);
  e = strlen (ext);

  return n > e && g_ascii_strcasecmp (name + n - e, ext) == 0;
}

static gboolean
looks_mhtml (const char *p,
             const char *end)
{
  gsize n = MIN ((gsize) (end - p), 4096);
  g_autofree char *head = g_ascii_strdown (p, n);

  return (g_str_has_prefix (head, "from:") || g_str_has_prefix (head, "mime-version:") ||
          g_str_has_prefix (head, "content-type:") || g_str_has_prefix (head, "date:") ||
          g_str_has_prefix (head, "snapshot-content-location:") ||
          g_str_has_prefix (head, "subject:")) &&
         strstr (head, "multipart/related") != NULL;
}

static gboolean
looks_html (const char *p,
            const char *end)
{
  static const char * const tags[] = {
    "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<title", "<meta",
    "<br", "<h1", "<h2", "<table", "<span", "<a href", "<section", "<main",
  };
  gsize n;
  g_autofree char *head = NULL;
  guint hits = 0;
  guint i;

  p = skip_space (p, end);
  n = MIN ((gsize) (end - p), 4096);
  if (starts_with_ci (p, end, "<!doctype html") || starts_with_ci (p, end, "<html") ||
      starts_with_ci (p, end, "<?xml") || starts_with_ci (p, end, "<!--") ||
      starts_with_ci (p, end, "<head") || starts_with_ci (p, end, "<body"))
    return TRUE;

  head = g_ascii_strdown (p, n);
  for (i = 0; i < G_N_ELEMENTS (tags); i++)
    if (strstr (head, tags[i]) != NULL)
      hits++;

  return hits >= 3 || (p < end && *p == '<' && hits >= 1);
}

static gboolean
looks_markdown (const char *p,
                const char *end)
{
  gsize n = MIN ((gsize) (end - p), 8192);
  const char *limit = p + n;
  guint signs = 0;
  const char *q;

  p = skip_space (p, end);
  if (starts_with_ci (p, end, "# ") || starts_with_ci (p, end, "## "))
    signs += 2;
  if (starts_with_ci (p, end, "---\n"))
    signs += 1;

  for (q = p; q < limit - 1; q++)
    {
      if (q[0] == ']' && q[1] == '(')
        signs++;
      else if (q[0] == '*' && q[1] == '*')
        signs++;
      else if (q[0] == '\n' && (q[1] == '#' || q[1] == '>') && q + 2 < limit &&
               (q[2] == ' ' || q[2] == '#'))
        signs++;
      if (signs >= 3)
        return TRUE;
    }

  return FALSE;
}

/**
 * px_format_sniff:
 * @data: the start of a file (raw or decoded; the signs looked for are ASCII)
 * @len: its length
 * @name_hint: (nullable): a file name or URI whose extension is a hint
 *
 * Tells the format by content first: a `.txt` that holds HTML is HTML.
 * The extension only decides between text and Markdown, which content
 * cannot always tell apart.
 *
 * Returns: the format
 */
PxFormat
px_format_sniff (const guint8 *data,
                 gsize         len,
                 const char   *name_hint)
{
  const char *p = (const char *) data;
  const char *end = p + len;

  if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    p += 3;

  if (looks_mhtml (p, end))
    return PX_FORMAT_MHTML;
  if (looks_html (p, end))
    return PX_FORMAT_HTML;
  if (has_extension (name_hint, ".mhtml") || has_extension (name_hint, ".mht"))
    return PX_FORMAT_MHTML;
  if (has_extension (name_hint, ".md") || has_extension (name_hint, ".markdown"))
    return PX_FORMAT_MARKDOWN;
  if ((has_extension (name_hint, ".html") || has_extension (name_hint, ".htm") ||
       has_extension (name_hint, ".xhtml")) && memchr (p, '<', end - p) != NULL)
    return PX_FORMAT_HTML;
  if (looks_markdown (p, end))
    return PX_FORMAT_MARKDOWN;

  return PX_FORMAT_TEXT;
}

const char *
px_format_to_string (PxFormat format)
{
  switch (format)
    {
    case PX_FORMAT_TEXT: return "text";
    case PX_FORMAT_HTML: return "html";
    case PX_FORMAT_MARKDOWN: return "markdown";
    case PX_FORMAT_MHTML: return "mhtml";
    case PX_FORMAT_UNKNOWN:
    default:
      return "unknown";
    }
}

static gboolean
is_all_space (const char *text,
              gsize       len)
{
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0xFEFF && c != 0x200B)
        return FALSE;
      p = g_utf8_next_char (p);
    }

  return TRUE;
}

static PxArticle *
import_decoded (const char  *text,
                gsize        len,
                PxFormat     format,
                const char  *source,
                GError     **error)
{
  g_autoptr(PxArticleBuilder) builder = px_article_builder_new (source);

  if (len == 0 || is_all_space (text, len))
    {
      g_set_error_literal (error, PX_CORE_ERROR, PX_CORE_ERROR_EMPTY,
                           _("The file is empty"));
      return NULL;
    }

  switch (format)
    {
    case PX_FORMAT_HTML:
    case PX_FORMAT_MHTML:
      if (!px_html_import (text, len, builder, error))
        return NULL;
      break;
    case PX_FORMAT_MARKDOWN:
      px_markdown_import (text, len, builder);
      break;
    case PX_FORMAT_TEXT:
    case PX_FORMAT_UNKNOWN:
    default:
      px_text_import (text, len, builder);
      break;
    }

  if (px_article_builder_get_n_paragraphs (builder) == 0)
    {
      g_set_error_literal (error, PX_CORE_ERROR, PX_CORE_ERROR_NO_ARTICLE,
                           _("No article text was found"));
      return NULL;
    }

  return px_article_builder_end (g_steal_pointer (&builder));
}

static const char *
name_of (const char *source)
{
  const char *slash;

  if (source == NULL)
    return NULL;
  slash = strrchr (source, '/');

  return slash ? slash + 1 : source;
}

/* The charset and format an HTTP Content-Type names, if it names them. */
static void
read_content_type (const char  *content_type,
                   char       **charset,
                   PxFormat    *format)
{
  g_autofree char *lower = NULL;
  const char *param;

  *charset = NULL;
  *format = PX_FORMAT_UNKNOWN;
  if (content_type == NULL)
    return;

  lower = g_ascii_strdown (content_type, -1);
  if (g_str_has_prefix (lower, "text/html") || g_str_has_prefix (lower, "application/xhtml+xml"))
    *format = PX_FORMAT_HTML;
  else if (g_str_has_prefix (lower, "multipart/related") ||
           g_str_has_prefix (lower, "message/rfc822") ||
           g_str_has_prefix (lower, "application/x-mimearchive"))
    *format = PX_FORMAT_MHTML;
  else if (g_str_has_prefix (lower, "text/markdown") || g_str_has_prefix (lower, "text/x-markdown"))
    *format = PX_FORMAT_MARKDOWN;

  param = strstr (lower, "charset=");
  if (param != NULL)
    {
      const char *v = param + 8;
      gsize n;

      while (*v == '"' || *v == '\'')
        v++;
      n = strcspn (v, "\"'; \t");
      if (n > 0)
        *charset = g_strndup (v, n);
    }
}

/**
 * px_import_bytes_full:
 * @bytes: the file's contents
 * @source: (nullable): the path or URI it came from, kept in the article
 *   and used as a format hint
 * @content_type: (nullable): a MIME type with parameters, as an HTTP
 *   server sends it; its charset wins over the document's own declaration
 * @error: where to report failure
 *
 * Decodes and imports an article of any supported format, telling the
 * format by content. Fails with %PX_CORE_ERROR_EMPTY, _TOO_LARGE,
 * _NOT_TEXT or _NO_ARTICLE.
 *
 * Returns: (transfer full) (nullable): the article
 */
PxArticle *
px_import_bytes_full (GBytes      *bytes,
                      const char  *source,
                      const char  *content_type,
                      GError     **error)
{
  const guint8 *data;
  gsize len;
  PxFormat format;
  PxFormat declared_format;
  g_autoptr(GBytes) part = NULL;
  g_autofree char *declared = NULL;
  g_autofree char *text = NULL;
  gsize text_len = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);

  if (len == 0)
    {
      g_set_error_literal (error, PX_CORE_ERROR, PX_CORE_ERROR_EMPTY, _("The file is empty"));
      return NULL;
    }
  if (len > PX_IMPORT_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *limit = g_format_size (PX_IMPORT_MAX_SIZE);

      g_set_error (error, PX_CORE_ERROR, PX_CORE_ERROR_TOO_LARGE,
                   _("The file is too large (%s; the limit is %s)"), size, limit);
      return NULL;
    }
  if (has_binary_magic (data, len))
    {
      g_set_error_literal (error, PX_CORE_ERROR, PX_CORE_ERROR_NOT_TEXT,
                           _("The file is not text (it looks like a binary file)"));
      return NULL;
    }

  read_content_type (content_type, &declared, &declared_format);
  format = px_format_sniff (data, len, name_of (source));
  if (format == PX_FORMAT_TEXT && declared_format != PX_FORMAT_UNKNOWN)
    format = declared_format;

  if (format == PX_FORMAT_MHTML)
    {
      gsize part_len;

      g_clear_pointer (&declared, g_free);
      part = px_mhtml_extract_html (data, len, &declared, error);
      if (part == NULL)
        return NULL;
      data = g_bytes_get_data (part, &part_len);
      len = part_len;
      if (declared == NULL)
        declared = px_charset_sniff_markup (data, len);
    }
  else if (format == PX_FORMAT_HTML && declared == NULL)
    declared = px_charset_sniff_markup (data, len);

  text = px_charset_decode (data, len, declared, &text_len, error);
  if (text == NULL)
    return NULL;

  if (looks_binary (text, text_len))
    {
      g_set_error_literal (error, PX_CORE_ERROR, PX_CORE_ERROR_NOT_TEXT,
                           _("The file is not text (it holds binary data)"));
      return NULL;
    }

  /* A UTF-16 file can only be told apart once decoded. */
  if (format == PX_FORMAT_TEXT && declared == NULL)
    format = px_format_sniff ((const guint8 *) text, text_len, name_of (source));

  return import_decoded (text, text_len, format, source, error);
}

/**
 * px_import_bytes:
 * @bytes: the file's contents
 * @source: (nullable): the path or URI it came from
 * @error: where to report failure
 *
 * Like px_import_bytes_full() with no content type.
 *
 * Returns: (transfer full) (nullable): the article
 */
PxArticle *
px_import_bytes (GBytes      *bytes,
                 const char  *source,
                 GError     **error)
{
  return px_import_bytes_full (bytes, source, NULL, error);
}

static void
set_unreadable_error (GError     **error,
                      const char  *source,
                      GError      *io_error)
{
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, io_error);
      return;
    }

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, PX_CORE_ERROR, PX_CORE_ERROR_UNREADABLE,
                 _("Cannot read “%s”: no such file"), source);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    g_set_error (error, PX_CORE_ERROR, PX_CORE_ERROR_UNREADABLE,
                 _("Cannot read “%s”: permission denied"), source);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    g_set_error (error, PX_CORE_ERROR, PX_CORE_ERROR_UNREADABLE,
                 _("Cannot read “%s”: it is a folder"), source);
  else
    g_set_error (error, PX_CORE_ERROR, PX_CORE_ERROR_UNREADABLE,
                 _("Cannot read “%s”: %s"), source, io_error->message);

  g_error_free (io_error);
}

/**
 * px_import_file:
 * @file: a local or GVfs file
 * @cancellable: (nullable): a cancellable
 * @error: where to report failure
 *
 * Reads and imports @file; never writes to it. Fails with
 * %PX_CORE_ERROR_UNREADABLE when it cannot be read, and as
 * px_import_bytes() does otherwise.
 *
 * Returns: (transfer full) (nullable): the article
 */
PxArticle *
px_import_file (GFile         *file,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *source = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  source = g_file_get_path (file);
  if (source == NULL)
    source = g_file_get_uri (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      set_unreadable_error (error, source, g_steal_pointer (&local_error));
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, PX_CORE_ERROR, PX_CORE_ERROR_UNREADABLE,
                   _("Cannot read “%s”: it is a folder"), source);
      return NULL;
    }
  if ((guint64) g_file_info_get_size (info) > PX_IMPORT_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (PX_IMPORT_MAX_SIZE);

      g_set_error (error, PX_CORE_ERROR, PX_CORE_ERROR_TOO_LARGE,
                   _("The file is too large (%s; the limit is %s)"), size, limit);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &len, NULL, &local_error))
    {
      set_unreadable_error (error, source, g_steal_pointer (&local_error));
      return NULL;
    }

  bytes = g_bytes_new_take (contents, len);

  return px_import_bytes (bytes, source, error);
}

/**
 * px_import_describe_left_out:
 * @article: an imported article
 *
 * Says, in a line a reader can be shown, that part of the source was not
 * read because it was over a limit.
 *
 * Returns: (transfer full) (nullable): the message, or %NULL when the
 *   whole source was read
 */
char *
px_import_describe_left_out (const PxArticle *article)
{
  g_return_val_if_fail (article != NULL, NULL);

  if (px_article_get_n_left_out (article) == 0)
    return NULL;

  return g_strdup_printf (_("The page has more than %d elements: only the text of the first %d "
                            "was read"),
                          PX_IMPORT_MAX_ELEMENTS, PX_IMPORT_MAX_ELEMENTS);
}
