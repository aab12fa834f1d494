#include "impossiblevaluerule.h"

namespace arbiter {

std::optional<Detection> ImpossibleValueRule::check(const SubmissionFacts &facts, const RuleSettings &settings)
{
    if (!facts.maxPlausible)
        return std::nullopt;
    const double bound = *facts.maxPlausible;
    if (facts.boardAscending ? !(facts.value < bound) : !(facts.value > bound))
        return std::nullopt;
    return Detection{QStringLiteral("impossible_value"), settings.rule(RuleId::ImpossibleValue).confidence,
        QJsonObject{{QStringLiteral("value"), facts.value}, {QStringLiteral("maxPlausible"), bound},
            {QStringLiteral("order"), facts.boardAscending ? QStringLiteral("asc") : QStringLiteral("desc")}}};
}

} // namespace arbiter
