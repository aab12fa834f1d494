#include "util/timeformat.h"


namespace arbiter {

QString formatTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString formatTime(const QDateTime &time)
{
    return formatTime(time.toMSecsSinceEpoch());
}

std::optional<qint64> parseTime(const QString &text)
{
    if (text.size() < 20 || text.size() > 40)
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return std::nullopt; // RFC 3339 needs an explicit offset or Z
    return parsed.toMSecsSinceEpoch();
}

} // namespace arbiter
