"""The Function Wizard metadata (com.sun.star.sheet.FunctionDescriptions)
under a Chinese and an English UI."""

import unittest

from tests.integration.office import Office

NAMES = ["SCHEDULEPROGRESS", "COMPLETIONRATE", "AHEADOFSCHEDULE", "CONVERTAMOUNT", "RMBUPPER",
         "CNNUMERAL", "NORMALIZETEXT", "CHECKPROJECT", "COUNTPROJECTS", "SUMPROJECTS"]


def descriptions(locale):
    with Office(locale=locale) as office:
        result = {}
        functions = office.create("com.sun.star.sheet.FunctionDescriptions")
        for i in range(functions.getCount()):
            props = {p.Name: p.Value for p in functions.getByIndex(i)}
            if props["Name"] in NAMES:
                result[props["Name"]] = props
        return result


def has_cjk(text):
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


class Wizard(unittest.TestCase):
    def check(self, locale, chinese):
        found = descriptions(locale)
        self.assertEqual(sorted(found), sorted(NAMES))
        for name, props in found.items():
            self.assertTrue(props["Description"], name)
            # English text may quote Chinese values (万元), but starts in English.
            self.assertEqual(not props["Description"][0].isascii(), chinese, (name, props["Description"]))
            self.assertTrue(props["Arguments"], name)
            for argument in props["Arguments"]:
                self.assertTrue(argument.Name and argument.Description, name)
                # Argument names are Chinese under a Chinese UI; English descriptions
                # may quote Chinese values, so only the names are checked for English.
                if chinese:
                    self.assertTrue(has_cjk(argument.Description), (name, argument.Description))
                else:
                    self.assertFalse(has_cjk(argument.Name), (name, argument.Name))
        basis = found["SCHEDULEPROGRESS"]["Arguments"]
        self.assertEqual(len(basis), 2)
        # Calc marks every `any` argument optional, the date too (it takes text
        # dates); the function itself rejects a missing date.
        self.assertTrue(basis[1].IsOptional)
        return found

    def test_english_ui(self):
        found = self.check("en-US", chinese=False)
        self.assertIn("schedule", found["SCHEDULEPROGRESS"]["Description"].lower())
        self.assertEqual(found["SCHEDULEPROGRESS"]["Arguments"][0].Name, "date")

    def test_chinese_ui(self):
        found = self.check("zh-CN", chinese=True)
        self.assertIn("序时进度", found["SCHEDULEPROGRESS"]["Description"])
        self.assertEqual(found["SCHEDULEPROGRESS"]["Arguments"][0].Name, "日期")


if __name__ == "__main__":
    unittest.main()
