"""The `huibao` command line (spec/collection.md, "Headless and the command
line"): exit status and messages for wrong usage, a failing command and a
successful run; its input is never written to; it returns only after its
LibreOffice has stopped."""

import hashlib
import os
import shutil
import subprocess
import tempfile
import unittest

from samples import generate

BUILD = os.environ.get("HUIBAO_BUILD_DIR", os.path.join(os.path.dirname(__file__), "..", "..", "build"))
CLI = os.path.join(BUILD, "huibao")


def run(*args, lang="zh_CN.UTF-8"):
    env = dict(os.environ, LANG=lang, LC_ALL="", LC_MESSAGES="")
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env, timeout=600)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class CommandLine(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.root = tempfile.mkdtemp(prefix="huibao-cli-test-")
        cls.county = generate.generate("county", cls.root, ods=False, quiet=True)["xlsx"]

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.root, ignore_errors=True)

    def test_usage_errors_exit_2_in_the_users_language(self):
        result = run()
        self.assertEqual(result.returncode, 2)
        self.assertIn("用法", result.stderr)
        result = run(lang="en_US.UTF-8")
        self.assertEqual(result.returncode, 2)
        self.assertIn("Usage", result.stderr)
        result = run("frobnicate", self.county)
        self.assertEqual(result.returncode, 2)
        self.assertIn("不认识的命令：frobnicate", result.stderr)
        result = run("templates", os.path.join(self.root, "missing.xlsx"), "--out", self.root)
        self.assertEqual(result.returncode, 2)
        self.assertIn("找不到文件：", result.stderr)
        self.assertIn("missing.xlsx", result.stderr)
        result = run("templates", self.county)
        self.assertEqual(result.returncode, 2)
        self.assertIn("--out", result.stderr)

    def test_output_never_an_input(self):
        before = digest(self.county)
        result = run("collect", self.county, self.root, "--out", self.county)
        self.assertEqual(result.returncode, 2)
        self.assertIn("输出文件不能是输入文件", result.stderr)
        self.assertEqual(digest(self.county), before)

    def test_templates_then_a_failing_command(self):
        before = digest(self.county)
        out = os.path.join(self.root, "templates")
        result = run("templates", self.county, "--out", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("已生成模板 26 个", result.stdout)
        self.assertEqual(len(os.listdir(out)), 26)
        self.assertEqual(digest(self.county), before)
        self.assertIn("正在关闭 LibreOffice", result.stderr)
        plain = os.path.join(self.root, "plain.csv")
        with open(plain, "w", encoding="utf-8") as f:
            f.write("a,b\n1,2\n")
        # A workbook without 任务分解: Huibao's message in the user's language
        # (collection.md), status 1.
        # It names the file, and does not claim changes kept in a document
        # the command never wrote to.
        for lang, message, kept in (("en_US.UTF-8", "plain.csv: No 任务分解 sheet", "did not finish"),
                                    ("zh_CN.UTF-8", "plain.csv：没有找到任务分解表", "命令未完成")):
            with self.subTest(lang=lang):
                result = run("templates", plain, "--out", out, lang=lang)
                self.assertEqual(result.returncode, 1, result.stderr)
                self.assertIn(message, result.stderr)
                self.assertNotIn(kept, result.stderr)

    def test_collect_names_unreadable_files_in_the_users_language(self):
        folder = os.path.join(self.root, "bad-submissions")
        os.makedirs(folder, exist_ok=True)
        open(os.path.join(folder, "空.csv"), "w").close()
        with open(os.path.join(folder, "坏.xlsx"), "wb") as f:
            f.write(b"PK\x03\x04 not really a workbook")
        # An encrypted .xlsx is an OLE2 file with an EncryptionInfo stream.
        with open(os.path.join(folder, "锁.xlsx"), "wb") as f:
            f.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504) + "EncryptionInfo".encode("utf-16-le"))
        for lang, empty, broken, locked in (
                ("en_US.UTF-8", "空.csv: empty file", "坏.xlsx: damaged", "锁.xlsx: encrypted"),
                ("zh_CN.UTF-8", "空.csv：文件为空", "坏.xlsx：文件已损坏", "锁.xlsx：文件已加密")):
            with self.subTest(lang=lang):
                out = os.path.join(self.root, f"collected-{lang}.xlsx")
                result = run("collect", self.county, folder, "--out", out, lang=lang)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertIn(empty, result.stdout)
                self.assertIn(broken, result.stdout)
                self.assertIn(locked, result.stdout)

    def test_report_writes_workbook_docx_and_pdf(self):
        """The main job's report step (samples/run.sh): huibao report --pdf --docx."""
        out = os.path.join(self.root, "report")
        result = run("report", self.county, "--pdf", "--docx", "--out", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        stem = os.path.splitext(os.path.basename(self.county))[0] + "_汇报"
        for name in (stem + ".ods", stem + ".xlsx", stem + "_工作汇报.docx", stem + "_工作汇报.pdf"):
            self.assertTrue(os.path.getsize(os.path.join(out, name)) > 1000, name)
            if name.endswith((".docx", ".pdf")):
                self.assertIn("已导出 " + os.path.join(out, name), result.stdout)
        pdf = subprocess.run(["pdftotext", os.path.join(out, stem + "_工作汇报.pdf"), "-"], capture_output=True,
                             text=True, check=True).stdout
        self.assertIn("招商引资工作情况汇报", pdf)


if __name__ == "__main__":
    unittest.main()
