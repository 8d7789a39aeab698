#include "PdfPageLayout.h"

#include <QtMath>

#include <algorithm>

namespace oversight {

void PdfPageLayout::setPageSizes(const QList<QSizeF> &points)
{
    m_points = points;
    m_widestPoints = 0;
    for (const QSizeF &size : points)
        m_widestPoints = std::max(m_widestPoints, size.width());
    relayout();
}

void PdfPageLayout::setScale(double pixelsPerPoint)
{
    m_scale = pixelsPerPoint;
    relayout();
}

void PdfPageLayout::relayout()
{
    m_rects.clear();
    m_rects.reserve(m_points.size());
    const int stripWidth = qRound(m_widestPoints * m_scale);
    int y = kMargin;
    for (const QSizeF &size : std::as_const(m_points)) {
        const int w = std::max(1, qRound(size.width() * m_scale));
        const int h = std::max(1, qRound(size.height() * m_scale));
        m_rects.append(QRect(kMargin + (stripWidth - w) / 2, y, w, h));
        y += h + kGap;
    }
    m_content = m_points.isEmpty() ? QSize() : QSize(stripWidth + 2 * kMargin, y - kGap + kMargin);
}

int PdfPageLayout::pageAtY(int y) const
{
    if (m_rects.isEmpty())
        return -1;
    // The first page whose bottom (plus the gap after it) lies below y.
    const auto it = std::lower_bound(m_rects.cbegin(), m_rects.cend(), y,
                                     [](const QRect &r, int value) {
                                         return r.bottom() + kGap < value;
                                     });
    return it == m_rects.cend() ? int(m_rects.size()) - 1 : int(it - m_rects.cbegin());
}

void PdfPageLayout::pagesBetween(int top, int bottom, int *first, int *last) const
{
    *first = 0;
    *last = -1;
    if (m_rects.isEmpty())
        return;
    *first = std::max(0, pageAtY(top));
    *last = *first;
    while (*last + 1 < m_rects.size() && m_rects.at(*last + 1).top() <= bottom)
        ++*last;
}

} // namespace oversight
