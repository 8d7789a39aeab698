#include "PeerSelection.h"

#include "understanding/AuthorityDirectory.h"

#include <algorithm>

namespace oversight::PeerSelection {

QStringList statisticalNeighbours(const AuthorityDirectory &directory, const QString &code)
{
    if (!directory.byCode(code))
        return {};
    QStringList codes{code};
    for (const QString &neighbour : directory.statisticalNeighbours(code)) {
        // Codes of authorities since reorganised (say, a county split in two) are not in the
        // list any more: leave them out rather than chart an unknown name.
        if (directory.byCode(neighbour) && !codes.contains(neighbour))
            codes.append(neighbour);
    }
    return codes;
}

QStringList region(const AuthorityDirectory &directory, const QString &code)
{
    const AuthorityRecord *self = directory.byCode(code);
    if (!self || self->region.isEmpty())
        return {};
    QList<const AuthorityRecord *> others;
    for (const AuthorityRecord &r : directory.all()) {
        if (r.region == self->region && r.code != code)
            others.append(&r);
    }
    std::sort(others.begin(), others.end(), [](const AuthorityRecord *a, const AuthorityRecord *b) {
        return a->name.localeAwareCompare(b->name) < 0;
    });
    QStringList codes{code};
    for (const AuthorityRecord *r : others)
        codes.append(r->code);
    return codes;
}

} // namespace oversight::PeerSelection
