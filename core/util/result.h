#pragma once

// Result<T>: a value or an Error that callers handle; the API layer maps Error to problem+json.

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>
#include <variant>

namespace arbiter {

struct FieldError {
    QString field;
    QString message;
};

struct Error {
    int status = 500;         // the HTTP status this error maps to
    QString code;             // the machine-readable api.md code, e.g. "invalid_body"
    QString detail;           // a sentence for humans
    QList<FieldError> fields; // validation errors, one per field
    QJsonObject extra;        // further problem members, e.g. "flags" of a rejected submission
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. Retry-After on 429

    static Error make(int status, QString code, QString detail = {})
    {
        return Error{status, std::move(code), std::move(detail), {}, {}, {}};
    }
    static Error invalid(QString code, QList<FieldError> fields, QString detail = {})
    {
        return Error{400, std::move(code), std::move(detail), std::move(fields), {}, {}};
    }
    static Error notFound(QString detail) { return make(404, QStringLiteral("not_found"), std::move(detail)); }
    static Error unavailable(QString detail) { return make(503, QStringLiteral("unavailable"), std::move(detail)); }
};

struct Unit {};

template <class T> class [[nodiscard]] Result final {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

using Status = Result<Unit>;
inline Status success() { return Unit{}; }

} // namespace arbiter
