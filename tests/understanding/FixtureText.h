#pragma once

#include <QString>
#include <QStringList>

namespace oversight::test {

// Page texts of a fixture in tests/understanding/data: pages are separated by form feeds,
// each as Poppler-Qt6's physical-layout text gave it.
QStringList fixturePages(const QString &name);

} // namespace oversight::test
