#include "api/enforcementcontroller.h"

#include "api/bodyreader.h"
#include "api/queryreader.h"
#include "domain/game.h"
#include "enforcement/banservice.h"
#include "enforcement/enforcementstate.h"
#include "enforcement/moderatorban.h"
#include "enforcement/playerprofile.h"
#include "enforcement/watchservice.h"
#include "games/gameservice.h"
#include "games/webhooktest.h"
#include "scores/scoreservice.h"
#include "outbox/banreport.h"
#include "outbox/webhookdeliverer.h"
#include "outbox/webhookoutbox.h"
#include "storage/enforcementrepository.h"
#include "util/timeformat.h"

#include <QJsonArray>

namespace arbiter {

namespace {

QJsonValue timeOrNull(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(formatTime(*ms)) : QJsonValue(QJsonValue::Null);
}

// Reads a list of reason strings; appends an error when it is not one.
QStringList readReasons(BodyReader &body)
{
    QStringList reasons;
    const QJsonValue value = body.json().value(QStringLiteral("reasons"));
    if (value.isUndefined() || value.isNull())
        return reasons;
    if (!value.isArray()) {
        body.addError(QStringLiteral("reasons"), QStringLiteral("must be an array of strings"));
        return reasons;
    }
    for (const QJsonValue &reason : value.toArray()) {
        if (!reason.isString()) {
            body.addError(QStringLiteral("reasons"), QStringLiteral("must be an array of strings"));
            return {};
        }
        reasons.append(reason.toString());
    }
    return reasons;
}

} // namespace

EnforcementController::EnforcementController(GameService &games, BanService &bans, WatchService &watch,
                                             EnforcementState &state, ScoreService &scores, Writer &writer,
                                             WebhookDeliverer &deliverer, const Clock &clock, QObject *context)
    : m_games(games)
    , m_bans(bans)
    , m_watch(watch)
    , m_state(state)
    , m_writer(writer)
    , m_scores(scores)
    , m_deliverer(deliverer)
    , m_clock(clock)
    , m_context(context)
{
}

QJsonObject EnforcementController::banJson(const Ban &ban) const
{
    return ban.toJson(m_bans.reportState(ban.id));
}

void EnforcementController::createBan(const RouteRequest &request, Reply reply)
{
    Result<QJsonObject> json = BodyReader::parseObject(request.http);
    if (!json)
        return reply.error(json.error());
    BodyReader body(json.value());
    const auto gameId = body.string(QStringLiteral("gameId"), true, 64);
    const auto playerId = body.string(QStringLiteral("playerId"), false, 128);
    const auto deviceId = body.string(QStringLiteral("deviceId"), false, 128);
    const auto ip = body.string(QStringLiteral("ip"), false, 64);
    const auto expiresAt = body.string(QStringLiteral("expiresAt"), false, 40);
    QStringList reasons = readReasons(body);
    std::optional<qint64> expiresAtMs;
    if (expiresAt) {
        expiresAtMs = parseTime(*expiresAt);
        if (!expiresAtMs)
            body.addError(QStringLiteral("expiresAt"), QStringLiteral("must be an RFC 3339 time"));
    }
    const std::optional<QString> normalizedIp = canonicalBanIp(ip.value_or(QString()));
    if (!normalizedIp)
        body.addError(QStringLiteral("ip"), banIpError());
    if (!body.ok())
        return reply.error(body.error());
    const BanDraft draft = moderatorBanDraft(*gameId, playerId.value_or(QString()), deviceId.value_or(QString()),
                                             *normalizedIp, reasons, expiresAtMs);
    m_bans.execute(draft, request.actor, {}, [this, reply](Result<Ban> ban) {
        reply.result(ban, 201, [this](const Ban &b) { return banJson(b); });
    });
}

void EnforcementController::listBans(const RouteRequest &request, Reply reply)
{
    QueryReader query(request.http);
    const QString active = query.string(QStringLiteral("active"));
    if (!active.isEmpty() && active != QLatin1String("true") && active != QLatin1String("false"))
        return reply.error(Error::invalid(QStringLiteral("invalid_query"), {{QStringLiteral("active"), QStringLiteral("must be true or false")}}));
    QJsonArray items;
    for (const Ban &ban : m_bans.list(query.string(QStringLiteral("gameId")), active == QLatin1String("true")))
        items.append(banJson(ban));
    reply.json(200, QJsonObject{{QStringLiteral("items"), items}});
}

void EnforcementController::liftBan(const RouteRequest &request, Reply reply)
{
    QString note;
    bool restoreScores = false;
    if (!request.http.body.trimmed().isEmpty()) {
        Result<QJsonObject> json = BodyReader::parseObject(request.http);
        if (!json)
            return reply.error(json.error());
        BodyReader body(json.value());
        note = body.string(QStringLiteral("note"), false, 2000, 0).value_or(QString());
        restoreScores = body.boolean(QStringLiteral("restoreScores"), false).value_or(false);
        if (!body.ok())
            return reply.error(body.error());
    }
    m_bans.lift(request.param(QStringLiteral("banId")), note, restoreScores, request.actor, [this, reply](Result<Ban> ban) {
        reply.result(ban, 200, [this](const Ban &b) { return banJson(b); });
    });
}

void EnforcementController::resendReport(const RouteRequest &request, Reply reply)
{
    m_bans.resendReport(request.param(QStringLiteral("banId")), request.actor, [this, reply](Result<Ban> ban) {
        reply.result(ban, 202, [this](const Ban &b) { return banJson(b); });
    });
}

void EnforcementController::watchlist(const RouteRequest &request, Reply reply)
{
    const QString gameId = request.param(QStringLiteral("gameId"));
    if (!m_games.find(gameId))
        return reply.error(Error::notFound(QStringLiteral("no such game")));
    QueryReader query(request.http);
    std::optional<EyeStage> stage;
    if (const QString name = query.string(QStringLiteral("stage")); !name.isEmpty()) {
        stage = eyeStageFromName(name);
        if (!stage || *stage == EyeStage::None)
            return reply.error(Error::invalid(QStringLiteral("invalid_query"),
                                              {{QStringLiteral("stage"), QStringLiteral("must be little, short, big or banned")}}));
    }
    QJsonArray items;
    for (const EyeStageTracker::Entry &entry : m_watch.watchlist(gameId, stage))
        items.append(QJsonObject{{QStringLiteral("playerId"), entry.playerId},
                                 {QStringLiteral("eye_stage"), eyeStageName(entry.status.stage)},
                                 {QStringLiteral("alerts_in_streak"), entry.status.alertsInStreak},
                                 {QStringLiteral("last_alert_at"), timeOrNull(entry.status.lastAlertAtMs)},
                                 {QStringLiteral("off_watchlist_at"), timeOrNull(entry.status.offWatchlistAtMs)}});
    reply.json(200, QJsonObject{{QStringLiteral("items"), items}});
}

void EnforcementController::player(const RouteRequest &request, Reply reply)
{
    const auto tierOf = [this](const QString &gameId, const QString &playerId) {
        return tierName(m_scores.effectiveTier(gameId, playerId));
    };
    const auto lastSubmissionOf = [this](const QString &gameId, const QString &playerId) {
        return m_scores.lastSubmissionId(gameId, playerId);
    };
    buildPlayerProfile(PlayerProfileSources{m_state, m_bans, m_watch, m_writer, tierOf, lastSubmissionOf},
                       request.param(QStringLiteral("gameId")),
                       request.param(QStringLiteral("playerId")), m_context, [reply](Result<PlayerProfile> profile) {
                           reply.result(profile, 200, [](const PlayerProfile &p) { return p.toJson(); });
                       });
}

void EnforcementController::deliveries(const RouteRequest &request, Reply reply)
{
    QueryReader query(request.http);
    const QString gameId = query.string(QStringLiteral("gameId"));
    const int limit = int(query.integer(QStringLiteral("limit"), 100, 1, 1000));
    if (!query.ok())
        return reply.error(query.error());
    m_writer.run<QList<WebhookDelivery>>(
        [gameId, limit](QSqlDatabase &db) { return WebhookOutbox::list(db, gameId, limit); }, m_context,
        [reply](Result<QList<WebhookDelivery>> list) {
            reply.result(list, 200, [](const QList<WebhookDelivery> &rows) {
                QJsonArray items;
                for (const WebhookDelivery &row : rows)
                    items.append(row.toJson());
                return QJsonObject{{QStringLiteral("items"), items}};
            });
        });
}

void EnforcementController::testWebhook(const RouteRequest &request, Reply reply)
{
    queueTestWebhook(m_writer, m_games, m_clock, &m_deliverer, request.param(QStringLiteral("gameId")), request.actor,
                     m_context, [reply](Result<qint64> id) {
                         reply.result(id, 202, [](qint64 deliveryId) { return QJsonObject{{QStringLiteral("deliveryId"), deliveryId}}; });
                     });
}

} // namespace arbiter
