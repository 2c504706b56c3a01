#!/usr/bin/python3
"""Huibao speed benchmark (validation.md, "Speed"), driven by bench/run.sh.

In one soffice (private profile, huibao.oxt installed, reached over a TCP
socket as an officer's script would), on the generated 100,000-row workbook:

  (a) huibao:Validate: one warm-up dispatch, then N timed re-validations
      (median), the document loaded beforehand; then huibao:ClearMarks and
      Validate alternated, to separate "remove the previous marks" from the
      rest; optionally (--perf) perf samples soffice.bin during more
      dispatches and splits the time into read / validate / write / marks /
      links by the adapter's functions on the stack.
  (b) the core alone: dumps every sheet (one getDataArray per sheet) into a
      file and runs build-*/bench/huibao_core_bench on it.
  (c) the baseline: an officer's Python-UNO script over the socket: one
      getDataArray per sheet, the checks of the reference reader
      (samples/county/reference_reader.py: read_workbook), findings written
      with one setDataArray into a new sheet; timed end to end, document load
      excluded.

Prints a table; writes every figure as JSON (--json). Run with /usr/bin/python3.
"""

import argparse
import collections
import datetime as dt
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time

import uno  # Debian's /usr/bin/python3
from com.sun.star.connection import NoConnectException

from samples.county.reference_reader import read_workbook
from samples.county.workbook import N, Sheet, Workbook
from tests.integration import office

FINDINGS_SHEET = "校验结果"
BASELINE_SHEET = "基线校验结果"
HEADER = ["序号", "工作表", "单元格", "行", "字段", "代码", "级别", "说明"]


# ---------------------------------------------------------------------------
# soffice over a TCP socket (office.Office uses a pipe)
# ---------------------------------------------------------------------------

class SocketOffice(office.Office):
    """office.Office, but listening on 127.0.0.1:<free port> like an officer's
    `soffice --accept=socket,...` so that every call here crosses a socket."""

    def _launch(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        lock = os.path.join(self.profile, ".lock")
        if os.path.exists(lock):
            os.remove(lock)
        connect = f"socket,host=127.0.0.1,port={self.port};urp;StarOffice.ComponentContext"
        args = [office.SOFFICE, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                "--nolockcheck", f"-env:UserInstallation={self._profile_url()}", f"--accept={connect}"]
        env = dict(os.environ, HOME=self.home, SAL_USE_VCLPLUGIN="svp")
        self.log = open(os.path.join(self.root, "soffice.log"), "w")
        self.process = subprocess.Popen(args, env=env, stdout=self.log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + office.START_TIMEOUT
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"soffice exited early: {self.soffice_log()}")
            try:
                self.ctx = resolver.resolve("uno:" + connect)
                break
            except NoConnectException:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"soffice did not answer: {self.soffice_log()}")
                time.sleep(0.25)
        self.smgr = self.ctx.ServiceManager
        self.desktop = self.create("com.sun.star.frame.Desktop")

    def soffice_bin_pid(self):
        """The soffice.bin process under our launcher (oosplash forks it)."""
        children = collections.defaultdict(list)
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
                ppid = int(stat[stat.rindex(")") + 2:].split()[1])
                children[ppid].append(int(entry))
            except (OSError, ValueError):
                continue
        todo = [self.process.pid]
        while todo:
            pid = todo.pop()
            try:
                with open(f"/proc/{pid}/comm") as f:
                    if f.read().strip() == "soffice.bin":
                        return pid
            except OSError:
                pass
            todo += children.get(pid, [])
        return None


# ---------------------------------------------------------------------------
# Reading a document the officer's way
# ---------------------------------------------------------------------------

