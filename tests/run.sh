#!/usr/bin/env bash
# The whole test suite: installs what is needed, builds, and runs every unit
# and integration test (the integration tests start their own LibreOffice),
# then the sanitizer build: unit tests and fuzz targets.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${HUIBAO_BUILD_DIR:-$top/build}

"$top/.ci/install-deps"
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" -j"$(nproc)"
ctest --test-dir "$build" --output-on-failure -j2 "$@"
# The core and its unit tests again under AddressSanitizer and UBSan (clang,
# build-sanitize), then each fuzz target for a few seconds (README, "Fuzzing").
bash "$top/tests/fuzz/run.sh" --unit-tests --seconds 5
