#include "api/bodyreader.h"

#include "api/jsonreader.h"

namespace arbiter {

Result<QJsonObject> BodyReader::parseObject(const HttpRequest &request)
{
    if (request.body.trimmed().isEmpty())
        return Error::make(400, QStringLiteral("invalid_body"), QStringLiteral("a JSON object body is required"));
    Result<QJsonValue> value = JsonReader::parse(request.body);
    if (!value)
        return value.error();
    if (!value->isObject())
        return Error::make(400, QStringLiteral("invalid_body"), QStringLiteral("the body must be a JSON object"));
    return value->toObject();
}

bool BodyReader::present(const QString &name, bool required)
{
    const QJsonValue value = m_object.value(name);
    if (!value.isUndefined() && !value.isNull())
        return true;
    if (required)
        m_errors.append({name, QStringLiteral("is required")});
    return false;
}

std::optional<QString> BodyReader::string(const QString &name, bool required, int maxLength, int minLength)
{
    if (!present(name, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isString()) {
        m_errors.append({name, QStringLiteral("must be a string")});
        return std::nullopt;
    }
    const QString text = value.toString();
    if (text.size() < minLength || text.size() > maxLength) {
        m_errors.append({name, QStringLiteral("must be %1 to %2 characters").arg(minLength).arg(maxLength)});
        return std::nullopt;
    }
    return text;
}

std::optional<bool> BodyReader::boolean(const QString &name, bool required)
{
    if (!present(name, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isBool()) {
        m_errors.append({name, QStringLiteral("must be true or false")});
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<double> BodyReader::number(const QString &name, bool required)
{
    if (!present(name, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isDouble()) {
        m_errors.append({name, QStringLiteral("must be a finite number")});
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<QJsonObject> BodyReader::object(const QString &name, bool required)
{
    if (!present(name, required))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isObject()) {
        m_errors.append({name, QStringLiteral("must be an object")});
        return std::nullopt;
    }
    return value.toObject();
}

Error BodyReader::error() const
{
    return Error::invalid(QStringLiteral("invalid_body"), m_errors, QStringLiteral("the request body is not valid"));
}

} // namespace arbiter
