#!/usr/bin/env bash
# Builds the .deb from a finished build directory, unpacks it into a clean prefix and runs what
# it installed: oversight-cli --version, and the app started offscreen on a fresh database.
# Usage: packaging/test-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v dpkg-deb >/dev/null; then
    echo "skipped: dpkg-deb is not available on this system"
    exit 77
fi
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Depends\):/  &/p'

prefix="$work/root"
dpkg-deb -x "$deb" "$prefix"
for f in usr/bin/oversight usr/bin/oversight-cli \
         usr/share/applications/uk.org.oversight.Oversight.desktop \
         usr/share/metainfo/uk.org.oversight.Oversight.metainfo.xml \
         usr/share/icons/hicolor/256x256/apps/uk.org.oversight.Oversight.png \
         usr/share/icons/hicolor/scalable/apps/uk.org.oversight.Oversight.svg; do
    [ -e "$prefix/$f" ] || { echo "missing from the package: $f"; exit 1; }
done

version=$("$prefix/usr/bin/oversight-cli" --version)
echo "$version"
[[ "$version" == oversight-cli\ * ]] || { echo "unexpected version line"; exit 1; }

export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
# A first start: the app makes its default database in the (fresh) data folder. Bounded in
# time, so that a start that waits on a question fails instead of hanging.
started=$(QT_QPA_PLATFORM=offscreen timeout 60 "$prefix/usr/bin/oversight" --smoke-test)
echo "$started"
[[ "$started" == started:* ]] || { echo "the app did not start"; exit 1; }
[ -s "$XDG_DATA_HOME/Oversight/Oversight/oversight.sqlite" ] || { echo "the app made no database"; exit 1; }
# A --db that does not exist is not made (only the default database is): the start fails.
if QT_QPA_PLATFORM=offscreen timeout 60 "$prefix/usr/bin/oversight" --smoke-test \
        --db "$work/missing.sqlite" >/dev/null 2>&1; then
    echo "the app started on a database that does not exist"; exit 1
fi
[ ! -e "$work/missing.sqlite" ] || { echo "the app made a database it was not asked to make"; exit 1; }
echo "package ok"
