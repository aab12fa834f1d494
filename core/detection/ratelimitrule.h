#pragma once

// RateLimitRule: rate_limit — too many submissions by one player on one board in the sliding last hour.

#include "playerwindows.h"

#include <optional>

namespace arbiter {

// A true sliding window: a submission counts while it is at most 60 min old (at exactly 60:00 it
// still counts, from 60:00.001 it is out), so old ones fall out one by one. Fires when the player
// already has ≥ limit(tier) counted submissions; the pipeline does not record a rejected (429)
// one, so the 21st of tier C is refused and costs nothing.
class RateLimitRule final {
public:
    static constexpr qint64 kWindowMs = 60 * 60 * 1000;

    // On firing, *retryAfterMs is the time until enough submissions have fallen out for this one to
    // be accepted (exact to the millisecond; the HTTP layer rounds it up to whole seconds).
    static std::optional<Detection> check(const SubmissionFacts &facts, const RuleSettings &settings,
        const Ring<TimedValue> *window, std::optional<qint64> *retryAfterMs);
    // Submissions of `window` that still count at nowMs. O(log n).
    static int countInWindow(const Ring<TimedValue> *window, qint64 nowMs);
};

} // namespace arbiter
