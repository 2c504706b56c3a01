#!/usr/bin/env bash
# The main job: install what is needed, build huibao.oxt and the `huibao`
# command line, and run the whole cycle of spec/collection.md on the sample
# county 太湖县 into samples/out/:
#   templates made (huibao templates) → filled in by the units
#   (samples.submissions: some with errors, .xls, GB18030 .csv, a corrupt
#   file, a macro, a WEBSERVICE formula, a unit sending twice, one sending
#   nothing) → collected and validated (huibao collect) → the report
#   (huibao report --pdf --docx: the workbook, the .docx and the PDF) → the receipts (huibao receipts).
# With arguments (e.g. --sample small, --input FILE) it runs the report alone
# as before: samples/make_report.py, as the module samples.make_report.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${HUIBAO_BUILD_DIR:-$top/build}

"$top/.ci/install-deps"
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)" --target huibao_oxt huibao_cli

if [ $# -gt 0 ]; then
  PYTHONPATH="$top" /usr/bin/python3 -P -m samples.make_report --oxt "$build/huibao.oxt" "$@"
  exit
fi

out=$top/samples/out
huibao() { HUIBAO_OXT="$build/huibao.oxt" "$build/huibao" "$@"; }
mkdir -p "$out"
rm -rf "$out/templates" "$out/submissions" "$out/receipts"

echo "== 1. 县汇总工作簿（样例：太湖县）"
PYTHONPATH="$top" /usr/bin/python3 -P -m samples.generate county --no-ods --outdir "$out"
echo "== 2. 下发模板"
huibao templates "$out/county.xlsx" --out "$out/templates"
echo "== 3. 各单位填报"
PYTHONPATH="$top" /usr/bin/python3 -P -m samples.submissions "$out/templates" "$out/submissions" \
  --oxt "$build/huibao.oxt"
echo "== 4. 汇总报送并校验"
huibao collect "$out/county.xlsx" "$out/submissions" --out "$out/county_汇总.xlsx"
echo "== 5. 生成工作汇报"
huibao report "$out/county_汇总.xlsx" --pdf --docx --out "$out"
echo "== 6. 校验回执"
huibao receipts "$out/county_汇总.xlsx" --out "$out/receipts"
if [ -e "$out/submissions/macro-ran.txt" ]; then
  echo "错误：提交文件中的宏被执行了" >&2
  exit 1
fi
echo "== 完成：$out"
