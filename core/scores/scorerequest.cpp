#include "scores/scorerequest.h"

#include "crypto/crypto.h"

#include <QJsonDocument>
#include <QUuid>

#include <cmath>

namespace arbiter {

namespace {

constexpr double kMaxMagnitude = 1e15; // beyond this a "score" is a bug or an attack, never a game result
constexpr int kMaxMetadataBytes = 4096;

} // namespace

Result<ScoreFields> validateScoreBody(const QJsonObject &body, const Board &board)
{
    ScoreFields fields;
    QList<FieldError> errors;
    const QJsonValue uuid = body.value(QStringLiteral("event_uuid"));
    if (uuid.isUndefined() || uuid.isNull()) {
        errors.append({QStringLiteral("event_uuid"), QStringLiteral("is required")});
    } else {
        const QUuid parsed = QUuid::fromString(uuid.toString());
        if (!uuid.isString() || parsed.isNull() || uuid.toString().size() != 36)
            errors.append({QStringLiteral("event_uuid"), QStringLiteral("must be a UUID like 123e4567-e89b-12d3-a456-426614174000")});
        else
            fields.eventUuid = parsed.toString(QUuid::WithoutBraces);
    }
    const auto number = [&](const char *name) -> std::optional<double> {
        const QJsonValue value = body.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            errors.append({QLatin1String(name), QStringLiteral("must be a finite number")});
            return std::nullopt;
        }
        if (std::abs(value.toDouble()) > kMaxMagnitude) {
            errors.append({QLatin1String(name), QStringLiteral("must be within ±1e15")});
            return std::nullopt;
        }
        return value.toDouble();
    };
    fields.score = number("score");
    fields.bet = number("bet");
    fields.win = number("win");
    const QJsonValue bonus = body.value(QStringLiteral("bonus"));
    if (!bonus.isUndefined() && !bonus.isNull() && !bonus.isBool())
        errors.append({QStringLiteral("bonus"), QStringLiteral("must be true or false")});
    fields.bonus = bonus.toBool();
    const QJsonValue metadata = body.value(QStringLiteral("metadata"));
    if (!metadata.isUndefined() && !metadata.isNull()) {
        if (!metadata.isObject())
            errors.append({QStringLiteral("metadata"), QStringLiteral("must be an object")});
        else if (QJsonDocument(metadata.toObject()).toJson(QJsonDocument::Compact).size() > kMaxMetadataBytes)
            errors.append({QStringLiteral("metadata"), QStringLiteral("must be at most 4 KiB of JSON")});
        else
            fields.metadata = metadata.toObject();
    }
    if (board.scoring.formula == Scoring::Formula::LogMultiplier) {
        if (!fields.bet || *fields.bet <= 0)
            errors.append({QStringLiteral("bet"), QStringLiteral("must be a number above 0 on a log_multiplier board")});
        if (!fields.win || *fields.win < 0)
            errors.append({QStringLiteral("win"), QStringLiteral("must be a number of 0 or more on a log_multiplier board")});
    } else if (!fields.score) {
        bool scoreErrored = false;
        for (const FieldError &e : errors)
            scoreErrored = scoreErrored || e.field == QLatin1String("score");
        if (!scoreErrored)
            errors.append({QStringLiteral("score"), QStringLiteral("is required on a raw board")});
    }
    if (!errors.isEmpty())
        return Error::invalid(QStringLiteral("invalid_body"), errors, QStringLiteral("the submission is not valid"));
    return fields;
}

QByteArray requestHash(const ScoreRequest &request, const QByteArray &compactBody)
{
    QByteArray material = request.boardId.toUtf8();
    material += '\n';
    material += request.playerId.toUtf8();
    material += '\n';
    material += compactBody; // keys sorted: key order does not matter
    return crypto::sha256(material).left(16);
}

} // namespace arbiter
