// oversight-accuracy: extracts every PDF of a corpus with the product's reader and compares the
// facts with a checked truth file, field by field; then measures how many of the facts it got
// wrong or missed its warnings name, on the corpus and on copies of its text damaged on purpose.
//
//   oversight-accuracy [--check] [CORPUS_DIR] [TRUTH_CSV]
//   oversight-accuracy --text FILE.pdf      (the page texts the reader sees, pages split by \f,
//                                            with the layout's gaps where the reader needs them)
//
// CORPUS_DIR defaults to ../shared/corpus beside the source tree (or the working directory); a
// relative path is taken from the working directory. TRUTH_CSV defaults to CORPUS_DIR/truth.csv.
// With --check the exit status is 1 unless every field is 100% right (labels listed in
// bench/accuracy/disputed-labels.csv aside) and no document read right carries a warning; the
// CTest tests use this. Area SEND rows are measured on the same fields, and on their outcome
// and previous inspection where the truth file has those columns; their recommendation
// counts are a field of their own (see kAreaSendRecommendations).

#include "AccuracyTally.h"
#include "DisputedLabels.h"
#include "TextDamage.h"
#include "TruthFile.h"
#include "WarningTally.h"

#include "domain/DocumentFacts.h"
#include "pdf/PdfDocument.h"
#include "understanding/AuthorityDirectory.h"
#include "understanding/DocumentReader.h"
#include "understanding/LayoutGaps.h"

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

// Area SEND reports' recommendation counts (priority actions and areas for improvement, one
// per table row) are a field of their own, so that they are not mixed with the ILACS and SIF
// counts; a target at 100% like every other field. Where two rows are set close their
// boundary shows only in the page's layout: documents are read here as import reads them
// (LayoutGaps on the pages the reader asks for).
const QString kAreaSendRecommendations = QStringLiteral("area_send_recommendations");

// Kinds in a truth file that this program does not measure yet, and why (none today).
const QMap<QString, QString> &excludedKinds()
{
    static const QMap<QString, QString> kinds;
    return kinds;
}

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

