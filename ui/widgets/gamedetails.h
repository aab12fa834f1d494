#pragma once

// GameDetails: one game's settings (with its detection thresholds and webhook), secret state,
// encryption keys and build signatures, boards and tournaments, with the buttons that act on them
// (the Games page carries the actions out).

#include "domain/board.h"
#include "domain/game.h"
#include "domain/tournament.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace arbiter::ui {

class BoardsModel;
class BuildsModel;
class KeysModel;
class TournamentsModel;

class GameDetails final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GameDetails)
public:
    explicit GameDetails(QWidget *parent = nullptr);

    void setGame(const Game &game);
    QString selectedKeyId() const;   // empty unless an active key is selected
    QString selectedBuildSha() const;
    KeysModel *keysModel() const { return m_keys; }
    BuildsModel *buildsModel() const { return m_builds; }
    void setBoards(const QList<Board> &boards);
    void setTournaments(const QList<Tournament> &tournaments);
    QString selectedBoardId() const;
    void selectBoard(const QString &boardId);
    BoardsModel *boardsModel() const { return m_boards; }
    TournamentsModel *tournamentsModel() const { return m_tournaments; }
    // The latest test webhook's delivery, in words ("Delivered (HTTP 204) at …").
    void setWebhookState(const QString &text);

signals:
    void editRequested();
    void generateSecretRequested();
    void generateKeyRequested();
    void revokeKeyRequested();
    void addBuildRequested();
    void removeBuildRequested();
    void newBoardRequested();
    void editBoardRequested();
    void newTournamentRequested();
    void testWebhookRequested();

private:
    void updateButtons();

    QLabel *m_title;
    QLabel *m_id;
    QLabel *m_settings;
    QLabel *m_secretState;
    KeysModel *m_keys;
    BuildsModel *m_builds;
    QTableView *m_keysView;
    QTableView *m_buildsView;
    QPushButton *m_revokeKey;
    QPushButton *m_removeBuild;
    BoardsModel *m_boards;
    TournamentsModel *m_tournaments;
    QTableView *m_boardsView;
    QTableView *m_tournamentsView;
    QPushButton *m_editBoard;
    QPushButton *m_testWebhook;
    QLabel *m_webhookState;
    QString m_gameId;
};

} // namespace arbiter::ui
