#pragma once

// Shared helpers of the score-rule tests (tst_rules, tst_outlierrule): settings, facts, verdict queries.

#include "detection/ruleset.h"
#include "domain/detectionsettings.h"

#include <algorithm>

namespace arbiter::rulestest {

inline constexpr qint64 kT0 = 1795335600000; // 2026-11-22T08:20:00Z
inline constexpr qint64 kMinute = 60 * 1000;
inline constexpr qint64 kHour = 60 * kMinute;

inline const QString kGame = QStringLiteral("g1");
inline const QString kBoard = QStringLiteral("b1");
inline const QString kPlayer = QStringLiteral("p1");

// The game's effective settings, as the pipeline passes them: defaults plus overrides.
inline QJsonObject settings(const QJsonObject &overrides = QJsonObject())
{
    return effectiveDetectionSettings(overrides);
}

inline QJsonObject ruleOverride(const QString &type, const QJsonObject &rule)
{
    return QJsonObject{{QStringLiteral("rules"), QJsonObject{{type, rule}}}};
}

inline TrustTier tier(const QString &name)
{
    return tierFromName(name).value();
}

inline SubmissionFacts facts(double value, qint64 atMs, const QString &board = kBoard, const QString &player = kPlayer)
{
    SubmissionFacts f;
    f.gameId = kGame;
    f.boardId = board;
    f.playerId = player;
    f.value = value;
    f.atMs = atMs;
    return f;
}

inline const Detection *find(const RuleVerdict &verdict, const QString &type)
{
    for (const Detection &d : verdict.detections) {
        if (d.type == type)
            return &d;
    }
    return nullptr;
}

inline bool fires(const RuleVerdict &verdict, const QString &type)
{
    return find(verdict, type) != nullptr;
}

// Records `count` submissions of distinct values, `spacingMs` apart from `startMs`.
inline void recordSeries(
    RuleSet &rules, int count, qint64 startMs, qint64 spacingMs, const QJsonObject &json, const QString &board = kBoard)
{
    for (int i = 0; i < count; ++i)
        rules.record(facts(1000 + i, startMs + i * spacingMs, board), false, json);
}

// A board baseline of `lows` × 90 and `highs` × 110: median 100 and MAD 10 when lows == highs.
inline void fillBaseline(RuleSet &rules, int lows, int highs, const QJsonObject &json)
{
    for (int i = 0; i < std::max(lows, highs); ++i) {
        if (i < lows)
            rules.addToBaseline(kGame, kBoard, 90, json);
        if (i < highs)
            rules.addToBaseline(kGame, kBoard, 110, json);
    }
}

} // namespace arbiter::rulestest
