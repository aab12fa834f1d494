#pragma once

// LinkGraph: per-game union-find over players, device ids and IPs, for linked_accounts and ban evasion.

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace arbiter {

// Players, devices and IPs are nodes; link() joins a player with a device and an IP, so two players
// are in one component when a chain of shared devices/IPs connects them (detection.md §2,
// linked_accounts). Union by size with path halving keeps every query O(α(n)). Each component
// root keeps its player count and banned-player count, and the component's players form a
// circular list (merged in O(1) by splicing), so cluster() is O(cluster size).
// Links are never removed: a moderator's view of "who shares with whom" only grows; if shared
// IPs (NAT, cafés) must not link, the caller leaves the IP out of link().
// Not thread-safe even for const calls (they compress paths); the engine uses it on its one thread.
class LinkGraph final {
public:
    // Records that player used device and ip (either may be empty; an empty player does nothing). O(α(n)).
    void link(const QString &gameId, const QString &playerId, const QString &deviceId, const QString &ip);
    // The players in the same component, including itself, in no particular order. A player the
    // graph has never seen is alone: {playerId}.
    QStringList cluster(const QString &gameId, const QString &playerId) const;
    int clusterSize(const QString &gameId, const QString &playerId) const; // O(α(n)); 1 for an unseen player
    // Distinct players that used this very device id (not through IPs or other devices). O(1); 0 for an unseen device.
    int deviceAccounts(const QString &gameId, const QString &deviceId) const;
    // Idempotent; a ban on a player the graph has not seen yet is remembered for its later links.
    void setBanned(const QString &gameId, const QString &playerId, bool banned);
    bool clusterHasBannedOtherThan(const QString &gameId, const QString &playerId) const; // O(α(n))
    // True when the device or ip is already linked to a banned player (for ban_evasion at login), without linking.
    // "Linked" is by component: a device whose other user shares an IP with a banned player counts.
    bool touchesBanned(const QString &gameId, const QString &deviceId, const QString &ip) const;

private:
    struct Game {
        QHash<QString, int> players, devices, ips; // interned ids → node
        mutable std::vector<int> parent; // mutable: find() halves paths in const queries
        std::vector<int> size; // nodes in the component (at roots): union by size
        std::vector<int> playerCount; // players in the component (at roots)
        std::vector<int> bannedCount; // banned players in the component (at roots)
        std::vector<int> firstPlayer; // one player of the component (at roots), -1 if none
        std::vector<int> nextPlayer; // circular list of a component's players (player nodes)
        std::vector<QString> playerIds; // player nodes' ids (empty for devices and IPs)
        std::vector<bool> banned; // per player node
        QHash<int, QList<int>> devicePlayers; // device node → the distinct player nodes that used it

        int addNode(bool isPlayer, const QString &playerId);
        int find(int node) const;
        void unite(int a, int b);
    };

    static int lookup(const QHash<QString, int> &nodes, const QString &id);
    int playerNode(Game &game, const QString &playerId);

    QHash<QString, Game> m_games;
};

} // namespace arbiter
