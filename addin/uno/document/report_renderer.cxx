#include "document/report_renderer.hxx"
#include "document/chart_line_label.hxx"

#include "common/uno_conversions.hxx"
#include "document/row_heights_kept.hxx"
#include "document/table_writer.hxx"

#include "huibao/report/name_lines.hpp"
#include "huibao/report/text_layout.hpp"
#include "huibao/text/text.hpp"
#include "huibao/workbook/formatted_table.hpp"

#include <com/sun/star/chart/ChartDataCaption.hpp>
#include <com/sun/star/chart/ChartLegendPosition.hpp>
#include <com/sun/star/chart/XDiagram.hpp>

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XHeaderFooterContent.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/uno/TypeClass.hpp>
#include <com/sun/star/util/XMergeable.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <vector>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

// The text block: 156 mm = A4 (210) less GB/T 9704's 28 mm and 26 mm margins,
// split into the columns of the tables: 附件1 (9 columns: 单位名称 and 说明
// span two) and 附件2 (6 columns) share them. Each column is as wide as its
// title's longest word and its widest value in 五号 (开发区管委会, 县直单位,
// 项目数, 省外资金, 104.00%, 超序时进度, 名次 | 已开工, 新兴产业), and 说明
// gets the rest: no title breaks inside a word.
constexpr std::array<double, 11> kColumnMm{10, 14, 16.5, 12.5, 12.5, 16.5, 16.5, 20.5, 9, 11.5, 16.5};
constexpr int kColumns = static_cast<int>(kColumnMm.size());
constexpr sal_Int32 kChartDataColumn = kColumns + 1; // M: outside the print area
constexpr double kTextWidthMm = 156;
constexpr double kPointMm = 0.3528;
constexpr double kCellPaddingMm = 0.8;
constexpr double kCellMarginsMm = 1.0; // what Calc keeps of a cell's width from its text, both sides
// Calc prints a 五号 CJK character 3.8 mm wide, a little more than 10.5 pt.
constexpr double kPrintedEmScale = 1.03;

constexpr float kTitlePt = 22;    // 二号
constexpr float kBodyPt = 16;     // 三号
constexpr float kTablePt = 10.5f; // 五号: tables fit the page width
constexpr float kCaptionPt = 14;  // 四号
constexpr double kChartHeightMm = 85;
constexpr double kMinChartHeightMm = 60;      // lower, 14 townships' bars and labels crowd
constexpr sal_Int32 kPageBody = 22500;        // the type area's height, 1/100 mm
constexpr std::size_t kMergedRowsLimit = 300; // longer tables are not merged row by row
constexpr sal_Int32 kPageSlack = 300;         // 3 mm: Calc's rounding of row heights to twips
// GB/T 9704: 22 lines of body text in the 225 mm type area.
constexpr sal_Int32 kLineHeight = 22500 / 22;
// Ems per body line at 三号: 156 mm hold 27.6; Calc's glyphs and padding need the rest.
constexpr double kLineEms = 27;

const char16_t kIndent[] = u"\u3000\u3000";

// Spaces that push right-aligned text `ems` in from the margin.
std::u16string rightIndent(double ems) {
    const long halves = std::lround(ems * 2);
    std::u16string spaces(static_cast<std::size_t>(std::max(0L, halves / 2)), u'\u3000');
    if (halves % 2 != 0) spaces += u'\u2002';
    return spaces;
}

double spanMm(int first, int count) {
    double width = 0;
    for (int c = first; c < first + count; ++c) width += kColumnMm[c];
    return width;
}

// Row height (1/100 mm) for `lines` lines of `points`-sized text.
sal_Int32 rowHeight(int lines, float points) {
    return static_cast<sal_Int32>(std::lround((lines * points * 1.5 + 3) * kPointMm * 100));
}

// Ems that fit in a box: a margin for glyphs wider than the estimate.
double boxEms(double widthMm, float points) {
    return (widthMm - kCellPaddingMm) / (points * kPointMm) - 0.6;
}

// Ems a line of a column holds: what Huibao breaks titles and 说明 to.
double lineEms(double widthMm, float points) {
    return (widthMm - kCellMarginsMm) / (points * kPointMm * kPrintedEmScale);
}

// Lines of wrapped table text. A line that fits the column is one line (a
// title or 说明 Huibao broke itself: lines joined by line breaks); Calc
// breaks a longer one at punctuation and between digit runs less tightly
// than the estimate, so it gets a spare.
int linesFor(std::u16string_view text, double widthMm, float points) {
    int lines = 0;
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find(u'\n', start);
        const auto line = text.substr(start, end == std::u16string_view::npos ? end : end - start);
        if (displayWidth(line) <= lineEms(widthMm, points)) {
            ++lines;
        } else {
            const int wrapped = estimateLines(line, boxEms(widthMm, points));
            lines += wrapped > 1 ? wrapped + 1 : wrapped;
        }
        if (end == std::u16string_view::npos) return lines;
        start = end + 1;
    }
}

