// The three panels of the 汇报助手 deck (spec/integration.md, "Sidebar"),
// one file each.
#pragma once

#include "sidebar/sidebar_panel.hxx"

#include <memory>

namespace huibao::uno {

// 报告日期, 序时进度口径 and the two thresholds, written back to 参数.
std::unique_ptr<PanelContent> createParametersPanel(const PanelSetup& setup);
// A button per command, dispatched on the panel's frame.
std::unique_ptr<PanelContent> createActionsPanel(const PanelSetup& setup);
// The counts and the list of findings of 校验结果; choosing one selects its cell.
std::unique_ptr<PanelContent> createResultsPanel(const PanelSetup& setup);

} // namespace huibao::uno
