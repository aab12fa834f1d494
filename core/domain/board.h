#pragma once

// Board: a leaderboard of a game (or of a tournament), with its current scoring rule set.

#include "domain/scoring.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace arbiter {

struct Board {
    QString id;
    QString gameId;
    QString name;
    QString sortOrder = QStringLiteral("desc"); // "desc" | "asc"
    QString op = QStringLiteral("best");        // "best" | "latest" | "sum" | "best_n_sum"
    QString reset = QStringLiteral("never");    // "never" | "daily" | "weekly" | "monthly"
    std::optional<double> maxPlausible;
    QString ruleSetId;
    int ruleSetVersion = 1;
    Scoring scoring;
    QString tournamentId; // empty unless the board belongs to a tournament
    qint64 createdAtMs = 0;

    QJsonObject toJson() const;
};

} // namespace arbiter
