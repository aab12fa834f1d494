#pragma once

// GamesPage: the studio's games; create and edit them (settings, detection thresholds, webhook),
// issue secrets and encryption keys, keep the list of allowed build signatures, create and edit
// boards and tournaments, and send a test webhook. Board, tournament and webhook actions are in
// gamespageboards.cpp.

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QStackedWidget;
class QTableView;

namespace arbiter {
struct Board;
struct Game;
struct Tournament;
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
    void createBoard();
    void editBoard();
    void createTournament();
    void sendTestWebhook();

signals:
    void gamesLoaded(); // a fresh snapshot is on screen
    void boardsLoaded(); // the current game's boards and tournaments are on screen
    void webhookStateShown(const QString &state); // the test delivery's state: pending, delivered, failed

private:
    void reload();
    void showSnapshot(const QList<Game> &games);
    void showCurrent();
    void openGameDialog(const Game &game);
    void doGenerateSecret(const QString &gameId);
    void reloadBoards();
    void readTestDelivery();

    CoreInvoker &m_invoker;
    GamesModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_list;
    GameDetails *m_details;
    QTimer m_reloadTimer;
    QTimer m_boardsTimer;
    QString m_boardsGameId; // the game whose boards are in the details
    QString m_testGameId;   // the latest test webhook: its game and delivery id
    qint64 m_testDeliveryId = 0;
    QString m_currentId;
    QString m_pendingSelection; // a game just created, to select when it arrives
};

} // namespace arbiter::ui
