#pragma once

#include <QList>
#include <QRect>
#include <QSizeF>

namespace oversight {

// Where each page sits in the continuous strip of pages at a given scale, in logical pixels.
// Pages are centred on the widest page and separated by a small gap.
class PdfPageLayout
{
public:
    static constexpr int kGap = 10;
    static constexpr int kMargin = 12;

    void setPageSizes(const QList<QSizeF> &points);
    void setScale(double pixelsPerPoint);

    int pageCount() const { return int(m_points.size()); }
    double scale() const { return m_scale; }
    QSizeF pageSizePoints(int page) const { return m_points.value(page); }
    double widestPagePoints() const { return m_widestPoints; }
    QSize contentSize() const { return m_content; }
    // In content coordinates: x from the left of the strip, y from the top of the first page.
    QRect pageRect(int page) const { return m_rects.value(page); }

    // The page at this height, or the nearest one when it falls in a gap or margin.
    int pageAtY(int y) const;
    // First and last pages meeting [top, bottom]; first > last when there are none.
    void pagesBetween(int top, int bottom, int *first, int *last) const;

private:
    void relayout();

    QList<QSizeF> m_points;
    QList<QRect> m_rects;
    double m_scale = 1.0;
    double m_widestPoints = 0;
    QSize m_content;
};

} // namespace oversight
