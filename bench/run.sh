#!/bin/sh
# Huibao speed benchmark: builds what it needs, then measures, in one soffice,
# huibao:Validate, the core alone and an officer's Python-UNO baseline on the
# generated 100,000-row workbook, and prints the figures and ratios.
# Results: docs/benchmarks.md. Usage:
#
#   bench/run.sh [--build-dir DIR] [--rev REV] [--runs N] [--baseline-runs N]
#                [--core-runs N] [--no-perf] [--xlsx]
#
#   --build-dir DIR  build here (default build-bench; `build` works too)
#   --rev REV        measure a commit: `git archive REV` (plus this bench/)
#                    instead of the working tree
#   --no-perf        skip the perf profile of soffice.bin (saves ~2 minutes)
#   --xlsx           load the .xlsx instead of the .ods
#
# The source is copied into DIR/src first (the working tree's tracked and
# untracked files, or REV), so that edits made while it builds cannot mix
# two states. The workbook is generated once into DIR/bench-data.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=build-bench
REV=
RUNS=5
BASELINE_RUNS=3
CORE_RUNS=10
PERF=--perf
EXT=ods
while [ $# -gt 0 ]; do
    case $1 in
    --build-dir) BUILD=$2; shift 2 ;;
    --rev) REV=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --baseline-runs) BASELINE_RUNS=$2; shift 2 ;;
    --core-runs) CORE_RUNS=$2; shift 2 ;;
    --no-perf) PERF=; shift ;;
    --xlsx) EXT=xlsx; shift ;;
    *) echo "usage: $0 [--build-dir DIR] [--rev REV] [--runs N] [--baseline-runs N] [--core-runs N] [--no-perf] [--xlsx]" >&2
       exit 2 ;;
    esac
done
case $BUILD in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
PY=/usr/bin/python3   # Debian's python3 has uno; the one on PATH may not

# 1. A consistent copy of the source.
SRC=$BUILD/src
mkdir -p "$BUILD"
rm -rf "$SRC.new"
mkdir -p "$SRC.new"
cd "$ROOT"
if [ -n "$REV" ]; then
    STATE="commit $(git rev-parse --short "$REV")"
    git archive "$REV" | tar -x -C "$SRC.new"
    # The benchmark itself always comes from this checkout, with the Python
    # packages it imports (the LibreOffice driver, the generator and its
    # reference reader).
    rm -rf "$SRC.new/bench" "$SRC.new/samples"
    git ls-files -co --exclude-standard -- bench samples tests/__init__.py 'tests/integration/*.py' |
        tar -c -T - | tar -x -C "$SRC.new"
    grep -q 'add_subdirectory(bench)' "$SRC.new/CMakeLists.txt" ||
        echo 'add_subdirectory(bench)' >>"$SRC.new/CMakeLists.txt"
else
    STATE="working tree at $(git rev-parse --short HEAD)"
    if [ -n "$(git status --porcelain --untracked-files=normal -- . ':!bench' ':!docs/benchmarks.md' ':!CMakeLists.txt')" ]; then
        STATE="$STATE + uncommitted changes"
    fi
    git ls-files -co --exclude-standard -z | tar -c --null -T - | tar -x -C "$SRC.new"
fi
# Files keep their mtimes, so an unchanged file is not recompiled.
rm -rf "$SRC"
mv "$SRC.new" "$SRC"
echo "== source: $STATE"

# 2. Build (incremental): the core bench and huibao.oxt.
OBJ=$BUILD/obj
if [ ! -f "$OBJ/CMakeCache.txt" ]; then
    cmake -S "$SRC" -B "$OBJ" -DCMAKE_BUILD_TYPE=Release >"$BUILD/cmake.log" 2>&1 ||
        { cat "$BUILD/cmake.log"; exit 1; }
fi
echo "== building (log: $BUILD/build.log)"
cmake --build "$OBJ" -j2 --target huibao_core_bench huibao_oxt >"$BUILD/build.log" 2>&1 ||
    cmake --build "$OBJ" -j2 >>"$BUILD/build.log" 2>&1 ||
    { tail -40 "$BUILD/build.log"; exit 1; }
OXT=$OBJ/huibao.oxt
[ -f "$OXT" ] || { echo "no $OXT after the build" >&2; exit 1; }

# 3. The 100,000-row workbook (generated once; ~75 s).
DATA=$BUILD/bench-data
if [ ! -f "$DATA/bench.$EXT" ] || [ ! -f "$DATA/bench.ledger.json" ]; then
    echo "== generating the bench workbook into $DATA"
    mkdir -p "$DATA"
    chmod 755 "$DATA"
    (cd "$SRC" && $PY -m samples.generate bench --outdir "$DATA" $([ "$EXT" = xlsx ] && echo --no-ods))
fi

# 4. Measure.
echo "== machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p'), \
$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(/usr/lib/libreoffice/program/soffice --version | head -1)"
RESULTS=$BUILD/bench-results
mkdir -p "$RESULTS"
set +e
(cd "$SRC" && $PY -m bench.office_bench --oxt "$OXT" --workbook "$DATA/bench.$EXT" \
    --ledger "$DATA/bench.ledger.json" --core-bench "$OBJ/bench/huibao_core_bench" \
    --workdir "$RESULTS" --runs "$RUNS" --baseline-runs "$BASELINE_RUNS" --core-runs "$CORE_RUNS" \
    $PERF --json "$RESULTS/results.json" --source-state "$STATE")
status=$?
echo "== figures as JSON: $RESULTS/results.json"
exit $status
