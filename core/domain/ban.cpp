#include "domain/ban.h"

#include "util/timeformat.h"

#include <QJsonArray>

namespace arbiter {

QString banSourceName(BanSource source)
{
    switch (source) {
    case BanSource::Auto:
        return QStringLiteral("auto");
    case BanSource::Moderator:
        return QStringLiteral("moderator");
    case BanSource::SelfReport:
        return QStringLiteral("self_report");
    case BanSource::Signature:
        return QStringLiteral("signature");
    }
    return QStringLiteral("moderator");
}

QJsonObject Ban::toJson(const QString &reportState) const
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    const auto timeOrNull = [](const std::optional<qint64> &ms) {
        return ms ? QJsonValue(formatTime(*ms)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("gameId"), gameId},
        {QStringLiteral("playerId"), orNull(playerId)},
        {QStringLiteral("deviceId"), orNull(deviceId)},
        {QStringLiteral("ip"), orNull(ip)},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
        {QStringLiteral("source"), banSourceName(source)},
        {QStringLiteral("createdAt"), formatTime(createdAtMs)},
        {QStringLiteral("expiresAt"), timeOrNull(expiresAtMs)},
        {QStringLiteral("liftedAt"), timeOrNull(liftedAtMs)},
        {QStringLiteral("liftNote"), orNull(liftNote)},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("reportState"), reportState},
    };
}

} // namespace arbiter
