// One undo step for everything a command writes; on failure (the step is
// left without commit()) it is undone again, so the document is left as it
// was. The step also takes back the record of the marks (a document
// property, which Calc's undo leaves alone), so that after an undo or redo
// the record lists the marks the cells show, and the lines Huibao added to
// or took off officers' own comments (Calc's undo does not see them).
#pragma once

#include "document/note_tails.hxx"

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <rtl/ustring.hxx>

#include <string_view>

namespace huibao::uno {

class UndoStep {
public:
    UndoStep(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, std::u16string_view title);
    ~UndoStep();
    UndoStep(const UndoStep&) = delete;
    UndoStep& operator=(const UndoStep&) = delete;

    void commit();
    // Undoes what the command wrote (unless committed). True when the
    // document keeps changes: in a hidden document Calc cannot undo a sheet
    // insertion, so what was written stays.
    bool rollBack();

private:
    // Puts the record's change into the step, then closes the step.
    void close(const css::uno::Reference<css::document::XUndoManager>& manager);

    css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
    ::rtl::OUString recordBefore_;
    NoteTailRecorder noteTails_;
    ::rtl::OUString title_;
    bool hidden_;
    // The undo stack's titles before the step: a step that added nothing
    // leaves them as they were (an earlier step may carry the same title).
    css::uno::Sequence<::rtl::OUString> titlesBefore_;
    css::uno::Reference<css::document::XUndoManager> manager_;
};

} // namespace huibao::uno
