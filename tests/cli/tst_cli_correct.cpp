// oversight-cli correct: corrections by command line, what list/export-json/compare print of
// them, their survival through `reread`, revert, and refusals that leave the store untouched.
#include "CliRun.h"
#include "Fixtures.h"
#include "StoreSnapshot.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace oversight::test;

class tst_CliCorrect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void correctionsShowInEveryJsonAndOutliveReread();
    void revertGoesBackToWhatWasRead();
    void oneRecommendationRevertsAlone();
    void badCorrectionsFailAndChangeNothing_data();
    void badCorrectionsFailAndChangeNothing();
    void valuesAsPeopleTypeThemAndNumbersInPlace();

private:
    QString db() const { return m_dir.filePath(QStringLiteral("library.db")); }
    QJsonObject listedDocument(qint64 id);
    CliRun run(const QStringList &args);

    QTemporaryDir m_dir;
    qint64 m_report = 0; // Wandsworth 2016
    qint64 m_later = 0;  // Wandsworth 2023
};

CliRun tst_CliCorrect::run(const QStringList &args)
{
    return runCli(args);
}

void tst_CliCorrect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList args{QStringLiteral("import"), QStringLiteral("--db"), db(),
                           dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2023)};
    const CliRun imported = run(args);
    QVERIFY2(imported.exitCode == 0, qPrintable(describeRun(args, imported)));
    const CliRun listed = run({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    QString error;
    const QJsonDocument json = parseJson(listed.out.toUtf8(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QJsonValue &a : json.object().value(QStringLiteral("authorities")).toArray())
        for (const QJsonValue &d : a.toObject().value(QStringLiteral("documents")).toArray()) {
            const QJsonObject o = d.toObject();
            (o.value(QStringLiteral("kind")).toString() == QLatin1String("sif") ? m_report : m_later) =
                o.value(QStringLiteral("id")).toInteger();
        }
    QVERIFY(m_report > 0 && m_later > 0);
}

QJsonObject tst_CliCorrect::listedDocument(qint64 id)
{
    const CliRun listed = run({QStringLiteral("export-json"), QStringLiteral("--db"), db()});
    QString error;
    const QJsonDocument json = parseJson(listed.out.toUtf8(), &error);
    for (const QJsonValue &a : json.object().value(QStringLiteral("authorities")).toArray())
        for (const QJsonValue &d : a.toObject().value(QStringLiteral("documents")).toArray())
            if (d.toObject().value(QStringLiteral("id")).toInteger() == id)
                return d.toObject();
    return {};
}

void tst_CliCorrect::correctionsShowInEveryJsonAndOutliveReread()
{
    const QString id = QString::number(m_report);
    const QStringList args{QStringLiteral("correct"), QStringLiteral("--db"), db(),
                           QStringLiteral("--document"), id,
                           QStringLiteral("--set"), QStringLiteral("judgements.care_leavers=requires_improvement"),
                           QStringLiteral("--set"), QStringLiteral("inspectors=Carolyn Spray; A N Other"),
                           QStringLiteral("--set"), QStringLiteral("recommendations.2=A clearer text."),
                           QStringLiteral("--set"), QStringLiteral("recommendations.17=delete")};
    const CliRun corrected = run(args);
    QVERIFY2(corrected.exitCode == 0, qPrintable(describeRun(args, corrected)));

    const auto check = [&] {
        const QJsonObject doc = listedDocument(m_report);
        const QJsonObject facts = doc.value(QStringLiteral("facts")).toObject();
        QCOMPARE(facts.value(QStringLiteral("judgements")).toObject().value(QStringLiteral("care_leavers")).toString(),
                 QStringLiteral("requires_improvement"));
        QCOMPARE(facts.value(QStringLiteral("inspectors")).toArray(),
                 (QJsonArray{QStringLiteral("Carolyn Spray"), QStringLiteral("A N Other")}));
        const QJsonArray recs = facts.value(QStringLiteral("recommendations")).toArray();
        QCOMPARE(recs.size(), 16);
        QCOMPARE(recs.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("A clearer text."));
        QCOMPARE(doc.value(QStringLiteral("corrected")).toArray(),
                 (QJsonArray{QStringLiteral("inspectors"), QStringLiteral("judgements.care_leavers"),
                             QStringLiteral("recommendations")}));
    };
    check();
    const CliRun listed = run({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    QVERIFY2(listed.out.contains(QStringLiteral("\"judgements.care_leavers\"")), qPrintable(listed.out.left(2000)));
    const QStringList compareArgs{QStringLiteral("compare"), QStringLiteral("--db"), db(),
                                  QStringLiteral("--json"), id, QString::number(m_later)};
    const CliRun compared = run(compareArgs);
    QVERIFY2(compared.exitCode == 0, qPrintable(describeRun(compareArgs, compared)));
    QString error;
    const QJsonObject comparison = parseJson(compared.out.toUtf8(), &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(comparison.value(QStringLiteral("a")).toObject().value(QStringLiteral("corrected"))
                .toArray().contains(QStringLiteral("judgements.care_leavers")));
    QCOMPARE(comparison.value(QStringLiteral("recommendations")).toObject()
                 .value(QStringLiteral("count_a")).toInt(), 16);

    // A re-read of every document keeps the corrections on top and says what it read.
    const CliRun reread = run({QStringLiteral("reread"), QStringLiteral("--db"), db()});
    QCOMPARE(reread.exitCode, 0);
    check();
    const CliRun corrections = run({QStringLiteral("correct"), QStringLiteral("--db"), db(),
                                    QStringLiteral("--document"), id, QStringLiteral("--list"),
                                    QStringLiteral("--json")});
    const QJsonArray list = parseJson(corrections.out.toUtf8(), &error).object()
                                .value(QStringLiteral("corrections")).toArray();
    QCOMPARE(list.size(), 3);
    for (const QJsonValue &c : list) {
        const QJsonObject o = c.toObject();
        if (o.value(QStringLiteral("field")) == QLatin1String("judgements.care_leavers")) {
            QCOMPARE(o.value(QStringLiteral("read_value")).toString(), QStringLiteral("inadequate"));
            QCOMPARE(o.value(QStringLiteral("reader_agrees")).toBool(), false);
        }
    }
}

void tst_CliCorrect::revertGoesBackToWhatWasRead()
{
    const QString id = QString::number(m_later);
    const QStringList set{QStringLiteral("correct"), QStringLiteral("--db"), db(),
                          QStringLiteral("--document"), id,
                          QStringLiteral("--set"), QStringLiteral("published=2023-03-01")};
    QCOMPARE(run(set).exitCode, 0);
    const QString read = listedDocument(m_later).value(QStringLiteral("facts")).toObject()
                             .value(QStringLiteral("published")).toString();
    QCOMPARE(read, QStringLiteral("2023-03-01"));
    const QStringList revert{QStringLiteral("correct"), QStringLiteral("--db"), db(),
                             QStringLiteral("--document"), id, QStringLiteral("--revert"),
                             QStringLiteral("published")};
    const CliRun reverted = run(revert);
    QVERIFY2(reverted.exitCode == 0, qPrintable(describeRun(revert, reverted)));
    const QJsonObject doc = listedDocument(m_later);
    QVERIFY(doc.value(QStringLiteral("facts")).toObject().value(QStringLiteral("published")).toString()
            != QLatin1String("2023-03-01"));
    QVERIFY(doc.value(QStringLiteral("corrected")).toArray().isEmpty());
}

void tst_CliCorrect::oneRecommendationRevertsAlone()
{
    const QString id = QString::number(m_later);
    const auto texts = [this] {
        QStringList found;
        for (const QJsonValue &r : listedDocument(m_later).value(QStringLiteral("facts")).toObject()
                                       .value(QStringLiteral("recommendations")).toArray())
            found << r.toObject().value(QStringLiteral("text")).toString();
        return found;
    };
    const QStringList read = texts();
    QVERIFY(read.size() >= 2);
    const QStringList set{QStringLiteral("correct"), QStringLiteral("--db"), db(),
                          QStringLiteral("--document"), id,
                          QStringLiteral("--set"), QStringLiteral("recommendations.1=First, rewritten."),
                          QStringLiteral("--set"), QStringLiteral("recommendations.2=Second, rewritten.")};
    const CliRun corrected = run(set);
    QVERIFY2(corrected.exitCode == 0, qPrintable(describeRun(set, corrected)));
    const QStringList revertFirst{QStringLiteral("correct"), QStringLiteral("--db"), db(),
                                  QStringLiteral("--document"), id, QStringLiteral("--revert"),
                                  QStringLiteral("recommendations.1")};
    const CliRun first = run(revertFirst);
    QVERIFY2(first.exitCode == 0, qPrintable(describeRun(revertFirst, first)));
    QStringList expected = read;
    expected[1] = QStringLiteral("Second, rewritten.");
    QCOMPARE(texts(), expected);
    QCOMPARE(listedDocument(m_later).value(QStringLiteral("corrected")).toArray(),
             QJsonArray{QStringLiteral("recommendations")});
    // The second back as well: nothing differs from what was read, so the correction goes.
    const QStringList revertSecond{QStringLiteral("correct"), QStringLiteral("--db"), db(),
                                   QStringLiteral("--document"), id, QStringLiteral("--revert"),
                                   QStringLiteral("recommendations.2")};
    const CliRun second = run(revertSecond);
    QVERIFY2(second.exitCode == 0, qPrintable(describeRun(revertSecond, second)));
    QVERIFY2(second.out.contains(QLatin1String("the whole list is now as read")), qPrintable(second.out));
    QCOMPARE(texts(), read);
    QVERIFY(listedDocument(m_later).value(QStringLiteral("corrected")).toArray().isEmpty());
}

void tst_CliCorrect::badCorrectionsFailAndChangeNothing_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no grade") << QStringList{QStringLiteral("--set"), QStringLiteral("judgements.overall=great")}
                              << 1 << QStringLiteral("a grade is one of");
    QTest::newRow("no field") << QStringList{QStringLiteral("--set"), QStringLiteral("colour=red")}
                              << 1 << QStringLiteral("not a fact that can be corrected");
    QTest::newRow("no date") << QStringList{QStringLiteral("--set"), QStringLiteral("published=16/02/2016")}
                             << 1 << QStringLiteral("yyyy-mm-dd");
    QTest::newRow("no code") << QStringList{QStringLiteral("--set"), QStringLiteral("authority=999")}
                             << 1 << QStringLiteral("999 is not a DfE LA code");
    QTest::newRow("no item") << QStringList{QStringLiteral("--set"), QStringLiteral("recommendations.40=delete")}
                             << 1 << QStringLiteral("no recommendation 40");
    QTest::newRow("no such day") << QStringList{QStringLiteral("--set"), QStringLiteral("published=2015-02-30")}
                                 << 1 << QStringLiteral("2015-02-30 is not a day of the calendar");
    // A value with a space, unquoted: the rest is a stray argument, not dropped in silence.
    QTest::newRow("unquoted space") << QStringList{QStringLiteral("--set"), QStringLiteral("lead_inspector=Jane"),
                                                   QStringLiteral("Smith")}
                                    << 2 << QStringLiteral("unexpected argument \"Smith\"");
    QTest::newRow("no equals") << QStringList{QStringLiteral("--set"), QStringLiteral("published")}
                               << 2 << QStringLiteral("FIELD=VALUE");
    QTest::newRow("nothing to do") << QStringList{} << 2 << QStringLiteral("--set, --revert or --list");
    // A good --set before a bad one is not stored either: everything is checked first.
    QTest::newRow("good then bad") << QStringList{QStringLiteral("--set"), QStringLiteral("judgements.overall=good"),
                                                  QStringLiteral("--set"), QStringLiteral("published=2016-13-45")}
                                   << 1 << QStringLiteral("nothing was changed");
    QTest::newRow("end before start") << QStringList{QStringLiteral("--set"), QStringLiteral("inspection_end=2014-01-01")}
                                      << 1 << QStringLiteral("before it starts");
    QTest::newRow("set and revert") << QStringList{QStringLiteral("--set"), QStringLiteral("kind=sif"),
                                                   QStringLiteral("--revert"), QStringLiteral("kind")}
                                    << 2 << QStringLiteral("both set and reverted");
    QTest::newRow("revert no item") << QStringList{QStringLiteral("--revert"), QStringLiteral("recommendations.99")}
                                    << 1 << QStringLiteral("there is no recommendation 99");
    QTest::newRow("revert list and item")
        << QStringList{QStringLiteral("--revert"), QStringLiteral("recommendations"),
                       QStringLiteral("--revert"), QStringLiteral("recommendations.1")}
        << 2 << QStringLiteral("reverted as a whole");
}

void tst_CliCorrect::badCorrectionsFailAndChangeNothing()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const StoreSnapshot before = snapshotStore(db());
    const QStringList args = QStringList{QStringLiteral("correct"), QStringLiteral("--db"), db(),
                                         QStringLiteral("--document"), QString::number(m_report)}
                             + options;
    const CliRun refused = run(args);
    QVERIFY2(refused.exitCode == exitCode, qPrintable(describeRun(args, refused)));
    QVERIFY2(refused.err.contains(message), qPrintable(describeRun(args, refused)));
    QCOMPARE(describeDifference(before, snapshotStore(db())), QString());
}

// A grade typed as the report prints it names the grade; a recommendation deleted and written
// again under its number takes its place back, not the end of the list.
void tst_CliCorrect::valuesAsPeopleTypeThemAndNumbersInPlace()
{
    const QString id = QString::number(m_later);
    const auto correct = [&](const QStringList &what) {
        const QStringList args = QStringList{QStringLiteral("correct"), QStringLiteral("--db"), db(),
                                             QStringLiteral("--document"), id} + what;
        const CliRun r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(describeRun(args, r)));
    };
    const auto facts = [&] {
        return listedDocument(m_later).value(QStringLiteral("facts")).toObject();
    };
    correct({QStringLiteral("--set"), QStringLiteral("judgements.overall=Requires improvement")});
    QCOMPARE(facts().value(QStringLiteral("judgements")).toObject().value(QStringLiteral("overall")).toString(),
             QStringLiteral("requires_improvement"));
    correct({QStringLiteral("--revert"), QStringLiteral("judgements.overall")});

    const QJsonArray read = facts().value(QStringLiteral("recommendations")).toArray();
    QVERIFY(read.size() >= 3);
    correct({QStringLiteral("--set"), QStringLiteral("recommendations.2=delete")});
    correct({QStringLiteral("--set"), QStringLiteral("recommendations.2=Written again.")});
    const QJsonArray now = facts().value(QStringLiteral("recommendations")).toArray();
    QCOMPARE(now.size(), read.size());
    QCOMPARE(now.at(1).toObject().value(QStringLiteral("number")).toInt(), 2);
    QCOMPARE(now.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Written again."));
    QCOMPARE(now.at(2), read.at(2));
    correct({QStringLiteral("--revert"), QStringLiteral("recommendations")});
}

QTEST_GUILESS_MAIN(tst_CliCorrect)
#include "tst_cli_correct.moc"
