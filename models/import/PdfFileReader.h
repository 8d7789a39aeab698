#pragma once

#include "domain/DocumentFacts.h"
#include "pdf/PdfDocument.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace oversight {

class DocumentReader;

// Everything import needs from one file, gathered without touching the store.
struct ReadFile
{
    enum class Result { Ok, KnownDuplicate, Rejected, Cancelled };
    Result result = Result::Rejected;
    QString path;
    QString reason;
    QByteArray bytes;
    QString sha256;
    QStringList pageTexts;
    DocumentFacts facts;
};

// Reads, hashes, checks and understands one file. Pure apart from reading the file: safe to
// run on several threads at once. Files whose hash is in knownHashes are not parsed.
// pageDone is called after each page's text; hashed as soon as the file is read and hashed
// (with an empty hash when it cannot be read), before the long part.
ReadFile readPdfFile(const QString &path, const QSet<QString> &knownHashes,
                     const DocumentReader &reader, const std::atomic_bool &cancelled,
                     const std::function<void()> &pageDone = {},
                     const std::function<void(const QString &sha256)> &hashed = {});

} // namespace oversight
