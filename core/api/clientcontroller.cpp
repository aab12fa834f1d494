#include "api/clientcontroller.h"

#include "api/bodyreader.h"
#include "api/clientip.h"
#include "api/queryreader.h"
#include "domain/game.h"
#include "domain/ids.h"
#include "enforcement/banservice.h"
#include "enforcement/loginservice.h"
#include "enforcement/watchservice.h"
#include "games/gameservice.h"
#include "util/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace arbiter {

namespace {

constexpr int kMaxDetailsBytes = 4096;

QJsonObject statusJson(const QString &playerId, const WatchStatus &status)
{
    return QJsonObject{{QStringLiteral("user_id"), playerId},
                       {QStringLiteral("eye_stage"), eyeStageName(status.stage)},
                       {QStringLiteral("alerts_in_streak"), status.alertsInStreak},
                       {QStringLiteral("last_alert_at"),
                        status.lastAlertAtMs ? QJsonValue(formatTime(*status.lastAlertAtMs)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject loginJson(const LoginResult &r)
{
    return QJsonObject{{QStringLiteral("session_token"), r.sessionToken},
                       {QStringLiteral("expires_in"), r.expiresInSeconds},
                       {QStringLiteral("user_id"), r.userId},
                       {QStringLiteral("eye_stage"), r.eyeStage}};
}

// "sha256:<64 hex>" → the lower-case hex, or empty.
QString signatureHex(const QString &signature)
{
    static const QRegularExpression pattern(QStringLiteral("^sha256:([0-9a-fA-F]{64})$"));
    const QRegularExpressionMatch match = pattern.match(signature);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

} // namespace

ClientController::ClientController(GameService &games, LoginService &logins, WatchService &watch, BanService &bans)
    : m_games(games)
    , m_logins(logins)
    , m_watch(watch)
    , m_bans(bans)
{
}

void ClientController::login(const RouteRequest &request, Reply reply)
{
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    BodyReader body(json.value());
    QString gameId = QString::fromUtf8(request.http.header("x-game-id"));
    if (gameId.isEmpty())
        gameId = body.string(QStringLiteral("game_id"), true, 64).value_or(QString());
    const auto userId = body.string(QStringLiteral("user_id"), true, 128);
    const auto deviceId = body.string(QStringLiteral("device_id"), true, 128);
    const auto loginToken = body.string(QStringLiteral("login_token"), true, 512);
    const auto signature = body.string(QStringLiteral("game_signature"), true, 71);
    if (userId && !isPlayerId(*userId))
        body.addError(QStringLiteral("user_id"), QStringLiteral("must be 1-128 characters of [A-Za-z0-9._:@-]"));
    if (deviceId && !isDeviceId(*deviceId))
        body.addError(QStringLiteral("device_id"), QStringLiteral("must be 1-128 printable ASCII characters"));
    if (signature && signatureHex(*signature).isEmpty())
        body.addError(QStringLiteral("game_signature"), QStringLiteral("must be 'sha256:' followed by 64 hex characters"));
    if (!body.ok())
        return reply.error(body.error());
    const Game *game = m_games.find(gameId);
    if (!game)
        return reply.error(Error::notFound(QStringLiteral("no game with id '%1' (X-Game-Id)").arg(gameId)));
    const LoginRequest login{gameId, *userId, *deviceId, *loginToken, signatureHex(*signature),
                             clientIp(request.http, game->settings.trustProxy)};
    m_logins.login(login, [reply](Result<LoginResult> result) { reply.result(result, 200, loginJson); });
}

void ClientController::refresh(const RouteRequest &request, Reply reply)
{
    m_logins.refresh(*request.session, [reply](Result<LoginResult> result) { reply.result(result, 200, loginJson); });
}

void ClientController::moderate(const RouteRequest &request, Reply reply)
{
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    BodyReader body(json.value());
    const auto reason = body.string(QStringLiteral("reason"), true, 100);
    QJsonObject details = body.object(QStringLiteral("details"), false).value_or(QJsonObject());
    const auto timestamp = body.string(QStringLiteral("timestamp"), false, 40);
    if (QJsonDocument(details).toJson(QJsonDocument::Compact).size() > kMaxDetailsBytes)
        body.addError(QStringLiteral("details"), QStringLiteral("must be at most 4 KiB of JSON"));
    if (timestamp && !parseTime(*timestamp))
        body.addError(QStringLiteral("timestamp"), QStringLiteral("must be an RFC 3339 time"));
    if (!body.ok())
        return reply.error(body.error());
    // Staging runs on the server's clock; the client's own time is kept only as evidence.
    if (timestamp)
        details.insert(QStringLiteral("clientTimestamp"), *timestamp);
    const Session &session = *request.session;
    m_watch.recordAlert(session.gameId, session.playerId, *reason, details,
                        AlertContext{session.deviceId, session.ip, QStringLiteral("client")},
                        [reply, playerId = session.playerId](Result<AlertOutcome> outcome) {
                            reply.result(outcome, 202, [&](const AlertOutcome &o) {
                                return QJsonObject{{QStringLiteral("user_id"), playerId},
                                                   {QStringLiteral("eye_stage"), eyeStageName(o.stage)},
                                                   {QStringLiteral("alerts_in_streak"), o.alertsInStreak}};
                            });
                        });
}

void ClientController::status(const RouteRequest &request, Reply reply)
{
    if (request.session)
        return reply.json(200, statusJson(request.session->playerId,
                                          m_watch.status(request.session->gameId, request.session->playerId)));
    QueryReader query(request.http);
    const QString gameId = query.string(QStringLiteral("game_id"));
    const QString userId = query.string(QStringLiteral("user_id"));
    QList<FieldError> errors;
    if (gameId.isEmpty())
        errors.append({QStringLiteral("game_id"), QStringLiteral("is required with the admin token")});
    if (userId.isEmpty())
        errors.append({QStringLiteral("user_id"), QStringLiteral("is required with the admin token")});
    if (!errors.isEmpty())
        return reply.error(Error::invalid(QStringLiteral("invalid_query"), errors));
    if (!m_games.find(gameId))
        return reply.error(Error::notFound(QStringLiteral("no such game")));
    reply.json(200, statusJson(userId, m_watch.status(gameId, userId)));
}

void ClientController::banMe(const RouteRequest &request, Reply reply)
{
    QJsonObject object;
    if (!request.http.body.trimmed().isEmpty()) {
        Result<QJsonObject> json = BodyReader::parseObject(request.http);
        if (!json)
            return reply.error(json.error());
        object = json.value();
    }
    QStringList reasons{QStringLiteral("self_report")};
    const QJsonValue given = object.value(QStringLiteral("reasons"));
    if (!given.isUndefined() && !given.isNull()) {
        if (!given.isArray())
            return reply.error(Error::invalid(QStringLiteral("invalid_body"), {{QStringLiteral("reasons"), QStringLiteral("must be an array of strings")}}));
        for (const QJsonValue &reason : given.toArray()) {
            if (!reason.isString())
                return reply.error(Error::invalid(QStringLiteral("invalid_body"), {{QStringLiteral("reasons"), QStringLiteral("must be an array of strings")}}));
            reasons.append(reason.toString());
        }
    }
    const Session &s = *request.session;
    m_bans.execute(BanDraft{s.gameId, s.playerId, s.deviceId, s.ip, reasons, BanSource::SelfReport, std::nullopt},
                   Actor{s.playerId, QStringLiteral("client")}, {}, [reply](Result<Ban> ban) {
                       reply.result(ban, 200, [](const Ban &b) {
                           return QJsonObject{{QStringLiteral("banned"), true}, {QStringLiteral("ban_id"), b.id}};
                       });
                   });
}

} // namespace arbiter
