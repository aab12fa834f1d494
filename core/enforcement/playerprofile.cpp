#include "enforcement/playerprofile.h"

#include "enforcement/banservice.h"
#include "enforcement/enforcementstate.h"
#include "enforcement/watchservice.h"
#include "storage/scorerepository.h"
#include "storage/writer.h"
#include "util/timeformat.h"

#include <QJsonArray>

#include <algorithm>

namespace arbiter {

namespace {

QJsonValue timeOrNull(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(formatTime(*ms)) : QJsonValue(QJsonValue::Null);
}

QList<SeenItem> byLastSeen(const QHash<QString, SeenRange> &seen)
{
    QList<SeenItem> items;
    items.reserve(seen.size());
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        items.append({it.key(), it.value()});
    std::sort(items.begin(), items.end(), [](const SeenItem &a, const SeenItem &b) {
        return a.seen.lastSeenMs != b.seen.lastSeenMs ? a.seen.lastSeenMs > b.seen.lastSeenMs : a.value < b.value;
    });
    return items;
}

QJsonArray seenJson(const QList<SeenItem> &items, const QString &key)
{
    QJsonArray list;
    for (const SeenItem &item : items)
        list.append(QJsonObject{{key, item.value}, {QStringLiteral("firstSeen"), formatTime(item.seen.firstSeenMs)},
            {QStringLiteral("lastSeen"), formatTime(item.seen.lastSeenMs)}});
    return list;
}

QJsonObject submissionJson(const Submission &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("boardId"), s.boardId},
        {QStringLiteral("value"), s.value}, {QStringLiteral("points"), s.points}, {QStringLiteral("status"), s.status},
        {QStringLiteral("testMode"), s.testMode}, {QStringLiteral("removed"), s.removedAtMs.has_value()},
        {QStringLiteral("at"), formatTime(s.atMs)}};
}

struct History {
    QList<AlertRecord> alerts;
    QList<TransitionRecord> timeline;
    QList<Flag> flags;
    QList<Submission> submissions;
};

} // namespace

QJsonObject PlayerProfile::toJson() const
{
    QJsonArray banList, linked, alertList, timelineList, flagList, submissionList;
    for (const ReportedBan &b : bans)
        banList.append(b.ban.toJson(b.reportState));
    for (const QString &other : linkedAccounts)
        linked.append(other);
    for (const AlertRecord &a : alerts)
        alertList.append(a.toJson());
    for (const TransitionRecord &t : timeline)
        timelineList.append(t.toJson());
    for (const Flag &f : flags)
        flagList.append(f.toJson());
    for (const Submission &s : submissions)
        submissionList.append(submissionJson(s));
    return QJsonObject{
        {QStringLiteral("gameId"), gameId},
        {QStringLiteral("playerId"), playerId},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("tierSetByModerator"), tierSetByModerator},
        {QStringLiteral("eyeStage"), eyeStageName(watch.stage)},
        {QStringLiteral("alertsInStreak"), watch.alertsInStreak},
        {QStringLiteral("offWatchlistAt"), timeOrNull(watch.offWatchlistAtMs)},
        {QStringLiteral("firstSeen"), formatTime(firstSeenMs)},
        {QStringLiteral("lastSeen"), formatTime(lastSeenMs)},
        {QStringLiteral("devices"), seenJson(devices, QStringLiteral("deviceId"))},
        {QStringLiteral("ips"), seenJson(ips, QStringLiteral("ip"))},
        {QStringLiteral("linkedAccounts"), linked},
        {QStringLiteral("bans"), banList},
        {QStringLiteral("alerts"), alertList},
        {QStringLiteral("eyeStageTimeline"), timelineList},
        {QStringLiteral("flags"), flagList},
        {QStringLiteral("submissions"), submissionList},
    };
}

void buildPlayerProfile(const PlayerProfileSources &sources, const QString &gameId, const QString &playerId,
    QObject *context, Callback<PlayerProfile> done)
{
    const Player *player = sources.state.players.find(gameId, playerId);
    if (!player)
        return done(Error::notFound(QStringLiteral("no player '%1' in game '%2'").arg(playerId, gameId)));
    PlayerProfile profile;
    profile.gameId = gameId;
    profile.playerId = playerId;
    profile.tier = sources.tierOf ? sources.tierOf(gameId, playerId) : player->tier;
    profile.tierSetByModerator = player->tierSetByModerator;
    profile.watch = sources.watch.status(gameId, playerId);
    profile.firstSeenMs = player->firstSeenMs;
    profile.lastSeenMs = player->lastSeenMs;
    profile.devices = byLastSeen(player->devices);
    profile.ips = byLastSeen(player->ips);
    for (const Ban &ban : sources.bans.list(gameId, false))
        if (ban.playerId == playerId || player->devices.contains(ban.deviceId) || player->ips.contains(ban.ip))
            profile.bans.append({ban, sources.bans.reportState(ban.id)});
    for (const QString &other : sources.state.links.cluster(gameId, playerId))
        if (other != playerId)
            profile.linkedAccounts.append(other);
    profile.linkedAccounts.sort();

    const QString newestSubmission = sources.lastSubmissionOf ? sources.lastSubmissionOf(gameId, playerId) : QString();
    sources.writer.run<History>(
        [gameId, playerId, newestSubmission](QSqlDatabase &db) -> Result<History> {
            constexpr int rows = PlayerProfile::kHistoryRows;
            auto alerts = EnforcementRepository::recentAlerts(db, gameId, playerId, rows);
            auto timeline = EnforcementRepository::transitions(db, gameId, playerId, rows);
            auto flags = EnforcementRepository::playerFlags(db, gameId, playerId, rows);
            auto submissions = ScoreRepository::playerSubmissions(db, newestSubmission, rows);
            if (!alerts || !timeline || !flags || !submissions)
                return Error::unavailable(QStringLiteral("cannot read the player's history"));
            return History{alerts.value(), timeline.value(), flags.value(), submissions.value()};
        },
        context,
        [profile = std::move(profile), done = std::move(done)](Result<History> history) mutable {
            if (!history)
                return done(history.error());
            profile.alerts = std::move(history->alerts);
            profile.timeline = std::move(history->timeline);
            profile.flags = std::move(history->flags);
            profile.submissions = std::move(history->submissions);
            done(std::move(profile));
        });
}

} // namespace arbiter
