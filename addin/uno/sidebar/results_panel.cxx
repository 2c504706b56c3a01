// The results panel, a cockpit (spec/integration.md, "Sidebar"): the counts,
// the findings grouped by unit (each with its counts, worst first), a
// severity filter, 上一处 / 下一处, the chosen finding's message wrapped under
// the list, and the collection state when 报送登记 exists. It reads the
// 校验结果 sheet back after every change, so runs from the menu or a macro —
// and live validation's updates as the officer types — show too.

#include "commands/live_validation.hxx"
#include "common/ui_language.hxx"
#include "common/uno_conversions.hxx"
#include "document/findings_reader.hxx"
#include "document/workbook_reader.hxx"
#include "sidebar/panel_base.hxx"
#include "sidebar/panel_layout.hxx"
#include "sidebar/sidebar_panels.hxx"

#include "huibao/collection/submission_log.hpp"
#include "huibao/validation/finding_groups.hpp"
#include "huibao/values/message_text.hpp"
#include "huibao/workbook/collection_state.hpp"
#include "huibao/workbook/contract.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/XButton.hpp>
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
constexpr UiText kLive{u"（实时校验中）", u" (live)"};
constexpr UiText kAll{u"全部问题", u"All problems"};
constexpr UiText kOnlyErrors{u"只看错误", u"Errors only"};
constexpr UiText kOnlyWarnings{u"只看警告", u"Warnings only"};
constexpr UiText kPrevious{u"上一处", u"Previous"};
constexpr UiText kNext{u"下一处", u"Next"};
constexpr UiText kChooseHint{u"选择一条可跳到对应单元格。", u"Choose one to go to its cell."};
constexpr UiText kCellGone{u"找不到这个单元格（工作表已改名或删除？请重新校验）。",
                           u"That cell no longer exists (sheet renamed or deleted?): validate again."};
constexpr UiText kCollection{u"收集：", u"Collection: "};
constexpr UiText kSubmitted{u"已报送 ", u"submitted "};
constexpr UiText kUnits{u" 个单位", u" units"};
constexpr UiText kMissing{u"；未报送：", u"; not yet: "};

constexpr sal_Int32 kListRowHeight = 18;
constexpr sal_Int32 kMinimalListRows = 4;
constexpr sal_Int32 kPreferredListRows = 14;
constexpr sal_Int32 kDetailLines = 4;
constexpr sal_Int32 kButtonHeight = 26;
// A workbook typed in the wrong unit can have tens of thousands of findings;
// the sheet lists them all, the panel the first ones.
constexpr std::size_t kMaxListed = 1000;
// Code points of a field-less finding's message shown in its list line.
constexpr std::size_t kListedMessageCodePoints = 10;
constexpr UiText kMoreBefore{u"……另有 ", u"… and "};
constexpr UiText kMoreAfter{u" 条，见“校验结果”工作表", u" more in the 校验结果 sheet"};

enum class Filter : sal_Int16 { All = 0, Errors = 1, Warnings = 2 };

int rowOf(const std::u16string& cell) {
    int row = 0;
    for (char16_t c : cell)
        if (c >= u'0' && c <= u'9') row = row * 10 + (c - u'0');
    return row;
}

