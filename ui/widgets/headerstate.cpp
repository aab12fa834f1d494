#include "widgets/headerstate.h"

#include <QHeaderView>
#include <QSettings>

namespace arbiter::ui {

void persistHeaderState(QHeaderView *header, const QString &settingsKey)
{
    const QString key = QStringLiteral("columns/") + settingsKey;
    const QByteArray saved = QSettings().value(key).toByteArray();
    if (!saved.isEmpty())
        header->restoreState(saved);
    const auto save = [header, key] { QSettings().setValue(key, header->saveState()); };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

} // namespace arbiter::ui
