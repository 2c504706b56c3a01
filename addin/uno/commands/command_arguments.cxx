#include "commands/command_arguments.hxx"

#include "commands/commands.hxx"
#include "common/uno_conversions.hxx"

#include "huibao/collection/submission_owner.hpp"
#include "huibao/text/text.hpp"
#include "huibao/values/date.hpp"

#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <osl/file.hxx>
#include <rtl/uri.hxx>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <system_error>

namespace huibao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using ::rtl::OUString;

namespace {

std::optional<Any> argument(const CommandScope& scope, const char* name) {
    for (const auto& property : scope.arguments())
        if (property.Name.equalsAscii(name)) return property.Value;
    return std::nullopt;
}

std::vector<std::u16string> stringsOf(const Any& value) {
    std::vector<std::u16string> strings;
    OUString one;
    Sequence<OUString> many;
    Sequence<Any> anys;
    if (value >>= one) {
        if (!one.isEmpty()) strings.emplace_back(view(one));
    } else if (value >>= many) {
        for (const auto& text : many) strings.emplace_back(view(text));
    } else if (value >>= anys) {
        for (const auto& item : anys)
            if (item >>= one) strings.emplace_back(view(one));
    }
    return strings;
}

[[noreturn]] void fail(std::u16string zh, std::u16string en) {
    throw UserFacingError{std::move(zh), std::move(en)};
}

std::u16string ensureUrl(std::u16string text) {
    if (text.starts_with(u"/")) {
        OUString url;
        if (osl::FileBase::getFileURLFromSystemPath(toOUString(text), url) == osl::FileBase::E_None)
            return std::u16string(view(url));
    }
    return text;
}

std::vector<InputFile> listFolder(const std::u16string& folderUrl) {
    osl::Directory directory(toOUString(folderUrl));
    if (directory.open() != osl::FileBase::E_None)
        fail(u"无法打开文件夹：" + fileNameOfUrl(folderUrl) + u"（" + folderUrl + u"）",
             u"Cannot open the folder " + fileNameOfUrl(folderUrl) + u" (" + folderUrl + u")");
    std::vector<InputFile> files;
    osl::DirectoryItem item;
    while (directory.getNextItem(item) == osl::FileBase::E_None) {
        osl::FileStatus status(osl_FileStatus_Mask_FileName | osl_FileStatus_Mask_FileURL | osl_FileStatus_Mask_Type |
                               osl_FileStatus_Mask_ModifyTime);
        if (item.getFileStatus(status) != osl::FileBase::E_None) continue;
        if (status.getFileType() != osl::FileStatus::Regular) continue;
        const std::u16string name(view(status.getFileName()));
        if (!isSubmissionFileName(name)) continue;
        const TimeValue modified = status.getModifyTime();
        files.push_back({std::u16string(view(status.getFileURL())), name, double(modified.Seconds)});
    }
    std::sort(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.name < b.name; });
    return files;
}

} // namespace

std::u16string fileNameOfUrl(std::u16string_view url) {
    const auto slash = url.rfind(u'/');
    const std::u16string_view last = slash == std::u16string_view::npos ? url : url.substr(slash + 1);
    const OUString decoded = rtl::Uri::decode(toOUString(last), rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8);
    return std::u16string(view(decoded));
}

std::optional<double> modificationTime(std::u16string_view url) {
    osl::DirectoryItem item;
    if (osl::DirectoryItem::get(toOUString(url), item) != osl::FileBase::E_None) return std::nullopt;
    osl::FileStatus status(osl_FileStatus_Mask_ModifyTime);
    if (item.getFileStatus(status) != osl::FileBase::E_None) return std::nullopt;
    return double(status.getModifyTime().Seconds);
}

