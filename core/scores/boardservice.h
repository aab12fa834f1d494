#pragma once

// BoardService: the boards of every game with their live leaderboards, on the core thread.
// A change of scoring makes a new rule-set version; history keeps the version it was scored under.

#include "audit/auditjournal.h"
#include "domain/board.h"
#include "leaderboard/leaderboard.h"
#include "util/callback.h"
#include "util/clock.h"
#include "util/shardedhash.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace arbiter {

class GameService;
class Writer;

// What create and PATCH may set; unset means "as it is" (or the default on create).
struct BoardDraft {
    std::optional<QString> name;
    std::optional<QString> sortOrder;
    std::optional<QString> op;
    std::optional<QString> reset;
    std::optional<std::optional<double>> maxPlausible; // set to nullopt inside = clear it
    std::optional<QJsonObject> scoring;
    QString tournamentId; // on create only: the board belongs to this tournament
};

// A board and what the engine keeps about it in memory.
struct BoardState {
    Board board;
    std::unique_ptr<Leaderboard> leaderboard;
    int acceptedScores = 0;                  // accepted, non-test: the outlier rule's "≥ 50"
    QString dayKey;                          // capPerDay: the UTC day the next map is for
    ShardedHash<QString, double> pointsToday; // player → points awarded today
};

class BoardService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardService)
public:
    BoardService(Writer &writer, const Clock &clock, GameService &games, QList<Board> boards, QObject *parent = nullptr);
    ~BoardService() override;

    void create(const QString &gameId, const BoardDraft &draft, const Actor &actor, Callback<Board> done);
    void update(const QString &boardId, const BoardDraft &draft, const Actor &actor, Callback<Board> done);
    QList<Board> boards(const QString &gameId) const;
    BoardState *state(const QString &boardId);
    const BoardState *state(const QString &boardId) const;
    QList<BoardState *> allStates();

    // Hides or shows a player on every board of the game (bans).
    void setPlayerHidden(const QString &gameId, const QString &playerId, bool hidden);

signals:
    void boardChanged(const QString &boardId);

private:
    static Result<BoardSpec> specOf(const Board &board);

    Writer &m_writer;
    const Clock &m_clock;
    GameService &m_games;
    QHash<QString, BoardState *> m_boards;
    QList<QString> m_order;
};

} // namespace arbiter
