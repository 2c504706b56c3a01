// A file a township or department sent (spec/collection.md): opened hidden
// and read-only with macros never executed, links and data sources never
// updated, no repair or password dialog; its visible sheets read as values.
// A .csv is read by the core. The file itself is never written to.
#pragma once

#include "huibao/values/date.hpp"
#include "huibao/workbook/merged_cells.hpp"
#include "huibao/workbook/workbook.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace huibao::uno {

inline constexpr int kMaxSubmissionRows = 500000;

struct SubmittedSheet {
    std::u16string name;
    Grid cells;            // values; formula results, an error result as an error cell
    sal_Int32 sourceIndex; // in the file's document (-1 for a .csv)
    // The same values as Calc gave them (empty for a .csv): written back as
    // they are, without a second conversion of every cell.
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> values;
    // The file's merged cells, merged again in the county's copy; `cells`
    // already gives a merged value to the project rows it spans.
    std::vector<MergedArea> merges;
};

class SubmittedFile {
public:
    SubmittedFile(const css::uno::Reference<css::uno::XComponentContext>& context, const std::u16string& url,
                  const std::u16string& fileName);
    ~SubmittedFile();
    SubmittedFile(const SubmittedFile&) = delete;
    SubmittedFile& operator=(const SubmittedFile&) = delete;

    // Non-empty: why the file cannot be read (文件已损坏…, 文件已加密…).
    const std::u16string& unreadable() const { return unreadable_; }
    const std::vector<SubmittedSheet>& sheets() const { return sheets_; }
    std::vector<SubmittedSheet>& sheets() { return sheets_; }
    Date nullDate() const { return nullDate_; }

    // Writes a sheet's values and its cells' own formats (number formats,
    // fonts, fills, alignment) into `target` from A1: no formula, validity,
    // conditional format, drawing or protection comes along. `sheet.cells`
    // then holds what reading `target` back gives (dates moved to the
    // target's date system), so that it need not be read again.
    void copyInto(SubmittedSheet& sheet, const css::uno::Reference<css::sheet::XSpreadsheetDocument>& targetDocument,
                  const css::uno::Reference<css::sheet::XSpreadsheet>& target) const;

    // Closes the file's document (also done by the destructor).
    void close();

private:
    void load(const css::uno::Reference<css::uno::XComponentContext>& context, const std::u16string& url);
    void readCsv(const std::u16string& url);

    std::u16string unreadable_;
    std::vector<SubmittedSheet> sheets_;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
    Date nullDate_ = kDefaultNullDate;
};

} // namespace huibao::uno
