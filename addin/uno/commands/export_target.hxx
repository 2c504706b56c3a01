// Where an export writes: <document name><suffix> next to the saved
// document; an unsaved document shown in a window asks where; an unsaved
// hidden one is an error (nobody to ask).
#pragma once

#include "commands/command_scope.hxx"

#include <rtl/ustring.hxx>

#include <string_view>

namespace huibao::uno {

struct ExportKind {
    std::u16string_view suffix;      // _工作汇报.pdf
    std::u16string_view what;        // PDF, Word文档
    std::u16string_view whatEn;      // PDF, Word document
    std::u16string_view defaultName; // 工作汇报.pdf
};

// The target's file URL. Throws UserFacingError when there is none.
::rtl::OUString exportTarget(CommandScope& scope, const ExportKind& kind);

// The file's system path, for the command's result File.
::rtl::OUString systemPath(const ::rtl::OUString& url);

} // namespace huibao::uno
