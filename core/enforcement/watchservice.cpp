#include "enforcement/watchservice.h"

#include "domain/detectionsettings.h"
#include "domain/flag.h"
#include "domain/game.h"
#include "domain/ids.h"
#include "enforcement/banservice.h"
#include "games/gameservice.h"
#include "storage/enforcementrepository.h"

#include <QJsonArray>

namespace arbiter {

namespace {

constexpr qint64 kMaxTimerMs = 60 * 1000; // re-check at least every minute, so clock jumps are caught

TransitionRecord record(const StageTransition &t)
{
    return {t.gameId, t.playerId, t.atMs, eyeStageName(t.from), eyeStageName(t.to), t.cause};
}

} // namespace

WatchSettings watchSettingsFor(const Game &game)
{
    const QJsonObject d = effectiveDetectionSettings(game.settings.detectionOverrides);
    WatchSettings s;
    s.streakGapMs = qint64(d.value(QStringLiteral("streakGapMinutes")).toDouble(90) * 60 * 1000);
    s.escalateWithinMs = qint64(d.value(QStringLiteral("escalateWithinMinutes")).toDouble(30) * 60 * 1000);
    s.watchlistAfterAlerts = d.value(QStringLiteral("watchlistAfterAlerts")).toInt(3);
    s.bigAfterSimilarAlerts = d.value(QStringLiteral("bigAfterSimilarAlerts")).toInt(5);
    s.banAfterSimilarAlerts = d.value(QStringLiteral("banAfterSimilarAlerts")).toInt(15);
    return s;
}

WatchService::WatchService(Writer &writer, const Clock &clock, GameService &games, EnforcementState &state,
                           BanService &bans, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_clock(clock)
    , m_games(games)
    , m_state(state)
    , m_bans(bans)
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &WatchService::expireDue);
    scheduleExpiry();
}

WatchStatus WatchService::status(const QString &gameId, const QString &playerId) const
{
    return m_state.tracker.status(gameId, playerId, m_clock.nowMs());
}

QList<EyeStageTracker::Entry> WatchService::watchlist(const QString &gameId, std::optional<EyeStage> stage) const
{
    return m_state.tracker.watchlist(gameId, stage, m_clock.nowMs());
}

void WatchService::recordAlert(const QString &gameId, const QString &playerId, const QString &reason,
                               const QJsonObject &details, const AlertContext &context, Callback<AlertOutcome> done)
{
    const Game *game = m_games.find(gameId);
    if (!game)
        return done(Error::notFound(QStringLiteral("no game with id '%1'").arg(gameId)));
    const qint64 now = m_clock.nowMs();
    AlertOutcome outcome = m_state.tracker.recordAlert(gameId, playerId, reason, now, watchSettingsFor(*game));
    const QJsonObject watchState = m_state.tracker.stateJson(gameId, playerId);
    const AlertRecord alert{gameId, playerId, reason, context.source, details, now};
    QList<TransitionRecord> transitions;
    for (const StageTransition &t : std::as_const(outcome.transitions))
        transitions.append(record(t));

    std::optional<Flag> recommendation;
    const bool banDue = outcome.consistentBehaviour && !m_state.bans.isPlayerBanned(gameId, playerId, now);
    if (banDue && !game->settings.autoBan) {
        Flag flag;
        flag.id = newObjectId(now);
        flag.gameId = gameId;
        flag.playerId = playerId;
        flag.type = QStringLiteral("ban_recommended");
        flag.confidence = QStringLiteral("high");
        flag.action = QStringLiteral("recommend_ban");
        flag.details = QJsonObject{{QStringLiteral("reason"), outcome.consistentReason},
                                   {QStringLiteral("alertsInStreak"), outcome.alertsInStreak},
                                   {QStringLiteral("reasons"), QJsonArray::fromStringList(outcome.reasonsInStreak)}};
        flag.createdAtMs = now;
        recommendation = flag;
    }

    Writer::Work work = [alert, transitions, watchState, recommendation](QSqlDatabase &db) -> Status {
        if (Status s = EnforcementRepository::insertAlert(db, alert); !s)
            return s;
        for (const TransitionRecord &t : transitions)
            if (Status s = EnforcementRepository::insertTransition(db, t); !s)
                return s;
        if (Status s = EnforcementRepository::saveWatchState(db, alert.gameId, alert.playerId, watchState); !s)
            return s;
        if (recommendation)
            return EnforcementRepository::insertFlag(db, *recommendation);
        return success();
    };

    auto finish = [this, gameId, playerId, reason, recommendation, done](Status status, const AlertOutcome &outcome) {
        if (!status)
            return done(status.error());
        emit alertRecorded(gameId, playerId, reason);
        if (!outcome.transitions.isEmpty())
            emit stageChanged(gameId, playerId, eyeStageName(outcome.stage));
        if (recommendation)
            emit flagRaised(recommendation->id);
        scheduleExpiry();
        done(outcome);
    };

    if (banDue && game->settings.autoBan) {
        BanDraft draft;
        draft.gameId = gameId;
        draft.playerId = playerId;
        draft.deviceId = context.deviceId;
        draft.ip = context.ip;
        draft.reasons = QStringList{QStringLiteral("consistent_alerts")} + outcome.reasonsInStreak;
        draft.source = BanSource::Auto;
        m_bans.execute(draft, Actor{QStringLiteral("engine"), QString()}, std::move(work),
                       [this, finish, gameId, playerId, outcome](Result<Ban> ban) mutable {
                           if (ban)
                               outcome.stage = m_state.tracker.status(gameId, playerId, m_clock.nowMs()).stage;
                           finish(ban ? success() : Status(ban.error()), outcome);
                       });
        return;
    }
    m_writer.submit(std::move(work), this, [finish, outcome](Status status) { finish(status, outcome); });
}

void WatchService::expireDue()
{
    const qint64 now = m_clock.nowMs();
    const QList<StageTransition> expired = m_state.tracker.expire(now);
    if (!expired.isEmpty()) {
        QList<TransitionRecord> records;
        QList<StoredWatchState> states;
        for (const StageTransition &t : expired) {
            records.append(record(t));
            states.append({t.gameId, t.playerId, m_state.tracker.stateJson(t.gameId, t.playerId)});
        }
        m_writer.submit(
            [records, states](QSqlDatabase &db) -> Status {
                for (const TransitionRecord &t : records)
                    if (Status s = EnforcementRepository::insertTransition(db, t); !s)
                        return s;
                for (const StoredWatchState &w : states)
                    if (Status s = EnforcementRepository::saveWatchState(db, w.gameId, w.playerId, w.state); !s)
                        return s;
                return success();
            },
            this, [this, expired](Status status) {
                if (!status)
                    return;
                for (const StageTransition &t : expired)
                    emit stageChanged(t.gameId, t.playerId, eyeStageName(t.to));
            });
    }
    scheduleExpiry();
}

void WatchService::scheduleExpiry()
{
    const std::optional<qint64> next = m_state.tracker.nextExpiryAtMs();
    if (!next) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*next - m_clock.nowMs(), 0, kMaxTimerMs);
    m_expiryTimer.start(std::chrono::milliseconds(wait));
}

} // namespace arbiter
