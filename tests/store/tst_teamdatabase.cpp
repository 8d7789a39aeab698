// Two members of a team at work on one library on a real PostgreSQL server (issue 15): each a
// process of its own (team_member), under a role of its own. Every change both make is kept;
// the one edit of the same annotation made from a version the other had already changed is
// refused and reported with the other's change; each member's window hears of the other's
// commits through LISTEN/NOTIFY; a SELECT-only role gets the read-only library.
#include "Fixtures.h"
#include "PostgresServer.h"

#include "annotations/AnnotationStore.h"
#include "annotations/Checklists.h"
#include "import/ImportJob.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/DocumentStore.h"
#include "store/Library.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace oversight;
using namespace oversight::test;

class tst_TeamDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void twoMembersAtOnceLoseNothing();
    void aSelectOnlyRoleReadsButCannotWrite();

private:
    // A library with one document, a checklist of its recommendations and one annotation.
    void makeLibrary();

    QTemporaryDir m_dir;
    QString m_database; // name on the server
    qint64 m_document = 0;
    qint64 m_shared = 0;
};

void tst_TeamDatabase::initTestCase()
{
    PostgresServer &server = PostgresServer::instance();
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    QString error;
    for (const char *role : {"alice", "bob"}) {
        QVERIFY2(server.createRole(QLatin1String(role), QStringLiteral("secret-") + QLatin1String(role),
                                   false, &error),
                 qPrintable(error));
    }
    QVERIFY2(server.createRole(QStringLiteral("reader"), QStringLiteral("secret-reader"), true, &error),
             qPrintable(error));
    makeLibrary();
}

void tst_TeamDatabase::makeLibrary()
{
    const QString location = PostgresServer::instance().newDatabase(QStringLiteral("team"));
    QVERIFY(!location.isEmpty());
    m_database = DatabaseLocation::parse(location).database;
    ImportJob job(location, {dataPath(Data::Wandsworth2016)});
    const QList<ImportOutcome> outcomes = job.run();
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().status, ImportOutcome::Status::Imported);
    Database db(location);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    DocumentStore documents(db);
    m_document = documents.documents().first().id;
    AnnotationStore annotations(db);
    const Checklist checklist = Checklists::fromDocument(*documents.document(m_document));
    const qint64 checklistId = annotations.createChecklist(checklist);
    QVERIFY(checklistId > 0);
    Annotation a;
    a.documentId = m_document;
    a.page = 2;
    a.quote = QStringLiteral("the shared passage");
    a.itemIds = {annotations.checklist(checklistId)->items.first().id};
    a.note = QStringLiteral("as the team lead left it");
    m_shared = annotations.createAnnotation(a);
    QVERIFY(m_shared > 0);
    QCOMPARE(annotations.annotation(m_shared)->rowVersion, 1);
    // Team members may change everything in the library; the reader may only look.
    QString error;
    for (const char *role : {"alice", "bob"})
        QVERIFY2(PostgresServer::instance().exec(
                     m_database,
                     QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                                    "public TO %1; GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1")
                         .arg(QLatin1String(role)),
                     &error),
                 qPrintable(error));
    QVERIFY2(PostgresServer::instance().grantReadOnly(m_database, QStringLiteral("reader"), &error),
             qPrintable(error));
}

