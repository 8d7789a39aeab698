// One authority per DfE code: every form a council's name takes in Ofsted documents matches the
// reference list's record for it, and no other. The forms are generated for every authority in
// the reference list, so a rule that works for one name and breaks another is caught.
#include "understanding/AuthorityDirectory.h"

#include <QTest>

using namespace oversight;

class tst_AuthorityDirectory : public QObject
{
    Q_OBJECT

private slots:
    void everyFormOfEveryReferenceNameMatchesItsOwnCode();
    void formsSeenInDocuments_data();
    void formsSeenInDocuments();
    void namesOfNoAuthority_data();
    void namesOfNoAuthority();
    void shortFormSharedByTwoAuthoritiesMatchesNeither();
    void providerServingOneCouncilMatchesIt();
};

namespace {

// The place a reference name is about, without the list's inverted "X, City of".
QString placeOf(const AuthorityRecord &record)
{
    QString place = record.name;
    const qsizetype comma = place.indexOf(QLatin1String(", City of"));
    if (comma > 0)
        place.truncate(comma);
    return place;
}

// The forms councils, their children's services and their partners give the place's name.
QStringList formsOf(const QString &x)
{
    QStringList forms{
        x,
        QStringLiteral("%1 Council"),
        QStringLiteral("%1 City Council"),
        QStringLiteral("%1 County Council"),
        QStringLiteral("%1 Borough Council"),
        QStringLiteral("%1 Metropolitan Borough Council"),
        QStringLiteral("%1 Metropolitan Council"),
        QStringLiteral("%1 MBC"),
        QStringLiteral("%1 City"),
        QStringLiteral("City of %1"),
        QStringLiteral("City of %1 Council"),
        QStringLiteral("%1, City of"),
        QStringLiteral("%1 City of"),
        QStringLiteral("London Borough of %1"),
        QStringLiteral("the Royal Borough of %1"),
        QStringLiteral("County of %1"),
        QStringLiteral("The %1"),
        QStringLiteral("%1 children\u2019s services"),
        QStringLiteral("%1 local authority children's services"),
        QStringLiteral("%1 Children's Trust"),
        QStringLiteral("%1 Children\u2019s Services Trust"),
        QStringLiteral("%1 Children First"),
        QStringLiteral("%1 Children and Families Trust"),
        QStringLiteral("%1 Safeguarding Children Board"),
        QStringLiteral("%1 Local Safeguarding Children Board"),
        QStringLiteral("%1 Safeguarding Children Partnership"),
        QStringLiteral("%1 Council children's services"),
    };
    for (QString &form : forms)
        if (form.contains(QLatin1String("%1")))
            form = form.arg(x);
    forms.append(x.toUpper());
    return forms;
}

} // namespace

