// The parameters panel: 报告日期, 序时进度口径 and the two thresholds, shown as
// the commands will use them and written back to the 参数 sheet.

#include "commands/commands.hxx"
#include "common/ui_language.hxx"
#include "common/uno_conversions.hxx"
#include "document/parameters_sheet.hxx"
#include "sidebar/panel_base.hxx"
#include "sidebar/panel_layout.hxx"
#include "sidebar/sidebar_panels.hxx"

#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XDateField.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/util/Date.hpp>

#include <cmath>
#include <vector>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

constexpr UiText kReportDateLabel{u"报告日期", u"Report date"};
constexpr UiText kBasisLabel{u"序时进度口径", u"Schedule basis"};
// Short in English: the deck's default width cuts longer labels.
constexpr UiText kTownshipLabel{u"乡镇认定项目下限", u"Township minimum"};
constexpr UiText kDepartmentLabel{u"县直单位认定项目下限", u"Department minimum"};
constexpr UiText kByMonth{u"按月", u"By month (按月)"};
constexpr UiText kByDay{u"按日", u"By day (按日)"};
constexpr UiText kSave{u"写入参数表", u"Save to the 参数 sheet"};
constexpr UiText kFromSheet{u"取自“参数”工作表。", u"As in the 参数 sheet."};
constexpr UiText kNoSheet{u"尚无“参数”工作表（使用默认值）；写入时将新建。",
                          u"No 参数 sheet yet (defaults shown); saving creates it."};
constexpr UiText kUnsaved{u"有未写入的修改。", u"Changes not saved yet."};
constexpr UiText kSaved{u"已写入“参数”工作表（可撤销）。", u"Saved to the 参数 sheet (can be undone)."};
constexpr UiText kNeedDate{u"请填写报告日期。", u"Please enter the report date."};
constexpr UiText kNeedNumbers{u"请填写两个认定项目下限（非负整数）。", u"Please enter both minimum project counts."};
constexpr UiText kNoSpreadsheet{u"当前窗口不是电子表格。", u"This window shows no spreadsheet."};
constexpr UiText kUndoTitle{u"汇报助手：修改参数", u"Huibao: change parameters"};

// DateField's DateFormat: 2026-06-30 (ISO, DIN 5008 long form).
constexpr sal_Int16 kIsoDateFormat = 11;
constexpr sal_Int32 kMinimalFieldHeight = 22;
constexpr sal_Int32 kButtonHeight = 26;

class ParametersPanel : public PanelBase {
public:
    explicit ParametersPanel(const PanelSetup& setup) : PanelBase(setup) {
        watchDocument([this] { documentChanged(); });
        auto text = [&](const UiText& t) { return Any(uiText(t)); };
        dateLabel_ = controls().add("FixedText", {{"Label", text(kReportDateLabel)}});
        date_ = controls().add("DateField", {{"Dropdown", Any(true)},
                                             {"DateFormat", Any(kIsoDateFormat)},
                                             {"StrictFormat", Any(false)},
                                             {"HelpText", text(kReportDateLabel)}});
        basisLabel_ = controls().add("FixedText", {{"Label", text(kBasisLabel)}});
        const OUString basisItems[] = {uiText(kByMonth), uiText(kByDay)};
        basis_ = controls().add("ListBox", {{"Dropdown", Any(true)},
                                            {"StringItemList", Any(css::uno::Sequence<OUString>(basisItems, 2))},
                                            {"HelpText", text(kBasisLabel)}});
        townshipLabel_ = controls().add("FixedText", {{"Label", text(kTownshipLabel)}});
        township_ = addCountField(text(kTownshipLabel));
        departmentLabel_ = controls().add("FixedText", {{"Label", text(kDepartmentLabel)}});
        department_ = addCountField(text(kDepartmentLabel));
        save_ = controls().add("Button", {{"Label", text(kSave)}});
        status_ = controls().add("FixedText", {{"MultiLine", Any(true)}});

        events()->onText = [this] { edited(); };
        events()->onItem = [this](const css::awt::ItemEvent&) { edited(); };
        events()->onAction = [this](const css::awt::ActionEvent&) { save(); };
        for (const auto& field : {date_, township_, department_})
            Reference<css::awt::XTextComponent>(field, UNO_QUERY_THROW)
                ->addTextListener(events()->as<css::awt::XTextListener>());
        Reference<css::awt::XListBox>(basis_, UNO_QUERY_THROW)
            ->addItemListener(events()->as<css::awt::XItemListener>());
        Reference<css::awt::XButton>(save_, UNO_QUERY_THROW)
            ->addActionListener(events()->as<css::awt::XActionListener>());

        try {
            reload();
        } catch (const css::uno::Exception& error) {
            // A document the panel cannot read still gets a panel, saying why.
            setStatusText(error.Message);
        }
        finishConstruction();
    }

    sal_Int32 minimalWidth() override { return minimalPanelWidth(labels()); }

private:
    std::vector<Reference<css::awt::XControl>> labels() const {
        return {dateLabel_, basisLabel_, townshipLabel_, departmentLabel_};
    }

    Reference<css::awt::XControl> addCountField(const Any& help) {
        return controls().add("NumericField", {{"DecimalAccuracy", Any(sal_Int16(0))},
                                               {"ValueMin", Any(0.0)},
                                               {"ValueMax", Any(9999.0)},
                                               {"ValueStep", Any(1.0)},
                                               {"Spin", Any(true)},
                                               {"StrictFormat", Any(true)},
                                               {"HelpText", help}});
    }

