#pragma once

// GameFilterBox: "All games" plus every game by name; follows game changes live and keeps the
// current choice. currentGameId() is empty for "All games".

#include <QComboBox>

namespace arbiter::ui {

struct ConsoleContext;

class GameFilterBox final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GameFilterBox)
public:
    explicit GameFilterBox(ConsoleContext &context, QWidget *parent = nullptr);

    QString currentGameId() const;
    // Selects the game (or All games for an empty id); a game not loaded yet is selected once it is.
    void setCurrentGameId(const QString &gameId);
    void reload();

signals:
    void gameChosen(const QString &gameId);
    void gamesLoaded();

private:
    ConsoleContext &m_context;
    QString m_wanted; // the choice to keep across reloads
};

} // namespace arbiter::ui
