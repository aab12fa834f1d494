#pragma once

// TournamentsController: the escs-compatible tournament routes and their admin side.

#include "api/router.h"

namespace arbiter {

class BoardService;
class TournamentService;

class TournamentsController final {
public:
    TournamentsController(TournamentService &tournaments, BoardService &boards);

    void create(const RouteRequest &request, Reply reply);
    void list(const RouteRequest &request, Reply reply);
    void startRound(const RouteRequest &request, Reply reply);
    void endRound(const RouteRequest &request, Reply reply);
    void confirm(const RouteRequest &request, Reply reply);
    void leaderboard(const RouteRequest &request, Reply reply);

private:
    TournamentService &m_tournaments;
    BoardService &m_boards;
};

} // namespace arbiter
