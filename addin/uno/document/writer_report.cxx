#include "document/writer_report.hxx"
#include "document/chart_line_label.hxx"

#include "common/uno_conversions.hxx"
#include "huibao/report/name_lines.hpp"
#include "huibao/report/text_layout.hpp"
#include "huibao/text/text.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartDataCaption.hpp>
#include <com/sun/star/chart/ChartLegendPosition.hpp>
#include <com/sun/star/chart/X3DDisplay.hpp>
#include <com/sun/star/chart/XAxisXSupplier.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDataArray.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/drawing/FillStyle.hpp>
#include <com/sun/star/embed/Aspects.hpp>
#include <com/sun/star/embed/XVisualObject.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/style/BreakType.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/PageNumberType.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/TextContentAnchorType.hpp>
#include <com/sun/star/text/TextGridMode.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

// GB/T 9704: A4, type area 156 × 225 mm from 37 mm top and 28 mm left;
// 22 lines of 28 characters; sizes in points (二号 22, 三号 16, 四号 14).
constexpr sal_Int32 kPageWidth = 21000, kPageHeight = 29700; // 1/100 mm
constexpr sal_Int32 kTop = 3700, kLeft = 2800, kTextWidth = 15600, kTextHeight = 22500;
constexpr sal_Int32 kFooterHeight = 1000; // inside the bottom margin: the body keeps its 225 mm
constexpr sal_Int16 kLines = 22, kCharsPerLine = 28;
constexpr sal_Int16 kCharSpacing = -8;     // 1/100 mm: 28 × (16 pt − 0.08 mm) ≤ 156 mm
constexpr std::size_t kRowsPerTable = 200; // see table()
constexpr int kPortraitColumns = 6;        // wider tables get a landscape page
constexpr char kLandscapeStyle[] = "HuibaoLandscape";
constexpr float kGridDefaultPt = 15.5f;  // the .docx's Normal size under the 15.8 pt grid (characterGrid)
constexpr sal_Int32 kChartHeight = 8500; // 85 mm: half the type area, as on the 工作汇报 sheet
constexpr float kChartPt = 10.5f;        // 五号
constexpr float kChartLabelPt = 7.5f;    // a bar's 114.33% fits its width
constexpr float kTitlePt = 22, kBodyPt = 16, kFooterPt = 14, kTablePt = 12, kWideTablePt = 10.5f,
                kAttachmentTitlePt = 18;

sal_Int32 pointsTo100thMm(float points) {
    return sal_Int32(points * 2540.0f / 72.0f + 0.5f);
}

struct Look {
    OUString font;
    float points = kBodyPt;
    css::style::ParagraphAdjust adjust = css::style::ParagraphAdjust_LEFT;
    bool indent = true; // first line indented by two characters
    sal_Int32 rightMargin = 0;
    bool pageBefore = false;
    bool keepWithNext = false;
    OUString pageStyle; // starts a page of this style (empty: the page goes on)
};

