#pragma once

// QueryReader: typed query-string parameters; a bad one is 400 `invalid_query`.

#include "http/httprequest.h"
#include "util/result.h"

#include <QHash>

#include <optional>

namespace arbiter {

class QueryReader final {
public:
    explicit QueryReader(const HttpRequest &request);

    QString string(const QString &name) const { return m_values.value(name); }
    bool has(const QString &name) const { return m_values.contains(name); }
    qint64 integer(const QString &name, qint64 fallback, qint64 min, qint64 max);

    bool ok() const { return m_errors.isEmpty(); }
    Error error() const;

private:
    QHash<QString, QString> m_values; // the first occurrence of each name wins
    QList<FieldError> m_errors;
};

} // namespace arbiter
