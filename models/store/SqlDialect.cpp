#include "SqlDialect.h"

#include "PostgresDialect.h"
#include "SqliteDialect.h"

namespace oversight {

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QPSQL"))
        return PostgresDialect::instance();
    return SqliteDialect::instance();
}

QString straightQuotes(const QString &text)
{
    QString out = text;
    for (const QChar quote : {QChar(0x201C), QChar(0x201D), QChar(0x201E), QChar(0x201F)})
        out.replace(quote, QLatin1Char('"'));
    return out;
}

} // namespace oversight
