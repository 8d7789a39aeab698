#include "Checklists.h"

#include "domain/DocumentDate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace oversight::Checklists {

namespace {
// "SIF inspection" stays as it is; "Monitoring visit" reads "monitoring visit" mid-sentence.
QString inSentence(const QString &label)
{
    if (label.size() > 1 && label.at(0).isUpper() && label.at(1).isLower())
        return label.at(0).toLower() + label.mid(1);
    return label;
}
} // namespace

Checklist fromDocument(const StoredDocument &document)
{
    Checklist c;
    c.authorityId = document.authorityId;
    c.source = QStringLiteral("document");
    c.sourceDocumentId = document.id;
    const QDate date = DocumentDate::of(document.facts);
    c.name = QCoreApplication::translate("Checklists", "%1: recommendations of the %2")
                 .arg(document.authorityName.isEmpty() ? document.facts.authority
                                                       : document.authorityName,
                      date.isValid()
                          ? QCoreApplication::translate("Checklists", "%1 %2",
                                                        "month and year, then the kind of document")
                                .arg(QLocale().toString(date, QStringLiteral("MMMM yyyy")),
                                     inSentence(Kind::label(document.facts.kind)))
                          : inSentence(Kind::label(document.facts.kind)));
    // An area SEND report's items are its areas for priority action (with the body made
    // responsible) and its areas for improvement, each numbered within its own list.
    const bool areaSend = document.facts.kind == Kind::AreaSend;
    int priorityActions = 0;
    int improvements = 0;
    for (const Recommendation &r : document.facts.recommendations) {
        QString guidance;
        if (areaSend && r.priorityAction) {
            guidance = QCoreApplication::translate("Checklists", "Area for priority action %1, page %2")
                           .arg(++priorityActions)
                           .arg(r.page);
            if (!r.responsibleBody.isEmpty())
                guidance += QCoreApplication::translate("Checklists", "; responsible: %1")
                                .arg(r.responsibleBody);
        } else if (areaSend) {
            guidance = QCoreApplication::translate("Checklists", "Area for improvement %1, page %2")
                           .arg(++improvements)
                           .arg(r.page);
        } else {
            guidance = QCoreApplication::translate("Checklists", "Recommendation %1, page %2")
                           .arg(r.number)
                           .arg(r.page);
        }
        c.items.append({0, 0, r.text, guidance});
    }
    for (const Recommendation &r : document.facts.lscbRecommendations)
        c.items.append({0, 0, r.text,
                        QCoreApplication::translate("Checklists",
                                                    "LSCB recommendation %1, page %2")
                            .arg(r.number)
                            .arg(r.page)});
    return c;
}

namespace {
// fromDocument() writes "Recommendation N, page P" or "LSCB recommendation N, page P" in the UI
// language of the day ("Argymhelliad LSCB N, tudalen P"): the number is the first one in the
// guidance, and the LSCB's say "LSCB" in every language.
int documentNumber(const ChecklistItem &item)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    const QRegularExpressionMatch m = number.match(item.guidance);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}
} // namespace

bool isLscbItem(const Checklist &checklist, int row)
{
    if (checklist.source != QLatin1String("document") || row < 0 || row >= checklist.items.size())
        return false;
    const ChecklistItem &item = checklist.items.at(row);
    return documentNumber(item) > 0 && item.guidance.contains(QLatin1String("LSCB"));
}

QString itemNumber(const Checklist &checklist, int row)
{
    if (row < 0 || row >= checklist.items.size())
        return {};
    const int number = checklist.source == QLatin1String("document")
                           ? documentNumber(checklist.items.at(row))
                           : 0;
    if (number <= 0)
        return QString::number(row + 1);
    if (!isLscbItem(checklist, row))
        return QString::number(number);
    // A SIF report numbers the LSCB's recommendations as its paragraphs (116 to 120): counted
    // from the first of them, they are 1 to 5 whatever their paragraphs, and stay so however
    // the items are ordered.
    int first = number;
    for (int i = 0; i < checklist.items.size(); ++i) {
        if (isLscbItem(checklist, i))
            first = std::min(first, documentNumber(checklist.items.at(i)));
    }
    return QCoreApplication::translate("Checklists", "LSCB %1",
                                       "the LSCB's own recommendation number")
        .arg(number - first + 1);
}

QJsonObject toJson(const Checklist &checklist)
{
    QJsonArray items;
    for (const ChecklistItem &item : checklist.items)
        items.append(QJsonObject{{QStringLiteral("title"), item.title},
                                 {QStringLiteral("guidance"), item.guidance}});
    return {{QStringLiteral("format"), QStringLiteral("oversight-checklist")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"), checklist.name},
            {QStringLiteral("items"), items}};
}

bool fromJson(const QByteArray &json, Checklist *checklist, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("Checklists", "not valid JSON: %1")
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    const QString name = o.value(QStringLiteral("name")).toString().trimmed();
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    if (name.isEmpty() || !o.value(QStringLiteral("items")).isArray()) {
        *error = QCoreApplication::translate(
            "Checklists", "not a checklist: it needs a \"name\" and a list of \"items\"");
        return false;
    }
    Checklist c;
    c.name = name;
    c.source = QStringLiteral("user");
    for (const QJsonValue &v : items) {
        const QString title = v.toObject().value(QStringLiteral("title")).toString().trimmed();
        if (title.isEmpty()) {
            *error = QCoreApplication::translate("Checklists", "an item has no \"title\"");
            return false;
        }
        c.items.append({0, 0, title, v.toObject().value(QStringLiteral("guidance")).toString()});
    }
    *checklist = c;
    return true;
}

QList<Checklist> builtIn()
{
    QList<Checklist> result;
    const QDir dir(QStringLiteral(":/oversight/checklists"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        Checklist c;
        QString error;
        if (file.open(QIODevice::ReadOnly) && fromJson(file.readAll(), &c, &error)) {
            c.source = QStringLiteral("builtin");
            result.append(c);
        }
    }
    return result;
}

} // namespace oversight::Checklists
