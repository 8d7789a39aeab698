// SuggestionEngine on real reports: Wandsworth's 2016 inspection checklist against the 2018
// monitoring visit letter and the 2018 re-inspection (and another authority's later letter,
// which must never be suggested). The acceptance measure holds the ranking to what a careful
// reader judged, passage by passage.
#include "AnnotationFixtures.h"
#include "Fixtures.h"
#include "TestBackend.h"

#include "annotations/AnnotationStore.h"
#include "annotations/Checklists.h"
#include "annotations/SuggestionEngine.h"
#include "domain/DocumentFacts.h"
#include "import/ImportJob.h"
#include "store/Database.h"
#include "store/DocumentStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace oversight;
using namespace oversight::test;

namespace {

// Passages judged, reading each item's top three, to genuinely speak to that recommendation
// (evidence of progress, or of its lack, on the same matter): recommendation number and the
// start of the finding's text. Some were judged while tuning the ranking and are not in today's
// top three; keyed by text, a judgement stays valid whatever the ranking.
// Read and rejected, so a re-judgement need not read them again (number: passage opening):
//  1 "However, there has been drift in initiating legal planning" (CP plans drift, not thresholds)
//  2 "Action at a strategic level to ensure that the health needs" (health of children in care)
//  3 "Senior leaders have an accurate overview", "Senior leaders, elected members and managers
//    have worked diligently" (no word on audit); 4 the same overview, "Inspectors considered a
//    range of evidence" (what inspectors read), "Senior managers have an improved understanding"
//  5 "Senior managers have an improved understanding", "During the course of this visit" (scope)
//  8 "Disabled children receive a good social work service" (one group only), "Professionals
//    refer concerns using the early help assessment template"
// 11 "Children and families have good access to early help" (access, not step-down),
//    "Senior leaders have made purposeful and well-targeted progress" (front door)
// 13, 14 "The arrangements for children to return home from care" (not permanence decisions)
// 15 "Risks to young people from sexual exploitation", "Children who go missing from home"
//    (return home interviews, not a planned return home)
// 17 "Performance information is routinely used", "The quality assurance framework is not yet
//    fully aligned", "All children who have an adoption plan are monitored" (none speaks of the
//    recording system; the later documents do not seem to discuss it)
struct Accepted
{
    int item;
    const char *prefix;
};
const Accepted accepted[] = {
    {1, "Thresholds are clearly understood by partners, and children "},
    {1, "Children are protected effectively when concerns first arise"},
    {1, "Thresholds are now well understood by partners. When concern"},
    {2, "Staff at all levels now have access to a suite of performanc"},
    {2, "Performance information is routinely used to ensure complian"},
    {2, "The quality and quantity of performance information have imp"},
    {3, "Audit activity is now well embedded and lessons learned are "},
    {3, "Performance information is routinely used to ensure complian"},
    {3, "The quality assurance framework forms the basis of a program"},
    {3, "'Practice days' have been introduced to enable senior leader"},
    {4, "Supervision of staff is regular in most cases and is becomin"},
    {5, "Effective decision-making and management oversight ensure th"},
    {5, "Thresholds are now well understood by partners. When concern"},
    {5, "Social workers and managers in the IPOC make timely and prop"},
    {5, "Strategy meetings are timely and the attendance and contribu"},
    {6, "The large majority of young people live in safe and suitable"},
    {6, "The quality of services for care leavers has greatly improve"},
    {6, "Most care leavers live in good-quality accommodation, and th"},
    {7, "The participation of children in care and care leavers is st"},
    {7, "Effective action by the strategic partnership has resulted i"},
    {7, "The local authority now has a stronger corporate approach to"},
    {8, "Child in need plans set out clear safety goals for children "},
    {8, "Children and families have good access to early help support"},
    {9, "Children at risk of sexual exploitation are now consistently"},
    {9, "The strategic partnership response to child sexual exploitat"}, // three passages
    {10, "Children who go missing from home are routinely offered a ti"},
    {10, "The joint arrangements for responding to children missing an"},
    {10, "Risks to young people from sexual exploitation are effective"},
    {11, "Management oversight is effective, and step-up and step-down"},
    {12, "The large majority of young people live in safe and suitable"},
    {12, "Most children are living in good quality, safe placements wi"},
    {12, "The quality of services for care leavers has greatly improve"},
    {12, "The local authority now has a stronger corporate approach to"},
    {13, "Reviews of children in care are timely and child focused. Ch"},
    {13, "The arrangements for matching children who are waiting for l"},
    {13, "The director of children’s services has specifically oversee"},
    {14, "The arrangements for matching children who are waiting for l"},
    {14, "Early permanence planning is still underdeveloped, leading t"},
    {15, "The arrangements for children to return home from care are m"},
    {16, "The quality of services for care leavers has greatly improve"},
    {16, "Most care leavers live in good-quality accommodation, and th"},
    {16, "Since the previous inspection, senior leaders and managers h"},
};

// Measured when judged: 33 of 51 (65%) on SQLite; 32 on PostgreSQL, whose English stemmer
// differs from FTS5's porter on a few words. A little slack for harmless reordering.
const int acceptedAtLeast = 30;

} // namespace

