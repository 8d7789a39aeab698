// Where checklists come from: an inspection's recommendations (Wandsworth 2016: seventeen for
// the authority, then five for its LSCB, numbered as printed), the built-in ILACS checklist,
// and JSON files people pass around, which must round-trip and be refused clearly when wrong.
#include "AnnotationFixtures.h"
#include "TestBackend.h"
#include "Fixtures.h"

#include "annotations/AnnotationStore.h"
#include "annotations/Checklists.h"
#include "annotations/SuggestionEngine.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

namespace {

struct Expected
{
    bool lscb;
    int number; // as printed
    int page;
    const char *text;
};

// Read from the PDF by a person, in the order the report gives them.
const Expected wandsworth2016[] = {
    {false, 1, 8,
       "Strengthen management oversight so that thresholds and child protection "
       "procedures are applied appropriately and robustly, ensuring that all children "
       "in need of help and protection are seen promptly and given the right service "
       "at the right time."},
    {false, 2, 8,
       "Ensure that robust performance information is available to support effective "
       "management scrutiny and challenge to poor practice at all levels of the "
       "organisation."},
    {false, 3, 8,
       "Improve the quality of audit activity so that managers and elected members "
       "have accurate information about the quality of practice across all teams and "
       "can use the findings to strengthen organisational and individual performance."},
    {false, 4, 8,
       "Ensure that all staff receive regular supervision, in line with the local "
       "authority’s supervision policy, that provides direction and challenge to poor "
       "practice."},
    {false, 5, 8,
       "Ensure that strategy discussions comply with statutory guidance and that the "
       "skills and resources available in the MASH service are used more effectively "
       "to involve relevant partner agencies in information sharing, planning and "
       "decision making."},
    {false, 6, 8,
       "Ensure that care leavers currently placed in bed and breakfast accommodation "
       "receive comprehensive support based on a robust assessment of risk and that "
       "plans are in place to swiftly remove these young people from such unsuitable "
       "accommodation."},
    {false, 7, 8,
       "Establish a corporate parenting board dedicated to and accountable for "
       "improving outcomes for children in care and care leavers."},
    {false, 8, 8,
       "Ensure that the quality of social work, early help assessments and direct work "
       "with children is consistent. Also ensure that all plans detail specific "
       "actions, timescales and responsible individuals and are subject to regular "
       "review."},
    {false, 9, 8,
       "Ensure that children at risk of child sexual exploitation are consistently "
       "identified and protected."},
    {false, 10, 8,
       "Ensure that all children missing from home and care are routinely offered "
       "return home interviews so that risk can be managed effectively and outcomes "
       "analysed to inform intelligence."},
    {false, 11, 8,
       "Where cases are being considered for closure or step down to early help or "
       "targeted services, ensure that decisions are based on a thorough assessment of "
       "need and risk."},
    {false, 12, 9,
       "Ensure that the local authority’s sufficiency strategy is effective, so that "
       "it delivers placement choice, appropriate permanent homes for children who can "
       "no longer live with their birth parents and safe and suitable accommodation "
       "for care leavers."},
    {false, 13, 9,
       "Ensure that permanence decisions are implemented in a timely manner with "
       "regular scrutiny, challenge and oversight from managers and independent "
       "reviewing officers (IROs)."},
    {false, 14, 9,
       "Review family-finding processes to ensure that these are timely and make best "
       "use of internal and external resources to secure permanent homes for children."},
    {false, 15, 9,
       "Where there is a plan for a child to return home, ensure that assessments "
       "evaluate the impact of the work completed with parents and children and "
       "evidence how improvements are to be sustained."},
    {false, 16, 9,
       "Ensure that the care leaving service provides a high-quality support for care "
       "leavers, in particular with regard to pathway planning and provision of a "
       "range of suitable accommodation and employment and training opportunities."},
    {false, 17, 9,
       "Ensure that the electronic social care recording system promotes good social "
       "work practice, supports effective managerial oversight and provides accurate "
       "performance information."},
    {true, 116, 40,
       "Ensure that key performance indicators agreed by the Board are routinely "
       "collated, analysed and reported to partners, enabling them to evaluate the "
       "impact of multi-agency practice to safeguard children."},
    {true, 117, 40,
       "Ensure that multi-agency and individual agency audits of practice are "
       "regularly conducted to enable partners to evaluate the impact of safeguarding "
       "practice in each individual agency. Ensure that learning from audits is used "
       "to improve practice and fresh audits are undertaken to evaluate impact."},
    {true, 118, 40,
       "Effectively monitor and evaluate practice in relation to children at risk of "
       "child sexual exploitation and those who go missing. Ensure that there is "
       "appropriate challenge when deficits in practice or failings in the analysis of "
       "return interview outcomes are identified."},
    {true, 119, 40,
       "Effectively monitor and evaluate the application of safeguarding thresholds by "
       "partner agencies. Ensure that agencies are challenged appropriately when they "
       "do not consistently apply thresholds."},
    {true, 120, 40,
       "Ensure that the programme of multi-agency training is subject to long-term "
       "evaluation of its impact on practice and outcomes. Ensure that the assessment "
       "of training needs from agencies includes information from long-term evaluation "
       "to better enable the Board to commission future training."},
};

} // namespace

