#include "outbox/webhookoutbox.h"

#include "storage/database.h"
#include "util/timeformat.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace arbiter {

namespace {

QString selectColumns()
{
    return QStringLiteral("SELECT id, game_id, ban_id, kind, url, state, attempts, last_http_status, last_error, "
                          "created_at, next_attempt_at, delivered_at, payload IS NOT NULL FROM webhook_deliveries ");
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullable(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant();
}

WebhookDelivery readRow(const QSqlQuery &query)
{
    WebhookDelivery row;
    row.id = query.value(0).toLongLong();
    row.gameId = query.value(1).toString();
    row.banId = query.value(2).toString();
    row.kind = query.value(3).toString();
    row.url = query.value(4).toString();
    row.state = query.value(5).toString();
    row.attempts = query.value(6).toInt();
    if (!query.value(7).isNull())
        row.lastHttpStatus = query.value(7).toInt();
    row.lastError = query.value(8).toString();
    row.createdAtMs = query.value(9).toLongLong();
    row.nextAttemptAtMs = query.value(10).toLongLong();
    if (!query.value(11).isNull())
        row.deliveredAtMs = query.value(11).toLongLong();
    row.payloadStored = query.value(12).toBool();
    return row;
}

Result<QList<WebhookDelivery>> select(QSqlDatabase &db, const QString &rest, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(selectColumns() + rest))
        return queryError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    QList<WebhookDelivery> rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

// Runs a write and fails with 404 when it touched no row.
Status update(QSqlDatabase &db, qint64 id, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return queryError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    if (query.numRowsAffected() < 1)
        return Error::notFound(QStringLiteral("no webhook delivery %1").arg(id));
    return success();
}

// Zeroes what a later UPDATE frees, so a deleted payload does not linger in the file's free space.
Status secureDelete(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA secure_delete=ON")))
        return queryError(query);
    return success();
}

Result<std::optional<qint64>> minNextAttempt(QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT min(next_attempt_at) FROM webhook_deliveries WHERE ") + where))
        return queryError(query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    if (!query.next() || query.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

QString redactedUrl(const QString &text)
{
    const QUrl url(text);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString origin = url.toString(
        QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    return url.path().size() > 1 ? origin + QStringLiteral("/\u2026") : origin;
}

} // namespace

QJsonObject WebhookDelivery::toJson() const
{
    const bool pending = state == WebhookOutbox::statePending();
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("gameId"), gameId},
        {QStringLiteral("banId"), banId.isEmpty() ? QJsonValue() : QJsonValue(banId)},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("url"), redactedUrl(url)},
        {QStringLiteral("status"), state}, // api.md names it status
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("lastHttpStatus"), lastHttpStatus ? QJsonValue(*lastHttpStatus) : QJsonValue()},
        {QStringLiteral("lastError"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)},
        {QStringLiteral("createdAt"), formatTime(createdAtMs)},
        {QStringLiteral("nextAttemptAt"), pending ? QJsonValue(formatTime(nextAttemptAtMs)) : QJsonValue()},
        {QStringLiteral("deliveredAt"), deliveredAtMs ? QJsonValue(formatTime(*deliveredAtMs)) : QJsonValue()},
        {QStringLiteral("payloadStored"), payloadStored},
    };
}

Result<qint64> WebhookOutbox::enqueue(QSqlDatabase &db, const QString &gameId, const QString &banId,
    const QString &kind, const QString &url, const QByteArray &payload, qint64 nowMs)
{
    if (kind != kindBanReport() && kind != kindTest())
        return Error::make(400, QStringLiteral("invalid_body"), QStringLiteral("unknown webhook kind ") + kind);
    if (url.isEmpty() || payload.isEmpty())
        return Error::make(400, QStringLiteral("invalid_body"), QStringLiteral("a webhook needs a URL and a payload"));
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO webhook_deliveries (game_id, ban_id, kind, url, payload, state, "
                                      "attempts, created_at, next_attempt_at) VALUES (?,?,?,?,?,?,0,?,?)")))
        return queryError(query);
    for (const QVariant &value : {QVariant(gameId), nullable(banId), QVariant(kind), QVariant(url), QVariant(payload),
             QVariant(statePending()), QVariant(nowMs), QVariant(nowMs)})
        query.addBindValue(value);
    if (!query.exec())
        return queryError(query);
    return query.lastInsertId().toLongLong();
}

