#include "SuggestionEngine.h"

#include "SuggestionTerms.h"
#include "store/SqlDialect.h"

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

QString SuggestionEngine::matchExpression(const ChecklistItem &item) const
{
    // The guidance of a document's checklist only says where the recommendation was printed;
    // the title carries the words.
    QList<SuggestionWord> words = SuggestionTerms::split(item.title);
    if (words.isEmpty())
        return {};
    QSqlDatabase db = m_database.connection();
    const SqlDialect &dialect = SqlDialect::of(db);
    // The item's words go through the findings' own tokenizer, so stems and frequencies are
    // exactly the index's; one entry per word keeps each stem tied to the word it came from.
    QStringList texts;
    for (const SuggestionWord &w : std::as_const(words))
        texts.append(w.text);
    QList<SqlDialect::WordStem> stems;
    if (!dialect.stemsOf(db, texts, &stems, &m_error))
        return {};
    for (int i = 0; i < words.size() && i < stems.size(); ++i) {
        words[i].stem = stems.at(i).stem;
        words[i].findingsWithStem = stems.at(i).findingsWithStem;
    }
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM findings")) || !count.next()) {
        m_error = count.lastError().text();
        return {};
    }
    return dialect.anyWordExpression(
        SuggestionTerms::queryTerms(words, count.value(0).toLongLong()));
}

QList<Suggestion> SuggestionEngine::run(const ChecklistItem &item, qint64 authorityId,
                                        const QString &after, qint64 sourceDocumentId,
                                        int top) const
{
    QList<Suggestion> result;
    m_error.clear();
    if (top <= 0 || authorityId <= 0)
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
    q.prepare(SqlDialect::of(db).findingSuggestionSql());
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
        const double relevance = qMax(0.0, q.value(5).toDouble());
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
    q.prepare(QStringLiteral("SELECT f.id, f.document_id, f.page, f.section, f.text "
                             "FROM dismissed_suggestions s JOIN findings f ON f.id = s.finding_id "
                             "JOIN documents d ON d.id = f.document_id "
                             "WHERE s.item_id = ? ORDER BY coalesce(d.sort_date, ''), f.page, f.id"));
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
