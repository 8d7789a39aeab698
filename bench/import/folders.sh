#!/bin/sh
# Makes the folders the import benchmark is measured on besides the two shared corpora.
#
#   bench/import/folders.sh large DEST        # symbolic links to every children's services
#                                             # inspection report of 2013-2018 (single
#                                             # inspection framework: the largest reports) in
#                                             # ../shared/corpus and ../shared/corpus-2
#   bench/import/folders.sh reports DEST      # symbolic links to every children's services
#                                             # inspection report (single inspection framework
#                                             # and ILACS, 2013-2026) of both corpora that has
#                                             # at least 20 pages (MIN_PAGES), by pdfinfo
#                                             # (poppler-utils)
#   bench/import/folders.sh copies DEST [N]   # N (default 2000) distinct PDFs for the memory
#                                             # target: the corpora's PDFs in turn, each with a
#                                             # comment line after its end, so that no two have
#                                             # the same SHA-256 (the store keeps copies once)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$here/../shared}
what=${1:?large, reports or copies}
dest=${2:?destination folder}
mkdir -p "$dest"
case $what in
large)
    i=0
    find "$shared/corpus" "$shared/corpus-2" -name "children's services inspection*201[3-8].pdf" | sort |
        while IFS= read -r f; do
            i=$((i + 1))
            ln -sf "$f" "$dest/$(printf %03d "$i")-$(basename "$f")"
        done
    ;;
reports)
    command -v pdfinfo > /dev/null || { echo "$0: reports needs pdfinfo (poppler-utils)" >&2; exit 2; }
    min=${MIN_PAGES:-20}
    i=0
    find "$shared/corpus" "$shared/corpus-2" -name "children's services inspection*.pdf" | sort |
        while IFS= read -r f; do
            pages=$(pdfinfo "$f" 2> /dev/null | sed -n 's/^Pages: *//p')
            [ "${pages:-0}" -ge "$min" ] || continue
            i=$((i + 1))
            ln -sf "$f" "$dest/$(printf %03d "$i")-$(basename "$f")"
        done
    ;;
copies)
    n=${3:-2000}
    find "$shared/corpus" "$shared/corpus-2" -name '*.pdf' | sort > "$dest/.sources"
    count=$(wc -l < "$dest/.sources")
    i=0
    while [ "$i" -lt "$n" ]; do
        src=$(sed -n "$((i % count + 1))p" "$dest/.sources")
        { cat "$src"; printf '\n%% copy %d for the memory benchmark\n' "$i"; } > "$dest/$(printf %04d "$i").pdf"
        i=$((i + 1))
    done
    rm "$dest/.sources"
    ;;
*)
    echo "usage: $0 large|reports|copies DEST [N]" >&2
    exit 2
    ;;
esac
