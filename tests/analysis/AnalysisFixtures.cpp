#include "AnalysisFixtures.h"

#include "Fixtures.h"
#include "import/ImportJob.h"
#include "understanding/AuthorityDirectory.h"

#include <QFileInfo>

namespace oversight::test {

QMap<QString, qint64> importData(const QString &dbPath, const QStringList &names)
{
    QStringList paths;
    for (const QString &name : names)
        paths.append(dataPath(name));
    ImportJob job(dbPath, paths);
    job.setThreadCount(2);
    QMap<QString, qint64> ids;
    for (const ImportOutcome &o : job.run()) {
        if (o.documentId > 0)
            ids.insert(QFileInfo(o.path).fileName(), o.documentId);
    }
    return ids;
}

NewDocument documentWithGrades(const QString &code, const QDate &date, const QString &kind,
                               const QMap<QString, QString> &grades, int seed)
{
    NewDocument doc;
    doc.fileName = QStringLiteral("%1-%2.pdf").arg(code).arg(seed);
    doc.sha256 = QStringLiteral("%1").arg(seed, 64, 16, QLatin1Char('0'));
    doc.pdf = QByteArrayLiteral("%PDF-1.4 %%EOF");
    doc.pageTexts = {QStringLiteral("page")};
    doc.facts.kind = kind;
    doc.facts.authorityCode = code;
    doc.facts.authority = AuthorityDirectory::instance().canonicalName(code);
    doc.facts.published = date;
    doc.facts.judgements = grades;
    return doc;
}

NewDocument areaSendDocument(const QString &code, const QDate &date, const QString &outcome,
                             int seed)
{
    NewDocument doc = documentWithGrades(code, date, Kind::AreaSend, {}, seed);
    doc.facts.published = QDate();
    doc.facts.inspectionStart = date.addDays(-11);
    doc.facts.inspectionEnd = date;
    doc.facts.outcome = outcome;
    return doc;
}

} // namespace oversight::test
