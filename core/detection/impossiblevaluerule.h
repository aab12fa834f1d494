#pragma once

// ImpossibleValueRule: impossible_value — a score past the board's maxPlausible.

#include "rulesettings.h"

#include <optional>

namespace arbiter {

// maxPlausible is the best plausible value: on a desc board (higher is better) a value above it
// fires; on an asc board (lower is better, e.g. a lap time) it is the fastest plausible value and a
// value below it fires. The bound itself is plausible.
class ImpossibleValueRule final {
public:
    static std::optional<Detection> check(const SubmissionFacts &facts, const RuleSettings &settings);
};

} // namespace arbiter
