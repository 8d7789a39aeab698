#pragma once

#include "analysis/GradeTimeline.h"

#include <QImage>
#include <QTextDocument>

namespace oversight {

// The rich text of a summary, laid out in units of 1/96 inch (CSS pixels) whatever the screen:
// the layout measures fonts on a private 96-dpi image instead of the screen, so pagination and
// the PDF are the same on every machine. Chart markers in the HTML (SummaryHtml::chartMarker)
// become timeline charts as wide as the text.
class SummaryTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    static constexpr qreal kUnitsPerInch = 96.0;

    SummaryTextDocument(const QString &html, const QList<GradeTimeline> &charts, qreal textWidth,
                        QObject *parent = nullptr);

private:
    QImage m_metricsDevice;
};

} // namespace oversight
