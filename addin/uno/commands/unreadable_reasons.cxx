#include "commands/unreadable_reasons.hxx"

#include "common/ui_language.hxx"

#include <array>
#include <utility>

namespace huibao::uno {
namespace {

// The reasons the import gives (document/submitted_file.cxx, the core's CSV
// reading, the import command), Chinese then English.
constexpr std::array<std::pair<std::u16string_view, std::u16string_view>, 7> kReasons{{
    {u"文件已损坏、已加密或不是电子表格", u"damaged, encrypted or not a spreadsheet"},
    {u"文件已加密（设有打开密码）", u"encrypted (it has a password to open)"},
    {u"文件无法打开", u"cannot be opened"},
    {u"文件已损坏或不是电子表格", u"damaged or not a spreadsheet"},
    {u"不是电子表格", u"not a spreadsheet"},
    {u"文件为空", u"empty file"},
    {u"没有找到项目申报表（表头应有项目名称等列）",
     u"no project sheet found (a header with 项目名称 and the other columns)"},
}};

constexpr std::u16string_view kTooManyRows = u"行数超过 ";
// The import's reason for a unit sheet the officer protected (import_submissions_command.cxx).
constexpr std::u16string_view kProtectedBefore = u"工作簿中的“";
constexpr std::u16string_view kProtectedAfter = u"”工作表受保护，无法替换（请先取消该表的保护后重新导入）";
constexpr std::u16string_view kRows = u" 行";
// A file holding several units' sheets (the core's severalUnitsReason).
constexpr std::u16string_view kSeveralBefore = u"文件含多个单位的申报表（";
constexpr std::u16string_view kSeveralAfter = u"），请各单位分别报送";

std::u16string inEnglish(std::u16string_view reason) {
    for (const auto& [zh, en] : kReasons)
        if (reason == zh) return std::u16string(en);
    if (reason.starts_with(kTooManyRows) && reason.ends_with(kRows)) {
        const auto count = reason.substr(kTooManyRows.size(), reason.size() - kTooManyRows.size() - kRows.size());
        return u"more than " + std::u16string(count) + u" rows";
    }
    if (reason.starts_with(kProtectedBefore) && reason.ends_with(kProtectedAfter)) {
        const auto sheet =
            reason.substr(kProtectedBefore.size(), reason.size() - kProtectedBefore.size() - kProtectedAfter.size());
        return u"the sheet " + std::u16string(sheet) +
               u" of the workbook is protected and cannot be replaced (unprotect it and import again)";
    }
    if (reason.starts_with(kSeveralBefore) && reason.ends_with(kSeveralAfter)) {
        auto units = std::u16string(
            reason.substr(kSeveralBefore.size(), reason.size() - kSeveralBefore.size() - kSeveralAfter.size()));
        for (std::size_t at = units.find(u'、'); at != std::u16string::npos; at = units.find(u'、', at))
            units.replace(at, 1, u", ");
        return u"holds the sheets of several units (" + units + u"): each unit sends its own file";
    }
    return std::u16string(reason);
}

} // namespace

std::u16string protectedSheetReason(std::u16string_view sheet) {
    return std::u16string(kProtectedBefore) + std::u16string(sheet) + std::u16string(kProtectedAfter);
}

std::u16string unreadableLine(const css::uno::Reference<css::uno::XComponentContext>& context, std::u16string_view file,
                              std::u16string_view reason) {
    if (isChineseUi(context)) return std::u16string(file) + u"：" + std::u16string(reason);
    return std::u16string(file) + u": " + inEnglish(reason);
}

} // namespace huibao::uno