class tst_Suggestions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void inspectionGivesSeventeenRecommendations();
    void suggestionsComeOnlyFromLaterDocumentsOfTheAuthority();
    void suggestionsAreOrderedByScore();
    void dismissedSuggestionIsLeftOut();
    void annotatedPassageIsLeftOut();
    void checklistWithoutSourceDocumentSearchesTheWholeAuthority();
    void wholeChecklistIsQuick();
    void aCarefulReaderAcceptsMostOfTheTopThree();
    void aFindingThatKeepsToTheSubjectRanksFirst();

private:
    qint64 documentOfKind(const QString &kind) const;
    QList<ChecklistItem> recommendationItems() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Checklist m_checklist;
    qint64 m_report2016 = 0, m_reinspection2018 = 0, m_monitoring2018 = 0, m_otherAuthority = 0;
};

qint64 tst_Suggestions::documentOfKind(const QString &kind) const
{
    DocumentStore store(*m_db);
    for (const StoredDocument &d : store.documents())
        if (d.facts.kind == kind)
            return d.id;
    return 0;
}

// The authority's own recommendations, without the LSCB's that follow them.
QList<ChecklistItem> tst_Suggestions::recommendationItems() const
{
    QList<ChecklistItem> items;
    for (const ChecklistItem &item : m_checklist.items)
        if (!item.guidance.startsWith(QStringLiteral("LSCB")))
            items.append(item);
    return items;
}

void tst_Suggestions::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = newDatabaseLocation(*m_dir, QStringLiteral("oversight"));
    ImportJob job(path, {dataPath(Data::Wandsworth2016), dataPath(Data::Wandsworth2018),
                         dataPath(Data::MonitoringLetter), dataPath(Data::FocusedLetter)});
    job.setThreadCount(2);
    for (const ImportOutcome &o : job.run())
        QCOMPARE(o.status, ImportOutcome::Status::Imported);
    m_db = std::make_unique<Database>(path);
    QVERIFY(m_db->isOpen());
    m_report2016 = documentOfKind(Kind::Sif);
    m_reinspection2018 = documentOfKind(Kind::SifReinspection);
    m_monitoring2018 = documentOfKind(Kind::MonitoringVisit);
    m_otherAuthority = documentOfKind(Kind::FocusedVisit);
    QVERIFY(m_report2016 && m_reinspection2018 && m_monitoring2018 && m_otherAuthority);

    DocumentStore store(*m_db);
    const auto report = store.document(m_report2016);
    QVERIFY(report);
    AnnotationStore annotations(*m_db);
    const qint64 id = annotations.createChecklist(Checklists::fromDocument(*report));
    QVERIFY2(id > 0, qPrintable(annotations.lastError()));
    m_checklist = *annotations.checklist(id);
}

void tst_Suggestions::cleanupTestCase()
{
    m_db.reset();
    m_dir.reset();
}

void tst_Suggestions::inspectionGivesSeventeenRecommendations()
{
    QCOMPARE(recommendationItems().size(), 17);
    // The LSCB's five follow, kept apart by their guidance.
    QCOMPARE(m_checklist.items.size(), 17 + 5);
}

void tst_Suggestions::suggestionsComeOnlyFromLaterDocumentsOfTheAuthority()
{
    SuggestionEngine engine(*m_db);
    const auto all = engine.suggestForChecklist(m_checklist, 10);
    QVERIFY2(engine.lastError().isEmpty(), qPrintable(engine.lastError()));
    QCOMPARE(all.size(), m_checklist.items.size());
    QSet<qint64> documents;
    for (const QList<Suggestion> &list : all)
        for (const Suggestion &s : list)
            documents.insert(s.documentId);
    QCOMPARE(documents, (QSet<qint64>{m_reinspection2018, m_monitoring2018}));
}

