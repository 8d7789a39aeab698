// libFuzzer target over the text-to-facts extractor (models/understanding).
//
// The input is UTF-8 page text with pages separated by form feeds, as in
// tests/understanding/data. Every input must be read without a crash, a hang, undefined
// behaviour or an out-of-bounds access, and its facts must serialise to JSON.
// Built by standalone/CMakeLists.txt and run by run-fuzz.sh.

#include "domain/DocumentFacts.h"
#include "understanding/AuthorityDirectory.h"
#include "understanding/DocumentReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Real documents are a few hundred KiB of text, but the extractor's cost per byte is what
// matters here; a cap keeps each run fast so that libFuzzer explores widely.
constexpr std::size_t kMaxInputBytes = 64 * 1024;

} // namespace

// No QCoreApplication is needed: the reader uses no event loop, and the compiled-in resource
// registers itself at start-up. Check that it did, or the authority code paths go untested.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (oversight::AuthorityDirectory::instance().codeFor(QStringLiteral("Barnet")).isEmpty()) {
        std::fprintf(stderr, "fuzz_document_reader: :/oversight/local_authorities.csv not loaded\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > kMaxInputBytes)
        return -1; // not added to the corpus
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QStringList pages = text.split(QLatin1Char('\f'));

    const oversight::DocumentFacts facts = oversight::defaultDocumentReader().read(pages);
    const QJsonObject json = facts.toJson();
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    // Facts always serialise, and the JSON reads back to the same facts (the store and the
    // CLI rely on that round trip).
    if (bytes.isEmpty() || !(oversight::DocumentFacts::fromJson(json) == facts))
        __builtin_trap();
    return 0;
}