void tst_TeamDatabase::twoMembersAtOnceLoseNothing()
{
    PostgresServer &server = PostgresServer::instance();
    // The team lead's window is open on the library while the two members work.
    Library window;
    QString error;
    QVERIFY2(window.open(server.location(m_database), &error), qPrintable(error));
    QSignalSpy heard(&window, &Library::changed);

    const QString go = m_dir.filePath(QStringLiteral("go"));
    struct Member
    {
        QString role;
        QString field;
        std::unique_ptr<QProcess> process;
    };
    Member members[] = {{QStringLiteral("alice"), QStringLiteral("lead_inspector"), nullptr},
                        {QStringLiteral("bob"), QStringLiteral("published"), nullptr}};
    for (Member &m : members) {
        m.process = std::make_unique<QProcess>();
        m.process->start(QStringLiteral(TEAM_MEMBER),
                         {server.location(m_database, m.role), QStringLiteral("secret-") + m.role,
                          QString::number(m_document), QString::number(m_shared), go, m.field});
        QVERIFY(m.process->waitForStarted());
    }
    for (Member &m : members)
        QTRY_VERIFY_WITH_TIMEOUT(m.process->canReadLine(), 20000); // "ready": both have read
    QVERIFY(writeBytes(go, "go"));
    QMap<QString, QStringList> said;
    for (Member &m : members) {
        QVERIFY(m.process->waitForFinished(60000));
        QVERIFY2(m.process->exitCode() == 0, m.process->readAllStandardError().constData());
        said.insert(m.role, QString::fromUtf8(m.process->readAllStandardOutput())
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    }

    // Exactly one member's edit of the shared annotation went in; the other was told whose
    // change stands and what it says, and nothing of theirs overwrote it.
    const auto last = [&](const QString &role) { return said.value(role).last(); };
    QVERIFY2((last(QStringLiteral("alice")) == QLatin1String("updated"))
                 != (last(QStringLiteral("bob")) == QLatin1String("updated")),
             qPrintable(said.value(QStringLiteral("alice")).join(QLatin1Char('|')) + QLatin1String(" / ")
                        + said.value(QStringLiteral("bob")).join(QLatin1Char('|'))));
    const QString winner = last(QStringLiteral("alice")) == QLatin1String("updated")
                               ? QStringLiteral("alice") : QStringLiteral("bob");
    const QString loser = winner == QLatin1String("alice") ? QStringLiteral("bob") : QStringLiteral("alice");
    QVERIFY2(last(loser).startsWith(QLatin1String("conflict ")), qPrintable(last(loser)));
    QVERIFY2(last(loser).contains(winner + QLatin1String(" changed this annotation")), qPrintable(last(loser)));
    QVERIFY2(last(loser).contains(winner + QLatin1String(" was here")), qPrintable(last(loser)));

    Database db(server.location(m_database));
    AnnotationStore annotations(db);
    const Annotation shared = *annotations.annotation(m_shared);
    QCOMPARE(shared.note, winner + QLatin1String(" was here"));
    QCOMPARE(shared.updatedBy, winner);
    QCOMPARE(shared.rowVersion, 2);
    // Every annotation both made is there, each recorded as its maker's.
    int mine[2] = {0, 0};
    for (const Annotation &a : annotations.annotations(m_document)) {
        if (a.id == m_shared)
            continue;
        QVERIFY2(a.createdBy == QLatin1String("alice") || a.createdBy == QLatin1String("bob"),
                 qPrintable(a.createdBy));
        QVERIFY(a.note.startsWith(a.createdBy + QLatin1String("'s note")));
        ++mine[a.createdBy == QLatin1String("alice") ? 0 : 1];
    }
    QCOMPARE(mine[0], 5);
    QCOMPARE(mine[1], 5);
    // Both corrections are kept, each by its member.
    DocumentStore documents(db);
    const QList<FactCorrection> corrections = documents.corrections(m_document);
    QCOMPARE(corrections.size(), 3);
    for (const FactCorrection &c : corrections)
        if (c.field != FactField::Inspectors)
            QCOMPARE(c.correctedBy, c.field == FactField::LeadInspector ? QStringLiteral("alice")
                                                                        : QStringLiteral("bob"));
    // Both corrected the inspectors from what they read: one correction stands, the other
    // member was told whose it is and what it says.
    const auto saidLine = [&](const QString &role, const QString &start) {
        for (const QString &line : said.value(role))
            if (line.startsWith(start))
                return line;
        return QString();
    };
    const QString inspectorsWinner =
        saidLine(QStringLiteral("alice"), QStringLiteral("inspectors corrected")).isEmpty()
            ? QStringLiteral("bob") : QStringLiteral("alice");
    const QString inspectorsLoser = inspectorsWinner == QLatin1String("alice") ? QStringLiteral("bob") : QStringLiteral("alice");
    QVERIFY(!saidLine(inspectorsWinner, QStringLiteral("inspectors corrected")).isEmpty());
    const QString refused = saidLine(inspectorsLoser, QStringLiteral("inspectors conflict "));
    QVERIFY2(refused.contains(inspectorsWinner + QLatin1String(" corrected")), qPrintable(refused));
    QVERIFY2(refused.contains(QLatin1String("Inspector named by ") + inspectorsWinner), qPrintable(refused));
    const DocumentFacts facts = documents.document(m_document)->facts;
    QCOMPARE(facts.inspectors, QStringList{QLatin1String("Inspector named by ") + inspectorsWinner});
    QCOMPARE(facts.leadInspector, QStringLiteral("Inspector named by alice"));
    QCOMPARE(facts.published, QDate(2016, 3, 1));

    // The lead's window heard of the members' commits without asking (LISTEN/NOTIFY).
    QTRY_VERIFY_WITH_TIMEOUT(heard.count() > 0, 10000);
}

void tst_TeamDatabase::aSelectOnlyRoleReadsButCannotWrite()
{
    const QString location = PostgresServer::instance().location(m_database, QStringLiteral("reader"));
    DatabaseLocation::setPassword(location, QStringLiteral("secret-reader"));
    Library library;
    QString error;
    QVERIFY2(library.open(location, &error), qPrintable(error));
    QVERIFY(library.isReadOnly());
    QVERIFY2(library.readOnlyReason().contains(QLatin1String("reader")), qPrintable(library.readOnlyReason()));
    QVERIFY(!library.store()->documents().isEmpty());
    QVERIFY(!library.annotations()->annotations().isEmpty());
    Annotation a = *library.annotations()->annotation(m_shared);
    a.note = QStringLiteral("the reader tries");
    QVERIFY(!library.annotations()->updateAnnotation(a));
    QVERIFY(!library.store()->correct(m_document, FactField::LeadInspector, QStringLiteral("x")));
    QVERIFY2(!library.store()->lastError().isEmpty(), "a refused write says why");
    QVERIFY(library.annotations()->annotation(m_shared)->note != QLatin1String("the reader tries"));
}

QTEST_GUILESS_MAIN(tst_TeamDatabase)
#include "tst_teamdatabase.moc"
