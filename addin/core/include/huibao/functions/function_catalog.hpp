// The one table of Huibao's Calc functions: names, descriptions and argument
// help in Chinese and English. The add-in answers every XAddIn question from
// it, so adding a function is adding a row here (and a method in idl/).
#pragma once

#include <string_view>
#include <vector>

namespace huibao {

struct LocalizedText {
    std::u16string_view zh; // shown under a Chinese UI
    std::u16string_view en; // shown under every other UI
};

struct FunctionArgument {
    LocalizedText name;
    LocalizedText description;
    bool optional = false;
};

struct FunctionInfo {
    // The IDL method name; with the service name it is stored in saved formulas.
    std::u16string_view method;
    // What users type and see, in every UI language (spec/functions.md).
    std::u16string_view displayName;
    LocalizedText description;
    // Arguments as the user sees them (without the hidden document argument).
    std::vector<FunctionArgument> arguments;
    // Whether the IDL method starts with the hidden XPropertySet document
    // argument, which shifts the IDL argument index by one.
    bool takesDocument = false;
};

const std::vector<FunctionInfo>& functionCatalog();
const FunctionInfo* findFunction(std::u16string_view method);

// The category every Huibao function is listed under in the Function Wizard.
inline constexpr LocalizedText kFunctionCategory{u"汇报助手", u"Huibao"};

} // namespace huibao
