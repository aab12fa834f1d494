#pragma once

// PlayerDirectory: every known player of every game, in memory on the core thread.

#include "domain/player.h"

#include <QHash>

namespace arbiter {

class PlayerDirectory final {
public:
    void load(QList<Player> players);
    const Player *find(const QString &gameId, const QString &playerId) const;
    Player *find(const QString &gameId, const QString &playerId);
    Player &findOrCreate(const QString &gameId, const QString &playerId, qint64 nowMs);
    // Records a device and an IP seen at `atMs`.
    void noteSeen(Player &player, const QString &deviceId, const QString &ip, qint64 atMs);
    qsizetype size() const { return m_players.size(); }
    template <class F> void forEach(F &&visit) const
    {
        for (const Player &player : m_players)
            visit(player);
    }

private:
    static QString key(const QString &gameId, const QString &playerId) { return gameId + QChar(0) + playerId; }
    QHash<QString, Player> m_players;
};

} // namespace arbiter
