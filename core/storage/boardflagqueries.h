#pragma once

// Board flag queries: which of some players have a pending flag on a board (the console's
// Leaderboards page marks them). Runs inside a Writer job like every repository function.

#include "util/result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace arbiter {

// The players among `playerIds` with at least one pending flag on `boardId`. One query.
Result<QSet<QString>> pendingFlaggedPlayers(QSqlDatabase &db, const QString &boardId, const QStringList &playerIds);

} // namespace arbiter