// The page's grid of lines, and of characters too (`characters`): 28 of
// 156 / 28 mm a line, Word's "linesAndChars" (w:docGrid). Word and WPS lay
// 16 pt characters on it at 15.8 pt: the Normal style's size plus charSpace,
// which LibreOffice writes as the grid width less the default size, so the
// default is 15.5 pt (a whole half-point under it: charSpace stays positive;
// LibreOffice 7.4 writes a negative one as an unsigned number Word rejects).
// Writer 7.4 itself gives each 16 pt character two cells of such a grid
// (14 a line), so the document is laid out, and the PDF exported, with the
// grid of lines alone and the characters set 0.08 mm tighter (kCharSpacing):
// 28 a line as well. The grid of characters is switched on for the .docx only.
void characterGrid(const Reference<css::text::XTextDocument>& document, bool characters) {
    Reference<css::style::XStyleFamiliesSupplier> families(document, UNO_QUERY_THROW);
    Reference<css::container::XNameAccess> pageStyles(families->getStyleFamilies()->getByName("PageStyles"),
                                                      UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet>(pageStyles->getByName("Standard"), UNO_QUERY_THROW)
        ->setPropertyValue("GridMode",
                           Any(characters ? css::text::TextGridMode::LINES_AND_CHARS : css::text::TextGridMode::LINES));
}

class WriterReport {
public:
    WriterReport(const Reference<css::text::XTextDocument>& document, const ReportFonts& fonts)
        : document_(document), fonts_(fonts), text_(document->getText()),
          cursor_(text_->createTextCursor(), UNO_QUERY_THROW), factory_(document, UNO_QUERY_THROW) {}

    void render(const Report& report) {
        setUpPage();
        bool signed_ = false;
        const auto& blocks = report.blocks;
        const auto signature = signatureIndentsOf(blocks);
        std::size_t signatureLine = 0;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const auto& block = blocks[i];
            switch (block.kind) {
            case BlockKind::Title:
                paragraph(block.text, {fonts_.title, kTitlePt, css::style::ParagraphAdjust_CENTER, false});
                break;
            case BlockKind::DateLine:
                paragraph(block.text, {fonts_.body, kBodyPt, css::style::ParagraphAdjust_CENTER, false});
                paragraph(u"", {fonts_.body, kBodyPt, css::style::ParagraphAdjust_LEFT, false});
                break;
            case BlockKind::Heading: {
                // A heading never ends a page (GB/T 9704; Word's keepNext).
                Look look{block.level == 1 ? fonts_.heading1 : block.level == 2 ? fonts_.heading2 : fonts_.body};
                look.keepWithNext = true;
                paragraph(block.text, look);
                break;
            }
            case BlockKind::Paragraph: paragraph(block.text, {fonts_.body}); break;
            case BlockKind::AttachmentNote: {
                // The 附件说明 is one block, and so is the 落款 below: each
                // moves whole, so that a page ends at most three lines short
                // (report.md) and the office never parts from its date.
                Look look{fonts_.body};
                look.keepWithNext = continues(blocks, i, BlockKind::AttachmentNote);
                Look blank{fonts_.body};
                blank.keepWithNext = true;
                if (block.level == 1) paragraph(u"", blank);
                // 附件：1. … with the following numbers under the first one.
                paragraph((block.level == 1 ? u"" : u"\u3000\u3000\u3000") + block.text, look);
                break;
            }
            case BlockKind::Signature: {
                // The office and the date are one block, never split.
                Look blank{fonts_.body};
                blank.keepWithNext = true;
                if (!signed_) {
                    paragraph(u"", blank);
                    paragraph(u"", blank);
                }
                signed_ = true;
                // The 成文日期 右空四字, the office centred on it (GB/T 9704).
                Look look{fonts_.body, kBodyPt, css::style::ParagraphAdjust_RIGHT, false,
                          sal_Int32(signature[signatureLine++] * pointsTo100thMm(kBodyPt) + 0.5)};
                look.keepWithNext = continues(blocks, i, BlockKind::Signature);
                paragraph(block.text, look);
                break;
            }
            case BlockKind::Attachment: {
                Look heading{fonts_.heading1, kBodyPt, css::style::ParagraphAdjust_LEFT, false, 0, true, true};
                // A wide table turns its attachment's pages; the next one turns them back.
                const bool wide = hasWideTable(blocks, i);
                if (wide || landscape_) heading.pageStyle = wide ? OUString(kLandscapeStyle) : OUString("Standard");
                landscape_ = wide;
                paragraph(u"附件" + fromUtf8(std::to_string(block.level)), heading);
                Look title{fonts_.title, kAttachmentTitlePt, css::style::ParagraphAdjust_CENTER, false};
                title.keepWithNext = true; // with its table
                paragraph(block.text, title);
                break;
            }
            case BlockKind::Table: table(block.table); break;
            case BlockKind::Chart: chart(block.chart); break;
            }
        }
    }

private:
    // Whether the block after blocks[at] is of the same kind.
    static bool continues(const std::vector<ReportBlock>& blocks, std::size_t at, BlockKind kind) {
        return at + 1 < blocks.size() && blocks[at + 1].kind == kind;
    }

    // The right indents of the 落款's lines, in ems, in their order.
    static std::vector<double> signatureIndentsOf(const std::vector<ReportBlock>& blocks) {
        std::vector<std::u16string> lines;
        for (const auto& block : blocks)
            if (block.kind == BlockKind::Signature) lines.push_back(block.text);
        return signatureIndents(lines);
    }

    // Whether the attachment starting at blocks[at] holds a table wider than
    // a portrait line takes (附件1's nine columns).
    static bool hasWideTable(const std::vector<ReportBlock>& blocks, std::size_t at) {
        for (std::size_t j = at + 1; j < blocks.size() && blocks[j].kind != BlockKind::Attachment; ++j)
            if (blocks[j].kind == BlockKind::Table && blocks[j].table.columnCount() > kPortraitColumns) return true;
        return false;
    }

    void setUpPage() {
        Reference<css::style::XStyleFamiliesSupplier> families(document_, UNO_QUERY_THROW);
        Reference<css::container::XNameAccess> pageStyles(families->getStyleFamilies()->getByName("PageStyles"),
                                                          UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> page(pageStyles->getByName("Standard"), UNO_QUERY_THROW);
        page->setPropertyValue("IsLandscape", Any(false));
        page->setPropertyValue("Width", Any(kPageWidth));
        page->setPropertyValue("Height", Any(kPageHeight));
        page->setPropertyValue("TopMargin", Any(kTop));
        page->setPropertyValue("LeftMargin", Any(kLeft));
        page->setPropertyValue("RightMargin", Any(kPageWidth - kLeft - kTextWidth));
        page->setPropertyValue("FooterIsOn", Any(true));
        page->setPropertyValue("FooterIsShared", Any(false));
        page->setPropertyValue("FooterIsDynamicHeight", Any(false));
        page->setPropertyValue("FooterHeight", Any(kFooterHeight));
        page->setPropertyValue("FooterBodyDistance", Any(sal_Int32(300)));
        page->setPropertyValue("BottomMargin", Any(kPageHeight - kTop - kTextHeight - kFooterHeight));
        // The text grid: 22 lines of 225 / 22 mm (characterGrid() adds
        // the 28 characters for the .docx).
        Reference<css::beans::XPropertySet> defaults(factory_->createInstance("com.sun.star.text.Defaults"),
                                                     UNO_QUERY_THROW);
        defaults->setPropertyValue("CharHeight", Any(kGridDefaultPt));
        defaults->setPropertyValue("CharHeightAsian", Any(kBodyPt));
        page->setPropertyValue("StandardPageMode", Any(true));
        page->setPropertyValue("GridSnapToChars", Any(false));
        page->setPropertyValue("GridBaseWidth", Any(sal_Int32(kTextWidth / kCharsPerLine)));
        characterGrid(document_, false);
        page->setPropertyValue("GridLines", Any(kLines));
        page->setPropertyValue("GridBaseHeight", Any(sal_Int32(kTextHeight / kLines)));
        page->setPropertyValue("GridRubyHeight", Any(sal_Int32(0)));
        page->setPropertyValue("GridDisplay", Any(false));
        page->setPropertyValue("GridPrint", Any(false));
        // — N —, odd pages on the right, even pages on the left.
        pageNumber(Reference<css::text::XText>(page->getPropertyValue("FooterTextRight"), UNO_QUERY_THROW),
                   css::style::ParagraphAdjust_RIGHT);
        pageNumber(Reference<css::text::XText>(page->getPropertyValue("FooterTextLeft"), UNO_QUERY_THROW),
                   css::style::ParagraphAdjust_LEFT);
        setUpLandscapePage(pageStyles);
    }

    // report.md: a wide attachment table may use a landscape page. The type
    // area turned (225 x 156 mm), the same footers; no text grid: a table
    // page holds no body text.
    void setUpLandscapePage(const Reference<css::container::XNameAccess>& pageStyles) {
        Reference<css::container::XNameContainer> styles(pageStyles, UNO_QUERY_THROW);
        if (!styles->hasByName(kLandscapeStyle))
            styles->insertByName(kLandscapeStyle, Any(factory_->createInstance("com.sun.star.style.PageStyle")));
        Reference<css::beans::XPropertySet> page(styles->getByName(kLandscapeStyle), UNO_QUERY_THROW);
        page->setPropertyValue("IsLandscape", Any(true));
        page->setPropertyValue("Width", Any(kPageHeight));
        page->setPropertyValue("Height", Any(kPageWidth));
        page->setPropertyValue("TopMargin", Any(kLeft));
        page->setPropertyValue("LeftMargin", Any(kTop));
        page->setPropertyValue("RightMargin", Any(kPageHeight - kTop - kTextHeight));
        page->setPropertyValue("FooterIsOn", Any(true));
        page->setPropertyValue("FooterIsShared", Any(false));
        page->setPropertyValue("FooterIsDynamicHeight", Any(false));
        page->setPropertyValue("FooterHeight", Any(kFooterHeight));
        page->setPropertyValue("FooterBodyDistance", Any(sal_Int32(300)));
        page->setPropertyValue("BottomMargin", Any(kPageWidth - kLeft - kTextWidth - kFooterHeight));
        page->setPropertyValue("FollowStyle", Any(OUString(kLandscapeStyle)));
        pageNumber(Reference<css::text::XText>(page->getPropertyValue("FooterTextRight"), UNO_QUERY_THROW),
                   css::style::ParagraphAdjust_RIGHT);
        pageNumber(Reference<css::text::XText>(page->getPropertyValue("FooterTextLeft"), UNO_QUERY_THROW),
                   css::style::ParagraphAdjust_LEFT);
    }

    void pageNumber(const Reference<css::text::XText>& footer, css::style::ParagraphAdjust adjust) {
        Reference<css::text::XTextRange> cursor(footer->createTextCursor(), UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> look(cursor, UNO_QUERY_THROW);
        look->setPropertyValue("ParaAdjust", Any(sal_Int16(adjust)));
        // GB/T 9704 7.5: 单页码居右空一字，双页码居左空一字.
        look->setPropertyValue(adjust == css::style::ParagraphAdjust_RIGHT ? OUString("ParaRightMargin")
                                                                           : OUString("ParaLeftMargin"),
                               Any(pointsTo100thMm(kFooterPt)));
        setFont(look, fonts_.body, kFooterPt);
        look->setPropertyValue("SnapToGrid", Any(false));
        footer->insertString(cursor, toOUString(u"— "), false);
        Reference<css::text::XTextContent> field(factory_->createInstance("com.sun.star.text.TextField.PageNumber"),
                                                 UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> fieldLook(field, UNO_QUERY_THROW);
        fieldLook->setPropertyValue("NumberingType", Any(sal_Int16(4))); // ARABIC
        fieldLook->setPropertyValue("SubType", Any(css::text::PageNumberType_CURRENT));
        footer->insertTextContent(cursor, field, false);
        footer->insertString(cursor, toOUString(u" —"), false);
    }

    static void setFont(const Reference<css::beans::XPropertySet>& look, const OUString& font, float points) {
        look->setPropertyValue("CharFontName", Any(font));
        look->setPropertyValue("CharFontNameAsian", Any(font));
        look->setPropertyValue("CharHeight", Any(points));
        look->setPropertyValue("CharHeightAsian", Any(points));
    }

    // One real paragraph: the text, then a paragraph break; the paragraph's
    // look is set on the cursor, so it applies to the paragraph being written.
    void paragraph(const std::u16string& content, const Look& look) {
        Reference<css::beans::XPropertySet> props(cursor_, UNO_QUERY_THROW);
        if (started_) text_->insertControlCharacter(cursor_, css::text::ControlCharacter::PARAGRAPH_BREAK, false);
        started_ = true;
        props->setPropertyValue("BreakType",
                                Any(look.pageBefore && look.pageStyle.isEmpty() ? css::style::BreakType_PAGE_BEFORE
                                                                                : css::style::BreakType_NONE));
        if (!look.pageStyle.isEmpty()) props->setPropertyValue("PageDescName", Any(look.pageStyle));
        setFont(props, look.font, look.points);
        props->setPropertyValue("CharWeight", Any(css::awt::FontWeight::NORMAL));
        props->setPropertyValue("CharKerning", Any(look.points == kBodyPt ? kCharSpacing : sal_Int16(0)));
        props->setPropertyValue("ParaAdjust", Any(sal_Int16(look.adjust)));
        props->setPropertyValue("ParaFirstLineIndent", Any(look.indent ? 2 * pointsTo100thMm(kBodyPt) : sal_Int32(0)));
        props->setPropertyValue("ParaLeftMargin", Any(sal_Int32(0)));
        props->setPropertyValue("ParaRightMargin", Any(look.rightMargin));
        props->setPropertyValue("ParaTopMargin", Any(sal_Int32(0)));
        props->setPropertyValue("ParaBottomMargin", Any(sal_Int32(0)));
        props->setPropertyValue("ParaKeepTogether", Any(look.keepWithNext));
        props->setPropertyValue("ParaIsForbiddenRules", Any(true));
        props->setPropertyValue("ParaIsHangingPunctuation", Any(true));
        // Left-aligned text (the body, headings, 附件：) sits on the page's
        // grid. A centred or right-aligned line (the title, the date, an
        // attachment's title, the 落款) does not: on Word's grid of
        // characters, and on LibreOffice's reading of it, a 22 pt title
        // takes two cells a character (太 湖 县 …) and a number gets gaps
        // around it. Its lines keep the grid's pitch (a line, or two for a
        // size that needs more), so the page below stays on the grid.
        const bool onGrid = look.adjust == css::style::ParagraphAdjust_LEFT;
        props->setPropertyValue("SnapToGrid", Any(onGrid));
        constexpr sal_Int16 kPitch = sal_Int16(kTextHeight / kLines);
        const sal_Int16 pitches = look.points * 1.4f * 2540 / 72 > kPitch ? 2 : 1;
        // (An empty centred paragraph holds the chart: its line is the chart's height.)
        props->setPropertyValue(
            "ParaLineSpacing",
            Any(onGrid || content.empty()
                    ? css::style::LineSpacing{css::style::LineSpacingMode::PROP, 100}
                    : css::style::LineSpacing{css::style::LineSpacingMode::FIX, sal_Int16(pitches * kPitch)}));
        text_->insertString(cursor_, toOUString(content), false);
    }

    // A Writer table with a shaded bold header that repeats on every page.
    // Writer builds a table in time that grows faster than its rows (250
    // rows 0.1 s, 2,000 rows 5 s; a 20,000-row 附件2 did not finish in 20
    // minutes), so a long list is written as adjacent tables of
    // kRowsPerTable rows, each starting with the header.
    void table(const ReportTable& source) {
        const sal_Int32 columns = source.columnCount();
        if (columns == 0) return;
        const std::size_t total = source.rows.size();
        std::size_t first = 0;
        do {
            const std::size_t end = std::min(total, first + kRowsPerTable);
            tablePart(source, first, end, first > 0);
            first = end;
        } while (first < total);
    }

    void tablePart(const ReportTable& source, std::size_t firstRow, std::size_t endRow, bool continued) {
        const sal_Int32 columns = source.columnCount();
        const sal_Int32 rows = sal_Int32(endRow - firstRow) + 1;
        css::uno::Sequence<css::uno::Sequence<Any>> data(rows);
        auto* out = data.getArray();
        for (sal_Int32 r = 0; r < rows; ++r) {
            css::uno::Sequence<Any> row(columns);
            auto* cells = row.getArray();
            for (sal_Int32 c = 0; c < columns; ++c) {
                if (r == 0) {
                    cells[c] <<= toOUString(source.header[c]);
                } else {
                    const auto& sourceRow = source.rows[firstRow + std::size_t(r) - 1];
                    cells[c] <<=
                        c < sal_Int32(sourceRow.cells.size()) ? toOUString(sourceRow.cells[c].text) : OUString();
                }
            }
            out[r] = row;
        }
        placeTable(
            source, data,
            [&](const Reference<css::table::XCellRange>& cells) {
                for (sal_Int32 c = 0; c < columns; ++c)
                    if (c < sal_Int32(source.numeric.size()) && source.numeric[c])
                        Reference<css::beans::XPropertySet>(cells->getCellRangeByPosition(c, 1, c, rows - 1),
                                                            UNO_QUERY_THROW)
                            ->setPropertyValue("ParaAdjust", Any(sal_Int16(css::style::ParagraphAdjust_RIGHT)));
                for (sal_Int32 r = 1; r < rows; ++r) {
                    const auto& row = source.rows[firstRow + std::size_t(r) - 1];
                    if (!row.highlighted && !row.isTotal) continue;
                    Reference<css::beans::XPropertySet> range(cells->getCellRangeByPosition(0, r, columns - 1, r),
                                                              UNO_QUERY_THROW);
                    if (row.highlighted) range->setPropertyValue("BackColor", Any(sal_Int32(0xFFF2CC)));
                    if (row.isTotal) {
                        range->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
                        range->setPropertyValue("CharWeightAsian", Any(css::awt::FontWeight::BOLD));
                    }
                }
            },
            continued);
    }

    // The chart as a chart object (LibreOffice's chart2 in the document; the
    // .docx carries it as a Word chart, word/charts/chart1.xml): each
    // township's 完成率 as a bar, sorted as the core sorted them, with its
    // value on the bar, and the 序时进度 as a line named in the legend.
    void chart(const CompletionChart& chart) {
        if (chart.isEmpty()) return;
        // The caption stays on the chart's page.
        paragraph(chart.title, {fonts_.heading1, kBodyPt, css::style::ParagraphAdjust_CENTER, false, 0, false, true});
        paragraph(u"", {fonts_.body, kBodyPt, css::style::ParagraphAdjust_CENTER, false});
        Reference<css::text::XTextContent> object(factory_->createInstance("com.sun.star.text.TextEmbeddedObject"),
                                                  UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> frame(object, UNO_QUERY_THROW);
        frame->setPropertyValue("CLSID", Any(OUString("12dcae26-281f-416f-a234-c3086127382e"))); // chart2
        frame->setPropertyValue("AnchorType", Any(css::text::TextContentAnchorType_AS_CHARACTER));
        // The line's width: on 附件1's landscape page the bars get 225 mm, and
        // 14 townships' labels (164.71%) stay clear of each other.
        frame->setPropertyValue("Width", Any(landscape_ ? kTextHeight : kTextWidth));
        frame->setPropertyValue("Height", Any(kChartHeight));
        text_->insertTextContent(cursor_, object, false);

        Reference<css::document::XEmbeddedObjectSupplier> embedded(object, UNO_QUERY_THROW);
        Reference<css::chart::XChartDocument> document(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
        // The chart keeps its default 16 × 9 cm and gives the frame that size
        // when the text is laid out: the chart itself is told the size.
        Reference<css::embed::XVisualObject> visual(document, UNO_QUERY);
        if (visual.is())
            visual->setVisualAreaSize(css::embed::Aspects::MSOLE_CONTENT,
                                      css::awt::Size(landscape_ ? kTextHeight : kTextWidth, kChartHeight));
        const sal_Int32 count = sal_Int32(chart.categories.size());
        css::uno::Sequence<css::uno::Sequence<double>> values(count);
        css::uno::Sequence<OUString> categories(count);
        for (sal_Int32 i = 0; i < count; ++i) {
            const double row[] = {chart.completionRates[i], chart.scheduleProgress};
            values.getArray()[i] = css::uno::Sequence<double>(row, 2);
            categories.getArray()[i] = toOUString(chart.categories[i]);
        }
        Reference<css::lang::XMultiServiceFactory> chartFactory(document, UNO_QUERY_THROW);
        Reference<css::chart::XDiagram> diagram(chartFactory->createInstance("com.sun.star.chart.BarDiagram"),
                                                UNO_QUERY_THROW);
        document->setDiagram(diagram);
        const OUString series[] = {toOUString(chart.barSeriesName), toOUString(chart.lineSeriesName)};
        Reference<css::chart::XChartDataArray> data(document->getData(), UNO_QUERY_THROW);
        data->setData(values);
        data->setRowDescriptions(categories);
        data->setColumnDescriptions(css::uno::Sequence<OUString>(series, 2));
        Reference<css::beans::XPropertySet>(diagram, UNO_QUERY_THROW)
            ->setPropertyValue("NumberOfLines", Any(sal_Int32(1))); // 序时进度 as a line
        Reference<css::beans::XPropertySet> chartLook(document, UNO_QUERY_THROW);
        chartLook->setPropertyValue("HasMainTitle", Any(false)); // the caption above names it
        chartLook->setPropertyValue("HasLegend", Any(true));
        const sal_Int32 percent = percentFormat(document, "0.00%");
        for (sal_Int32 s = 0; s < 2; ++s) {
            Reference<css::beans::XPropertySet> look(diagram->getDataRowProperties(s), UNO_QUERY);
            if (!look.is()) continue;
            // The line's value is the same at every township: named by the
            // legend, not labelled at every point…
            look->setPropertyValue("DataCaption", Any(s == 0 ? sal_Int32(css::chart::ChartDataCaption::VALUE)
                                                             : sal_Int32(css::chart::ChartDataCaption::NONE)));
            look->setPropertyValue("NumberFormat", Any(percent));
            look->setPropertyValue("LinkNumberFormatToSource", Any(false));
            chartFont(look, kChartLabelPt);
        }
        labelLineOnce(diagram, values.getLength()); // …and once, at the line's end
        Reference<css::chart::XAxisYSupplier> yAxis(diagram, UNO_QUERY);
        if (yAxis.is()) {
            Reference<css::beans::XPropertySet> axis(yAxis->getYAxis(), UNO_QUERY);
            if (axis.is()) {
                axis->setPropertyValue("NumberFormat", Any(percentFormat(document, "0%")));
                axis->setPropertyValue("LinkNumberFormatToSource", Any(false));
                chartFont(axis, kChartPt);
            }
        }
        Reference<css::chart::XAxisXSupplier> xAxis(diagram, UNO_QUERY);
        if (xAxis.is()) chartFont(Reference<css::beans::XPropertySet>(xAxis->getXAxis(), UNO_QUERY), kChartPt);
        Reference<css::beans::XPropertySet> legend(document->getLegend(), UNO_QUERY);
        if (legend.is()) {
            // Under the plot, so the bars get the page's width.
            legend->setPropertyValue("Alignment", Any(css::chart::ChartLegendPosition_BOTTOM));
            chartFont(legend, kChartPt);
        }
        Reference<css::chart::X3DDisplay> display(diagram, UNO_QUERY);
        if (display.is()) {
            Reference<css::beans::XPropertySet> wall(display->getWall(), UNO_QUERY);
            if (wall.is()) wall->setPropertyValue("FillStyle", Any(css::drawing::FillStyle_NONE));
        }
    }

    // The chart's own number format for 106.61% (0.00%) or 100% (0%).
    static sal_Int32 percentFormat(const Reference<css::chart::XChartDocument>& document, const OUString& code) {
        Reference<css::util::XNumberFormatsSupplier> supplier(document, UNO_QUERY_THROW);
        auto formats = supplier->getNumberFormats();
        const css::lang::Locale locale;
        sal_Int32 key = formats->queryKey(code, locale, false);
        if (key < 0) key = formats->addNew(code, locale);
        return key;
    }

    void chartFont(const Reference<css::beans::XPropertySet>& look, float points) const {
        if (!look.is()) return;
        look->setPropertyValue("CharFontNameAsian", Any(fonts_.body));
        look->setPropertyValue("CharHeight", Any(points));
        look->setPropertyValue("CharHeightAsian", Any(points));
    }

    template <class Decorate>
    void placeTable(const ReportTable& source, css::uno::Sequence<css::uno::Sequence<Any>>& data, Decorate decorate,
                    bool continued = false) {
        const sal_Int32 rows = data.getLength();
        const sal_Int32 columns = data[0].getLength();
        Reference<css::text::XTextTable> table(factory_->createInstance("com.sun.star.text.TextTable"),
                                               UNO_QUERY_THROW);
        table->initialize(rows, columns);
        // A new paragraph to anchor the table before, so the text above stays
        // whole; the parts of a long list follow each other directly (Word
        // joins adjacent tables into one).
        if (!continued) paragraph(u"", {fonts_.body, kTablePt, css::style::ParagraphAdjust_LEFT, false});
        text_->insertTextContent(cursor_, Reference<css::text::XTextContent>(table, UNO_QUERY_THROW), false);
        Reference<css::beans::XPropertySet> tableLook(table, UNO_QUERY_THROW);
        tableLook->setPropertyValue("RepeatHeadline", Any(true));
        tableLook->setPropertyValue("HeaderRowCount", Any(sal_Int32(1)));
        // 小四; a table too wide for it on a portrait page in 五号.
        // On 附件1's landscape page its nine columns fit in 小四 as well.
        const float points = columns > kPortraitColumns && !landscape_ ? kWideTablePt : kTablePt;
        // The header's titles broken between their words to the columns'
        // widths (申报\n项目数, never 申报项\n目数).
        std::vector<bool> wraps;
        const auto ems = sizeColumns(tableLook, source, data, points, landscape_ ? kTextHeight : kTextWidth, wraps);
        auto* header = data.getArray()[0].getArray();
        for (sal_Int32 c = 0; c < columns; ++c)
            header[c] <<= toOUString(joinLines(titleLines(source.titleWords(c), ems[c])));
        // A cell too long for its column is broken by Huibao, not by Writer
        // (nor Word or WPS) after any character: a 说明 after a 、, a name
        // between its words (开发区\n管委会, never 开发区管委\n会).
        for (sal_Int32 r = 1; r < rows; ++r) {
            auto* cells = data.getArray()[r].getArray();
            for (sal_Int32 c = 0; c < columns; ++c) {
                OUString cell;
                if (!wraps[c] || !(cells[c] >>= cell) || cell.isEmpty()) continue;
                const std::u16string text(view(cell));
                if (displayWidth(text) <= ems[c]) continue;
                cells[c] <<= toOUString(joinLines(text.find(u'、') != std::u16string::npos ? cellLines(text, ems[c])
                                                                                           : nameLines(text, ems[c])));
            }
        }
        Reference<css::sheet::XCellRangeData>(table, UNO_QUERY_THROW)->setDataArray(data);
        // A row stays whole on its page (a unit's or a project's line is
        // never cut in two); the table itself runs on over pages.
        Reference<css::container::XIndexAccess> tableRows(table->getRows(), UNO_QUERY_THROW);
        for (sal_Int32 r = 0; r < rows; ++r)
            Reference<css::beans::XPropertySet>(tableRows->getByIndex(r), UNO_QUERY_THROW)
                ->setPropertyValue("IsSplitAllowed", Any(false));
        Reference<css::table::XCellRange> cells(table, UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> all(cells->getCellRangeByPosition(0, 0, columns - 1, rows - 1),
                                                UNO_QUERY_THROW);
        setFont(all, fonts_.body, points);
        all->setPropertyValue("ParaFirstLineIndent", Any(sal_Int32(0)));
        all->setPropertyValue("SnapToGrid", Any(false));
        all->setPropertyValue("ParaIsForbiddenRules", Any(true));
        // Lines 1.2 times the size: the CJK fonts' own line height (about
        // 1.45) spends a third of a table's page on leading.
        all->setPropertyValue(
            "ParaLineSpacing",
            Any(css::style::LineSpacing{css::style::LineSpacingMode::FIX, sal_Int16(pointsTo100thMm(points * 1.2f))}));
        Reference<css::beans::XPropertySet> headerLook(cells->getCellRangeByPosition(0, 0, columns - 1, 0),
                                                       UNO_QUERY_THROW);
        headerLook->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        headerLook->setPropertyValue("CharWeightAsian", Any(css::awt::FontWeight::BOLD));
        headerLook->setPropertyValue("BackColor", Any(sal_Int32(0xD9D9D9)));
        headerLook->setPropertyValue("ParaAdjust", Any(sal_Int16(css::style::ParagraphAdjust_CENTER)));
        decorate(cells);
    }

    // Columns as wide as their longest cell (a CJK character counts two
    // Latin ones), so numbers and names stay whole, and at least as wide as
    // the header's title takes in two lines broken between words. Returns
    // each column's room for text in ems of the table's font; `wraps` says
    // which columns are narrower than their longest cell (the others fit
    // every cell on one line).
    static std::vector<double> sizeColumns(const Reference<css::beans::XPropertySet>& table, const ReportTable& source,
                                           const css::uno::Sequence<css::uno::Sequence<Any>>& data, float points,
                                           sal_Int32 lineWidth, std::vector<bool>& wraps) {
        constexpr double kPadding = 2; // half-characters: the cell's padding, bold totals
        const sal_Int32 columns = data[0].getLength();
        std::vector<double> widths(columns, 2.0);
        for (sal_Int32 c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], 2 * titleWidth(source.titleWords(c), 2) + kPadding);
        for (sal_Int32 r = 1; r < data.getLength(); ++r)
            for (sal_Int32 c = 0; c < columns; ++c) {
                OUString cell;
                data[r][c] >>= cell;
                double width = 0;
                // A Latin % is nearly as wide as a CJK character.
                for (sal_Int32 i = 0; i < cell.getLength(); ++i)
                    width += cell[i] < 0x2E80 && cell[i] != u'%' ? 1.0 : 2.0;
                widths[c] = std::max(widths[c], width + kPadding);
            }
        // A long column (说明, a project name) wraps: it gets what the short
        // ones leave of the line, counted in half-characters of the table's font size.
        const double line = lineWidth / (points * 2540.0 / 72.0 / 2.0);
        constexpr double kLongColumn = 16;
        double fixed = 0;
        int wrapping = 0;
        for (double w : widths)
            if (w > kLongColumn)
                ++wrapping;
            else
                fixed += w;
        wraps.assign(columns, false);
        for (sal_Int32 c = 0; c < columns; ++c) {
            double& w = widths[c];
            if (w <= kLongColumn) continue;
            const double room = std::max(kLongColumn / 2, (line - fixed) / wrapping);
            wraps[c] = room < w;
            w = room;
        }
        const auto sum = table->getPropertyValue("TableColumnRelativeSum").get<sal_Int16>();
        css::uno::Sequence<css::text::TableColumnSeparator> separators(columns - 1);
        auto* out = separators.getArray();
        double total = 0, used = 0;
        for (double w : widths) total += w;
        for (sal_Int32 c = 0; c + 1 < columns; ++c) {
            used += widths[c];
            out[c].Position = sal_Int16(sum * used / total);
            out[c].IsVisible = true;
        }
        table->setPropertyValue("TableColumnSeparators", Any(separators));
        // The room each column has on the line, padding taken off.
        std::vector<double> ems(columns);
        for (sal_Int32 c = 0; c < columns; ++c) ems[c] = (widths[c] * line / total - kPadding) / 2;
        return ems;
    }

    Reference<css::text::XTextDocument> document_;
    const ReportFonts& fonts_;
    Reference<css::text::XText> text_;
    Reference<css::text::XTextRange> cursor_; // a text cursor at the end of the text
    Reference<css::lang::XMultiServiceFactory> factory_;
    bool started_ = false;
    bool landscape_ = false; // the current attachment is on landscape pages
};

} // namespace

Reference<css::lang::XComponent> makeReportDocument(const Reference<css::uno::XComponentContext>& context,
                                                    const Report& report, const ReportFonts& fonts) {
    auto desktop = css::frame::Desktop::create(context);
    const css::beans::PropertyValue hidden[] = {property("Hidden", Any(true))};
    Reference<css::lang::XComponent> document = desktop->loadComponentFromURL(
        "private:factory/swriter", "_blank", 0, css::uno::Sequence<css::beans::PropertyValue>(hidden, 1));
    try {
        Reference<css::text::XTextDocument> text(document, UNO_QUERY_THROW);
        // No layout while the text is written: unlocked, Writer lays the
        // growing document out again between every two calls.
        Reference<css::frame::XModel> model(text, UNO_QUERY_THROW);
        model->lockControllers();
        struct Unlock {
            Reference<css::frame::XModel> model;
            ~Unlock() {
                try {
                    model->unlockControllers();
                } catch (...) {}
            }
        } unlock{model};
        WriterReport(text, fonts).render(report);
    } catch (...) {
        closeReportDocument(document);
        throw;
    }
    return document;
}

void storeReportDocument(const Reference<css::lang::XComponent>& document, const OUString& docxUrl,
                         const OUString& pdfUrl) {
    Reference<css::text::XTextDocument> text(document, UNO_QUERY_THROW);
    Reference<css::frame::XStorable> storable(text, UNO_QUERY_THROW);
    if (!docxUrl.isEmpty()) {
        characterGrid(text, true);
        const css::beans::PropertyValue docx[] = {property("FilterName", Any(OUString("MS Word 2007 XML"))),
                                                  property("Overwrite", Any(true))};
        storable->storeToURL(docxUrl, css::uno::Sequence<css::beans::PropertyValue>(docx, 2));
    }
    if (!pdfUrl.isEmpty()) {
        characterGrid(text, false);
        const css::beans::PropertyValue filterData[] = {property("EmbedStandardFonts", Any(true))};
        const css::beans::PropertyValue pdf[] = {
            property("FilterName", Any(OUString("writer_pdf_Export"))),
            property("FilterData", Any(css::uno::Sequence<css::beans::PropertyValue>(filterData, 1))),
            property("Overwrite", Any(true))};
        storable->storeToURL(pdfUrl, css::uno::Sequence<css::beans::PropertyValue>(pdf, 3));
    }
    // Nothing to save: a kept document closes without a question when
    // LibreOffice ends.
    Reference<css::util::XModifiable> modifiable(document, UNO_QUERY);
    if (modifiable.is()) modifiable->setModified(false);
}

void closeReportDocument(const Reference<css::lang::XComponent>& document) noexcept {
    try {
        Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else if (document.is())
            document->dispose();
    } catch (...) {}
}

} // namespace huibao::uno
