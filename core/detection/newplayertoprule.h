#pragma once

// NewPlayerTopRule: new_player_top — a player with almost no history on a busy board jumps into its top ranks.

#include "rulesettings.h"

#include <optional>

namespace arbiter {

// Fires when boardRankedPlayers ≥ newPlayerTopMinPlayers, playerEarlierAcceptedScores <
// newPlayerTopMaxEarlierScores and 1 ≤ prospectiveRank ≤ newPlayerTopRank (0 = unknown never fires).
class NewPlayerTopRule final {
public:
    static std::optional<Detection> check(const SubmissionFacts &facts, const RuleSettings &settings);
};

} // namespace arbiter
