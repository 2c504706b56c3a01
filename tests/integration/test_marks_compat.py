"""A workbook marked by Huibao 0.1.0 and saved as .ods is cleared exactly by
this build: the marks record changed format (0.2 writes versioned JSON), and
0.1.0's record is still read.

data/before-marks.ods is the small test workbook with the officer's own fill
on F3 and own comment on F4; data/marked-by-0.1.0.ods is the same after
huibao:Validate of Huibao 0.1.0 (both made once with 0.1.0's .oxt)."""

import os
import unittest

from tests.integration.sample_workbooks import dispatch_result
from tests.integration.shared import office, setUpModule, tearDownModule  # noqa: F401

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def looks(doc):
    """Per sheet, every cell's fill, transparency, comment and content."""
    result = {}
    sheets = doc.getSheets()
    for name in sheets.getElementNames():
        sheet = sheets.getByName(name)
        comments = {}
        for note in sheet.getAnnotations():
            position = note.getPosition()
            comments[(position.Row, position.Column)] = note.getString()
        cells = {}
        for row in range(8):
            for column in range(10):
                cell = sheet.getCellByPosition(column, row)
                cells[(row, column)] = (cell.CellBackColor, cell.IsCellBackgroundTransparent, cell.getFormula(),
                                        comments.get((row, column)))
        result[name] = cells
    return result


class MarkedByVersion010(unittest.TestCase):
    def test_clear_marks_restores_the_officers_own_fill_and_comment(self):
        original = office.load(os.path.join(DATA, "before-marks.ods"))
        try:
            want = looks(original)
        finally:
            original.close(True)
        marked = office.load(os.path.join(DATA, "marked-by-0.1.0.ods"))
        try:
            self.assertNotEqual(looks(marked), want, "the file should carry 0.1.0's marks")
            ok, result = dispatch_result(office, marked, "ClearMarks")
            self.assertTrue(ok, result)
            self.assertEqual(result.get("CellsRestored"), 2)
            got = looks(marked)
            self.assertEqual(got["晋熙镇"][(2, 5)][:2], (0xCCE5FF, False))   # the officer's own fill on F3
            self.assertEqual(got["晋熙镇"][(3, 5)][3], "科长批注：请核实")      # and own comment on F4
            # Huibao's own 校验结果 stays; every sheet of the officer's is as it was.
            self.assertEqual({name: got[name] for name in want}, want)
        finally:
            marked.close(True)


if __name__ == "__main__":
    unittest.main()
