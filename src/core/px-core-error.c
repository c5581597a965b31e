/* px-core-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "px-core-error.h"

G_DEFINE_QUARK (px-core-error-quark, px_core_error)
