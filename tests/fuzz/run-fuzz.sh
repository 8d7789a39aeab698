#!/usr/bin/env bash
# Builds the libFuzzer target over the text-to-facts extractor with clang and runs it for a
# bounded time on the seed corpus. Used by the CTest test "fuzz_document_reader" (label fuzz).
#
#   bash tests/fuzz/run-fuzz.sh <build dir> [extra libFuzzer arguments...]
#
# Environment:
#   OVERSIGHT_FUZZ_SECONDS  run time in seconds (default 60)
#   OVERSIGHT_FUZZ_CXX      clang++ to use (default: clang++, then clang++-14 ... clang++-19)
#   OVERSIGHT_FUZZ_JOBS     build parallelism (default 2)
#   OVERSIGHT_FUZZ_QT6_DIR  Qt6_DIR for the standalone project, when Qt is not on the default path
#   OVERSIGHT_FUZZ_CORPUS   keep the grown corpus in this directory instead of a temporary one
#
# Exit status: 0 when the run found nothing; 1 on a crash, leak, timeout, out-of-memory or
# build failure; 77 ("skipped: ...") when clang++ or its libFuzzer runtime is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [[ $# -lt 1 ]]; then
    echo "usage: $0 <build dir> [libFuzzer arguments...]" >&2
    exit 2
fi
build_dir="$1"
shift
seconds="${OVERSIGHT_FUZZ_SECONDS:-60}"
jobs="${OVERSIGHT_FUZZ_JOBS:-2}"

skip() {
    echo "skipped: $*"
    exit 77
}

# A compiler that can build a libFuzzer target with ASan and UBSan.
cxx="${OVERSIGHT_FUZZ_CXX:-}"
if [[ -z "$cxx" ]]; then
    for candidate in clang++ clang++-14 clang++-15 clang++-16 clang++-17 clang++-18 clang++-19; do
        if command -v "$candidate" >/dev/null 2>&1; then
            cxx="$(command -v "$candidate")"
            break
        fi
    done
fi
[[ -n "$cxx" ]] && command -v "$cxx" >/dev/null 2>&1 \
    || skip "clang++ not found (install clang and libclang-rt-dev, or set OVERSIGHT_FUZZ_CXX)"
command -v cmake >/dev/null 2>&1 || skip "cmake not found"

mkdir -p "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"
probe_dir="$(mktemp -d)"
corpus=""
cleanup() {
    rm -rf "$probe_dir"
    if [[ -n "$corpus" && -z "${OVERSIGHT_FUZZ_CORPUS:-}" ]]; then
        rm -rf "$corpus"
    fi
}
trap cleanup EXIT

printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
    'extern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }' \
    >"$probe_dir/probe.cpp"
if ! "$cxx" -fsanitize=fuzzer,address,undefined "$probe_dir/probe.cpp" -o "$probe_dir/probe" \
        >"$probe_dir/probe.log" 2>&1; then
    sed 's/^/  /' "$probe_dir/probe.log" | head -n 5
    skip "$cxx cannot link -fsanitize=fuzzer,address,undefined (install libclang-rt-dev for this clang)"
fi

# Configure and build the standalone project.
generator=()
if command -v ninja >/dev/null 2>&1; then
    generator=(-G Ninja)
fi
qt_args=()
if [[ -n "${OVERSIGHT_FUZZ_QT6_DIR:-}" ]]; then
    qt_args=("-DQt6_DIR=${OVERSIGHT_FUZZ_QT6_DIR}")
fi
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake -S "$here/standalone" -B "$build_dir" "${generator[@]}" \
        -DCMAKE_CXX_COMPILER="$cxx" "${qt_args[@]}" >"$build_dir/configure.log" 2>&1 \
        || { cat "$build_dir/configure.log"; echo "fuzz: configure failed" >&2; exit 1; }
fi
cmake --build "$build_dir" --parallel "$jobs" || { echo "fuzz: build failed" >&2; exit 1; }
fuzzer="$build_dir/fuzz_document_reader"

# A fresh corpus: real page texts (pages split by form feeds) and the edge and regression seeds.
if [[ -n "${OVERSIGHT_FUZZ_CORPUS:-}" ]]; then
    corpus="$OVERSIGHT_FUZZ_CORPUS"
    mkdir -p "$corpus"
else
    corpus="$(mktemp -d "${TMPDIR:-/tmp}/oversight-fuzz-corpus.XXXXXX")"
fi
cp "$root"/tests/understanding/data/*.txt "$corpus"/
cp "$here"/seeds/* "$corpus"/
artifacts="$build_dir/artifacts"
mkdir -p "$artifacts"

# Leaks are errors. Qt needs no suppressions today; an lsan.supp beside this script, if one is
# ever added, must name Qt internals only, never our code.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
if [[ -f "$here/lsan.supp" ]]; then
    export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
fi

echo "fuzz: $fuzzer for ${seconds}s, corpus $corpus, crashes to $artifacts/"
status=0
"$fuzzer" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="$here/document_reader.dict" \
    -artifact_prefix="$artifacts/" \
    -error_exitcode=1 -timeout_exitcode=1 \
    -print_final_stats=1 \
    "$@" "$corpus" || status=$?
if [[ $status -ne 0 ]]; then
    echo "fuzz: FAILED (exit $status); reproduce with: $fuzzer <artifact from $artifacts>" >&2
    # Never report a failure as the skip code.
    exit 1
fi
echo "fuzz: passed"
