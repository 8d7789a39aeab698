#pragma once

#include <QString>

QT_FORWARD_DECLARE_CLASS(QWidget)

namespace oversight::ChartExport {

// Writes what widget shows (a chart view, the map) to path: PNG when the name ends in .png,
// SVG when it ends in .svg. The PNG is drawn at print resolution (300 dpi, three times the
// widget's size); the SVG is vector. Works on hidden widgets (offscreen CLI rendering) once
// they have a size. Returns false with a message a user can read.
bool exportWidget(QWidget *widget, const QString &path, QString *error = nullptr);

inline constexpr int kPrintDpi = 300;

} // namespace oversight::ChartExport
