#include "TimelineChartObject.h"

#include "TimelineChartPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace oversight {

namespace {
constexpr int kChartIndex = QTextFormat::UserProperty + 61;
constexpr int kChartSize = QTextFormat::UserProperty + 62;
} // namespace

TimelineChartObject::TimelineChartObject(QTextDocument *document)
    : QObject(document), m_document(document)
{
}

TimelineChartObject *TimelineChartObject::install(QTextDocument *document)
{
    if (auto *existing = document->findChild<TimelineChartObject *>())
        return existing;
    auto *handler = new TimelineChartObject(document);
    document->documentLayout()->registerHandler(kObjectType, handler);
    return handler;
}

bool TimelineChartObject::replaceMarker(const QString &marker, const GradeTimeline &timeline,
                                        const QSizeF &size)
{
    QTextCursor found = m_document->find(marker);
    if (found.isNull())
        return false;
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(kChartIndex, int(m_timelines.size()));
    format.setProperty(kChartSize, size);
    m_timelines.append(timeline);
    found.insertText(QString(QChar::ObjectReplacementCharacter), format);
    return true;
}

QSizeF TimelineChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(kChartSize).toSizeF();
}

void TimelineChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *,
                                     int, const QTextFormat &format)
{
    const int index = format.property(kChartIndex).toInt();
    if (index < 0 || index >= m_timelines.size())
        return;
    TimelineChartPainter chart(m_timelines.at(index));
    // The document's units are 96 per inch: 12 of them are a 9-point label.
    chart.setFontPixelSize(12);
    chart.paint(painter, rect);
}

} // namespace oversight
