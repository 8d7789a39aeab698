#include "PdfPageRenderer.h"

#include "pdf/PdfDocument.h"

#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <algorithm>
#include <vector>

namespace oversight {

namespace {

constexpr int kMaxEntries = 10;
constexpr qint64 kMaxBytes = 192LL * 1024 * 1024;

qint64 keyOf(int page, int widthPx)
{
    return (qint64(page) << 32) | quint32(widthPx);
}

} // namespace

// Shared with the workers, which may outlive a document change: each task holds the Source
// it was queued for, and a new document gets a new Source.
struct PdfPageRenderer::Source
{
    QByteArray bytes;
    QMutex mutex;
    std::vector<std::unique_ptr<PdfDocument>> idle; // one per worker that has run
    QSet<qint64> wanted;

    std::unique_ptr<PdfDocument> borrow()
    {
        {
            QMutexLocker lock(&mutex);
            if (!idle.empty()) {
                std::unique_ptr<PdfDocument> doc = std::move(idle.back());
                idle.pop_back();
                return doc;
            }
        }
        return std::make_unique<PdfDocument>(PdfDocument::fromData(bytes));
    }
    void giveBack(std::unique_ptr<PdfDocument> doc)
    {
        QMutexLocker lock(&mutex);
        idle.push_back(std::move(doc));
    }
    bool isWanted(qint64 key)
    {
        QMutexLocker lock(&mutex);
        return wanted.contains(key);
    }
};

PdfPageRenderer::PdfPageRenderer(QObject *parent)
    : QObject(parent)
{
    // Two workers at most: the machines this runs on are often small and the GUI needs a core.
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount() - 1, 1, 2));
}

PdfPageRenderer::~PdfPageRenderer()
{
    // Workers post their results to this object, so it must outlive every one of them.
    m_pool.clear();
    m_pool.waitForDone();
}

void PdfPageRenderer::setDocument(const QByteArray &pdfBytes)
{
    if (m_source) {
        QMutexLocker lock(&m_source->mutex);
        m_source->wanted.clear();
    }
    m_pool.clear();
    ++m_generation;
    m_entries.clear();
    m_pending.clear();
    m_source.reset();
    if (pdfBytes.isEmpty())
        return;
    m_source = std::make_shared<Source>();
    m_source->bytes = pdfBytes;
}

void PdfPageRenderer::request(const QList<Request> &requests)
{
    if (!m_source)
        return;
    QSet<qint64> wanted;
    for (const Request &r : requests)
        wanted.insert(keyOf(r.page, r.widthPx));
    {
        QMutexLocker lock(&m_source->mutex);
        m_source->wanted = wanted;
    }
    for (const Request &r : requests) {
        const qint64 key = keyOf(r.page, r.widthPx);
        if (m_pending.contains(key) || !cached(r.page, r.widthPx).isNull())
            continue;
        m_pending.insert(key);
        const std::shared_ptr<Source> source = m_source;
        const quint64 generation = m_generation;
        m_pool.start([this, source, generation, r, key] {
            QImage image;
            const bool skipped = !source->isWanted(key);
            if (!skipped) {
                std::unique_ptr<PdfDocument> doc = source->borrow();
                image = doc->render(r.page, r.dpi);
                source->giveBack(std::move(doc));
            }
            QMetaObject::invokeMethod(
                this, [this, generation, r, image, skipped] {
                    deliver(generation, r.page, r.widthPx, image, skipped);
                },
                Qt::QueuedConnection);
        });
    }
    trim();
}

QImage PdfPageRenderer::cached(int page, int widthPx)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).page == page && m_entries.at(i).widthPx == widthPx) {
            if (i > 0)
                m_entries.move(i, 0);
            return m_entries.constFirst().image;
        }
    }
    return {};
}

bool PdfPageRenderer::contains(int page, int widthPx) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [=](const Entry &entry) {
        return entry.page == page && entry.widthPx == widthPx;
    });
}

QImage PdfPageRenderer::anyImage(int page) const
{
    for (const Entry &entry : m_entries) {
        if (entry.page == page)
            return entry.image;
    }
    return {};
}

void PdfPageRenderer::deliver(quint64 generation, int page, int widthPx, const QImage &image,
                              bool skipped)
{
    if (generation != m_generation)
        return;
    const qint64 key = keyOf(page, widthPx);
    m_pending.remove(key);
    if (skipped) {
        // Wanted again since the worker skipped it: the view asks again when it repaints.
        if (m_source && m_source->isWanted(key))
            emit pageRendered(page);
        return;
    }
    if (image.isNull())
        return; // Poppler could not render it; the page stays blank rather than retrying
    m_entries.prepend({page, widthPx, image});
    trim();
    emit pageRendered(page);
}

void PdfPageRenderer::trim()
{
    QSet<qint64> wanted;
    if (m_source) {
        QMutexLocker lock(&m_source->mutex);
        wanted = m_source->wanted;
    }
    qint64 bytes = 0;
    for (const Entry &entry : std::as_const(m_entries))
        bytes += entry.image.sizeInBytes();
    // Oldest first; what is on screen stays even over budget, or it would be rendered again.
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.size() <= kMaxEntries && bytes <= kMaxBytes)
            break;
        const Entry &entry = m_entries.at(i);
        if (wanted.contains(keyOf(entry.page, entry.widthPx)))
            continue;
        bytes -= entry.image.sizeInBytes();
        m_entries.removeAt(i);
    }
}

} // namespace oversight
