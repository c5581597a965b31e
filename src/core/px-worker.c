/* px-worker.c — worker threads that yield to the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-worker.h"

#ifdef __linux__
#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

/* How much lower than the window's thread: enough that on a machine with
 * fewer cores than busy threads, the thread that draws wins the processor
 * whenever it has a frame to draw (a weight of about 1/10 of it). */
#define WORKER_NICE_STEP 10
#define NICE_LOWEST 19

/**
 * px_worker_lower_priority:
 *
 * Lowers the scheduling priority of the calling thread, once: reading,
 * importing and comparing articles in worker threads then give way to the
 * thread that draws the window, which keeps drawing while they run. The
 * threads of GLib's pool keep the lower priority for the later tasks they
 * run (a thread cannot raise its priority again without privileges): GIO's
 * asynchronous file and network work in the same process then runs lower
 * too, which only matters when the processors are busy, and then the window
 * is what should win. Where threads have no priority of their own this does
 * nothing.
 */
void
px_worker_lower_priority (void)
{
#ifdef __linux__
  static _Thread_local gboolean lowered;
  pid_t tid;
  int nice_now;

  if (lowered)
    return;
  lowered = TRUE;

  /* On Linux the nice value is a property of each thread. */
  tid = (pid_t) syscall (SYS_gettid);
  errno = 0;
  nice_now = getpriority (PRIO_PROCESS, (id_t) tid);
  if (errno == 0 && nice_now < NICE_LOWEST)
    setpriority (PRIO_PROCESS, (id_t) tid, MIN (nice_now + WORKER_NICE_STEP, NICE_LOWEST));
#endif
}
