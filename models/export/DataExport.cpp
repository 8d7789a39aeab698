#include "DataExport.h"

#include "CsvWriter.h"
#include "annotations/AnnotationStore.h"
#include "annotations/Checklists.h"
#include "store/DocumentStore.h"

#include <QHash>
#include <QJsonArray>

namespace oversight {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString iso(const QDateTime &d)
{
    return d.isValid() ? d.toString(Qt::ISODateWithMs) : QString();
}

QJsonObject annotationJson(const Annotation &a)
{
    QJsonArray items;
    for (qint64 id : a.itemIds)
        items.append(id);
    QJsonArray boxes;
    for (const QRectF &b : a.boxes)
        boxes.append(QJsonArray{b.x(), b.y(), b.width(), b.height()});
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("document_id"), a.documentId},
            {QStringLiteral("page"), a.page},
            {QStringLiteral("quote"), a.quote},
            {QStringLiteral("boxes"), boxes},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("note"), a.note},
            {QStringLiteral("item_ids"), items},
            {QStringLiteral("created_at"), iso(a.createdAt)},
            {QStringLiteral("updated_at"), iso(a.updatedAt)}};
}

} // namespace

DataExport::DataExport(Database &database) : m_database(database) {}

QByteArray DataExport::documentsCsv() const
{
    DocumentStore store(m_database);
    CsvWriter csv;
    QStringList header{tr("Document id"), tr("Authority"), tr("Authority code"), tr("Kind"),
                       tr("Inspection start"), tr("Inspection end"), tr("Published"),
                       tr("Lead inspector"), tr("Inspectors")};
    for (const QString &area : Area::all())
        header << Area::label(area);
    // The file name stays last (scripts read it from the end); before it, the facts the user
    // corrected (FactField names), so that a spreadsheet shows which values are corrections.
    // An area SEND report's outcome and previous inspection: its facts in place of grades.
    header << tr("Area SEND outcome") << tr("Previous inspection");
    // The LSCB's recommendations (SIF reports to 2018) are a list of their own, addressed to
    // the board, not the local authority: counted apart, as the reports print them.
    header << tr("Other judgements") << tr("Recommendations") << tr("LSCB recommendations")
           << tr("Corrected") << tr("File");
    csv.addRow(header);
    for (const StoredDocument &summary : store.documents()) {
        const StoredDocument d = store.document(summary.id).value_or(summary);
        const DocumentFacts &f = d.facts;
        QStringList row{QString::number(d.id),
                        d.authorityName.isEmpty() ? f.authority : d.authorityName,
                        f.authorityCode,
                        Kind::label(f.kind),
                        iso(f.inspectionStart),
                        iso(f.inspectionEnd),
                        iso(f.published),
                        f.leadInspector,
                        f.inspectors.join(QStringLiteral("; "))};
        for (const QString &area : Area::all())
            row << (f.judgements.contains(area) ? Grade::label(f.judgements.value(area))
                                                : QString());
        row << (f.outcome.isEmpty() ? QString() : SendOutcome::label(f.outcome))
            << iso(f.previousInspection);
        QStringList other;
        for (auto it = f.otherJudgements.cbegin(); it != f.otherJudgements.cend(); ++it)
            other << QStringLiteral("%1: %2").arg(it.key(), *it);
        row << other.join(QStringLiteral("; "))
            << QString::number(f.recommendations.size())
            << QString::number(f.lscbRecommendations.size())
            << d.correctedFields.join(QStringLiteral("; ")) << d.fileName;
        csv.addRow(row);
    }
    return csv.toBytes();
}

QByteArray DataExport::annotationsCsv() const
{
    DocumentStore store(m_database);
    AnnotationStore annotations(m_database);
    QHash<qint64, StoredDocument> documents;
    for (const StoredDocument &d : store.documents())
        documents.insert(d.id, d);
    QHash<qint64, QPair<QString, QString>> items; // id -> (checklist, item)
    for (const Checklist &c : annotations.checklists()) {
        for (const ChecklistItem &i : c.items)
            items.insert(i.id, {c.name, i.title});
    }
    CsvWriter csv;
    csv.addRow({tr("Annotation id"), tr("Authority"), tr("Document id"), tr("Document"),
                tr("Page"), tr("Status"), tr("Passage"), tr("Note"), tr("Checklist"),
                tr("Checklist item"), tr("Created"), tr("Changed")});
    for (const Annotation &a : annotations.annotations()) {
        const StoredDocument d = documents.value(a.documentId);
        QList<qint64> linked = a.itemIds;
        if (linked.isEmpty())
            linked.append(0);
        for (qint64 item : linked) {
            const QPair<QString, QString> names = items.value(item);
            csv.addRow({QString::number(a.id), d.authorityName, QString::number(a.documentId),
                        d.displayTitle(), QString::number(a.page), Status::label(a.status),
                        a.quote, a.note, names.first, names.second, iso(a.createdAt),
                        iso(a.updatedAt)});
        }
    }
    return csv.toBytes();
}

QJsonObject DataExport::everything() const
{
    DocumentStore store(m_database);
    AnnotationStore annotations(m_database);
    const auto documentJson = [&store](const StoredDocument &summary) {
        const StoredDocument d = store.document(summary.id).value_or(summary);
        return QJsonObject{{QStringLiteral("id"), d.id},
                           {QStringLiteral("file_name"), d.fileName},
                           {QStringLiteral("sha256"), d.sha256},
                           {QStringLiteral("pages"), d.pageCount},
                           {QStringLiteral("imported_at"), iso(d.importedAt)},
                           {QStringLiteral("facts"), d.facts.toJson()},
                           // Which of the facts are the user's corrections (FactField names).
                           {QStringLiteral("corrected"), QJsonArray::fromStringList(d.correctedFields)}};
    };
    const QList<StoredDocument> documents = store.documents();
    QJsonArray authorities;
    for (const AuthorityRow &a : store.authorities()) {
        QJsonArray own;
        for (const StoredDocument &d : documents) {
            if (d.authorityId == a.id)
                own.append(documentJson(d));
        }
        authorities.append(QJsonObject{{QStringLiteral("id"), a.id},
                                       {QStringLiteral("name"), a.name},
                                       {QStringLiteral("code"), a.code},
                                       {QStringLiteral("documents"), own}});
    }
    QJsonArray unfiled;
    for (const StoredDocument &d : documents) {
        if (d.authorityId == 0)
            unfiled.append(documentJson(d));
    }
    QJsonArray checklists;
    for (const Checklist &c : annotations.checklists()) {
        QJsonObject json = Checklists::toJson(c);
        QJsonArray items;
        for (const ChecklistItem &i : c.items)
            items.append(QJsonObject{{QStringLiteral("id"), i.id},
                                     {QStringLiteral("title"), i.title},
                                     {QStringLiteral("guidance"), i.guidance}});
        json.insert(QStringLiteral("id"), c.id);
        json.insert(QStringLiteral("authority_id"), c.authorityId);
        json.insert(QStringLiteral("source"), c.source);
        json.insert(QStringLiteral("source_document_id"), c.sourceDocumentId);
        json.insert(QStringLiteral("items"), items);
        checklists.append(json);
    }
    QJsonArray annotationList;
    for (const Annotation &a : annotations.annotations())
        annotationList.append(annotationJson(a));
    return {{QStringLiteral("format"), QStringLiteral("oversight-export")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("authorities"), authorities},
            {QStringLiteral("unfiled_documents"), unfiled},
            {QStringLiteral("checklists"), checklists},
            {QStringLiteral("annotations"), annotationList}};
}

} // namespace oversight
