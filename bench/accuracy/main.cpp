// oversight-accuracy: extracts every PDF of a corpus with the product's reader and compares the
// facts with a checked truth file, field by field.
//
//   oversight-accuracy [--check] [CORPUS_DIR] [TRUTH_CSV]
//
// CORPUS_DIR defaults to ../shared/corpus beside the source tree (or the working directory);
// TRUTH_CSV to CORPUS_DIR/truth.csv. With --check the exit status is 1 when an accuracy
// target is missed (the CTest test uses this); without it the program only reports.

#include "AccuracyTally.h"
#include "TruthFile.h"

#include "domain/DocumentFacts.h"
#include "pdf/PdfDocument.h"
#include "understanding/AuthorityDirectory.h"
#include "understanding/DocumentReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace oversight;
using namespace oversight::accuracy;

namespace {

const QString kNotAPdf = QStringLiteral("not_a_pdf");

QString defaultCorpus()
{
    const QStringList candidates = {
        QStringLiteral(OVERSIGHT_SOURCE_ROOT "/../shared/corpus"),
        QDir::current().absoluteFilePath(QStringLiteral("../shared/corpus")),
        QDir::current().absoluteFilePath(QStringLiteral("shared/corpus")),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(candidate);
    }
    return QDir::cleanPath(candidates.first());
}

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Names compare without regard to case, spacing or the shape of apostrophes.
QString looseKey(QString text)
{
    text.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''));
    return text.simplified().toLower();
}

