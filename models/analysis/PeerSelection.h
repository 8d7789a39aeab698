#pragma once

#include <QString>
#include <QStringList>

namespace oversight {

class AuthorityDirectory;

// Which authorities to set beside one: DfE codes, the authority itself first.
namespace PeerSelection {

// The authority and its statistical neighbours, closest first, as the DfE list gives them.
QStringList statisticalNeighbours(const AuthorityDirectory &directory, const QString &code);
// The authority and every other authority of its region, the others by name.
QStringList region(const AuthorityDirectory &directory, const QString &code);

} // namespace PeerSelection

} // namespace oversight
