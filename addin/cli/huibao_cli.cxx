// huibao — Huibao's commands from the command line (spec/collection.md):
//
//   huibao templates  county.xlsx --out DIR
//   huibao collect    county.xlsx DIR_OR_FILES... --out county_汇总.xlsx
//   huibao report     county.xlsx [--pdf] [--docx] [--out DIR]
//   huibao receipts   county.xlsx --out DIR
//
// It starts a headless LibreOffice on a private throwaway profile with
// huibao.oxt installed, runs the command through org.huibao.XEngine over a
// pipe, and returns only after LibreOffice has stopped. Its inputs are never
// written to. Exit status: 0 done, 1 the command failed, 2 wrong usage or
// input, 3 LibreOffice or the extension could not be started.

#include "common/uno_values.hxx"

#include <boost/program_options.hpp>
#include <initializer_list>

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <org/huibao/XEngine.hpp>
#include <osl/file.hxx>
#include <rtl/ustring.hxx>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <pwd.h>
#include <regex>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
namespace po = boost::program_options;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using huibao::uno::property;
using huibao::uno::sequenceOf;
using ::rtl::OUString;

namespace {

constexpr int kDone = 0, kCommandFailed = 1, kUsage = 2, kNoOffice = 3;
const std::string kProgramDir = LO_PROGRAM_DIR;

bool chineseLocale() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value && *value) return std::string(value).rfind("zh", 0) == 0;
    }
    return false;
}

// One message in the user's language.
std::string say(const std::string& chinese, const std::string& english) {
    static const bool chinese_ = chineseLocale();
    return chinese_ ? chinese : english;
}

struct Failure {
    int status;
    std::string message;
};

std::string utf8(const OUString& text) {
    return rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr();
}
OUString ou(const std::string& text) {
    return rtl::OStringToOUString(text.c_str(), RTL_TEXTENCODING_UTF8);
}
OUString fileUrl(const fs::path& path) {
    OUString url;
    osl::FileBase::getFileURLFromSystemPath(ou(fs::absolute(path).lexically_normal().string()), url);
    return url;
}

void progress(const std::string& chinese, const std::string& english) {
    std::cerr << "huibao: " << say(chinese, english) << std::endl;
}