class TestChecklists : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fromDocumentGivesAuthorityThenLscbItems();
    void fromDocumentKeepsEachRecommendation_data();
    void fromDocumentKeepsEachRecommendation();
    void fromDocumentNamesTheInspection();
    void documentWithoutRecommendationsGivesNoItems();
    void areaSendItemsArePriorityActionsThenAreasForImprovement();
    void jsonRoundTrips();
    void badJsonIsRefusedClearly_data();
    void badJsonIsRefusedClearly();
    void builtInIlacsChecklistLoads();

private:
    NewDocument m_read; // the PDF read once: reading it takes a second
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_store;
    qint64 m_document = 0;
};

void TestChecklists::initTestCase()
{
    m_read = readDataDocument(Data::Wandsworth2016);
    QVERIFY(!m_read.pageTexts.isEmpty());
}

void TestChecklists::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(newDatabaseLocation(*m_dir, QStringLiteral("checklists")));
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    m_store = std::make_unique<DocumentStore>(*m_db);
    QCOMPARE(m_store->add(m_read, &m_document), DocumentStore::AddResult::Added);
}

void TestChecklists::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestChecklists::fromDocumentGivesAuthorityThenLscbItems()
{
    const std::optional<StoredDocument> doc = m_store->document(m_document);
    QVERIFY(doc);
    const Checklist c = Checklists::fromDocument(*doc);
    QCOMPARE(c.items.size(), 17 + 5);
    QCOMPARE(c.source, QStringLiteral("document"));
    QCOMPARE(c.sourceDocumentId, m_document);
    QCOMPARE(c.authorityId, doc->authorityId);
    QVERIFY(c.authorityId > 0);
    for (int i = 0; i < c.items.size(); ++i) {
        QCOMPARE(c.items.at(i).id, 0); // not stored yet
        QCOMPARE(c.items.at(i).guidance.startsWith(QStringLiteral("LSCB")), i >= 17);
    }
}

void TestChecklists::fromDocumentKeepsEachRecommendation_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("guidance");
    int index = 0;
    for (const Expected &e : wandsworth2016) {
        const QString guidance = QStringLiteral("%1 %2, page %3")
                                     .arg(e.lscb ? QStringLiteral("LSCB recommendation")
                                                 : QStringLiteral("Recommendation"))
                                     .arg(e.number)
                                     .arg(e.page);
        QTest::addRow("%s %d", e.lscb ? "LSCB recommendation" : "recommendation", e.number)
            << index++ << QString::fromUtf8(e.text) << guidance;
    }
}

