#pragma once

// GamesPage: the studio's games; create and edit them, issue secrets and encryption keys, and
// keep the list of allowed build signatures.

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QStackedWidget;
class QTableView;

namespace arbiter {
struct Game;
}

namespace arbiter::ui {

class AddBuildDialog;
class CoreInvoker;
class GameDetails;
class GameDialog;
class GamesModel;

class GamesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GamesPage)
public:
    explicit GamesPage(CoreInvoker &invoker, QWidget *parent = nullptr);

    GamesModel *model() const { return m_model; }
    QString currentGameId() const { return m_currentId; }
    void selectGame(const QString &gameId);

    // The actions; each opens its dialog or confirmation without blocking.
    void createGame();
    void editGame();
    void generateSecret();
    void generateKey();
    void revokeKey();
    void addBuild();
    void removeBuild();

signals:
    void gamesLoaded(); // a fresh snapshot is on screen

private:
    void reload();
    void showSnapshot(const QList<Game> &games);
    void showCurrent();
    void openGameDialog(const Game &game);
    void doGenerateSecret(const QString &gameId);

    CoreInvoker &m_invoker;
    GamesModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_list;
    GameDetails *m_details;
    QTimer m_reloadTimer;
    QString m_currentId;
    QString m_pendingSelection; // a game just created, to select when it arrives
};

} // namespace arbiter::ui
