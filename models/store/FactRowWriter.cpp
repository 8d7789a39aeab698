#include "FactRowWriter.h"

#include "SqlDialect.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace oversight {

namespace {

// Qt binds a null QString as SQL NULL; text columns that are NOT NULL want ''.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

struct StoredFinding
{
    qint64 id = 0;
    int position = 0;
    Finding finding;
};

} // namespace

FactRowWriter::FactRowWriter(const QSqlDatabase &db) : m_db(db) {}

QString FactRowWriter::sqlOf(Statement statement, const SqlDialect &dialect)
{
    switch (statement) {
    case SelectJudgements:
        return QStringLiteral("SELECT area, grade FROM judgements WHERE document_id = ?");
    case InsertJudgement:
        return QStringLiteral("INSERT INTO judgements(document_id, area, grade) VALUES (?, ?, ?)");
    case UpdateJudgement:
        return QStringLiteral("UPDATE judgements SET grade = ? WHERE document_id = ? AND area = ?");
    case DeleteJudgement:
        return QStringLiteral("DELETE FROM judgements WHERE document_id = ? AND area = ?");
    case SelectRecommendations:
        return QStringLiteral("SELECT id, list, position, number, text, page FROM recommendations "
                              "WHERE document_id = ?");
    case InsertRecommendation:
        return QStringLiteral("INSERT INTO recommendations(document_id, list, position, number, "
                              "text, page) VALUES (?, ?, ?, ?, ?, ?)");
    case UpdateRecommendation:
        return QStringLiteral(
            "UPDATE recommendations SET number = ?, text = ?, page = ? WHERE id = ?");
    case DeleteRecommendation:
        return QStringLiteral("DELETE FROM recommendations WHERE id = ?");
    case SelectFindings:
        return QStringLiteral("SELECT id, position, number, section, text, page FROM findings "
                              "WHERE document_id = ? ORDER BY position, id");
    case SelectDismissed:
        return QStringLiteral("SELECT s.item_id, f.id, f.text FROM dismissed_suggestions s "
                              "JOIN findings f ON f.id = s.finding_id WHERE f.document_id = ?");
    case DeleteFindings:
        return QStringLiteral(
            "DELETE FROM findings WHERE document_id = ? AND position BETWEEN ? AND ?");
    case InsertFinding:
        return QStringLiteral("INSERT INTO findings(document_id, position, number, section, "
                              "text, page) VALUES (?, ?, ?, ?, ?, ?)");
    case IndexFindings:
        return dialect.indexNewFindingsSql();
    case KeepDismissed:
        return QStringLiteral("INSERT INTO dismissed_suggestions(item_id, finding_id) "
                              "SELECT ?, id FROM findings WHERE document_id = ? AND text = ? "
                              "ON CONFLICT DO NOTHING");
    case StatementCount:
        break;
    }
    return {};
}

QSqlQuery *FactRowWriter::exec(Statement statement, const QVariantList &values)
{
    std::optional<QSqlQuery> &q = m_queries.at(statement);
    if (!q) {
        QSqlQuery prepared(m_db);
        prepared.setForwardOnly(true);
        if (!prepared.prepare(sqlOf(statement, SqlDialect::of(m_db)))) {
            m_error = prepared.lastError(); // prepared again next time
            return nullptr;
        }
        q.emplace(std::move(prepared));
    }
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (q->exec())
        return &*q;
    m_error = q->lastError();
    return nullptr;
}

bool FactRowWriter::write(qint64 documentId, const DocumentFacts &facts)
{
    m_error = QSqlError();
    return writeJudgements(documentId, facts) && writeRecommendations(documentId, facts) &&
           writeFindings(documentId, facts);
}

bool FactRowWriter::writeJudgements(qint64 documentId, const DocumentFacts &facts)
{
    QSqlQuery *select = exec(SelectJudgements, {documentId});
    if (!select)
        return false;
    QMap<QString, QString> stored;
    while (select->next())
        stored.insert(select->value(0).toString(), select->value(1).toString());
    select->finish();
    if (stored == facts.judgements)
        return true;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (facts.judgements.contains(it.key()))
            continue;
        if (!exec(DeleteJudgement, {documentId, it.key()}))
            return false;
    }
    for (auto it = facts.judgements.cbegin(); it != facts.judgements.cend(); ++it) {
        const auto old = stored.constFind(it.key());
        if (old != stored.cend() && old.value() == it.value())
            continue;
        const bool ok = old == stored.cend()
                            ? exec(InsertJudgement, {documentId, it.key(), it.value()})
                            : exec(UpdateJudgement, {it.value(), documentId, it.key()});
        if (!ok)
            return false;
    }
    return true;
}

