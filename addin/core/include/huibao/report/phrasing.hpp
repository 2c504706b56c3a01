// Small pieces of official Chinese prose that must read naturally whatever
// the figures are: lists of names that may be empty or hold one name, the
// ahead/behind-schedule wording, 同比 wording, thresholds.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace huibao {

// 甲、乙、丙 (empty for none).
std::u16string joinEnumeration(const std::vector<std::u16string>& items);

// The names (townships in short form, as lists name them) joined with 、 and
// followed by the count and `measure`
// (晋熙、城西4个乡镇 for measure 个乡镇; one name alike: 晋熙1个乡镇, as
// report.md names townships by short name in every list). Empty for none:
// the caller words that case itself.
std::u16string countedNames(const std::vector<std::u16string>& names, std::u16string_view measure);

// 甲项目、乙项目 (at most `limit` names, then 等N个项目), for a sentence the
// officer writes around it; empty when there are none.
std::u16string projectNames(const std::vector<std::u16string>& names, std::size_t limit = 10);
// Project names in brackets as the seed names them: （甲项目、乙项目）. More
// than `limit`: the first `limit`, then 等N个项目 with N the total
// (（甲、乙…等12个项目）). Empty for none. A blank name reads 未命名项目.
std::u16string bracketedProjectNames(const std::vector<std::u16string>& names, std::size_t limit = 10);

// How the report writes figures (spec/report.md): 亿元 with 2 decimals, 万元
// and 万美元 whole, a difference of two rates in 个百分点; the parameters
// 亿元小数位, 万元小数位 and 进度差表述 change this.
struct FigureStyle {
    int yiyuanDecimals = 2;
    int wanDecimals = 0;
    bool gapInPoints = true; // 23.28个百分点 (else the seed's 23.28%)
};

std::u16string yiyuanText(double value, const FigureStyle& style); // 69.30
std::u16string wanText(double value, const FigureStyle& style);    // 1968

// 超序时进度23.28个百分点 / 落后序时进度3.10个百分点 / 与序时进度持平 (when it
// rounds to 0.00); with gapInPoints false 超序时进度23.28%.
std::u16string schedulePhrase(double ahead, bool gapInPoints = true);

// 同比增长12.30% / 同比下降4.10% / 与上年同期持平 (when it rounds to 0.00%).
std::u16string yearOnYearPhrase(double change);

// 达到3个及以上 / 不足3个: in official usage `3个以下` includes 3, so the
// spec asks for these two forms.
std::u16string reachesThreshold(int threshold);
std::u16string missesThreshold(int threshold);

} // namespace huibao
