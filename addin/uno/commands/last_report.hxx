// The report BuildReport last made, kept for the exports: ExportDocument and
// ExportPdf right after a build (the officer's usual order, and the main
// job's) write the .docx and the PDF from it instead of validating,
// assessing and rewriting the sheets again.
//
// "Nothing changed since" is read from the document's undo stack: every
// change to a Calc document (an edit, a paste, a macro's setDataArray, an
// undo) moves its top; a command that writes nothing adds no step. The
// build is reused only while the top step and the number of steps are what
// they were when the build's own step was recorded. A document without undo
// (disabled, or its stack cleared) is always rebuilt. Both calls are made
// inside the running command's undo step (UndoStep).
#pragma once

#include "commands/build_report_command.hxx"

#include <com/sun/star/lang/XComponent.hpp>

#include <memory>

namespace huibao::uno {

// Remembers `built` as the report of scope's document in its state at the
// end of the running command (one document at a time: a build of another
// document replaces it).
void rememberReport(CommandScope& scope, std::shared_ptr<const BuiltReport> built);

// The report remembered for scope's document when the document has not
// changed since, else null.
std::shared_ptr<const BuiltReport> rememberedReport(CommandScope& scope);

// The hidden Writer document an export made from `built` while `built` is
// the remembered report (ExportDocument then ExportPdf, or the other way
// round, store one document), else null.
css::uno::Reference<css::lang::XComponent> keptWriterDocument(const std::shared_ptr<const BuiltReport>& built);

// Keeps `writer`, made from `built`, when `built` is the remembered report
// (true); it is closed when another report is remembered or the workbook
// closes. Otherwise the caller closes it.
bool keepWriterDocument(const std::shared_ptr<const BuiltReport>& built,
                        const css::uno::Reference<css::lang::XComponent>& writer);

} // namespace huibao::uno