// The grid columns each table column spans: one each for the 8-column unit
// table, else the first (name) column takes what the others leave.
std::vector<int> spansFor(int tableColumns) {
    if (tableColumns == 9) return {2, 1, 1, 1, 1, 1, 1, 1, 2}; // 附件1
    if (tableColumns == 6) return {1, 4, 2, 1, 2, 1};          // 附件2
    if (tableColumns >= kColumns || tableColumns <= 0) return std::vector<int>(std::max(tableColumns, 0), 1);
    std::vector<int> spans(tableColumns, 1);
    spans[0] = kColumns - (tableColumns - 1);
    return spans;
}

Any cellValue(const ReportCell& cell) {
    if (cell.isNumber()) return Any(*cell.number);
    return Any(toOUString(cell.text));
}

// The text that decides a cell's height: numbers never wrap (the columns
// are wide enough for them), so only text counts.
std::u16string cellText(const ReportCell& cell) {
    return cell.isNumber() ? std::u16string() : cell.text;
}

struct Style {
    OUString font;
    float points = kBodyPt;
    bool bold = false;
    css::table::CellHoriJustify align = css::table::CellHoriJustify_LEFT;
};

class Renderer {
public:
    Renderer(const Reference<css::sheet::XSpreadsheetDocument>& document,
             const Reference<css::sheet::XSpreadsheet>& sheet, const ReportFonts& fonts)
        : document_(document), sheet_(sheet), fonts_(fonts),
          sheetIndex_(Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress().Sheet) {}

    void render(const Report& report) {
        bool signed_ = false;
        std::vector<std::u16string> signatureLines;
        for (const auto& block : report.blocks)
            if (block.kind == BlockKind::Signature) signatureLines.push_back(block.text);
        const auto signature = signatureIndents(signatureLines);
        std::size_t signatureLine = 0;
        for (std::size_t i = 0; i < report.blocks.size(); ++i) {
            const auto& block = report.blocks[i];
            const Style body{fonts_.body, kBodyPt};
            switch (block.kind) {
            case BlockKind::Title:
                textLines({block.text}, {fonts_.title, kTitlePt, false, css::table::CellHoriJustify_CENTER},
                          kLineHeight * 2);
                break;
            case BlockKind::DateLine:
                textLines({block.text}, {fonts_.body, kBodyPt, false, css::table::CellHoriJustify_CENTER});
                gap(kLineHeight);
                break;
            case BlockKind::Heading: {
                const Style style = headingStyle(block.level);
                keepWithNext(2);
                textLines(breakLines(kIndent + block.text, kLineEms, kLineEms), style);
                break;
            }
            case BlockKind::Paragraph: paragraph(block.text, body); break;
            case BlockKind::AttachmentNote:
                if (block.level == 1) gap(kLineHeight);
                // 附件：1. … with the following numbers under the first one.
                textLines(breakLines((block.level == 1 ? kIndent : u"\u3000\u3000\u3000\u3000\u3000") + block.text,
                                     kLineEms, kLineEms),
                          body);
                break;
            case BlockKind::Signature:
                if (!signed_) keepSignatureTogether(report.blocks, i);
                if (!signed_) gap(kLineHeight * 2);
                signed_ = true;
                // The 成文日期 右空四字, the office centred on it (GB/T 9704),
                // to the half character: ideographic and en spaces.
                textLines({block.text + rightIndent(signature[signatureLine++])},
                          {fonts_.body, kBodyPt, false, css::table::CellHoriJustify_RIGHT});
                break;
            case BlockKind::Attachment:
                pageBreak();
                textLines({u"附件" + fromUtf8(std::to_string(block.level))}, {fonts_.heading1, kBodyPt});
                textLines(breakLines(block.text, kLineEms, kLineEms),
                          {fonts_.title, 18, false, css::table::CellHoriJustify_CENTER});
                gap(kLineHeight / 2);
                break;
            case BlockKind::Table: table(block); break;
            case BlockKind::Chart: chart(block); break;
            }
        }
        flush();
    }

private:
    // A range of the report sheet (charts resolve their data through the
    // sheet index, so it must be the report's own).
    css::table::CellRangeAddress area(sal_Int32 left, sal_Int32 top, sal_Int32 right, sal_Int32 bottom) const {
        return css::table::CellRangeAddress(sheetIndex_, left, top, right, bottom);
    }