class ResultsPanel : public PanelBase {
public:
    explicit ResultsPanel(const PanelSetup& setup) : PanelBase(setup) {
        watchDocument([this] { refresh(); });
        summary_ =
            controls().add("FixedText", {{"MultiLine", Any(true)}, {"FontWeight", Any(css::awt::FontWeight::BOLD)}});
        collection_ = controls().add("FixedText", {{"MultiLine", Any(true)}});
        filter_ = controls().add("ListBox", {{"Dropdown", Any(true)}, {"Border", Any(sal_Int16(1))}});
        list_ = controls().add("ListBox", {{"Dropdown", Any(false)}, {"Border", Any(sal_Int16(1))}});
        previous_ = controls().add("Button", {{"Label", Any(uiText(kPrevious))}});
        next_ = controls().add("Button", {{"Label", Any(uiText(kNext))}});
        detail_ = controls().add("FixedText", {{"MultiLine", Any(true)}});
        const OUString filters[] = {uiText(kAll), uiText(kOnlyErrors), uiText(kOnlyWarnings)};
        setProperty(filter_, "StringItemList", Any(css::uno::Sequence<OUString>(filters, 3)));
        const sal_Int16 all = 0;
        setProperty(filter_, "SelectedItems", Any(css::uno::Sequence<sal_Int16>(&all, 1)));
        events()->onItem = [this](const css::awt::ItemEvent& event) {
            if (Reference<css::uno::XInterface>(event.Source, UNO_QUERY) ==
                Reference<css::uno::XInterface>(filter_, UNO_QUERY)) {
                filter_value_ = static_cast<Filter>(std::clamp<sal_Int32>(event.Selected, 0, 2));
                shown_ = false;
                refresh();
            } else {
                chosen(event.Selected);
            }
        };
        events()->onAction = [this](const css::awt::ActionEvent& event) {
            step(event.ActionCommand == "next" ? 1 : -1);
        };
        Reference<css::awt::XListBox>(list_, UNO_QUERY_THROW)->addItemListener(events()->as<css::awt::XItemListener>());
        Reference<css::awt::XListBox>(filter_, UNO_QUERY_THROW)
            ->addItemListener(events()->as<css::awt::XItemListener>());
        for (auto [button, command] : {std::pair{previous_, "previous"}, std::pair{next_, "next"}}) {
            Reference<css::awt::XButton> pressable(button, UNO_QUERY_THROW);
            pressable->setActionCommand(OUString::createFromAscii(command));
            pressable->addActionListener(events()->as<css::awt::XActionListener>());
        }
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
        if (entries_.empty()) return css::ui::LayoutSize(fixed, fixed, fixed);
        const auto rows = std::min<sal_Int32>(static_cast<sal_Int32>(entries_.size()), kPreferredListRows);
        // A long list may take whatever height the deck has left.
        return css::ui::LayoutSize(fixed + kMinimalListRows * kListRowHeight, -1,
                                   fixed + std::max(rows, kMinimalListRows) * kListRowHeight + 4);
    }

    // The list and the texts take any width; a field's is enough.
    sal_Int32 minimalWidth() override { return minimalPanelWidth({}); }

private:
    // One line of the list: a unit's heading, a finding, or the "more" line.
    struct Entry {
        int finding = -1; // index into listing_.findings; -1 for a heading
    };

    struct Heights {
        sal_Int32 summary = 0;
        sal_Int32 collection = 0;
        sal_Int32 filter = 0;
        sal_Int32 detail = 0;
        sal_Int32 fixed = 0; // everything but the list
    };

    bool hasFindings() const { return !listing_.findings.empty(); }

    Heights measure(sal_Int32 width) const {
        const sal_Int32 inner = ColumnLayout(width, false).innerWidth();
        Heights heights;
        heights.summary = preferredSize(summary_, inner).Height;
        heights.fixed = 2 * kPanelMargin + heights.summary;
        if (hasCollection_) {
            heights.collection = preferredSize(collection_, inner).Height;
            heights.fixed += kPanelGap + heights.collection;
        }
        if (hasFindings()) {
            heights.filter = std::max<sal_Int32>(preferredSize(filter_).Height, kButtonHeight - 4);
            heights.detail =
                std::max(preferredSize(detail_, inner).Height, preferredSize(detail_).Height * kDetailLines);
            heights.fixed += 4 * kPanelGap + heights.filter + kButtonHeight + heights.detail;
        }
        return heights;
    }

