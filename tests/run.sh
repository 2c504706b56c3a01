#!/usr/bin/env bash
# The whole test suite: installs what is needed, builds, and runs every unit
# and integration test (the integration tests start their own LibreOffice).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${HUIBAO_BUILD_DIR:-$top/build}

"$top/.ci/install-deps"
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" -j"$(nproc)"
ctest --test-dir "$build" --output-on-failure -j2 "$@"
