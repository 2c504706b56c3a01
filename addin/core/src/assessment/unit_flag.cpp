#include "huibao/assessment/unit_flag.hpp"

#include "huibao/text/text.hpp"

namespace huibao {

std::string_view flagCode(UnitFlag flag) {
    switch (flag) {
    case UnitFlag::NoProjects: return "no-projects";
    case UnitFlag::FewRecognized: return "few-recognized";
    case UnitFlag::NoEvidence: return "no-evidence";
    case UnitFlag::BehindSchedule: return "behind-schedule";
    case UnitFlag::BehindProjects: return "behind-projects";
    case UnitFlag::Unregistered: return "unregistered";
    }
    return "";
}

std::u16string flagCode16(UnitFlag flag) {
    return fromUtf8(flagCode(flag));
}

} // namespace huibao
