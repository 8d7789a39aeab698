#pragma once

#include <QString>
#include <QStringList>

namespace oversight::FactLabels {

// A label for people for a fact named by its DocumentFacts::toJson() key, as warnings name
// the facts a reader could not read: "inspection_end" -> "Inspection end date",
// "judgements.lscb" -> "Judgement: <the area's label>". An unknown key is returned as it is,
// so that a reader's new warning still shows.
QString label(const QString &key);

// The labels of keys, in their order, joined with ", " (for a tooltip or a line of text).
QString joined(const QStringList &keys);

} // namespace oversight::FactLabels