void tst_Suggestions::suggestionsAreOrderedByScore()
{
    SuggestionEngine engine(*m_db);
    for (const ChecklistItem &item : m_checklist.items) {
        const QList<Suggestion> list =
            engine.suggest(item, m_checklist.authorityId, QDate(2016, 12, 31), 5);
        QVERIFY(!list.isEmpty());
        for (int i = 0; i < list.size(); ++i) {
            QVERIFY(list.at(i).score > 0 && list.at(i).score <= 1);
            if (i > 0)
                QVERIFY(list.at(i - 1).score >= list.at(i).score);
        }
    }
}

void tst_Suggestions::dismissedSuggestionIsLeftOut()
{
    SuggestionEngine engine(*m_db);
    AnnotationStore store(*m_db);
    const ChecklistItem item = m_checklist.items.first();
    const QList<Suggestion> before = engine.suggestForChecklist(m_checklist).value(item.id);
    QCOMPARE(before.size(), 3);
    QVERIFY(store.dismissSuggestion(item.id, before.first().findingId));
    const QList<Suggestion> after = engine.suggestForChecklist(m_checklist).value(item.id);
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(0).findingId, before.at(1).findingId);
    QCOMPARE(after.at(1).findingId, before.at(2).findingId);
    QVERIFY(store.undismissSuggestion(item.id, before.first().findingId));
    QCOMPARE(engine.suggestForChecklist(m_checklist).value(item.id).first().findingId,
             before.first().findingId);
}

void tst_Suggestions::annotatedPassageIsLeftOut()
{
    SuggestionEngine engine(*m_db);
    AnnotationStore store(*m_db);
    const ChecklistItem item = m_checklist.items.at(1);
    const Suggestion first = engine.suggestForChecklist(m_checklist).value(item.id).first();

    // A selection of the passage's opening words, as a user makes it in the viewer.
    Annotation a;
    a.documentId = first.documentId;
    a.page = first.page;
    a.quote = first.text.left(80).toUpper() + QStringLiteral("\n");
    a.status = Status::Progressing;
    a.itemIds = {m_checklist.items.at(2).id}; // linked to another item: still suggested
    const qint64 other = store.createAnnotation(a);
    QVERIFY(other > 0);
    QCOMPARE(engine.suggestForChecklist(m_checklist).value(item.id).first().findingId,
             first.findingId);

    a.itemIds = {item.id};
    const qint64 linked = store.createAnnotation(a);
    QVERIFY(linked > 0);
    for (const Suggestion &s : engine.suggestForChecklist(m_checklist).value(item.id))
        QVERIFY(s.findingId != first.findingId);
    QVERIFY(store.deleteAnnotation(linked));
    QVERIFY(store.deleteAnnotation(other));
}

void tst_Suggestions::checklistWithoutSourceDocumentSearchesTheWholeAuthority()
{
    Checklist own = m_checklist;
    own.source = QStringLiteral("user");
    own.sourceDocumentId = 0;
    SuggestionEngine engine(*m_db);
    QSet<qint64> documents;
    for (const QList<Suggestion> &list : engine.suggestForChecklist(own, 5))
        for (const Suggestion &s : list)
            documents.insert(s.documentId);
    QVERIFY(documents.contains(m_report2016));
    QVERIFY(!documents.contains(m_otherAuthority));

    own.authorityId = 0; // shared by every authority: nothing to search
    for (const QList<Suggestion> &list : engine.suggestForChecklist(own))
        QVERIFY(list.isEmpty());
}

void tst_Suggestions::wholeChecklistIsQuick()
{
    // The whole checklist in one call: every item answered, none over the limit. Its speed is
    // a figure to print, not a pass mark (a shared machine's load decides wall time).
    SuggestionEngine engine(*m_db);
    QElapsedTimer timer;
    timer.start();
    const QMap<qint64, QList<Suggestion>> all = engine.suggestForChecklist(m_checklist, 3);
    qInfo("%lld items in %lld ms", qint64(m_checklist.items.size()), timer.elapsed());
    QCOMPARE(all.size(), m_checklist.items.size());
    int answered = 0;
    for (const ChecklistItem &item : m_checklist.items) {
        QVERIFY(all.contains(item.id));
        QVERIFY(all.value(item.id).size() <= 3);
        answered += all.value(item.id).isEmpty() ? 0 : 1;
    }
    QVERIFY2(answered > m_checklist.items.size() / 2, "most items have evidence to suggest");
}

