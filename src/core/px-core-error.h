/* px-core-error.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PX_CORE_ERROR (px_core_error_quark ())

/**
 * PxCoreError:
 * @PX_CORE_ERROR_NOT_TEXT: the input is binary (NUL bytes, control data)
 * @PX_CORE_ERROR_TOO_LARGE: the input is over the size limit
 * @PX_CORE_ERROR_BAD_ENCODING: the input cannot be decoded
 * @PX_CORE_ERROR_EMPTY: the input holds no text
 * @PX_CORE_ERROR_UNREADABLE: the input cannot be read
 * @PX_CORE_ERROR_NO_ARTICLE: the input holds no article text
 * @PX_CORE_ERROR_INVALID: the input is damaged or not of the expected form
 *
 * Errors of the Parallax core.
 */
typedef enum {
  PX_CORE_ERROR_NOT_TEXT,
  PX_CORE_ERROR_TOO_LARGE,
  PX_CORE_ERROR_BAD_ENCODING,
  PX_CORE_ERROR_EMPTY,
  PX_CORE_ERROR_UNREADABLE,
  PX_CORE_ERROR_NO_ARTICLE,
  PX_CORE_ERROR_INVALID,
} PxCoreError;

GQuark px_core_error_quark (void);

G_END_DECLS
