#include "huibao/report/phrasing.hpp"

#include "huibao/assessment/figure_text.hpp"

namespace huibao {

std::u16string joinEnumeration(const std::vector<std::u16string>& items) {
    std::u16string joined;
    for (const auto& item : items) {
        if (!joined.empty()) joined += u"、";
        joined += item;
    }
    return joined;
}

std::u16string countedNames(const std::vector<std::u16string>& names, std::u16string_view measure) {
    if (names.empty()) return {};
    return joinEnumeration(names) + formatCount(static_cast<long long>(names.size())) + std::u16string(measure);
}

std::u16string projectNames(const std::vector<std::u16string>& names, std::size_t limit) {
    if (names.empty()) return {};
    std::vector<std::u16string> shown;
    for (std::size_t i = 0; i < names.size() && i < limit; ++i)
        shown.push_back(names[i].empty() ? std::u16string(u"未命名项目") : names[i]);
    // Built by appending: GCC 12 warns falsely (-Wrestrict) on literal + temporary.
    std::u16string text = joinEnumeration(shown);
    if (names.size() > limit) {
        text += u"等";
        text += formatCount(static_cast<long long>(names.size()));
        text += u"个项目";
    }
    return text;
}

std::u16string bracketedProjectNames(const std::vector<std::u16string>& names, std::size_t limit) {
    if (names.empty()) return {};
    std::u16string text(u"（");
    text += projectNames(names, limit);
    text += u"）";
    return text;
}

std::u16string yiyuanText(double value, const FigureStyle& style) {
    return formatFixed(value, style.yiyuanDecimals);
}

std::u16string wanText(double value, const FigureStyle& style) {
    return formatFixed(value, style.wanDecimals);
}

std::u16string schedulePhrase(double ahead, bool gapInPoints) {
    const long long hundredths = percentHundredths(ahead);
    if (hundredths == 0) return u"与序时进度持平";
    std::u16string magnitude = formatPercentMagnitude(ahead);
    if (gapInPoints) {
        magnitude.pop_back(); // the %
        magnitude += u"个百分点";
    }
    return (hundredths > 0 ? u"超序时进度" : u"落后序时进度") + magnitude;
}

std::u16string yearOnYearPhrase(double change) {
    const long long hundredths = percentHundredths(change);
    if (hundredths == 0) return u"与上年同期持平";
    return (hundredths > 0 ? u"同比增长" : u"同比下降") + formatPercentMagnitude(change);
}

std::u16string reachesThreshold(int threshold) {
    return u"达到" + formatCount(threshold) + u"个及以上";
}

std::u16string missesThreshold(int threshold) {
    return u"不足" + formatCount(threshold) + u"个";
}

} // namespace huibao
