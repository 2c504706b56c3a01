#include "document/new_document.hxx"

#include "commands/commands.hxx"
#include "common/uno_conversions.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <cstdio>
#include <cstdlib>
#include <initializer_list>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

Reference<css::sheet::XSpreadsheetDocument>
newHiddenSpreadsheet(const Reference<css::uno::XComponentContext>& context) {
    auto desktop = css::frame::Desktop::create(context);
    const Sequence<css::beans::PropertyValue> arguments =
        sequenceOf<css::beans::PropertyValue>({property("Hidden", Any(true))});
    return Reference<css::sheet::XSpreadsheetDocument>(
        desktop->loadComponentFromURL("private:factory/scalc", "_blank", 0, arguments), UNO_QUERY_THROW);
}

void storeAsXlsx(const Reference<css::sheet::XSpreadsheetDocument>& document, const std::u16string& url,
                 std::u16string_view fileName) {
    const Sequence<css::beans::PropertyValue> arguments = sequenceOf<css::beans::PropertyValue>(
        {property("FilterName", Any(OUString("Calc MS Excel 2007 XML"))), property("Overwrite", Any(true))});
    try {
        Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)->storeToURL(toOUString(url), arguments);
    } catch (const css::uno::Exception& error) {
        // LibreOffice's own text (SfxBaseModel::impl_store … 0x11b(Error
        // Area:Io …)) says nothing to an officer: it goes to the trace only.
        if (std::getenv("HUIBAO_TRACE"))
            std::fprintf(stderr, "huibao-trace store failed: %s\n", error.Message.toUtf8().getStr());
        const std::u16string file(fileName);
        throw UserFacingError{u"无法写入文件 " + file + u"，请检查文件夹是否存在、可写，或该文件是否正被打开。",
                              u"Cannot write the file " + file +
                                  u": check that the folder exists and is writable and that the file is not open."};
    }
}

void closeDocument(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    try {
        Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
        if (closeable.is()) closeable->close(true);
    } catch (const css::uno::Exception&) {
        // Vetoed or gone: LibreOffice disposes it at exit.
    }
}

} // namespace huibao::uno
