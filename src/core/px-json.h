/* px-json.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PxJsonWriter:
 *
 * A small streaming JSON writer: commas and escaping are its job, the
 * document's shape is the caller's.
 */
typedef struct _PxJsonWriter PxJsonWriter;

PxJsonWriter *px_json_writer_new          (GString      *out);
void          px_json_writer_free         (PxJsonWriter *self);
void          px_json_writer_begin_object (PxJsonWriter *self);
void          px_json_writer_end_object   (PxJsonWriter *self);
void          px_json_writer_begin_array  (PxJsonWriter *self);
void          px_json_writer_end_array    (PxJsonWriter *self);
void          px_json_writer_key          (PxJsonWriter *self,
                                           const char   *key);
void          px_json_writer_string       (PxJsonWriter *self,
                                           const char   *value);
void          px_json_writer_string_len   (PxJsonWriter *self,
                                           const char   *value,
                                           gssize        len);
void          px_json_writer_int          (PxJsonWriter *self,
                                           gint64        value);
void          px_json_writer_double       (PxJsonWriter *self,
                                           double        value);
void          px_json_writer_bool         (PxJsonWriter *self,
                                           gboolean      value);
void          px_json_writer_null         (PxJsonWriter *self);

void          px_json_escape_append       (GString      *out,
                                           const char   *value,
                                           gssize        len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxJsonWriter, px_json_writer_free)

G_END_DECLS
