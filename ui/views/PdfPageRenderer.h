#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>

namespace oversight {

// Renders pages on worker threads and keeps the most recently used images.
//
// Poppler documents must not be shared between threads, so each worker borrows its own
// PdfDocument opened from the same bytes; the GUI thread's document is never touched here.
// Images are keyed by their width in device pixels, which stands for zoom and device pixel
// ratio together.
class PdfPageRenderer : public QObject
{
    Q_OBJECT

public:
    explicit PdfPageRenderer(QObject *parent = nullptr);
    ~PdfPageRenderer() override;

    // Drops all images and forgets work in flight for the previous document.
    void setDocument(const QByteArray &pdfBytes);

    struct Request
    {
        int page;
        int widthPx;
        double dpi;
    };
    // Replaces what is wanted and queues what is neither cached nor in flight. Queued work
    // no longer wanted is skipped when a worker reaches it, so that scrolling quickly past
    // many pages does not leave a queue of useless renders.
    void request(const QList<Request> &requests);

    // The image of the page at exactly this width, or a null image.
    QImage cached(int page, int widthPx);
    bool contains(int page, int widthPx) const;
    // Any cached image of the page, to stretch while the exact one is rendered.
    QImage anyImage(int page) const;

    bool isBusy() const { return !m_pending.isEmpty(); }

signals:
    void pageRendered(int page);

private:
    struct Entry
    {
        int page;
        int widthPx;
        QImage image;
    };
    struct Source;

    void deliver(quint64 generation, int page, int widthPx, const QImage &image, bool skipped);
    void trim();

    QThreadPool m_pool;
    std::shared_ptr<Source> m_source;
    quint64 m_generation = 0;
    QList<Entry> m_entries; // most recently used first
    QSet<qint64> m_pending; // page << 32 | widthPx
};

} // namespace oversight
