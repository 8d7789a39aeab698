#include "ChartExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace oversight::ChartExport {

namespace {

// Screen pixels are taken as 96 dpi, as Qt does on most desktops.
constexpr double kScale = double(kPrintDpi) / 96.0;

void paint(QWidget *widget, QPainter &painter, const QRectF &target)
{
    // A graphics view renders its scene straight into the painter (vector in an SVG); other
    // widgets paint themselves.
    if (auto *view = qobject_cast<QGraphicsView *>(widget)) {
        view->render(&painter, target, view->viewport()->rect());
        return;
    }
    painter.scale(target.width() / widget->width(), target.height() / widget->height());
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}

QString tr(const char *text)
{
    // The context lupdate gives the tr() calls in this file.
    return QCoreApplication::translate("oversight::ChartExport", text);
}

} // namespace

bool exportWidget(QWidget *widget, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = widget->size();
    if (size.isEmpty()) {
        if (error)
            *error = tr("The chart has no size to draw.");
        return false;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setResolution(96);
        svg.setTitle(widget->accessibleName());
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        paint(widget, painter, QRectF(QPointF(), QSizeF(size)));
        painter.end();
        return QFileInfo::exists(path);
    }
    if (suffix != QLatin1String("png")) {
        if (error)
            *error = tr("Choose a file name ending in .png or .svg.");
        return false;
    }
    QImage image(size * kScale, QImage::Format_ARGB32_Premultiplied);
    image.fill(widget->palette().color(QPalette::Base));
    // Dots per metre, so that the PNG opens at its real size in print and layout programs.
    const int dpm = qRound(kPrintDpi / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paint(widget, painter, QRectF(QPointF(), QSizeF(image.size())));
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace oversight::ChartExport
