// DocumentStore's filing: which authority row a document is filed under, moving it when its
// facts or its assigned authority change. Kept apart from the rest of the store's writes.
#include "DocumentStore.h"

#include "understanding/AuthorityDirectory.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace oversight {

namespace {

// Authorities the directory does not know are keyed by their name, folded.
QString foldedName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

qint64 DocumentStore::authorityFor(const DocumentFacts &facts, const QString &assignedCode)
{
    const AuthorityDirectory &directory = AuthorityDirectory::instance();
    QString code = assignedCode;
    if (code.isEmpty())
        code = facts.authorityCode;
    if (code.isEmpty())
        code = directory.codeFor(facts.authority); // facts from a reader that matched less
    if (code.isEmpty() && facts.authority.trimmed().isEmpty())
        return 0;
    const QString key = code.isEmpty() ? QStringLiteral("name:") + foldedName(facts.authority)
                                       : QStringLiteral("code:") + code;
    QSqlQuery find(m_database.connection());
    find.prepare(QStringLiteral("SELECT id FROM authorities WHERE key = :key"));
    find.bindValue(QStringLiteral(":key"), key);
    if (find.exec() && find.next())
        return find.value(0).toLongLong();
    QSqlQuery insert(m_database.connection());
    // Another importer (a thread, a process, a team member) may file the first document of
    // this authority at the same moment: its row is the one, found again below.
    insert.prepare(QStringLiteral("INSERT INTO authorities(key, code, name) VALUES (:key, :code, :name) "
                                  "ON CONFLICT(key) DO NOTHING RETURNING id"));
    insert.bindValue(QStringLiteral(":key"), key);
    insert.bindValue(QStringLiteral(":code"),
                     code.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(code));
    // A matched authority is shown under its official name, whatever each document calls it.
    QString name = code.isEmpty() ? QString() : directory.canonicalName(code);
    if (name.isEmpty())
        name = facts.authority.isEmpty() ? code : facts.authority.simplified();
    insert.bindValue(QStringLiteral(":name"), name);
    if (!insert.exec()) {
        setError(insert.lastError());
        return -1;
    }
    if (insert.next())
        return insert.value(0).toLongLong();
    insert.finish();
    if (find.exec() && find.next())
        return find.value(0).toLongLong();
    setError(find.lastError());
    return -1;
}

bool DocumentStore::refile(qint64 documentId, const DocumentFacts &facts, const QString &assignedCode)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery old(db);
    old.prepare(QStringLiteral("SELECT authority_id FROM documents WHERE id = ?"));
    old.addBindValue(documentId);
    if (!old.exec() || !old.next()) {
        setError(old.lastError());
        return false;
    }
    const QVariant before = old.value(0);
    const qint64 authorityId = authorityFor(facts, assignedCode);
    if (authorityId < 0)
        return false;
    // Filed where it was (a re-read reading the same authority): nothing moves, and no
    // authority can have lost its last document.
    if (before.toLongLong() == authorityId)
        return true;
    const QVariant after =
        authorityId ? QVariant(authorityId) : QVariant(QMetaType(QMetaType::LongLong));
    QSqlQuery file(db);
    file.prepare(QStringLiteral("UPDATE documents SET authority_id = ? WHERE id = ?"));
    file.addBindValue(after);
    file.addBindValue(documentId);
    // A checklist made from this document belongs to the authority the document is filed under.
    QSqlQuery checklists(db);
    checklists.prepare(QStringLiteral("UPDATE checklists SET authority_id = ? "
                                      "WHERE source_document_id = ? AND authority_id IS ?"));
    checklists.addBindValue(after);
    checklists.addBindValue(documentId);
    checklists.addBindValue(before);
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral("DELETE FROM authorities WHERE id NOT IN "
                                 "(SELECT authority_id FROM documents WHERE authority_id IS NOT NULL)"));
    for (QSqlQuery *q : {&file, &checklists, &prune}) {
        if (!q->exec()) {
            setError(q->lastError());
            return false;
        }
    }
    return true;
}

bool DocumentStore::assignAuthority(qint64 documentId, const QString &code)
{
    // An assignment is the correction of the authority (schema 6), kept and undone as one.
    const QString wanted = code.trimmed();
    return wanted.isEmpty() ? revert(documentId, FactField::Authority)
                            : correct(documentId, FactField::Authority, wanted);
}

} // namespace oversight
