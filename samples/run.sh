#!/usr/bin/env bash
# The main job: install what is needed, build huibao.oxt, and turn a sample
# county workbook into the validated workbook with its report (samples/out/).
# Extra arguments go to samples/make_report.py (e.g. --sample small, --input FILE),
# run as the module samples.make_report with the top of the tree as import root.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${HUIBAO_BUILD_DIR:-$top/build}

"$top/.ci/install-deps"
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target huibao_oxt
PYTHONPATH="$top" /usr/bin/python3 -P -m samples.make_report --oxt "$build/huibao.oxt" "$@"