    sal_Int32 arrange(sal_Int32 width, bool placeControls) override {
        ColumnLayout layout(width, placeControls);
        sal_Int32 labelWidth = 0;
        sal_Int32 labelHeight = 0;
        for (const auto& label : labels()) {
            const auto size = preferredSize(label);
            labelWidth = std::max(labelWidth, size.Width);
            labelHeight = std::max(labelHeight, size.Height);
        }
        auto fieldHeight = [](const Reference<css::awt::XControl>& field) {
            return std::max(preferredSize(field).Height, kMinimalFieldHeight);
        };
        layout.labelled(dateLabel_, date_, labelWidth, labelHeight, fieldHeight(date_));
        layout.labelled(basisLabel_, basis_, labelWidth, labelHeight, fieldHeight(basis_));
        layout.labelled(townshipLabel_, township_, labelWidth, labelHeight, fieldHeight(township_));
        layout.labelled(departmentLabel_, department_, labelWidth, labelHeight, fieldHeight(department_));
        layout.space(2);
        layout.full(save_, std::max(preferredSize(save_).Height, kButtonHeight));
        layout.full(status_, preferredSize(status_, layout.innerWidth()).Height);
        return layout.height();
    }

    // Our own write and every other change land here; unsaved edits win
    // over what the sheet says until they are saved.
    void documentChanged() {
        if (!dirty_) reload();
    }

    void reload() {
        auto document = watchedDocument();
        if (!document.is()) {
            setStatus(kNoSpreadsheet);
            return;
        }
        const auto reading = readSidebarParameters(document);
        loading_ = true;
        try {
            const Date& date = reading.values.reportDate;
            setProperty(date_, "Date",
                        Any(css::util::Date(sal_uInt16(date.day), sal_uInt16(date.month), sal_Int16(date.year))));
            const sal_Int16 basis = reading.values.basis == ScheduleBasis::ByDay ? 1 : 0;
            setProperty(basis_, "SelectedItems", Any(css::uno::Sequence<sal_Int16>(&basis, 1)));
            setProperty(township_, "Value", Any(double(reading.values.townshipThreshold)));
            setProperty(department_, "Value", Any(double(reading.values.departmentThreshold)));
        } catch (...) {
            loading_ = false;
            throw;
        }
        loading_ = false;
        dirty_ = false;
        // Our own write comes back here too: keep saying it was saved until
        // the sheet says something else (an undo, an edit in the sheet).
        saved_ = saved_ && reading.sheetExists && reading.values == lastSaved_;
        if (!saved_) setStatus(reading.sheetExists ? kFromSheet : kNoSheet);
    }

    void edited() {
        if (loading_) return;
        dirty_ = true;
        saved_ = false;
        setStatus(kUnsaved);
    }

    void save() {
        auto document = watchedDocument();
        if (!document.is()) {
            setStatus(kNoSpreadsheet);
            return;
        }
        // Read from the fields themselves: what is shown is what is saved,
        // even when the model has not caught up with typing yet.
        SidebarParameters values;
        Reference<css::awt::XDateField> date(date_, UNO_QUERY_THROW);
        if (date->isEmpty() || date->getDate().Year == 0) {
            setStatus(kNeedDate);
            return;
        }
        const css::util::Date shown = date->getDate();
        values.reportDate = Date{shown.Year, shown.Month, shown.Day};
        values.basis = Reference<css::awt::XListBox>(basis_, UNO_QUERY_THROW)->getSelectedItemPos() == 1
                           ? ScheduleBasis::ByDay
                           : ScheduleBasis::ByMonth;
        Reference<css::awt::XNumericField> township(township_, UNO_QUERY_THROW);
        Reference<css::awt::XNumericField> department(department_, UNO_QUERY_THROW);
        if (Reference<css::awt::XTextComponent>(township_, UNO_QUERY_THROW)->getText().isEmpty() ||
            Reference<css::awt::XTextComponent>(department_, UNO_QUERY_THROW)->getText().isEmpty()) {
            setStatus(kNeedNumbers);
            return;
        }
        values.townshipThreshold = static_cast<int>(std::lround(township->getValue()));
        values.departmentThreshold = static_cast<int>(std::lround(department->getValue()));
        try {
            writeSidebarParameters(document, values, std::u16string(view(uiText(kUndoTitle))));
        } catch (const UserFacingError& error) {
            setStatusText(uiText(UiText{error.zh, error.en}));
            return;
        } catch (const css::uno::Exception& error) {
            setStatusText(error.Message);
            return;
        }
        dirty_ = false;
        saved_ = true;
        lastSaved_ = values;
        setStatus(kSaved);
    }

    void setStatus(const UiText& text) { setStatusText(uiText(text)); }

    void setStatusText(const OUString& text) {
        setProperty(status_, "Label", Any(text));
        // A longer message may need another line.
        relayout();
    }

    Reference<css::awt::XControl> dateLabel_, date_, basisLabel_, basis_, townshipLabel_, township_;
    Reference<css::awt::XControl> departmentLabel_, department_, save_, status_;
    bool loading_ = false;
    bool dirty_ = false;
    bool saved_ = false; // the sheet still holds what we saved last
    SidebarParameters lastSaved_;
};

} // namespace

std::unique_ptr<PanelContent> createParametersPanel(const PanelSetup& setup) {
    return std::make_unique<ParametersPanel>(setup);
}

} // namespace huibao::uno