Result<QList<WebhookDelivery>> WebhookOutbox::list(QSqlDatabase &db, const QString &gameId, int limit)
{
    if (gameId.isEmpty())
        return select(db, QStringLiteral("ORDER BY created_at DESC, id DESC LIMIT ?"), {limit});
    return select(db, QStringLiteral("WHERE game_id = ? ORDER BY created_at DESC, id DESC LIMIT ?"), {gameId, limit});
}

Result<QList<WebhookDelivery>> WebhookOutbox::due(QSqlDatabase &db, qint64 nowMs, int limit)
{
    return select(db, QStringLiteral("WHERE state = ? AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?"),
        {statePending(), nowMs, limit});
}

Result<std::optional<qint64>> WebhookOutbox::nextDueAt(QSqlDatabase &db)
{
    return minNextAttempt(db, QStringLiteral("state = ?"), {statePending()});
}

Result<std::optional<qint64>> WebhookOutbox::nextDueAfter(QSqlDatabase &db, qint64 nowMs)
{
    return minNextAttempt(db, QStringLiteral("state = ? AND next_attempt_at > ?"), {statePending(), nowMs});
}

Result<QByteArray> WebhookOutbox::payload(QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT payload FROM webhook_deliveries WHERE id = ?")))
        return queryError(query);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return Error::notFound(QStringLiteral("no webhook delivery %1").arg(id));
    if (query.value(0).isNull())
        return Error::notFound(QStringLiteral("the payload of webhook delivery %1 was deleted").arg(id));
    return query.value(0).toByteArray();
}

Status WebhookOutbox::markDelivered(QSqlDatabase &db, qint64 id, int httpStatus, qint64 nowMs)
{
    if (Status status = secureDelete(db); !status)
        return status;
    return update(db, id,
        QStringLiteral("UPDATE webhook_deliveries SET state = ?, payload = NULL, attempts = attempts + 1, "
                       "last_http_status = ?, last_error = NULL, delivered_at = ? WHERE id = ?"),
        {stateDelivered(), httpStatus, nowMs, id});
}

Status WebhookOutbox::markRetry(QSqlDatabase &db, qint64 id, int attempts, std::optional<int> httpStatus,
    const QString &error, qint64 nextAttemptAtMs)
{
    return update(db, id,
        QStringLiteral("UPDATE webhook_deliveries SET state = ?, attempts = ?, last_http_status = ?, "
                       "last_error = ?, next_attempt_at = ? WHERE id = ?"),
        {statePending(), attempts, nullable(httpStatus), nullable(error), nextAttemptAtMs, id});
}

Status WebhookOutbox::markFailed(
    QSqlDatabase &db, qint64 id, int attempts, std::optional<int> httpStatus, const QString &error)
{
    return update(db, id,
        QStringLiteral("UPDATE webhook_deliveries SET state = ?, attempts = ?, last_http_status = ?, "
                       "last_error = ? WHERE id = ?"),
        {stateFailed(), attempts, nullable(httpStatus), nullable(error), id});
}

Result<std::optional<WebhookDelivery>> WebhookOutbox::forBan(QSqlDatabase &db, const QString &banId)
{
    Result<QList<WebhookDelivery>> rows = select(
        db, QStringLiteral("WHERE ban_id = ? AND kind = ? ORDER BY id DESC LIMIT 1"), {banId, kindBanReport()});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<WebhookDelivery>();
    return std::optional<WebhookDelivery>(rows->constFirst());
}

Status WebhookOutbox::requeue(QSqlDatabase &db, qint64 id, qint64 nowMs, const QByteArray &payload)
{
    if (payload.isEmpty())
        return Error::make(400, QStringLiteral("invalid_body"), QStringLiteral("a webhook needs a payload"));
    if (Status status = secureDelete(db); !status) // the replaced payload is freed like a delivered one
        return status;
    return update(db, id,
        QStringLiteral("UPDATE webhook_deliveries SET state = ?, payload = ?, attempts = 0, "
                       "last_http_status = NULL, last_error = NULL, next_attempt_at = ?, "
                       "delivered_at = NULL WHERE id = ?"),
        {statePending(), payload, nowMs, id});
}

} // namespace arbiter
