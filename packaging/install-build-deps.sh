#!/usr/bin/env bash
# Installs what building, running and testing Oversight needs on Debian 12 (bookworm).
# Uses sudo only when not already root. Safe to run again.
set -euo pipefail

# Each package, and what needs it (checked on a fresh minbase Debian 12 root by .ci/run):
packages=(
    build-essential cmake ninja-build pkg-config  # the compiler (and dpkg-dev), the build
    qt6-base-dev libqt6opengl6-dev                # Qt; Qt6Charts' CMake package needs Qt6OpenGL
    qt6-charts-dev qt6-svg-dev                    # charts, SVG chart export
    qt6-tools-dev qt6-l10n-tools                  # Qt6LinguistTools, lupdate and lrelease
    libqt6sql6-sqlite                             # the store's SQLite driver
    libpoppler-qt6-dev libssl-dev                 # PDF text and pages; SHA-256 (libcrypto)
    libpoppler-private-dev                        # Poppler's core API: models/pdf/OutputIntents
    fonts-symbola                                 # emoji in exported summaries (tested)
    clang libclang-rt-dev                         # the libFuzzer test (label fuzz)
    file                                          # CPack's DEB generator (label packaging)
    libqt6sql6-psql                               # Qt's QPSQL driver: the team database
    libpq-dev                                     # libpq, under QPSQL: large values sent as
                                                  #   parameters (store/PostgresStatement)
    qtkeychain-qt6-dev                            # a team database's password kept in the
                                                  #   system's keychain (File > Connect)
    postgresql                                    # Debian's PostgreSQL 15 server: the tests
                                                  #   start their own with its initdb and pg_ctl
)
# About postgresql in a root without an init system (CI's minbase chroot, a container): its
# postinst creates the "main" cluster and asks invoke-rc.d to start it. With no policy-rc.d,
# no /sbin/init and no runlevel (a chroot has no utmp), invoke-rc.d denies the start and exits 0,
# so the install succeeds and no server is left running; on a desktop with systemd the system's
# own server starts as Debian intends. The tests never use that server (tests/support/
# PostgresServer starts one of their own, on a free port, and removes it at the end).

run_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    run_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    run_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
