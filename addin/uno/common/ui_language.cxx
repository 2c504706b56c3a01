#include "common/ui_language.hxx"

#include "common/uno_conversions.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <cstdlib>
#include <mutex>

namespace huibao::uno {

using css::uno::Reference;

namespace {

::rtl::OUString configuredUiLocale(const Reference<css::uno::XComponentContext>& context) {
    try {
        auto provider = css::configuration::theDefaultProvider::get(context);
        css::beans::NamedValue path(::rtl::OUString("nodepath"),
                                    css::uno::Any(::rtl::OUString("/org.openoffice.Setup/L10N")));
        css::uno::Sequence<css::uno::Any> arguments(1);
        arguments.getArray()[0] <<= path;
        Reference<css::container::XNameAccess> l10n(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", arguments),
            css::uno::UNO_QUERY_THROW);
        ::rtl::OUString locale;
        l10n->getByName("ooLocale") >>= locale;
        return locale;
    } catch (const css::uno::Exception&) {
        return {};
    }
}

// An empty ooLocale means "as the system": LibreOffice then follows the
// environment the same way.
bool environmentIsChinese() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value && *value) return std::string_view(value).starts_with("zh");
    }
    return false;
}

} // namespace

bool isChineseUi(const Reference<css::uno::XComponentContext>& context) {
    static std::once_flag once;
    static bool chinese = false;
    std::call_once(once, [&] {
        const auto locale = configuredUiLocale(context);
        chinese = locale.isEmpty() ? environmentIsChinese() : locale.startsWithIgnoreAsciiCase("zh");
    });
    return chinese;
}

::rtl::OUString uiText(const Reference<css::uno::XComponentContext>& context, const UiText& text) {
    return toOUString(isChineseUi(context) ? text.zh : text.en);
}

} // namespace huibao::uno
