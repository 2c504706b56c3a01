// The actions panel: one button per command. A button only dispatches its
// huibao:* URL on the panel's frame — the same path as the menu, the toolbar
// and macros — and shows how the run ended.

#include "common/ui_language.hxx"
#include "common/uno_conversions.hxx"
#include "sidebar/panel_base.hxx"
#include "sidebar/panel_layout.hxx"
#include "sidebar/sidebar_panels.hxx"

#include <com/sun/star/awt/ImagePosition.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/util/URLTransformer.hpp>

#include <algorithm>
#include <array>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

struct CommandButton {
    const char* url;
    UiText label;
    const char* icon; // in the extension's icons/ folder
    UiText tooltip;
};

const std::array<CommandButton, 9> kButtons{{
    {"huibao:Validate",
     {u"校验", u"Validate"},
     "validate_16.png",
     {u"检查各申报表，在“校验结果”中列出问题并标出单元格",
      u"Check every submission sheet, list the findings and mark the cells"}},
    {"huibao:Assess",
     {u"单位考核", u"Assess units"},
     "assess_16.png",
     {u"按任务分解表考核各单位，写入“单位考核”", u"Score every unit against its targets in 单位考核"}},
    {"huibao:BuildReport",
     {u"一键生成汇报", u"Build report"},
     "report_16.png",
     {u"校验、考核并按“汇报模板”写出“工作汇报”", u"Validate, assess and write the report 工作汇报 from the template"}},
    {"huibao:ClearMarks",
     {u"清除标记", u"Clear marks"},
     "clearmarks_16.png",
     {u"去掉汇报助手的标记与批注，恢复单元格原样", u"Remove Huibao's fills and comments, restoring the cells"}},
    {"huibao:ExportPdf",
     {u"导出PDF", u"Export PDF"},
     "exportpdf_16.png",
     {u"将工作汇报导出为PDF（内嵌字体）", u"Export the report as PDF, fonts embedded"}},
    {"huibao:ExportDocument",
     {u"导出Word文档", u"Export .docx"}, // fits the deck's default width in English
     "report_16.png",
     {u"将工作汇报导出为Word文档（.docx）", u"Export the report as a Word document (.docx)"}},
    // 收集 (collection.md): templates out, submissions in, receipts back.
    {"huibao:MakeTemplates",
     {u"下发模板", u"Make templates"},
     "templates_16.png",
     {u"为每个单位生成填报模板", u"Make a template workbook for every unit"}},
    {"huibao:ImportSubmissions",
     {u"汇总报送", u"Collect submissions"},
     "collect_16.png",
     {u"导入各单位报送的文件并校验", u"Import the units' files and validate them"}},
    {"huibao:WriteReceipts",
     {u"校验回执", u"Write receipts"},
     "receipts_16.png",
     {u"为每个报送单位写出校验回执", u"Write each submitting unit its validation receipt"}},
}};

constexpr char kIconFolder[] = "vnd.sun.star.extension://org.huibao.extension/icons/";

// How the figures a command returns are called in the status line.
struct ResultName {
    const char* name;
    UiText label;
};
const ResultName kResultNames[] = {
    {"Errors", {u"错误", u"errors"}},
    {"Warnings", {u"警告", u"warnings"}},
    {"Units", {u"单位", u"units"}},
    {"FlaggedUnits", {u"被点名单位", u"flagged units"}},
    {"CellsRestored", {u"恢复单元格", u"cells restored"}},
    {"TemplateIssues", {u"模板问题", u"template issues"}},
    {"Templates", {u"模板", u"templates"}},
    {"Imported", {u"已导入", u"imported"}},
    {"Replaced", {u"已替换", u"replaced"}},
    {"Unreadable", {u"无法读取", u"unreadable"}},
    {"NotSubmitted", {u"未报送单位", u"units not submitted"}},
    {"NotSubmittedUnits", {u"未报送", u"not submitted"}},
    {"Receipts", {u"回执", u"receipts"}},
};

constexpr UiText kDone{u"完成", u"done"};
// Punctuation follows the UI language too.
constexpr UiText kColon{u"：", u": "};
constexpr UiText kStop{u"。", u". "};
constexpr UiText kComma{u"，", u", "};
constexpr UiText kOpen{u"（", u" ("};
constexpr UiText kClose{u"）", u")"};
constexpr UiText kFailed{u"未完成", u"not finished"};
constexpr UiText kNoCommands{u"汇报助手的命令不可用。", u"Huibao's commands are not available."};
constexpr sal_Int32 kButtonHeight = 28;

OUString valueText(const Any& value) {
    sal_Int32 whole = 0;
    double number = 0;
    OUString text;
    if (value >>= whole) return OUString::number(whole);
    if (value >>= number) return OUString::number(number);
    if (value >>= text) return text;
    return OUString();
}

