#include "enforcement/banservice.h"

#include "domain/game.h"
#include "domain/ids.h"
#include "games/gameservice.h"
#include "outbox/banreport.h"
#include "outbox/webhookdeliverer.h"
#include "outbox/webhookoutbox.h"
#include "storage/enforcementrepository.h"

#include <QJsonArray>

namespace arbiter {

namespace {

constexpr int kMaxReasons = 32;
constexpr int kMaxReasonLength = 200;

Status appendAudit(QSqlDatabase &db, qint64 atMs, const Actor &actor, const QString &action, const Ban &ban)
{
    const QString subject = !ban.playerId.isEmpty() ? ban.playerId : !ban.deviceId.isEmpty() ? ban.deviceId : ban.ip;
    Result<AuditEntry> entry = AuditJournal::append(
        db, atMs, actor, action, subject,
        QJsonObject{{QStringLiteral("banId"), ban.id}, {QStringLiteral("gameId"), ban.gameId},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(ban.reasons)},
                    {QStringLiteral("source"), banSourceName(ban.source)}});
    return entry ? success() : Status(entry.error());
}

TransitionRecord record(const StageTransition &t)
{
    return {t.gameId, t.playerId, t.atMs, eyeStageName(t.from), eyeStageName(t.to), t.cause};
}

} // namespace

