#include "models/playerprofilereader.h"

#include "enforcement/enforcementstate.h"
#include "enforcement/watchservice.h"
#include "engine.h"
#include "games/gameservice.h"
#include "scores/scoreservice.h"
#include "storage/playerqueries.h"
#include "storage/writer.h"

namespace arbiter::ui {

QJsonObject PlayerProfileSnapshot::toJson() const
{
    QJsonObject json = profile.toJson();
    json.insert(QStringLiteral("effectiveTier"), effectiveTier);
    return json;
}

int acceptedScoresOf(Engine &engine, const QString &gameId, const QString &playerId)
{
    return engine.scores()->tiers().acceptedCount(gameId, playerId);
}

void readPlayerProfile(
    Engine &engine, const QString &gameId, const QString &playerId, Callback<PlayerProfileSnapshot> done)
{
    PlayerProfileSnapshot snapshot;
    if (const Game *game = engine.games()->find(gameId))
        snapshot.gameName = game->settings.name;
    snapshot.effectiveTier = tierName(engine.scores()->effectiveTier(gameId, playerId));
    snapshot.acceptedScores = acceptedScoresOf(engine, gameId, playerId);
    snapshot.nowMs = engine.clock().nowMs();
    ScoreService *scores = engine.scores();
    const auto tierOf = [scores](const QString &game, const QString &player) {
        return tierName(scores->effectiveTier(game, player));
    };
    const auto lastSubmissionOf = [scores](const QString &game, const QString &player) {
        return scores->lastSubmissionId(game, player);
    };
    buildPlayerProfile(PlayerProfileSources{*engine.enforcement(), *engine.bans(), *engine.watch(), *engine.writer(), tierOf,
                                            lastSubmissionOf},
        gameId, playerId, engine.games(),
        [snapshot = std::move(snapshot), done = std::move(done)](Result<PlayerProfile> profile) mutable {
            if (!profile)
                return done(profile.error());
            snapshot.profile = std::move(profile).value();
            done(std::move(snapshot));
        });
}

void searchPlayers(
    Engine &engine, const QString &gameId, const QString &prefix, int limit, Callback<QList<PlayerSearchRow>> done)
{
    Engine *e = &engine;
    engine.writer()->run<QList<PlayerMatch>>(
        [gameId, prefix, limit](QSqlDatabase &db) { return PlayerQueries::byIdPrefix(db, gameId, prefix, limit); },
        engine.games(),
        [e, gameId, done = std::move(done)](Result<QList<PlayerMatch>> matches) {
            if (!matches)
                return done(matches.error());
            // Back on the core thread: the live tier and stage rather than the stored ones.
            QList<PlayerSearchRow> rows;
            for (const PlayerMatch &m : matches.value()) {
                const Player *player = e->enforcement()->players.find(gameId, m.playerId);
                rows.append({m.playerId, tierName(e->scores()->effectiveTier(gameId, m.playerId)),
                    eyeStageName(e->watch()->status(gameId, m.playerId).stage),
                    player ? player->lastSeenMs : m.lastSeenMs});
            }
            done(rows);
        });
}

} // namespace arbiter::ui