class ActionsPanel : public PanelBase {
public:
    explicit ActionsPanel(const PanelSetup& setup)
        : PanelBase(setup), transformer_(css::util::URLTransformer::create(setup.context)) {
        bool anyAvailable = false;
        for (const auto& command : kButtons) {
            const OUString url = OUString::createFromAscii(command.url);
            const bool available = dispatchFor(url).is();
            anyAvailable = anyAvailable || available;
            auto button = controls().add("Button", {{"Label", Any(uiText(command.label))},
                                                    {"ImageURL", Any(OUString::createFromAscii(kIconFolder) +
                                                                     OUString::createFromAscii(command.icon))},
                                                    {"ImagePosition", Any(css::awt::ImagePosition::LeftCenter)},
                                                    {"Enabled", Any(available)},
                                                    {"HelpText", Any(uiText(command.tooltip))}});
            Reference<css::awt::XButton> pressable(button, UNO_QUERY_THROW);
            pressable->setActionCommand(url);
            pressable->addActionListener(events()->as<css::awt::XActionListener>());
            buttons_.push_back(button);
        }
        status_ = controls().add("FixedText", {{"MultiLine", Any(true)}});
        if (!anyAvailable) setProperty(status_, "Label", Any(uiText(kNoCommands)));

        events()->onAction = [this](const css::awt::ActionEvent& event) { run(event.ActionCommand); };
        events()->onDispatchFinished = [this](const css::frame::DispatchResultEvent& event) { finished(event); };
        finishConstruction();
    }

    sal_Int32 minimalWidth() override { return minimalPanelWidth(buttons_); }

private:
    sal_Int32 arrange(sal_Int32 width, bool placeControls) override {
        ColumnLayout layout(width, placeControls);
        for (const auto& button : buttons_) layout.full(button, std::max(preferredSize(button).Height, kButtonHeight));
        const OUString status = getProperty(status_, "Label").get<OUString>();
        layout.full(status_, status.isEmpty() ? 0 : preferredSize(status_, layout.innerWidth()).Height);
        return layout.height();
    }

    css::util::URL parse(const OUString& complete) {
        css::util::URL url;
        url.Complete = complete;
        transformer_->parseStrict(url);
        return url;
    }

    Reference<css::frame::XDispatch> dispatchFor(const OUString& complete) {
        Reference<css::frame::XDispatchProvider> provider(setup().frame, UNO_QUERY);
        if (!provider.is()) return {};
        return provider->queryDispatch(parse(complete), "_self", 0);
    }

    void run(const OUString& command) {
        // A long command lets the status bar repaint, and with it a second
        // click through: one run at a time.
        if (busy_) return;
        auto dispatch = dispatchFor(command);
        if (!dispatch.is()) return;
        running_ = command;
        busy_ = true;
        struct Done {
            bool& busy;
            ~Done() { busy = false; }
        } done{busy_};
        const css::util::URL url = parse(command);
        Reference<css::frame::XNotifyingDispatch> notifying(dispatch, UNO_QUERY);
        if (notifying.is()) {
            notifying->dispatchWithNotification(url, {}, events()->as<css::frame::XDispatchResultListener>());
        } else {
            dispatch->dispatch(url, {});
            setStatus(labelOf(command) + uiText(kColon) + uiText(kDone));
        }
    }

    void finished(const css::frame::DispatchResultEvent& event) {
        OUString text = labelOf(running_) + uiText(kColon);
        if (event.State == css::frame::DispatchResultState::FAILURE) {
            OUString message;
            event.Result >>= message;
            text += uiText(kFailed) + (message.isEmpty() ? OUString() : uiText(kStop) + message);
        } else {
            text += uiText(kDone);
            css::uno::Sequence<css::beans::NamedValue> results;
            if (event.Result >>= results) {
                OUString figures;
                for (const auto& result : results) {
                    OUString name = result.Name;
                    for (const auto& known : kResultNames)
                        if (result.Name.equalsAscii(known.name)) name = uiText(known.label);
                    figures += (figures.isEmpty() ? OUString() : uiText(kComma)) + name + " " + valueText(result.Value);
                }
                if (!figures.isEmpty()) text += uiText(kOpen) + figures + uiText(kClose);
            }
        }
        setStatus(text);
    }

    OUString labelOf(const OUString& command) const {
        for (const auto& button : kButtons)
            if (command.equalsAscii(button.url)) return uiText(button.label);
        return command;
    }

    void setStatus(const OUString& text) {
        setProperty(status_, "Label", Any(text));
        relayout();
    }

    Reference<css::util::XURLTransformer> transformer_;
    std::vector<Reference<css::awt::XControl>> buttons_;
    Reference<css::awt::XControl> status_;
    OUString running_;
    bool busy_ = false;
};

} // namespace

std::unique_ptr<PanelContent> createActionsPanel(const PanelSetup& setup) {
    return std::make_unique<ActionsPanel>(setup);
}

} // namespace huibao::uno
