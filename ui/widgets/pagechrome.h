#pragma once

// What every console page has: its heading, and shortcuts that work anywhere inside the page.

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QWidget>

namespace arbiter::ui {

// A page's title: the palette's font, larger and bold.
inline QLabel *pageHeading(const QString &text)
{
    auto *heading = new QLabel(text);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

// `keys` runs `slot` while focus is anywhere in `page` (so pages do not steal each other's keys).
template <class Page, class Slot> QAction *addPageShortcut(Page *page, const QKeySequence &keys, Slot slot)
{
    auto *action = new QAction(page);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, page, slot);
    page->addAction(action);
    return action;
}

} // namespace arbiter::ui
