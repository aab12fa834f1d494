#pragma once

// SettingsPage: see console.md ("Settings").

#include <QWidget>

namespace arbiter::ui {

struct ConsoleContext;

class SettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    explicit SettingsPage(ConsoleContext &context, QWidget *parent = nullptr);

private:
    ConsoleContext &m_context;
};

} // namespace arbiter::ui
