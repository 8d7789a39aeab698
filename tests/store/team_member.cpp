// A child process for tst_teamdatabase: one member of a team at work on a shared library.
//   team_member LOCATION PASSWORD DOCUMENT_ID SHARED_ANNOTATION_ID GO_FILE FIELD
// Reads the shared annotation, prints "ready", waits until GO_FILE exists (so that both
// members have read it before either writes), then annotates the document five times,
// corrects FIELD: lead_inspector to name this member, or published to 2016-03-01, corrects
// the inspectors (both members' shared field) from the state it read, and changes the shared
// annotation's note from the version it read: prints "annotated ID" per annotation,
// "corrected", "inspectors corrected" or "inspectors conflict MESSAGE", then "updated" or
// "conflict MESSAGE".
#include "annotations/AnnotationStore.h"
#include "domain/FactCorrection.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/DocumentStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRectF>
#include <QThread>

#include <cstdio>

using namespace oversight;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 7)
        return 2;
    DatabaseLocation::setPassword(args.at(1), args.at(2));
    Database::Options options;
    options.create = Database::Create::Never;
    Database database(args.at(1), options);
    if (!database.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
        return 1;
    }
    AnnotationStore annotations(database);
    DocumentStore documents(database);
    const qint64 documentId = args.at(3).toLongLong();
    std::optional<Annotation> shared = annotations.annotation(args.at(4).toLongLong());
    const std::optional<FieldState> inspectorsSeen = documents.fieldState(documentId, FactField::Inspectors);
    if (!shared || !inspectorsSeen)
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);
    for (int i = 0; i < 1000 && !QFileInfo::exists(args.at(5)); ++i)
        QThread::msleep(10);

    const QString me = database.userName();
    for (int i = 0; i < 5; ++i) {
        Annotation a;
        a.documentId = documentId;
        a.page = 1 + i % 3;
        a.quote = QStringLiteral("passage %1 of %2").arg(i).arg(me);
        a.boxes = {QRectF(72, 100 + 14 * i, 200, 12)};
        a.itemIds = shared->itemIds;
        a.note = QStringLiteral("%1's note %2").arg(me).arg(i);
        const qint64 id = annotations.createAnnotation(a);
        if (id <= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(annotations.lastError()));
            return 1;
        }
        std::printf("annotated %lld\n", id);
        std::fflush(stdout);
    }
    const QString named = QStringLiteral("Inspector named by %1").arg(me);
    const QString field = args.at(6);
    if (!documents.correct(documentId, field,
                           field == FactField::Published ? QJsonValue(QStringLiteral("2016-03-01"))
                                                         : QJsonValue(named))) {
        std::fprintf(stderr, "%s\n", qPrintable(documents.lastError()));
        return 1;
    }
    std::printf("corrected\n");
    if (documents.correct(documentId, FactField::Inspectors, QJsonArray{named}, inspectorsSeen))
        std::printf("inspectors corrected\n");
    else if (documents.conflict())
        std::printf("inspectors conflict %s\n", qPrintable(documents.lastError()));
    else
        std::printf("inspectors failed %s\n", qPrintable(documents.lastError()));
    Annotation mine = *shared; // as read before the other member wrote anything
    mine.note = QStringLiteral("%1 was here").arg(me);
    if (annotations.updateAnnotation(mine))
        std::printf("updated\n");
    else if (annotations.conflict())
        std::printf("conflict %s\n", qPrintable(annotations.lastError()));
    else
        std::printf("failed %s\n", qPrintable(annotations.lastError()));
    return 0;
}
