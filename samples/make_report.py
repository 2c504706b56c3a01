#!/usr/bin/python3
"""The main job: turn a sample county workbook into the validated, assessed
and reported workbook, with LibreOffice and the built huibao.oxt.

    /usr/bin/python3 -m samples.make_report [--sample county] [--outdir samples/out]
                                              [--oxt build/huibao.oxt] [--input FILE]

Writes <outdir>/<name>_汇报.ods and .xlsx (the workbook with 校验结果, 单位考核,
工作汇报), the report as a Word document (.docx) and as PDF, and prints what it did. The input file is never
written to: LibreOffice works on a copy. Run it from the top of the source tree
(the import root).
"""

import argparse
import os
import shutil

import uno

from samples import generate
from tests.integration.office import Office, prop

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

COMMANDS = ["Validate", "Assess", "BuildReport", "ExportDocument", "ExportPdf"]


def run_command(office, doc, command):
    event = office.dispatch(doc, "huibao:" + command)
    if event is None or event.State != 1:
        message = getattr(event, "Result", "no result")
        raise SystemExit(f"huibao:{command} failed: {message}")
    return {v.Name: v.Value for v in (event.Result or ())}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", default="county", choices=["small", "county", "clean"])
    parser.add_argument("--input", help="a county workbook of your own instead of a sample")
    parser.add_argument("--outdir", default=os.path.join(HERE, "out"))
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "huibao.oxt"))
    args = parser.parse_args(argv)

    os.makedirs(args.outdir, exist_ok=True)
    if args.input:
        source = os.path.abspath(args.input)
    else:
        source = generate.generate(args.sample, args.outdir, ods=False, quiet=True)["xlsx"]
    name = os.path.splitext(os.path.basename(source))[0]
    print(f"输入工作簿: {source}")

    with Office(oxt=args.oxt) as office:
        work_dir = os.path.join(office.root, "work")
        os.makedirs(work_dir)
        ods = os.path.join(work_dir, f"{name}_汇报.ods")
        # Save under the output name first: the exports write next to the document.
        doc = office.load(source, hidden=False)
        doc.storeAsURL(uno.systemPathToFileUrl(ods), (prop("FilterName", "calc8"),))
        for command in COMMANDS:
            results = run_command(office, doc, command)
            # The PDF lands in the work folder first; the copy below says where it ends up.
            summary = ", ".join(f"{k}={v}" for k, v in results.items() if k != "File")
            print(f"huibao:{command}: {summary or 'ok'}")
        doc.store()
        xlsx = os.path.join(work_dir, f"{name}_汇报.xlsx")
        doc.storeToURL(uno.systemPathToFileUrl(xlsx), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
        for produced in sorted(os.listdir(work_dir)):
            target = os.path.join(args.outdir, produced)
            shutil.copy(os.path.join(work_dir, produced), target)
            print(f"输出: {target}")


if __name__ == "__main__":
    main()
