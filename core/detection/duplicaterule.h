#pragma once

// DuplicateRule: duplicate — the same value as one of the player's recent scores on the board.

#include "playerwindows.h"

#include <optional>

namespace arbiter {

// "Within the last duplicateWindowSeconds" is inclusive: a score exactly 300 s old still matches,
// one 300.001 s old does not. Values compare exactly (scores are what the client sent). The scan
// walks back from the newest and stops at the window's edge: at most the ring's capacity (the
// highest rate limit, ≥ 64) entries.
class DuplicateRule final {
public:
    static std::optional<Detection> check(
        const SubmissionFacts &facts, const RuleSettings &settings, const Ring<TimedValue> *window);
};

} // namespace arbiter
