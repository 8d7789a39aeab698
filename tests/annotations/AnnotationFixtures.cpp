#include "AnnotationFixtures.h"

#include "Fixtures.h"
#include "import/ImportJob.h"
#include "import/PdfFileReader.h"
#include "understanding/DocumentReader.h"

#include <QFileInfo>

namespace oversight::test {

qint64 addHandmadeDocument(DocumentStore &store, const QString &authority, const QString &kind,
                           const QDate &published, const QStringList &recommendations,
                           const QStringList &findings, const QString &authorityCode)
{
    NewDocument doc;
    doc.fileName = QStringLiteral("%1-%2.pdf").arg(authority, published.toString(Qt::ISODate));
    doc.pdf = QByteArray("%PDF-1.4 handmade ") + doc.fileName.toUtf8();
    doc.sha256 = sha256Hex(doc.pdf);
    doc.facts.kind = kind;
    doc.facts.authority = authority;
    doc.facts.authorityCode = authorityCode;
    doc.facts.published = published;
    doc.facts.title = QStringLiteral("Inspection of %1").arg(authority);
    doc.pageTexts.append(doc.facts.title);
    for (int i = 0; i < recommendations.size(); ++i) {
        doc.facts.recommendations.append({i + 1, recommendations.at(i), i + 2});
        doc.pageTexts.append(recommendations.at(i));
    }
    for (int i = 0; i < findings.size(); ++i)
        doc.facts.findings.append({i + 1, QStringLiteral("Findings"), findings.at(i), 1});
    doc.readerVersion = 1;
    qint64 id = 0;
    return store.add(doc, &id) == DocumentStore::AddResult::Added ? id : 0;
}

NewDocument readDataDocument(const QString &name)
{
    const std::atomic_bool cancelled{false};
    const ReadFile read = readPdfFile(dataPath(name), {}, defaultDocumentReader(), cancelled);
    NewDocument doc;
    if (read.result != ReadFile::Result::Ok)
        return doc;
    doc.fileName = QFileInfo(read.path).fileName();
    doc.sha256 = read.sha256;
    doc.pdf = read.bytes;
    doc.pageTexts = read.pageTexts;
    doc.facts = read.facts;
    doc.readerVersion = kReaderVersion;
    return doc;
}

bool importData(const QString &databasePath, const QStringList &names)
{
    QStringList paths;
    for (const QString &name : names)
        paths.append(dataPath(name));
    ImportJob job(databasePath, paths);
    job.setThreadCount(2);
    const QList<ImportOutcome> outcomes = job.run();
    if (outcomes.size() != names.size())
        return false;
    for (const ImportOutcome &o : outcomes)
        if (o.status != ImportOutcome::Status::Imported)
            return false;
    return true;
}

Annotation makeAnnotation(qint64 documentId, const QList<qint64> &itemIds, const QString &status,
                          const QString &note)
{
    Annotation a;
    a.documentId = documentId;
    a.page = 1;
    a.quote = QStringLiteral("Inspection of");
    a.boxes = {QRectF(72.5, 100.25, 80, 12)};
    a.status = status;
    a.note = note;
    a.itemIds = itemIds;
    return a;
}

Checklist makeChecklist(const QString &name, const QStringList &titles, qint64 authorityId)
{
    Checklist c;
    c.name = name;
    c.source = QStringLiteral("user");
    c.authorityId = authorityId;
    for (const QString &t : titles)
        c.items.append({0, 0, t, QStringLiteral("guidance for ") + t});
    return c;
}

} // namespace oversight::test
