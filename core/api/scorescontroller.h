#pragma once

// ScoresController: score submissions and the leaderboard read routes; and the admin routes for
// boards and the flag queue.

#include "api/router.h"

#include <QHash>

namespace arbiter {

class BoardService;
class Clock;
class FlagService;
class ScoreService;
struct BoardState;

class ScoresController final {
public:
    ScoresController(BoardService &boards, ScoreService &scores, FlagService &flags, const Clock &clock);

    void submit(const RouteRequest &request, Reply reply);
    void entries(const RouteRequest &request, Reply reply);
    void around(const RouteRequest &request, Reply reply);
    void playerStanding(const RouteRequest &request, Reply reply);

    void createBoard(const RouteRequest &request, Reply reply);
    void listBoards(const RouteRequest &request, Reply reply);
    void patchBoard(const RouteRequest &request, Reply reply);

    void listFlags(const RouteRequest &request, Reply reply);
    void resolveFlag(const RouteRequest &request, Reply reply);
    void flagStats(const RouteRequest &request, Reply reply);

private:
    // The board a reader may see: its own game's with a session or secret, any with the admin token.
    const BoardState *readableBoard(const RouteRequest &request, Reply &reply) const;
    // The period of a read (?period=, default the current one), or an error answered already.
    std::optional<QString> readPeriod(const RouteRequest &request, const BoardState &board, Reply &reply) const;

    BoardService &m_boards;
    ScoreService &m_scores;
    FlagService &m_flags;
    const Clock &m_clock;
    struct CachedPage {
        quint64 version = 0;
        QByteArray body;
    };
    mutable QHash<QString, CachedPage> m_pages; // serialised entry pages by (board, period, offset, limit)
};

} // namespace arbiter
