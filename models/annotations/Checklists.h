#pragma once

#include "Annotation.h"
#include "store/DocumentStore.h"

#include <QByteArray>
#include <QJsonObject>

namespace oversight {

// Where checklists come from: an inspection's recommendations, the built-in ILACS evaluation
// areas, or a JSON file. Pure functions: the caller stores the result.
namespace Checklists {

// The authority's recommendations (then the LSCB's, marked as such) of a document, in order.
// Empty items list when the document has none.
Checklist fromDocument(const StoredDocument &document);

// The number an item is shown with, in every list of items (the checklist tree, the progress
// matrix, the annotations table, the annotate dialog): for a checklist made from a document
// (source "document"), the document's own number for its recommendations ("3"), the LSCB's
// numbered from 1 as a group of their own ("LSCB 2", as the facts panel lists them under their
// own heading; a SIF report numbers them as paragraphs, 116 to 120); for any other checklist,
// or an item added by hand, its place in the list, from 1.
// row is the item's index in checklist.items; an empty string when it is out of range.
QString itemNumber(const Checklist &checklist, int row);
// True when the item was made from one of the LSCB's recommendations (fromDocument).
bool isLscbItem(const Checklist &checklist, int row);

// The checklists shipped in resources/checklists/*.json.
QList<Checklist> builtIn();

QJsonObject toJson(const Checklist &checklist);
// Reads {"name": ..., "items": [{"title": ..., "guidance": ...}]}; false (and error) when the
// JSON is not a checklist.
bool fromJson(const QByteArray &json, Checklist *checklist, QString *error);

} // namespace Checklists
} // namespace oversight
