"""Closing the loop: the generated files read back by LibreOffice, and the
T->S table compared with ICU."""

import json
import os
import shutil
import subprocess
import time
import unicodedata

from .generator import SEED, build
from .ledger import ledger_json
from .reference_reader import assess, read_workbook
from .spec import T2S_TABLE
from .workbook import N, S, Sheet, Workbook, col_letter


def _ledger_view(wb, findings, result, ctx):
    data = ledger_json(wb, findings, result, ctx, SEED)
    return data["findings"], data["assessment"]


def verify(names, outdir, exts=("xlsx", "ods")):
    """Open each generated file in LibreOffice (python3-uno), read every sheet
    the way an officer's script would (one getDataArray per sheet), re-run the
    reference reader on what LibreOffice shows and compare with the ledger."""
    from tests.integration.office import Office  # python3-uno: /usr/bin/python3 only
    from com.sun.star.sheet.FormulaResult import ERROR
    ok = True
    with Office(install=False) as office:
        for name in names:
            with open(os.path.join(outdir, name + ".ledger.json"), encoding="utf-8") as fh:
                ledger = json.load(fh)
            for ext in exts:
                path = os.path.join(outdir, "%s.%s" % (name, ext))
                t0 = time.time()
                for attempt in range(3):  # a just-started soffice occasionally answers None
                    try:
                        doc = office.load(os.path.abspath(path))
                        break
                    except RuntimeError:
                        if attempt == 2:
                            raise
                        time.sleep(1)
                t1 = time.time()
                wb = Workbook(name)
                for lsh in doc.Sheets:
                    sh = wb.add(Sheet(lsh.Name, "?"))
                    cur = lsh.createCursor()
                    cur.gotoEndOfUsedArea(False)
                    ra = cur.RangeAddress
                    rng = lsh.getCellRangeByPosition(0, 0, ra.EndColumn, ra.EndRow)
                    data = rng.getDataArray()
                    errors = set()
                    q = rng.queryFormulaCells(ERROR)
                    for a in q.RangeAddresses:
                        for r in range(a.StartRow, a.EndRow + 1):
                            for c in range(a.StartColumn, a.EndColumn + 1):
                                errors.add((r, c))
                    for r, row in enumerate(data):
                        cells = []
                        for c, v in enumerate(row):
                            if (r, c) in errors:
                                cells.append(("e", "?", "#ERR"))
                            elif v is None:
                                raise RuntimeError("%s %s!%s%d: None without an error" % (path, lsh.Name,
                                                                                         col_letter(c), r + 1))
                            elif isinstance(v, str):
                                cells.append(S(v) if v != "" else None)
                            else:
                                cells.append(N(repr(float(v))))
                        if any(x is not None for x in cells):
                            sh.rows[r + 1] = cells
                doc.close(True)
                findings, rows, ctx = read_workbook(wb)
                result = assess(findings, rows, ctx)
                got_f, got_a = _ledger_view(wb, findings, result, ctx)
                same = got_f == ledger["findings"] and json.loads(json.dumps(got_a, ensure_ascii=False)) == \
                    ledger["assessment"]
                ok = ok and same
                print("verify %-12s %s (LibreOffice load %.1fs, read+check %.1fs)" % (
                    os.path.basename(path), "matches the ledger" if same else "DIFFERS FROM THE LEDGER",
                    t1 - t0, time.time() - t1))
                if not same:
                    for a, b in zip(got_f, ledger["findings"]):
                        if a != b:
                            print("   first differing finding: LibreOffice %s / ledger %s" % (a, b))
                            break
                    if len(got_f) != len(ledger["findings"]):
                        print("   %d findings vs %d in the ledger" % (len(got_f), len(ledger["findings"])))
    return ok


def check_icu(names):
    """Compare this file's normalisation table with ICU's (uconv)."""
    uconv = shutil.which("uconv")
    if not uconv:
        print("uconv not installed; skipped")
        return True
    texts = set()
    for name in names:
        wb, _, _, _ = build(name)
        for sh in wb.sheets:
            texts.add(sh.name)
            for cells in sh.rows.values():
                for c in cells:
                    if c is not None and c[0] == "s":
                        texts.add(c[1].replace("\n", " "))
    texts = sorted(texts)
    src = "\n".join(unicodedata.normalize("NFKC", t) for t in texts) + "\n"
    res = subprocess.run([uconv, "-x", "Traditional-Simplified"], input=src.encode(), stdout=subprocess.PIPE,
                         check=True)
    icu = res.stdout.decode().split("\n")
    bad = 0
    for t, i in zip(texts, icu):
        mine = unicodedata.normalize("NFKC", t).translate(T2S_TABLE)
        if mine != i:
            bad += 1
            print("differs: %r ICU %r mine %r" % (t, i, mine))
    print("ICU check: %d texts, %d differ" % (len(texts), bad))
    return bad == 0
