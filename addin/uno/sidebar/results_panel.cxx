// The results panel: the counts and the findings of the 校验结果 sheet, read
// back after every change (so runs from the menu or a macro show too);
// choosing a finding selects its cell.

#include "common/ui_language.hxx"
#include "common/uno_conversions.hxx"
#include "document/findings_reader.hxx"
#include "sidebar/panel_base.hxx"
#include "sidebar/panel_layout.hxx"
#include "sidebar/sidebar_panels.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <algorithm>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

constexpr UiText kNotValidated{u"尚未校验：点击“校验”检查工作簿。", u"Not validated yet: click Validate."};
constexpr UiText kClean{u"未发现问题。", u"No problems found."};
constexpr UiText kErrors{u"错误", u"Errors"};
constexpr UiText kWarnings{u"警告", u"Warnings"};
constexpr UiText kError{u"错误", u"Error"};
constexpr UiText kWarning{u"警告", u"Warning"};
constexpr UiText kChooseHint{u"选择一条可跳到对应单元格。", u"Choose one to go to its cell."};
constexpr UiText kCellGone{u"找不到这个单元格（工作表已改名或删除？请重新校验）。",
                           u"That cell no longer exists (sheet renamed or deleted?): validate again."};

constexpr sal_Int32 kListRowHeight = 18;
constexpr sal_Int32 kMinimalListRows = 4;
constexpr sal_Int32 kPreferredListRows = 12;
constexpr sal_Int32 kDetailLines = 3;
// A workbook typed in the wrong unit can have tens of thousands of findings;
// the sheet lists them all, the panel the first ones.
constexpr std::size_t kMaxListed = 1000;
constexpr UiText kMoreBefore{u"……另有 ", u"… and "};
constexpr UiText kMoreAfter{u" 条，见“校验结果”工作表", u" more in the 校验结果 sheet"};

class ResultsPanel : public PanelBase {
public:
    explicit ResultsPanel(const PanelSetup& setup) : PanelBase(setup) {
        watchDocument([this] { refresh(); });
        summary_ =
            controls().add("FixedText", {{"MultiLine", Any(true)}, {"FontWeight", Any(css::awt::FontWeight::BOLD)}});
        list_ = controls().add("ListBox", {{"Dropdown", Any(false)}, {"Border", Any(sal_Int16(1))}});
        detail_ = controls().add("FixedText", {{"MultiLine", Any(true)}});
        events()->onItem = [this](const css::awt::ItemEvent& event) { chosen(event.Selected); };
        Reference<css::awt::XListBox>(list_, UNO_QUERY_THROW)->addItemListener(events()->as<css::awt::XItemListener>());
        try {
            refresh();
        } catch (const css::uno::Exception& error) {
            // A document the panel cannot read still gets a panel, saying why.
            setProperty(summary_, "Label", Any(error.Message));
        }
        finishConstruction();
    }

    // Not the height arrange() uses: the list grows with the deck.
    css::ui::LayoutSize heightForWidth(sal_Int32 width) override {
        const sal_Int32 fixed = measure(width).fixed;
        if (listing_.findings.empty()) return css::ui::LayoutSize(fixed, fixed, fixed);
        const auto rows = std::min<sal_Int32>(static_cast<sal_Int32>(listing_.findings.size()), kPreferredListRows);
        // A long list may take whatever height the deck has left.
        return css::ui::LayoutSize(fixed + kMinimalListRows * kListRowHeight, -1,
                                   fixed + std::max(rows, kMinimalListRows) * kListRowHeight + 4);
    }

    // The list and the texts take any width; a field's is enough.
    sal_Int32 minimalWidth() override { return minimalPanelWidth({}); }

private:
    struct Heights {
        sal_Int32 summary = 0;
        sal_Int32 detail = 0;
        sal_Int32 fixed = 0; // everything but the list
    };

    Heights measure(sal_Int32 width) const {
        const sal_Int32 inner = ColumnLayout(width, false).innerWidth();
        Heights heights;
        heights.summary = preferredSize(summary_, inner).Height;
        heights.fixed = 2 * kPanelMargin + heights.summary;
        if (!listing_.findings.empty()) {
            heights.detail =
                std::max(preferredSize(detail_, inner).Height, preferredSize(detail_).Height * kDetailLines);
            heights.fixed += 2 * kPanelGap + heights.detail;
        }
        return heights;
    }

