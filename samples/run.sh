#!/usr/bin/env bash
# The main job: install what is needed, build huibao.oxt, and turn a sample
# county workbook into the validated workbook with its report (samples/out/).
# Extra arguments go to make_report.py (e.g. --sample small, --input FILE).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${HUIBAO_BUILD_DIR:-$top/build}

"$top/.ci/install-deps"
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target huibao_oxt
/usr/bin/python3 "$top/samples/make_report.py" --oxt "$build/huibao.oxt" "$@"
