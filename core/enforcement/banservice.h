#pragma once

// BanService: executes bans (block, kick, audit entry and queued webhook report in one
// transaction), lifts them, and knows each ban's report delivery state.

#include "audit/auditjournal.h"
#include "domain/ban.h"
#include "enforcement/enforcementstate.h"
#include "storage/writer.h"
#include "util/callback.h"
#include "util/clock.h"

#include <QHash>
#include <QObject>

namespace arbiter {

class GameService;
class WebhookDeliverer;

struct BanDraft {
    QString gameId;
    QString playerId;
    QString deviceId;
    QString ip;
    QStringList reasons;
    BanSource source = BanSource::Moderator;
    std::optional<qint64> expiresAtMs;
};

class BanService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BanService)
public:
    BanService(Writer &writer, const Clock &clock, GameService &games, EnforcementState &state, QObject *parent = nullptr);

    void setDeliverer(WebhookDeliverer *deliverer) { m_deliverer = deliverer; }
    void loadReportStates(const QHash<QString, QString> &stateByBan, const QHash<qint64, QString> &banByDelivery);

    // `alsoInTransaction` (may be empty) runs in the same Writer job, before the ban's own writes.
    void execute(const BanDraft &draft, const Actor &actor, Writer::Work alsoInTransaction, Callback<Ban> done);
    // Lifting an already lifted ban answers the ban as it is.
    // `restoreScores`: the player's earlier scores come back to the boards (detection.md §4);
    // otherwise they stay off for good.
    void lift(const QString &banId, const QString &note, bool restoreScores, const Actor &actor, Callback<Ban> done);
    // Queues the ban's report again (console "resend report").
    void resendReport(const QString &banId, const Actor &actor, Callback<Ban> done);

    const Ban *find(const QString &banId);
    QList<Ban> list(const QString &gameId, bool activeOnly) const;
    QString reportState(const QString &banId) const; // "none", "pending", "delivered", "failed"

public slots:
    void onDeliveryChanged(qint64 deliveryId, const QString &state);

signals:
    void banChanged(const QString &banId);
    // A player's account ban started, or their last active one ended.
    void playerBanned(const QString &gameId, const QString &playerId);
    void playerUnbanned(const QString &gameId, const QString &playerId, bool restoreScores);

private:
    QByteArray reportPayload(const Ban &ban) const;
    void queueReport(const Ban &ban, const QString &url, Writer::Work &work, std::shared_ptr<qint64> deliveryId);

    Writer &m_writer;
    const Clock &m_clock;
    GameService &m_games;
    EnforcementState &m_state;
    WebhookDeliverer *m_deliverer = nullptr;
    QHash<QString, QString> m_reportState; // ban id → delivery state
    QHash<qint64, QString> m_deliveryBan;  // delivery id → ban id
};

} // namespace arbiter
