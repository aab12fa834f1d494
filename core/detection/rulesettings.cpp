#include "rulesettings.h"

#include <algorithm>
#include <cmath>

namespace arbiter {

namespace {

const char *const kTypes[kRuleCount] = {"rate_limit", "duplicate", "velocity", "impossible_value", "outlier",
    "new_player_top", "bot_cadence", "linked_accounts"};

const Confidence kDefaultConfidence[kRuleCount] = {Confidence::High, Confidence::Medium, Confidence::Medium,
    Confidence::High, Confidence::Medium, Confidence::Medium, Confidence::Medium, Confidence::Low};

// Settings are validated as non-negative numbers on the way in; these guards only keep a
// hand-edited or older JSON from producing nonsense (NaN, negative, absurd sizes).
double number(const QJsonObject &object, const char *key, double fallback)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return fallback;
    const double d = value.toDouble();
    return std::isfinite(d) && d >= 0 ? d : fallback;
}

int count(const QJsonObject &object, const char *key, int fallback, int maximum = 1 << 30)
{
    return static_cast<int>(std::min<double>(std::ceil(number(object, key, fallback)), maximum));
}

qint64 millis(const QJsonObject &object, const char *key, double fallbackSeconds)
{
    const double seconds = number(object, key, fallbackSeconds);
    return std::min<qint64>(std::llround(std::min(seconds, 1e9) * 1000.0), RuleSettings::kLongestWindowMs);
}

} // namespace

QString ruleType(RuleId rule)
{
    return QString::fromLatin1(kTypes[static_cast<int>(rule)]);
}

RuleSettings::RuleSettings()
{
    for (int i = 0; i < kRuleCount; ++i)
        rules[i] = Rule{true, kDefaultConfidence[i]};
}

RuleSettings RuleSettings::fromJson(const QJsonObject &json)
{
    RuleSettings s;
    const QJsonObject rules = json.value(QLatin1String("rules")).toObject();
    for (int i = 0; i < kRuleCount; ++i) {
        const QJsonObject rule = rules.value(QLatin1String(kTypes[i])).toObject();
        const QJsonValue enabled = rule.value(QLatin1String("enabled"));
        if (enabled.isBool())
            s.rules[i].enabled = enabled.toBool();
        if (const auto c = confidenceFromName(rule.value(QLatin1String("confidence")).toString()))
            s.rules[i].confidence = *c;
    }
    const QJsonObject limits = json.value(QLatin1String("rateLimitPerHour")).toObject();
    const QJsonObject z = json.value(QLatin1String("outlierZ")).toObject();
    const char *const tiers[3] = {"A", "B", "C"};
    for (int t = 0; t < 3; ++t) {
        s.rateLimitPerHour[t] = count(limits, tiers[t], s.rateLimitPerHour[t], kMaxRateLimit);
        s.outlierZ[t] = number(z, tiers[t], s.outlierZ[t]);
    }
    s.duplicateWindowMs = millis(json, "duplicateWindowSeconds", 300);
    s.velocityMinMs = millis(json, "velocityMinSeconds", 2.0);
    s.outlierMinSamples = count(json, "outlierMinSamples", s.outlierMinSamples);
    s.outlierWindow = std::max(1, count(json, "outlierWindow", s.outlierWindow, kMaxOutlierWindow));
    s.newPlayerTopMinPlayers = count(json, "newPlayerTopMinPlayers", s.newPlayerTopMinPlayers);
    s.newPlayerTopMaxEarlierScores = count(json, "newPlayerTopMaxEarlierScores", s.newPlayerTopMaxEarlierScores);
    s.newPlayerTopRank = count(json, "newPlayerTopRank", s.newPlayerTopRank);
    s.botCadenceIntervals
        = std::max(2, count(json, "botCadenceIntervals", s.botCadenceIntervals, kMaxCadenceIntervals));
    s.botCadenceMaxCv = number(json, "botCadenceMaxCv", s.botCadenceMaxCv);
    s.linkedClusterSize = count(json, "linkedClusterSize", s.linkedClusterSize);
    return s;
}

int RuleSettings::ringCapacity() const
{
    return std::max(kMinRingCapacity, *std::max_element(rateLimitPerHour.begin(), rateLimitPerHour.end()));
}

} // namespace arbiter
