#include "domain/board.h"

#include "util/timeformat.h"

namespace arbiter {

QJsonObject Board::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("gameId"), gameId},
        {QStringLiteral("name"), name},
        {QStringLiteral("sortOrder"), sortOrder},
        {QStringLiteral("operator"), op},
        {QStringLiteral("reset"), reset},
        {QStringLiteral("maxPlausible"), maxPlausible ? QJsonValue(*maxPlausible) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("scoring"), scoring.toJson()},
        {QStringLiteral("ruleSetId"), ruleSetId},
        {QStringLiteral("ruleSetVersion"), ruleSetVersion},
        {QStringLiteral("tournamentId"), tournamentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tournamentId)},
        {QStringLiteral("createdAt"), formatTime(createdAtMs)},
    };
}

} // namespace arbiter
