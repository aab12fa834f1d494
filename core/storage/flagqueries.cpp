#include "storage/flagqueries.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace arbiter {

Result<qint64> FlagQueries::countPending(QSqlDatabase &db, const QString &gameId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(gameId.isEmpty() ? QStringLiteral("SELECT COUNT(*) FROM flags WHERE status='pending'")
                               : QStringLiteral("SELECT COUNT(*) FROM flags WHERE status='pending' AND game_id=?"));
    if (!gameId.isEmpty())
        q.addBindValue(gameId);
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Status FlagQueries::reopen(QSqlDatabase &db, const QString &flagId)
{
    return execSql(db, QStringLiteral("UPDATE flags SET status='pending', resolved_at=NULL, note=NULL, resolved_by=NULL WHERE id=?"),
                   {flagId});
}

Result<bool> FlagQueries::unremoveSubmission(QSqlDatabase &db, const QString &submissionId, qint64 removedAtMs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE submissions SET removed_at=NULL WHERE id=? AND removed_at=?"));
    q.addBindValue(submissionId);
    q.addBindValue(removedAtMs);
    if (!q.exec())
        return queryError(q);
    return q.numRowsAffected() > 0;
}

Result<std::optional<qint64>> FlagQueries::latestConfirmedCheat(QSqlDatabase &db, const QString &gameId, const QString &playerId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT MAX(resolved_at) FROM flags WHERE status='confirmed_cheat' AND game_id=? AND player_id=?"));
    q.addBindValue(gameId);
    q.addBindValue(playerId);
    if (!q.exec() || !q.next())
        return queryError(q);
    return q.value(0).isNull() ? std::optional<qint64>() : std::optional<qint64>(q.value(0).toLongLong());
}

} // namespace arbiter
