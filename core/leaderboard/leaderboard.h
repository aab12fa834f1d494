#pragma once

// Leaderboard: one board's ranked standings in every period (current, past and "all"), kept by its operator.

#include "leaderboard/boardspec.h"
#include "leaderboard/idtable.h"
#include "leaderboard/rankedindex.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace arbiter {

struct Standing {
    int rank = 0;
    QString playerId;
    double score = 0;
    qint64 achievedAtMs = 0;
};

struct RankChange {
    QString playerId;
    QString period;
    std::optional<int> oldRank;
    std::optional<int> newRank;
};

// Values follow detection.md §5. best: the best value by sort order (an equal value later does not replace
// it); latest: the value with the greatest time (equal times: the later add); sum: the sum; best_n_sum: per
// UTC day the best N points by sort order (equal points: the earlier one counts), summed over the period's days.
// achievedAt: for best/latest the counted submission's time; for sum/best_n_sum the latest time among the
// counted submissions with non-zero points (a zero does not change the total), or the latest of all counted
// when every one is zero. Ties rank the earlier achievedAt first, then lower SHA-256(playerId ":" boardId).
// Every submission lands in its own period and in "all" (a board that never resets has only "all").
// Not thread-safe; the engine uses it on its one core thread.
class Leaderboard final {
public:
    explicit Leaderboard(BoardSpec spec);
    ~Leaderboard();
    Leaderboard(Leaderboard &&) noexcept;
    Leaderboard &operator=(Leaderboard &&) noexcept;
    Leaderboard(const Leaderboard &) = delete;
    Leaderboard &operator=(const Leaderboard &) = delete;

    const BoardSpec &spec() const { return m_spec; }

    // A counted submission (its points already computed). O(log n). Returns the submitting player's rank change
    // in the submission's period and in "all", each only when the rank moved (oldRank nullopt: newly ranked).
    // A non-finite value or an empty player id: empty list, no change. The caller guarantees that an id is on
    // the board at most once (the engine's ids are unique and event replays never reach the board); the board
    // does not index submission ids, so an update costs no id-table lookup.
    // `rank`, when given, receives the player's rank in the submission's period after the add (0: not ranked,
    // e.g. hidden), without a second lookup of the player.
    QList<RankChange> add(
        QStringView submissionId, const QString &playerId, double points, qint64 atMs, int *rank = nullptr);
    // Takes the player's submission back out; the player falls back as the operator dictates (newRank nullopt
    // when nothing is left). O(m log n) for the player's m submissions (found among them by a keyed 64-bit hash
    // of the id). Unknown or already removed id: empty list, no change.
    QList<RankChange> remove(const QString &submissionId, const QString &playerId);
    // Hidden players (bans) leave every period and come back with their entries as they are; a player not yet
    // on the board is remembered as hidden for later submissions. O(P log n) for P periods of the player.
    void setPlayerHidden(const QString &playerId, bool hidden);
    bool isPlayerHidden(const QString &playerId) const;
    // The player's submissions on the board that were not taken back (every period). O(1).
    int countedSubmissions(const QString &playerId) const;

    // `period` is a key as periodKey()/normalizePeriod() give it; a period with no entries has nobody.
    std::optional<Standing> standing(const QString &period, const QString &playerId) const; // nullopt: not ranked
    QList<Standing> top(const QString &period, int offset, int limit) const; // O(log n + k)
    QList<Standing> around(const QString &period, const QString &playerId, int radius) const; // empty if not ranked
    int total(const QString &period) const; // ranked (visible) players
    // The rank the player would get in `period` with this value achieved at atMs, the player's own current
    // standing replaced; changes nothing. O(log n). Works for players not on the board yet.
    int prospectiveRank(const QString &period, const QString &playerId, double value, qint64 atMs) const;
    quint64 version() const { return m_version; } // bumped on every change
    QStringList periods() const; // "all" and every period key with submissions, oldest first

    // Start-up rebuild: between these, add() only records (returns nothing, maintains no index) and reads see
    // nothing; endBulkLoad() sorts each period once and builds its index in O(n log n) in total.
    void beginBulkLoad();
    void endBulkLoad();

private:
    static constexpr quint32 None = 0xffffffffu;

