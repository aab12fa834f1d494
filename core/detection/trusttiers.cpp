#include "trusttiers.h"

#include <algorithm>

namespace arbiter {

const TrustTiers::Player *TrustTiers::find(const QString &gameId, const QString &playerId) const
{
    const auto game = m_games.constFind(gameId);
    if (game == m_games.constEnd())
        return nullptr;
    return game->find(playerId);
}

void TrustTiers::recordAccepted(const QString &gameId, const QString &playerId, qint64 atMs)
{
    Player &p = m_games[gameId][playerId];
    p.firstAcceptedMs = p.accepted == 0 ? atMs : std::min(p.firstAcceptedMs, atMs);
    ++p.accepted;
}

void TrustTiers::recordConfirmedCheat(const QString &gameId, const QString &playerId, qint64 atMs)
{
    Player &p = m_games[gameId][playerId];
    p.lastCheatMs = p.lastCheatMs ? std::max(*p.lastCheatMs, atMs) : atMs;
}

void TrustTiers::resetConfirmedCheat(const QString &gameId, const QString &playerId, std::optional<qint64> latestMs)
{
    if (!latestMs && !find(gameId, playerId))
        return;
    m_games[gameId][playerId].lastCheatMs = latestMs;
}

void TrustTiers::setModeratorTier(const QString &gameId, const QString &playerId, std::optional<TrustTier> tier)
{
    if (!tier && !find(gameId, playerId))
        return; // nothing to reset: do not create an entry
    m_games[gameId][playerId].moderatorTier = tier;
}

TrustTier TrustTiers::tier(const QString &gameId, const QString &playerId, qint64 firstSeenMs, qint64 nowMs) const
{
    const Player *p = find(gameId, playerId);
    if (!p)
        return TrustTier::C;
    if (p->lastCheatMs && nowMs - *p->lastCheatMs < kCheatPenaltyMs)
        return TrustTier::C;
    if (p->moderatorTier)
        return *p->moderatorTier;
    if (!p->lastCheatMs && p->accepted >= kTrustedScores && nowMs - p->firstAcceptedMs >= kTrustedSpanMs)
        return TrustTier::A;
    if (p->accepted >= kVerifiedScores && nowMs - firstSeenMs >= kVerifiedAgeMs)
        return TrustTier::B;
    return TrustTier::C;
}

int TrustTiers::acceptedCount(const QString &gameId, const QString &playerId) const
{
    const Player *p = find(gameId, playerId);
    return p ? p->accepted : 0;
}

} // namespace arbiter
