#include "KindClassifier.h"

#include "domain/DocumentFacts.h"

#include <QRegularExpression>

namespace oversight {

namespace {

// How many lines of page 1 form the title block.
constexpr int kTitleLines = 14;

struct TitleRule
{
    QRegularExpression pattern;
    QString kind;
};

const QList<TitleRule> &titleRules()
{
    // Order matters: the re-inspection title contains the inspection title.
    static const QList<TitleRule> rules = {
        {TextTools::regex(QStringLiteral(
             "\\bre-?inspection of services for children in need of help and protection")),
         Kind::SifReinspection},
        {TextTools::regex(QStringLiteral(
             "\\binspection of services for children in need of help and protection")),
         Kind::Sif},
        {TextTools::regex(QStringLiteral(
             "^(?:.{0,80}\\s)?review of the effectiveness of the local safeguarding children board")),
         Kind::LscbReview},
        {TextTools::regex(QStringLiteral(
             "\\binspection of (?:safeguarding and )?looked after children(?:'s)? services"
             "|\\binspection of safeguarding and looked after children"
             "|\\binspection of local authority arrangements for the protection of children")),
         Kind::PreSif},
        {TextTools::regex(QStringLiteral(
             "\\binspection of (?:the )?(?:[\\w'.,-]+ ){0,8}?local authority children's services"
             "|\\binspection of children's social care services")),
         Kind::IlacsStandard},
        // From 2022 some ILACS titles drop "local authority" ("Inspection of Kent County
        // Council children's services"), often over two lines: the title must open the page.
        {TextTools::regex(QStringLiteral(
             "^inspection of (?:the )?(?:[\\w'.,-]+ ){1,8}?children's services\\b")),
         Kind::IlacsStandard},
    };
    return rules;
}

} // namespace

QString KindClassifier::classify(const CleanText &text)
{
    if (text.lines.isEmpty())
        return Kind::Other;
    const qsizetype pageOneEnd = text.endOfPage(1);
    const QString title =
        TextTools::forMatching(text.join(0, qMin<qsizetype>(pageOneEnd, kTitleLines)));
    for (const TitleRule &rule : titleRules()) {
        if (rule.pattern.match(title).hasMatch())
            return rule.kind == Kind::Sif && isUntitledReinspection(text, title) ? Kind::SifReinspection
                                                                                : rule.kind;
    }

    // Letters: a salutation or "This letter summarises", and the visit named near the top.
    const QString pageOne = TextTools::forMatching(text.join(0, qMax<qsizetype>(pageOneEnd, 1)));
    static const QRegularExpression letter = TextTools::regex(
        QStringLiteral("\\bthis letter summarises\\b|(?:^|\\s)Dear [A-Z]"));
    static const QRegularExpression visit = TextTools::regex(QStringLiteral(
        "\\b(monitoring|focused) visit (?:to|of|at)\\b|\\bfindings of the (monitoring|focused) visit"));
    if (!letter.match(pageOne).hasMatch())
        return Kind::Other;
    const QRegularExpressionMatch m = visit.match(pageOne);
    if (!m.hasMatch())
        return Kind::Other;
    const QString which = (m.captured(1) + m.captured(2)).toLower();
    return which == QLatin1String("monitoring") ? Kind::MonitoringVisit : Kind::FocusedVisit;
}

bool KindClassifier::isUntitledReinspection(const CleanText &text, const QString &title)
{
    // A SIF inspection reviews the LSCB in the same report, and says so in its title; a
    // re-inspection of services judged inadequate does not, and its summary either says what
    // it is or looks back at the inadequate judgement of the previous inspection.
    static const QRegularExpression lscbReview = TextTools::regex(
        QStringLiteral("\\breview of the effectiveness of the local safeguarding children board"));
    if (lscbReview.match(title).hasMatch())
        return false;
    static const QRegularExpression saysSo = TextTools::regex(QStringLiteral(
        "\\bthis (?:is a|was a) re-?inspection\\b"
        "|\\b(?:judged|found) (?:to be )?inadequate (?:at|in|during) the (?:previous|last) inspection"
        "|\\b(?:previous|last) inspection[^.]{0,80}?\\b(?:judged|found) (?:to be )?inadequate\\b"
        "|\\bfollowing the (?:previous |last )?inadequate judgement\\b"));
    const QString opening = TextTools::forMatching(text.opening(3));
    return saysSo.match(opening).hasMatch();
}

QString KindClassifier::ilacsKind(const DateRange &onSite, const QString &opening)
{
    static const QRegularExpression shortSaid =
        TextTools::regex(QStringLiteral("\\bshort (?:ILACS )?inspection\\b"));
    static const QRegularExpression standardSaid =
        TextTools::regex(QStringLiteral("\\bstandard (?:ILACS )?inspection\\b"));
    if (onSite.isValid()) {
        // One week on site is Monday to Friday (4 days apart); two weeks, 11 days apart.
        return onSite.days() >= 7 ? Kind::IlacsStandard : Kind::IlacsShort;
    }
    if (shortSaid.match(opening).hasMatch())
        return Kind::IlacsShort;
    if (standardSaid.match(opening).hasMatch())
        return Kind::IlacsStandard;
    return Kind::IlacsStandard;
}

bool KindClassifier::isLetter(const QString &kind)
{
    return kind == Kind::MonitoringVisit || kind == Kind::FocusedVisit;
}

bool KindClassifier::isIlacs(const QString &kind)
{
    return kind == Kind::IlacsStandard || kind == Kind::IlacsShort;
}

} // namespace oversight
