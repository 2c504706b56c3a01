#!/usr/bin/env bash
# Builds the core with AddressSanitizer, UndefinedBehaviorSanitizer and
# libFuzzer instrumentation (clang, build-sanitize) and runs every fuzz
# target for a bounded time from its corpus (tests/fuzz/<target>/corpus).
#
#   bash tests/fuzz/run.sh                    5 s per target
#   bash tests/fuzz/run.sh --seconds 600      a longer search
#   bash tests/fuzz/run.sh --seconds 600 text workbook    only these targets
#   bash tests/fuzz/run.sh --unit-tests       first the unit tests under the sanitizers
#   bash tests/fuzz/run.sh --unit-tests --seconds 0    only those
#
# New inputs go to build-sanitize/fuzz-corpus/<target>, never into the
# repository; a crash, a hang (> 10 s per input) or a sanitizer report stops
# the run and leaves the reproducer in build-sanitize/fuzz-artifacts/. Fix
# it, then keep the reproducer as a regression input:
#   cp build-sanitize/fuzz-artifacts/<target>-crash-… tests/fuzz/<target>/corpus/regression-<what>
# Replay one input: build-sanitize/tests/fuzz/fuzz_<target> <file>
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${HUIBAO_SANITIZE_BUILD_DIR:-$top/build-sanitize}
seconds=5
unit_tests=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --unit-tests) unit_tests=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(text values headers marks functions template workbook)

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ \
  -DHUIBAO_BUILD_EXTENSION=OFF -DHUIBAO_SANITIZE=ON "${launcher[@]}" >/dev/null
build_targets=()
[ "$seconds" -eq 0 ] || build_targets+=(huibao_fuzzers)
[ $unit_tests -eq 0 ] || build_targets+=(huibao_unit_tests)
[ ${#build_targets[@]} -gt 0 ] || exit 0
cmake --build "$build" -j"$(nproc)" --target "${build_targets[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

if [ $unit_tests -eq 1 ]; then
  echo "== unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
  (cd "$build/tests" && ./huibao_unit_tests)
fi
[ "$seconds" -gt 0 ] || exit 0

# Longest input per target: ICU's normaliser and transliterator are slow
# under ASan, and a workbook is built from its bytes.
max_len() {
  case "$1" in
    headers|functions|template) echo 2048 ;;
    workbook) echo 4096 ;;
    *) echo 512 ;;
  esac
}

mkdir -p "$build/fuzz-artifacts"
for target in "${targets[@]}"; do
  corpus=$top/tests/fuzz/$target/corpus
  work=$build/fuzz-corpus/$target
  log=$build/fuzz-artifacts/$target.log
  mkdir -p "$work"
  echo "== fuzz_$target for $seconds s from $(ls "$corpus" | wc -l) corpus inputs"
  status=0
  "$build/tests/fuzz/fuzz_$target" "$work" "$corpus" \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/fuzz-artifacts/$target-" -print_final_stats=1 >"$log" 2>&1 || status=$?
  if [ $status -ne 0 ]; then
    tail -n 60 "$log" >&2
    echo "fuzz_$target failed: reproducer in $build/fuzz-artifacts/, log $log" >&2
    exit 1
  fi
  grep -E "^#[0-9]+[[:space:]]*DONE|stat::(average_exec_per_sec|peak_rss_mb)" "$log" | tr '\n' ' '
  echo
done
