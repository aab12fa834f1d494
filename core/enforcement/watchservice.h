#pragma once

// WatchService: records alerts, moves players through eye stages (detection.md §3), bans on
// consistent behaviour when the game auto-bans (else raises a ban_recommended flag), and takes
// players off the watchlist after 90 quiet minutes even when nobody looks at them.

#include "enforcement/enforcementstate.h"
#include "storage/writer.h"
#include "util/callback.h"
#include "util/clock.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace arbiter {

class BanService;
class GameService;

// Where the alert came from: the session's device and IP, so an auto-ban covers them too.
struct AlertContext {
    QString deviceId;
    QString ip;
    QString source = QStringLiteral("client"); // "client" (/api/moderate) or "engine"
};

class WatchService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchService)
public:
    WatchService(Writer &writer, const Clock &clock, GameService &games, EnforcementState &state, BanService &bans,
                 QObject *parent = nullptr);

    // Answers once the alert (and any ban or flag it caused) is durable.
    void recordAlert(const QString &gameId, const QString &playerId, const QString &reason, const QJsonObject &details,
                     const AlertContext &context, Callback<AlertOutcome> done);
    WatchStatus status(const QString &gameId, const QString &playerId) const;
    QList<EyeStageTracker::Entry> watchlist(const QString &gameId, std::optional<EyeStage> stage) const;

public slots:
    // Applies every 90-minute quiet period that has passed and records the transitions.
    void expireDue();

signals:
    void stageChanged(const QString &gameId, const QString &playerId, const QString &stage);
    void flagRaised(const QString &flagId);
    void alertRecorded(const QString &gameId, const QString &playerId, const QString &reason); // once durable

private:
    void scheduleExpiry();

    Writer &m_writer;
    const Clock &m_clock;
    GameService &m_games;
    EnforcementState &m_state;
    BanService &m_bans;
    QTimer m_expiryTimer;
};

} // namespace arbiter
