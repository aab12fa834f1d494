#include "storage/playerqueries.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace arbiter {

Result<QList<PlayerMatch>> PlayerQueries::byIdPrefix(
    QSqlDatabase &db, const QString &gameId, const QString &prefix, int limit)
{
    // Not LIKE: SQLite's LIKE is case-insensitive and then cannot use the BINARY primary key.
    // Player ids are ASCII, so every id with the prefix sorts below prefix + U+FFFF.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT player_id, tier, last_seen FROM players"
                             " WHERE game_id = ? AND player_id >= ? AND player_id < ? ORDER BY player_id LIMIT ?"));
    q.addBindValue(gameId);
    q.addBindValue(prefix);
    q.addBindValue(prefix + QChar(0xFFFF));
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(q);
    QList<PlayerMatch> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return list;
}

} // namespace arbiter
