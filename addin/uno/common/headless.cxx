#include "common/headless.hxx"

#include <rtl/process.h>
#include <rtl/ustring.hxx>

namespace huibao::uno {

bool runsHeadless() {
    static const bool headless = [] {
        for (sal_uInt32 i = 0; i < rtl_getAppCommandArgCount(); ++i) {
            ::rtl::OUString argument;
            rtl_getAppCommandArg(i, &argument.pData);
            if (argument == "--headless" || argument == "-headless") return true;
        }
        return false;
    }();
    return headless;
}

} // namespace huibao::uno
