#pragma once

// EyeStageTracker: per (game, player) alert streaks and eye stages of detection.md §3, in memory.

#include "watch/eyestage.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace arbiter {

struct WatchSettings {
    qint64 streakGapMs = 90 * 60 * 1000;
    qint64 escalateWithinMs = 30 * 60 * 1000;
    int watchlistAfterAlerts = 3;
    int bigAfterSimilarAlerts = 5;
    int banAfterSimilarAlerts = 15;
};

struct StageTransition {
    QString gameId, playerId;
    qint64 atMs;
    EyeStage from, to;
    QString cause;
};

struct AlertOutcome {
    EyeStage stage;
    int alertsInStreak;
    QList<StageTransition> transitions; // 0..2 transitions (e.g. off-watchlist then new stage)
    // True exactly once per streak: the alert that makes banAfterSimilarAlerts of one reason.
    bool consistentBehaviour = false;
    QString consistentReason;
    QStringList reasonsInStreak; // distinct reasons in this streak, first seen first, for the ban report
};

struct WatchStatus {
    EyeStage stage;
    int alertsInStreak;
    std::optional<qint64> lastAlertAtMs; // the current streak's last alert; empty when there is no streak
    std::optional<qint64> offWatchlistAtMs; // the first instant at which the streak is over, if no alert comes first
};

// Boundary semantics (detection.md §3 says "at most 90 min" continues, "more than 90 min" ends, and
// "less than 30 min" escalates; times are whole milliseconds):
//  - An alert exactly streakGapMs after the previous one continues the streak; one millisecond
//    later starts a new one. So the streak (and the player's stage) lives through last + gap
//    inclusive and is over from last + gap + 1 ms: that instant is offWatchlistAtMs, it is what
//    nextExpiryAtMs() returns, and expire(now) ends streaks with last + gap < now. Ending them at
//    last + gap instead would make an alert at exactly +90:00 join or not join the streak depending
//    on whether the engine's timer had fired yet; with this rule every answer is the same whether
//    expiry ran eagerly (expire()), lazily (status(), recordAlert()) or not at all.
//  - An alert exactly escalateWithinMs after its predecessor does not escalate; 1 ms less does.
//  - The watchlistAfterAlerts-th alert of a streak → little; each later alert that comes less than
//    escalateWithinMs after its predecessor → one step up (little → short → big); once a reason has
//    bigAfterSimilarAlerts alerts in the streak → big. A stage never falls within a streak.
//    When one alert satisfies several rules, the highest stage wins and one transition is recorded.
//  - consistentBehaviour is reported on the first alert of a streak at which some reason reaches
//    banAfterSimilarAlerts, once per streak, never while Banned; the stage is raised to big if lower.
//  - An alert that comes after the streak ended first records the off-watchlist transition, timed
//    at the moment the streak ended (not at the alert), exactly as expire() would have.
//  - Players with fewer alerts than the watchlist threshold expire silently (none → none is no
//    transition), and expiry forgets the player: WatchStatus describes the current streak only;
//    the engine keeps the history as the transitions it stores.
//  - An alert older than the previous one (a clock step back) counts as if it came at the previous
//    alert's time.
//  - Banned players keep counting alerts and streaks (for the ban report) but their stage stays
//    Banned until clearBan(); expire() never touches them.
//  - Settings come with each alert (a game's settings may change at any time); the gap in force at
//    an alert fixes when its streak ends.
//
// Cost: recordAlert is three hash lookups (game, player, reason), a scan of the streak's few
// distinct reasons and a re-keying of the player's node in the expiry index: the node is reached
// through a stored iterator and re-inserted with a hint, so in-order alerts cost amortised O(1)
// there and out-of-order ones O(log n). expire() is O(k log n) for k expired players. Memory is
// about 300 bytes per tracked player (tests/bench/bench_watch). Not thread-safe: the engine's thread.
// All times are milliseconds since the epoch, from the engine's injectable clock.
class EyeStageTracker final {
public:
    AlertOutcome recordAlert(
        const QString &gameId, const QString &playerId, const QString &reason, qint64 atMs, const WatchSettings &s);
    WatchStatus status(const QString &gameId, const QString &playerId, qint64 nowMs) const; // applies expiry lazily
    // Every player whose streak is over at nowMs goes to None ("quiet for 90 min" transition when
    // the stage was above None) and is forgotten. O(k log n) for k expired players.
    QList<StageTransition> expire(qint64 nowMs);
    std::optional<qint64> nextExpiryAtMs() const; // for the engine's single timer: call expire() at that instant
    // → Banned, from the stage in force at atMs (an already-Banned player gives Banned → Banned).
    // A streak that ended before atMs is reset without a transition: call expire(atMs) first when
    // the timeline must show it.
    StageTransition markBanned(const QString &gameId, const QString &playerId, qint64 atMs, const QString &cause);
    // Banned → None, streak reset; nothing when the player is not Banned.
    std::optional<StageTransition> clearBan(
        const QString &gameId, const QString &playerId, qint64 atMs, const QString &cause);

