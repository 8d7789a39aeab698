#pragma once

#include "pdf/PdfDocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Fixture files for the suites: the few real documents checked in under tests/data, and bad
// inputs made at test time so that no odd file has to be checked in.
namespace oversight::test {

// Checked-in documents (see tests/data/README.md).
namespace Data {
inline const QString Wandsworth2016 = QStringLiteral("wandsworth-2016-sif.pdf");
// The one name with spaces and an apostrophe, as users' folders have them.
inline const QString Wandsworth2018 =
    QStringLiteral("wandsworth children's services inspection - 20 july 2018.pdf");
inline const QString Wandsworth2023 = QStringLiteral("wandsworth-2023-ilacs.pdf");
inline const QString MonitoringLetter = QStringLiteral("wandsworth-2018-monitoring-visit.pdf");
inline const QString FocusedLetter = QStringLiteral("wokingham-2018-focused-visit.pdf");
inline const QString BromleyHtml = QStringLiteral("bromley-2012-html-page.pdf");
inline const QString PasswordProtected = QStringLiteral("password-protected.pdf");
} // namespace Data

// Absolute path of a file in tests/data.
QString dataPath(const QString &name);

QByteArray readBytes(const QString &path);
// Writes bytes to path, creating its folder; false when the file could not be written.
bool writeBytes(const QString &path, const QByteArray &bytes);
// Copies a tests/data file to path; returns path, or an empty string on failure.
QString copyData(const QString &name, const QString &path);

QString sha256Hex(const QByteArray &bytes);

// A one- or many-page PDF drawn with QPainter, with a real text layer: one page per entry,
// each entry's lines drawn top to bottom. Needs a QGuiApplication.
QByteArray makeTextPdf(const QList<QStringList> &pages);
// A business document that is nothing Ofsted published (a sales report).
QByteArray makeSalesReportPdf();
// A well-formed PDF whose page tree is empty, written object by object.
QByteArray makePdfWithoutPages();
// A PDF whose only page is an image: what a scan without OCR looks like.
QByteArray makeImageOnlyPdf();

// The kinds of bad input import must refuse, each with the problem it must be refused for.
enum class BadInput {
    Empty,
    HtmlPage,
    NotPdf,
    RandomBytes,
    Truncated,
    Damaged,
    Encrypted,
    NoPages,
    NoTextLayer,
};
PdfProblem expectedProblem(BadInput kind);
// Writes a file of that kind at path (a .pdf name); returns false if it could not.
bool writeBadInput(BadInput kind, const QString &path);

// Text of every page of a PDF, whitespace simplified, as Poppler reads it.
QStringList simplifiedPageTexts(const QString &path);
// 1-based number of the only page whose text holds phrase (case-insensitive, whitespace
// simplified); 0 if none or more than one does.
int onlyPageHolding(const QString &path, const QString &phrase);

} // namespace oversight::test
