#!/usr/bin/python3
"""Collection benchmark (issue 11): huibao:ImportSubmissions on the 30 unit
sheets of the 100,000-row benchmark county, each sent as its own .xlsx,
against LibreOffice's own time to open (and close) the same 30 files; then
city-sized runs (N counties' folders at once) to show how the time grows.

    /usr/bin/python3 -m bench.collect_bench --oxt build/huibao.oxt --workbook bench.xlsx
                                            [--workdir DIR] [--runs 3] [--counties 1,5,10]

Prints the figures and the ratio collect / open (target ≤ 1.5), in wall
seconds and in soffice's CPU seconds (user + system, all its threads): on a
machine shared with other work the CPU figures vary much less.
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


def soffice_pid(office):
    """The soffice.bin serving `office` (its command line names the pipe)."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                command = f.read().decode(errors="replace")
        except OSError:
            continue
        if "soffice.bin" in command and office.pipe in command:
            return int(entry)
    return None


def cpu_seconds(pid):
    """User + system CPU time of a process so far, all threads."""
    if pid is None:
        return float("nan")
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Timed:
    """Wall and soffice CPU seconds of a block."""

    def __init__(self, pid):
        self.pid = pid

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), cpu_seconds(self.pid)
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, cpu_seconds(self.pid) - self.cpu


def time_open(office, files):
    with Timed(soffice_pid(office)) as timed:
        open_files(office, files)
    return timed


def open_files(office, files):
    for path in files:
        doc = office.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(path), "_blank", 0,
            (prop("Hidden", True), prop("ReadOnly", True), prop("MacroExecutionMode", 0), prop("UpdateDocMode", 0)))
        doc.close(True)


def time_collect(office, county, files):
    doc = office.load(county)
    try:
        urls = tuple(uno.systemPathToFileUrl(f) for f in files)
        with Timed(soffice_pid(office)) as timed:
            event = office.dispatch(doc, "huibao:ImportSubmissions", prop("Files", uno.Any("[]string", urls)))
        results = {v.Name: v.Value for v in event.Result}
        return timed, results
    finally:
        doc.close(True)


def load_average():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


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
        county = os.path.join(workdir, "county_empty.xlsx")
        if not (os.path.isfile(county) and os.path.isdir(files_dir)):  # made once per --workdir
            county = split_into_files(office, os.path.abspath(args.workbook), files_dir)
        files = sorted(os.path.join(files_dir, n) for n in os.listdir(files_dir))
        print(f"{len(files)} files, {sum(os.path.getsize(f) for f in files) / 1e6:.1f} MB")
        print(f"load average before: {load_average()}")
        opened, collected = [], []
        for _ in range(args.runs):
            opened.append(time_open(office, files))
            timed, results = time_collect(office, county, files)
            collected.append(timed)
        for what in ("wall", "cpu"):
            o = statistics.median(getattr(t, what) for t in opened)
            c = statistics.median(getattr(t, what) for t in collected)
            print(f"{what}: open the {len(files)} files in LibreOffice (median of {args.runs}): {o:.2f} s; "
                  f"huibao:ImportSubmissions of them, validation included: {c:.2f} s; "
                  f"ratio collect / open: {c / o:.2f} (target ≤ 1.5)")
        print(f"Imported={results.get('Imported')}, Errors={results.get('Errors')}")
        print(f"load average after: {load_average()}")
        for n in [int(x) for x in args.counties.split(",") if x]:
            batch = []
            for k in range(n):  # each county's folder: the same files under other names
                folder = os.path.join(workdir, f"county{k}")
                if not os.path.isdir(folder):
                    shutil.copytree(files_dir, folder)
                batch += sorted(os.path.join(folder, f) for f in os.listdir(folder))
            timed, results = time_collect(office, county, batch)
            opened = time_open(office, batch)
            print(f"{n} counties, {len(batch)} files: open {opened.wall:.1f} s wall / {opened.cpu:.1f} s CPU, "
                  f"collect {timed.wall:.1f} s wall / {timed.cpu:.1f} s CPU, "
                  f"{timed.wall / len(batch):.2f} s a file (Imported={results.get('Imported')}, "
                  f"Replaced={results.get('Replaced')}; load average {load_average()})", flush=True)
    if not args.workdir:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
