#pragma once

// Player: what Arbiter knows of one player of one game: token, tier, devices, IPs, first/last seen.

#include <QByteArray>
#include <QHash>
#include <QString>

namespace arbiter {

struct SeenRange {
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
};

struct Player {
    QString gameId;
    QString playerId;
    QByteArray loginTokenHash; // SHA-256 of the token registered at the first login
    QString tier = QStringLiteral("C");
    bool tierSetByModerator = false;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    QHash<QString, SeenRange> devices;
    QHash<QString, SeenRange> ips;
};

} // namespace arbiter