void TestChecklists::fromDocumentKeepsEachRecommendation()
{
    QFETCH(int, index);
    QFETCH(QString, text);
    QFETCH(QString, guidance);
    const Checklist c = Checklists::fromDocument(*m_store->document(m_document));
    QVERIFY(index < c.items.size());
    QCOMPARE(c.items.at(index).title, text);
    QCOMPARE(c.items.at(index).guidance, guidance);
}

void TestChecklists::fromDocumentNamesTheInspection()
{
    const Checklist c = Checklists::fromDocument(*m_store->document(m_document));
    // Acronyms stay as written: "SIF", not "sif", in the middle of the sentence; the date is
    // the one the library lists it by, the inspection's last day (DocumentDate).
    QCOMPARE(c.name, QStringLiteral("Wandsworth: recommendations of the December 2015 SIF inspection"));
}

void TestChecklists::documentWithoutRecommendationsGivesNoItems()
{
    const qint64 id = addHandmadeDocument(*m_store, QStringLiteral("Merton"), Kind::MonitoringVisit,
                                          QDate(2019, 5, 1));
    QVERIFY(id > 0);
    const Checklist c = Checklists::fromDocument(*m_store->document(id));
    QVERIFY(c.items.isEmpty());
    QVERIFY(c.name.startsWith(QStringLiteral("Merton: ")));
}

// An area SEND report's checklist, as an ILACS report's: one item per area for priority action
// (with the body made responsible) and per area for improvement, each list numbered on its own;
// stored, it gets suggestions from the authority's later documents.
void TestChecklists::areaSendItemsArePriorityActionsThenAreasForImprovement()
{
    qint64 id = 0;
    QCOMPARE(m_store->add(readDataDocument(QStringLiteral("bury area send inspection - 07 may 2024.pdf")),
                          &id),
             DocumentStore::AddResult::Added);
    const std::optional<StoredDocument> doc = m_store->document(id);
    QVERIFY(doc);
    QCOMPARE(doc->facts.kind, Kind::AreaSend);
    const QList<Recommendation> &actions = doc->facts.recommendations;
    const Checklist c = Checklists::fromDocument(*doc);
    QCOMPARE(c.items.size(), actions.size());
    QCOMPARE(c.name, QStringLiteral("Bury: recommendations of the February 2024 area SEND inspection"));
    int priority = 0;
    int improvement = 0;
    for (int i = 0; i < actions.size(); ++i) {
        const Recommendation &r = actions.at(i);
        QCOMPARE(c.items.at(i).title, r.text);
        QString guidance = r.priorityAction
                               ? QStringLiteral("Area for priority action %1, page %2").arg(++priority).arg(r.page)
                               : QStringLiteral("Area for improvement %1, page %2").arg(++improvement).arg(r.page);
        if (!r.responsibleBody.isEmpty())
            guidance += QStringLiteral("; responsible: %1").arg(r.responsibleBody);
        QCOMPARE(c.items.at(i).guidance, guidance);
    }
    QVERIFY(priority > 0 && improvement > 0);
    QVERIFY(!actions.first().responsibleBody.isEmpty());

    AnnotationStore annotations(*m_db);
    const qint64 checklistId = annotations.createChecklist(c);
    QVERIFY(checklistId > 0);
    const Checklist stored = *annotations.checklist(checklistId);
    QCOMPARE(stored.authorityId, doc->authorityId);
    // A later visit to Bury whose finding answers the first priority action.
    const QString answer = QStringLiteral("Leaders have acted on this: ") + actions.first().text;
    const qint64 later = addHandmadeDocument(*m_store, QStringLiteral("Bury"), Kind::MonitoringVisit,
                                             QDate(2025, 3, 1), {}, {answer}, QStringLiteral("351"));
    QVERIFY(later > 0);
    const auto suggestions = SuggestionEngine(*m_db).suggestForChecklist(stored);
    const QList<Suggestion> first = suggestions.value(stored.items.first().id);
    QVERIFY(!first.isEmpty());
    QCOMPARE(first.first().documentId, later);
    QCOMPARE(first.first().text, answer);
}

