#include "ratelimitrule.h"

namespace arbiter {

int RateLimitRule::countInWindow(const Ring<TimedValue> *window, qint64 nowMs)
{
    if (!window)
        return 0;
    // Times are non-decreasing: binary search for the first one still inside.
    int lo = 0;
    int hi = window->size();
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (nowMs - window->at(mid).atMs > kWindowMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return window->size() - lo;
}

std::optional<Detection> RateLimitRule::check(const SubmissionFacts &facts, const RuleSettings &settings,
    const Ring<TimedValue> *window, std::optional<qint64> *retryAfterMs)
{
    const int limit = settings.rateLimit(facts.tier);
    const int count = countInWindow(window, facts.atMs);
    if (count < limit)
        return std::nullopt;
    // The count must drop to limit − 1: the (count − limit + 1)-th oldest counted submission has
    // to fall out, which happens 1 ms after it turns 60 min old. A limit of 0 closes the board to
    // the tier: retry after a whole window.
    qint64 retry = kWindowMs;
    if (limit > 0) {
        const TimedValue &pivot = window->at(window->size() - count + (count - limit));
        retry = pivot.atMs + kWindowMs + 1 - facts.atMs;
    }
    if (retryAfterMs)
        *retryAfterMs = retry;
    return Detection{QStringLiteral("rate_limit"), settings.rule(RuleId::RateLimit).confidence,
        QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("limit"), limit},
            {QStringLiteral("tier"), tierName(facts.tier)}, {QStringLiteral("windowSeconds"), kWindowMs / 1000},
            {QStringLiteral("retryAfterMs"), retry}}};
}

} // namespace arbiter