// "A; B" or a list of names -> the sorted loose keys, so that order does not count.
QStringList nameSet(const QStringList &names)
{
    QStringList keys;
    for (const QString &name : names) {
        const QString key = looseKey(name);
        if (!key.isEmpty())
            keys.append(key);
    }
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

struct Document
{
    QString path; // relative to the corpus
    bool opened = false;
    QString problem;
    QStringList pages;
};

struct FieldResult
{
    QString field;
    QString expected;
    QString actual;
    bool equal = false;
};

QStringList fieldNames()
{
    QStringList fields = {QStringLiteral("kind"), QStringLiteral("authority_name"),
                          QStringLiteral("authority_code"), QStringLiteral("inspection_start"),
                          QStringLiteral("inspection_end"), QStringLiteral("published"),
                          QStringLiteral("lead_inspector"), QStringLiteral("inspectors")};
    fields += Area::all();
    fields += {QStringLiteral("recommendations"), QStringLiteral("lscb_recommendations"),
               QStringLiteral("outcome"), QStringLiteral("previous_inspection"),
               kAreaSendRecommendations};
    return fields;
}

// Every comparison the truth row allows for one document's facts.
QList<FieldResult> compareFacts(const TruthRow &row, bool opened, const DocumentFacts &f)
{
    QList<FieldResult> out;
    auto exact = [&](const QString &field, const QString &actual) {
        const QString column = field == kAreaSendRecommendations ? QStringLiteral("recommendations") : field;
        const QString expected = row.value(column);
        out.append({field, expected, actual, expected == actual});
    };
    exact(QStringLiteral("kind"), opened ? f.kind : kNotAPdf);
    // The name as the document gives it. The corpora label it in two styles ("London Borough
    // of Wandsworth" in corpus/, "Hackney" for "London Borough of Hackney" in corpus-2/), so a
    // name is right when it reads the same or names the same authority (the same DfE code).
    const AuthorityDirectory &directory = AuthorityDirectory::instance();
    const QString expectedName = row.value(QStringLiteral("authority_name"));
    const QString expectedCode = expectedName.isEmpty() ? QString() : directory.codeFor(expectedName);
    out.append({QStringLiteral("authority_name"), expectedName, f.authority,
                looseKey(expectedName) == looseKey(f.authority)
                    || (!expectedCode.isEmpty() && directory.codeFor(f.authority) == expectedCode)});
    out.append({QStringLiteral("authority_code"), expectedCode, f.authorityCode,
                expectedCode == f.authorityCode});
    exact(QStringLiteral("inspection_start"), iso(f.inspectionStart));
    exact(QStringLiteral("inspection_end"), iso(f.inspectionEnd));
    exact(QStringLiteral("published"), iso(f.published));
    const QString expectedLead = row.value(QStringLiteral("lead_inspector"));
    out.append({QStringLiteral("lead_inspector"), expectedLead, f.leadInspector,
                looseKey(expectedLead) == looseKey(f.leadInspector)});
    // Every inspector, order aside, where the truth file names them (letters).
    const QString expectedTeam = row.value(QStringLiteral("inspectors"));
    if (!expectedTeam.isEmpty()) {
        out.append({QStringLiteral("inspectors"), expectedTeam,
                    f.inspectors.join(QStringLiteral("; ")),
                    nameSet(expectedTeam.split(QLatin1Char(';'))) == nameSet(f.inspectors)});
    }
    for (const QString &area : Area::all())
        exact(area, f.judgements.value(area));
    // Counts are compared only where the truth file gives one.
    if (!row.value(QStringLiteral("recommendations")).isEmpty())
        exact(row.value(QStringLiteral("kind")) == Kind::AreaSend ? kAreaSendRecommendations
                                                                  : QStringLiteral("recommendations"),
              QString::number(f.recommendations.size()));
    if (!row.value(QStringLiteral("lscb_recommendations")).isEmpty())
        exact(QStringLiteral("lscb_recommendations"), QString::number(f.lscbRecommendations.size()));
    // Area SEND facts, on every row of a truth file that has their columns: an empty cell
    // says the document has none (no outcome; "Not previously inspected"), and so must the
    // reader. Truth files without the columns (corpus/) leave them unmeasured.
    if (row.values.contains(QStringLiteral("outcome")))
        exact(QStringLiteral("outcome"), f.outcome);
    if (row.values.contains(QStringLiteral("previous_inspection")))
        exact(QStringLiteral("previous_inspection"), iso(f.previousInspection));
    return out;
}

int printText(const QString &fileName, QTextStream &out)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        out << fileName << ": " << file.errorString() << "\n";
        return 1;
    }
    const PdfDocument document = PdfDocument::fromData(file.readAll());
    if (!document.isOpen()) {
        out << fileName << ": " << describe(document.problem()) << "\n";
        return 1;
    }
    QStringList pages = document.pageTexts();
    LayoutGaps::addTo(pages, defaultDocumentReader(),
                      [&document](int page) { return document.words(page); });
    out << pages.join(QLatin1Char('\f'));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = app.arguments().mid(1);
    const bool check = args.removeAll(QStringLiteral("--check")) > 0;
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << "usage: oversight-accuracy [--check] [CORPUS_DIR] [TRUTH_CSV]\n"
               "       oversight-accuracy --text FILE.pdf\n";
        return 0;
    }
    if (args.size() == 2 && args.first() == QLatin1String("--text"))
        return printText(args.at(1), out);

    // Absolute from here on: files are named relative to the corpus and opened from it.
    const QString corpus = QFileInfo(args.value(0, defaultCorpus())).absoluteFilePath();
    if (!QFileInfo(corpus).isDir()) {
        out << "Corpus not found at " << corpus << "; nothing to measure.\n";
        return 0;
    }
    const QDir corpusDir(corpus);
    const QString corpusName = corpusDir.dirName();
    const QString truthPath = QFileInfo(args.value(1, corpusDir.filePath(QStringLiteral("truth.csv"))))
                                  .absoluteFilePath();
    if (!QFileInfo::exists(truthPath)) {
        out << "Truth file not found at " << truthPath << "; nothing to compare with.\n";
        return 0;
    }
    TruthFile truth;
    DisputedLabels disputed;
    QString error;
    if (!truth.load(truthPath, &error)
        || !disputed.load(QStringLiteral(OVERSIGHT_SOURCE_ROOT "/bench/accuracy/disputed-labels.csv"),
                          &error)) {
        out << "Cannot use the truth file: " << error << "\n";
        return check ? 1 : 0;
    }
    QHash<QString, const TruthRow *> truthByPath;
    for (const TruthRow &row : truth.rows())
        truthByPath.insert(row.path, &row);

    // Every PDF under the corpus, in a stable order, read once.
    QStringList files;
    QDirIterator it(corpus, {QStringLiteral("*.pdf"), QStringLiteral("*.PDF")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(corpusDir.relativeFilePath(it.next()));
    files.sort();

    const DocumentReader &reader = defaultDocumentReader();
    qint64 popplerNs = 0;
    qint64 readerNs = 0;
    qint64 layoutNs = 0; // choosing the pages whose layout the reader needs, and their gaps
    int layoutPages = 0;
    QList<Document> documents;
    QStringList rejected;
    QStringList untracked;
    QMap<QString, int> excluded;
    for (const QString &file : std::as_const(files)) {
        Document d;
        d.path = file;
        QFile pdf(corpusDir.filePath(file));
        if (pdf.open(QIODevice::ReadOnly)) {
            const PdfDocument document = PdfDocument::fromData(pdf.readAll());
            d.opened = document.isOpen();
            if (d.opened) {
                QElapsedTimer timer;
                timer.start();
                d.pages = document.pageTexts();
                popplerNs += timer.nsecsElapsed();
                // As import reads it: the pages whose layout the reader needs get its gaps.
                timer.restart();
                LayoutGaps::addTo(d.pages, reader, [&](int page) {
                    ++layoutPages;
                    return document.words(page);
                });
                layoutNs += timer.nsecsElapsed();
            } else {
                d.problem = describe(document.problem());
            }
        } else {
            d.problem = pdf.errorString();
        }
        if (!d.problem.isEmpty())
            rejected.append(QStringLiteral("%1: %2").arg(file, d.problem));
        const TruthRow *row = truthByPath.value(file);
        if (!row) {
            untracked.append(file);
            continue;
        }
        const QString kind = row->value(QStringLiteral("kind"));
        if (excludedKinds().contains(kind)) {
            ++excluded[kind];
            // Read all the same: the reader must not fail on them.
            if (d.opened)
                reader.read(d.pages);
            continue;
        }
        documents.append(d);
    }

    const QStringList fields = fieldNames();
    AccuracyTally tally(fields);
    WarningTally warnings;
    for (const Document &d : std::as_const(documents)) {
        QElapsedTimer timer;
        timer.start();
        const DocumentFacts facts = d.opened ? reader.read(d.pages) : DocumentFacts();
        readerNs += timer.nsecsElapsed();
        QStringList wrong;
        for (const FieldResult &r : compareFacts(*truthByPath.value(d.path), d.opened, facts)) {
            if (!r.equal && disputed.contains(corpusName, d.path, r.field)) {
                tally.dispute(d.path, r.field, r.expected, r.actual);
                continue;
            }
            tally.compare(d.path, r.field, r.expected, r.actual, r.equal);
            if (!r.equal)
                wrong.append(r.field);
        }
        warnings.add(d.path, wrong, facts.warnings);
    }

    out << "Corpus: " << corpus << "\nTruth:  " << truthPath << "\n";
    out << files.size() << " files, " << documents.size() << " measured, " << rejected.size()
        << " rejected\n";
    for (auto e = excluded.constBegin(); e != excluded.constEnd(); ++e)
        out << "  left out: " << e.value() << " " << e.key() << " (" << excludedKinds().value(e.key())
            << ")\n";
    for (const QString &r : std::as_const(rejected))
        out << "  rejected " << r << "\n";
    for (const QString &u : std::as_const(untracked))
        out << "  not in the truth file: " << u << "\n";
    for (const TruthRow &r : truth.rows()) {
        if (!files.contains(r.path))
            out << "  in the truth file but not found: " << r.path << "\n";
    }
    const auto ofPoppler = [popplerNs](qint64 ns) {
        return QString::number(popplerNs ? 100.0 * double(ns) / double(popplerNs) : 0.0, 'f', 1);
    };
    out << QStringLiteral("Time: Poppler text %1 ms, reader %2 ms (%3% of Poppler), layout gaps "
                          "%4 ms (%5% of Poppler; word boxes of %6 pages)\n\n")
               .arg(popplerNs / 1000000)
               .arg(readerNs / 1000000)
               .arg(ofPoppler(readerNs))
               .arg(layoutNs / 1000000)
               .arg(ofPoppler(layoutNs))
               .arg(layoutPages);
    tally.printTable(out);
    out << "\n";
    tally.printMismatches(out);

    // Warnings: on the corpus as it is, then on damaged copies of its text.
    out << "\nWarnings on the corpus: " << warnings.summary() << "\n";
    warnings.printFalseAlarms(out);
    out << "Warnings on damaged copies (facts the damage cost, and how many a warning names):\n";
    for (const TextDamage &damage : textDamages()) {
        WarningTally damaged;
        for (const Document &d : std::as_const(documents)) {
            if (!d.opened)
                continue;
            const DocumentFacts facts = reader.read(damage.apply(d.pages));
            QStringList wrong;
            for (const FieldResult &r : compareFacts(*truthByPath.value(d.path), true, facts)) {
                if (!r.equal && !disputed.contains(corpusName, d.path, r.field))
                    wrong.append(r.field);
            }
            damaged.add(d.path, wrong, facts.warnings);
        }
        out << "  " << damage.name << ": " << damaged.summary() << "\n";
    }

    QMap<QString, double> targets;
    for (const QString &field : fields)
        targets.insert(field, 100.0);
    QStringList missed = tally.missedTargets(targets);
    if (warnings.falseAlarms() > 0)
        missed.append(QStringLiteral("%1 false alarms").arg(warnings.falseAlarms()));
    out << "\n";
    if (missed.isEmpty()) {
        out << "All accuracy targets met.\n";
        return 0;
    }
    out << "Targets missed: " << missed.join(QStringLiteral("; ")) << "\n";
    return check ? 1 : 0;
}
