#include "outlierrule.h"

namespace arbiter {

std::optional<Detection> OutlierRule::check(const SubmissionFacts &facts, const RuleSettings &settings,
    const BoardBaseline *baseline, const PersonalRecord *record)
{
    if (!baseline || facts.boardAcceptedScores < settings.outlierMinSamples
        || baseline->size() < settings.outlierMinSamples)
        return std::nullopt;
    const std::optional<BoardBaseline::Spread> spread = baseline->spread();
    if (!spread)
        return std::nullopt;
    const double z = baseline->robustZ(facts.value, *spread);
    const double better = facts.boardAscending ? -z : z;
    const double threshold = settings.outlierThreshold(facts.tier);
    if (!(better > threshold))
        return std::nullopt;
    QJsonValue jump; // null: no personal record to judge against
    if (record && record->consistentScores >= kConsistentScores) {
        const double z = spread->zFactor * (facts.value - record->best) / spread->scale;
        const double betterJump = facts.boardAscending ? -z : z;
        if (!(betterJump > kPersonalJumpZ))
            return std::nullopt;
        jump = betterJump;
    }
    return Detection{QStringLiteral("outlier"), settings.rule(RuleId::Outlier).confidence,
        QJsonObject{{QStringLiteral("value"), facts.value}, {QStringLiteral("median"), spread->median},
            {QStringLiteral("mad"), spread->mad}, {QStringLiteral("z"), better},
            {QStringLiteral("threshold"), threshold}, {QStringLiteral("tier"), tierName(facts.tier)},
            {QStringLiteral("samples"), baseline->size()},
            {QStringLiteral("spread"),
                spread->meanDeviationFallback ? QStringLiteral("meanAbsoluteDeviation") : QStringLiteral("mad")},
            {QStringLiteral("scale"), spread->scale},
            {QStringLiteral("personalBest"), jump.isNull() ? QJsonValue() : QJsonValue(record->best)},
            {QStringLiteral("personalJumpZ"), jump}}};
}

} // namespace arbiter