    Style headingStyle(int level) const {
        if (level == 1) return {fonts_.heading1, kBodyPt};
        if (level == 2) return {fonts_.heading2, kBodyPt};
        return {fonts_.body, kBodyPt};
    }

    // A paragraph as Huibao breaks it (breakLines: the Chinese rules, a
    // number whole with its unit): one row per printed line, the first
    // indented by two characters, the others at the margin. Calc never cuts
    // a row, so a paragraph flows across a page break line by line.
    void paragraph(const std::u16string& text, const Style& style) {
        auto lines = breakLines(text, kLineEms - 2, kLineEms);
        if (!lines.empty()) lines.front() = kIndent + lines.front();
        textLines(lines, style);
    }

    // One row per line, merged across the text width, not wrapped.
    void textLines(const std::vector<std::u16string>& lines, const Style& style, sal_Int32 height = kLineHeight) {
        for (const auto& text : lines) {
            const sal_Int32 row = newRow(height);
            rows_[row][0] <<= toOUString(text);
            merges_.push_back(area(0, row, kColumns - 1, row));
            styled_.push_back({area(0, row, kColumns - 1, row), style, false});
        }
    }

    // A heading is not left alone at the foot of a page: when fewer than
    // `lines` lines remain, the page ends here.
    void keepWithNext(int lines) {
        const sal_Int32 used = pageUsed();
        if (used > 0 && used + lines * kLineHeight > kPageBody) pageBreak();
    }

    // The 落款 (the blocks from blocks[from] on) is one block: when the
    // office and its date do not fit below the body, they start the next
    // page (a page then ends at most three lines short, report.md).
    void keepSignatureTogether(const std::vector<ReportBlock>& blocks, std::size_t from) {
        int lines = 2; // the blank lines above it
        for (std::size_t j = from; j < blocks.size() && blocks[j].kind == BlockKind::Signature; ++j) ++lines;
        keepWithNext(lines);
    }

    void pageBreak() {
        if (rows_.empty()) return;
        breaks_.push_back(sal_Int32(rows_.size()));
        pageStart_ = sal_Int32(rows_.size());
    }

    // Height used on the current page (rows since the last break, wrapped
    // at the page height as Calc wraps them).
    sal_Int32 pageUsed() const {
        sal_Int32 used = 0;
        for (sal_Int32 r = pageStart_; r < sal_Int32(heights_.size()); ++r) {
            if (used + heights_[r] > kPageBody) used = 0;
            used += heights_[r];
        }
        return used;
    }

    void gap(sal_Int32 height) { newRow(height); }

