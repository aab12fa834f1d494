#pragma once

// RuleSettings: a game's detection settings JSON parsed once into the numbers the rules read per submission.

#include "detection.h"

#include <QJsonObject>

#include <array>

namespace arbiter {

// The rules in detection.md §2 order, which is also the order of a verdict's detections.
enum class RuleId {
    RateLimit,
    Duplicate,
    Velocity,
    ImpossibleValue,
    Outlier,
    NewPlayerTop,
    BotCadence,
    LinkedAccounts
};
inline constexpr int kRuleCount = 8;
QString ruleType(RuleId rule); // "rate_limit", "duplicate", ...

struct RuleSettings final {
    struct Rule {
        bool enabled = true;
        Confidence confidence = Confidence::Medium;
    };

    // Every window of the rule set looks back at most this far, so prune() never changes a verdict.
    static constexpr qint64 kLongestWindowMs = 60 * 60 * 1000;

    std::array<Rule, kRuleCount> rules{};
    std::array<int, 3> rateLimitPerHour{
        100, 50, 20}; // by TrustTier; fractional settings round up (count >= 20.5 means 21)
    std::array<double, 3> outlierZ{4.0, 3.0, 2.5}; // by TrustTier
    qint64 duplicateWindowMs = 300000; // clamped to kLongestWindowMs
    qint64 velocityMinMs = 2000; // clamped to kLongestWindowMs
    int outlierMinSamples = 50;
    int outlierWindow = 500; // clamped to [1, kMaxOutlierWindow]
    int newPlayerTopMinPlayers = 50;
    int newPlayerTopMaxEarlierScores = 3;
    int newPlayerTopRank = 10;
    int botCadenceIntervals = 10; // clamped to [2, kMaxCadenceIntervals]: one interval has no spread
    double botCadenceMaxCv = 0.05;
    int linkedClusterSize = 3;

    static constexpr int kMaxOutlierWindow = 10000; // the sorted window is an array: keep its inserts cheap
    static constexpr int kMaxCadenceIntervals = 1000;
    static constexpr int kMaxRateLimit = 65535; // per hour: 18 a second is no limit anyway; bounds a window's ring
    static constexpr int kMinRingCapacity
        = 64; // per (board, player) entries kept even with tiny rate limits, for duplicate

    RuleSettings(); // detection.md defaults, identical to domain/detectionsettings.cpp (tst_rules checks that)
    // Missing or ill-typed members keep their defaults, so {} means "all defaults".
    static RuleSettings fromJson(const QJsonObject &settings);

    const Rule &rule(RuleId id) const { return rules[static_cast<int>(id)]; }
    int rateLimit(TrustTier tier) const { return rateLimitPerHour[static_cast<int>(tier)]; }
    double outlierThreshold(TrustTier tier) const { return outlierZ[static_cast<int>(tier)]; }
    // How many submissions a (board, player) window keeps: enough for the highest tier's rate limit.
    int ringCapacity() const;
};

} // namespace arbiter
