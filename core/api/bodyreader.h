#pragma once

// BodyReader: reads typed fields from a JSON request body, collecting one error per bad field.
// Unknown fields are ignored, as api.md asks.

#include "http/httprequest.h"
#include "util/result.h"

#include <QJsonObject>

#include <optional>

namespace arbiter {

class BodyReader final {
public:
    // The body as a JSON object: 400 invalid_json if it is not JSON, invalid_body if not an object.
    static Result<QJsonObject> parseObject(const HttpRequest &request);

    explicit BodyReader(QJsonObject object) : m_object(std::move(object)) {}

    std::optional<QString> string(const QString &name, bool required, int maxLength, int minLength = 1);
    std::optional<bool> boolean(const QString &name, bool required);
    std::optional<double> number(const QString &name, bool required);
    std::optional<QJsonObject> object(const QString &name, bool required);

    void addError(const QString &field, const QString &message) { m_errors.append({field, message}); }
    bool ok() const { return m_errors.isEmpty(); }
    Error error() const;
    const QJsonObject &json() const { return m_object; }

private:
    bool present(const QString &name, bool required);

    QJsonObject m_object;
    QList<FieldError> m_errors;
};

} // namespace arbiter
