#pragma once

// TrustTiers: each player's trust tier per game (detection.md §2), from accepted scores, confirmed cheats and
// moderators.

#include "detection.h"
#include "util/shardedhash.h"

#include <QHash>
#include <QString>

#include <optional>

namespace arbiter {

// Precedence, strongest first:
// 1. within 30 days of a confirmed cheat (cheatAt ≤ now < cheatAt + 30 d): C, even over a
//    moderator-set tier — the cheat was confirmed by a moderator too, and an order-independent
//    rule survives replaying history at start-up; the set tier applies again afterwards;
// 2. a moderator-set tier;
// 3. A: ≥ 100 accepted scores, the first ≥ 7 days ago, and never a confirmed cheat (so a player
//    back from the 30 days is at most B until a moderator says A);
// 4. B: ≥ 10 accepted scores and first seen ≥ 24 h ago;
// 5. C.
// Counts include every accepted (or flagged) non-test score, any board, also ones later confirmed
// as cheats (the cheat itself is what drops the tier).
class TrustTiers final {
public:
    static constexpr qint64 kCheatPenaltyMs = 30LL * 24 * 60 * 60 * 1000;
    static constexpr qint64 kTrustedSpanMs = 7LL * 24 * 60 * 60 * 1000;
    static constexpr qint64 kVerifiedAgeMs = 24LL * 60 * 60 * 1000;
    static constexpr int kTrustedScores = 100;
    static constexpr int kVerifiedScores = 10;

    void recordAccepted(const QString &gameId, const QString &playerId, qint64 atMs); // any board
    void recordConfirmedCheat(const QString &gameId, const QString &playerId, qint64 atMs); // C for 30 days
    // An undone confirmation: the player's latest remaining confirmed cheat (nullopt: none left).
    void resetConfirmedCheat(const QString &gameId, const QString &playerId, std::optional<qint64> latestMs);
    void setModeratorTier(
        const QString &gameId, const QString &playerId, std::optional<TrustTier> tier); // nullopt = automatic
    TrustTier tier(const QString &gameId, const QString &playerId, qint64 firstSeenMs, qint64 nowMs) const;
    int acceptedCount(const QString &gameId, const QString &playerId) const;

private:
    struct Player {
        int accepted = 0;
        qint64 firstAcceptedMs = 0; // valid when accepted > 0
        std::optional<qint64> lastCheatMs;
        std::optional<TrustTier> moderatorTier;
    };

    const Player *find(const QString &gameId, const QString &playerId) const;

    QHash<QString, ShardedHash<QString, Player>> m_games; // sharded: a new player never rehashes them all
};

} // namespace arbiter
