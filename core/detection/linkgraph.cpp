#include "linkgraph.h"

#include <utility>

namespace arbiter {

void LinkGraph::link(const QString &gameId, const QString &playerId, const QString &deviceId, const QString &ip)
{
    if (playerId.isEmpty())
        return;
    Game &game = m_games[gameId];
    const int player = playerNode(game, playerId);
    // Devices and IPs live in their own key spaces: a device id that happens to equal an IP (or a
    // player id) is a different thing and must not link.
    const auto join = [&](QHash<QString, int> &nodes, const QString &id) {
        if (id.isEmpty())
            return;
        auto it = nodes.find(id);
        if (it == nodes.end())
            it = nodes.insert(id, game.addNode(false, QString()));
        game.unite(player, *it);
    };
    join(game.devices, deviceId);
    join(game.ips, ip);
    if (!deviceId.isEmpty()) {
        QList<int> &users = game.devicePlayers[game.devices.value(deviceId)];
        if (!users.contains(player)) // a handful per device at most: a linear scan is fine
            users.append(player);
    }
}

int LinkGraph::deviceAccounts(const QString &gameId, const QString &deviceId) const
{
    const auto game = m_games.constFind(gameId);
    if (game == m_games.constEnd())
        return 0;
    const int node = lookup(game->devices, deviceId);
    return node < 0 ? 0 : int(game->devicePlayers.value(node).size());
}

QStringList LinkGraph::cluster(const QString &gameId, const QString &playerId) const
{
    const auto game = m_games.constFind(gameId);
    const int node = game == m_games.constEnd() ? -1 : lookup(game->players, playerId);
    if (node < 0)
        return playerId.isEmpty() ? QStringList() : QStringList{playerId};
    const int root = game->find(node);
    QStringList out;
    out.reserve(game->playerCount[root]);
    const int first = game->firstPlayer[root];
    int p = first;
    do {
        out.append(game->playerIds[p]);
        p = game->nextPlayer[p];
    } while (p != first);
    return out;
}

int LinkGraph::clusterSize(const QString &gameId, const QString &playerId) const
{
    const auto game = m_games.constFind(gameId);
    const int node = game == m_games.constEnd() ? -1 : lookup(game->players, playerId);
    if (node < 0)
        return playerId.isEmpty() ? 0 : 1;
    return game->playerCount[game->find(node)];
}

void LinkGraph::setBanned(const QString &gameId, const QString &playerId, bool banned)
{
    if (playerId.isEmpty())
        return;
    if (!banned) {
        // Lifting a ban on a player we never saw changes nothing: do not create a node for it.
        const auto it = m_games.find(gameId);
        if (it == m_games.end() || lookup(it->players, playerId) < 0)
            return;
    }
    Game &game = m_games[gameId];
    const int node = playerNode(game, playerId);
    if (game.banned[node] == banned)
        return;
    game.banned[node] = banned;
    game.bannedCount[game.find(node)] += banned ? 1 : -1;
}

bool LinkGraph::clusterHasBannedOtherThan(const QString &gameId, const QString &playerId) const
{
    const auto game = m_games.constFind(gameId);
    const int node = game == m_games.constEnd() ? -1 : lookup(game->players, playerId);
    if (node < 0)
        return false;
    return game->bannedCount[game->find(node)] - (game->banned[node] ? 1 : 0) > 0;
}

bool LinkGraph::touchesBanned(const QString &gameId, const QString &deviceId, const QString &ip) const
{
    const auto game = m_games.constFind(gameId);
    if (game == m_games.constEnd())
        return false;
    for (const int node :
        {deviceId.isEmpty() ? -1 : lookup(game->devices, deviceId), ip.isEmpty() ? -1 : lookup(game->ips, ip)}) {
        if (node >= 0 && game->bannedCount[game->find(node)] > 0)
            return true;
    }
    return false;
}

int LinkGraph::lookup(const QHash<QString, int> &nodes, const QString &id)
{
    return nodes.value(id, -1);
}

int LinkGraph::playerNode(Game &game, const QString &playerId)
{
    auto it = game.players.find(playerId);
    if (it == game.players.end())
        it = game.players.insert(playerId, game.addNode(true, playerId));
    return *it;
}

int LinkGraph::Game::addNode(bool isPlayer, const QString &playerId)
{
    const int node = int(parent.size());
    parent.push_back(node);
    size.push_back(1);
    playerCount.push_back(isPlayer ? 1 : 0);
    bannedCount.push_back(0);
    firstPlayer.push_back(isPlayer ? node : -1);
    nextPlayer.push_back(node); // a one-player cycle (unused for devices and IPs)
    playerIds.push_back(playerId);
    banned.push_back(false);
    return node;
}

int LinkGraph::Game::find(int node) const
{
    // Path halving: every other node on the path skips to its grandparent.
    while (parent[node] != node) {
        parent[node] = parent[parent[node]];
        node = parent[node];
    }
    return node;
}

void LinkGraph::Game::unite(int a, int b)
{
    a = find(a);
    b = find(b);
    if (a == b)
        return;
    if (size[a] < size[b])
        std::swap(a, b);
    parent[b] = a;
    size[a] += size[b];
    playerCount[a] += playerCount[b];
    bannedCount[a] += bannedCount[b];
    if (firstPlayer[b] >= 0) {
        if (firstPlayer[a] < 0) {
            firstPlayer[a] = firstPlayer[b];
        } else {
            // Splicing two cycles is one swap of successors.
            std::swap(nextPlayer[firstPlayer[a]], nextPlayer[firstPlayer[b]]);
        }
    }
}

} // namespace arbiter
