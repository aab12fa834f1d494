#include "linkedaccountsrule.h"

#include <algorithm>

namespace arbiter {

std::optional<Detection> LinkedAccountsRule::check(const SubmissionFacts &facts, const RuleSettings &settings)
{
    const bool banEvasion = facts.clusterHasBannedMember;
    const bool deviceFarm = facts.deviceAccounts >= settings.linkedClusterSize;
    if (!banEvasion && !deviceFarm && facts.clusterSize < settings.linkedClusterSize)
        return std::nullopt;
    const Confidence configured = settings.rule(RuleId::LinkedAccounts).confidence;
    const Confidence confidence = banEvasion || deviceFarm ? std::max(configured, Confidence::Medium) : configured;
    return Detection{QStringLiteral("linked_accounts"), confidence,
        QJsonObject{{QStringLiteral("clusterSize"), facts.clusterSize},
            {QStringLiteral("minClusterSize"), settings.linkedClusterSize},
            {QStringLiteral("bannedMember"), banEvasion}, {QStringLiteral("deviceAccounts"), facts.deviceAccounts},
            {QStringLiteral("sharedDevice"), deviceFarm}, {QStringLiteral("escalated"), confidence != configured}}};
}

} // namespace arbiter