void tst_AuthorityDirectory::everyFormOfEveryReferenceNameMatchesItsOwnCode()
{
    const AuthorityDirectory &directory = AuthorityDirectory::instance();
    QVERIFY(directory.all().size() > 150);
    QStringList failures;
    int checked = 0;
    for (const AuthorityRecord &record : directory.all()) {
        QStringList names = formsOf(placeOf(record));
        names << record.name << record.aliases;
        for (const QString &name : std::as_const(names)) {
            const QString code = directory.codeFor(name);
            ++checked;
            if (code != record.code)
                failures << QStringLiteral("%1 -> '%2' (want %3)").arg(name, code, record.code);
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QVERIFY(checked > 150 * 25);
}

void tst_AuthorityDirectory::formsSeenInDocuments_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("code");
    QTest::newRow("inverted without comma") << QStringLiteral("Bristol City of") << QStringLiteral("801");
    QTest::newRow("inverted with comma") << QStringLiteral("Bristol, City of") << QStringLiteral("801");
    QTest::newRow("Metropolitan Council") << QStringLiteral("Calderdale Metropolitan Council") << QStringLiteral("381");
    QTest::newRow("X City") << QStringLiteral("Derby City") << QStringLiteral("831");
    QTest::newRow("MBC") << QStringLiteral("Dudley MBC") << QStringLiteral("332");
    QTest::newRow("short of X of Y") << QStringLiteral("East Riding") << QStringLiteral("811");
    QTest::newRow("short with Council") << QStringLiteral("East Riding Council") << QStringLiteral("811");
    QTest::newRow("short of X upon Y") << QStringLiteral("Newcastle") << QStringLiteral("391");
    QTest::newRow("short, City Council") << QStringLiteral("Newcastle City Council") << QStringLiteral("391");
    QTest::newRow("short of X-on-Y") << QStringLiteral("Stockton Borough Council") << QStringLiteral("808");
    QTest::newRow("short of X and Y") << QStringLiteral("Brighton") << QStringLiteral("846");
    QTest::newRow("X City, inverted in the list") << QStringLiteral("Kingston upon Hull City") << QStringLiteral("810");
    QTest::newRow("children first") << QStringLiteral("Slough Children First") << QStringLiteral("871");
    QTest::newRow("children's trust") << QStringLiteral("Birmingham Children\u2019s Trust") << QStringLiteral("330");
    QTest::newRow("children's trust, bad re-save") << QStringLiteral("Sandwell Children9s Trust") << QStringLiteral("333");
    QTest::newRow("children's services trust") << QStringLiteral("Doncaster Children's Services Trust") << QStringLiteral("371");
    QTest::newRow("safeguarding children board") << QStringLiteral("Surrey Safeguarding Children Board") << QStringLiteral("936");
    QTest::newRow("LSCB") << QStringLiteral("Wandsworth LSCB") << QStringLiteral("212");
    QTest::newRow("City of London Corporation") << QStringLiteral("City of London Corporation") << QStringLiteral("201");
    QTest::newRow("London Borough of City of London") << QStringLiteral("London Borough of the City of London") << QStringLiteral("201");
    QTest::newRow("over two lines") << QStringLiteral("St Helens Metropolitan Borough\nCouncil") << QStringLiteral("342");
    QTest::newRow("provider, place in brackets") << QStringLiteral("Achieving for Children (Richmond upon Thames)") << QStringLiteral("318");
    QTest::newRow("place, provider in brackets") << QStringLiteral("Kingston upon Thames (Achieving for Children)") << QStringLiteral("314");
    QTest::newRow("County X") << QStringLiteral("County Durham") << QStringLiteral("840");
    QTest::newRow("Hull") << QStringLiteral("Hull City Council") << QStringLiteral("810");
}

void tst_AuthorityDirectory::formsSeenInDocuments()
{
    QFETCH(QString, written);
    QFETCH(QString, code);
    QCOMPARE(AuthorityDirectory::instance().codeFor(written), code);
}

void tst_AuthorityDirectory::namesOfNoAuthority_data()
{
    QTest::addColumn<QString>("written");
    QTest::newRow("a region") << QStringLiteral("London");
    QTest::newRow("a region's council") << QStringLiteral("London Council");
    QTest::newRow("a region, peeled") << QStringLiteral("City of London Borough of London");
    QTest::newRow("no place") << QStringLiteral("County Council");
    QTest::newRow("an invented county") << QStringLiteral("Borsetshire County Council");
    QTest::newRow("provider of three councils") << QStringLiteral("Achieving for Children");
    QTest::newRow("a trust of no place") << QStringLiteral("Children's Trust");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
}

void tst_AuthorityDirectory::namesOfNoAuthority()
{
    QFETCH(QString, written);
    QCOMPARE(AuthorityDirectory::instance().codeFor(written), QString());
}

void tst_AuthorityDirectory::shortFormSharedByTwoAuthoritiesMatchesNeither()
{
    const AuthorityDirectory &directory = AuthorityDirectory::instance();
    // Kingston upon Hull and Kingston upon Thames.
    QCOMPARE(directory.codeFor(QStringLiteral("Kingston")), QString());
    QCOMPARE(directory.codeFor(QStringLiteral("Kingston Council")), QString());
    // The same rule on a list made up for the test: two places share a short form.
    const AuthorityDirectory two(QByteArrayLiteral(
        "la_code,local_authority_ons_name,region_name\n"
        "100,Felpersham upon Avon,Midlands\n"
        "101,Felpersham upon Tees,North\n"
        "102,Borchester and Loxley,Midlands\n"));
    QCOMPARE(two.codeFor(QStringLiteral("Felpersham")), QString());
    QCOMPARE(two.codeFor(QStringLiteral("Felpersham upon Tees Council")), QStringLiteral("101"));
    QCOMPARE(two.codeFor(QStringLiteral("Borchester")), QStringLiteral("102"));
    QCOMPARE(two.codeFor(QStringLiteral("Midlands")), QString());
}

void tst_AuthorityDirectory::providerServingOneCouncilMatchesIt()
{
    const AuthorityDirectory &directory = AuthorityDirectory::instance();
    QCOMPARE(directory.codeFor(QStringLiteral("Together for Children")), QStringLiteral("394"));
    const AuthorityDirectory made(
        QByteArrayLiteral("la_code,local_authority_ons_name,region_name\n"
                          "100,Borsetshire,Midlands\n101,Felpersham,Midlands\n"),
        QByteArrayLiteral("provider,la_codes\nBright Futures,100\nShared Care,\"100, 101\"\n"));
    QCOMPARE(made.codeFor(QStringLiteral("Bright Futures")), QStringLiteral("100"));
    QCOMPARE(made.codeFor(QStringLiteral("Shared Care")), QString());
    QCOMPARE(made.codeFor(QStringLiteral("Shared Care (Felpersham)")), QStringLiteral("101"));
}

QTEST_GUILESS_MAIN(tst_AuthorityDirectory)
#include "tst_authoritydirectory.moc"
