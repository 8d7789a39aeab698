#include "FixtureText.h"

#include <QFile>

namespace oversight::test {

QStringList fixturePages(const QString &name)
{
    QFile file(QStringLiteral(UNDERSTANDING_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\f'));
}

} // namespace oversight::test
