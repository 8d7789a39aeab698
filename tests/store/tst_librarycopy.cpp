// LibraryCopy (File > Copy library to team database, and back): a library of real reports with
// a checklist, annotations linked to its items, a correction and a dismissed suggestion goes
// from an SQLite file to a team database on the tests' own PostgreSQL server and back to a new
// file, every row of every table equal at each step; the copies search and take new rows; a
// target that is not empty is refused untouched; a cancelled copy leaves nothing behind.
#include "Fixtures.h"
#include "PostgresServer.h"

#include "annotations/AnnotationStore.h"
#include "annotations/Checklists.h"
#include "domain/FactCorrection.h"
#include "import/ImportJob.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "store/LibraryCopy.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace oversight;
using namespace oversight::test;

namespace {

const QStringList kReports{Data::Wandsworth2016, Data::Wandsworth2018, Data::MonitoringLetter,
                           Data::FocusedLetter};

// Every table's rows as text, one string per row (columns by name, NULL marked, bytes as their
// SHA-256), sorted: two libraries hold the same rows when their dumps are equal, whichever
// database each is in. Columns only one side has (PostgreSQL's generated text_search) are
// left out by the caller passing the columns both have.
using Dump = QMap<QString, QStringList>;

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

QStringList sharedColumns(const QSqlDatabase &a, const QSqlDatabase &b, const QString &table)
{
    QStringList shared;
    const QStringList theirs = columnsOf(b, table);
    for (const QString &c : columnsOf(a, table))
        if (theirs.contains(c))
            shared.append(c);
    std::sort(shared.begin(), shared.end());
    return shared;
}

Dump dumpLibrary(const QSqlDatabase &db, const QSqlDatabase &other)
{
    Dump dump;
    for (const QString &table : LibraryCopy::tables()) {
        const QStringList columns = sharedColumns(db, other, table);
        QStringList rows;
        QSqlQuery q(db);
        if (columns.isEmpty() || !q.exec(QStringLiteral("SELECT \"%1\" FROM %2")
                                             .arg(columns.join(QStringLiteral("\", \"")), table))) {
            rows.append(QStringLiteral("cannot read: ") + q.lastError().text());
        }
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant v = q.value(i);
                QString text = v.isNull() ? QStringLiteral("<null>")
                               : v.typeId() == QMetaType::QByteArray
                                   ? QStringLiteral("sha256:") + sha256Hex(v.toByteArray())
                                   : v.toString();
                values.append(columns.at(i) + QLatin1Char('=') + text);
            }
            rows.append(values.join(QStringLiteral(" | ")));
        }
        std::sort(rows.begin(), rows.end());
        dump.insert(table, rows);
    }
    return dump;
}

QString firstDifference(const Dump &a, const Dump &b)
{
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QStringList other = b.value(it.key());
        if (it.value() == other)
            continue;
        for (int i = 0; i < qMax(it.value().size(), other.size()); ++i)
            if (it.value().value(i) != other.value(i))
                return QStringLiteral("%1 (%2 rows vs %3), row %4:\n  %5\n  %6")
                    .arg(it.key())
                    .arg(it.value().size())
                    .arg(other.size())
                    .arg(i)
                    .arg(it.value().value(i).left(300), other.value(i).left(300));
    }
    return {};
}

qint64 rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 maxId(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT max(id) FROM %1").arg(table)) && q.next() ? q.value(0).toLongLong() : -1;
}

// The pages a query finds, as "document id/page".
QStringList pagesFound(Database &db, const QString &query)
{
    QStringList pages;
    const DocumentStore store(db);
    for (const SearchHit &hit : store.search(query, 1000))
        pages.append(QStringLiteral("%1/%2").arg(hit.documentId).arg(hit.page));
    std::sort(pages.begin(), pages.end());
    return pages;
}

bool importReports(const QString &location, const QStringList &names, QString *problem)
{
    QStringList paths;
    for (const QString &name : names)
        paths.append(dataPath(name));
    ImportJob job(location, paths);
    job.setThreadCount(1);
    for (const ImportOutcome &o : job.run()) {
        if (o.status != ImportOutcome::Status::Imported) {
            *problem = o.path + QStringLiteral(": ") + o.statusText();
            return false;
        }
    }
    return true;
}

} // namespace

