#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oversight::accuracy {

// Copies of a document's page text damaged on purpose, the way real files lose things (a table
// drawn as an image, a cover page missing, a heading in a font without a text layer), to
// measure whether the reader's warnings say what it could no longer read.
struct TextDamage
{
    QString name;        // e.g. "judgement table removed"
    QStringList fields;  // the accuracy fields the damage is meant to hit
    // Page texts (one string per page, Poppler physical layout) in, damaged copy out.
    QStringList (*apply)(const QStringList &pages) = nullptr;
};

// Every damage the accuracy program tries, in the order it prints them.
const QList<TextDamage> &textDamages();

} // namespace oversight::accuracy
