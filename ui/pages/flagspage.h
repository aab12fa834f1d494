#pragma once

// FlagsPage: see console.md ("Flags").

#include <QWidget>

namespace arbiter::ui {

struct ConsoleContext;

class FlagsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagsPage)
public:
    explicit FlagsPage(ConsoleContext &context, QWidget *parent = nullptr);

signals:
    void openCountChanged(qint64 open); // for the status bar; -1 while unknown

private:
    ConsoleContext &m_context;
};

} // namespace arbiter::ui
