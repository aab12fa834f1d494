#pragma once

// ScoreService: the ingest pipeline of detection.md §1: authenticate, validate, replay or conflict,
// run the rules, reject / flag / accept, score, rank, commit, answer. Windows, counts and boards
// stay in memory so each submission costs O(log n).

#include "audit/auditjournal.h"
#include "detection/ruleset.h"
#include "detection/trusttiers.h"
#include "domain/ids.h"
#include "scores/scorerequest.h"
#include "util/callback.h"
#include "util/clock.h"
#include "util/shardedhash.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace arbiter {

class BoardService;
class GameService;
class ScoreEvents;
class WatchService;
class Writer;
struct BoardState;
struct EnforcementState;
struct Submission;

// 201 for a new submission, 200 for a replay of the same body.
struct ScoreAnswer {
    int status = 201;
    QByteArray json; // the compact JSON body, encoded once: stored for replays and sent as it is
};

class ScoreService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreService)
public:
    ScoreService(Writer &writer, const Clock &clock, GameService &games, BoardService &boards, EnforcementState &enforcement,
                 WatchService &watch, ScoreEvents &events, QObject *parent = nullptr);

    void submit(const ScoreRequest &request, Callback<ScoreAnswer> done);

    // Takes a counted submission off its board (confirmed cheat, invalidated round).
    void removeFromBoard(const QString &boardId, const QString &submissionId, const QString &playerId, double value);
    // Undoes removeFromBoard (a confirmed cheat reopened): the submission ranks again.
    void returnToBoard(const QString &boardId, const QString &submissionId, const QString &playerId, double value,
                       double points, qint64 atMs);

    // A moderator sets a player's trust tier (nullopt: back to automatic). Stored, audited as
    // "player.tier", and applied to the next submission.
    void setPlayerTier(const QString &gameId, const QString &playerId, std::optional<TrustTier> tier, const Actor &actor,
                       Callback<Unit> done);
    // The tier the rules use now (detection.md §2), for the console and the player profile.
    TrustTier effectiveTier(const QString &gameId, const QString &playerId) const;

    RuleSet &rules() { return m_rules; }
    TrustTiers &tiers() { return m_tiers; }
    // The id of the player's newest stored submission in the game (empty: none), where their
    // history starts (ScoreRepository::playerSubmissions).
    QString lastSubmissionId(const QString &gameId, const QString &playerId) const;

    // Start-up, every stored submission oldest first: its event key (the engine restores those on
    // the writer thread; nothing else touches the key set until the listener starts), its id as
    // its player's newest so far, and, when counted, its place on the boards and in the windows.
    // A submission id that is no ObjectId (written by another tool) comes as a null PackedObjectId:
    // a replay of its event is answered as a conflict, and the player's history starts nowhere.
    void restoreEventKey(const QString &gameId, QByteArrayView eventUuidUtf8, PackedObjectId submissionId);
    void restoreNewest(const QString &gameId, const QString &playerId, PackedObjectId submissionId);
    void reserveEventKeys(qint64 count) { m_eventKeys.reserve(qsizetype(count)); }
    void restoreCounted(const QString &gameId, const QString &boardId, QStringView submissionId, const QString &playerId,
                        double value, double points, qint64 atMs, bool accepted, bool recentEnoughForWindows);

public slots:
    void invalidateSettings(const QString &gameId) { m_settings.remove(gameId); }
    // Banned players are hidden from every board while banned; when the ban ends their earlier
    // scores come back only if the moderator asked for it, else they leave the boards for good.
    void onPlayerBanned(const QString &gameId, const QString &playerId);
    void onPlayerUnbanned(const QString &gameId, const QString &playerId, bool restoreScores);

private:
    void process(const ScoreRequest &request, const ScoreFields &fields, Callback<ScoreAnswer> done);
    void replay(const ScoreRequest &request, const QByteArray &hash, const QString &eventUuid, PackedObjectId stored,
                Callback<ScoreAnswer> done);
    PackedObjectId &newestSlot(const QString &gameId, const QString &playerId);
    void restorePointsToday(BoardState &state, const QString &playerId, double points, qint64 atMs);
    const QJsonObject &settingsFor(const QString &gameId);
    // An event's key: a 64-bit hash of the game and the uuid's UTF-8 bytes (start-up hashes the
    // stored bytes as they are, without making a string of each).
    static quint64 eventKey(const QString &gameId, QByteArrayView eventUuidUtf8);
    static quint64 eventKey(const QString &gameId, QStringView eventUuid);

    Writer &m_writer;
    const Clock &m_clock;
    GameService &m_games;
    BoardService &m_boards;
    EnforcementState &m_enforcement;
    WatchService &m_watch;
    ScoreEvents &m_events;
    RuleSet m_rules;
    TrustTiers m_tiers;
    // Every stored (game, event_uuid) with its submission's id: a replay reads that one row.
    ShardedHash<quint64, PackedObjectId> m_eventKeys;
    // Per game, each player's newest submission: the next one names it as its previous_id.
    QHash<QString, ShardedHash<QString, PackedObjectId>> m_newest;
    QString m_restoreGameId; // restoreNewest's last game (start-up only)
    ShardedHash<QString, PackedObjectId> *m_restoreNewest = nullptr;
    QHash<QString, QJsonObject> m_settings; // effective detection settings per game
    QTimer m_pruneTimer;
    QString m_loadBoardId;           // restoreCounted's last board (start-up only)
    QString m_loadDayKey;            // ... and the UTC day it started in, for capped boards
    qint64 m_loadDayStartMs = 0;
    BoardState *m_loadBoard = nullptr;
};

// The answer a stored submission gives again on a replay.
Result<ScoreAnswer> storedAnswer(const Submission &submission);

} // namespace arbiter