    struct Entry {
        QString gameId, playerId;
        WatchStatus status;
    };
    // Players of gameId at Little/Short/Big (stage empty), or at exactly `stage` (Banned only when
    // asked for; None gives nothing, as nobody at None is on the watchlist). Highest stage first,
    // then the most recent alert first. Costs a pass over the game's tracked players.
    QList<Entry> watchlist(const QString &gameId, std::optional<EyeStage> stage, qint64 nowMs) const;

    // Persistence: the engine stores each player's state as JSON and restores it at start-up.
    // An untracked player's state is {} and restoring {} forgets the player. restore() takes the
    // state as stored, even if its streak is already over: the next expire() or read handles it.
    QJsonObject stateJson(const QString &gameId, const QString &playerId) const;
    void restore(const QString &gameId, const QString &playerId, const QJsonObject &state);
    qsizetype trackedPlayers() const; // players with a streak or a ban, including streaks over but not yet expire()d

private:
    static constexpr quint32 kNoSlot = 0xffffffffu;
    // Beyond this many distinct reasons in one streak, new reasons count toward the streak only;
    // it bounds the per-alert scan against clients that invent a reason per alert.
    static constexpr int kMaxReasonsPerStreak = 256;

    using ExpiryIndex = std::set<std::pair<qint64, quint32>>; // (streakEndsAtMs, slot)

    struct ReasonCount {
        quint32 reason; // interned id
        quint32 count;
    };
    struct Slot {
        QString playerId;
        quint32 game = 0;
        EyeStage stage = EyeStage::None;
        bool consistentReported = false;
        bool inUse = false;
        bool inExpiryIndex = false;
        int alertsInStreak = 0;
        qint64 lastAlertAtMs = 0;
        qint64 streakEndsAtMs = 0; // lastAlertAtMs + gap + 1: the first instant the streak is over
        QVarLengthArray<ReasonCount, 2> reasons;
        ExpiryIndex::iterator expiry; // valid while inExpiryIndex: re-keying needs no search
    };
    struct Game {
        QString id;
        QHash<QString, quint32> players; // player id → slot
    };

    quint32 findSlot(const QString &gameId, const QString &playerId) const;
    quint32 findOrCreateSlot(const QString &gameId, const QString &playerId);
    void releaseSlot(quint32 slot);
    void resetStreak(Slot &slot);
    // Puts the slot in the expiry index under its current streakEndsAtMs, or takes it out when Banned.
    void updateIndex(quint32 slot);
    ExpiryIndex::const_iterator hintFor(const std::pair<qint64, quint32> &key) const;
    bool streakOver(const Slot &slot, qint64 nowMs) const;
    WatchStatus statusOf(const Slot &slot, qint64 nowMs) const;
    StageTransition transition(const Slot &slot, qint64 atMs, EyeStage to, QString cause) const;
    QString quietCause(const Slot &slot) const;
    quint32 internReason(const QString &reason);
    void releaseReason(quint32 id);
    QStringList reasonNames(const Slot &slot) const;

    std::vector<Slot> m_slots;
    std::vector<quint32> m_freeSlots;
    qsizetype m_tracked = 0;
    QHash<QString, quint32> m_gameIds; // game id → index in m_games
    std::vector<Game> m_games;
    // (streakEndsAtMs, slot) of every non-Banned tracked player.
    ExpiryIndex m_expiry;
    // Reasons are interned and reference-counted by the streaks that hold them, so free-text
    // client reasons cannot grow the table without bound.
    QHash<QString, quint32> m_reasonIds;
    std::vector<QString> m_reasonNames;
    std::vector<quint32> m_reasonRefs;
    std::vector<quint32> m_freeReasons;
};

} // namespace arbiter
