#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace oversight {

// How far the evidence shows a checklist item is met. The strings are stored as they are.
namespace Status {
inline const QString Met = QStringLiteral("met");
inline const QString Progressing = QStringLiteral("progressing");
inline const QString NotMet = QStringLiteral("not_met");
inline const QString NotAssessed = QStringLiteral("not_assessed");

QStringList all();
QString label(const QString &status);
bool isValid(const QString &status);
// The colour a status is highlighted in, on pages and in tables (readable on light and dark).
QColor color(const QString &status);
} // namespace Status

struct ChecklistItem
{
    qint64 id = 0;
    qint64 checklistId = 0;
    QString title;
    QString guidance;
    bool operator==(const ChecklistItem &o) const
    {
        return id == o.id && checklistId == o.checklistId && title == o.title
               && guidance == o.guidance;
    }
};

struct Checklist
{
    qint64 id = 0;
    qint64 authorityId = 0; // 0 = shared by every authority
    QString name;
    QString source;             // "document", "builtin" or "user"
    qint64 sourceDocumentId = 0; // for "document"
    QList<ChecklistItem> items;  // in order
};

// A passage of a document linked to checklist items with a status and a note.
struct Annotation
{
    qint64 id = 0;
    qint64 documentId = 0;
    int page = 0;           // 1-based
    QString quote;          // the words as selected
    QList<QRectF> boxes;    // where they are on the page, in points
    QString status = Status::NotAssessed;
    QString note;
    QList<qint64> itemIds;  // linked checklist items
    QDateTime createdAt;
    QDateTime updatedAt;
    QString createdBy;  // who made it: the team database's role, or the computer's user name
    QString updatedBy;  // who changed it last ('' until changed)
    // Raised by every write; a write names the version it was made from and is refused when
    // the row has moved on (somebody else changed it): see AnnotationStore::updateAnnotation.
    // 0: not read from the store (no check).
    qint64 rowVersion = 0;
};

} // namespace oversight
