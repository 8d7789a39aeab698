#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace oversight {

// A corrected recommendation list (FactField::Recommendations or LscbRecommendations) is kept
// as the whole list the user wants, in FactField's shape, each item also carrying the texts of
// the items the reader read that it comes from:
//   {"number": 3, "text": "…", "page": 12, "read": ["text as read", …]}
// "read" is empty for an item the user added; two items share a source when the user split
// one; one item has two sources when the user merged two. A read item no item comes from was
// deleted by the user. The tie is by text, not by position (issue 13): a re-read that finds
// the list in another order, with an item more or less, keeps each correction on its item,
// and one item can be reverted on its own.
//
// Texts are compared by key(): case, punctuation and spacing aside, so that a reader that
// now joins a hyphenated line differently still meets the same item.
namespace RecommendationCorrection {

// The text reduced to lower-case letters and digits separated by single spaces.
QString key(const QString &text);

// The read list with every item its own source: an uncorrected list in the corrected shape.
QJsonArray asRead(const QJsonArray &read);

// The list the user wants (`after`, FactField's shape; an item that already has "read" keeps
// it) with each item's sources worked out from the list it was made from (`before`: the
// corrected list with its sources, or the list as read). A user's step changes little, so:
// an item with the same text as one before comes from it; one whose text holds the texts of
// several before comes from them all (a merge); one whose text is part of one before comes
// from it (a split); the rest are paired by the words they share (at least half of the
// shorter text's), and one left on each side is an edit; any other is new (added), and an
// item before that nothing comes from was deleted.
QJsonArray withSources(const QJsonArray &before, const QJsonArray &after);

// The corrected list laid over a new reading. `oldRead` is what the reader read when the
// correction was last made or re-read, `newRead` what it reads now. Items keep their
// corrections when their source text is read again, wherever it now stands; a read item the
// user deleted stays deleted; an item the reader reads for the first time is inserted after
// the item it follows in the new reading (and the list is numbered again 1 to N). The
// corrected items keep the user's order. The result carries its sources and is the
// correction's new value.
QJsonArray rebase(const QJsonArray &corrected, const QJsonArray &oldRead, const QJsonArray &newRead);

// Whether the item at `index` differs from what was read: added, merged, split or edited
// (moving an item alone is not a change of the item).
bool isItemCorrected(const QJsonArray &corrected, qsizetype index);

// The read texts the item at `index` comes from (empty for an added item).
QStringList sourcesOf(const QJsonArray &corrected, qsizetype index);

// The corrected list with the item at `index` back as read: the item, and every item that
// shares a source with it (the other half of a split), give way to their source items from
// `read` (the list as read now), at the item's place; an added item is removed.
QJsonArray revertItem(const QJsonArray &corrected, qsizetype index, const QJsonArray &read);

// Whether two lists hold the same items (number, text, page, priority action and its body),
// in the same order, sources aside.
bool sameItems(const QJsonArray &a, const QJsonArray &b);

} // namespace RecommendationCorrection

} // namespace oversight
