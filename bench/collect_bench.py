#!/usr/bin/python3
"""Collection benchmark (issue 11): huibao:ImportSubmissions on the 30 unit
sheets of the 100,000-row benchmark county, each sent as its own .xlsx,
against LibreOffice's own time to open (and close) the same 30 files; then
city-sized runs (N counties' folders at once) to show how the time grows.

    /usr/bin/python3 -m bench.collect_bench --oxt build/huibao.oxt --workbook bench.xlsx
                                            [--workdir DIR] [--runs 3] [--counties 1,5,10]

Prints the figures and the ratio collect / open (target ≤ 1.5).
"""

import argparse
import os
import shutil
import statistics
import tempfile
import time

import uno

from tests.integration.office import Office, prop


def copy_sheet(source, name, doc, index):
    """The values of the sheet `name` of `source` into a sheet of that name in `doc`."""
    sheet = source.Sheets.getByName(name)
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    data = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).DataArray
    if index == 0:
        target = doc.Sheets.getByIndex(0)
        target.Name = name
    else:
        doc.Sheets.insertNewByName(name, index)
        target = doc.Sheets.getByName(name)
    target.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).DataArray = data


def store_xlsx(doc, path):
    doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "Calc MS Excel 2007 XML"),))


def split_into_files(office, workbook, outdir):
    """Each submission sheet of the bench workbook as its own <unit>_申报表.xlsx
    (values), and the county workbook with only 任务分解 and 参数."""
    os.makedirs(outdir, exist_ok=True)
    source = office.load(workbook)
    try:
        names = source.Sheets.ElementNames
        for name in names:
            if name in ("任务分解", "参数"):
                continue
            doc = office.new_calc()
            try:
                copy_sheet(source, name, doc, 0)
                store_xlsx(doc, os.path.join(outdir, f"{name}_申报表.xlsx"))
            finally:
                doc.close(True)
        county = office.new_calc()
        try:
            for i, name in enumerate(n for n in ("任务分解", "参数") if n in names):
                copy_sheet(source, name, county, i)
            path = os.path.join(os.path.dirname(outdir), "county_empty.xlsx")
            store_xlsx(county, path)
        finally:
            county.close(True)
    finally:
        source.close(True)
    return path


def time_open(office, files):
    start = time.perf_counter()
    for path in files:
        doc = office.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(path), "_blank", 0,
            (prop("Hidden", True), prop("ReadOnly", True), prop("MacroExecutionMode", 0), prop("UpdateDocMode", 0)))
        doc.close(True)
    return time.perf_counter() - start


def time_collect(office, county, files):
    doc = office.load(county)
    try:
        start = time.perf_counter()
        event = office.dispatch(doc, "huibao:ImportSubmissions",
                                prop("Files", uno.Any("[]string", tuple(uno.systemPathToFileUrl(f) for f in files))))
        elapsed = time.perf_counter() - start
        results = {v.Name: v.Value for v in event.Result}
        return elapsed, results
    finally:
        doc.close(True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--workbook", required=True, help="the 100,000-row bench workbook (samples.generate --bench)")
    parser.add_argument("--workdir")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--counties", default="1,5,10")
    args = parser.parse_args(argv)
    workdir = args.workdir or tempfile.mkdtemp(prefix="huibao-collect-bench-")
    with Office(oxt=args.oxt) as office:
        files_dir = os.path.join(workdir, "files")
        county = split_into_files(office, os.path.abspath(args.workbook), files_dir)
        files = sorted(os.path.join(files_dir, n) for n in os.listdir(files_dir))
        print(f"{len(files)} files, {sum(os.path.getsize(f) for f in files) / 1e6:.1f} MB")
        opened, collected = [], []
        for _ in range(args.runs):
            opened.append(time_open(office, files))
            seconds, results = time_collect(office, county, files)
            collected.append(seconds)
        o, c = statistics.median(opened), statistics.median(collected)
        print(f"open the {len(files)} files in LibreOffice (median of {args.runs}): {o:.2f} s")
        print(f"huibao:ImportSubmissions of the same files, validation included: {c:.2f} s "
              f"(Imported={results.get('Imported')}, Errors={results.get('Errors')})")
        print(f"ratio collect / open: {c / o:.2f} (target ≤ 1.5)")
        for n in [int(x) for x in args.counties.split(",")]:
            batch = []
            for k in range(n):  # each county's folder: the same files under other names
                folder = os.path.join(workdir, f"county{k}")
                if not os.path.isdir(folder):
                    shutil.copytree(files_dir, folder)
                batch += sorted(os.path.join(folder, f) for f in os.listdir(folder))
            seconds, results = time_collect(office, county, batch)
            print(f"{n} counties, {len(batch)} files: open {time_open(office, batch):.1f} s, "
                  f"collect {seconds:.1f} s (Imported={results.get('Imported')}, Replaced={results.get('Replaced')})")
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
