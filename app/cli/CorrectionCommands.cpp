#include "CorrectionCommands.h"

#include "CliSupport.h"
#include "store/Database.h"
#include "store/DocumentStore.h"
#include "understanding/AuthorityDirectory.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oversight::cli {

namespace {

const QString kCommand = QStringLiteral("correct");

// "recommendations.3" -> ("recommendations", 3); any other field -> (field, 0).
std::pair<QString, int> listItem(const QString &field)
{
    for (const QString &list : {FactField::Recommendations, FactField::LscbRecommendations}) {
        if (field.startsWith(list + QLatin1Char('.'))) {
            bool isNumber = false;
            const int number = field.mid(list.size() + 1).toInt(&isNumber);
            return {list, isNumber && number > 0 ? number : -1};
        }
    }
    return {field, 0};
}

// The value a FIELD=VALUE argument gives, in FactField's shape. For one recommendation
// (recommendations.N) it is the document's whole list with item N (by its printed number)
// replaced, added at the end when there is no such item, or deleted ("delete").
bool parseValue(const QString &field, const QString &text, const StoredDocument &doc,
                QString *correctedField, QJsonValue *value, QString *error)
{
    const QString none = QStringLiteral("none");
    const auto [list, number] = listItem(field);
    *correctedField = list;
    if (number < 0) {
        *error = QStringLiteral("%1: a recommendation is named by its number, e.g. %2.3")
                     .arg(field, list);
        return false;
    }
    if (number > 0) {
        QJsonArray items = FactField::value(doc.facts, list).toArray();
        int at = -1;
        for (int i = 0; i < items.size(); ++i)
            if (items.at(i).toObject().value(QStringLiteral("number")).toInt() == number)
                at = i;
        if (text == QLatin1String("delete")) {
            if (at < 0) {
                *error = QStringLiteral("%1: there is no recommendation %2 to delete").arg(field).arg(number);
                return false;
            }
            items.removeAt(at);
        } else if (at < 0) {
            // A new number goes where its number puts it (before the first higher one), so
            // that a recommendation deleted and written again takes its place back.
            qsizetype before = items.size();
            for (qsizetype i = 0; i < items.size(); ++i)
                if (items.at(i).toObject().value(QStringLiteral("number")).toInt() > number) {
                    before = i;
                    break;
                }
            items.insert(before, QJsonObject{{QStringLiteral("number"), number},
                                             {QStringLiteral("text"), text},
                                             {QStringLiteral("page"), 0}});
        } else {
            QJsonObject item = items.at(at).toObject();
            item.insert(QStringLiteral("text"), text);
            items.replace(at, item);
        }
        *value = items;
        return true;
    }
    if (field == FactField::Inspectors) {
        QJsonArray names;
        for (const QString &name : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            names.append(name.simplified());
        *value = names;
    } else if (!FactField::judgementArea(field).isEmpty() || field == FactField::Outcome) {
        // Grades and outcomes are keys (requires_improvement): "Good" or "Requires improvement"
        // as a person types them name the same.
        *value = text.compare(none, Qt::CaseInsensitive) == 0
                     ? QJsonValue(QJsonValue::Null)
                     : QJsonValue(text.toLower().simplified().replace(QLatin1Char(' '), QLatin1Char('_')));
    } else if (field == FactField::InspectionStart || field == FactField::InspectionEnd
               || field == FactField::Published || field == FactField::PreviousInspection) {
        *value = text.compare(none, Qt::CaseInsensitive) == 0 ? QJsonValue(QJsonValue::Null)
                                                              : QJsonValue(text);
    } else if (field == FactField::Kind) {
        *value = text.toLower().simplified().replace(QLatin1Char(' '), QLatin1Char('_'));
    } else {
        *value = text;
    }
    return true;
}

QString itemText(const QJsonValue &item)
{
    return QStringLiteral("%1. %2").arg(item.toObject().value(QStringLiteral("number")).toInt())
        .arg(item.toObject().value(QStringLiteral("text")).toString());
}

// One line for people; a recommendation list as its count and the items that differ from
// `other` (the read value, or the correction), by position.
QString printable(const QString &field, const QJsonValue &value, const QJsonValue &other = {})
{
    if (field != FactField::Recommendations && field != FactField::LscbRecommendations)
        return FactField::displayValue(field, value);
    const QJsonArray items = value.toArray();
    const QJsonArray others = other.toArray();
    QStringList differing;
    // By number and text: a correction's items also carry the texts they were read as.
    for (qsizetype i = 0; i < items.size(); ++i)
        if (i >= others.size() || itemText(items.at(i)) != itemText(others.at(i)))
            differing << itemText(items.at(i));
    QString line = QStringLiteral("%1 items").arg(items.size());
    if (!differing.isEmpty() && !other.isUndefined())
        line += QStringLiteral("; differing: ") + differing.join(QStringLiteral(" | "));
    return line;
}

int listCorrections(DocumentStore &store, qint64 id, bool json, QTextStream &out)
{
    const QList<FactCorrection> corrections = store.corrections(id);
    if (json) {
        QJsonArray array;
        for (const FactCorrection &c : corrections)
            array.append(QJsonObject{{QStringLiteral("field"), c.field},
                                     {QStringLiteral("value"), c.value},
                                     {QStringLiteral("read_value"), c.readValue},
                                     {QStringLiteral("corrected_at"),
                                      c.correctedAt.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("corrected_by"), c.correctedBy},
                                     {QStringLiteral("reader_agrees"), c.readerAgrees()}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("document_id"), id},
                                         {QStringLiteral("corrections"), array}})
                   .toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (corrections.isEmpty())
        out << "[" << id << "] no corrections: every fact is as read\n";
    for (const FactCorrection &c : corrections) {
        out << c.field << ": " << printable(c.field, c.value, c.readValue) << "\n    read as "
            << printable(c.field, c.readValue, c.value) << "; corrected "
            << c.correctedAt.toUTC().toString(Qt::ISODate)
            << (c.correctedBy.isEmpty() ? QString() : QStringLiteral(" by ") + c.correctedBy)
            << (c.readerAgrees() ? QStringLiteral("; the reader now reads the same (the "
                                                  "correction can be reverted)")
                                 : QString())
            << '\n';
    }
    return Ok;
}

} // namespace

int correctCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Corrects facts of a stored document. A correction stays on top of what the reader "
        "reads, through every re-read, until it is reverted. Everything asked is checked "
        "before anything is stored.\n"
        "FIELD: kind (pre_sif, sif, sif_reinspection, ilacs_standard, ilacs_short, "
        "lscb_review, monitoring_visit, focused_visit, area_send, other), authority (a DfE LA code), inspection_start, inspection_end, published "
        "(yyyy-mm-dd or none), lead_inspector, inspectors (\"; \" between names), "
        "judgements.AREA (AREA: overall, leaders, help_protection, in_care, care_leavers, "
        "adoption, lscb; VALUE: outstanding, good, requires_improvement, inadequate or none), "
        "outcome (an area SEND report's: positive, inconsistent, systemic_failings or none), "
        "previous_inspection (an area SEND report's, yyyy-mm-dd or none), "
        "recommendations.N and lscb_recommendations.N (N: the recommendation's number; VALUE: "
        "its text, or delete; a new number adds one; --revert recommendations.N puts one "
        "recommendation back as read, --revert recommendations the whole list). A corrected "
        "recommendation stays with its text when a re-read finds the list in another order."));
    const QCommandLineOption document(QStringLiteral("document"),
                                      QStringLiteral("The document's id (as list shows it)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Correct FIELD to VALUE (repeatable)."),
                                 QStringLiteral("FIELD=VALUE"));
    const QCommandLineOption revert(QStringLiteral("revert"),
                                    QStringLiteral("Back to what was read (repeatable)."),
                                    QStringLiteral("FIELD"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  QStringLiteral("Print the document's corrections."));
    parser.addOptions({dbOption(), document, set, revert, list, jsonOption()});
    int exit = Ok;
    if (!parseCommand(parser, kCommand, args, out, err, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(document)
        || !(parser.isSet(set) || parser.isSet(revert) || parser.isSet(list)))
        return usageError(parser, kCommand,
                          QStringLiteral("needs --db DB, --document ID and --set, --revert or --list"),
                          err);
    bool isNumber = false;
    const qint64 id = parser.value(document).toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        err << kCommand << ": \"" << parser.value(document) << "\" is not a document id\n";
        return Failed;
    }
    const std::unique_ptr<Database> database = openDatabase(parser, err);
    if (!database)
        return Failed;
    if ((parser.isSet(set) || parser.isSet(revert)) && refuseReadOnly(*database, kCommand, err))
        return Failed;
    DocumentStore store(*database);
    if (!store.summary(id)) {
        err << kCommand << ": there is no document with id " << id << '\n';
        return Failed;
    }
    // Everything asked is checked first, on a copy of the facts, so that a bad --set or
    // --revert changes nothing; then each is stored, one transaction each.
    const std::optional<StoredDocument> doc = store.document(id);
    StoredDocument checked = *doc;
    struct Change
    {
        QString typed;  // the field as typed (recommendations.3)
        QString field;  // the field corrected (recommendations)
        QJsonValue value;
        QString shown;
        bool deleted = false; // one recommendation deleted
    };
    QList<Change> changes;
    for (const QString &assignment : parser.values(set)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usageError(parser, kCommand,
                              QStringLiteral("--set takes FIELD=VALUE, not \"%1\"").arg(assignment), err);
        const QString typed = assignment.left(equals).trimmed();
        const QString text = assignment.mid(equals + 1).trimmed();
        Change change{typed, {}, {}, {}, false};
        QString error;
        if (!parseValue(typed, text, checked, &change.field, &change.value, &error)
            || !FactField::setValue(checked.facts, change.field, change.value, &error)
            || !(error = FactField::inconsistency(checked.facts)).isEmpty()) {
            err << kCommand << ": " << (error.startsWith(typed) ? QString() : typed + QStringLiteral(": "))
                << error << "; nothing was changed\n";
            return Failed;
        }
        if (change.field == FactField::Authority && !AuthorityDirectory::instance().byCode(text)) {
            err << kCommand << ": " << text << " is not a DfE LA code in the reference list; "
                << "nothing was changed\n";
            return Failed;
        }
        change.shown = typed == change.field ? printable(change.field, change.value) : text;
        change.deleted = typed != change.field && text == QLatin1String("delete");
        changes.append(change);
    }
    QStringList reverts;
    // One recommendation back as read: its list, its printed number and its position now.
    struct ItemRevert
    {
        QString typed;
        QString list;
        int position;
    };
    QList<ItemRevert> itemReverts;
    for (const QString &field : parser.values(revert)) {
        const auto [whole, number] = listItem(field);
        if (number < 0)
            return usageError(parser, kCommand,
                              QStringLiteral("%1: a recommendation is named by its number, e.g. %2.3")
                                  .arg(field, whole), err);
        if (number > 0) {
            const QJsonArray items = FactField::value(doc->facts, whole).toArray();
            int at = -1;
            for (int i = 0; i < items.size(); ++i)
                if (items.at(i).toObject().value(QStringLiteral("number")).toInt() == number)
                    at = i;
            if (at < 0) {
                err << kCommand << ": " << field << ": there is no recommendation " << number
                    << "; nothing was changed\n";
                return Failed;
            }
            itemReverts.append({field, whole, at});
        } else if (!FactField::isCorrectable(whole)) {
            err << kCommand << ": " << field << " is not a fact that can be corrected; nothing was changed\n";
            return Failed;
        }
        for (const Change &c : std::as_const(changes)) {
            if (c.field == whole)
                return usageError(parser, kCommand,
                                  QStringLiteral("%1 is both set and reverted").arg(whole), err);
        }
        if (number == 0)
            reverts.append(whole);
    }
    for (const ItemRevert &r : std::as_const(itemReverts))
        if (reverts.contains(r.list))
            return usageError(parser, kCommand,
                              QStringLiteral("%1 is reverted as a whole and %2 with it")
                                  .arg(r.list, r.typed), err);
    for (const Change &c : std::as_const(changes)) {
        if (!store.correct(id, c.field, c.value)) {
            err << kCommand << ": " << c.typed << ": " << store.lastError() << '\n';
            return Failed;
        }
        if (c.deleted)
            out << "[" << id << "] " << c.typed << " deleted\n";
        else
            out << "[" << id << "] " << c.typed << " corrected to "
                << (c.shown.isEmpty() ? QStringLiteral("(none)") : c.shown) << '\n';
    }
    // Last first: an item reverted puts its read items at its place, so the items before it
    // keep their positions.
    std::sort(itemReverts.begin(), itemReverts.end(), [](const ItemRevert &a, const ItemRevert &b) {
        return a.list != b.list ? a.list < b.list : a.position > b.position;
    });
    for (const ItemRevert &r : std::as_const(itemReverts)) {
        std::optional<FactCorrection> correction;
        for (const FactCorrection &c : store.corrections(id))
            if (c.field == r.list)
                correction = c;
        if (!correction || !correction->isItemCorrected(r.position)) {
            out << "[" << id << "] " << r.typed << " had no correction: it is as read\n";
            continue;
        }
        const std::optional<QJsonValue> value = correction->withItemReverted(r.position);
        if (!(value ? store.correct(id, r.list, *value) : store.revert(id, r.list))) {
            err << kCommand << ": " << r.typed << ": " << store.lastError() << '\n';
            return Failed;
        }
        out << "[" << id << "] " << r.typed << " back to what was read"
            << (value ? QString() : QStringLiteral(" (the whole list is now as read)")) << '\n';
    }
    const QList<FactCorrection> existing = store.corrections(id);
    for (const QString &field : std::as_const(reverts)) {
        const bool corrected = std::any_of(existing.cbegin(), existing.cend(),
                                           [&](const FactCorrection &c) { return c.field == field; });
        if (!corrected) {
            out << "[" << id << "] " << field << " had no correction: it is as read\n";
            continue;
        }
        if (!store.revert(id, field)) {
            err << kCommand << ": " << field << ": " << store.lastError() << '\n';
            return Failed;
        }
        out << "[" << id << "] " << field << " back to what was read\n";
    }
    if (parser.isSet(list))
        return listCorrections(store, id, parser.isSet(QStringLiteral("json")), out);
    return Ok;
}

} // namespace oversight::cli
