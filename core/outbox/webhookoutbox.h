#pragma once

// WebhookOutbox: the durable queue of webhook messages in `webhook_deliveries`. Every function runs
// inside a Writer job, so a ban and its report row commit (or roll back) together.

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace arbiter {

struct WebhookDelivery {
    qint64 id = 0;
    QString gameId;
    QString banId; // empty for kind "test"
    QString kind; // "ban_report" | "test"
    QString url;
    QString state; // "pending" | "delivered" | "failed"
    int attempts = 0;
    std::optional<int> lastHttpStatus;
    QString lastError;
    qint64 createdAtMs = 0;
    qint64 nextAttemptAtMs = 0;
    std::optional<qint64> deliveredAtMs;
    bool payloadStored = false; // false once delivered: the message itself is gone from disk

    // For the admin API and console. The URL is shown without its path, since a Discord webhook
    // URL carries its token there.
    QJsonObject toJson() const;
};

class WebhookOutbox final {
public:
    // Kinds and states as stored.
    static QString kindBanReport() { return QStringLiteral("ban_report"); }
    static QString kindTest() { return QStringLiteral("test"); }
    static QString statePending() { return QStringLiteral("pending"); }
    static QString stateDelivered() { return QStringLiteral("delivered"); }
    static QString stateFailed() { return QStringLiteral("failed"); }

    // A pending row, due at once. Returns its id.
    static Result<qint64> enqueue(QSqlDatabase &db, const QString &gameId, const QString &banId, const QString &kind,
        const QString &url, const QByteArray &payload, qint64 nowMs);
    // Newest first; an empty gameId lists every game.
    static Result<QList<WebhookDelivery>> list(QSqlDatabase &db, const QString &gameId, int limit);
    // Pending rows with next_attempt_at <= now, oldest due first.
    static Result<QList<WebhookDelivery>> due(QSqlDatabase &db, qint64 nowMs, int limit);
    // Earliest next_attempt_at of any pending row.
    static Result<std::optional<qint64>> nextDueAt(QSqlDatabase &db);
    // Earliest next_attempt_at of the pending rows not yet due: when the deliverer's timer fires.
    static Result<std::optional<qint64>> nextDueAfter(QSqlDatabase &db, qint64 nowMs);
    // 404 if the row is unknown or its payload is gone.
    static Result<QByteArray> payload(QSqlDatabase &db, qint64 id);

    // Counts the attempt and drops the payload. SQLite's secure_delete is turned on for the
    // connection so the freed bytes are zeroed; the WAL still holds the old page until the
    // next checkpoint (the deliverer runs one after the commit).
    static Status markDelivered(QSqlDatabase &db, qint64 id, int httpStatus, qint64 nowMs);
    static Status markRetry(QSqlDatabase &db, qint64 id, int attempts, std::optional<int> httpStatus,
        const QString &error, qint64 nextAttemptAtMs);
    // No more attempts. The payload stays (it was never sent) until a requeue replaces it.
    static Status markFailed(
        QSqlDatabase &db, qint64 id, int attempts, std::optional<int> httpStatus, const QString &error);

    // The ban's latest report row, for the ban's "reportState".
    static Result<std::optional<WebhookDelivery>> forBan(QSqlDatabase &db, const QString &banId);
    // "Resend report": pending again, due now, attempts and errors reset, with a fresh payload.
    static Status requeue(QSqlDatabase &db, qint64 id, qint64 nowMs, const QByteArray &payload);
};

} // namespace arbiter
