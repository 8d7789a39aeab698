#pragma once

#include <QString>

class QWidget;

namespace oversight {

class Library;

// When the database to start with cannot be opened (damaged, another program's, gone), the
// user is told what happened and chooses: check and repair it, restore a backup, open another
// database, use the default database, or quit. Never opens a new empty database silently.
namespace OpenProblemDialog {

// Opens path in library (creating it only if mayCreate), asking the user what to do for as
// long as it fails. Returns the path that is open, or an empty string when the user quit.
QString openOrAsk(Library *library, QString path, bool mayCreate, const QString &defaultPath,
                  QWidget *parent = nullptr);

} // namespace OpenProblemDialog
} // namespace oversight