void TestChecklists::jsonRoundTrips()
{
    Checklist original = Checklists::fromDocument(*m_store->document(m_document));
    original.items.append({0, 0, QStringLiteral("Quotes \"and\" ‘curly’ — dashes"), QStringLiteral("Line one\nline two")});
    const QByteArray json = QJsonDocument(Checklists::toJson(original)).toJson();

    Checklist read;
    QString error;
    QVERIFY2(Checklists::fromJson(json, &read, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(read.name, original.name);
    QCOMPARE(read.source, QStringLiteral("user"));
    QCOMPARE(read.items.size(), original.items.size());
    for (int i = 0; i < read.items.size(); ++i) {
        QCOMPARE(read.items.at(i).title, original.items.at(i).title);
        QCOMPARE(read.items.at(i).guidance, original.items.at(i).guidance);
    }
    // And written again, the file is the same.
    QCOMPARE(QJsonDocument(Checklists::toJson(read)).toJson(), json);
}

void TestChecklists::badJsonIsRefusedClearly_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QString notJson = QStringLiteral("not valid JSON");
    const QString notChecklist = QStringLiteral("not a checklist");
    const QString noTitle = QStringLiteral("an item has no \"title\"");
    QTest::newRow("empty file") << QByteArray() << notJson;
    QTest::newRow("truncated") << QByteArray(R"({"name": "Plan", "items": [)") << notJson;
    QTest::newRow("a list, not an object") << QByteArray(R"([{"title": "x"}])") << notChecklist;
    QTest::newRow("no name") << QByteArray(R"({"items": []})") << notChecklist;
    QTest::newRow("blank name") << QByteArray(R"({"name": "  ", "items": []})") << notChecklist;
    QTest::newRow("no items") << QByteArray(R"({"name": "Plan"})") << notChecklist;
    QTest::newRow("items not a list") << QByteArray(R"({"name": "Plan", "items": {"title": "x"}})")
                                      << notChecklist;
    QTest::newRow("item without a title")
        << QByteArray(R"({"name": "Plan", "items": [{"title": "a"}, {"guidance": "b"}]})") << noTitle;
    QTest::newRow("item that is a bare string") << QByteArray(R"({"name": "Plan", "items": ["a"]})")
                                                << noTitle;
}

void TestChecklists::badJsonIsRefusedClearly()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    Checklist untouched;
    untouched.name = QStringLiteral("as it was");
    Checklist c = untouched;
    QString message;
    QVERIFY(!Checklists::fromJson(json, &c, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
    QCOMPARE(c.name, untouched.name);
    QVERIFY(c.items.isEmpty());
}

void TestChecklists::builtInIlacsChecklistLoads()
{
    const QList<Checklist> builtIn = Checklists::builtIn();
    QCOMPARE(builtIn.size(), 1);
    const Checklist &ilacs = builtIn.first();
    QVERIFY(ilacs.name.contains(QStringLiteral("ILACS")));
    QCOMPARE(ilacs.source, QStringLiteral("builtin"));
    QVERIFY(!ilacs.items.isEmpty());
    for (const ChecklistItem &item : ilacs.items) {
        QVERIFY(!item.title.trimmed().isEmpty());
        QVERIFY2(!item.guidance.trimmed().isEmpty(), qPrintable(item.title));
    }
    // Every item of the shipped file, none dropped on the way.
    const QJsonDocument shipped = QJsonDocument::fromJson(readBytes(
        dataPath(QStringLiteral("../../resources/checklists/ilacs-evaluation-areas.json"))));
    QCOMPARE(ilacs.items.size(), shipped.object().value(QStringLiteral("items")).toArray().size());
}

QTEST_MAIN(TestChecklists)
#include "tst_checklists.moc"
