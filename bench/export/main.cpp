// oversight-bench-export [--keep DB] [--out FILE.pdf]: builds a store with one authority of 20
// documents (Wandsworth's 4 real reports imported, 16 more added with their facts) and 200
// annotations, then times the authority's PDF summary. Prints the figures.
#include "annotations/AnnotationStore.h"
#include "annotations/Checklists.h"
#include "export/SummaryExport.h"
#include "import/ImportJob.h"
#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace oversight;

namespace {

const QString kData = QStringLiteral(OVERSIGHT_SOURCE_DIR "/tests/data/");

// 16 more documents of the authority: copies of the 2016 inspection's facts moved along in
// time, alternating with visits that give no grades, so the timeline has something to draw.
bool addDocuments(DocumentStore &store, const StoredDocument &model, int count)
{
    const QStringList grades = {Grade::Inadequate, Grade::RequiresImprovement, Grade::Good,
                                Grade::Outstanding};
    for (int i = 0; i < count; ++i) {
        NewDocument doc;
        doc.fileName = QStringLiteral("bench-%1.pdf").arg(i);
        doc.sha256 = QStringLiteral("%1").arg(i + 1, 64, 16, QLatin1Char('0'));
        doc.pdf = QByteArrayLiteral("%PDF-1.4\n%%EOF\n");
        doc.pageTexts = {QStringLiteral("Bench document %1").arg(i)};
        doc.facts = model.facts;
        const QDate date = QDate(2016, 6, 1).addMonths(5 * i);
        doc.facts.published = date;
        doc.facts.inspectionStart = date.addDays(-40);
        doc.facts.inspectionEnd = date.addDays(-30);
        if (i % 2) {
            doc.facts.kind = Kind::MonitoringVisit;
            doc.facts.judgements.clear();
            doc.facts.recommendations.clear();
            doc.facts.lscbRecommendations.clear();
        } else {
            for (auto it = doc.facts.judgements.begin(); it != doc.facts.judgements.end(); ++it)
                *it = grades.at((i / 2 + int(it.key().size())) % grades.size());
        }
        if (store.add(doc) != DocumentStore::AddResult::Added)
            return false;
    }
    return true;
}

bool addAnnotations(Database &database, const StoredDocument &source, int count)
{
    AnnotationStore annotations(database);
    DocumentStore store(database);
    const qint64 checklistId = annotations.createChecklist(Checklists::fromDocument(source));
    const std::optional<Checklist> checklist = annotations.checklist(checklistId);
    if (!checklist || checklist->items.isEmpty())
        return false;
    QList<qint64> later;
    for (const StoredDocument &d : store.documents()) {
        if (d.authorityId == source.authorityId && d.facts.sortDate() > source.facts.sortDate())
            later.append(d.id);
    }
    const QStringList statuses = Status::all();
    for (int i = 0; i < count; ++i) {
        Annotation a;
        a.documentId = later.at(i % later.size());
        a.page = 1 + i % 5;
        a.quote = QStringLiteral("Passage %1: managers now review every child's plan monthly, "
                                 "and the audit shows improvement & consistency.").arg(i);
        a.boxes = {QRectF(72, 100 + i % 20 * 14, 300, 12)};
        a.status = statuses.at(i % statuses.size());
        a.note = i % 3 ? QStringLiteral("Checked against the action plan (%1).").arg(i) : QString();
        a.itemIds = {checklist->items.at(i % checklist->items.size()).id};
        if (!annotations.createAnnotation(a))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the database."),
                                  QStringLiteral("DB"));
    const QCommandLineOption pdfOut(QStringLiteral("out"), QStringLiteral("Keep the PDF."),
                                    QStringLiteral("FILE"));
    parser.addOptions({keep, pdfOut});
    parser.addHelpOption();
    parser.process(app);

    QTemporaryDir dir;
    const QString dbPath = parser.isSet(keep) ? parser.value(keep)
                                              : dir.filePath(QStringLiteral("bench.sqlite"));
    QFile::remove(dbPath);
    ImportJob job(dbPath, {kData + QStringLiteral("wandsworth-2016-sif.pdf"),
                           kData + QStringLiteral("wandsworth-2018-monitoring-visit.pdf"),
                           kData + QStringLiteral("wandsworth children's services inspection - 20 july 2018.pdf"),
                           kData + QStringLiteral("wandsworth-2023-ilacs.pdf")});
    qint64 sifId = 0;
    for (const ImportOutcome &o : job.run()) {
        if (o.path.endsWith(QLatin1String("2016-sif.pdf")))
            sifId = o.documentId;
    }
    Database database(dbPath);
    DocumentStore store(database);
    const std::optional<StoredDocument> sif = store.document(sifId);
    if (!sif || !addDocuments(store, *sif, 16) || !addAnnotations(database, *sif, 200)) {
        out << "could not build the store: " << store.lastError() << '\n';
        return 1;
    }
    int documents = 0;
    for (const StoredDocument &d : store.documents())
        documents += d.authorityId == sif->authorityId;

    SummaryOptions options;
    options.userName = QStringLiteral("Bench Mark");
    options.organisation = QStringLiteral("Oversight");
    QList<qint64> times;
    QByteArray pdf;
    int pages = 0;
    for (int run = 0; run < 3; ++run) {
        SummaryExport exporter(database);
        QString error;
        QElapsedTimer timer;
        timer.start();
        pdf = exporter.authoritySummary(sif->authorityId, options, &error);
        times.append(timer.elapsed());
        pages = exporter.pageCount();
        if (pdf.isEmpty()) {
            out << "export failed: " << error << '\n';
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    if (parser.isSet(pdfOut)) {
        QString error;
        SummaryExport::writeFile(parser.value(pdfOut), pdf, &error);
    }
    out << "authority summary: " << documents << " documents, 200 annotations, " << pages
        << " pages, " << pdf.size() / 1024 << " KiB\n";
    out << "export time: median " << times.at(1) << " ms, best " << times.at(0)
        << " ms (target under 2000 ms)\n";
    return times.at(1) < 2000 ? 0 : 1;
}
