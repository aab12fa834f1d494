#pragma once

// The eye stages (detection.md §3) as a moderator reads them, everywhere the console shows one.

#include <QCoreApplication>
#include <QString>

namespace arbiter::ui {

inline QString stageLabel(const QString &stage)
{
    if (stage == QLatin1String("little"))
        return QCoreApplication::translate("arbiter::ui::Stages", "Little eye");
    if (stage == QLatin1String("short"))
        return QCoreApplication::translate("arbiter::ui::Stages", "Short eye");
    if (stage == QLatin1String("big"))
        return QCoreApplication::translate("arbiter::ui::Stages", "Big eye");
    if (stage == QLatin1String("banned"))
        return QCoreApplication::translate("arbiter::ui::Stages", "Banned");
    return QCoreApplication::translate("arbiter::ui::Stages", "Off watchlist"); // "none"
}

} // namespace arbiter::ui