class tst_LibraryCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sqliteToPostgresAndBack();
    void fileToFile();
    void refusesTargetThatIsNotEmpty();
    void cancelHalfWayLeavesTargetEmpty();
    void refusesSameLibraryAndUnknownTable();
    void rowsLostOnTheWayRollBack();

private:
    QString newTeamDatabase(const QString &hint);

    QTemporaryDir m_dir;
    QString m_source; // the SQLite library every test copies from, made once
    Dump m_sourceDump;
};

QString tst_LibraryCopy::newTeamDatabase(const QString &hint)
{
    const QString location = PostgresServer::instance().newDatabase(hint);
    if (location.isEmpty())
        qWarning("%s", qPrintable(PostgresServer::instance().error()));
    return location;
}

void tst_LibraryCopy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(PostgresServer::instance().isRunning(), qPrintable(PostgresServer::instance().error()));
    m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
    QString problem;
    QVERIFY2(importReports(m_source, kReports, &problem), qPrintable(problem));

    Database db(m_source);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    DocumentStore store(db);
    AnnotationStore annotations(db);
    const qint64 inspection = store.idForHash(sha256Hex(readBytes(dataPath(Data::Wandsworth2016))));
    const qint64 letter = store.idForHash(sha256Hex(readBytes(dataPath(Data::MonitoringLetter))));
    QVERIFY(inspection > 0 && letter > 0);
    const Checklist made = Checklists::fromDocument(*store.document(inspection));
    QVERIFY(made.items.size() >= 3);
    const qint64 checklistId = annotations.createChecklist(made);
    QVERIFY2(checklistId > 0, qPrintable(annotations.lastError()));
    const Checklist checklist = *annotations.checklist(checklistId);
    Annotation a;
    a.documentId = letter;
    a.page = 2;
    a.quote = QStringLiteral("Senior leaders have an accurate overview");
    a.boxes = {QRectF(72.5, 100.25, 80, 12), QRectF(72.5, 114.0, 120, 12)};
    a.status = Status::Progressing;
    a.note = QStringLiteral("Progress on audit, not yet on supervision — “quoted” note");
    a.itemIds = {checklist.items.at(0).id, checklist.items.at(2).id};
    QVERIFY2(annotations.createAnnotation(a) > 0, qPrintable(annotations.lastError()));
    a.page = 3;
    a.itemIds = {checklist.items.at(1).id};
    QVERIFY2(annotations.createAnnotation(a) > 0, qPrintable(annotations.lastError()));
    QVERIFY2(store.correct(letter, FactField::LeadInspector, QStringLiteral("Jane Corrected")),
             qPrintable(store.lastError()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM findings WHERE document_id = %1 LIMIT 1").arg(letter)) && q.next());
    QVERIFY(annotations.dismissSuggestion(checklist.items.at(0).id, q.value(0).toLongLong()));
    q.finish();
    // Every table holds rows, so that a table left out shows.
    for (const QString &table : LibraryCopy::tables())
        QVERIFY2(rowCount(db.connection(), table) > 0, qPrintable(table));
    m_sourceDump = dumpLibrary(db.connection(), db.connection());
}

void tst_LibraryCopy::sqliteToPostgresAndBack()
{
    const QString team = newTeamDatabase(QStringLiteral("copy"));
    QVERIFY(!team.isEmpty());
    QList<LibraryCopy::Progress> progress;
    LibraryCopy::Options options;
    options.progress = [&](const LibraryCopy::Progress &p) { progress.append(p); };
    const LibraryCopy::Result toTeam = LibraryCopy::copy(m_source, team, options);
    QVERIFY2(toTeam.ok(), qPrintable(toTeam.error));

    // Progress: every table, rows done never going back, ending at the total, which is the
    // sum of the counts.
    QVERIFY(!progress.isEmpty());
    qint64 total = 0;
    for (const LibraryCopy::TableCount &c : toTeam.counts) {
        QCOMPARE(c.target, c.source);
        total += c.source;
    }
    QCOMPARE(toTeam.counts.size(), LibraryCopy::tables().size());
    QCOMPARE(progress.last().rowsDone, total);
    QCOMPARE(progress.last().rowsTotal, total);
    for (int i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).rowsDone >= progress.at(i - 1).rowsDone);

    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
    QVERIFY(!QFileInfo::exists(back));
    const LibraryCopy::Result toFile = LibraryCopy::copy(team, back);
    QVERIFY2(toFile.ok(), qPrintable(toFile.error));

    Database source(m_source);
    Database teamDb(team);
    Database backDb(back);
    for (Database *db : {&source, &teamDb, &backDb})
        QVERIFY2(db->isOpen(), qPrintable(db->errorString()));
    QVERIFY(teamDb.isTeamDatabase());
    const QString toTeamDifference = firstDifference(dumpLibrary(source.connection(), teamDb.connection()),
                                                     dumpLibrary(teamDb.connection(), source.connection()));
    QVERIFY2(toTeamDifference.isEmpty(), qPrintable(toTeamDifference));
    const QString backDifference = firstDifference(m_sourceDump, dumpLibrary(backDb.connection(), backDb.connection()));
    QVERIFY2(backDifference.isEmpty(), qPrintable(backDifference));

    // The PDFs' bytes, unchanged in both copies: the SHA-256 of each is the file's.
    for (Database *db : {&teamDb, &backDb}) {
        const DocumentStore store(*db);
        for (const QString &name : kReports) {
            const QString sha = sha256Hex(readBytes(dataPath(name)));
            const qint64 id = store.idForHash(sha);
            QVERIFY2(id > 0, qPrintable(name));
            QCOMPARE(sha256Hex(store.pdf(id)), sha);
        }
    }

    // Full-text search finds the same pages in the team copy (PostgreSQL's tsvector) and in the
    // file made from it (FTS5 rebuilt) as in the original.
    for (const QString &query : {QStringLiteral("Wokingham"), QStringLiteral("\"care leavers\""),
                                 QStringLiteral("adoption")}) {
        const QStringList expected = pagesFound(source, query);
        QVERIFY2(!expected.isEmpty(), qPrintable(query));
        QCOMPARE(pagesFound(teamDb, query), expected);
        QCOMPARE(pagesFound(backDb, query), expected);
    }

    // New rows in the team copy take fresh ids: its identity sequences were moved past the ids
    // copied.
    const qint64 lastDocument = maxId(teamDb.connection(), QStringLiteral("documents"));
    const qint64 lastAnnotation = maxId(teamDb.connection(), QStringLiteral("annotations"));
    QString problem;
    QVERIFY2(importReports(team, {Data::Wandsworth2023}, &problem), qPrintable(problem));
    const qint64 added = DocumentStore(teamDb).idForHash(sha256Hex(readBytes(dataPath(Data::Wandsworth2023))));
    QVERIFY2(added > lastDocument, qPrintable(QString::number(added)));
    AnnotationStore annotations(teamDb);
    Annotation a;
    a.documentId = added;
    a.page = 1;
    a.quote = QStringLiteral("new");
    a.status = Status::NotAssessed;
    a.itemIds = {annotations.checklists().first().items.first().id};
    const qint64 annotation = annotations.createAnnotation(a);
    QVERIFY2(annotation > lastAnnotation, qPrintable(annotations.lastError()));
}

