#pragma once

#include "CleanText.h"

#include <QString>
#include <QStringList>

namespace oversight {

struct InspectorFacts
{
    QString lead;
    QStringList all; // lead first, each name once
};

// Finds who inspected: "Lead inspector: Rodica Cobarzan, His Majesty's Inspector", "Reporting
// inspector Gary Lamb HMI", the inspection-team block of SIF reports (deputies and team
// inspectors over several lines), and in letters "The inspectors were X, HMI, and Y, HMI",
// "The visit was conducted by X and Y, Her Majesty's Inspectors" and the signature after
// "Yours sincerely". Names come back without titles. Pure and thread-safe.
class InspectorReader
{
public:
    static InspectorFacts read(const CleanText &text, bool isLetter);

    // "Helen Cawston HMI" -> "Helen Cawston"; empty when what remains is not a person's name.
    static QString cleanName(const QString &written);
    // Splits "A, HMI, B and C, two of Her Majesty's Inspectors" into clean names.
    static QStringList splitNames(const QString &written);

private:
    static InspectorFacts readReport(const CleanText &text);
    static InspectorFacts readLetter(const CleanText &text);
};

} // namespace oversight
