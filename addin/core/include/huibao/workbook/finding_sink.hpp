// Collects the findings of one sheet, filling in what every finding of that
// sheet shares (index, name, protection) and the code's severity. Internal.
#pragma once

#include "huibao/workbook/finding.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace huibao {

class FindingSink {
public:
    FindingSink(std::vector<Finding>& out, int sheetIndex, std::u16string sheetName, bool isProtected)
        : out_(out), sheetIndex_(sheetIndex), sheetName_(std::move(sheetName)), isProtected_(isProtected) {}

    // row is 1-based; column 0-based or -1 for "no field cell".
    void add(FindingCode code, int row, int column, std::u16string_view field, std::u16string message,
             int fieldOrder = 0);

    std::size_t count() const { return out_.size(); }

private:
    std::vector<Finding>& out_;
    int sheetIndex_;
    std::u16string sheetName_;
    bool isProtected_;
};

} // namespace huibao
