#pragma once

// Leaderboard reads for the console, run on the core thread: the same in-memory leaderboard the
// REST routes GET /v1/boards/{id}/entries and …/entries/around/{playerId} serve (Leaderboard::top
// and ::around), plus one query for the shown players with a pending flag on the board.

#include "models/leaderboardmodel.h"
#include "util/callback.h"

#include <QStringList>

namespace arbiter {
class Engine;
}

namespace arbiter::ui {

struct LeaderboardQuery {
    QString boardId;
    QString period; // empty: the period the board is in now
    QString aroundPlayerId; // non-empty: the entries around this player instead of the top
    int limit = 100;
    int radius = 10;
};

struct LeaderboardSnapshot {
    LeaderboardQuery query;
    QString period; // the period read (the current one when the query named none)
    QString currentPeriod; // the board's period now
    QStringList periods; // every period with submissions, "all" included, oldest first
    int total = 0; // ranked players in the period
    bool notRanked = false; // the player asked for has no rank in the period: the top is shown instead
    QList<LeaderboardRow> rows;
};

// Core thread only; answers through `reply` (after the flag query).
void readLeaderboard(Engine &engine, const LeaderboardQuery &query, Callback<LeaderboardSnapshot> reply);

} // namespace arbiter::ui
