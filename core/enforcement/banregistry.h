#pragma once

// BanRegistry: every ban, with O(1) lookups of the active ban on an account, a device or an IP.

#include "domain/ban.h"

#include <QHash>
#include <QMultiHash>

namespace arbiter {

class BanRegistry final {
public:
    void load(const QList<Ban> &bans);
    void add(const Ban &ban);
    Ban *find(const QString &banId);
    // The first active ban covering any of the three (empty ones are skipped).
    const Ban *activeBan(const QString &gameId, const QString &playerId, const QString &deviceId, const QString &ip,
                         qint64 nowMs) const;
    bool isPlayerBanned(const QString &gameId, const QString &playerId, qint64 nowMs) const;
    // Newest first; gameId empty = every game.
    QList<Ban> list(const QString &gameId, bool activeOnly, qint64 nowMs) const;

private:
    enum class Kind : char { Player = 'p', Device = 'd', Ip = 'i' };
    static QString key(const QString &gameId, Kind kind, const QString &value);
    const Ban *activeFor(const QString &key, qint64 nowMs) const;

    QHash<QString, Ban> m_bans;
    QList<QString> m_order; // ids by creation
    QMultiHash<QString, QString> m_index; // (game, kind, value) → ban ids
};

} // namespace arbiter
