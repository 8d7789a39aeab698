#pragma once

#include "SummaryData.h"
#include "SummaryOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace oversight {

// A summary as rich text: its title (for the running header and the PDF's metadata), its HTML
// and the charts the HTML's markers stand for.
struct SummaryContent
{
    QString title;
    QString html;
    QList<GradeTimeline> charts;
};

// Writes a document summary: facts, judgements, recommendations with their progress and
// evidence, annotations grouped by checklist item, the authority's timeline.
class DocumentSummaryContent
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSummaryContent)
public:
    static SummaryContent build(const DocumentSummaryData &data, const SummaryOptions &options);

private:
    DocumentSummaryContent(const DocumentSummaryData &data, const SummaryOptions &options)
        : m_data(data), m_options(options)
    {
    }
    QString facts() const;
    QString recommendations() const;
    QString recommendationRow(const Recommendation &r, bool lscb) const;
    QString evidence(const QList<Annotation> &annotations) const;
    QString annotations() const;

    const DocumentSummaryData &m_data;
    const SummaryOptions &m_options;
};

// Writes an authority summary: contents with links, timeline, every document with its
// judgements, and the progress matrix of each checklist.
class AuthoritySummaryContent
{
    Q_DECLARE_TR_FUNCTIONS(AuthoritySummaryContent)
public:
    // anchorPages: 1-based page of each anchor for the contents (empty on the first pass).
    static SummaryContent build(const AuthoritySummaryData &data, const SummaryOptions &options,
                                const QHash<QString, int> &anchorPages);
    static QString title(const AuthoritySummaryData &data);

private:
    AuthoritySummaryContent(const AuthoritySummaryData &data, const SummaryOptions &options,
                            const QHash<QString, int> &anchorPages)
        : m_data(data), m_options(options), m_anchorPages(anchorPages)
    {
    }
    QString contents() const;
    QString contentsRow(const QString &anchor, const QString &label, int level) const;
    QString documents() const;
    QString progress() const;
    QString matrix(const ProgressMatrix &matrix) const;
    QString matrixEvidence(const ProgressMatrix &matrix) const;

    const AuthoritySummaryData &m_data;
    const SummaryOptions &m_options;
    const QHash<QString, int> &m_anchorPages;
};

// The line naming where a passage is: "Monitoring visit, 3 May 2018, page 4".
QString passageSource(const QHash<qint64, StoredDocument> &documents, const Annotation &a);

} // namespace oversight
