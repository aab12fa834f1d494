#pragma once

// DeliveryPolicy: how often and how long a webhook delivery is tried, and the pure decision of what
// one attempt's answer means for its row (kept apart from the network code so tables can test it).

#include <QByteArray>
#include <QString>

#include <optional>

namespace arbiter {

struct DeliveryPolicy {
    qint64 baseBackoffMs = 2000;
    qint64 maxBackoffMs = 3600000;
    double jitter = 0.2; // ±20 %: reports queued together do not retry together
    int requestTimeoutMs = 10000;
    int maxAttempts = 12;
};

// What one POST brought back.
struct AttemptResult {
    std::optional<int> httpStatus; // none when no HTTP answer came
    QByteArray retryAfterHeader; // the raw Retry-After value, empty if absent
    QByteArray body; // the start of the answer (Discord puts retry_after here)
    QString error; // why no HTTP answer came: timeout, refused, TLS ...
};

struct AttemptDecision {
    enum class Next { Delivered, Retry, Failed };
    Next next = Next::Retry;
    int attempts = 0; // including this one
    std::optional<int> httpStatus;
    QString error; // empty when delivered
    qint64 nextAttemptAtMs = 0; // for Retry
};

// `random01` is the jitter draw in [0, 1), passed in so tests can pin it.
AttemptDecision decideAttempt(
    const DeliveryPolicy &policy, int attemptsBefore, const AttemptResult &result, qint64 nowMs, double random01);

// base·2^(attempts-1), capped at the maximum, then scaled by 1 ± jitter.
qint64 backoffMs(const DeliveryPolicy &policy, int attempts, double random01);

// The wait a 429 asks for: the Retry-After header (seconds, or an HTTP-date) if present, else
// Discord's JSON body member "retry_after" (seconds, may be fractional). None if neither is usable.
std::optional<qint64> retryAfterMs(const QByteArray &header, const QByteArray &body, qint64 nowMs);

} // namespace arbiter
