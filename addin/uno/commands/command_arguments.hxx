// The folder or files a collection command works on: the dispatch arguments
// `Folder` (a file URL) and `Files` (file URLs as a sequence of strings, a
// sequence of any, or one string), or, in the GUI without them, a picker.
#pragma once

#include "commands/command_scope.hxx"

#include <optional>
#include <string>
#include <vector>

namespace huibao::uno {

struct InputFile {
    std::u16string url;
    std::u16string name;               // the file name
    std::optional<double> modifiedUtc; // seconds since 1970, when known
};

// The folder to write into (MakeTemplates, WriteReceipts); a Chinese
// UserFacingError when there is none and no picker can be shown, or the
// officer cancels.
std::u16string folderArgument(CommandScope& scope, std::u16string_view pickerTitle);

// The files to import: `Files`, else the submission files of `Folder`
// (isSubmissionFileName), else a multi-selection picker.
std::vector<InputFile> inputFilesArgument(CommandScope& scope);

// The file name of a file URL (decoded).
std::u16string fileNameOfUrl(std::u16string_view url);

// The file's modification time (seconds since 1970, UTC), when it can be read.
std::optional<double> modificationTime(std::u16string_view url);

// A date-time serial (local time, the default null date) for seconds since 1970.
double localSerial(double secondsUtc);

} // namespace huibao::uno

namespace huibao::uno {

// The URL of `fileName` in the folder `folderUrl`; the folder is created when missing.
std::u16string fileInFolder(const std::u16string& folderUrl, std::u16string_view fileName);

} // namespace huibao::uno
