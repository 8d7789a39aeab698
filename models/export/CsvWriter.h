#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace oversight {

// Builds CSV as RFC 4180 says (fields with commas, quotes or line breaks in double quotes,
// quotes doubled, CRLF between records) in UTF-8 with a byte-order mark, which is what makes
// Excel read accents right instead of guessing a code page.
class CsvWriter
{
public:
    void addRow(const QStringList &fields);
    QByteArray toBytes() const;

    static QString field(const QString &value);
    // Reads CSV written this way (or any RFC 4180 CSV) back into rows; a BOM is skipped.
    static QList<QStringList> parse(const QByteArray &csv);

private:
    QString m_text;
};

} // namespace oversight
