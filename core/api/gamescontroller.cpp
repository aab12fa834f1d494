#include "api/gamescontroller.h"

#include "api/bodyreader.h"
#include "games/gameservice.h"

namespace arbiter {

namespace {

constexpr int kMaxUrlLength = 2048;

QJsonObject gameJson(const Game &game)
{
    return game.toJson();
}

// Reads the create/patch fields shared by both routes into `patch`.
void readSettings(BodyReader &body, GamePatch &patch, bool nameRequired)
{
    patch.name = body.string(QStringLiteral("name"), nameRequired, 200);
    patch.antiCheat = body.boolean(QStringLiteral("antiCheat"), false);
    patch.testMode = body.boolean(QStringLiteral("testMode"), false);
    patch.autoBan = body.boolean(QStringLiteral("autoBan"), false);
    patch.trustProxy = body.boolean(QStringLiteral("trustProxy"), false);
    // null (or "") clears the webhook
    if (body.json().value(QStringLiteral("webhookUrl")).isNull())
        patch.webhookUrl = QString();
    else
        patch.webhookUrl = body.string(QStringLiteral("webhookUrl"), false, kMaxUrlLength, 0);
    patch.detection = body.object(QStringLiteral("detection"), false);
}

} // namespace

GamesController::GamesController(GameService &games)
    : m_games(games)
{
}

void GamesController::create(const RouteRequest &request, Reply reply)
{
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    BodyReader body(json.value());
    GamePatch patch;
    readSettings(body, patch, true);
    if (!body.ok())
        return reply.error(body.error());
    GameSettings settings;
    settings.name = *patch.name;
    settings.antiCheat = patch.antiCheat.value_or(true);
    settings.testMode = patch.testMode.value_or(false);
    settings.autoBan = patch.autoBan.value_or(true);
    settings.trustProxy = patch.trustProxy.value_or(false);
    settings.webhookUrl = patch.webhookUrl.value_or(QString());
    settings.detectionOverrides = patch.detection.value_or(QJsonObject());
    m_games.create(settings, request.actor, [reply](Result<Game> game) { reply.result(game, 201, gameJson); });
}

void GamesController::list(const RouteRequest &, Reply reply)
{
    QJsonArray items;
    for (const Game &game : m_games.games())
        items.append(game.toJson());
    reply.json(200, QJsonObject{{QStringLiteral("items"), items}});
}

void GamesController::get(const RouteRequest &request, Reply reply)
{
    const Game *game = m_games.find(request.param(QStringLiteral("gameId")));
    if (!game)
        return reply.error(Error::notFound(QStringLiteral("no such game")));
    reply.json(200, game->toJson());
}

void GamesController::patch(const RouteRequest &request, Reply reply)
{
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    BodyReader body(json.value());
    GamePatch patch;
    readSettings(body, patch, false);
    if (!body.ok())
        return reply.error(body.error());
    m_games.update(request.param(QStringLiteral("gameId")), patch, request.actor,
                   [reply](Result<Game> game) { reply.result(game, 200, gameJson); });
}

void GamesController::generateSecret(const RouteRequest &request, Reply reply)
{
    m_games.generateSecret(request.param(QStringLiteral("gameId")), request.actor, [reply](Result<NewSecret> secret) {
        reply.result(secret, 201, [](const NewSecret &s) { return QJsonObject{{QStringLiteral("secret"), s.secret}}; });
    });
}

void GamesController::createKey(const RouteRequest &request, Reply reply)
{
    m_games.createKey(request.param(QStringLiteral("gameId")), request.actor, [reply](Result<NewEncryptionKey> key) {
        reply.result(key, 201, [](const NewEncryptionKey &k) {
            return QJsonObject{{QStringLiteral("keyId"), k.keyId},
                               {QStringLiteral("key"), QString::fromLatin1(k.key.toBase64())},
                               {QStringLiteral("algorithm"), QStringLiteral("AES-256-GCM")}};
        });
    });
}

void GamesController::revokeKey(const RouteRequest &request, Reply reply)
{
    m_games.revokeKey(request.param(QStringLiteral("gameId")), request.param(QStringLiteral("keyId")), request.actor,
                      [reply](Status status) { status ? reply.noContent() : reply.error(status.error()); });
}

void GamesController::addBuild(const RouteRequest &request, Reply reply)
{
    const QString gameId = request.param(QStringLiteral("gameId"));
    const Game *game = m_games.find(gameId);
    if (!game)
        return reply.error(Error::notFound(QStringLiteral("no such game")));
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    BodyReader body(json.value());
    const std::optional<QString> sha = body.string(QStringLiteral("sha256"), true, 64, 64);
    const std::optional<QString> label = body.string(QStringLiteral("label"), false, 200, 0);
    if (!body.ok())
        return reply.error(body.error());
    const int status = game->hasBuild(sha->toLower()) ? 200 : 201;
    m_games.addBuild(gameId, *sha, label.value_or(QString()), request.actor, [reply, status](Result<BuildSignature> build) {
        reply.result(build, status, [](const BuildSignature &b) { return b.toJson(); });
    });
}

void GamesController::listBuilds(const RouteRequest &request, Reply reply)
{
    const Game *game = m_games.find(request.param(QStringLiteral("gameId")));
    if (!game)
        return reply.error(Error::notFound(QStringLiteral("no such game")));
    QJsonArray items;
    for (const BuildSignature &build : game->builds)
        items.append(build.toJson());
    reply.json(200, QJsonObject{{QStringLiteral("items"), items}});
}

void GamesController::removeBuild(const RouteRequest &request, Reply reply)
{
    m_games.removeBuild(request.param(QStringLiteral("gameId")), request.param(QStringLiteral("sha256")), request.actor,
                        [reply](Status status) { status ? reply.noContent() : reply.error(status.error()); });
}

} // namespace arbiter
