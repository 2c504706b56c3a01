// Top-to-bottom layout of a panel's controls. The same code measures (for
// XSidebarPanel::getHeightForWidth) and places (on resize), so the height the
// sidebar is told is the height the panel uses.
#pragma once

#include "sidebar/awt_controls.hxx"

#include <algorithm>
#include <vector>

namespace huibao::uno {

inline constexpr sal_Int32 kPanelMargin = 6;
inline constexpr sal_Int32 kPanelGap = 4;
inline constexpr sal_Int32 kMinimalFieldWidth = 96;

class ColumnLayout {
public:
    ColumnLayout(sal_Int32 width, bool place) : width_(std::max<sal_Int32>(width, 1)), place_(place) {}

    sal_Int32 innerWidth() const { return std::max<sal_Int32>(width_ - 2 * kPanelMargin, 1); }

    // A control over the whole width.
    void full(const css::uno::Reference<css::awt::XControl>& control, sal_Int32 height) {
        if (place_) place(control, kPanelMargin, y_, innerWidth(), height);
        y_ += height + kPanelGap;
    }

    // A label and its field: side by side when both fit, else the label above.
    void labelled(const css::uno::Reference<css::awt::XControl>& label,
                  const css::uno::Reference<css::awt::XControl>& field, sal_Int32 labelWidth, sal_Int32 labelHeight,
                  sal_Int32 fieldHeight) {
        if (labelWidth + kPanelGap + kMinimalFieldWidth <= innerWidth()) {
            const sal_Int32 rowHeight = std::max(labelHeight, fieldHeight);
            if (place_) {
                place(label, kPanelMargin, y_ + (rowHeight - labelHeight) / 2, labelWidth, labelHeight);
                place(field, kPanelMargin + labelWidth + kPanelGap, y_ + (rowHeight - fieldHeight) / 2,
                      innerWidth() - labelWidth - kPanelGap, fieldHeight);
            }
            y_ += rowHeight + kPanelGap;
        } else {
            if (place_) place(label, kPanelMargin, y_, innerWidth(), labelHeight);
            y_ += labelHeight + 1;
            full(field, fieldHeight);
        }
    }

    // Two controls side by side, half the width each.
    void pair(const css::uno::Reference<css::awt::XControl>& left, const css::uno::Reference<css::awt::XControl>& right,
              sal_Int32 height) {
        const sal_Int32 half = (innerWidth() - kPanelGap) / 2;
        if (place_) {
            place(left, kPanelMargin, y_, half, height);
            place(right, kPanelMargin + half + kPanelGap, y_, innerWidth() - half - kPanelGap, height);
        }
        y_ += height + kPanelGap;
    }

    void space(sal_Int32 height) { y_ += height; }

    // The height used so far, with the bottom margin.
    sal_Int32 height() const { return y_ - kPanelGap + kPanelMargin; }

private:
    sal_Int32 width_;
    bool place_;
    sal_Int32 y_ = kPanelMargin;
};

// The narrowest panel that shows each of `controls` at its preferred width,
// and a field at least kMinimalFieldWidth wide.
inline sal_Int32 minimalPanelWidth(const std::vector<css::uno::Reference<css::awt::XControl>>& controls) {
    sal_Int32 widest = kMinimalFieldWidth;
    for (const auto& control : controls) widest = std::max(widest, preferredSize(control).Width);
    return widest + 2 * kPanelMargin;
}

} // namespace huibao::uno