    // The list takes the height the sidebar gives beyond the fixed parts;
    // measured, it has its fewest rows.
    sal_Int32 arrange(sal_Int32 width, bool placeControls) override {
        const Heights heights = measure(width);
        const bool hasList = !listing_.findings.empty();
        const sal_Int32 given = placeControls ? window()->getPosSize().Height - heights.fixed : 0;
        ColumnLayout layout(width, placeControls);
        layout.full(summary_, heights.summary);
        if (placeControls) {
            Reference<css::awt::XWindow>(list_, UNO_QUERY_THROW)->setVisible(hasList);
            Reference<css::awt::XWindow>(detail_, UNO_QUERY_THROW)->setVisible(hasList);
        }
        if (hasList) {
            layout.full(list_, std::max(given, kMinimalListRows * kListRowHeight));
            layout.full(detail_, heights.detail);
        }
        return layout.height();
    }

    void refresh() {
        auto document = watchedDocument();
        FindingsListing listing;
        if (document.is()) listing = readFindingsSheet(document);
        if (listing == listing_ && shown_) return;
        listing_ = std::move(listing);
        shown_ = true;

        const std::size_t listed = std::min(listing_.findings.size(), kMaxListed);
        const std::size_t more = listing_.findings.size() - listed;
        css::uno::Sequence<OUString> items(static_cast<sal_Int32>(listed + (more ? 1 : 0)));
        auto* out = items.getArray();
        for (std::size_t i = 0; i < listed; ++i) {
            const auto& finding = listing_.findings[i];
            *out++ = uiText(finding.isError() ? kError : kWarning) + "  " + toOUString(finding.sheet) + "!" +
                     toOUString(finding.cell) + "  " + toOUString(finding.message);
        }
        if (more) *out++ = uiText(kMoreBefore) + OUString::number(sal_Int64(more)) + uiText(kMoreAfter);
        setProperty(list_, "StringItemList", Any(items));
        setProperty(detail_, "Label", Any(listing_.findings.empty() ? OUString() : uiText(kChooseHint)));
        setProperty(summary_, "Label", Any(summaryText()));
        relayout();
    }

    OUString summaryText() const {
        if (!listing_.sheetExists) return uiText(kNotValidated);
        const OUString counts = uiText(kErrors) + " " + OUString::number(listing_.errors) + "    " + uiText(kWarnings) +
                                " " + OUString::number(listing_.warnings);
        return listing_.findings.empty() ? counts + "\n" + uiText(kClean) : counts;
    }

    void chosen(sal_Int32 index) {
        if (index < 0 || index >= static_cast<sal_Int32>(std::min(listing_.findings.size(), kMaxListed))) return;
        const auto& finding = listing_.findings[static_cast<std::size_t>(index)];
        const OUString where = toOUString(finding.sheet) + "!" + toOUString(finding.cell);
        const OUString field = finding.field.empty() ? OUString() : toOUString(u"  ") + toOUString(finding.field);
        OUString detail = where + field + "\n" + toOUString(finding.message);
        if (!select(finding)) detail += "\n" + uiText(kCellGone);
        setProperty(detail_, "Label", Any(detail));
        placeControls();
    }

    bool select(const ListedFinding& finding) {
        auto document = watchedDocument();
        const auto& frame = setup().frame;
        auto controller = frame.is() ? frame->getController() : nullptr;
        Reference<css::view::XSelectionSupplier> selection(controller, UNO_QUERY);
        if (!document.is() || !selection.is()) return false;
        Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
        const OUString sheetName = toOUString(finding.sheet);
        if (!sheets->hasByName(sheetName)) return false;
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(sheetName), UNO_QUERY_THROW);
        try {
            auto cell = sheet->getCellRangeByName(toOUString(finding.cell));
            Reference<css::sheet::XSpreadsheetView> view(controller, UNO_QUERY);
            if (view.is()) view->setActiveSheet(sheet);
            selection->select(Any(cell));
            return true;
        } catch (const css::uno::RuntimeException&) {
            return false; // not an A1 reference any more
        }
    }

    Reference<css::awt::XControl> summary_, list_, detail_;
    FindingsListing listing_;
    bool shown_ = false;
};

} // namespace

std::unique_ptr<PanelContent> createResultsPanel(const PanelSetup& setup) {
    return std::make_unique<ResultsPanel>(setup);
}

} // namespace huibao::uno
