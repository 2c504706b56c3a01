// The Calc add-in: checks each argument once, calls the core, and has one way
// to fail (IllegalArgumentException, shown by Calc as Err:502). Every
// XAddIn answer comes from the core's function catalog.

#include "calc/project_functions.hxx"
#include "common/uno_conversions.hxx"
#include "common/warm_up.hxx"

#include "huibao/functions/function_catalog.hpp"
#include "huibao/text/text.hpp"
#include "huibao/values/amount.hpp"
#include "huibao/values/chinese_numbers.hpp"
#include "huibao/values/date.hpp"
#include "huibao/values/schedule.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/huibao/XFunctions.hpp>

#include <cmath>
#include <exception>
#include <optional>

namespace {

using huibao::uno::toOUString;
using huibao::uno::view;
using ::rtl::OUString;

constexpr char kServiceName[] = "org.huibao.Functions";
constexpr char kImplementationName[] = "org.huibao.comp.Functions";
constexpr char kAddInService[] = "com.sun.star.sheet.AddIn";

[[noreturn]] void reject(const char* reason, sal_Int16 argument = 0) {
    throw css::lang::IllegalArgumentException(OUString::createFromAscii(reason), nullptr, argument);
}

// Runs a function body so that nothing but a UNO exception leaves it.
template <class Body>
auto guarded(Body&& body) -> decltype(body()) {
    try {
        return body();
    } catch (const css::uno::Exception&) {
        throw;
    } catch (const std::exception& error) {
        reject(error.what());
    } catch (...) {
        reject("unexpected failure");
    }
}

double finiteResult(double value) {
    if (!std::isfinite(value)) reject("result is not a finite number");
    return value;
}

huibao::Date dateArgument(const css::uno::Any& value, const huibao::Date& nullDate) {
    double serial = 0;
    if (value >>= serial) {
        // Calc passes an empty cell as 0; a serial before 1900 is no report date.
        if (!std::isfinite(serial) || serial < double(huibao::toSerial({1900, 1, 1}, nullDate)) ||
            serial >= double(huibao::toSerial({10000, 1, 1}, nullDate)))
            reject("date out of range");
        return huibao::fromSerial(serial, nullDate);
    }
    OUString text;
    if (value >>= text) {
        if (auto date = huibao::parseDateText(view(text))) return *date;
    }
    reject("not a date");
}

huibao::ScheduleBasis basisArgument(const css::uno::Any& value) {
    if (!value.hasValue()) return huibao::ScheduleBasis::ByMonth;
    double code = 0;
    if (value >>= code) {
        if (auto basis = huibao::scheduleBasisFromNumber(code)) return *basis;
        reject("unknown basis");
    }
    OUString text;
    if (value >>= text) {
        if (text.trim().isEmpty()) return huibao::ScheduleBasis::ByMonth;
        if (auto basis = huibao::parseScheduleBasis(view(text))) return *basis;
    }
    reject("unknown basis");
}

std::optional<double> rateArgument(const css::uno::Any& value) {
    if (!value.hasValue()) return std::nullopt;
    double rate = 0;
    if (!(value >>= rate) || !std::isfinite(rate) || rate < 0) reject("rate must be a positive number");
    if (rate == 0) // an empty cell: no rate given
        return std::nullopt;
    return rate;
}

huibao::AmountUnit unitArgument(const OUString& name) {
    if (auto unit = huibao::parseUnitName(view(name))) return *unit;
    reject("unknown unit");
}

double scheduleProgressOf(const css::uno::Reference<css::beans::XPropertySet>& document, const css::uno::Any& date,
                          const css::uno::Any& basis) {
    const auto when = dateArgument(date, huibao::uno::nullDateOf(document));
    return huibao::scheduleProgress(when, when.year, basisArgument(basis));
}

double completionRateOf(double achieved, double target) {
    if (auto rate = huibao::completionRate(achieved, target)) return *rate;
    reject("target must be greater than 0");
}

class CalcFunctions : public cppu::WeakImplHelper4<org::huibao::XFunctions, css::sheet::XAddIn, css::lang::XServiceName,
                                                   css::lang::XServiceInfo> {
public:
    // XFunctions
    double SAL_CALL scheduleprogress(const css::uno::Reference<css::beans::XPropertySet>& document,
                                     const css::uno::Any& date, const css::uno::Any& basis) override {
        return guarded([&] { return scheduleProgressOf(document, date, basis); });
    }

    double SAL_CALL completionrate(double achieved, double target) override {
        return guarded([&] { return completionRateOf(achieved, target); });
    }

    double SAL_CALL aheadofschedule(const css::uno::Reference<css::beans::XPropertySet>& document, double achieved,
                                    double target, const css::uno::Any& date, const css::uno::Any& basis) override {
        return guarded([&] {
            return finiteResult(completionRateOf(achieved, target) - scheduleProgressOf(document, date, basis));
        });
    }

    double SAL_CALL convertamount(double value, const OUString& fromUnit, const OUString& toUnit,
                                  const css::uno::Any& rate) override {
        return guarded([&] {
            auto result =
                huibao::convertAmount(value, unitArgument(fromUnit), unitArgument(toUnit), rateArgument(rate));
            if (!result) reject("a rate is needed between yuan and dollars");
            return finiteResult(*result);
        });
    }

    OUString SAL_CALL rmbupper(double amount) override {
        return guarded([&] {
            auto text = huibao::rmbUppercase(amount);
            if (!text) reject("amount out of range");
            return toOUString(*text);
        });
    }

    OUString SAL_CALL cnnumeral(double number) override {
        return guarded([&] {
            auto text = huibao::chineseNumeral(number);
            if (!text) reject("not an integer from 0 to 99999999");
            return toOUString(*text);
        });
    }

    OUString SAL_CALL normalizetext(const OUString& text) override {
        return guarded([&] { return toOUString(huibao::normalizeDisplay(view(text))); });
    }

    OUString SAL_CALL checkproject(const css::uno::Reference<css::beans::XPropertySet>& document,
                                   const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& row,
                                   const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& header) override {
        return guarded([&] { return huibao::uno::checkProject(document, row, header); });
    }

    double SAL_CALL countprojects(const css::uno::Reference<css::beans::XPropertySet>& document,
                                  const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& data,
                                  const css::uno::Sequence<css::uno::Any>& criteria) override {
        return guarded([&] { return huibao::uno::countProjects(document, data, criteria); });
    }

    double SAL_CALL sumprojects(const css::uno::Reference<css::beans::XPropertySet>& document,
                                const css::uno::Sequence<css::uno::Sequence<css::uno::Any>>& data,
                                const OUString& sumField, const css::uno::Sequence<css::uno::Any>& criteria) override {
        return guarded([&] { return huibao::uno::sumProjects(document, data, sumField, criteria); });
    }

    // XAddIn
    OUString SAL_CALL getProgrammaticFuntionName(const OUString& displayName) override {
        for (const auto& info : huibao::functionCatalog())
            if (displayName.equalsIgnoreAsciiCase(toOUString(info.displayName))) return toOUString(info.method);
        return {};
    }

    OUString SAL_CALL getDisplayFunctionName(const OUString& method) override {
        const auto* info = huibao::findFunction(view(method));
        return info ? toOUString(info->displayName) : OUString();
    }

    OUString SAL_CALL getFunctionDescription(const OUString& method) override {
        const auto* info = huibao::findFunction(view(method));
        return info ? localized(info->description) : OUString();
    }

    OUString SAL_CALL getDisplayArgumentName(const OUString& method, sal_Int32 argument) override {
        const auto* info = argumentOf(method, argument);
        return info ? localized(info->name) : OUString();
    }

    OUString SAL_CALL getArgumentDescription(const OUString& method, sal_Int32 argument) override {
        const auto* info = argumentOf(method, argument);
        return info ? localized(info->description) : OUString();
    }

    OUString SAL_CALL getProgrammaticCategoryName(const OUString&) override { return "Add-In"; }

    OUString SAL_CALL getDisplayCategoryName(const OUString&) override { return localized(huibao::kFunctionCategory); }

    // XLocalizable
    void SAL_CALL setLocale(const css::lang::Locale& locale) override { locale_ = locale; }
    css::lang::Locale SAL_CALL getLocale() override { return locale_; }

    // XServiceName
    OUString SAL_CALL getServiceName() override { return OUString::createFromAscii(kServiceName); }

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(kImplementationName); }
    sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        const OUString names[] = {OUString::createFromAscii(kAddInService), OUString::createFromAscii(kServiceName)};
        return css::uno::Sequence<OUString>(names, 2);
    }

private:
    OUString localized(const huibao::LocalizedText& text) const {
        return toOUString(locale_.Language == "zh" ? text.zh : text.en);
    }

    // Calc counts the hidden document argument in the index; the catalog does not.
    static const huibao::FunctionArgument* argumentOf(const OUString& method, sal_Int32 index) {
        const auto* info = huibao::findFunction(view(method));
        if (!info) return nullptr;
        if (info->takesDocument) --index;
        if (index < 0 || index >= sal_Int32(info->arguments.size())) return nullptr;
        return &info->arguments[index];
    }

    css::lang::Locale locale_;
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_huibao_comp_Functions_get_implementation(css::uno::XComponentContext*, const css::uno::Sequence<css::uno::Any>&) {
    huibao::uno::warmUpInBackground();
    return cppu::acquire(new CalcFunctions);
}
