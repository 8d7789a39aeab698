#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace oversight::cli {

// `compare --db DB ID_A ID_B [--json]`: judgement changes and recommendation matches.
int compareCommand(const QStringList &args, QTextStream &out, QTextStream &err);
// `chart --db DB --authority CODE_OR_NAME --out FILE.png|FILE.svg [--area AREA]`.
int chartCommand(const QStringList &args, QTextStream &out, QTextStream &err);

// The application object for the command line: a QApplication on the offscreen platform
// (unless QT_QPA_PLATFORM says otherwise) for `chart`, which draws widgets; a plain
// QCoreApplication for everything else, so that no command needs a display.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

} // namespace oversight::cli
