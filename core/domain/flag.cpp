#include "domain/flag.h"

#include "util/timeformat.h"

namespace arbiter {

QJsonObject Flag::toJson() const
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("gameId"), gameId},
        {QStringLiteral("boardId"), orNull(boardId)},
        {QStringLiteral("playerId"), playerId},
        {QStringLiteral("submissionId"), orNull(submissionId)},
        {QStringLiteral("type"), type},
        {QStringLiteral("confidence"), confidence},
        {QStringLiteral("action"), action},
        {QStringLiteral("status"), status},
        {QStringLiteral("details"), details},
        {QStringLiteral("createdAt"), formatTime(createdAtMs)},
        {QStringLiteral("resolvedAt"), resolvedAtMs ? QJsonValue(formatTime(*resolvedAtMs)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("note"), orNull(note)},
    };
}

} // namespace arbiter
