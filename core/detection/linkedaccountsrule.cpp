#include "linkedaccountsrule.h"

#include <algorithm>

namespace arbiter {

std::optional<Detection> LinkedAccountsRule::check(const SubmissionFacts &facts, const RuleSettings &settings)
{
    const bool banEvasion = facts.clusterHasBannedMember;
    if (!banEvasion && facts.clusterSize < settings.linkedClusterSize)
        return std::nullopt;
    const Confidence configured = settings.rule(RuleId::LinkedAccounts).confidence;
    const Confidence confidence = banEvasion ? std::max(configured, Confidence::Medium) : configured;
    return Detection{QStringLiteral("linked_accounts"), confidence,
        QJsonObject{{QStringLiteral("clusterSize"), facts.clusterSize},
            {QStringLiteral("minClusterSize"), settings.linkedClusterSize},
            {QStringLiteral("bannedMember"), banEvasion}, {QStringLiteral("escalated"), confidence != configured}}};
}

} // namespace arbiter
