// Leaderboard's reads: standings, pages, the neighbourhood of a player, totals, prospective ranks and the
// periods. Updates (add, remove, hiding, the bulk load) are in leaderboard.cpp.

#include "leaderboard/leaderboard.h"

#include <algorithm>
#include <cmath>

namespace arbiter {

int Leaderboard::countedSubmissions(const QString &playerId) const
{
    const int player = m_players->find(playerId);
    return player < 0 ? 0 : int(m_players->counted[player]);
}

bool Leaderboard::isPlayerHidden(const QString &playerId) const
{
    const int player = m_players->find(playerId);
    return player >= 0 && m_players->hidden[player];
}

std::optional<Standing> Leaderboard::standing(const QString &period, const QString &playerId) const
{
    const int p = findPeriod(period);
    const int player = m_players->find(playerId);
    if (p == -2 || player < 0 || m_bulk || m_players->hidden[player])
        return std::nullopt;
    const Entry *entry = findEntry(quint32(player), p);
    if (!entry || !entry->present)
        return std::nullopt;
    const RankedIndex &index = p < 0 ? m_all : m_periods[p]->index;
    const int rank = index.rankOf(keyOf(*entry, quint32(player)));
    if (rank == 0)
        return std::nullopt;
    return Standing{rank, playerId, entry->value, entry->atMs};
}

Standing Leaderboard::standingOf(const RankKey &key, int rank) const
{
    return Standing{rank, m_players->ids.id(int(key.player)), decode(key.value), key.atMs};
}

QList<Standing> Leaderboard::top(const QString &period, int offset, int limit) const
{
    QList<Standing> standings;
    const RankedIndex *index = indexFor(period);
    if (!index || m_bulk || limit <= 0)
        return standings;
    standings.reserve(std::min(limit, index->size()));
    index->visit(offset, limit, [&](const RankKey &key, int rank) { standings.append(standingOf(key, rank)); });
    return standings;
}

QList<Standing> Leaderboard::around(const QString &period, const QString &playerId, int radius) const
{
    const std::optional<Standing> own = standing(period, playerId);
    if (!own)
        return {};
    radius = std::max(0, radius);
    const int from = std::max(1, own->rank - radius);
    const int to = std::min(total(period), own->rank + radius);
    return top(period, from - 1, to - from + 1);
}

int Leaderboard::total(const QString &period) const
{
    const RankedIndex *index = indexFor(period);
    return index && !m_bulk ? index->size() : 0;
}

int Leaderboard::prospectiveRank(const QString &period, const QString &playerId, double value, qint64 atMs) const
{
    const int p = findPeriod(period);
    if (p == -2 || m_bulk || std::isnan(value))
        return 1;
    const RankedIndex &index = p < 0 ? m_all : m_periods[p]->index;
    const quint64 probeValue = encode(value + 0.0);
    const int known = m_players->find(playerId);
    QByteArray probeFull; // only on an exact tie of value and time with someone
    std::optional<quint64> probeTie; // computed on the first exact tie
    auto probeTieKey = [&] {
        if (!probeTie)
            probeTie = known >= 0 ? m_players->tieOf(quint32(known))
                                  : Players::tiePrefix(Players::fullTie(playerId, m_spec.boardId));
        return *probeTie;
    };
    auto before = [&](const RankKey &key) {
        if (key.value != probeValue)
            return key.value < probeValue;
        if (key.atMs != atMs)
            return key.atMs < atMs;
        if (known >= 0 && key.player == quint32(known))
            return false; // the player's own key at the probe's place is the probe
        const quint64 tie = m_players->tieOf(key.player);
        if (tie != probeTieKey())
            return tie < probeTieKey();
        if (probeFull.isEmpty())
            probeFull = Players::fullTie(playerId, m_spec.boardId);
        return Players::fullTie(m_players->ids.id(int(key.player)), m_spec.boardId) < probeFull;
    };
    int ahead = index.countBefore(before);
    if (known >= 0 && !m_players->hidden[known]) {
        const Entry *own = findEntry(quint32(known), p);
        if (own && own->present && before(keyOf(*own, quint32(known))))
            --ahead; // the player's current standing is replaced, not competed against
    }
    return ahead + 1;
}

QStringList Leaderboard::periods() const
{
    std::vector<const Period *> sorted;
    for (const auto &period : m_periods)
        sorted.push_back(period.get());
    std::sort(sorted.begin(), sorted.end(), [](const Period *a, const Period *b) { return a->startMs < b->startMs; });
    QStringList keys{QStringLiteral("all")};
    for (const Period *period : sorted)
        keys.append(period->key);
    return keys;
}

} // namespace arbiter
