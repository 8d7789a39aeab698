#pragma once

#include "analysis/GradeTimeline.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace oversight {

// Hosts timeline charts inside a QTextDocument as inline objects: the layout asks it for a
// chart's size and has it paint with the painter it is drawing with, so a chart printed to PDF
// is drawn by TimelineChartPainter straight into the PDF (vector, with real text).
// Owned by the document it is installed on.
class TimelineChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 61;

    // Registers a handler on document (once) and returns it.
    static TimelineChartObject *install(QTextDocument *document);

    // Replaces the text marker with a chart of the given size (document units). Returns false
    // when the marker is not in the document.
    bool replaceMarker(const QString &marker, const GradeTimeline &timeline, const QSizeF &size);

    QSizeF intrinsicSize(QTextDocument *document, int position,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    explicit TimelineChartObject(QTextDocument *document);

    QTextDocument *m_document;
    QList<GradeTimeline> m_timelines; // indexed by the format's ChartIndex property
};

} // namespace oversight
