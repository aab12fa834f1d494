#pragma once

// RuleSet: runs a game's enabled score rules against in-memory windows and keeps those windows up to date.

#include "boardbaseline.h"
#include "outlierrule.h"
#include "detection.h"
#include "playerwindows.h"
#include "rulesettings.h"
#include "util/shardedhash.h"

#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace arbiter {

struct RuleVerdict {
    QList<Detection> detections; // in detection.md §2 order
    std::optional<qint64> retryAfterMs; // when rate_limit fired: until enough submissions fall out of the window
};

// Windows per game: per player (PlayerWindows, interned by player id) and per board (the outlier
// baseline, interned by board id). Per submission: three hash lookups (game, player, board) and
// O(1)/O(log n) per rule; the outlier baseline's insert is O(window). Not thread-safe, not even
// evaluate() (it caches parsed settings): the engine uses it on its one core thread.
class RuleSet final {
public:
    // Evaluates every enabled rule of `settings` (the game's EFFECTIVE detection settings JSON;
    // missing members mean defaults) against the windows as they are now; does not change them.
    RuleVerdict evaluate(const SubmissionFacts &facts, const QJsonObject &settings) const;
    // Records a stored submission (accepted, flagged, or rejected by a rule other than rate_limit)
    // into the rate-limit, duplicate, velocity and cadence windows; `accepted` (accepted or flagged,
    // not test data) also feeds the board's outlier baseline. Do not record a 429: it costs no quota.
    void record(const SubmissionFacts &facts, bool accepted, const QJsonObject &settings);
    // A confirmed cheat's value leaves the outlier baseline (so cheats do not poison it); removes
    // the newest occurrence of (boardId, value), if it is still in the window.
    void forgetAccepted(const QString &gameId, const QString &boardId, double value);
    // Start-up: refills a board's outlier baseline from stored accepted scores, oldest first,
    // without touching any player's windows.
    void addToBaseline(const QString &gameId, const QString &boardId, double value, const QJsonObject &settings);
    // Memory housekeeping: drops player windows with nothing newer than the longest window (1 h).
    // Never changes a verdict (no rule looks back further). Outlier baselines are count-based, not
    // time-based, and are kept.
    void prune(qint64 nowMs);

    int trackedPlayers() const; // players with windows, all games
    int baselineSize(const QString &gameId, const QString &boardId) const;
    std::size_t approximateBytes() const; // window storage only (without hash tables and ids)

private:
    // Per board: accepted scores per player since start-up, and how many players have at least
    // newPlayerTopMaxEarlierScores of them (new_player_top's "established" players). Start-up
    // does not refill it, so until it has seen as many players as the board ranks, the rule
    // falls back to the board's ranked count.
    // The same map keeps each player's personal record for the outlier rule (OutlierRule).
    struct PlayerOnBoard {
        int accepted = 0;
        PersonalRecord record;
    };
    struct BoardPlayers {
        ShardedHash<QString, PlayerOnBoard> players; // sharded: a new player never rehashes them all
        int established = 0;
    };
    struct GameState {
        ShardedHash<QString, PlayerWindows> players;
        QHash<QString, int> boards; // board id → index into baselines (and boardPlayers)
        std::vector<BoardBaseline> baselines;
        std::vector<BoardPlayers> boardPlayers;
    };
    struct CachedSettings {
        QJsonObject json;
        RuleSettings parsed;
    };

    const RuleSettings &settingsFor(const QString &gameId, const QJsonObject &json) const;
    static int boardIndex(GameState &game, const QString &boardId);

    QHash<QString, GameState> m_games;
    // Parsed settings per game. QJsonObject's operator== is a pointer compare when the pipeline
    // passes the same (implicitly shared) object each time, and a member compare otherwise.
    mutable QHash<QString, CachedSettings> m_settings;
};

} // namespace arbiter
