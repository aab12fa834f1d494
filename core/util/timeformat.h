#pragma once

// RFC 3339 UTC with milliseconds, the only time format of the API.

#include <QDateTime>
#include <QString>

#include <optional>

namespace arbiter {

QString formatTime(qint64 msSinceEpoch);
QString formatTime(const QDateTime &time);
std::optional<qint64> parseTime(const QString &text); // accepts any RFC 3339 offset; returns UTC ms

} // namespace arbiter
