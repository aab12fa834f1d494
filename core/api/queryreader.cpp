#include "api/queryreader.h"

#include <QUrlQuery>

namespace arbiter {

QueryReader::QueryReader(const HttpRequest &request)
{
    if (request.query.isEmpty())
        return;
    const QUrlQuery query(QString::fromUtf8(request.query));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!m_values.contains(key))
            m_values.insert(key, value);
    }
}

qint64 QueryReader::integer(const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd() || it->isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = it->toLongLong(&ok);
    if (!ok || value < min || value > max) {
        m_errors.append({name, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max)});
        return fallback;
    }
    return value;
}

Error QueryReader::error() const
{
    return Error::invalid(QStringLiteral("invalid_query"), m_errors, QStringLiteral("the query string is not valid"));
}

} // namespace arbiter
