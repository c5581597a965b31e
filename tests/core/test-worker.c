/* test-worker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "core/px-core.h"

#include <stdlib.h>
#include <string.h>

#ifdef __linux__
#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

static int
thread_nice (void)
{
  int value;

  errno = 0;
  value = getpriority (PRIO_PROCESS, (id_t) syscall (SYS_gettid));
  g_assert_cmpint (errno, ==, 0);

  return value;
}

static gpointer
lower_twice (gpointer data)
{
  int *nice_values = data;

  nice_values[0] = thread_nice ();
  px_worker_lower_priority ();
  nice_values[1] = thread_nice ();
  px_worker_lower_priority ();
  nice_values[2] = thread_nice ();

  return NULL;
}

/* The thread that calls it gives way by ten steps, once; other threads,
 * the window's among them, keep theirs. */
static void
test_lower_priority (void)
{
  int nice_values[3];
  int main_nice = thread_nice ();
  GThread *thread = g_thread_new ("worker", lower_twice, nice_values);

  g_thread_join (thread);
  g_assert_cmpint (nice_values[0], ==, main_nice);
  g_assert_cmpint (nice_values[1], ==, MIN (main_nice + 10, 19));
  g_assert_cmpint (nice_values[2], ==, nice_values[1]);
  g_assert_cmpint (thread_nice (), ==, main_nice);
}

/* The highest nice value among the process's threads, from /proc. */
static int
highest_thread_nice (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/task", 0, NULL);
  const char *tid;
  int highest = -20;

  g_assert_nonnull (dir);
  while ((tid = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename ("/proc/self/task", tid, "stat", NULL);
      g_autofree char *stat = NULL;
      g_auto(GStrv) fields = NULL;
      const char *after;

      /* A thread gone meanwhile has nothing to say. */
      if (!g_file_get_contents (path, &stat, NULL, NULL) || (after = strrchr (stat, ')')) == NULL)
        continue;
      /* After the name: state is field 3, nice field 19. */
      fields = g_strsplit (after + 2, " ", -1);
      g_assert_cmpuint (g_strv_length (fields), >, 16);
      highest = MAX (highest, atoi (fields[16]));
    }

  return highest;
}

static void
compared_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  PxComparison **comparison = data;
  g_autoptr(GError) error = NULL;

  *comparison = px_comparison_new_finish (result, &error);
  g_assert_no_error (error);
}

/* A comparison runs in a worker that gives way to the calling thread, whose
 * priority stays as it was, and still comes back whole. */
static void
test_comparison_in_worker (void)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) px_article_unref);
  g_autoptr(PxComparison) comparison = NULL;
  int main_nice = thread_nice ();
  static const char *texts[] = {
    "Dam breach\n\nAt least 12 people were killed when the dam gave way on Sunday.",
    "Dam toll rises\n\nThirteen people were killed when the dam gave way on Sunday.",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (texts[i], strlen (texts[i]));
      g_autoptr(GError) error = NULL;
      PxArticle *article = px_import_bytes (bytes, NULL, &error);

      g_assert_no_error (error);
      g_ptr_array_add (articles, article);
    }

  px_comparison_new_async (articles, NULL, NULL, compared_cb, &comparison);
  while (comparison == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (px_comparison_get_n_articles (comparison), ==, 2);
  g_assert_cmpint (thread_nice (), ==, main_nice);
  /* The pool's thread that compared gave way, and is there still. */
  g_assert_cmpint (highest_thread_nice (), ==, MIN (main_nice + 10, 19));
}
#endif

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#ifdef __linux__
  g_test_add_func ("/core/worker/lower-priority", test_lower_priority);
  g_test_add_func ("/core/worker/comparison-in-worker", test_comparison_in_worker);
#endif

  return g_test_run ();
}
