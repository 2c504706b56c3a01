// Why a submitted file was not read, as the command's results show it (the
// command line prints them): in English under a non-Chinese UI
// (integration.md). 报送登记 keeps the Chinese reason: it is part of the
// workbook sent upward.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <string_view>

namespace huibao::uno {

// "file：reason" in the UI's language (a reason without an English text
// stays as it is).
std::u16string unreadableLine(const css::uno::Reference<css::uno::XComponentContext>& context, std::u16string_view file,
                              std::u16string_view reason);

// The reason for a file whose unit's sheet in the county workbook the officer
// protected (in Chinese, as 报送登记 keeps it).
std::u16string protectedSheetReason(std::u16string_view sheet);

} // namespace huibao::uno
