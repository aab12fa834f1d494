#include "storage/boardflagqueries.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace arbiter {

Result<QSet<QString>> pendingFlaggedPlayers(QSqlDatabase &db, const QString &boardId, const QStringList &playerIds)
{
    QSet<QString> flagged;
    if (playerIds.isEmpty())
        return flagged;
    QStringList marks;
    marks.reserve(playerIds.size());
    for (qsizetype i = 0; i < playerIds.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT player_id FROM flags WHERE status='pending' AND board_id=? AND player_id IN (%1)")
                  .arg(marks.join(QLatin1Char(','))));
    q.addBindValue(boardId);
    for (const QString &id : playerIds)
        q.addBindValue(id);
    if (!q.exec())
        return queryError(q);
    while (q.next())
        flagged.insert(q.value(0).toString());
    return flagged;
}

} // namespace arbiter