// Runs a program and waits; its output goes to `log`.
int runAndWait(const std::vector<std::string>& argv, const fs::path& log, const std::vector<std::string>& env) {
    const pid_t child = fork();
    if (child == 0) {
        std::FILE* out = std::fopen(log.c_str(), "a");
        if (out) {
            dup2(fileno(out), 1);
            dup2(fileno(out), 2);
        }
        for (const auto& assignment : env) putenv(const_cast<char*>(assignment.c_str()));
        std::vector<char*> args;
        for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string tail(const fs::path& log) {
    std::ifstream in(log);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    return text.size() > 2000 ? text.substr(text.size() - 2000) : text;
}

// A LibreOffice of our own: a profile under /tmp, huibao.oxt installed in it,
// soffice listening on a pipe. Stopped and removed again by the destructor.
class PrivateOffice {
public:
    explicit PrivateOffice(const fs::path& oxt) {
        char pattern[] = "/tmp/huibao-cli-XXXXXX";
        if (!mkdtemp(pattern))
            throw Failure{kNoOffice, say("无法创建临时文件夹。", "Cannot create a temporary folder.")};
        root_ = pattern;
        fs::permissions(root_, fs::perms::all);
        profile_ = root_ / "profile";
        home_ = root_ / "home";
        fs::create_directories(profile_ / "user");
        fs::create_directories(home_);
        std::ofstream(profile_ / "user" / "registrymodifications.xcu") << registry("zh-CN");
        fs::copy_file(oxt, root_ / "huibao.oxt");
        try {
            install();
            // unopkg leaves its own UI locale in the profile: LibreOffice (and
            // the text Huibao shows) follows the user's language instead.
            setUiLocale(chineseLocale() ? "zh-CN" : "en-US");
            launch();
        } catch (...) {
            stop();
            removeRoot();
            throw;
        }
    }

    ~PrivateOffice() {
        stop();
        removeRoot();
    }

    const Reference<css::uno::XComponentContext>& context() const { return remote_; }

    // Terminates soffice and waits for it (killed after 60 s).
    void stop() {
        if (pid_ <= 0) return;
        try {
            if (remote_.is()) css::frame::Desktop::create(remote_)->terminate();
        } catch (const css::uno::Exception&) {
            // The bridge goes down with soffice: expected.
        }
        remote_.clear();
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        int status = 0;
        while (waitpid(pid_, &status, WNOHANG) == 0) {
            if (std::chrono::steady_clock::now() > deadline) {
                kill(-pid_, SIGKILL);
                waitpid(pid_, &status, 0);
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        pid_ = -1;
    }

private:
    void removeRoot() {
        if (std::getenv("HUIBAO_KEEP_PROFILE")) return;
        std::error_code ignored;
        fs::remove_all(root_, ignored);
    }

    static std::string registry(const std::string& locale) {
        auto item = [](const std::string& path, const std::string& name, const std::string& value) {
            return "<item oor:path=\"" + path + "\"><prop oor:name=\"" + name + "\" oor:op=\"fuse\"><value>" + value +
                   "</value></prop></item>\n";
        };
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
               "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n" +
               item("/org.openoffice.Setup/L10N", "ooLocale", locale) +
               item("/org.openoffice.Office.Common/Misc", "FirstRun", "false") +
               item("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "false") + "</oor:items>\n";
    }

    // LibreOffice chooses its UI language from Linguistic/General/UILocale at
    // start-up and writes ooLocale from it; unopkg leaves its own there.
    void setUiLocale(const std::string& locale) const {
        const fs::path path = profile_ / "user" / "registrymodifications.xcu";
        std::string text;
        {
            std::ifstream in(path);
            text.assign(std::istreambuf_iterator<char>(in), {});
        }
        static const std::regex earlier(
            R"re(<item oor:path="/org.openoffice.(Setup/L10N|Office.Linguistic/General)"><prop oor:name="(ooLocale|UILocale)"[^\n]*</item>\n?)re");
        text = std::regex_replace(text, earlier, "");
        const std::string items =
            "<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooLocale\" oor:op=\"fuse\"><value>" +
            locale +
            "</value></prop></item>\n"
            "<item oor:path=\"/org.openoffice.Office.Linguistic/General\"><prop oor:name=\"UILocale\" "
            "oor:op=\"fuse\"><value>" +
            locale + "</value></prop></item>\n";
        const auto end = text.rfind("</oor:items>");
        if (end == std::string::npos)
            text = registry(locale);
        else
            text.insert(end, items);
        std::ofstream(path) << text;
    }

    std::string profileUrl() const { return "file://" + profile_.string(); }

    // unopkg refuses to run as root without --shared: as root the package is
    // installed by `nobody` into a profile that user owns.
    void install() {
        progress("正在安装汇报助手扩展……", "Installing the Huibao extension…");
        std::vector<std::string> argv{kProgramDir + "/unopkg", "add", "--suppress-license",
                                      (root_ / "huibao.oxt").string(), "-env:UserInstallation=" + profileUrl()};
        if (geteuid() == 0) {
            const passwd* nobody = getpwnam("nobody");
            if (nobody) {
                for (const auto& entry : fs::recursive_directory_iterator(root_))
                    (void)!chown(entry.path().c_str(), nobody->pw_uid, nobody->pw_gid);
                (void)!chown(root_.c_str(), nobody->pw_uid, nobody->pw_gid);
                argv.insert(argv.begin(), {"runuser", "-u", "nobody", "--", "env", "HOME=" + home_.string()});
            }
        }
        const fs::path log = root_ / "unopkg.log";
        const int status = runAndWait(argv, log, {"HOME=" + home_.string()});
        if (status != 0)
            throw Failure{kNoOffice, say("无法安装汇报助手扩展（unopkg 退出码 ",
                                         "Cannot install the Huibao extension (unopkg exit status ") +
                                         std::to_string(status) + say("）：\n", "):\n") + tail(log)};
    }

    void launch() {
        progress("正在启动 LibreOffice……", "Starting LibreOffice…");
        const std::string pipe = "huibao-cli-" + std::to_string(getpid());
        fs::remove(profile_ / ".lock");
        const fs::path log = root_ / "soffice.log";
        const std::vector<std::string> argv{kProgramDir + "/soffice",
                                            "--headless",
                                            "--invisible",
                                            "--norestore",
                                            "--nologo",
                                            "--nodefault",
                                            "--nolockcheck",
                                            "-env:UserInstallation=" + profileUrl(),
                                            "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext"};
        pid_ = fork();
        if (pid_ == 0) {
            setsid();
            std::FILE* out = std::fopen(log.c_str(), "w");
            if (out) {
                dup2(fileno(out), 1);
                dup2(fileno(out), 2);
            }
            setenv("HOME", home_.c_str(), 1);
            setenv("SAL_USE_VCLPLUGIN", "svp", 1);
            // File names are UTF-8 whatever the user's locale (zh_CN may not be
            // installed; then LibreOffice could not name a Chinese file).
            setenv("LC_ALL", "C.UTF-8", 1);
            std::vector<char*> args;
            for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
            args.push_back(nullptr);
            execv(args[0], args.data());
            _exit(127);
        }
        setenv("URE_BOOTSTRAP", ("vnd.sun.star.pathname:" + kProgramDir + "/fundamentalrc").c_str(), 1);
        auto local = cppu::defaultBootstrap_InitialComponentContext();
        auto resolver = css::bridge::UnoUrlResolver::create(local);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
        for (;;) {
            int status = 0;
            if (waitpid(pid_, &status, WNOHANG) == pid_) {
                pid_ = -1;
                throw Failure{kNoOffice, say("LibreOffice 启动失败：\n", "LibreOffice failed to start:\n") + tail(log)};
            }
            try {
                remote_.set(resolver->resolve(ou("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")),
                            UNO_QUERY_THROW);
                return;
            } catch (const css::connection::NoConnectException&) {
                if (std::chrono::steady_clock::now() > deadline)
                    throw Failure{kNoOffice,
                                  say("LibreOffice 在 120 秒内没有响应。", "LibreOffice did not answer within 120 s.")};
                std::this_thread::sleep_for(std::chrono::milliseconds(250));
            }
        }
    }

    fs::path root_, profile_, home_;
    pid_t pid_ = -1;
    Reference<css::uno::XComponentContext> remote_;
};

// The county workbook, opened hidden; closed without saving.
class OpenWorkbook {
public:
    OpenWorkbook(const Reference<css::uno::XComponentContext>& context, const fs::path& path) {
        progress("正在打开 " + path.filename().string() + "……", "Opening " + path.filename().string() + "…");
        const Sequence<css::beans::PropertyValue> arguments =
            sequenceOf<css::beans::PropertyValue>({property("Hidden", Any(true))});
        try {
            document_.set(
                css::frame::Desktop::create(context)->loadComponentFromURL(fileUrl(path), "_blank", 0, arguments),
                UNO_QUERY);
        } catch (const css::uno::Exception&) {}
        if (!document_.is())
            throw Failure{kUsage, say("无法打开工作簿 ", "Cannot open the workbook ") + path.string() +
                                      say("（文件已损坏、已加密或不是电子表格）。",
                                          " (damaged, encrypted or not a spreadsheet).")};
    }
    ~OpenWorkbook() {
        try {
            Reference<css::util::XCloseable>(document_, UNO_QUERY_THROW)->close(true);
        } catch (...) {}
    }
    const Reference<css::sheet::XSpreadsheetDocument>& document() const { return document_; }

    // Stores a copy at `path` in the format its extension names.
    void storeTo(const fs::path& path, bool asDocumentLocation = false) const {
        const std::string extension = path.extension().string();
        const char* filter = extension == ".ods"   ? "calc8"
                             : extension == ".xls" ? "MS Excel 97"
                                                   : "Calc MS Excel 2007 XML";
        const Sequence<css::beans::PropertyValue> arguments = sequenceOf<css::beans::PropertyValue>(
            {property("FilterName", Any(OUString::createFromAscii(filter))), property("Overwrite", Any(true))});
        Reference<css::frame::XStorable> storable(document_, UNO_QUERY_THROW);
        try {
            if (asDocumentLocation)
                storable->storeAsURL(fileUrl(path), arguments);
            else
                storable->storeToURL(fileUrl(path), arguments);
        } catch (const css::uno::Exception& error) {
            throw Failure{kCommandFailed,
                          say("无法写入 ", "Cannot write ") + path.string() + " (" + utf8(error.Message) + ")"};
        }
    }

private:
    Reference<css::sheet::XSpreadsheetDocument> document_;
};

Reference<org::huibao::XEngine> engineOf(const Reference<css::uno::XComponentContext>& context) {
    Reference<org::huibao::XEngine> engine(
        context->getServiceManager()->createInstanceWithContext("org.huibao.Engine", context), UNO_QUERY);
    if (!engine.is())
        throw Failure{kNoOffice, say("LibreOffice 中没有汇报助手扩展（org.huibao.Engine）。",
                                     "Huibao's org.huibao.Engine is not available in LibreOffice.")};
    return engine;
}

// Runs one XEngine call on `workbook`; Huibao's message, after the file's
// name (collection.md: a failure names the file), becomes the failure.
template <typename Call>
Sequence<css::beans::NamedValue> engineCall(const fs::path& workbook, Call call) {
    try {
        return call();
    } catch (const css::uno::Exception& error) {
        throw Failure{kCommandFailed, workbook.filename().string() + say("：", ": ") + utf8(error.Message)};
    }
}

std::optional<Any> result(const Sequence<css::beans::NamedValue>& results, const char* name) {
    for (const auto& value : results)
        if (value.Name.equalsAscii(name)) return value.Value;
    return std::nullopt;
}
long count(const Sequence<css::beans::NamedValue>& results, const char* name) {
    sal_Int32 value = 0;
    if (auto any = result(results, name)) *any >>= value;
    return value;
}
std::string text(const Sequence<css::beans::NamedValue>& results, const char* name) {
    OUString value;
    if (auto any = result(results, name)) *any >>= value;
    return utf8(value);
}

fs::path existingInput(const std::string& argument) {
    const fs::path path(argument);
    if (!fs::exists(path)) throw Failure{kUsage, say("找不到文件：", "No such file: ") + argument};
    return fs::canonical(path);
}

// The output must not be one of the inputs.
void checkNotInput(const fs::path& out, const std::vector<fs::path>& inputs) {
    for (const auto& input : inputs) {
        std::error_code error;
        if (fs::exists(out) && fs::equivalent(out, input, error))
            throw Failure{kUsage, say("输出文件不能是输入文件：", "The output must not be an input: ") + out.string()};
    }
}

fs::path outputFolder(const std::optional<std::string>& out) {
    const fs::path folder = out ? fs::path(*out) : fs::current_path();
    std::error_code error;
    fs::create_directories(folder, error);
    if (!fs::is_directory(folder))
        throw Failure{kUsage, say("无法创建输出文件夹：", "Cannot create the output folder: ") + folder.string()};
    return fs::absolute(folder);
}

// Dispatches a huibao: command on the document's frame (ExportPdf and
// ExportDocument write next to the document).
bool dispatch(const Reference<css::uno::XComponentContext>& context, const OpenWorkbook& workbook, const char* url,
              std::string& message) {
    Reference<css::frame::XModel> model(workbook.document(), UNO_QUERY_THROW);
    Reference<css::frame::XDispatchProvider> provider(model->getCurrentController()->getFrame(), UNO_QUERY_THROW);
    auto helper = css::frame::DispatchHelper::create(context);
    const Any answer = helper->executeDispatch(provider, OUString::createFromAscii(url), "", 0, {});
    css::frame::DispatchResultEvent event;
    if (!(answer >>= event)) return false; // no handler: the command does not exist in this build
    if (event.State == css::frame::DispatchResultState::SUCCESS) return true;
    OUString text;
    if (event.Result >>= text) message = utf8(text);
    return false;
}

int run(int argc, char** argv) {
    po::options_description options(say("选项", "Options"));
    options.add_options()("help,h", say("显示帮助", "show this help").c_str())(
        "out,o", po::value<std::string>(), say("输出文件或文件夹", "output file or folder").c_str())(
        "pdf", say("report：同时导出 PDF", "report: also export the PDF").c_str())(
        "docx", say("report：同时导出 .docx", "report: also export the .docx").c_str())(
        "oxt", po::value<std::string>(), say("huibao.oxt 的位置", "where huibao.oxt is").c_str());
    po::options_description hidden;
    hidden.add_options()("command", po::value<std::string>())("workbook", po::value<std::string>())(
        "inputs", po::value<std::vector<std::string>>());
    po::positional_options_description positional;
    positional.add("command", 1).add("workbook", 1).add("inputs", -1);
    po::options_description all;
    all.add(options).add(hidden);
    po::variables_map vm;
    const std::string usage = say("用法：\n"
                                  "  huibao templates  county.xlsx --out DIR\n"
                                  "  huibao collect    county.xlsx DIR_OR_FILES... --out county_汇总.xlsx\n"
                                  "  huibao report     county.xlsx [--pdf] [--docx] [--out DIR]\n"
                                  "  huibao receipts   county.xlsx --out DIR\n",
                                  "Usage:\n"
                                  "  huibao templates  county.xlsx --out DIR\n"
                                  "  huibao collect    county.xlsx DIR_OR_FILES... --out county_汇总.xlsx\n"
                                  "  huibao report     county.xlsx [--pdf] [--docx] [--out DIR]\n"
                                  "  huibao receipts   county.xlsx --out DIR\n");
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& error) {
        throw Failure{kUsage, std::string(error.what()) + "\n" + usage};
    }
    if (vm.count("help")) {
        std::cout << usage << options;
        return kDone;
    }
    if (!vm.count("command") || !vm.count("workbook")) throw Failure{kUsage, usage};
    const std::string command = vm["command"].as<std::string>();
    if (command != "templates" && command != "collect" && command != "report" && command != "receipts")
        throw Failure{kUsage, say("不认识的命令：", "Unknown command: ") + command + "\n" + usage};
    const fs::path workbookPath = existingInput(vm["workbook"].as<std::string>());
    const std::vector<std::string> inputs =
        vm.count("inputs") ? vm["inputs"].as<std::vector<std::string>>() : std::vector<std::string>{};
    std::optional<std::string> out;
    if (vm.count("out")) out = vm["out"].as<std::string>();
    if ((command == "templates" || command == "receipts" || command == "collect") && !out)
        throw Failure{kUsage, say("请用 --out 指定输出位置。\n", "Please give the output with --out.\n") + usage};
    if (command == "collect" && inputs.empty())
        throw Failure{kUsage,
                      say("请给出要汇总的文件或文件夹。\n", "Please give the files or folders to collect.\n") + usage};
    if (command != "collect" && !inputs.empty())
        throw Failure{kUsage, say("多余的参数：", "Unexpected argument: ") + inputs.front() + "\n" + usage};

    // Everything is checked before LibreOffice starts.
    std::vector<fs::path> inputPaths{workbookPath};
    Sequence<OUString> urls;
    if (command == "collect") {
        std::vector<OUString> files;
        for (const auto& input : inputs) {
            const fs::path path = existingInput(input);
            inputPaths.push_back(path);
            if (fs::is_directory(path)) {
                std::vector<fs::path> entries;
                for (const auto& entry : fs::directory_iterator(path))
                    if (entry.is_regular_file()) entries.push_back(entry.path());
                std::sort(entries.begin(), entries.end());
                for (const auto& entry : entries) {
                    const std::string name = entry.filename().string();
                    std::string extension = entry.extension().string();
                    for (auto& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
                    const bool spreadsheet = extension == ".xlsx" || extension == ".xlsm" || extension == ".xls" ||
                                             extension == ".ods" || extension == ".fods" || extension == ".et" ||
                                             extension == ".csv";
                    if (!spreadsheet || name[0] == '.' || name.rfind("~$", 0) == 0) continue;
                    files.push_back(fileUrl(entry));
                    inputPaths.push_back(fs::canonical(entry));
                }
            } else {
                files.push_back(fileUrl(path));
            }
        }
        if (files.empty()) throw Failure{kUsage, say("没有找到要汇总的文件。", "No files to collect were found.")};
        urls = Sequence<OUString>(files.data(), sal_Int32(files.size()));
        checkNotInput(fs::absolute(*out), inputPaths);
    }

    fs::path oxt = vm.count("oxt")             ? fs::path(vm["oxt"].as<std::string>())
                   : std::getenv("HUIBAO_OXT") ? fs::path(std::getenv("HUIBAO_OXT"))
                                               : fs::path(HUIBAO_DEFAULT_OXT);
    if (!fs::exists(oxt))
        throw Failure{kNoOffice, say("找不到 huibao.oxt：", "huibao.oxt not found: ") + oxt.string() +
                                     say("（请先构建，或用 --oxt 指定）", " (build it first, or give --oxt)")};

    PrivateOffice office(oxt);
    int status = kDone;
    {
        const auto& context = office.context();
        const auto engine = engineOf(context);
        OpenWorkbook workbook(context, workbookPath);
        const auto& document = workbook.document();
        if (command == "templates") {
            const fs::path folder = outputFolder(out);
            progress("正在生成模板……", "Making the templates…");
            const auto results =
                engineCall(workbookPath, [&] { return engine->makeTemplates(document, fileUrl(folder)); });
            std::cout << say("已生成模板 ", "Templates written: ") << count(results, "Templates")
                      << say(" 个，位于 ", " in ") << folder.string() << std::endl;
        } else if (command == "collect") {
            progress("正在汇总 " + std::to_string(urls.getLength()) + " 个文件……",
                     "Collecting " + std::to_string(urls.getLength()) + " files…");
            const auto results = engineCall(workbookPath, [&] { return engine->importSubmissions(document, urls); });
            const fs::path target = fs::absolute(*out);
            if (target.has_parent_path()) fs::create_directories(target.parent_path());
            workbook.storeTo(target);
            std::cout << say("已导入 ", "Imported: ") << count(results, "Imported") << say("，已替换 ", ", replaced: ")
                      << count(results, "Replaced") << say("，无法读取 ", ", unreadable: ")
                      << count(results, "Unreadable") << say("，未报送单位 ", ", units not submitted: ")
                      << count(results, "NotSubmitted") << say("；错误 ", "; errors: ") << count(results, "Errors")
                      << say("，警告 ", ", warnings: ") << count(results, "Warnings") << std::endl;
            const std::string unreadable = text(results, "UnreadableFiles");
            if (!unreadable.empty())
                std::cout << say("无法读取的文件：\n", "Files that could not be read:\n") << unreadable << std::endl;
            const std::string missing = text(results, "NotSubmittedUnits");
            if (!missing.empty()) std::cout << say("未报送：", "Not submitted: ") << missing << std::endl;
            std::cout << say("汇总工作簿：", "Collected workbook: ") << target.string() << std::endl;
        } else if (command == "report") {
            const fs::path folder = outputFolder(out);
            progress("正在生成工作汇报……", "Building the report…");
            const auto results = engineCall(workbookPath, [&] { return engine->buildReport(document); });
            const std::string stem = workbookPath.stem().string() + "_汇报";
            checkNotInput(folder / (stem + ".ods"), inputPaths);
            checkNotInput(folder / (stem + ".xlsx"), inputPaths);
            workbook.storeTo(folder / (stem + ".ods"), true); // the PDF and .docx go next to it
            workbook.storeTo(folder / (stem + ".xlsx"));
            std::cout << say("工作汇报：", "Report: ") << (folder / (stem + ".ods")).string() << ", "
                      << (folder / (stem + ".xlsx")).string() << say("（错误 ", " (errors: ")
                      << count(results, "Errors") << say("，警告 ", ", warnings: ") << count(results, "Warnings")
                      << say("）", ")") << std::endl;
            for (const auto& [flag, url] :
                 {std::pair{"pdf", "huibao:ExportPdf"}, std::pair{"docx", "huibao:ExportDocument"}}) {
                if (!vm.count(flag)) continue;
                std::string message;
                if (dispatch(context, workbook, url, message)) {
                    std::cout << say("已导出 ", "Exported ") << (folder / (stem + "_工作汇报." + flag)).string()
                              << std::endl;
                } else {
                    std::cerr << "huibao: "
                              << (message.empty() ? say("导出失败：", "Export failed: ") + std::string(flag) : message)
                              << std::endl;
                    status = kCommandFailed;
                }
            }
        } else {
            const fs::path folder = outputFolder(out);
            progress("正在写入校验回执……", "Writing the receipts…");
            const auto results =
                engineCall(workbookPath, [&] { return engine->writeReceipts(document, fileUrl(folder)); });
            std::cout << say("已写入校验回执 ", "Receipts written: ") << count(results, "Receipts")
                      << say(" 份，位于 ", " in ") << folder.string() << say("（错误 ", " (errors: ")
                      << count(results, "Errors") << say("，警告 ", ", warnings: ") << count(results, "Warnings")
                      << say("）", ")") << std::endl;
        }
    }
    progress("正在关闭 LibreOffice……", "Stopping LibreOffice…");
    office.stop();
    return status;
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const Failure& failure) {
        std::cerr << "huibao: " << failure.message << std::endl;
        return failure.status;
    } catch (const css::uno::Exception& error) {
        std::cerr << "huibao: " << say("LibreOffice 报告了一个错误：", "LibreOffice reported an error: ")
                  << utf8(error.Message) << std::endl;
        return kCommandFailed;
    } catch (const std::exception& error) {
        std::cerr << "huibao: " << error.what() << std::endl;
        return kCommandFailed;
    }
}
