#!/usr/bin/env bash
# Builds Oversight on macOS, makes the app bundle self-contained with macdeployqt (Qt
# frameworks and plugins, Poppler from Homebrew) and wraps it in a drag-and-drop .dmg.
#   packaging/macos/deploy.sh build
set -euo pipefail
build=${1:-build}
cmake --build "$build" --config Release
app="$build/app/oversight.app"
macdeployqt "$app" -always-overwrite -executable="$app/Contents/MacOS/oversight"
(cd "$build" && cpack -G DragNDrop -C Release)
