#pragma once

// Navigator: how one page sends the moderator to another ("open player", "show these flags",
// "ban this player") without knowing the other page. MainWindow listens and switches pages.

#include <QObject>
#include <QString>

namespace arbiter::ui {

struct FlagsFilterRequest {
    QString gameId;  // empty: all games
    QString rule;    // empty: every rule
    QString status;  // empty: open
};

class Navigator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Navigator)
public:
    explicit Navigator(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

signals:
    void pageRequested(int page); // a MainWindow::Page
    void playerRequested(const QString &gameId, const QString &playerId);
    void flagsRequested(const arbiter::ui::FlagsFilterRequest &filter);
    void bansRequested(const QString &gameId);
    void watchlistRequested(const QString &gameId, const QString &stage);
    void banRequested(const QString &gameId, const QString &playerId); // opens the new-ban dialog
};

} // namespace arbiter::ui
