#pragma once

// OutlierRule: outlier — a suspiciously good score against the board's recent accepted scores (robust z).

#include "boardbaseline.h"
#include "rulesettings.h"

#include <optional>

namespace arbiter {

// Fires when the board has ≥ outlierMinSamples accepted scores (the facts say so) AND the baseline
// window holds at least that many (after a restart, until the pipeline refills it, there is too
// little to judge by), and z = 0.6745·(x − median)/MAD over the window exceeds the tier's
// threshold (strictly) in the "better" direction: up on desc boards, down on asc boards. A
// suspiciously bad score helps nobody, so it never fires. MAD = 0 falls back to the mean absolute
// deviation (see BoardBaseline); a window of identical values has no spread and never fires.
class OutlierRule final {
public:
    static std::optional<Detection> check(
        const SubmissionFacts &facts, const RuleSettings &settings, const BoardBaseline *baseline);
};

} // namespace arbiter
