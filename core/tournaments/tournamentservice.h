#pragma once

// TournamentService: escs-compatible tournaments. Each owns a board; a round is started by the
// client, ended with its (encrypted) score, and checked against the game server's word in
// either order: a mismatch or a "not valid" takes the score off the board and records a
// server_mismatch flag already confirmed as cheat.

#include "audit/auditjournal.h"
#include "domain/session.h"
#include "domain/tournament.h"
#include "util/callback.h"
#include "util/clock.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace arbiter {

class BoardService;
class GameService;
class ScoreEvents;
class ScoreService;
class WatchService;
class Writer;

struct TournamentDraft {
    QString name;
    qint64 startsAtMs = 0;
    qint64 endsAtMs = 0;
    std::optional<int> maxAttempts;
    QString sortOrder = QStringLiteral("desc");
    QJsonObject scoring;
    bool requireServerConfirmation = false;
};

// What the game server says about a round.
struct ServerWord {
    bool valid = false;
    std::optional<double> score;
};

class TournamentService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TournamentService)
public:
    TournamentService(Writer &writer, const Clock &clock, GameService &games, BoardService &boards, ScoreService &scores,
                      WatchService &watch, ScoreEvents &events, QList<Tournament> tournaments, QList<Round> rounds,
                      QObject *parent = nullptr);

    void create(const QString &gameId, const TournamentDraft &draft, const Actor &actor, Callback<Tournament> done);
    QList<Tournament> list(const QString &gameId) const;
    const Tournament *find(const QString &tournamentId) const;
    QString sortOrderOf(const Tournament &tournament) const;

    void startRound(const QString &tournamentId, const Session &session, Callback<Round> done);
    // `body` is {"keyId","payload"} when the game has encryption keys, else {"score":number}.
    void endRound(const QString &tournamentId, const QString &roundId, const Session &session, const QJsonObject &body,
                  Callback<Round> done);
    // `secret` is the escs-game-secret-key; the game is the tournament's.
    void confirm(const QString &tournamentId, const QString &roundId, QByteArrayView secret, const ServerWord &word,
                 Callback<Round> done);

private:
    Round *findRound(const QString &tournamentId, const QString &roundId);
    // When both words are in: confirms, or invalidates (score off the board, server_mismatch flag).
    // Appends its writes to `work`.
    void settle(Round &round, const Tournament &tournament, std::function<Status(QSqlDatabase &)> &work);
    void saveAndAnswer(const Round &round, std::function<Status(QSqlDatabase &)> work, Callback<Round> done);

    Writer &m_writer;
    const Clock &m_clock;
    GameService &m_games;
    BoardService &m_boards;
    ScoreService &m_scores;
    WatchService &m_watch;
    ScoreEvents &m_events;
    QHash<QString, Tournament> m_tournaments;
    QList<QString> m_order;
    QHash<QString, Round> m_rounds;     // by round id
    QHash<QString, int> m_attempts;     // (tournament, player) → rounds started
};

} // namespace arbiter
