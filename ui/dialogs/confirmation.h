#pragma once

// askToConfirm: the console's "are you sure?" before anything destructive or irreversible.
// It opens window-modal without a nested event loop, so nothing (not even a test) is blocked.

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace arbiter::ui {

QMessageBox *askToConfirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel,
                          std::function<void()> onConfirm);

} // namespace arbiter::ui