    // The list takes the height the sidebar gives beyond the fixed parts;
    // measured, it has its fewest rows.
    sal_Int32 arrange(sal_Int32 width, bool placeControls) override {
        const Heights heights = measure(width);
        const bool hasList = hasFindings();
        const sal_Int32 given = placeControls ? window()->getPosSize().Height - heights.fixed : 0;
        ColumnLayout layout(width, placeControls);
        layout.full(summary_, heights.summary);
        if (placeControls) {
            Reference<css::awt::XWindow>(collection_, UNO_QUERY_THROW)->setVisible(hasCollection_);
            for (const auto& control : {filter_, list_, previous_, next_, detail_})
                Reference<css::awt::XWindow>(control, UNO_QUERY_THROW)->setVisible(hasList);
        }
        if (hasCollection_) layout.full(collection_, heights.collection);
        if (hasList) {
            layout.full(filter_, heights.filter);
            layout.full(list_, std::max(given, kMinimalListRows * kListRowHeight));
            layout.pair(previous_, next_, kButtonHeight);
            layout.full(detail_, heights.detail);
        }
        return layout.height();
    }

    bool passes(const ListedFinding& finding) const {
        switch (filter_value_) {
        case Filter::Errors: return finding.isError();
        case Filter::Warnings: return !finding.isError();
        case Filter::All: break;
        }
        return true;
    }

    void refresh() {
        auto document = watchedDocument();
        FindingsListing listing;
        CollectionState collection;
        bool hasCollection = false;
        std::shared_ptr<const LiveValidator> live;
        if (document.is()) {
            listing = readFindingsSheet(document);
            live = liveValidator(document);
            Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
            const OUString log = toOUString(contract::kSubmissionLogSheet);
            // Live: what validation sees now, whenever there is a registry
            // (integration.md: how many units have submitted, which have
            // not; collection.md: a unit with no sheet has not, 报送登记 or
            // not). Else what the last import recorded, if any.
            if (live && !live->result().registry.empty()) {
                hasCollection = true;
                collection = collectionState(live->result());
            } else if (sheets->hasByName(log)) {
                hasCollection = true;
                collection = readCollectionState(
                    readSheetGrid(Reference<css::sheet::XSpreadsheet>(sheets->getByName(log), UNO_QUERY_THROW)));
            }
        }
        // A session paused by 实时校验 = 否 still groups by unit, but is not live.
        const bool isLive = live != nullptr && live->result().parameters.liveValidation();
        if (listing == listing_ && shown_ && isLive == live_ && hasCollection == hasCollection_ &&
            collection == collection_state_)
            return;
        listing_ = std::move(listing);
        live_ = isLive;
        hasCollection_ = hasCollection;
        collection_state_ = std::move(collection);
        shown_ = true;

        // Grouped by unit: the live validator knows each row's unit; without
        // it (a saved workbook reopened) the sheet stands for its unit.
        std::vector<GroupedFinding> grouped;
        std::vector<int> indices;
        for (std::size_t i = 0; i < listing_.findings.size() && indices.size() < kMaxListed; ++i) {
            const auto& finding = listing_.findings[i];
            if (!passes(finding)) continue;
            std::u16string unit = live ? live->unitAt(finding.sheet, rowOf(finding.cell)) : std::u16string();
            grouped.push_back({unit.empty() ? finding.sheet : std::move(unit), finding.isError()});
            indices.push_back(static_cast<int>(i));
        }
        entries_.clear();
        std::vector<OUString> items;
        for (const auto& group : groupByUnit(grouped)) {
            OUString heading = toOUString(group.unit) + "  ";
            if (group.errors) heading += uiText(kError) + " " + OUString::number(group.errors) + "  ";
            if (group.warnings) heading += uiText(kWarning) + " " + OUString::number(group.warnings);
            entries_.push_back({});
            items.push_back(heading.trim());
            for (std::size_t member : group.findings) {
                const auto& finding = listing_.findings[indices[member]];
                entries_.push_back({indices[member]});
                // Short enough for the deck's default width (no sideways
                // scrolling): the cell, the severity and the field (a
                // finding of no field, blank-row, its message's first words);
                // the chosen finding's whole message is wrapped under the list.
                items.push_back(
                    "    " + toOUString(finding.cell) + " " + uiText(finding.isError() ? kError : kWarning) + " " +
                    toOUString(finding.field.empty() ? message::clipped(finding.message, kListedMessageCodePoints)
                                                     : finding.field));
            }
        }
        const std::size_t more = listing_.findings.size() > kMaxListed ? listing_.findings.size() - kMaxListed : 0;
        if (more) {
            entries_.push_back({});
            items.push_back(uiText(kMoreBefore) + OUString::number(sal_Int64(more)) + uiText(kMoreAfter));
        }
        current_ = -1;
        setProperty(list_, "StringItemList",
                    Any(css::uno::Sequence<OUString>(items.data(), static_cast<sal_Int32>(items.size()))));
        setProperty(detail_, "Label", Any(hasFindings() ? uiText(kChooseHint) : OUString()));
        setProperty(summary_, "Label", Any(summaryText()));
        setProperty(collection_, "Label", Any(collectionText()));
        relayout();
    }

