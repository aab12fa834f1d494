#include "scores/scorerequest.h"

#include "crypto/crypto.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace arbiter {

namespace {

constexpr double kMaxMagnitude = 1e15; // beyond this a "score" is a bug or an attack, never a game result
constexpr int kMaxMetadataBytes = 4096;
constexpr double kExactIntegers = 9007199254740992.0; // 2^53: every integer below is a double

// Printable ASCII that JSON writes as it is (no escape).
bool isPlainAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x7f && u != u'"' && u != u'\\';
    });
}

void appendQuoted(QByteArray &out, QStringView plainAscii)
{
    const qsizetype at = out.size();
    out.resize(at + plainAscii.size() + 2);
    char *cursor = out.data() + at;
    *cursor++ = '"';
    for (const QChar c : plainAscii)
        *cursor++ = char(c.unicode());
    *cursor = '"';
}

// Writes a number as Qt does, or returns false where that is not certain: integral values are
// written as integers (Qt keeps a parsed integer as one), others in the shortest exact form.
bool appendNumber(QByteArray &out, double d)
{
    if (!std::isfinite(d) || std::abs(d) >= kExactIntegers || (d == 0 && std::signbit(d)))
        return false;
    if (d == std::trunc(d))
        out += QByteArray::number(qint64(d));
    else
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    return true;
}

} // namespace

QByteArray canonicalBody(const QJsonObject &body)
{
    const auto byQt = [&body] { return QJsonDocument(body).toJson(QJsonDocument::Compact); };
    QByteArray out;
    out.reserve(160);
    out += '{';
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) { // in key order, as Qt writes them
        const QString key = it.key();
        if (!isPlainAscii(key))
            return byQt();
        if (out.size() > 1)
            out += ',';
        appendQuoted(out, key);
        out += ':';
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::String: {
            const QString text = value.toString();
            if (!isPlainAscii(text))
                return byQt();
            appendQuoted(out, text);
            break;
        }
        case QJsonValue::Double:
            if (!appendNumber(out, value.toDouble()))
                return byQt();
            break;
        case QJsonValue::Bool:
            out += value.toBool() ? "true" : "false";
            break;
        case QJsonValue::Null:
            out += "null";
            break;
        default: // objects, arrays
            return byQt();
        }
    }
    out += '}';
    return out;
}

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
