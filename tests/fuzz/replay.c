/* replay.c — runs a fuzz target over saved inputs, without libFuzzer
 *
 * Usage: replay-TARGET PATH…   (each PATH a file or a folder of files)
 *
 * This is how `meson test` replays the corpora with any compiler. A crash
 * or a failed assertion aborts, which fails the test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "fuzz.h"

#include <stdio.h>

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
replay_file (const char *path)
{
  g_autofree char *contents = NULL;
  g_autofree uint8_t *exact = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents (path, &contents, &len, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return FALSE;
    }
  /* Named before it runs, so that a crash tells which input it was. */
  printf ("%s\n", path);
  fflush (stdout);
  /* An exact copy, without the nul g_file_get_contents() adds, so that
   * AddressSanitizer sees a read past the end as libFuzzer would. */
  exact = g_memdup2 (contents, len);
  LLVMFuzzerTestOneInput (exact, len);

  return TRUE;
}

static gboolean
replay_folder (const char *path,
               guint      *n_inputs)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *name;
  guint i;

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return FALSE;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      char *file = g_build_filename (path, name, NULL);

      if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (names, file);
      else
        g_free (file);
    }
  g_ptr_array_sort (names, compare_names);

  for (i = 0; i < names->len; i++)
    {
      if (!replay_file (g_ptr_array_index (names, i)))
        return FALSE;
      (*n_inputs)++;
    }

  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  guint n_inputs = 0;
  int i;

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s PATH…\n", argv[0]);
      return 2;
    }

  for (i = 1; i < argc; i++)
    {
      gboolean ok;

      if (g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        ok = replay_folder (argv[i], &n_inputs);
      else
        {
          ok = replay_file (argv[i]);
          n_inputs++;
        }
      if (!ok)
        return 1;
    }

  printf ("%u inputs replayed\n", n_inputs);

  return n_inputs > 0 ? 0 : 1;
}
