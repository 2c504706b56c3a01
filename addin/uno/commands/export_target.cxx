#include "commands/export_target.hxx"

#include "commands/commands.hxx"

#include "common/ui_language.hxx"
#include "common/uno_conversions.hxx"
#include "huibao/workbook/document_files.hpp"

#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <osl/file.hxx>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

bool isShown(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::frame::XModel> model(document, UNO_QUERY);
    if (!model.is() || !model->getCurrentController().is()) return false;
    auto frame = model->getCurrentController()->getFrame();
    Reference<css::awt::XWindow2> window(frame.is() ? frame->getContainerWindow() : nullptr, UNO_QUERY);
    return window.is() && window->isVisible();
}

OUString askWhere(const Reference<css::uno::XComponentContext>& context, const ExportKind& kind) {
    auto picker = css::ui::dialogs::FilePicker::createWithMode(
        context, css::ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
    picker->setTitle(uiText(context, {u"导出工作汇报为" + std::u16string(kind.what),
                                      u"Export the report as " + std::u16string(kind.whatEn)}));
    picker->setDefaultName(toOUString(kind.defaultName));
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK || !picker->getFiles().hasElements())
        throw UserFacingError{u"已取消导出" + std::u16string(kind.what) + u"。",
                              u"The " + std::u16string(kind.whatEn) + u" export was cancelled."};
    return picker->getFiles()[0];
}

} // namespace

OUString exportTarget(CommandScope& scope, const ExportKind& kind) {
    const auto& document = scope.document();
    Reference<css::frame::XStorable> storable(document, UNO_QUERY_THROW);
    if (storable->hasLocation()) {
        // file:///dir/县汇总.ods -> file:///dir/县汇总_工作汇报.pdf
        const auto url = fileUrlNextTo(view(storable->getLocation()), kind.suffix);
        if (!url)
            throw UserFacingError{u"文档不在本地磁盘上，无法在其旁边保存" + std::u16string(kind.what) +
                                      u"。请先把工作簿另存到本地文件夹。",
                                  u"The document is not on a local disk, so the " + std::u16string(kind.whatEn) +
                                      u" cannot be saved next to it. Save the workbook to a local folder first."};
        return toOUString(*url);
    }
    if (scope.interactive() && isShown(document)) return askWhere(scope.context(), kind);
    throw UserFacingError{u"工作簿尚未保存，无法确定" + std::u16string(kind.what) +
                              u"的保存位置。请先保存工作簿，再导出" + std::u16string(kind.what) + u"。",
                          u"The workbook has not been saved, so there is no place for the " +
                              std::u16string(kind.whatEn) + u". Save the workbook first, then export."};
}

OUString systemPath(const OUString& url) {
    OUString path;
    osl::FileBase::getSystemPathFromFileURL(url, path);
    return path;
}

} // namespace huibao::uno
