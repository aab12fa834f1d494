#pragma once

// persistHeaderState: a table's column widths, order and sort are restored from QSettings and
// saved back whenever the moderator changes them.

#include <QString>

class QHeaderView;

namespace arbiter::ui {

void persistHeaderState(QHeaderView *header, const QString &settingsKey);

} // namespace arbiter::ui
