#pragma once

// BotCadenceRule: bot_cadence — a player's submissions (any board of the game) arrive at machine-regular intervals.

#include "playerwindows.h"

#include <optional>

namespace arbiter {

// Takes the last botCadenceIntervals intervals ending with this submission (so the 11th
// submission is the first that can fire with 10 intervals) and fires when their coefficient of
// variation (population standard deviation / mean) is below botCadenceMaxCv. All intervals 0 (a
// burst in one millisecond) counts as CV 0. A gap of more than an hour ends a run (PlayerWindows),
// so a slow bot that pauses for an hour starts over.
class BotCadenceRule final {
public:
    static std::optional<Detection> check(
        const SubmissionFacts &facts, const RuleSettings &settings, const Ring<qint64> &times);
};

} // namespace arbiter
