// Huibao's bookkeeping in the document itself: user-defined document
// properties, saved with the file (.ods meta.xml, .xlsx custom properties).
#pragma once

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ustring.hxx>

namespace huibao::uno {

// The text of the property, or empty when there is none.
::rtl::OUString readDocumentNote(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                 const char* name);

// Sets the property; an empty value removes it.
void writeDocumentNote(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const char* name,
                       const ::rtl::OUString& value);

} // namespace huibao::uno
