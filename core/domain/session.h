#pragma once

// Session: a game client's short-lived login, found by the SHA-256 of its bearer token.

#include <QByteArray>
#include <QString>

#include <optional>

namespace arbiter {

struct Session {
    QByteArray tokenHash; // SHA-256 of the bearer token; the token itself is never stored
    QString gameId;
    QString playerId;
    QString deviceId;
    QString ip;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    std::optional<qint64> revokedAtMs;

    bool validAt(qint64 nowMs) const { return !revokedAtMs && nowMs < expiresAtMs; }
};

} // namespace arbiter
