#include "velocityrule.h"

#include <algorithm>

namespace arbiter {

std::optional<Detection> VelocityRule::check(
    const SubmissionFacts &facts, const RuleSettings &settings, const Ring<TimedValue> *window)
{
    if (!window || window->isEmpty())
        return std::nullopt;
    // A clock step backwards reads as "no time passed", which is what the windows store too.
    const qint64 interval = std::max<qint64>(0, facts.atMs - window->back().atMs);
    if (interval >= settings.velocityMinMs)
        return std::nullopt;
    return Detection{QStringLiteral("velocity"), settings.rule(RuleId::Velocity).confidence,
        QJsonObject{{QStringLiteral("intervalSeconds"), interval / 1000.0},
            {QStringLiteral("minSeconds"), settings.velocityMinMs / 1000.0}}};
}

} // namespace arbiter
