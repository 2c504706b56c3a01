// huibao:ExportPdf — the 工作汇报 sheet as <document name>_工作汇报.pdf next
// to the document. An unsaved document: the GUI asks where; headless it is
// an error.

#include "commands/command_scope.hxx"
#include "commands/commands.hxx"
#include "common/uno_conversions.hxx"
#include "huibao/workbook/contract.hpp"
#include "huibao/workbook/document_files.hpp"

#include "huibao/report/report.hpp"

#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <osl/file.hxx>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

css::beans::PropertyValue property(const char* name, const Any& value) {
    css::beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = value;
    return p;
}

bool isShown(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::frame::XModel> model(document, UNO_QUERY);
    if (!model.is() || !model->getCurrentController().is()) return false;
    auto frame = model->getCurrentController()->getFrame();
    Reference<css::awt::XWindow2> window(frame.is() ? frame->getContainerWindow() : nullptr, UNO_QUERY);
    return window.is() && window->isVisible();
}

// file:///dir/县汇总.ods -> file:///dir/县汇总_工作汇报.pdf
OUString pdfNextTo(const OUString& documentUrl) {
    const auto url = fileUrlNextTo(view(documentUrl), u"_工作汇报.pdf");
    if (!url) throw UserFacingError{u"文档不在本地磁盘上，无法在其旁边保存PDF。请先把工作簿另存到本地文件夹。"};
    return toOUString(*url);
}

OUString askWhere(const Reference<css::uno::XComponentContext>& context) {
    auto picker = css::ui::dialogs::FilePicker::createWithMode(
        context, css::ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
    picker->setTitle(toOUString(u"导出工作汇报为PDF"));
    picker->setDefaultName(toOUString(u"工作汇报.pdf"));
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK || !picker->getFiles().hasElements())
        throw UserFacingError{u"已取消导出PDF。"};
    return picker->getFiles()[0];
}

} // namespace

Results runExportPdf(CommandScope& scope) {
    const auto& document = scope.document();
    auto sheets = document->getSheets();
    const OUString reportName = toOUString(contract::kReportSheet);
    if (!sheets->hasByName(reportName))
        throw UserFacingError{u"还没有“工作汇报”工作表，请先点击“一键生成汇报”，再导出PDF。"};

    Reference<css::frame::XStorable> storable(document, UNO_QUERY_THROW);
    OUString target;
    if (storable->hasLocation())
        target = pdfNextTo(storable->getLocation());
    else if (isShown(document))
        target = askWhere(scope.context());
    else
        throw UserFacingError{u"工作簿尚未保存，无法确定PDF的保存位置。请先保存工作簿，再导出PDF。"};

    scope.progress(u"汇报助手：正在导出PDF……", 30);
    Reference<css::sheet::XPrintAreas> printAreas(sheets->getByName(reportName), UNO_QUERY_THROW);
    Reference<css::table::XCellRange> sheetRange(printAreas, UNO_QUERY_THROW);
    const auto areas = printAreas->getPrintAreas();
    Any selection;
    if (areas.hasElements()) {
        const auto& a = areas[0];
        selection <<= sheetRange->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow);
    } else {
        selection <<= sheetRange;
    }
    const css::beans::PropertyValue filterData[] = {property("Selection", selection)};
    const css::beans::PropertyValue arguments[] = {
        property("FilterName", Any(OUString("calc_pdf_Export"))),
        property("FilterData", Any(css::uno::Sequence<css::beans::PropertyValue>(filterData, 1))),
    };
    storable->storeToURL(target, css::uno::Sequence<css::beans::PropertyValue>(arguments, 2));

    Results results;
    OUString path;
    osl::FileBase::getSystemPathFromFileURL(target, path);
    addResult(results, "File", path);
    return results;
}

} // namespace huibao::uno
