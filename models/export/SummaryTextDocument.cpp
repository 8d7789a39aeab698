#include "SummaryTextDocument.h"

#include "SummaryHtml.h"
#include "TimelineChartObject.h"
#include "TimelineChartPainter.h"

#include <QAbstractTextDocumentLayout>

namespace oversight {

SummaryTextDocument::SummaryTextDocument(const QString &html, const QList<GradeTimeline> &charts,
                                         qreal textWidth, QObject *parent)
    : QTextDocument(parent), m_metricsDevice(8, 8, QImage::Format_RGB32)
{
    const int dotsPerMeter = qRound(kUnitsPerInch / 0.0254);
    m_metricsDevice.setDotsPerMeterX(dotsPerMeter);
    m_metricsDevice.setDotsPerMeterY(dotsPerMeter);
    documentLayout()->setPaintDevice(&m_metricsDevice);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    // Any letter spacing makes Qt's shaper leave out ligatures: with them "effective" would be
    // copied and searched as "e\uFB00ective" in the PDF. A twentieth of a unit (Qt keeps
    // 1/64) is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    setDefaultFont(font);
    setDocumentMargin(0);
    setDefaultStyleSheet(SummaryHtml::styleSheet());
    setHtml(html);
    setTextWidth(textWidth);
    TimelineChartObject *chartHost = TimelineChartObject::install(this);
    for (int i = 0; i < charts.size(); ++i) {
        TimelineChartPainter painter(charts.at(i));
        painter.setFontPixelSize(12);
        const QSizeF size(textWidth - 2, textWidth * 0.36 + painter.legendHeight(textWidth) + 40);
        chartHost->replaceMarker(SummaryHtml::chartMarkerText(i), charts.at(i), size);
    }
    markContentsDirty(0, characterCount());
}

} // namespace oversight
