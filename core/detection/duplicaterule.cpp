#include "duplicaterule.h"

namespace arbiter {

std::optional<Detection> DuplicateRule::check(
    const SubmissionFacts &facts, const RuleSettings &settings, const Ring<TimedValue> *window)
{
    if (!window)
        return std::nullopt;
    for (int i = window->size() - 1; i >= 0; --i) {
        const TimedValue &previous = window->at(i);
        const qint64 age = facts.atMs - previous.atMs;
        if (age > settings.duplicateWindowMs)
            break;
        if (previous.value == facts.value) {
            return Detection{QStringLiteral("duplicate"), settings.rule(RuleId::Duplicate).confidence,
                QJsonObject{{QStringLiteral("value"), facts.value}, {QStringLiteral("previousAtMs"), previous.atMs},
                    {QStringLiteral("ageSeconds"), age / 1000.0},
                    {QStringLiteral("windowSeconds"), settings.duplicateWindowMs / 1000.0}}};
        }
    }
    return std::nullopt;
}

} // namespace arbiter
