#pragma once

// VelocityRule: velocity — a submission too soon after the player's previous one on the same board.

#include "playerwindows.h"

#include <optional>

namespace arbiter {

// "Less than velocityMinSeconds": 1.999 s fires, 2.000 s does not (server milliseconds).
class VelocityRule final {
public:
    static std::optional<Detection> check(
        const SubmissionFacts &facts, const RuleSettings &settings, const Ring<TimedValue> *window);
};

} // namespace arbiter
