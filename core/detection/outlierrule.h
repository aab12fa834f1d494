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
//
// Personal record: a player with at least kConsistentScores earlier accepted scores on the board
// that were not outliers themselves (board z within the threshold) is judged against the best of
// those too. A value that beats it by no more than kPersonalJumpZ (in the same robust units) is
// the level this player has shown, and does not fire; a bigger jump still does. Only values
// within the board threshold build the record, so it cannot be ratcheted up past threshold +
// kPersonalJumpZ, and a cheater cannot build one with outliers. Without it the best honest
// players of a young board were flagged round after round (tier C's 2.5 is the top ~0.6 % of
// values; arbiter-sim, docs/detection-quality.md).
struct PersonalRecord {
    int consistentScores = 0; // accepted scores on the board within the outlier threshold
    double best = 0;          // the best of them (highest on desc boards, lowest on asc)
};

class OutlierRule final {
public:
    static constexpr int kConsistentScores = 1;
    static constexpr double kPersonalJumpZ = 1.5;

    static std::optional<Detection> check(const SubmissionFacts &facts, const RuleSettings &settings,
        const BoardBaseline *baseline, const PersonalRecord *record = nullptr);
};

} // namespace arbiter
