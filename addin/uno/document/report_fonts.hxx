// The fonts of an official document (GB/T 9704) that this machine has: the
// conventional font where installed, else the closest Debian font.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <string>
#include <vector>

namespace huibao::uno {

// A face this machine lacks and the one drawn in its place.
struct FaceStandIn {
    ::rtl::OUString official;    // 仿宋_GB2312
    ::rtl::OUString alternative; // its other usual name: 仿宋 (FangSong on every Windows)
    ::rtl::OUString standIn;     // Noto Serif CJK SC
};

struct ReportFonts {
    ::rtl::OUString title;    // 方正小标宋, else a heavy CJK serif
    ::rtl::OUString body;     // 仿宋, else a CJK serif
    ::rtl::OUString heading1; // 黑体 (a CJK sans)
    ::rtl::OUString heading2; // 楷体, else AR PL UKai
    // Which face stood in for which (written in 汇报数据): 仿宋 → Noto Serif CJK SC …
    std::vector<std::u16string> substitutions;
    // The same, for the .docx (document/docx_face_names.hxx).
    std::vector<FaceStandIn> standIns;
};

ReportFonts chooseReportFonts(const css::uno::Reference<css::uno::XComponentContext>& context);

} // namespace huibao::uno
