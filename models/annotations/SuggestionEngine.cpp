#include "SuggestionEngine.h"

#include "SuggestionTerms.h"
#include "store/SqliteDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace oversight {

namespace {

// Folded for overlap tests: case and runs of spaces ignored.
QString folded(const QString &s)
{
    return s.simplified().toCaseFolded();
}

struct AnnotatedPassage
{
    qint64 documentId = 0;
    int page = 0;
    QString quote; // folded
};

bool overlaps(const AnnotatedPassage &a, qint64 documentId, int page, const QString &findingText)
{
    if (a.documentId != documentId || a.page != page || a.quote.isEmpty())
        return false;
    const QString text = folded(findingText);
    return text.contains(a.quote.left(60)) || a.quote.contains(text);
}

} // namespace

SuggestionEngine::SuggestionEngine(Database &database) : m_database(database) {}

bool SuggestionEngine::prepare() const
{
    if (m_prepared)
        return true;
    for (const QString &sql : SqliteDialect::createSuggestionTermStatements()) {
        QSqlQuery q(m_database.connection());
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return false;
        }
    }
    m_prepared = true;
    return true;
}

QString SuggestionEngine::matchExpression(const ChecklistItem &item) const
{
    // The guidance of a document's checklist only says where the recommendation was printed;
    // the title carries the words.
    QList<SuggestionWord> words = SuggestionTerms::split(item.title);
    if (words.isEmpty())
        return {};
    QSqlDatabase db = m_database.connection();
    // The item's words go through the findings' own tokenizer, so stems and frequencies are
    // exactly the index's; one row per word keeps each stem tied to the word it came from.
    QSqlQuery clear(db), insert(db), stats(db), count(db);
    if (!clear.exec(SqliteDialect::suggestionTermClearSql())) {
        m_error = clear.lastError().text();
        return {};
    }
    insert.prepare(SqliteDialect::suggestionTermInsertSql());
    for (int i = 0; i < words.size(); ++i) {
        insert.bindValue(0, i + 1);
        insert.bindValue(1, words.at(i).text);
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            return {};
        }
    }
    if (!stats.exec(SqliteDialect::suggestionTermStatsSql())) {
        m_error = stats.lastError().text();
        return {};
    }
    while (stats.next()) {
        const int i = stats.value(0).toInt() - 1;
        if (i >= 0 && i < words.size() && words.at(i).stem.isEmpty()) {
            words[i].stem = stats.value(1).toString();
            words[i].findingsWithStem = stats.value(2).toLongLong();
        }
    }
    clear.exec(SqliteDialect::suggestionTermClearSql());
    if (!count.exec(QStringLiteral("SELECT count(*) FROM findings")) || !count.next()) {
        m_error = count.lastError().text();
        return {};
    }
    return SqliteDialect::anyWordExpression(
        SuggestionTerms::queryTerms(words, count.value(0).toLongLong()));
}

QList<Suggestion> SuggestionEngine::run(const ChecklistItem &item, qint64 authorityId,
                                        const QString &after, qint64 sourceDocumentId,
                                        int top) const
{
    QList<Suggestion> result;
    m_error.clear();
    if (top <= 0 || authorityId <= 0 || !prepare())
        return result;
    const QString expression = matchExpression(item);
    if (expression.isEmpty())
        return result;

    QSqlDatabase db = m_database.connection();
    QList<AnnotatedPassage> annotated;
    if (item.id > 0) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT a.document_id, a.page, a.quote FROM annotations a "
                                 "JOIN annotation_items ai ON ai.annotation_id = a.id "
                                 "WHERE ai.item_id = ?"));
        q.addBindValue(item.id);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return result;
        }
        while (q.next())
            annotated.append(
                {q.value(0).toLongLong(), q.value(1).toInt(), folded(q.value(2).toString())});
    }

    QSqlQuery q(db);
    q.prepare(SqliteDialect::findingSuggestionSql());
    q.bindValue(QStringLiteral(":query"), expression);
    q.bindValue(QStringLiteral(":authority"), authorityId);
    q.bindValue(QStringLiteral(":source"), sourceDocumentId);
    // A null string binds as NULL, which compares with nothing: "any date" is the empty string.
    q.bindValue(QStringLiteral(":after"), after.isNull() ? QStringLiteral("") : after);
    q.bindValue(QStringLiteral(":item"), item.id);
    q.bindValue(QStringLiteral(":limit"), top + int(annotated.size()));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next() && result.size() < top) {
        Suggestion s;
        s.findingId = q.value(0).toLongLong();
        s.documentId = q.value(1).toLongLong();
        s.page = q.value(2).toInt();
        s.section = q.value(3).toString();
        s.text = q.value(4).toString();
        const double relevance = qMax(0.0, -q.value(5).toDouble()); // bm25: lower is better
        s.score = relevance / (relevance + 10.0);
        const bool done = std::any_of(annotated.cbegin(), annotated.cend(), [&](const auto &a) {
            return overlaps(a, s.documentId, s.page, s.text);
        });
        if (!done)
            result.append(s);
    }
    return result;
}

QList<Suggestion> SuggestionEngine::suggest(const ChecklistItem &item, qint64 authorityId,
                                            const QDate &after, int top) const
{
    return run(item, authorityId, after.isValid() ? after.toString(Qt::ISODate) : QString(), 0,
               top);
}

QMap<qint64, QList<Suggestion>> SuggestionEngine::suggestForChecklist(const Checklist &checklist,
                                                                      int top) const
{
    QMap<qint64, QList<Suggestion>> result;
    QString after;
    if (checklist.sourceDocumentId > 0) {
        QSqlQuery q(m_database.connection());
        q.prepare(QStringLiteral("SELECT coalesce(sort_date, '') FROM documents WHERE id = ?"));
        q.addBindValue(checklist.sourceDocumentId);
        if (q.exec() && q.next())
            after = q.value(0).toString();
    }
    for (const ChecklistItem &item : checklist.items)
        result.insert(item.id,
                      run(item, checklist.authorityId, after, checklist.sourceDocumentId, top));
    return result;
}

QList<Suggestion> SuggestionEngine::dismissed(qint64 itemId) const
{
    QList<Suggestion> result;
    QSqlQuery q(m_database.connection());
    q.prepare(SqliteDialect::dismissedSuggestionSql());
    q.addBindValue(itemId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next()) {
        Suggestion s;
        s.findingId = q.value(0).toLongLong();
        s.documentId = q.value(1).toLongLong();
        s.page = q.value(2).toInt();
        s.section = q.value(3).toString();
        s.text = q.value(4).toString();
        result.append(s);
    }
    return result;
}

} // namespace oversight
