#include "storage/tournamentrepository.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace arbiter {

namespace {

QVariant nullableReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace

Result<QList<Tournament>> TournamentRepository::loadTournaments(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, game_id, name, board_id, starts_at, ends_at, max_attempts, require_confirmation, "
                               "created_at FROM tournaments ORDER BY created_at, id")))
        return queryError(q);
    QList<Tournament> list;
    while (q.next()) {
        Tournament t;
        t.id = q.value(0).toString();
        t.gameId = q.value(1).toString();
        t.name = q.value(2).toString();
        t.boardId = q.value(3).toString();
        t.startsAtMs = q.value(4).toLongLong();
        t.endsAtMs = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            t.maxAttempts = q.value(6).toInt();
        t.requireServerConfirmation = q.value(7).toBool();
        t.createdAtMs = q.value(8).toLongLong();
        list.append(std::move(t));
    }
    return list;
}

Result<QList<Round>> TournamentRepository::loadRounds(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, tournament_id, player_id, status, client_score, server_valid, server_score, "
                               "submission_id, created_at, updated_at FROM rounds ORDER BY created_at, id")))
        return queryError(q);
    QList<Round> list;
    while (q.next()) {
        Round r;
        r.id = q.value(0).toString();
        r.tournamentId = q.value(1).toString();
        r.playerId = q.value(2).toString();
        r.status = q.value(3).toString();
        if (!q.value(4).isNull())
            r.clientScore = q.value(4).toDouble();
        if (!q.value(5).isNull())
            r.serverValid = q.value(5).toBool();
        if (!q.value(6).isNull())
            r.serverScore = q.value(6).toDouble();
        r.submissionId = q.value(7).toString();
        r.createdAtMs = q.value(8).toLongLong();
        r.updatedAtMs = q.value(9).toLongLong();
        list.append(std::move(r));
    }
    return list;
}

Status TournamentRepository::insertTournament(QSqlDatabase &db, const Tournament &t)
{
    return execSql(db,
                   QStringLiteral("INSERT INTO tournaments (id, game_id, name, board_id, starts_at, ends_at, max_attempts, "
                                  "require_confirmation, created_at) VALUES (?,?,?,?,?,?,?,?,?)"),
                   {t.id, t.gameId, t.name, t.boardId, t.startsAtMs, t.endsAtMs,
                    t.maxAttempts ? QVariant(*t.maxAttempts) : QVariant(QMetaType(QMetaType::Int)), t.requireServerConfirmation,
                    t.createdAtMs});
}

Status TournamentRepository::saveRound(QSqlDatabase &db, const Round &r)
{
    return execSql(db,
                   QStringLiteral("INSERT OR REPLACE INTO rounds (id, tournament_id, player_id, status, client_score, server_valid, "
                                  "server_score, submission_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                   {r.id, r.tournamentId, r.playerId, r.status, nullableReal(r.clientScore),
                    r.serverValid ? QVariant(*r.serverValid) : QVariant(QMetaType(QMetaType::Bool)), nullableReal(r.serverScore),
                    r.submissionId, r.createdAtMs, r.updatedAtMs});
}

} // namespace arbiter
