"""What a printed report (the 工作汇报 sheet's print, the Writer PDF) must
not show, read from pdftotext's words: a table title or a unit type broken
inside a word (申报项 / 目数, 县直单 / 位), a word starting with a mark that
may not start a line (禁则)."""

import subprocess

# The pieces a title or 县直单位 leaves when a line ends inside a word.
BROKEN_WORDS = {"申报项", "认定项", "目数", "单位类", "型", "名", "次", "省外资", "金(亿元)", "超序时进", "度",
                "度(百分点)", "战略性新", "兴产业", "县直单", "位", "总投", "资(亿元)", "项目进", "展"}
NO_LINE_START = "、，。；：？！）》」』”’%"


def pdf_words(pdf, first=None, last=None):
    pages = (["-f", str(first)] if first else []) + (["-l", str(last)] if last else [])
    text = subprocess.run(["pdftotext", *pages, pdf, "-"], capture_output=True, text=True, check=True).stdout
    return text.split()


def broken_words(words):
    return sorted({w for w in words if w in BROKEN_WORDS})


def words_breaking_kinsoku(words):
    return [w for w in words if w[0] in NO_LINE_START]
