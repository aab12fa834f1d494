#pragma once

// Ban: a block on an account, a device id or an IP within one game (detection.md §4).

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace arbiter {

enum class BanSource { Auto, Moderator, SelfReport, Signature };
QString banSourceName(BanSource source); // "auto", "moderator", "self_report", "signature"

struct Ban {
    QString id; // 24 hex
    QString gameId;
    QString playerId; // any of the three may be empty, not all
    QString deviceId;
    QString ip;
    QStringList reasons;
    BanSource source = BanSource::Moderator;
    QString actor;
    qint64 createdAtMs = 0;
    std::optional<qint64> expiresAtMs;
    std::optional<qint64> liftedAtMs;
    QString liftNote;

    bool activeAt(qint64 nowMs) const { return !liftedAtMs && (!expiresAtMs || nowMs < *expiresAtMs); }
    // reportState: the webhook delivery's state ("pending", "delivered", "failed") or "none".
    QJsonObject toJson(const QString &reportState) const;
};

} // namespace arbiter
