#include "document/document_properties.hxx"

#include <com/sun/star/beans/PropertyAttribute.hpp>
#include <com/sun/star/beans/XPropertyContainer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

Reference<css::beans::XPropertySet> userProperties(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    Reference<css::document::XDocumentPropertiesSupplier> supplier(document, UNO_QUERY_THROW);
    return Reference<css::beans::XPropertySet>(supplier->getDocumentProperties()->getUserDefinedProperties(),
                                               UNO_QUERY_THROW);
}

} // namespace

OUString readDocumentNote(const Reference<css::sheet::XSpreadsheetDocument>& document, const char* name) {
    auto properties = userProperties(document);
    const OUString key = OUString::createFromAscii(name);
    OUString value;
    if (properties->getPropertySetInfo()->hasPropertyByName(key)) properties->getPropertyValue(key) >>= value;
    return value;
}

void writeDocumentNote(const Reference<css::sheet::XSpreadsheetDocument>& document, const char* name,
                       const OUString& value) {
    auto properties = userProperties(document);
    const OUString key = OUString::createFromAscii(name);
    Reference<css::beans::XPropertyContainer> container(properties, UNO_QUERY_THROW);
    if (properties->getPropertySetInfo()->hasPropertyByName(key)) container->removeProperty(key);
    if (!value.isEmpty()) container->addProperty(key, css::beans::PropertyAttribute::REMOVABLE, css::uno::Any(value));
}

} // namespace huibao::uno
