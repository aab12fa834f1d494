#pragma once

// FlagQueries: the flag-queue SQL the console needs beyond ScoreRepository: the cheap count of
// pending flags, reopening a resolved flag (undo), and the latest confirmed cheat left for a player.
// Called inside Writer jobs.

#include "domain/flag.h"
#include "util/result.h"

#include <QSqlDatabase>

#include <optional>

namespace arbiter {

class FlagQueries final {
public:
    // Pending flags, for one game or (empty gameId) all; uses the (status, created_at) index.
    static Result<qint64> countPending(QSqlDatabase &db, const QString &gameId);
    // Back to pending: status, resolution time, note and resolver cleared.
    static Status reopen(QSqlDatabase &db, const QString &flagId);
    // Clears submissions.removed_at if it is exactly `removedAtMs` (the removal the resolution made);
    // true if it did.
    static Result<bool> unremoveSubmission(QSqlDatabase &db, const QString &submissionId, qint64 removedAtMs);
    // The newest confirmed cheat still standing for the player, if any.
    static Result<std::optional<qint64>> latestConfirmedCheat(QSqlDatabase &db, const QString &gameId, const QString &playerId);
};

} // namespace arbiter