    struct Entry {
        double value = 0;
        qint64 atMs = 0;
        quint32 sub = None; // best/latest: the counted submission
        bool present = false;
        bool nonZero = false; // sum/best_n_sum: atMs is that of a non-zero submission
    };
    struct PeriodEntry {
        Entry entry;
        quint32 period = 0;
        quint32 next = None;
    };
    struct alignas(32) Player { // 32 bytes, aligned: one cache line per player record, never two
        Entry all;
        quint32 subHead = None; // the player's submissions, newest first (Sub::next)
        quint32 periodHead = None; // PeriodEntry list, most recently created first
    };
    struct Sub { // 32 bytes: a board keeps every submission to fall back on
        double points = 0; // NaN once removed (add() never accepts NaN)
        qint64 atMs = 0;
        quint64 idHash = 0; // qHash(id, m_idSeed): remove() finds the submission among its player's
        quint32 player = 0;
        quint32 next = None; // the player's previous submission
    };
    struct Period {
        QString key;
        qint64 startMs = 0;
        qint64 endMs = 0;
        RankedIndex index;
    };
    // Heap-held so the trees' pointer to it survives moving the Leaderboard.
    struct Players final : TieOrder {
        IdTable ids;
        HugeVector<Player> list;
        HugeVector<quint8> hidden; // per player: banned (kept apart so a Player stays 32 bytes)
        HugeVector<quint32> counted; // per player: submissions added and not removed
        HugeVector<quint32> dayHead; // best_n_sum: per player, day-slot list in m_days, newest first
        // First 8 bytes of SHA-256(playerId ":" boardId), big-endian; 0 until first needed. Only exact ties
        // of value and time consult it, so most players never pay the ~0.4 µs hash (a start-up of 1M players
        // would spend 0.4 s on it).
        mutable HugeVector<quint64> tie;
        QString boardId;
        quint64 tieOf(quint32 player) const;
        static QByteArray fullTie(const QString &playerId, const QString &boardId); // SHA-256(playerId ":" boardId)
        static quint64 tiePrefix(const QByteArray &sha); // its first 8 bytes, big-endian
        bool less(quint32 a, quint32 b) const override;
        int intern(const QString &playerId, bool bestNSum);
        int find(const QString &playerId) const; // prefetches the player's record while the id is compared
    };
    struct DayChange {
        bool entered = false;
        double delta = 0;
        quint32 displaced = None;
    };

    quint64 encode(double value) const;
    double decode(quint64 key) const;
    RankKey keyOf(const Entry &entry, quint32 player) const;
    bool subBetter(quint32 a, quint32 b) const; // best/best_n_sum: a counts before b
    bool betterThanCounted(quint32 sub, const Entry &counted) const; // best: subBetter(sub, counted.sub)
    int periodFor(qint64 atMs);
    int findPeriod(const QString &period) const; // -1: "all", -2: unknown
    const RankedIndex *indexFor(const QString &period) const;
    RankedIndex &indexOf(int period);
    const QString &keyOfPeriod(int period) const;
    Entry *findEntry(quint32 player, int period);
    const Entry *findEntry(quint32 player, int period) const;
    Entry &entryFor(quint32 player, int period);
    // Returns the new rank when the key moved (0: not ranked now), -1 when it stayed (the index is untouched).
    int replace(quint32 player, const QString &playerId, int period, Entry &slot, const Entry &next,
        QList<RankChange> &changes);
    int currentRank(quint32 player, int period) const; // 0: not ranked
    Entry added(const Entry &old, quint32 sub, const DayChange &day, quint32 player, int period) const;
    Entry recomputed(quint32 player, int period) const;
    quint32 *daySlot(quint32 player, qint64 day, bool create);
    DayChange addToDay(quint32 sub);
    void rebuildDay(quint32 player, qint64 day);
    Standing standingOf(const RankKey &key, int rank) const;
    bool inPeriod(qint64 atMs, int period) const;

    BoardSpec m_spec;
    std::unique_ptr<Players> m_players;
    size_t m_idSeed = 0; // random per board: chosen ids cannot collide on purpose
    HugeVector<Sub> m_subs;
    HugeVector<PeriodEntry> m_periodEntries;
    HugeVector<quint32> m_days; // best_n_sum day slots: [day, next, count, sub × bestN] each
    std::vector<std::unique_ptr<Period>> m_periods;
    QHash<QString, int> m_periodByKey;
    int m_lastPeriod = -1; // the period of the previous add: nearly every add hits it
    RankedIndex m_all;
    quint64 m_version = 0;
    bool m_bulk = false;
};

} // namespace arbiter
