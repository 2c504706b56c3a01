// The language of Huibao's own UI text: Chinese when LibreOffice's UI is
// Chinese, English otherwise (spec/integration.md). The product name 汇报助手
// and the menu title 汇报 are Chinese everywhere and never go through here.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <string_view>

namespace huibao::uno {

// True when org.openoffice.Setup/L10N/ooLocale starts with "zh" (read once).
bool isChineseUi(const css::uno::Reference<css::uno::XComponentContext>& context);

// One piece of UI text in both languages.
struct UiText {
    std::u16string_view zh;
    std::u16string_view en;
};

::rtl::OUString uiText(const css::uno::Reference<css::uno::XComponentContext>& context, const UiText& text);

} // namespace huibao::uno