BanService::BanService(Writer &writer, const Clock &clock, GameService &games, EnforcementState &state, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_games(games)
    , m_state(state)
{
}

void BanService::loadReportStates(const QHash<QString, QString> &stateByBan, const QHash<qint64, QString> &banByDelivery)
{
    m_reportState = stateByBan;
    m_deliveryBan = banByDelivery;
}

const Ban *BanService::find(const QString &banId)
{
    return m_state.bans.find(banId);
}

QList<Ban> BanService::list(const QString &gameId, bool activeOnly) const
{
    return m_state.bans.list(gameId, activeOnly, m_clock.nowMs());
}

QString BanService::reportState(const QString &banId) const
{
    return m_reportState.value(banId, QStringLiteral("none"));
}

void BanService::onDeliveryChanged(qint64 deliveryId, const QString &state)
{
    const auto it = m_deliveryBan.constFind(deliveryId);
    if (it == m_deliveryBan.constEnd())
        return;
    m_reportState.insert(*it, state);
    emit banChanged(*it);
}

QByteArray BanService::reportPayload(const Ban &ban) const
{
    return banReportMessage(BanReport{ban.id, ban.playerId, ban.deviceId, ban.ip, ban.createdAtMs, ban.reasons});
}

void BanService::queueReport(const Ban &ban, const QString &url, Writer::Work &work, std::shared_ptr<qint64> deliveryId)
{
    work = [inner = std::move(work), ban, url, payload = reportPayload(ban), deliveryId, now = m_clock.nowMs()](QSqlDatabase &db) -> Status {
        if (inner)
            if (Status s = inner(db); !s)
                return s;
        Result<qint64> id = WebhookOutbox::enqueue(db, ban.gameId, ban.id, QStringLiteral("ban_report"), url, payload, now);
        if (!id)
            return id.error();
        *deliveryId = id.value();
        return success();
    };
}

void BanService::execute(const BanDraft &draft, const Actor &actor, Writer::Work alsoInTransaction, Callback<Ban> done)
{
    const Game *game = m_games.find(draft.gameId);
    if (!game)
        return done(Error::notFound(QStringLiteral("no game with id '%1'").arg(draft.gameId)));
    QList<FieldError> errors;
    if (draft.playerId.isEmpty() && draft.deviceId.isEmpty() && draft.ip.isEmpty())
        errors.append({QStringLiteral("playerId"), QStringLiteral("name at least one of playerId, deviceId and ip")});
    if (!draft.playerId.isEmpty() && !isPlayerId(draft.playerId))
        errors.append({QStringLiteral("playerId"), QStringLiteral("must be 1-128 characters of [A-Za-z0-9._:@-]")});
    if (!draft.deviceId.isEmpty() && !isDeviceId(draft.deviceId))
        errors.append({QStringLiteral("deviceId"), QStringLiteral("must be 1-128 printable ASCII characters")});
    if (draft.reasons.size() > kMaxReasons
        || std::any_of(draft.reasons.cbegin(), draft.reasons.cend(), [](const QString &r) { return r.isEmpty() || r.size() > kMaxReasonLength; }))
        errors.append({QStringLiteral("reasons"), QStringLiteral("at most %1 reasons of 1-%2 characters").arg(kMaxReasons).arg(kMaxReasonLength)});
    if (draft.expiresAtMs && *draft.expiresAtMs <= m_clock.nowMs())
        errors.append({QStringLiteral("expiresAt"), QStringLiteral("must be in the future")});
    if (!errors.isEmpty())
        return done(Error::invalid(QStringLiteral("invalid_body"), errors, QStringLiteral("the ban is not valid")));

    const qint64 now = m_clock.nowMs();
    Ban ban;
    ban.id = newObjectId(now);
    ban.gameId = draft.gameId;
    ban.playerId = draft.playerId;
    ban.deviceId = draft.deviceId;
    ban.ip = draft.ip;
    ban.reasons = draft.reasons;
    ban.reasons.removeDuplicates();
    ban.source = draft.source;
    ban.actor = actor.label();
    ban.createdAtMs = now;
    ban.expiresAtMs = draft.expiresAtMs;

    // Block and kick at once in memory: from here on no request of theirs gets through.
    m_state.bans.add(ban);
    const QList<QByteArray> revoked = m_state.sessions.revokeMatching(ban.gameId, ban.playerId, ban.deviceId, ban.ip, now);
    std::optional<StageTransition> transition;
    QJsonObject watchState;
    if (!ban.playerId.isEmpty()) {
        transition = m_state.tracker.markBanned(ban.gameId, ban.playerId, now, QStringLiteral("banned: ") + ban.reasons.join(QStringLiteral(", ")));
        watchState = m_state.tracker.stateJson(ban.gameId, ban.playerId);
        m_state.links.setBanned(ban.gameId, ban.playerId, true);
    }

    Writer::Work work = [alsoInTransaction = std::move(alsoInTransaction), ban, revoked, transition, watchState, actor,
                         now](QSqlDatabase &db) -> Status {
        if (alsoInTransaction)
            if (Status s = alsoInTransaction(db); !s)
                return s;
        if (Status s = EnforcementRepository::insertBan(db, ban); !s)
            return s;
        if (Status s = EnforcementRepository::revokeSessions(db, revoked, now); !s)
            return s;
        if (transition) {
            if (Status s = EnforcementRepository::insertTransition(db, record(*transition)); !s)
                return s;
            if (Status s = EnforcementRepository::saveWatchState(db, ban.gameId, ban.playerId, watchState); !s)
                return s;
        }
        return appendAudit(db, now, actor, QStringLiteral("ban.execute"), ban);
    };
    auto deliveryId = std::make_shared<qint64>(0);
    const bool reported = !game->settings.webhookUrl.isEmpty();
    if (reported)
        queueReport(ban, game->settings.webhookUrl, work, deliveryId);

    m_writer.submit(std::move(work), this, [this, ban, reported, deliveryId, done = std::move(done)](Status status) {
        if (!status)
            return done(status.error()); // the ban stays in memory: failing closed beats letting a cheater back in
        if (reported) {
            m_reportState.insert(ban.id, QStringLiteral("pending"));
            m_deliveryBan.insert(*deliveryId, ban.id);
            if (m_deliverer)
                m_deliverer->wake();
        }
        if (!ban.playerId.isEmpty())
            emit playerBanned(ban.gameId, ban.playerId);
        emit banChanged(ban.id);
        done(ban);
    });
}

void BanService::lift(const QString &banId, const QString &note, bool restoreScores, const Actor &actor, Callback<Ban> done)
{
    Ban *ban = m_state.bans.find(banId);
    if (!ban)
        return done(Error::notFound(QStringLiteral("no ban with id '%1'").arg(banId)));
    if (ban->liftedAtMs)
        return done(*ban);
    if (note.size() > 2000)
        return done(Error::invalid(QStringLiteral("invalid_body"), {{QStringLiteral("note"), QStringLiteral("at most 2000 characters")}}));
    const qint64 now = m_clock.nowMs();
    ban->liftedAtMs = now;
    ban->liftNote = note;
    const Ban lifted = *ban;
    std::optional<StageTransition> transition;
    QJsonObject watchState;
    if (!lifted.playerId.isEmpty() && !m_state.bans.isPlayerBanned(lifted.gameId, lifted.playerId, now)) {
        transition = m_state.tracker.clearBan(lifted.gameId, lifted.playerId, now, QStringLiteral("ban lifted"));
        watchState = m_state.tracker.stateJson(lifted.gameId, lifted.playerId);
        m_state.links.setBanned(lifted.gameId, lifted.playerId, false);
    }
    m_writer.submit(
        [lifted, transition, watchState, actor, now, note](QSqlDatabase &db) -> Status {
            if (Status s = EnforcementRepository::liftBan(db, lifted.id, now, note); !s)
                return s;
            if (transition) {
                if (Status s = EnforcementRepository::insertTransition(db, record(*transition)); !s)
                    return s;
                if (Status s = EnforcementRepository::saveWatchState(db, lifted.gameId, lifted.playerId, watchState); !s)
                    return s;
            }
            return appendAudit(db, now, actor, QStringLiteral("ban.lift"), lifted);
        },
        this,
        [this, lifted, restoreScores, unbanned = transition.has_value(), done = std::move(done)](Status status) {
            if (!status)
                return done(status.error());
            if (unbanned)
                emit playerUnbanned(lifted.gameId, lifted.playerId, restoreScores);
            emit banChanged(lifted.id);
            done(lifted);
        });
}

void BanService::resendReport(const QString &banId, const Actor &actor, Callback<Ban> done)
{
    const Ban *ban = m_state.bans.find(banId);
    if (!ban)
        return done(Error::notFound(QStringLiteral("no ban with id '%1'").arg(banId)));
    const Game *game = m_games.find(ban->gameId);
    if (!game || game->settings.webhookUrl.isEmpty())
        return done(Error::make(409, QStringLiteral("invalid_body"), QStringLiteral("the game has no webhook URL")));
    const Ban copy = *ban;
    const qint64 now = m_clock.nowMs();
    Writer::Work work = [copy, actor, now](QSqlDatabase &db) { return appendAudit(db, now, actor, QStringLiteral("ban.report.resend"), copy); };
    auto deliveryId = std::make_shared<qint64>(0);
    queueReport(copy, game->settings.webhookUrl, work, deliveryId);
    m_writer.submit(std::move(work), this, [this, copy, deliveryId, done = std::move(done)](Status status) {
        if (!status)
            return done(status.error());
        m_reportState.insert(copy.id, QStringLiteral("pending"));
        m_deliveryBan.insert(*deliveryId, copy.id);
        if (m_deliverer)
            m_deliverer->wake();
        emit banChanged(copy.id);
        done(copy);
    });
}

} // namespace arbiter