double localSerial(double secondsUtc) {
    const std::time_t seconds = static_cast<std::time_t>(secondsUtc);
    std::tm local{};
    localtime_r(&seconds, &local);
    const Date day{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
    return double(toSerial(day)) + (local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec) / 86400.0;
}

std::u16string folderArgument(CommandScope& scope, std::u16string_view pickerTitle) {
    if (auto folder = argument(scope, "Folder")) {
        const auto strings = stringsOf(*folder);
        if (!strings.empty()) {
            auto url = ensureUrl(strings.front());
            // Anything else reached LibreOffice's store as a relative name
            // and came back as its internal error text.
            if (!url.starts_with(u"file:"))
                fail(u"参数 Folder 不是文件夹地址：“" + url + u"”（应为 file:/// 开头的地址或 / 开头的路径）。",
                     u"The argument Folder is not a folder: \"" + url +
                         u"\" (give a file:/// URL or a path starting with /).");
            return url;
        }
    }
    if (!scope.interactive())
        fail(u"请用参数 Folder 给出文件夹（file:// 地址）。",
             u"Please give the folder in the argument Folder (a file:// URL).");
    auto picker = css::ui::dialogs::FolderPicker::create(scope.context());
    picker->setTitle(toOUString(pickerTitle));
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK)
        fail(u"已取消，未作改动。", u"Cancelled; nothing was changed.");
    return std::u16string(view(picker->getDirectory()));
}

std::vector<InputFile> inputFilesArgument(CommandScope& scope) {
    std::vector<InputFile> files;
    if (auto value = argument(scope, "Files")) {
        for (auto& url : stringsOf(*value)) {
            url = ensureUrl(url);
            files.push_back({url, fileNameOfUrl(url), modificationTime(url)});
        }
        if (files.empty()) fail(u"参数 Files 中没有文件。", u"The argument Files holds no file.");
        return files;
    }
    if (auto folder = argument(scope, "Folder")) {
        const auto strings = stringsOf(*folder);
        if (!strings.empty()) return listFolder(ensureUrl(strings.front()));
    }
    if (!scope.interactive())
        fail(u"请用参数 Files 或 Folder 给出要汇总的文件。",
             u"Please give the files to collect in the argument Files or Folder.");
    auto picker = css::ui::dialogs::FilePicker::createWithMode(scope.context(),
                                                               css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(toOUString(u"选择各单位报送的文件"));
    picker->setMultiSelectionMode(true);
    Reference<css::ui::dialogs::XFilterManager>(picker, css::uno::UNO_QUERY_THROW)
        ->appendFilter(toOUString(u"电子表格和 CSV"), "*.xlsx;*.xlsm;*.xls;*.ods;*.fods;*.et;*.csv");
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK)
        fail(u"已取消，未作改动。", u"Cancelled; nothing was changed.");
    for (const auto& url : picker->getSelectedFiles()) {
        const std::u16string text(view(url));
        files.push_back({text, fileNameOfUrl(text), modificationTime(text)});
    }
    return files;
}

} // namespace huibao::uno

namespace huibao::uno {

std::u16string fileInFolder(const std::u16string& folderUrl, std::u16string_view fileName) {
    std::u16string folder = folderUrl;
    while (folder.size() > 8 && folder.back() == u'/') folder.pop_back();
    // std::filesystem rather than osl::Directory::createPath, which loops
    // for ever under a folder where mkdir answers "no such file" (/proc).
    OUString path;
    std::error_code error;
    if (osl::FileBase::getSystemPathFromFileURL(toOUString(folder), path) != osl::FileBase::E_None)
        error = std::make_error_code(std::errc::invalid_argument);
    else
        std::filesystem::create_directories(std::filesystem::path(toUtf8(view(path))), error);
    if (error) {
        const std::u16string named = path.isEmpty() ? folder : std::u16string(view(path));
        throw UserFacingError{u"无法创建文件夹 " + named, u"Cannot create the folder " + named};
    }
    const OUString encoded = rtl::Uri::encode(toOUString(fileName), rtl_UriCharClassPchar, rtl_UriEncodeIgnoreEscapes,
                                              RTL_TEXTENCODING_UTF8);
    return folder + u"/" + std::u16string(view(encoded));
}

} // namespace huibao::uno
