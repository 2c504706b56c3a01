// Files Huibao writes next to the officer's document (the report's .pdf and
// .docx, the receipts), named after it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace huibao {

// The file:// URL of `stem + suffix` in the folder of `documentUrl`, where
// stem is the document's file name without its extension:
// file:///县/县汇总.ods, "_工作汇报.pdf" → file:///县/县汇总_工作汇报.pdf.
// nullopt when documentUrl is
// not a local file URL (a document on a remote server or never saved).
std::optional<std::u16string> fileUrlNextTo(std::u16string_view documentUrl, std::u16string_view suffix);

// The file:// URL of `fileName` in the folder of `documentUrl`; nullopt as above.
std::optional<std::u16string> siblingFileUrl(std::u16string_view documentUrl, std::u16string_view fileName);

} // namespace huibao
