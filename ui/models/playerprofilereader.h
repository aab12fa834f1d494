#pragma once

// What the Players page reads on the core thread: a search over one game's players (capped), and
// a player's profile (core/enforcement/playerprofile, the same the admin API serves) with what
// the console shows beside it.

#include "enforcement/playerprofile.h"
#include "models/playersearchmodel.h"
#include "util/callback.h"

namespace arbiter {
class Engine;
}

namespace arbiter::ui {

struct PlayerProfileSnapshot {
    PlayerProfile profile;
    QString gameName;
    QString effectiveTier; // what the rules use now (a moderator's choice, or earned)
    int acceptedScores = 0; // changes with every counted submission: tells the page to re-read
    qint64 nowMs = 0; // the engine's clock, for the bans' states

    // The profile object of the admin API plus the effective tier: the export file.
    QJsonObject toJson() const;
};

// Core thread only. `done` is called on the core thread.
void readPlayerProfile(
    Engine &engine, const QString &gameId, const QString &playerId, Callback<PlayerProfileSnapshot> done);
void searchPlayers(
    Engine &engine, const QString &gameId, const QString &prefix, int limit, Callback<QList<PlayerSearchRow>> done);
int acceptedScoresOf(Engine &engine, const QString &gameId, const QString &playerId);

} // namespace arbiter::ui
