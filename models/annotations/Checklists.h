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

// The checklists shipped in resources/checklists/*.json.
QList<Checklist> builtIn();

QJsonObject toJson(const Checklist &checklist);
// Reads {"name": ..., "items": [{"title": ..., "guidance": ...}]}; false (and error) when the
// JSON is not a checklist.
bool fromJson(const QByteArray &json, Checklist *checklist, QString *error);

} // namespace Checklists
} // namespace oversight
