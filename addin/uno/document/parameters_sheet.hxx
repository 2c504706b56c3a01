// The parameters the sidebar edits, read from and written back to the 参数
// sheet (spec/workbook.md §3). Reading goes through the core, so the panel
// shows exactly the values the commands will use (a bad cell shows its
// default); writing keeps the sheet's layout and is one undo step.
#pragma once

#include "huibao/values/date.hpp"
#include "huibao/values/schedule.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <string_view>

namespace huibao::uno {

// 报告日期, 序时进度口径, 乡镇认定项目下限, 县直单位认定项目下限.
struct SidebarParameters {
    Date reportDate;
    ScheduleBasis basis = ScheduleBasis::ByMonth;
    int townshipThreshold = 3;
    int departmentThreshold = 1;
    friend bool operator==(const SidebarParameters&, const SidebarParameters&) = default;
};

struct SidebarParametersReading {
    SidebarParameters values;
    bool sheetExists = false;
};

// Today on this machine's clock: the default 报告日期.
Date localToday();

SidebarParametersReading readSidebarParameters(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Writes those of the four values that differ from what 参数 gives now
// (creating the sheet with its header and one row per parameter, in the
// spec's order, when absent; the others stay blank = default) as one undo step
// titled `undoTitle`. Throws a UNO exception when the document refuses (a
// protected sheet or workbook structure); nothing is then left changed.
void writeSidebarParameters(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                            const SidebarParameters& values, std::u16string_view undoTitle);

} // namespace huibao::uno
