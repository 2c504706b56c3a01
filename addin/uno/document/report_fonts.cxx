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

// The first candidate installed; else the first installed fall-back (the
// Debian faces .ci/install-deps installs), recorded as a substitution.
OUString firstOf(const std::set<OUString>& installed, std::initializer_list<const char16_t*> candidates,
                 std::initializer_list<const char16_t*> fallbacks, std::u16string_view role, ReportFonts& fonts) {
    for (const auto* name : candidates) {
        const auto candidate = toOUString(name);
        if (installed.count(candidate)) return candidate;
    }
    OUString chosen = toOUString(*fallbacks.begin());
    for (const auto* name : fallbacks)
        if (installed.count(toOUString(name))) {
            chosen = toOUString(name);
            break;
        }
    fonts.substitutions.push_back(std::u16string(role) + u"：本机未安装，以 " + std::u16string(view(chosen)) +
                                  u" 代替");
    const auto* official = candidates.begin();
    fonts.standIns.push_back({toOUString(*official), toOUString(*(official + 1)), chosen});
    return chosen;
}

} // namespace

ReportFonts chooseReportFonts(const css::uno::Reference<css::uno::XComponentContext>& context) {
    const auto installed = installedFonts(context);
    ReportFonts fonts;
    // The body first: when two roles share a stand-in, the .docx names it
    // after the body's face (document/docx_face_names.hxx).
    fonts.body = firstOf(installed, {u"仿宋_GB2312", u"仿宋", u"FangSong", u"FangSong_GB2312"},
                         {u"Noto Serif CJK SC", u"AR PL UMing CN"}, u"正文（仿宋）", fonts);
    fonts.title =
        firstOf(installed, {u"方正小标宋简体", u"方正小标宋_GBK", u"FZXiaoBiaoSong-B05S"},
                {u"Noto Serif CJK SC Black", u"Noto Serif CJK SC", u"AR PL UMing CN"}, u"标题（方正小标宋）", fonts);
    fonts.heading1 = firstOf(installed, {u"黑体", u"SimHei"}, {u"Noto Sans CJK SC", u"WenQuanYi Zen Hei"},
                             u"一级标题（黑体）", fonts);
    fonts.heading2 = firstOf(installed, {u"楷体_GB2312", u"楷体", u"KaiTi"},
                             {u"AR PL UKai CN", u"LXGW WenKai", u"AR PL KaitiM GB", u"Noto Serif CJK SC"},
                             u"二级标题（楷体）", fonts);
    return fonts;
}

} // namespace huibao::uno
