#include "Checklists.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

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
    const QDate date = document.facts.sortDate();
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
