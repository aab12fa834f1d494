#pragma once

// How the console writes times and errors: times are stored in UTC and shown in local time.

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace arbiter::ui {

inline QString localTime(qint64 utcMs)
{
    if (utcMs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// The error's sentence plus its field messages, for a message box or an inline label.
inline QString describe(const Error &error)
{
    QStringList lines;
    lines << (error.detail.isEmpty() ? error.code : error.detail);
    for (const FieldError &field : error.fields)
        lines << QStringLiteral("%1: %2").arg(field.field, field.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace arbiter::ui
