#!/usr/bin/python3
"""Huibao sample generator: realistic county workbooks with an exact ledger.

Generates county workbooks modelled on 太湖县 (Anhui) in the shapes township
and department submissions really arrive in (WPS/Excel habits: title rows,
unit rows, header aliases, traditional characters, text amounts, every date
form, total and subtotal rows, footers ...), optionally with planted problems,
and for each a ledger (<name>.ledger.json) holding every finding the
validation of ../../shared/spec/validation.md must report and the figures the
assessment of assessment.md must compute.

The ledger is not hand-written: the generator records what it plants, then
re-reads the workbook it built with an independent reference reader
(samples/county/reference_reader.py: header detection, normalisation, parsing
and every rule of the spec) and refuses to write anything if the two
disagree.  The figures are computed by that reader from the cells, so they are
those of what was written.  The code is the package samples.county; this is
its command line.

Run with /usr/bin/python3 from the top of the source tree:

    /usr/bin/python3 -m samples.generate --all [--outdir samples/out]
    /usr/bin/python3 -m samples.generate small county clean
    /usr/bin/python3 -m samples.generate --bench
    /usr/bin/python3 -m samples.generate --all --no-ods     # xlsx + ledger only

From Python:

    from samples import generate
    generate.generate("county", "/tmp/out")  # -> dict of paths
"""

import argparse
import os
import sys

from samples.county.generator import BUILDERS, build, generate  # noqa: F401  (build: for scripts)
from samples.county.verify import check_icu, verify


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="workbooks to build: small county clean bench")
    ap.add_argument("--all", action="store_true", help="small, county and clean")
    ap.add_argument("--bench", action="store_true", help="also the 100,000-row bench workbook")
    ap.add_argument("--outdir", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
    ap.add_argument("--no-ods", action="store_true", help="skip the LibreOffice conversion to .ods")
    ap.add_argument("--check-icu", action="store_true", help="compare the T->S table with ICU via uconv")
    ap.add_argument("--verify", action="store_true",
                    help="after generating (or, with --verify-only, instead), load each file in LibreOffice and "
                         "check that what it shows gives exactly the ledger")
    ap.add_argument("--verify-only", action="store_true", help="verify existing files in --outdir, build nothing")
    a = ap.parse_args(argv)
    names = list(a.names)
    if a.all:
        names += ["small", "county", "clean"]
    if a.bench:
        names.append("bench")
    if a.check_icu:
        return 0 if check_icu(names or ["small", "county", "clean"]) else 1
    if not names:
        ap.error("nothing to build: give names, --all or --bench")
    for n in names:
        if n not in BUILDERS:
            ap.error("unknown workbook %r" % n)
    seen = []
    for n in names:
        if n not in seen:
            seen.append(n)
            if not a.verify_only:
                generate(n, a.outdir, ods=not a.no_ods)
    if a.verify or a.verify_only:
        return 0 if verify(seen, a.outdir, ("xlsx",) if a.no_ods else ("xlsx", "ods")) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