    void table(const ReportBlock& block) {
        const auto& t = block.table;
        const auto spans = spansFor(t.columnCount());
        std::vector<int> starts;
        for (int c = 0, at = 0; c < int(spans.size()); at += spans[c], ++c) starts.push_back(at);

        // A long table (the 亿元以上 list of a large county) is laid out without
        // per-row merges: merging and sizing row by row costs Calc a
        // millisecond each. Its text starts in the span's first column and
        // runs on over the empty ones; numbers sit in the span's last column.
        const bool merged = t.rows.size() <= kMergedRowsLimit;

        auto heightOf = [&](const std::vector<std::u16string>& texts, bool merge) {
            int lines = 1;
            if (merge)
                for (std::size_t c = 0; c < texts.size() && c < spans.size(); ++c)
                    lines = std::max(lines, linesFor(texts[c], spanMm(starts[c], spans[c]), kTablePt));
            return rowHeight(lines, kTablePt);
        };
        auto addRow = [&](const std::vector<std::u16string>& texts, const std::vector<Any>& values, bool merge) {
            const sal_Int32 row = newRow(heightOf(texts, merge));
            for (std::size_t c = 0; c < values.size() && c < spans.size(); ++c) {
                const bool number = values[c].getValueTypeClass() == css::uno::TypeClass_DOUBLE;
                rows_[row][merge || !number ? starts[c] : starts[c] + spans[c] - 1] = values[c];
                if (merge && spans[c] > 1) merges_.push_back(area(starts[c], row, starts[c] + spans[c] - 1, row));
            }
            return row;
        };

        // Titles broken between their words to the column (申报\n项目数),
        // never by Calc inside one.
        std::vector<double> ems;
        for (std::size_t c = 0; c < spans.size(); ++c) ems.push_back(lineEms(spanMm(starts[c], spans[c]), kTablePt));
        std::vector<std::u16string> header;
        std::vector<Any> headerValues;
        for (int c = 0; c < t.columnCount() && c < int(spans.size()); ++c) {
            header.push_back(joinLines(titleLines(t.titleWords(c), ems[c])));
            headerValues.push_back(Any(toOUString(header.back())));
        }
        // Huibao ends the table's pages itself (Calc would end them where
        // the rows' heights say, a little later: kPageSlack) and starts each
        // following page with the header again, as Writer repeats a table's
        // header row: the report has several tables, and Calc's print titles
        // repeat one range on every page of the sheet.
        const sal_Int32 pageLimit = kPageBody - kPageSlack;
        auto fits = [&](sal_Int32 height) { return pageUsed() + height <= pageLimit; };
        std::vector<std::u16string> firstTexts;
        if (!t.rows.empty())
            for (const auto& cell : t.rows.front().cells) firstTexts.push_back(cellText(cell));
        if (!fits(heightOf(header, true) + (t.rows.empty() ? 0 : heightOf(firstTexts, merged))))
            pageBreak(); // no header alone at the foot of a page
        const sal_Int32 headerRow = addRow(header, headerValues, true);
        std::vector<sal_Int32> headerCopies;
        std::map<std::size_t, std::size_t> lastRunOfColumn; // table column -> its latest entry in formats_
        for (const auto& row : t.rows) {
            std::vector<std::u16string> texts;
            std::vector<Any> values;
            for (const auto& cell : row.cells) {
                texts.push_back(cellText(cell));
                values.push_back(cellValue(cell));
                // A text too long for its column: a 说明 broken after a 、
                // and by the 禁则 (Calc's own wrapping may start a line with
                // 、), a name between its words (Calc breaks 管委/会).
                const std::size_t c = texts.size() - 1;
                if (merged && c < ems.size() && !cell.isNumber() && displayWidth(texts[c]) > ems[c]) {
                    texts[c] = joinLines(texts[c].find(u'、') != std::u16string::npos ? cellLines(texts[c], ems[c])
                                                                                      : nameLines(texts[c], ems[c]));
                    values[c] = Any(toOUString(texts[c]));
                }
            }
            if (!fits(heightOf(texts, merged))) {
                pageBreak();
                headerCopies.push_back(addRow(header, headerValues, merged));
            }
            const sal_Int32 at = addRow(texts, values, merged);
            for (std::size_t c = 0; c < row.cells.size() && c < spans.size(); ++c) {
                const auto& format = row.cells[c].formatCode;
                if (!row.cells[c].isNumber()) continue;
                // Runs down a column share one call.
                auto run = lastRunOfColumn.find(c);
                if (run != lastRunOfColumn.end() && formats_[run->second].format == format &&
                    formats_[run->second].at.EndRow == at - 1) {
                    formats_[run->second].at.EndRow = at;
                    continue;
                }
                const sal_Int32 first = merged ? starts[c] : starts[c] + spans[c] - 1;
                formats_.push_back({area(first, at, starts[c] + spans[c] - 1, at), format});
                lastRunOfColumn[c] = formats_.size() - 1;
            }
            // A — in a column of figures (no target, no rank) stands where
            // the figure would, on the right, as in the Writer table.
            for (std::size_t c = 0; c < row.cells.size() && c < spans.size() && c < t.numeric.size(); ++c)
                if (t.numeric[c] && !row.cells[c].isNumber() && !row.cells[c].text.empty())
                    rightAligned_.push_back(area(starts[c], at, starts[c] + spans[c] - 1, at));
            if (row.highlighted) highlighted_.push_back(at);
            if (row.isTotal) totals_.push_back(at);
        }
        const sal_Int32 lastRow = sal_Int32(rows_.size()) - 1;
        tables_.push_back({area(0, headerRow, kColumns - 1, lastRow), headerRow, merged ? std::vector<int>() : spans,
                           std::move(headerCopies)});
    }

    // The chart under its table (report.md: 附件1 holds both): at its full
    // 85 mm when the page has room, lower (down to kMinChartHeightMm) rather
    // than alone on a page of its own; a new page only when even that does
    // not fit.
    void chart(const ReportBlock& block) {
        if (block.chart.isEmpty()) return;
        constexpr sal_Int32 kAbove = kLineHeight / 2 + kLineHeight + 300; // gap, caption, the chart's margin
        const sal_Int32 room = kPageBody - kPageSlack - pageUsed() - kAbove;
        sal_Int32 height = static_cast<sal_Int32>(kChartHeightMm * 100);
        if (room < height && room >= static_cast<sal_Int32>(kMinChartHeightMm * 100))
            height = room;
        else if (room < height)
            pageBreak();
        gap(kLineHeight / 2);
        textLines({block.text}, {fonts_.heading1, kCaptionPt, false, css::table::CellHoriJustify_CENTER});
        const sal_Int32 row = newRow(height + 300);
        charts_.push_back({block.chart, row, height});
    }

