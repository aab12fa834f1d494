#pragma once

// NewPlayerTopRule: new_player_top — a player with almost no history on a busy board jumps into its top ranks.

#include "rulesettings.h"

#include <optional>

namespace arbiter {

// Fires when boardRankedPlayers ≥ newPlayerTopMinPlayers, playerEarlierAcceptedScores <
// newPlayerTopMaxEarlierScores and 1 ≤ prospectiveRank ≤ newPlayerTopRank (0 = unknown never fires).
// "Ranked players" counts established ones when `establishedPlayers` is known (players with at
// least newPlayerTopMaxEarlierScores accepted scores on the board): a top 10 that newcomers hold
// themselves (a game's launch day) is no yardstick, and flagging every talented early player there
// was most of the honest false positives arbiter-sim measured (docs/detection-quality.md).
class NewPlayerTopRule final {
public:
    static std::optional<Detection> check(const SubmissionFacts &facts, const RuleSettings &settings,
        std::optional<int> establishedPlayers = std::nullopt);
};

} // namespace arbiter