void tst_LibraryCopy::fileToFile()
{
    const QString target = m_dir.filePath(QStringLiteral("file-copy.sqlite"));
    const LibraryCopy::Result result = LibraryCopy::copy(m_source, target);
    QVERIFY2(result.ok(), qPrintable(result.error));
    Database copy(target);
    QVERIFY(copy.isOpen());
    const QString difference = firstDifference(m_sourceDump, dumpLibrary(copy.connection(), copy.connection()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(!pagesFound(copy, QStringLiteral("Wokingham")).isEmpty());
}

void tst_LibraryCopy::refusesTargetThatIsNotEmpty()
{
    // A team database and a file that hold a library already (a different one: one report).
    const QString team = newTeamDatabase(QStringLiteral("full"));
    QVERIFY(!team.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("full.sqlite"));
    QString problem;
    for (const QString &location : {team, file}) {
        QVERIFY2(importReports(location, {Data::Wandsworth2023}, &problem), qPrintable(problem));
        Dump before;
        {
            Database db(location);
            before = dumpLibrary(db.connection(), db.connection());
        }
        const LibraryCopy::Result result = LibraryCopy::copy(m_source, location);
        QCOMPARE(result.status, LibraryCopy::Result::Status::Refused);
        QVERIFY2(result.error.contains(QLatin1String("not empty")), qPrintable(result.error));
        Database db(location);
        const QString difference = firstDifference(before, dumpLibrary(db.connection(), db.connection()));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    QVERIFY(QFileInfo::exists(file)); // a file that was there is never removed
}

void tst_LibraryCopy::cancelHalfWayLeavesTargetEmpty()
{
    const QString team = newTeamDatabase(QStringLiteral("cancelled"));
    QVERIFY(!team.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("cancelled.sqlite"));
    for (const QString &location : {team, file}) {
        qint64 doneWhenCancelled = 0;
        LibraryCopy::Options options;
        options.progress = [&](const LibraryCopy::Progress &p) {
            if (!doneWhenCancelled && p.rowsDone * 2 >= p.rowsTotal)
                doneWhenCancelled = p.rowsDone;
        };
        options.isCancelled = [&] { return doneWhenCancelled > 0; };
        const LibraryCopy::Result result = LibraryCopy::copy(m_source, location, options);
        QCOMPARE(result.status, LibraryCopy::Result::Status::Cancelled);
        QVERIFY(doneWhenCancelled > 0);
        QVERIFY(!result.error.isEmpty());
        if (location == file) {
            QVERIFY2(!QFileInfo::exists(file), "the file made for the copy is removed");
            continue;
        }
        Database db(location);
        QVERIFY(db.isOpen());
        for (const QString &table : LibraryCopy::tables())
            QVERIFY2(rowCount(db.connection(), table) == 0, qPrintable(table));
        // Empty, it takes the whole copy afterwards.
        const LibraryCopy::Result again = LibraryCopy::copy(m_source, location);
        QVERIFY2(again.ok(), qPrintable(again.error));
    }
}

void tst_LibraryCopy::refusesSameLibraryAndUnknownTable()
{
    const LibraryCopy::Result same = LibraryCopy::copy(m_source, m_source);
    QCOMPARE(same.status, LibraryCopy::Result::Status::Refused);

    // A table the copy does not know (a later version's) stops it before anything is written.
    const QString odd = m_dir.filePath(QStringLiteral("odd.sqlite"));
    QVERIFY(QFile::copy(m_source, odd));
    {
        Database db(odd);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE reminders (id INTEGER PRIMARY KEY, text TEXT)")));
    }
    const QString target = m_dir.filePath(QStringLiteral("odd-copy.sqlite"));
    const LibraryCopy::Result unknown = LibraryCopy::copy(odd, target);
    QCOMPARE(unknown.status, LibraryCopy::Result::Status::Refused);
    QVERIFY2(unknown.error.contains(QLatin1String("reminders")), qPrintable(unknown.error));
    QVERIFY(!QFileInfo::exists(target));
}

void tst_LibraryCopy::rowsLostOnTheWayRollBack()
{
    // A target whose trigger drops every link between annotations and items as it is written:
    // the counts differ at the end, and the copy is undone, naming the table.
    const QString target = m_dir.filePath(QStringLiteral("lossy.sqlite"));
    {
        Database db(target);
        QVERIFY(db.isOpen());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER lose AFTER INSERT ON annotation_items BEGIN "
                                      "DELETE FROM annotation_items WHERE annotation_id = new.annotation_id; END")));
    }
    const LibraryCopy::Result result = LibraryCopy::copy(m_source, target);
    QCOMPARE(result.status, LibraryCopy::Result::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("annotation_items")), qPrintable(result.error));
    Database db(target);
    for (const QString &table : LibraryCopy::tables())
        QVERIFY2(rowCount(db.connection(), table) == 0, qPrintable(table));
}

QTEST_MAIN(tst_LibraryCopy)
#include "tst_librarycopy.moc"
