#include "enforcement/playerdirectory.h"

namespace arbiter {

void PlayerDirectory::load(QList<Player> players)
{
    m_players.clear();
    m_players.reserve(players.size());
    for (Player &player : players)
        m_players.insert(key(player.gameId, player.playerId), std::move(player));
}

const Player *PlayerDirectory::find(const QString &gameId, const QString &playerId) const
{
    const auto it = m_players.constFind(key(gameId, playerId));
    return it == m_players.constEnd() ? nullptr : &*it;
}

Player *PlayerDirectory::find(const QString &gameId, const QString &playerId)
{
    const auto it = m_players.find(key(gameId, playerId));
    return it == m_players.end() ? nullptr : &*it;
}

Player &PlayerDirectory::findOrCreate(const QString &gameId, const QString &playerId, qint64 nowMs)
{
    auto it = m_players.find(key(gameId, playerId));
    if (it == m_players.end()) {
        Player player;
        player.gameId = gameId;
        player.playerId = playerId;
        player.firstSeenMs = nowMs;
        player.lastSeenMs = nowMs;
        it = m_players.insert(key(gameId, playerId), std::move(player));
    }
    return *it;
}

void PlayerDirectory::noteSeen(Player &player, const QString &deviceId, const QString &ip, qint64 atMs)
{
    player.lastSeenMs = atMs;
    for (auto [map, id] : {std::pair{&player.devices, &deviceId}, std::pair{&player.ips, &ip}}) {
        if (id->isEmpty())
            continue;
        auto it = map->find(*id);
        if (it == map->end())
            map->insert(*id, {atMs, atMs});
        else
            it->lastSeenMs = atMs;
    }
}

} // namespace arbiter