bool FactRowWriter::writeRecommendations(qint64 documentId, const DocumentFacts &facts)
{
    QSqlQuery *select = exec(SelectRecommendations, {documentId});
    if (!select)
        return false;
    struct Row
    {
        qint64 id;
        int number;
        QString text;
        int page;
    };
    QHash<QPair<QString, int>, Row> stored; // (list, position) -> the row
    QList<qint64> extra;                    // rows that repeat a place: none in a sound store
    while (select->next()) {
        const QPair<QString, int> place{select->value(1).toString(), select->value(2).toInt()};
        const Row row{select->value(0).toLongLong(), select->value(3).toInt(),
                      select->value(4).toString(), select->value(5).toInt()};
        if (stored.contains(place))
            extra.append(row.id);
        else
            stored.insert(place, row);
    }
    select->finish();
    const auto writeList = [&](const QList<Recommendation> &items, const QString &list) {
        for (int i = 0; i < items.size(); ++i) {
            const Recommendation &r = items.at(i);
            const auto old = stored.constFind({list, i});
            if (old == stored.cend()) {
                if (!exec(InsertRecommendation,
                          {documentId, list, i, r.number, notNull(r.text), r.page}))
                    return false;
                continue;
            }
            const Row row = old.value();
            stored.remove({list, i});
            if (row.number == r.number && row.text == r.text && row.page == r.page)
                continue;
            if (!exec(UpdateRecommendation, {r.number, notNull(r.text), r.page, row.id}))
                return false;
        }
        return true;
    };
    if (!writeList(facts.recommendations, QStringLiteral("authority")) ||
        !writeList(facts.lscbRecommendations, QStringLiteral("lscb")))
        return false;
    // What is left is in no list of the new reading.
    for (const Row &row : std::as_const(stored))
        extra.append(row.id);
    for (const qint64 id : std::as_const(extra)) {
        if (!exec(DeleteRecommendation, {id}))
            return false;
    }
    return true;
}

bool FactRowWriter::writeFindings(qint64 documentId, const DocumentFacts &facts)
{
    QSqlQuery *select = exec(SelectFindings, {documentId});
    if (!select)
        return false;
    std::vector<StoredFinding> stored; // by position
    while (select->next())
        stored.push_back({select->value(0).toLongLong(),
                          select->value(1).toInt(),
                          {select->value(2).toInt(), select->value(3).toString(),
                           select->value(4).toString(), select->value(5).toInt()}});
    select->finish();
    const int count = int(facts.findings.size());
    // A stored row stays when it is the only one at its position and says what the new
    // reading says there.
    std::vector<bool> kept(stored.size(), false);
    std::vector<bool> positionKept(size_t(count), false);
    for (size_t i = 0; i < stored.size(); ++i) {
        const int position = stored[i].position;
        const bool alone = (i == 0 || stored[i - 1].position != position) &&
                           (i + 1 == stored.size() || stored[i + 1].position != position);
        if (alone && position >= 0 && position < count &&
            stored[i].finding == facts.findings.at(position)) {
            kept[i] = true;
            positionKept[size_t(position)] = true;
        }
    }
    const auto all = [](const std::vector<bool> &v) {
        return std::all_of(v.begin(), v.end(), [](bool b) { return b; });
    };
    if (all(kept) && all(positionKept))
        return true;

    // Suggestions dismissed against the findings about to go, to carry over by their text.
    QList<QPair<qint64, QString>> dismissed; // (item, finding text)
    QSqlQuery *dismissedRows = exec(SelectDismissed, {documentId});
    if (!dismissedRows)
        return false;
    {
        QSet<qint64> going;
        for (size_t i = 0; i < stored.size(); ++i)
            if (!kept[i])
                going.insert(stored[i].id);
        while (dismissedRows->next())
            if (going.contains(dismissedRows->value(1).toLongLong()))
                dismissed.append(
                    {dismissedRows->value(0).toLongLong(), dismissedRows->value(2).toString()});
        dismissedRows->finish();
    }

    // The rows that go, a run of consecutive stored rows at a time (positions are unique in a
    // sound store, so a run's range of positions holds no row that stays).
    for (size_t i = 0; i < stored.size();) {
        if (kept[i]) {
            ++i;
            continue;
        }
        size_t last = i;
        while (last + 1 < stored.size() && !kept[last + 1])
            ++last;
        if (!exec(DeleteFindings, {documentId, stored[i].position, stored[last].position}))
            return false;
        i = last + 1;
    }

    // Where the database keeps an index of its own (SQLite's FTS5), the new rows go into it
    // from the first one's id on (SqlDialect::indexNewFindingsSql).
    const bool indexed = !SqlDialect::of(m_db).indexNewFindingsSql().isEmpty();
    qint64 firstNew = 0;
    for (int position = 0; position < count; ++position) {
        if (positionKept[size_t(position)])
            continue;
        const Finding &f = facts.findings.at(position);
        QSqlQuery *insert = exec(InsertFinding, {documentId, position, f.number, notNull(f.section),
                                                 notNull(f.text), f.page});
        if (!insert)
            return false;
        // (Not RETURNING id: SQLite would keep a statement journal for every row.)
        if (!firstNew && indexed)
            firstNew = insert->lastInsertId().toLongLong();
    }
    // The new rows into the full-text index, in one statement.
    if (firstNew && !exec(IndexFindings, {documentId, firstNew}))
        return false;
    for (const auto &[item, text] : std::as_const(dismissed))
        if (!exec(KeepDismissed, {item, documentId, text}))
            return false;
    return true;
}

} // namespace oversight
