/* test-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/px-core.h"

static void
test_document (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(PxJsonWriter) w = px_json_writer_new (out);

  px_json_writer_begin_object (w);
  px_json_writer_key (w, "a");
  px_json_writer_int (w, -3);
  px_json_writer_key (w, "b");
  px_json_writer_begin_array (w);
  px_json_writer_double (w, 0.1);
  px_json_writer_double (w, 2.0);
  px_json_writer_double (w, 1.0 / 0.0);
  px_json_writer_bool (w, TRUE);
  px_json_writer_null (w);
  px_json_writer_begin_object (w);
  px_json_writer_end_object (w);
  px_json_writer_end_array (w);
  px_json_writer_key (w, "c");
  px_json_writer_string (w, NULL);
  px_json_writer_end_object (w);

  g_assert_cmpstr (out->str, ==, "{\"a\":-3,\"b\":[0.1,2,null,true,null,{}],\"c\":null}");
}

static void
test_escaping (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  px_json_escape_append (out, "q\"b\\n\n\t\x01 é \xe2\x80\xa8", -1);
  g_assert_cmpstr (out->str, ==, "\"q\\\"b\\\\n\\n\\t\\u0001 é \\u2028\"");

  /* Invalid UTF-8 never makes invalid JSON. */
  g_string_truncate (out, 0);
  px_json_escape_append (out, "a\xff" "b\xc3", 4);
  g_assert_cmpstr (out->str, ==, "\"a\xef\xbf\xbd" "b\xef\xbf\xbd\"");
  g_assert_true (g_utf8_validate (out->str, out->len, NULL));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/core/json/document", test_document);
  g_test_add_func ("/core/json/escaping", test_escaping);

  return g_test_run ();
}
