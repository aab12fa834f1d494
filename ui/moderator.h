#pragma once

// The moderator the console acts as: QSettings "moderator/name", the OS user by default.

#include "audit/auditjournal.h"

#include <QSettings>

namespace arbiter::ui {

inline QString moderatorName()
{
    QString fallback = qEnvironmentVariable("USER");
    if (fallback.isEmpty())
        fallback = qEnvironmentVariable("USERNAME", QStringLiteral("moderator"));
    const QString name = QSettings().value(QStringLiteral("moderator/name")).toString().trimmed();
    return name.isEmpty() ? fallback : name;
}

// Every console action is recorded in the audit journal under this actor.
inline Actor consoleActor()
{
    return Actor{moderatorName(), QStringLiteral("console")};
}

} // namespace arbiter::ui