def used_data(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    return sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()


def read_arrays(doc, skip=()):
    """[(name, protected, rows)] for every sheet, one getDataArray each."""
    out = []
    sheets = doc.getSheets()
    for i in range(sheets.getCount()):
        sheet = sheets.getByIndex(i)
        name = sheet.getName()
        if name in skip:
            continue
        out.append((name, bool(sheet.isProtected()), used_data(sheet)))
    return out


def to_reference_workbook(arrays):
    """getDataArray values -> samples.county's Workbook (the reference
    reader's input). A void (None) is an error value (#N/A …), as for the
    adapter; '' is an empty cell."""
    wb = Workbook("baseline")
    for name, _protected, data in arrays:
        sh = wb.add(Sheet(name, "?"))
        for r, row in enumerate(data):
            cells = []
            nonempty = False
            for v in row:
                if v is None:
                    cells.append(("e", "?", "#ERR"))
                    nonempty = True
                elif isinstance(v, str):
                    if v == "":
                        cells.append(None)
                    else:
                        cells.append(("s", v))
                        nonempty = True
                elif isinstance(v, bool):
                    cells.append(("b", v))
                    nonempty = True
                else:
                    cells.append(N(repr(float(v))))
                    nonempty = True
            if nonempty:
                sh.rows[r + 1] = cells
    return wb


def _escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def write_dump(arrays, null_date, path):
    """The file huibao_core_bench reads (format: bench/core_bench.cpp)."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("huibao-dump 1\n")
        f.write(f"nulldate {null_date.Year} {null_date.Month} {null_date.Day}\n")
        for name, protected, data in arrays:
            width = len(data[0]) if data else 0
            f.write(f"sheet {len(data)} {width} {int(protected)} {_escape(name)}\n")
            for row in data:
                cells = []
                for v in row:
                    if v is None:
                        cells.append("x")
                    elif isinstance(v, str):
                        cells.append("t" + _escape(v) if v else "")
                    elif isinstance(v, bool):
                        cells.append("b1" if v else "b0")
                    else:
                        cells.append("n" + repr(float(v)))
                f.write("\t".join(cells) + "\n")


# ---------------------------------------------------------------------------
# (c) the baseline script
# ---------------------------------------------------------------------------

def baseline(doc):
    """An officer's script: read every sheet with one getDataArray, check with
    the reference rules, write the findings with one setDataArray. Returns
    (findings, {"read": s, "check": s, "write": s, "total": s})."""
    t0 = time.perf_counter()
    arrays = read_arrays(doc, skip=(FINDINGS_SHEET, BASELINE_SHEET))
    wb = to_reference_workbook(arrays)
    t1 = time.perf_counter()
    findings, _rows, _ctx = read_workbook(wb)
    t2 = time.perf_counter()
    table = [HEADER]
    for i, f in enumerate(findings, 1):
        table.append([float(i), f["sheet"], f["cell"], float(f["row"]), f["field"], f["code"], f["severity"],
                      f"{f['field']}：{f['code']}"])
    sheets = doc.getSheets()
    if sheets.hasByName(BASELINE_SHEET):
        sheets.removeByName(BASELINE_SHEET)
    sheets.insertNewByName(BASELINE_SHEET, sheets.getCount())
    out = sheets.getByName(BASELINE_SHEET)
    out.getCellRangeByPosition(0, 0, len(HEADER) - 1, len(table) - 1).setDataArray(tuple(tuple(r) for r in table))
    t3 = time.perf_counter()
    return findings, {"read": t1 - t0, "check": t2 - t1, "write": t3 - t2, "total": t3 - t0}


# ---------------------------------------------------------------------------
# (a) huibao:Validate
# ---------------------------------------------------------------------------

def thread_cpu(pid):
    """{tid: CPU seconds (user + system)} of every thread of pid, from /proc."""
    out = {}
    tick = os.sysconf("SC_CLK_TCK")
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        out[int(tid)] = (int(fields[11]) + int(fields[12])) / tick
    return out


CPU_LOG = []   # (command, wall, process CPU, busiest thread's CPU) per dispatch


def dispatch_timed(off, doc, command):
    pid = getattr(off, "bin_pid", None)
    before = thread_cpu(pid) if pid else {}
    t0 = time.perf_counter()
    event = off.dispatch(doc, "huibao:" + command)
    elapsed = time.perf_counter() - t0
    if pid:
        after = thread_cpu(pid)
        used = {t: c - before.get(t, 0) for t, c in after.items()}
        CPU_LOG.append((command, elapsed, sum(used.values()), max(used.values(), default=0)))
    if event.State != 1:
        raise RuntimeError(f"huibao:{command} failed: {event.Result}")
    return elapsed, {v.Name: v.Value for v in event.Result}


def findings_sheet_keys(doc):
    rows = used_data(doc.getSheets().getByName(FINDINGS_SHEET))
    assert list(rows[0]) == HEADER, rows[0]
    return [(r[1], r[2], r[5]) for r in rows[1:] if r[0] != "未发现问题"]


# The adapter's phases, by the functions on the stack of a perf sample
# (addin/uno/validate_command.cxx validateDocument, in its order). The first
# pattern found from the innermost frame outwards names the phase.
PHASES = [
    ("read: getDataArray", ("ScCellRangesBase::getDataArray", "ScCellRangeObj::getDataArray",
                            "lcl_CopyDataToAny", "ScRangeToSequence")),
    ("read: Any->Cell (toGrid)", ("huibao::uno::toGrid", "huibao::uno::toCell")),
    ("read: other", ("huibao::uno::readWorkbook", "huibao::uno::usedAreaFromA1")),
    ("core: validateWorkbook", ("huibao::validateWorkbook",)),
    ("write: clear previous marks", ("huibao::uno::clearMarks",)),
    ("write: replace 校验结果 sheet", ("huibao::uno::replaceOutputSheet", "huibao::uno::ensureReplaceable")),
    ("write: findings table", ("huibao::findingsSheetTable", "toRows", "huibao::uno::writeRows")),
    ("write: links", ("linkCells",)),
    ("write: format", ("formatFindingsSheet",)),
    ("write: marks", ("huibao::uno::applyMarks", "huibao::marksFor")),
    ("command: other", ("huibao::uno::validateDocument", "huibao::uno::runValidate", "huibao::uno::")),
]


def perf_record(off, doc, runs, outdir, frequency=997):
    """Samples soffice.bin with perf while Validate runs `runs` times.
    Returns (perf.data path, wall times) or None without perf."""
    perf = shutil.which("perf")
    pid = off.soffice_bin_pid()
    if not perf or not pid:
        return None
    data = os.path.join(outdir, "validate.perf.data")
    rec = subprocess.Popen([perf, "record", "-F", str(frequency), "--call-graph", "dwarf,32768", "-p", str(pid),
                            "-o", data], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(1.5)
    walls = []
    for _ in range(runs):
        walls.append(dispatch_timed(off, doc, "Validate")[0])
    time.sleep(0.3)
    rec.send_signal(signal.SIGINT)
    rec.wait(timeout=120)
    return data, walls


def perf_analyse(data, runs, frequency=997):
    """Sorts the perf samples of the dispatching thread into PHASES.
    Returns {"phase_samples": {name: samples}, "top_inclusive": ..., ...}."""
    perf = shutil.which("perf")
    script = subprocess.run([perf, "script", "-i", data, "-F", "tid,ip,sym"], capture_output=True,
                            text=True, errors="replace", timeout=3600)
    per_sample = []
    for block in script.stdout.split("\n\n"):
        lines = [ln for ln in block.strip().split("\n") if ln.strip()]
        if not lines:
            continue
        try:
            tid = int(lines[0].split()[0])
        except (ValueError, IndexError):
            continue
        frames = []
        for ln in lines[1:]:
            parts = ln.strip().split(None, 1)
            frames.append(parts[1] if len(parts) > 1 else "[unknown]")
        per_sample.append((tid, frames))

    def in_command(frames):
        return any("huibao::uno::validateDocument" in f or "huibao::uno::runValidate" in f for f in frames)

    # Each dispatch over the bridge may run on another thread: every sample
    # with the command on its stack counts, whatever its thread.
    if not any(in_command(frames) for _, frames in per_sample):
        return {"error": "no samples with huibao frames (perf could not unwind soffice.bin)"}
    samples = collections.Counter()
    inclusive = collections.Counter()
    phase_self = collections.defaultdict(collections.Counter)
    other_inclusive = collections.Counter()
    for tid, frames in per_sample:
        known = next((f for f in frames if f != "[unknown]"), "[unknown]")
        if not in_command(frames):
            samples["not in the command (other threads, idle, bridge)"] += 1
            for f in set(frames):
                other_inclusive[f] += 1
            continue
        phase = "command: other"
        for name, patterns in PHASES:
            if any(p in f for f in frames for p in patterns):
                phase = name
                break
        for f in set(frames):
            inclusive[f] += 1
        phase_self[phase][known] += 1
        samples[phase] += 1
    in_cmd = sum(n for p, n in samples.items() if not p.startswith("not in"))
    return {
        "frequency": frequency, "runs": runs,
        "samples_in_command": in_cmd,
        "cpu_in_command_per_run_s": in_cmd / frequency / runs,
        "phase_samples": {p: n for p, n in samples.most_common() if not p.startswith("not in")},
        "samples_not_in_command": samples["not in the command (other threads, idle, bridge)"],
        "phase_top_self": {p: c.most_common(8) for p, c in phase_self.items()},
        "top_inclusive": inclusive.most_common(150),
        "outside_top_inclusive": other_inclusive.most_common(40),
    }


# ---------------------------------------------------------------------------

def machine():
    def run(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=30).stdout
        except OSError:
            return ""
    model = next((ln.split(":", 1)[1].strip() for ln in run(["lscpu"]).splitlines()
                  if ln.startswith("Model name")), "?")
    with open("/proc/meminfo") as f:
        kib = int(f.readline().split()[1])
    return {"nproc": os.cpu_count(), "cpu": model, "ram_gib": round(kib / 1024 / 1024, 1),
            "libreoffice": run([office.SOFFICE, "--version"]).strip(), "kernel": platform.release()}


def median(values):
    return statistics.median(values) if values else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--oxt")
    ap.add_argument("--workbook", help="the bench .ods (or .xlsx)")
    ap.add_argument("--ledger", help="its ledger (expected findings)")
    ap.add_argument("--core-bench", help="huibao_core_bench executable")
    ap.add_argument("--workdir")
    ap.add_argument("--runs", type=int, default=5, help="timed Validate runs (after one warm-up)")
    ap.add_argument("--core-runs", type=int, default=10)
    ap.add_argument("--baseline-runs", type=int, default=3)
    ap.add_argument("--perf", action="store_true", help="profile soffice.bin with perf during 3 more runs")
    ap.add_argument("--json", help="write all figures here")
    ap.add_argument("--source-state", default="", help="what was built (printed and kept in the JSON)")
    ap.add_argument("--analyse-perf", metavar="PERF_DATA", help="only analyse a saved perf.data (3 runs)")
    a = ap.parse_args()
    if a.analyse_perf:
        json.dump(perf_analyse(a.analyse_perf, 3), sys.stdout, ensure_ascii=False, indent=1)
        return 0
    os.makedirs(a.workdir, exist_ok=True)
    res = {"workbook": os.path.abspath(a.workbook), "date": dt.datetime.now().isoformat(timespec="seconds"),
           "source": a.source_state, "machine": machine(), "loadavg_at_start": os.getloadavg()}

    with SocketOffice(oxt=a.oxt) as off:
        t0 = time.perf_counter()
        doc = off.load(a.workbook)
        res["load_s"] = time.perf_counter() - t0
        off.bin_pid = off.soffice_bin_pid()
        print(f"loaded {os.path.basename(a.workbook)} in {res['load_s']:.1f} s (not counted)", flush=True)

        # (b) input: the dump, read the same way the adapter reads (one getDataArray per sheet).
        t0 = time.perf_counter()
        arrays = read_arrays(doc)
        res["dump_read_s"] = time.perf_counter() - t0
        res["sheets"] = len(arrays)
        res["cells"] = sum(len(d) * (len(d[0]) if d else 0) for _, _, d in arrays)
        dump = os.path.join(a.workdir, "bench.dump")
        write_dump(arrays, doc.NullDate, dump)
        del arrays

        # (c) the baseline, N runs (its sheet removed between runs, untimed).
        base_runs, base_findings = [], None
        for i in range(a.baseline_runs):
            base_findings, times = baseline(doc)
            base_runs.append(times)
            print(f"baseline run {i + 1}: {times['total']:.2f} s (read {times['read']:.2f}, check "
                  f"{times['check']:.2f}, write {times['write']:.3f}); {len(base_findings)} findings", flush=True)
        doc.getSheets().removeByName(BASELINE_SHEET)
        res["baseline"] = {"runs": base_runs, "total_median_s": median([r["total"] for r in base_runs]),
                           "read_median_s": median([r["read"] for r in base_runs]),
                           "check_median_s": median([r["check"] for r in base_runs]),
                           "write_median_s": median([r["write"] for r in base_runs]),
                           "findings": len(base_findings)}
        base_keys = [(f["sheet"], f["cell"], f["code"]) for f in base_findings]

        # (a) Validate: warm-up (the first validation of the document), then re-validations.
        warm, result = dispatch_timed(off, doc, "Validate")
        print(f"Validate warm-up (first validation): {warm:.3f} s; {result}", flush=True)
        walls = []
        for i in range(a.runs):
            wall, result = dispatch_timed(off, doc, "Validate")
            walls.append(wall)
            print(f"Validate run {i + 1}: {wall:.3f} s", flush=True)
        validate_keys = findings_sheet_keys(doc)
        # ClearMarks, then Validate with nothing to clear: alternated.
        clears, fresh = [], []
        for i in range(3):
            clears.append(dispatch_timed(off, doc, "ClearMarks")[0])
            fresh.append(dispatch_timed(off, doc, "Validate")[0])
        print(f"ClearMarks: {', '.join(f'{c:.3f}' for c in clears)} s; Validate after ClearMarks: "
              f"{', '.join(f'{c:.3f}' for c in fresh)} s", flush=True)
        res["validate"] = {"warmup_s": warm, "runs_s": walls, "median_s": median(walls),
                           "errors": result.get("Errors"), "warnings": result.get("Warnings"),
                           "findings": len(validate_keys),
                           "clear_marks_s": clears, "clear_marks_median_s": median(clears),
                           "after_clear_s": fresh, "after_clear_median_s": median(fresh)}
        res["cpu_per_dispatch"] = [{"command": c, "wall_s": w, "process_cpu_s": p, "busiest_thread_cpu_s": t}
                                   for c, w, p, t in CPU_LOG]
        validate_cpu = [x for x in CPU_LOG[1:1 + a.runs]]
        if validate_cpu:
            res["validate"]["process_cpu_median_s"] = median([x[2] for x in validate_cpu])
            res["validate"]["busiest_thread_cpu_median_s"] = median([x[3] for x in validate_cpu])
            print(f"Validate runs: soffice.bin CPU {', '.join(f'{x[2]:.2f}' for x in validate_cpu)} s "
                  f"(busiest thread {', '.join(f'{x[3]:.2f}' for x in validate_cpu)} s)", flush=True)
        if a.perf:
            print("profiling 3 more Validate runs with perf ...", flush=True)
            recorded = perf_record(off, doc, 3, a.workdir)
            if recorded:
                perf_data, perf_walls = recorded
        doc.close(True)
    if a.perf:
        if recorded:
            print("analysing the perf samples ...", flush=True)
            res["perf"] = perf_analyse(perf_data, 3)
            res["perf"]["walls"] = perf_walls
        else:
            res["perf"] = {"error": "perf or soffice.bin not found"}

    # (b) the core alone.
    core_findings = os.path.join(a.workdir, "core.findings.tsv")
    proc = subprocess.run([a.core_bench, dump, "--runs", str(a.core_runs), "--findings", core_findings],
                          capture_output=True, text=True)
    sys.stderr.write(proc.stderr)
    if proc.returncode != 0:
        raise RuntimeError("huibao_core_bench failed")
    res["core"] = json.loads(proc.stdout.strip().splitlines()[-1])
    with open(core_findings, encoding="utf-8") as f:
        core_keys = [tuple(line.rstrip("\n").split("\t")[:3]) for line in f if line.strip()]

    ledger_keys = None
    if a.ledger and os.path.exists(a.ledger):
        with open(a.ledger, encoding="utf-8") as f:
            ledger_keys = [(x["sheet"], x["cell"], x["code"]) for x in json.load(f)["findings"]]

    report(res, validate_keys, core_keys, base_keys, ledger_keys)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(res, f, ensure_ascii=False, indent=1)
    return 0 if res["agree"] else 1


def report(res, validate_keys, core_keys, base_keys, ledger_keys):
    v, c, b = res["validate"], res["core"], res["baseline"]
    ratio = b["total_median_s"] / v["median_s"]
    res["ratio_baseline_over_validate"] = ratio
    res["ratio_baseline_over_core"] = b["total_median_s"] / c["validate_median_s"]
    print()
    m = res["machine"]
    print(f"machine: {m['nproc']} CPUs, {m['cpu']}, {m['ram_gib']} GiB; {m['libreoffice']}; source: {res['source']}")
    print(f"load average at start {res['loadavg_at_start'][0]:.2f}, at end {os.getloadavg()[0]:.2f} "
          "(other work on this machine slows every figure)")
    print(f"Huibao speed, {res['sheets']} sheets, {c['rows']:,} rows, {res['cells']:,} cells "
          f"({os.path.basename(res['workbook'])}); load {res['load_s']:.1f} s not counted")
    print(f"{'':44}{'seconds':>10}{'findings':>10}")
    print(f"{'(a) huibao:Validate in soffice (median)':44}{v['median_s']:10.3f}{v['findings']:10d}"
          f"   runs {', '.join(f'{x:.3f}' for x in v['runs_s'])}")
    print(f"{'    first validation (warm-up run)':44}{v['warmup_s']:10.3f}")
    if "process_cpu_median_s" in v:
        print(f"{'    soffice.bin CPU during a run (median)':44}{v['process_cpu_median_s']:10.3f}"
              f"   busiest thread {v['busiest_thread_cpu_median_s']:.3f}")
    print(f"{'    huibao:ClearMarks alone (median)':44}{v['clear_marks_median_s']:10.3f}")
    print(f"{'    Validate right after ClearMarks (median)':44}{v['after_clear_median_s']:10.3f}")
    perf = res.get("perf")
    if perf and "phase_samples" in perf:
        total = sum(perf["phase_samples"].values())
        # perf slows soffice (dwarf stacks): its shares are applied to the
        # unprofiled median.
        wall = v["median_s"]
        perf["wall_median_s"] = wall
        perf["profiled_walls_s"] = perf.get("walls", [])
        perf["phases_share"] = {p: n / total for p, n in perf["phase_samples"].items()}
        perf["phases_s"] = {p: n / total * wall for p, n in perf["phase_samples"].items()}
        print(f"    split by perf samples with the command on the stack ({perf['runs']} profiled runs; "
              f"share of samples x the median above):")
        for name, n in perf["phase_samples"].items():
            print(f"      {name:42}{n / total * wall:8.3f}  {100 * n / total:5.1f} %")
    elif perf:
        print(f"    perf split: {perf.get('error')}")
    print(f"{'(b) core validateWorkbook (median of %d)' % c['runs']:44}{c['validate_median_s']:10.3f}"
          f"{c['findings']:10d}   min {c['validate_min_s']:.3f}")
    print(f"{'    core findingsSheetTable + marksFor':44}{c['findings_table_median_s'] + c['marks_median_s']:10.3f}")
    print(f"{'(c) baseline Python-UNO script (median)':44}{b['total_median_s']:10.3f}{b['findings']:10d}"
          f"   read {b['read_median_s']:.2f} / check {b['check_median_s']:.2f} / write {b['write_median_s']:.3f}")
    if ledger_keys is not None:
        print(f"{'    generator ledger':44}{'':10}{len(ledger_keys):10d}")
    print(f"ratio baseline / Validate: {ratio:.1f}x   (baseline / core alone: "
          f"{res['ratio_baseline_over_core']:.0f}x)")
    agree = True
    counts = {"Validate": len(validate_keys), "core": len(core_keys), "baseline": len(base_keys)}
    if ledger_keys is not None:
        counts["ledger"] = len(ledger_keys)
    if len(set(counts.values())) != 1:
        agree = False
        print("MISMATCH: findings counts differ: " + ", ".join(f"{k} {n}" for k, n in counts.items()))
    ref = sorted(base_keys)
    for name, keys in (("Validate", validate_keys), ("core", core_keys), ("ledger", ledger_keys)):
        if keys is None:
            continue
        if sorted(keys) != ref:
            agree = False
            only = sorted(set(keys) - set(ref))[:5]
            missing = sorted(set(ref) - set(keys))[:5]
            print(f"MISMATCH: {name} findings (sheet, cell, code) differ from the baseline's: "
                  f"only in {name} {only}; only in baseline {missing}")
    if agree:
        print(f"findings agree: {counts['Validate']} everywhere, same (sheet, cell, code) set")
    res["agree"] = agree
    res["targets"] = {"validate_under_1s": v["median_s"] <= 1.0, "at_least_20x": ratio >= 20}
    print(f"target Validate <= 1 s in soffice: {'MET' if v['median_s'] <= 1.0 else 'NOT MET'} "
          f"({v['median_s']:.3f} s)")
    print(f"target >= 20x faster than the baseline: {'MET' if ratio >= 20 else 'NOT MET'} ({ratio:.1f}x)")


if __name__ == "__main__":
    sys.exit(main())