    OUString summaryText() const {
        if (!listing_.sheetExists) return uiText(kNotValidated);
        OUString counts = uiText(kErrors) + " " + OUString::number(listing_.errors) + "    " + uiText(kWarnings) + " " +
                          OUString::number(listing_.warnings);
        if (live_) counts += uiText(kLive);
        return listing_.findings.empty() ? counts + "\n" + uiText(kClean) : counts;
    }

    OUString collectionText() const {
        const auto& state = collection_state_;
        OUString text = uiText(kCollection) + uiText(kSubmitted);
        if (state.registered > 0)
            text += OUString::number(sal_Int32(state.registeredSubmitted())) + "/" + OUString::number(state.registered);
        else
            text += OUString::number(sal_Int32(state.submitted.size()));
        text += uiText(kUnits);
        if (!collection_state_.missing.empty()) {
            text += uiText(kMissing);
            for (std::size_t i = 0; i < collection_state_.missing.size(); ++i)
                text += toOUString(std::u16string(i ? u"、" : u"") + collection_state_.missing[i]);
        }
        return text;
    }

    // 上一处 / 下一处: the previous or next finding in the list, wrapping.
    void step(int direction) {
        const int count = static_cast<int>(entries_.size());
        for (int moved = 1; moved <= count; ++moved) {
            const int at =
                ((current_ < 0 ? (direction > 0 ? -1 : 0) : current_) + direction * moved + 2 * count) % count;
            if (entries_[at].finding < 0) continue;
            Reference<css::awt::XListBox>(list_, UNO_QUERY_THROW)->selectItemPos(static_cast<sal_Int16>(at), true);
            chosen(at);
            return;
        }
    }

    void chosen(sal_Int32 index) {
        if (index < 0 || index >= static_cast<sal_Int32>(entries_.size())) return;
        current_ = index;
        if (entries_[index].finding < 0) return; // a heading
        const auto& finding = listing_.findings[static_cast<std::size_t>(entries_[index].finding)];
        const OUString where = toOUString(finding.sheet) + "!" + toOUString(finding.cell);
        const OUString field = finding.field.empty() ? OUString() : toOUString(u"  ") + toOUString(finding.field);
        OUString detail = where + field + "\n" + toOUString(finding.message);
        if (!select(finding)) detail += "\n" + uiText(kCellGone);
        setProperty(detail_, "Label", Any(detail));
        relayout();
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

    Reference<css::awt::XControl> summary_, collection_, filter_, list_, previous_, next_, detail_;
    FindingsListing listing_;
    std::vector<Entry> entries_;
    CollectionState collection_state_;
    Filter filter_value_ = Filter::All;
    int current_ = -1;
    bool hasCollection_ = false;
    bool live_ = false;
    bool shown_ = false;
};

} // namespace

std::unique_ptr<PanelContent> createResultsPanel(const PanelSetup& setup) {
    return std::make_unique<ResultsPanel>(setup);
}

} // namespace huibao::uno
