#pragma once

// PlayerProfile: everything known about one player of one game (tier, eye stage and timeline,
// alerts, submissions, flags, devices, IPs, linked accounts, bans), built on the core thread for
// both the admin route GET /admin/v1/games/{gameId}/players/{playerId} and the console.

#include "domain/ban.h"
#include "domain/flag.h"
#include "domain/player.h"
#include "domain/submission.h"
#include "storage/enforcementrepository.h"
#include "util/callback.h"
#include "watch/eyestagetracker.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace arbiter {

class BanService;
class WatchService;
class Writer;
struct EnforcementState;

struct SeenItem {
    QString value; // a device id or an IP
    SeenRange seen;
};

struct ReportedBan {
    Ban ban;
    QString reportState; // "none", "pending", "delivered", "failed"
};

struct PlayerProfile {
    static constexpr int kHistoryRows = 100; // newest rows of each history list

    QString gameId;
    QString playerId;
    QString tier; // what the rules use now (sources.tierOf), else the stored one
    bool tierSetByModerator = false;
    WatchStatus watch{EyeStage::None, 0, std::nullopt, std::nullopt};
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    QList<SeenItem> devices; // most recently seen first
    QList<SeenItem> ips; // most recently seen first
    QStringList linkedAccounts; // other players of the link-graph cluster, sorted
    QList<ReportedBan> bans; // on the account, or on one of its devices or IPs; newest first
    QList<AlertRecord> alerts; // newest first
    QList<TransitionRecord> timeline; // eye-stage transitions, newest first
    QList<Flag> flags;
    QList<Submission> submissions;

    // The admin API's profile object (also what the console exports).
    QJsonObject toJson() const;
};

// Where a profile is read from; every one lives on the core thread.
struct PlayerProfileSources {
    const EnforcementState &state;
    const BanService &bans;
    const WatchService &watch;
    Writer &writer;
    // The tier the rules use now (earned or set); it lives with the scores, above this layer.
    // Without it the profile shows the stored tier ("C" unless a moderator set one).
    std::function<QString(const QString &gameId, const QString &playerId)> tierOf;
    // The player's newest submission id (ScoreService::lastSubmissionId), where their history starts;
    // without it the profile lists no submissions.
    std::function<QString(const QString &gameId, const QString &playerId)> lastSubmissionOf;
};

// Core thread only. The in-memory part is taken at once; the history is read through the Writer
// (so it sees every acknowledged write), and `done` runs on `context`'s thread. 404 for an unknown player.
void buildPlayerProfile(const PlayerProfileSources &sources, const QString &gameId, const QString &playerId,
    QObject *context, Callback<PlayerProfile> done);

} // namespace arbiter
