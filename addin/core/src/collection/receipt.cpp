#include "huibao/collection/receipt.hpp"

#include "huibao/text/text.hpp"
#include "huibao/validation/findings_sheet.hpp"
#include "huibao/values/message_text.hpp"

#include <algorithm>
#include <map>

namespace huibao {
namespace {

std::u16string chineseDate(const Date& date) {
    return message::number(date.year) + u"年" + message::number(date.month) + u"月" + message::number(date.day) + u"日";
}

struct UnitSheets {
    std::u16string unit;
    std::vector<ReceiptSheet> sheets;
};

} // namespace

std::u16string receiptSummary(int errors, int warnings, const std::optional<Date>& deadline) {
    if (errors == 0 && warnings == 0) return u"校验通过，未发现问题。";
    std::u16string text = u"共发现错误" + message::number(errors) + u"处、警告" + message::number(warnings) + u"处，";
    if (deadline)
        text += u"请于" + chineseDate(*deadline) + u"前修改后重新报送。";
    else
        text += u"请修改后重新报送。";
    return text;
}

std::u16string safeFileName(std::u16string_view name) {
    std::u16string safe;
    for (char16_t c : name) {
        const bool bad = c < 0x20 || std::u16string_view(u"/\\:*?\"<>|").find(c) != std::u16string_view::npos;
        safe += bad ? u'_' : c;
    }
    if (safe.empty() || safe.front() == u'.') safe.insert(safe.begin(), u'_');
    return safe;
}

std::u16string receiptFileName(std::u16string_view unitName) {
    return safeFileName(unitName) + u"_校验回执.xlsx";
}

namespace {

// One group per registered unit however its rows write it (name, alias,
// short form); unregistered names by their normalised text.
std::u16string groupKey(const UnitRef& unit) {
    if (unit.isRegistered()) return u"\u0001" + fromUtf8(std::to_string(unit.registered));
    return unit.key;
}

} // namespace

std::vector<Receipt> planReceipts(const Workbook& workbook, const ValidationResult& result) {
    std::vector<UnitSheets> units;
    std::map<std::u16string, std::size_t> byKey; // unit key → index in units
    auto unitFor = [&](const std::u16string& key, const std::u16string& name) -> UnitSheets& {
        auto [it, inserted] = byKey.try_emplace(key, units.size());
        if (inserted) units.push_back({name, {}});
        return units[it->second];
    };
    // Rows of each sheet by unit key; rows of no unit.
    std::vector<std::map<std::u16string, std::vector<int>>> rowsByUnit(workbook.sheets.size());
    std::vector<std::map<std::u16string, std::u16string>> unitNames(workbook.sheets.size());
    std::vector<std::vector<int>> unitless(workbook.sheets.size());
    for (const ProjectRow& row : result.rows) {
        if (!row.unit) {
            unitless[row.sheetIndex].push_back(row.row - 1);
            continue;
        }
        const std::u16string key = groupKey(*row.unit);
        rowsByUnit[row.sheetIndex][key].push_back(row.row - 1);
        unitNames[row.sheetIndex].try_emplace(key, row.unit->displayName);
    }
    for (std::size_t s = 0; s < workbook.sheets.size() && s < result.sheets.size(); ++s) {
        const SheetInfo& info = result.sheets[s];
        if (info.role != SheetRole::Submission) continue;
        const Sheet& sheet = workbook.sheets[s];
        const int index = static_cast<int>(s);
        auto& rows = rowsByUnit[s];
        if (info.sheetUnit) {
            // A unit's sheet is all its own unless some rows name another
            // unit (they count for that unit, and go to its receipt); rows
            // of no unit stay with the sheet's.
            const std::u16string key = groupKey(*info.sheetUnit);
            if (rows.empty() || (rows.size() == 1 && rows.begin()->first == key)) {
                unitFor(key, info.sheetUnit->displayName).sheets.push_back({index, sheet.name, {}});
                continue;
            }
            auto& own = rows[key];
            own.insert(own.end(), unitless[s].begin(), unitless[s].end());
            std::sort(own.begin(), own.end());
            unitNames[s].try_emplace(key, info.sheetUnit->displayName);
        }
        if (rows.size() <= 1) {
            // One unit or none: the whole sheet is that unit's (none: the sheet's name).
            const std::u16string key = rows.empty() ? sheet.name : rows.begin()->first;
            const std::u16string name = rows.empty() ? sheet.name : unitNames[s].at(key);
            unitFor(key, name).sheets.push_back({index, sheet.name, {}});
            continue;
        }
        // Both rows of a two-row header stay above the unit's projects.
        const int lastHeaderRow = info.layout ? info.layout->lastHeaderRow() : 0;
        for (const auto& [key, projectRows] : rows) {
            ReceiptSheet cut{index, sheet.name, {}};
            for (int r = 0; r <= lastHeaderRow; ++r) cut.keptRows.push_back(r);
            cut.keptRows.insert(cut.keptRows.end(), projectRows.begin(), projectRows.end());
            std::sort(cut.keptRows.begin(), cut.keptRows.end());
            unitFor(key, unitNames[s].at(key)).sheets.push_back(std::move(cut));
        }
    }
    // Two spellings shown alike (an unregistered 交通局 on two sheets written
    // differently) share one receipt file: one receipt.
    std::vector<UnitSheets> merged;
    for (auto& unit : units) {
        auto same = std::find_if(merged.begin(), merged.end(), [&](const UnitSheets& m) {
            return receiptFileName(m.unit) == receiptFileName(unit.unit);
        });
        if (same == merged.end())
            merged.push_back(std::move(unit));
        else
            same->sheets.insert(same->sheets.end(), unit.sheets.begin(), unit.sheets.end());
    }
    std::vector<Receipt> receipts;
    for (auto& unit : merged) {
        Receipt receipt;
        receipt.unit = unit.unit;
        for (const Finding& finding : result.findings) {
            for (const ReceiptSheet& sheet : unit.sheets) {
                if (finding.sheetIndex != sheet.sheetIndex) continue;
                Finding kept = finding;
                if (!sheet.keptRows.empty()) {
                    const auto at = std::lower_bound(sheet.keptRows.begin(), sheet.keptRows.end(), finding.row - 1);
                    if (at == sheet.keptRows.end() || *at != finding.row - 1) continue;
                    kept.row = static_cast<int>(at - sheet.keptRows.begin()) + 1;
                }
                (kept.severity == Severity::Error ? receipt.errors : receipt.warnings) += 1;
                receipt.findings.push_back(std::move(kept));
            }
        }
        receipt.sheets = std::move(unit.sheets);
        receipt.summary = receiptSummary(receipt.errors, receipt.warnings, result.parameters.deadline());
        receipts.push_back(std::move(receipt));
    }
    return receipts;
}

FormattedTable receiptFindingsTable(const Receipt& receipt) {
    FormattedTable table = findingsSheetTable(receipt.findings);
    table.name = kReceiptFindingsSheet;
    return table;
}

} // namespace huibao
