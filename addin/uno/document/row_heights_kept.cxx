#include "document/row_heights_kept.hxx"

namespace huibao::uno {

namespace {
constexpr char kProperty[] = "IsAdjustHeightEnabled";
}

RowHeightsKept::RowHeightsKept(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document)
    : properties_(document, css::uno::UNO_QUERY) {
    try {
        bool enabled = false;
        if (properties_.is() && (properties_->getPropertyValue(kProperty) >>= enabled) && enabled) {
            properties_->setPropertyValue(kProperty, css::uno::Any(false));
            suspended_ = true;
        }
    } catch (const css::uno::Exception&) {
        // Without the property the cells are written all the same, only slower.
    }
}

RowHeightsKept::~RowHeightsKept() {
    if (!suspended_) return;
    try {
        properties_->setPropertyValue(kProperty, css::uno::Any(true));
    } catch (const css::uno::Exception&) {}
}

} // namespace huibao::uno
