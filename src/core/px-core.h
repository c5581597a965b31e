/* px-core.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "px-core-error.h"
#include "px-article.h"
#include "px-charset.h"
#include "px-comparison.h"
#include "px-date.h"
#include "px-events.h"
#include "px-figures.h"
#include "px-html-import.h"
#include "px-import.h"
#include "px-json.h"
#include "px-mhtml.h"
#include "px-names.h"
#include "px-report.h"
#include "px-sentence-iter.h"
#include "px-similarity.h"
#include "px-stemmer.h"
#include "px-stopwords.h"
#include "px-text-import.h"
#include "px-time-expr.h"
#include "px-tokens.h"
#include "px-word-freq.h"
#include "px-worker.h"
