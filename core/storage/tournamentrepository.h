#pragma once

// TournamentRepository: the SQL for tournaments and their rounds; called inside Writer jobs.

#include "domain/tournament.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace arbiter {

class TournamentRepository final {
public:
    static Result<QList<Tournament>> loadTournaments(QSqlDatabase &db);
    static Result<QList<Round>> loadRounds(QSqlDatabase &db);
    static Status insertTournament(QSqlDatabase &db, const Tournament &tournament);
    static Status saveRound(QSqlDatabase &db, const Round &round); // insert or replace
};

} // namespace arbiter