    sal_Int32 newRow(sal_Int32 height) {
        rows_.emplace_back(kColumns, Any(OUString()));
        heights_.push_back(height);
        return sal_Int32(rows_.size()) - 1;
    }

    sal_Int32 topOf(sal_Int32 row) const {
        sal_Int32 top = 0;
        for (sal_Int32 r = 0; r < row; ++r) top += heights_[r];
        return top;
    }

    Reference<css::beans::XPropertySet> range(sal_Int32 left, sal_Int32 top, sal_Int32 right, sal_Int32 bottom) const {
        return Reference<css::beans::XPropertySet>(sheet_->getCellRangeByPosition(left, top, right, bottom),
                                                   UNO_QUERY_THROW);
    }

    // Text blocks hang from the top of their row (the spare line then reads as
    // paragraph spacing); table cells are centred.
    void applyStyle(const css::table::CellRangeAddress& at, const Style& style, bool wrap, bool top = false) const {
        Reference<css::beans::XMultiPropertySet> cells(
            sheet_->getCellRangeByPosition(at.StartColumn, at.StartRow, at.EndColumn, at.EndRow), UNO_QUERY_THROW);
        const float weight = style.bold ? css::awt::FontWeight::BOLD : css::awt::FontWeight::NORMAL;
        // Names in alphabetical order, as XMultiPropertySet wants them.
        const OUString names[] = {"CharFontName",    "CharFontNameAsian", "CharHeight",
                                  "CharHeightAsian", "CharWeight",        "CharWeightAsian",
                                  "HoriJustify",     "IsTextWrapped",     "VertJustify"};
        const Any values[] = {
            Any(style.font),
            Any(style.font),
            Any(style.points),
            Any(style.points),
            Any(weight),
            Any(weight),
            Any(style.align),
            Any(wrap),
            Any(sal_Int32(top ? css::table::CellVertJustify2::TOP : css::table::CellVertJustify2::CENTER))};
        cells->setPropertyValues(Sequence<OUString>(names, 9), Sequence<Any>(values, 9));
    }