void tst_Suggestions::aCarefulReaderAcceptsMostOfTheTopThree()
{
    SuggestionEngine engine(*m_db);
    const auto all = engine.suggestForChecklist(m_checklist, 3);
    const QList<ChecklistItem> items = recommendationItems();
    int shown = 0, taken = 0;
    for (int n = 1; n <= items.size(); ++n) {
        const ChecklistItem &item = items.at(n - 1);
        qInfo().noquote() << QStringLiteral("=== %1: %2").arg(n).arg(item.title);
        for (const Suggestion &s : all.value(item.id)) {
            bool ok = false;
            for (const Accepted &a : accepted)
                ok = ok || (a.item == n && s.text.startsWith(QString::fromUtf8(a.prefix)));
            ++shown;
            taken += ok;
            qInfo().noquote() << QStringLiteral("  %1 [doc %2 p%3 %4] %5")
                                     .arg(ok ? QStringLiteral("ACCEPT") : QStringLiteral("reject"))
                                     .arg(s.documentId)
                                     .arg(s.page)
                                     .arg(s.score, 0, 'f', 3)
                                     .arg(s.text);
        }
    }
    const double share = shown ? 100.0 * taken / shown : 0;
    qInfo("suggestions accepted: %d of %d (%.0f%%)", taken, shown, share);
    QCOMPARE(shown, 17 * 3);
    QVERIFY2(taken >= acceptedAtLeast, "ranking regressed below the judged acceptance");
}

void tst_Suggestions::aFindingThatKeepsToTheSubjectRanksFirst()
{
    // bm25's term frequency, on a library of its own: of two later findings of the same length
    // that both say supervision is regular, the one that keeps coming back to supervision ranks
    // first; only the frequency tells them apart. The other findings speak of other matters, so
    // that the item's words are rare (distinctive) among them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db(newDatabaseLocation(dir, QStringLiteral("frequency")));
    QVERIFY(db.isOpen());
    DocumentStore store(db);
    const QString once = QStringLiteral("Supervision is regular, and records of home visits are "
                                        "clear, timely and helpful to guardians.");
    const QString often = QStringLiteral("Supervision is regular; supervision records are clear, "
                                         "and supervision helps staff to reflect.");
    QCOMPARE(once.toUtf8().size(), often.toUtf8().size());
    const QStringList others{
        QStringLiteral("Children who go missing from home are offered a return home interview."),
        QStringLiteral("Care leavers live in suitable accommodation and feel safe there."),
        QStringLiteral("The corporate parenting board is well attended by elected members."),
        QStringLiteral("Early help assessments identify the needs of families in good time."),
        QStringLiteral("Strategy discussions are timely and involve the police and health."),
        QStringLiteral("Adoption is considered for every child who cannot return home."),
        QStringLiteral("Performance information is used well by senior leaders and managers."),
        QStringLiteral("Disabled children receive a good service from a specialist team."),
    };
    QVERIFY(addHandmadeDocument(store, QStringLiteral("Borsetshire"), Kind::Sif,
                                QDate(2016, 3, 1), {}, others.mid(0, 4)));
    // The finding that names supervision once comes first, so that a tie would put it first.
    const qint64 later = addHandmadeDocument(store, QStringLiteral("Borsetshire"),
                                             Kind::MonitoringVisit, QDate(2018, 5, 1), {},
                                             QStringList{once, often} + others.mid(4));
    QVERIFY(later);
    const auto document = store.summary(later);
    QVERIFY(document && document->authorityId > 0);

    ChecklistItem item;
    item.title = QStringLiteral("Ensure that supervision is regular.");
    SuggestionEngine engine(db);
    const QList<Suggestion> found = engine.suggest(item, document->authorityId, QDate(), 3);
    QVERIFY2(engine.lastError().isEmpty(), qPrintable(engine.lastError()));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).text, often);
    QCOMPARE(found.at(1).text, once);
    QVERIFY(found.at(0).score > found.at(1).score);
}

QTEST_GUILESS_MAIN(tst_Suggestions)
#include "tst_suggestions.moc"
