#pragma once

// PlayerQueries: finding players without loading them all (the console's player search).

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace arbiter {

struct PlayerMatch {
    QString playerId;
    QString tier; // stored tier
    qint64 lastSeenMs = 0;
};

class PlayerQueries final {
public:
    // Players of the game whose id starts with `prefix` (case-sensitive, as ids are), in id
    // order, at most `limit`. A range over the primary key: O(log n + limit) for any table size.
    static Result<QList<PlayerMatch>> byIdPrefix(
        QSqlDatabase &db, const QString &gameId, const QString &prefix, int limit);
};

} // namespace arbiter
