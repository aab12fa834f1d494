#include "domain/tournament.h"

#include "util/timeformat.h"

namespace arbiter {

QJsonObject Tournament::toJson(const QString &sortOrder) const
{
    return QJsonObject{{QStringLiteral("_id"), id},
                       {QStringLiteral("gameId"), gameId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("boardId"), boardId},
                       {QStringLiteral("startsAt"), formatTime(startsAtMs)},
                       {QStringLiteral("endsAt"), formatTime(endsAtMs)},
                       {QStringLiteral("maxAttempts"), maxAttempts ? QJsonValue(*maxAttempts) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("sortOrder"), sortOrder},
                       {QStringLiteral("requireServerConfirmation"), requireServerConfirmation},
                       {QStringLiteral("createdAt"), formatTime(createdAtMs)}};
}

QJsonObject Round::toJson() const
{
    QJsonObject json{{QStringLiteral("status"), status},
                     {QStringLiteral("isDeleted"), false},
                     {QStringLiteral("_id"), id},
                     {QStringLiteral("playerId"), playerId},
                     {QStringLiteral("tournamentId"), tournamentId},
                     {QStringLiteral("createdAt"), formatTime(createdAtMs)},
                     {QStringLiteral("updatedAt"), formatTime(updatedAtMs)},
                     {QStringLiteral("__v"), 0}};
    if (clientScore)
        json.insert(QStringLiteral("score"), *clientScore);
    return json;
}

} // namespace arbiter
