#pragma once

// EnforcementRepository: the SQL for players, devices, IPs, sessions, alerts, eye-stage
// transitions, bans and flags; called inside Writer jobs.

#include "domain/ban.h"
#include "domain/flag.h"
#include "domain/player.h"
#include "domain/session.h"
#include "util/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace arbiter {

struct StoredWatchState {
    QString gameId;
    QString playerId;
    QJsonObject state;
};

struct AlertRecord {
    QString gameId;
    QString playerId;
    QString reason;
    QString source; // "client", "engine"
    QJsonObject details;
    qint64 atMs = 0;
    QJsonObject toJson() const;
};

struct TransitionRecord {
    QString gameId;
    QString playerId;
    qint64 atMs = 0;
    QString from;
    QString to;
    QString cause;
    QJsonObject toJson() const;
};

class EnforcementRepository final {
public:
    // Start-up loading.
    static Result<QList<Player>> loadPlayers(QSqlDatabase &db);
    static Result<QList<StoredWatchState>> loadWatchStates(QSqlDatabase &db);
    static Result<QList<Session>> loadLiveSessions(QSqlDatabase &db, qint64 nowMs);
    static Result<QList<Ban>> loadBans(QSqlDatabase &db);

    // Players.
    static Status saveLogin(QSqlDatabase &db, const Player &player, const QString &deviceId, const QString &ip, qint64 atMs);
    static Status saveTier(QSqlDatabase &db, const QString &gameId, const QString &playerId, const QString &tier, bool byModerator);
    static Status saveWatchState(QSqlDatabase &db, const QString &gameId, const QString &playerId, const QJsonObject &state);

    // Sessions.
    static Status insertSession(QSqlDatabase &db, const Session &session);
    static Status revokeSessions(QSqlDatabase &db, const QList<QByteArray> &tokenHashes, qint64 atMs);

    // Alerts and transitions.
    static Status insertAlert(QSqlDatabase &db, const AlertRecord &alert);
    static Status insertTransition(QSqlDatabase &db, const TransitionRecord &transition);
    static Result<QList<AlertRecord>> recentAlerts(QSqlDatabase &db, const QString &gameId, const QString &playerId, int limit);
    static Result<QList<TransitionRecord>> transitions(QSqlDatabase &db, const QString &gameId, const QString &playerId, int limit);

    // Bans.
    static Status insertBan(QSqlDatabase &db, const Ban &ban);
    static Status liftBan(QSqlDatabase &db, const QString &banId, qint64 atMs, const QString &note);

    // Flags.
    static Status insertFlag(QSqlDatabase &db, const Flag &flag);
    static Result<QList<Flag>> playerFlags(QSqlDatabase &db, const QString &gameId, const QString &playerId, int limit);
};

} // namespace arbiter
