/* px-core.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-core-error.h"
#include "px-article.h"
#include "px-charset.h"
#include "px-date.h"
#include "px-html-import.h"
#include "px-import.h"
#include "px-json.h"
#include "px-mhtml.h"
#include "px-sentence-iter.h"
#include "px-text-import.h"