    void flush() {
        if (rows_.empty()) return;
        // Every row gets the height Huibao laid it out for: Calc need not
        // measure the text of a 100,000-row attachment after each format.
        RowHeightsKept heights(document_);
        // 1. All values in one call; text stays text.
        Sequence<Sequence<Any>> data(sal_Int32(rows_.size()));
        auto* out = data.getArray();
        for (std::size_t r = 0; r < rows_.size(); ++r) out[r] = Sequence<Any>(rows_[r].data(), kColumns);
        const sal_Int32 last = sal_Int32(rows_.size()) - 1;
        Reference<css::sheet::XCellRangeData>(sheet_->getCellRangeByPosition(0, 0, kColumns - 1, last), UNO_QUERY_THROW)
            ->setDataArray(data);

        // 2. Geometry: column widths, row heights, merges.
        Reference<css::table::XColumnRowRange> grid(sheet_, UNO_QUERY_THROW);
        auto columns = grid->getColumns();
        for (int c = 0; c < kColumns; ++c)
            Reference<css::beans::XPropertySet>(columns->getByIndex(c), UNO_QUERY_THROW)
                ->setPropertyValue("Width", Any(sal_Int32(kColumnMm[c] * 100)));
        // Estimated heights first: a row with a height of its own is skipped
        // when Calc re-sizes rows after every format change below (done for
        // 20,000 table rows, that alone took seconds).
        // One call per run of rows of equal height.
        for (sal_Int32 r = 0; r <= last;) {
            sal_Int32 end = r;
            while (end < last && heights_[end + 1] == heights_[r]) ++end;
            Reference<css::table::XColumnRowRange> run(sheet_->getCellRangeByPosition(0, r, 0, end), UNO_QUERY_THROW);
            Reference<css::beans::XPropertySet>(run->getRows(), UNO_QUERY_THROW)
                ->setPropertyValue("Height", Any(heights_[r]));
            r = end + 1;
        }
        for (const auto& merge : merges_)
            Reference<css::util::XMergeable>(
                sheet_->getCellRangeByPosition(merge.StartColumn, merge.StartRow, merge.EndColumn, merge.EndRow),
                UNO_QUERY_THROW)
                ->merge(true);

        // 3. Fonts and alignment: the table font first, then each text block.
        applyStyle(area(0, 0, kColumns - 1, last), {fonts_.body, kTablePt, false, css::table::CellHoriJustify_LEFT},
                   true);
        for (const auto& block : styled_) applyStyle(block.at, block.style, block.wrap, true);

        // Page breaks Huibao chose: attachments, headings kept with their text.
        auto rowsOfSheet = grid->getRows();
        for (sal_Int32 row : breaks_)
            if (row <= last)
                Reference<css::beans::XPropertySet>(rowsOfSheet->getByIndex(row), UNO_QUERY_THROW)
                    ->setPropertyValue("IsStartOfNewPage", Any(true));

        // 4. Tables: header, formats, highlights, totals, borders.
        std::map<std::u16string, sal_Int32> keys;
        for (const auto& f : formats_) {
            auto [it, inserted] = keys.try_emplace(f.format, 0);
            if (inserted) it->second = numberFormatKey(document_, f.format);
            auto cells = range(f.at.StartColumn, f.at.StartRow, f.at.EndColumn, f.at.EndRow);
            cells->setPropertyValue("NumberFormat", Any(it->second));
            cells->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_RIGHT));
        }
        for (const auto& cells : rightAligned_)
            range(cells.StartColumn, cells.StartRow, cells.EndColumn, cells.EndRow)
                ->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_RIGHT));
        for (sal_Int32 row : highlighted_)
            range(0, row, kColumns - 1, row)->setPropertyValue("CellBackColor", Any(sal_Int32(0xFCE4D6)));
        for (sal_Int32 row : totals_) {
            auto cells = range(0, row, kColumns - 1, row);
            cells->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
            cells->setPropertyValue("CharWeightAsian", Any(css::awt::FontWeight::BOLD));
        }
        for (const auto& t : tables_) {
            applyStyle(area(0, t.headerRow, kColumns - 1, t.headerRow),
                       {fonts_.heading1, kTablePt, true, css::table::CellHoriJustify_CENTER}, true);
            range(0, t.headerRow, kColumns - 1, t.headerRow)
                ->setPropertyValue("CellBackColor", Any(sal_Int32(0xD9D9D9)));
            drawGrid(sheet_, t.at);
            if (!t.unmergedSpans.empty() && t.at.EndRow > t.headerRow) {
                // No line inside a span: the text running over it stays readable.
                for (int c = 0, first = 0; c < int(t.unmergedSpans.size()); first += t.unmergedSpans[c], ++c)
                    if (t.unmergedSpans[c] > 1)
                        drawGrid(sheet_, area(first, t.headerRow + 1, first + t.unmergedSpans[c] - 1, t.at.EndRow),
                                 false);
                range(0, t.headerRow + 1, kColumns - 1, t.at.EndRow)->setPropertyValue("IsTextWrapped", Any(false));
            }
            // The header again at the top of each following page: merged
            // and centred as the first one, or, in a long table whose rows
            // are not merged, running over its span as they do.
            for (sal_Int32 row : t.headerCopies) {
                const bool merged = t.unmergedSpans.empty();
                applyStyle(area(0, row, kColumns - 1, row),
                           {fonts_.heading1, kTablePt, true,
                            merged ? css::table::CellHoriJustify_CENTER : css::table::CellHoriJustify_LEFT},
                           merged);
                range(0, row, kColumns - 1, row)->setPropertyValue("CellBackColor", Any(sal_Int32(0xD9D9D9)));
            }
        }

        // 5. Charts, then what prints: the text block only, A4 portrait one
        //    page wide.
        for (const auto& c : charts_) insertChart(c);
        setUpPage(last);
    }

    struct PendingChart {
        CompletionChart chart;
        sal_Int32 row;
        sal_Int32 height; // 1/100 mm
    };

    void insertChart(const PendingChart& pending) {
        const auto& chart = pending.chart;
        const sal_Int32 first = pending.row;
        const sal_Int32 count = sal_Int32(chart.categories.size());
        Sequence<Sequence<Any>> data(count + 1);
        auto* out = data.getArray();
        {
            const Any header[] = {Any(OUString()), Any(toOUString(chart.barSeriesName)),
                                  Any(toOUString(chart.lineSeriesName))};
            out[0] = Sequence<Any>(header, 3);
        }
        for (sal_Int32 i = 0; i < count; ++i) {
            const Any row[] = {Any(toOUString(chart.categories[i])), Any(chart.completionRates[i]),
                               Any(chart.scheduleProgress)};
            out[i + 1] = Sequence<Any>(row, 3);
        }
        Reference<css::sheet::XCellRangeData>(
            sheet_->getCellRangeByPosition(kChartDataColumn, first, kChartDataColumn + 2, first + count),
            UNO_QUERY_THROW)
            ->setDataArray(data);

        auto source = area(kChartDataColumn, first, kChartDataColumn + 2, first + count);
        Reference<css::table::XTableChartsSupplier> supplier(sheet_, UNO_QUERY_THROW);
        auto charts = supplier->getCharts();
        const OUString name = unusedChartName();
        css::awt::Rectangle place(0, topOf(pending.row) + 150, sal_Int32(kTextWidthMm * 100), pending.height);
        charts->addNewByName(name, place, Sequence<css::table::CellRangeAddress>(&source, 1), true, true);

        Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName(name), UNO_QUERY_THROW);
        Reference<css::chart::XChartDocument> document(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
        Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
        Reference<css::chart::XDiagram> diagram(factory->createInstance("com.sun.star.chart.BarDiagram"),
                                                UNO_QUERY_THROW);
        document->setDiagram(diagram);
        Reference<css::beans::XPropertySet> diagramProperties(diagram, UNO_QUERY_THROW);
        diagramProperties->setPropertyValue("NumberOfLines", Any(sal_Int32(1))); // 序时进度 as a line
        // The caption row above names the chart; the legend names the series.
        Reference<css::beans::XPropertySet> chartProperties(document, UNO_QUERY_THROW);
        chartProperties->setPropertyValue("HasMainTitle", Any(false));
        chartProperties->setPropertyValue("HasLegend", Any(true));
        // Under the plot, so the bars get the page's width.
        Reference<css::beans::XPropertySet> legend(document->getLegend(), UNO_QUERY);
        if (legend.is()) legend->setPropertyValue("Alignment", Any(css::chart::ChartLegendPosition_BOTTOM));
        // Value labels on the bars, as 114.33%; the line's value is the same
        // at every township: named by the legend, not at each point.
        for (sal_Int32 series = 0; series < 2; ++series) {
            Reference<css::beans::XPropertySet> rowProperties(diagram->getDataRowProperties(series), UNO_QUERY);
            if (!rowProperties.is()) continue;
            rowProperties->setPropertyValue(
                "DataCaption",
                Any(sal_Int32(series == 0 ? css::chart::ChartDataCaption::VALUE : css::chart::ChartDataCaption::NONE)));
            rowProperties->setPropertyValue("NumberFormat", Any(numberFormatKey(document_, u"0.00%")));
            rowProperties->setPropertyValue("LinkNumberFormatToSource", Any(false));
            // Small enough that 14 townships' labels (164.71%) stay apart.
            rowProperties->setPropertyValue("CharHeight", Any(7.5f));
        }
        labelLineOnce(diagram, count);
        Reference<css::chart::XAxisYSupplier> axes(diagram, UNO_QUERY);
        if (axes.is()) {
            Reference<css::beans::XPropertySet> axis(axes->getYAxis(), UNO_QUERY);
            if (axis.is()) {
                axis->setPropertyValue("NumberFormat", Any(numberFormatKey(document_, u"0%")));
                axis->setPropertyValue("LinkNumberFormatToSource", Any(false));
            }
        }
    }

    // Chart names are unique in the whole document (a kept 工作汇报（修改稿）
    // has one too).
    OUString unusedChartName() const {
        std::set<OUString> used;
        Reference<css::container::XIndexAccess> sheets(document_->getSheets(), UNO_QUERY_THROW);
        for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
            Reference<css::table::XTableChartsSupplier> supplier(sheets->getByIndex(i), UNO_QUERY);
            if (supplier.is())
                for (const auto& name : supplier->getCharts()->getElementNames()) used.insert(name);
        }
        for (int n = 1;; ++n) {
            const OUString name = "HuibaoCompletionChart" + OUString::number(n);
            if (!used.count(name)) return name;
        }
    }

    void setUpPage(sal_Int32 lastRow) {
        Reference<css::sheet::XPrintAreas> print(sheet_, UNO_QUERY_THROW);
        auto printed = area(0, 0, kColumns - 1, lastRow);
        print->setPrintAreas(Sequence<css::table::CellRangeAddress>(&printed, 1));
        print->setPrintTitleRows(false); // the tables repeat their headers themselves

        Reference<css::style::XStyleFamiliesSupplier> families(document_, UNO_QUERY_THROW);
        Reference<css::container::XNameContainer> pageStyles(families->getStyleFamilies()->getByName("PageStyles"),
                                                             UNO_QUERY_THROW);
        const OUString styleName = toOUString(u"汇报助手公文");
        if (!pageStyles->hasByName(styleName)) {
            Reference<css::lang::XMultiServiceFactory> factory(document_, UNO_QUERY_THROW);
            pageStyles->insertByName(styleName, Any(factory->createInstance("com.sun.star.style.PageStyle")));
        }
        Reference<css::beans::XPropertySet> page(pageStyles->getByName(styleName), UNO_QUERY_THROW);
        page->setPropertyValue("IsLandscape", Any(false));
        page->setPropertyValue("Width", Any(sal_Int32(21000)));
        page->setPropertyValue("Height", Any(sal_Int32(29700)));
        page->setPropertyValue("TopMargin", Any(sal_Int32(3700)));
        // The footer sits 7 mm under the 225 mm type area (GB/T 9704).
        page->setPropertyValue("BottomMargin", Any(sal_Int32(1500)));
        page->setPropertyValue("LeftMargin", Any(sal_Int32(2800)));
        page->setPropertyValue("RightMargin", Any(sal_Int32(2600)));
        page->setPropertyValue("PageScale", Any(sal_Int16(100)));
        page->setPropertyValue("HeaderIsOn", Any(false));
        page->setPropertyValue("FooterIsOn", Any(true));
        page->setPropertyValue("FooterIsShared", Any(false));
        page->setPropertyValue("FooterBodyDistance", Any(sal_Int32(700)));
        page->setPropertyValue("FooterHeight", Any(sal_Int32(2000)));
        page->setPropertyValue("FooterIsDynamicHeight", Any(false));
        page->setPropertyValue("PrintGrid", Any(false));
        setPageNumberFooter(page);
        Reference<css::beans::XPropertySet>(sheet_, UNO_QUERY_THROW)->setPropertyValue("PageStyle", Any(styleName));
    }

    // — 1 — at the foot of every page, 四号: odd pages on the right, even on
    // the left, one character in from the edge, as GB/T 9704 numbers pages.
    void setPageNumberFooter(const Reference<css::beans::XPropertySet>& page) {
        Reference<css::lang::XMultiServiceFactory> factory(document_, UNO_QUERY_THROW);
        auto numbered = [&](const char* property, bool right) {
            Reference<css::sheet::XHeaderFooterContent> footer(
                page->getPropertyValue(OUString::createFromAscii(property)), UNO_QUERY_THROW);
            footer->getCenterText()->setString(OUString());
            auto text = right ? footer->getRightText() : footer->getLeftText();
            (right ? footer->getLeftText() : footer->getRightText())->setString(OUString());
            text->setString(toOUString(right ? u"— " : u"\u3000— "));
            Reference<css::text::XTextContent> number(factory->createInstance("com.sun.star.text.TextField.PageNumber"),
                                                      UNO_QUERY_THROW);
            auto cursor = text->createTextCursor();
            cursor->gotoEnd(false);
            text->insertTextContent(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW), number, false);
            cursor->gotoEnd(false);
            text->insertString(Reference<css::text::XTextRange>(cursor, UNO_QUERY_THROW),
                               toOUString(right ? u" —\u3000" : u" —"), false);
            cursor->gotoStart(false);
            cursor->gotoEnd(true);
            Reference<css::beans::XPropertySet> chars(cursor, UNO_QUERY);
            if (chars.is()) {
                chars->setPropertyValue("CharHeight", Any(14.0f));
                chars->setPropertyValue("CharHeightAsian", Any(14.0f));
                chars->setPropertyValue("CharFontNameAsian", Any(fonts_.body));
            }
            page->setPropertyValue(OUString::createFromAscii(property), Any(footer));
        };
        numbered("RightPageFooterContent", true);
        numbered("LeftPageFooterContent", false);
    }

    struct StyledBlock {
        css::table::CellRangeAddress at;
        Style style;
        bool wrap;
    };
    struct FormattedRun {
        css::table::CellRangeAddress at;
        std::u16string format;
    };
    struct PlacedTable {
        css::table::CellRangeAddress at;
        sal_Int32 headerRow;
        std::vector<int> unmergedSpans;      // body rows not merged: draw each span as one box
        std::vector<sal_Int32> headerCopies; // the header again at the top of each following page
    };

    Reference<css::sheet::XSpreadsheetDocument> document_;
    Reference<css::sheet::XSpreadsheet> sheet_;
    ReportFonts fonts_;
    sal_Int16 sheetIndex_;

    std::vector<std::vector<Any>> rows_;
    std::vector<sal_Int32> heights_;
    std::vector<css::table::CellRangeAddress> merges_;
    std::vector<StyledBlock> styled_;
    std::vector<FormattedRun> formats_;
    std::vector<css::table::CellRangeAddress> rightAligned_; // text in a column of figures
    std::vector<sal_Int32> highlighted_;
    std::vector<sal_Int32> totals_;
    std::vector<PlacedTable> tables_;
    std::vector<PendingChart> charts_;
    std::vector<sal_Int32> breaks_;
    sal_Int32 pageStart_ = 0;
};

} // namespace

void renderReport(const Reference<css::sheet::XSpreadsheetDocument>& document,
                  const Reference<css::sheet::XSpreadsheet>& sheet, const Report& report, const ReportFonts& fonts) {
    Renderer(document, sheet, fonts).render(report);
}

} // namespace huibao::uno
