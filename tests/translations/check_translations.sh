#!/usr/bin/env bash
# No string of the UI is left untranslated.
# Usage: check_translations.sh <lupdate> <source dir> <file.ts>...
# Runs lupdate over the sources (models, ui, app, as the oversight_lupdate target does) into a
# temporary copy of each .ts file, so the checked-in files are never touched, then lists every
# message that is unfinished (new in the sources, or changed, or never translated) or finished
# with an empty translation; and every tr() call that lupdate files under another context than
# the one the file's own tr() helper looks it up under (such a string stays in English however
# it is translated). Exits 1 if there is any; 2 if lupdate itself fails.
set -uo pipefail

if [ "$#" -lt 3 ]; then
    echo "usage: $0 <lupdate> <source dir> <file.ts>..." >&2
    exit 2
fi
lupdate=$1
srcdir=$2
shift 2

work=$(mktemp -d "${TMPDIR:-/tmp}/oversight-ts.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT

# Prints "context: source" for each bad message of a .ts file (first line of multi-line
# sources), one per line.
list_bad() {
    sed -e 's/\r$//' "$1" | awk '
        /<name>/ { ctx = $0; sub(/.*<name>/, "", ctx); sub(/<\/name>.*/, "", ctx) }
        /<message/ { src = ""; insrc = 0; bad = 0 }
        /<source>/ {
            src = $0; sub(/.*<source>/, "", src)
            if (src ~ /<\/source>/) sub(/<\/source>.*/, "", src); else src = src " [...]"
        }
        /<translation[^>]*type="unfinished"/ { bad = 1 }
        /<translation><\/translation>|<translation\/>|<numerusform><\/numerusform>|<numerusform\/>/ { bad = 1 }
        /<translation[^>]*type="(vanished|obsolete)"/ { bad = 0; skip = 1 }
        /<\/message>/ { if (bad && !skip) print ctx ": " src; bad = 0; skip = 0 }
    ' | sed -e 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/'"'"'/g; s/&amp;/\&/g'
}

status=0

# A file may define its own `QString tr(const char *text)` that calls
# QCoreApplication::translate("Context", text). Its strings are translated at run time only if
# lupdate files every tr() call of that file under the same context, which it decides from the
# class or namespace around the call, not from the helper. List the calls where the two differ.
wrappers=""
while IFS= read -r file; do
    ctx=$(sed -n 's/.*QCoreApplication::translate("\([^"]*\)", *text).*/\1/p' "$srcdir/$file" | head -n 1)
    [ -n "$ctx" ] && wrappers="$wrappers$file=$ctx;"
done < <(cd "$srcdir" && grep -rlE 'QString tr\(const char \*[a-z]*\)' models ui app --include='*.cpp' | sort)
if [ -n "$wrappers" ]; then
    fresh="$work/fresh/all.ts"
    mkdir -p "$work/fresh"
    if ! (cd "$srcdir" && "$lupdate" -silent -locations absolute -source-language en_GB \
              models ui app -ts "$fresh") >"$work/lupdate.log" 2>&1; then
        echo "FAIL: lupdate failed:"
        cat "$work/lupdate.log"
        exit 2
    fi
    mismatched=$(awk -v wrappers="$wrappers" -v srcdir="$srcdir" '
        BEGIN {
            n = split(wrappers, pairs, ";")
            for (i = 1; i <= n; i++)
                if (pairs[i] != "") { split(pairs[i], kv, "="); want[kv[1]] = kv[2] }
        }
        # Whether that line of the file calls tr( itself (QCoreApplication::translate names its
        # own context, which lupdate follows).
        function callsTr(f, line,    text, i) {
            if (!((f, 1) in source)) {
                i = 0
                while ((getline text < (srcdir "/" f)) > 0)
                    source[f, ++i] = text
                source[f, 1] = source[f, 1] ""
                close(srcdir "/" f)
            }
            return source[f, line] ~ /(^|[^A-Za-z0-9_:.>])tr\(/
        }
        /<name>/ { ctx = $0; sub(/.*<name>/, "", ctx); sub(/<\/name>.*/, "", ctx) }
        /<message/ { count = 0 }
        /<location / {
            file = $0; sub(/.*filename="/, "", file); sub(/".*/, "", file)
            line = $0; sub(/.*line="/, "", line); sub(/".*/, "", line)
            for (f in want)
                if ((file == f || substr(file, length(file) - length(f)) == "/" f) &&
                    ctx != want[f] && callsTr(f, line))
                    at[++count] = f ":" line ": lupdate files it under \"" ctx \
                                  "\", the tr() of that file looks it up under \"" want[f] "\": "
        }
        /<source>/ {
            src = $0; sub(/.*<source>/, "", src)
            if (src ~ /<\/source>/) sub(/<\/source>.*/, "", src); else src = src " [...]"
            for (i = 1; i <= count; i++)
                print at[i] src
            count = 0
        }
    ' "$fresh") || { echo "FAIL: could not read lupdate's output"; exit 2; }
    if [ -n "$mismatched" ]; then
        echo "FAIL: strings that would stay in English whatever the translation" \
             "(make the context of the file's tr() helper match, or call" \
             "QCoreApplication::translate with the context):"
        printf '%s\n' "$mismatched" | sed 's/^/    /'
        status=1
    fi
fi

for ts in "$@"; do
    name=$(basename "$ts")
    if [ ! -f "$ts" ]; then
        echo "FAIL: $ts does not exist"
        status=1
        continue
    fi
    copy="$work/$name"
    cp "$ts" "$copy" || exit 2
    # Same options as the oversight_lupdate target; the language comes from the file itself.
    if ! (cd "$srcdir" && "$lupdate" -silent -locations relative -source-language en_GB \
              models ui app -ts "$copy") >"$work/lupdate.log" 2>&1; then
        echo "FAIL: lupdate failed on $name:"
        cat "$work/lupdate.log"
        exit 2
    fi
    bad=$(list_bad "$copy")
    if [ -n "$bad" ]; then
        count=$(printf '%s\n' "$bad" | wc -l)
        echo "FAIL: $name: $count message(s) untranslated or not yet in the file" \
             "(run the oversight_lupdate target, then translate them):"
        printf '%s\n' "$bad" | sed 's/^/    /'
        status=1
    else
        total=$(grep -c '<message' "$copy")
        echo "PASS: $name: all $total messages translated"
    fi
done
exit $status
