#include "models/leaderboardreader.h"

#include "engine.h"
#include "games/gameservice.h"
#include "leaderboard/period.h"
#include "scores/boardservice.h"
#include "storage/boardflagqueries.h"
#include "storage/writer.h"

namespace arbiter::ui {

void readLeaderboard(Engine &engine, const LeaderboardQuery &query, Callback<LeaderboardSnapshot> reply)
{
    const BoardState *state = engine.boards()->state(query.boardId);
    if (!state)
        return reply(Error::notFound(QStringLiteral("no such board")));
    const Leaderboard &board = *state->leaderboard;
    LeaderboardSnapshot snap;
    snap.query = query;
    snap.currentPeriod = periodKey(board.spec().reset, engine.clock().nowMs());
    if (query.period.isEmpty()) {
        snap.period = snap.currentPeriod;
    } else {
        const std::optional<QString> period = normalizePeriod(board.spec().reset, query.period);
        if (!period)
            return reply(Error::invalid(QStringLiteral("invalid_query"),
                {{QStringLiteral("period"),
                    QStringLiteral("is not a period of this board (e.g. all, 2026-11-22, 2026-W47, 2026-11)")}}));
        snap.period = *period;
    }
    snap.periods = board.periods();
    snap.total = board.total(snap.period);
    QList<Standing> standings;
    if (!query.aroundPlayerId.isEmpty()) {
        standings = board.around(snap.period, query.aroundPlayerId, query.radius);
        snap.notRanked = standings.isEmpty();
    }
    if (query.aroundPlayerId.isEmpty() || snap.notRanked)
        standings = board.top(snap.period, 0, query.limit);
    QStringList players;
    for (const Standing &s : std::as_const(standings)) {
        snap.rows.append(LeaderboardRow{s.rank, s.playerId, s.score, s.achievedAtMs});
        players.append(s.playerId);
    }
    const QString boardId = query.boardId;
    engine.writer()->run<QSet<QString>>(
        [boardId, players](QSqlDatabase &db) { return pendingFlaggedPlayers(db, boardId, players); }, engine.games(),
        [snap = std::move(snap), reply = std::move(reply)](Result<QSet<QString>> flagged) mutable {
            if (!flagged)
                return reply(flagged.error());
            for (LeaderboardRow &row : snap.rows)
                row.flagged = flagged->contains(row.playerId);
            reply(std::move(snap));
        });
}

} // namespace arbiter::ui
