#include "document/report_fonts.hxx"

#include "common/uno_conversions.hxx"

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDevice.hpp>

#include <initializer_list>
#include <set>

namespace huibao::uno {

using ::rtl::OUString;

namespace {

std::set<OUString> installedFonts(const css::uno::Reference<css::uno::XComponentContext>& context) {
    std::set<OUString> names;
    try {
        auto toolkit = css::awt::Toolkit::create(context);
        auto device = toolkit->createScreenCompatibleDevice(1, 1);
        if (device.is())
            for (const auto& font : device->getFontDescriptors()) names.insert(font.Name);
    } catch (const css::uno::Exception&) {
        // No font list: the Debian fallbacks below are what this package installs.
    }
    return names;
}

OUString firstOf(const std::set<OUString>& installed, std::initializer_list<const char16_t*> candidates,
                 const char16_t* fallback) {
    for (const auto* name : candidates) {
        const auto candidate = toOUString(name);
        if (installed.count(candidate)) return candidate;
    }
    return toOUString(fallback);
}

} // namespace

ReportFonts chooseReportFonts(const css::uno::Reference<css::uno::XComponentContext>& context) {
    const auto installed = installedFonts(context);
    ReportFonts fonts;
    fonts.title =
        firstOf(installed, {u"方正小标宋简体", u"方正小标宋_GBK", u"FZXiaoBiaoSong-B05S"}, u"Noto Serif CJK SC");
    fonts.body = firstOf(installed, {u"仿宋_GB2312", u"仿宋", u"FangSong", u"FangSong_GB2312"}, u"Noto Serif CJK SC");
    fonts.heading1 = firstOf(installed, {u"黑体", u"SimHei"}, u"Noto Sans CJK SC");
    fonts.heading2 = firstOf(installed, {u"楷体_GB2312", u"楷体", u"KaiTi", u"AR PL UKai CN"}, u"Noto Serif CJK SC");
    return fonts;
}

} // namespace huibao::uno