struct Extraction
{
    bool opened = false;
    QString problem;
    DocumentFacts facts;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    const bool check = args.removeAll(QStringLiteral("--check")) > 0;
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << "usage: oversight-accuracy [--check] [CORPUS_DIR] [TRUTH_CSV]\n";
        return 0;
    }

    const QString corpus = QDir::cleanPath(args.value(0, defaultCorpus()));
    if (!QFileInfo(corpus).isDir()) {
        out << "Corpus not found at " << corpus << "; nothing to measure.\n";
        return 0;
    }
    const QString truthPath = args.value(1, QDir(corpus).filePath(QStringLiteral("truth.csv")));
    if (!QFileInfo::exists(truthPath)) {
        out << "Truth file not found at " << truthPath << "; nothing to compare with.\n";
        return 0;
    }
    TruthFile truth;
    QString error;
    if (!truth.load(truthPath, &error)) {
        out << "Cannot use the truth file: " << error << "\n";
        return check ? 1 : 0;
    }

    // Every PDF under the corpus, in a stable order.
    QStringList files;
    QDirIterator it(corpus, {QStringLiteral("*.pdf"), QStringLiteral("*.PDF")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(corpus).relativeFilePath(it.next()));
    files.sort();

    const QStringList judgementFields = Area::all();
    QStringList fields = {QStringLiteral("kind"), QStringLiteral("authority_name"),
                          QStringLiteral("authority_code"), QStringLiteral("inspection_start"),
                          QStringLiteral("inspection_end"), QStringLiteral("published"),
                          QStringLiteral("lead_inspector")};
    fields += judgementFields;
    fields += {QStringLiteral("recommendations"), QStringLiteral("lscb_recommendations")};
    AccuracyTally tally(fields);

    const AuthorityDirectory &directory = AuthorityDirectory::instance();
    const DocumentReader &reader = defaultDocumentReader();
    qint64 popplerNs = 0;
    qint64 readerNs = 0;
    int opened = 0;
    QStringList rejected;
    QStringList untracked;
    QSet<QString> seen;

    for (const QString &file : std::as_const(files)) {
        QFile pdf(QDir(corpus).filePath(file));
        Extraction x;
        if (pdf.open(QIODevice::ReadOnly)) {
            const PdfDocument document = PdfDocument::fromData(pdf.readAll());
            x.opened = document.isOpen();
            if (x.opened) {
                QElapsedTimer timer;
                timer.start();
                const QStringList pages = document.pageTexts();
                popplerNs += timer.nsecsElapsed();
                timer.restart();
                x.facts = reader.read(pages);
                readerNs += timer.nsecsElapsed();
                ++opened;
            } else {
                x.problem = describe(document.problem());
                rejected.append(QStringLiteral("%1: %2").arg(file, x.problem));
            }
        } else {
            x.problem = pdf.errorString();
            rejected.append(QStringLiteral("%1: %2").arg(file, x.problem));
        }

        const auto row = std::find_if(truth.rows().cbegin(), truth.rows().cend(),
                                      [&](const TruthRow &r) { return r.path == file; });
        if (row == truth.rows().cend()) {
            untracked.append(file);
            continue;
        }
        seen.insert(file);
        const DocumentFacts &f = x.facts;
        const QString kind = x.opened ? f.kind : kNotAPdf;
        tally.compare(file, QStringLiteral("kind"), row->value(QStringLiteral("kind")), kind);
        const QString expectedName = row->value(QStringLiteral("authority_name"));
        tally.compare(file, QStringLiteral("authority_name"), expectedName, f.authority,
                      looseKey(expectedName) == looseKey(f.authority));
        const QString expectedCode = expectedName.isEmpty() ? QString() : directory.codeFor(expectedName);
        tally.compare(file, QStringLiteral("authority_code"), expectedCode, f.authorityCode);
        tally.compare(file, QStringLiteral("inspection_start"),
                      row->value(QStringLiteral("inspection_start")), iso(f.inspectionStart));
        tally.compare(file, QStringLiteral("inspection_end"),
                      row->value(QStringLiteral("inspection_end")), iso(f.inspectionEnd));
        tally.compare(file, QStringLiteral("published"), row->value(QStringLiteral("published")),
                      iso(f.published));
        const QString expectedLead = row->value(QStringLiteral("lead_inspector"));
        tally.compare(file, QStringLiteral("lead_inspector"), expectedLead, f.leadInspector,
                      looseKey(expectedLead) == looseKey(f.leadInspector));
        for (const QString &area : judgementFields)
            tally.compare(file, area, row->value(area), f.judgements.value(area));
        // Counts are compared only where the truth file gives one.
        const QString recs = row->value(QStringLiteral("recommendations"));
        if (!recs.isEmpty())
            tally.compare(file, QStringLiteral("recommendations"), recs,
                          QString::number(f.recommendations.size()));
        const QString lscbRecs = row->value(QStringLiteral("lscb_recommendations"));
        if (!lscbRecs.isEmpty())
            tally.compare(file, QStringLiteral("lscb_recommendations"), lscbRecs,
                          QString::number(f.lscbRecommendations.size()));
    }

    out << "Corpus: " << corpus << "\nTruth:  " << truthPath << "\n";
    out << files.size() << " files, " << opened << " read, " << rejected.size() << " rejected\n";
    for (const QString &r : std::as_const(rejected))
        out << "  rejected " << r << "\n";
    for (const QString &u : std::as_const(untracked))
        out << "  not in the truth file: " << u << "\n";
    for (const TruthRow &r : truth.rows()) {
        if (!seen.contains(r.path))
            out << "  in the truth file but not found: " << r.path << "\n";
    }
    out << QStringLiteral("Time: Poppler text %1 ms, reader %2 ms (%3% of Poppler)\n\n")
               .arg(popplerNs / 1000000)
               .arg(readerNs / 1000000)
               .arg(popplerNs ? 100.0 * double(readerNs) / double(popplerNs) : 0.0, 0, 'f', 1);
    tally.printTable(out);
    out << "\n";
    tally.printMismatches(out);

    QMap<QString, double> targets;
    targets.insert(QStringLiteral("kind"), 100.0);
    for (const QString &area : judgementFields)
        targets.insert(area, 100.0);
    for (const char *field : {"inspection_start", "inspection_end", "published", "lead_inspector"})
        targets.insert(QLatin1String(field), 99.0);
    targets.insert(QStringLiteral("recommendations"), 95.0);
    targets.insert(QStringLiteral("lscb_recommendations"), 95.0);
    const QStringList missed = tally.missedTargets(targets);
    out << "\n";
    if (missed.isEmpty()) {
        out << "All accuracy targets met.\n";
        return 0;
    }
    out << "Targets missed: " << missed.join(QStringLiteral("; ")) << "\n";
    return check ? 1 : 0;
}
