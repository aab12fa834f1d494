#include "outbox/deliverypolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace arbiter {

namespace {

// However long a server asks us to wait, look again within a day.
constexpr qint64 kMaxRetryAfterMs = 24LL * 3600 * 1000;

std::optional<qint64> secondsToMs(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return std::nullopt;
    return std::min<qint64>(static_cast<qint64>(std::ceil(seconds * 1000.0)), kMaxRetryAfterMs);
}

// RFC 9110 HTTP-date in its preferred IMF-fixdate form, "Sun, 06 Nov 1994 08:49:37 GMT".
std::optional<qint64> httpDateMs(const QString &text)
{
    // Date and time apart, built as UTC: parsing the whole as local time could land in a DST gap.
    if (text.size() == 29 && text.endsWith(QLatin1String(" GMT"))) {
        const QDate day = QLocale::c().toDate(text.left(16), QStringLiteral("ddd, dd MMM yyyy"));
        const QTime time = QTime::fromString(text.mid(17, 8), QStringLiteral("HH:mm:ss"));
        if (day.isValid() && time.isValid())
            return QDateTime(day, time, Qt::UTC).toMSecsSinceEpoch();
    }
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date); // tolerates the obsolete forms
    if (!date.isValid())
        return std::nullopt;
    return date.toMSecsSinceEpoch();
}

} // namespace

qint64 backoffMs(const DeliveryPolicy &policy, int attempts, double random01)
{
    const int exponent = std::clamp(attempts - 1, 0, 62);
    const double raw = std::ldexp(static_cast<double>(std::max<qint64>(policy.baseBackoffMs, 0)), exponent);
    const double capped = std::min(raw, static_cast<double>(policy.maxBackoffMs));
    const double factor = 1.0 + policy.jitter * (2.0 * random01 - 1.0);
    return std::max<qint64>(0, std::llround(capped * factor));
}

std::optional<qint64> retryAfterMs(const QByteArray &header, const QByteArray &body, qint64 nowMs)
{
    const QByteArray value = header.trimmed();
    if (!value.isEmpty()) {
        bool ok = false;
        const double seconds = value.toDouble(&ok);
        if (ok)
            return secondsToMs(seconds);
        if (const std::optional<qint64> at = httpDateMs(QString::fromLatin1(value)))
            return std::clamp<qint64>(*at - nowMs, 0, kMaxRetryAfterMs);
    }
    const QJsonValue retryAfter = QJsonDocument::fromJson(body).object().value(QStringLiteral("retry_after"));
    if (retryAfter.isDouble())
        return secondsToMs(retryAfter.toDouble());
    return std::nullopt;
}

AttemptDecision decideAttempt(
    const DeliveryPolicy &policy, int attemptsBefore, const AttemptResult &result, qint64 nowMs, double random01)
{
    AttemptDecision decision;
    decision.attempts = attemptsBefore + 1;
    decision.httpStatus = result.httpStatus;
    const int status = result.httpStatus.value_or(0);

    if (status >= 200 && status <= 299) {
        decision.next = AttemptDecision::Next::Delivered;
        return decision;
    }
    if (status == 401 || status == 403 || status == 404) {
        // The webhook was deleted or its token is wrong: retrying only hammers it.
        decision.next = AttemptDecision::Next::Failed;
        decision.error = QStringLiteral("HTTP %1: the webhook refuses this URL; not retried").arg(status);
        return decision;
    }

    qint64 delay = backoffMs(policy, decision.attempts, random01);
    if (status == 429) {
        const std::optional<qint64> asked = retryAfterMs(result.retryAfterHeader, result.body, nowMs);
        if (asked)
            delay = *asked;
        decision.error = asked ? QStringLiteral("HTTP 429: rate limited, asked to retry after %1 ms").arg(*asked)
                               : QStringLiteral("HTTP 429: rate limited");
    } else if (result.httpStatus) {
        decision.error = QStringLiteral("HTTP %1").arg(status);
    } else {
        decision.error = result.error.isEmpty() ? QStringLiteral("no answer") : result.error;
    }

    if (decision.attempts >= policy.maxAttempts) {
        decision.next = AttemptDecision::Next::Failed;
        decision.error += QStringLiteral("; gave up after %1 attempts").arg(decision.attempts);
        return decision;
    }
    decision.next = AttemptDecision::Next::Retry;
    decision.nextAttemptAtMs = nowMs + delay;
    return decision;
}

} // namespace arbiter
