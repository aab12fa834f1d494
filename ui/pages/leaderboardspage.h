#pragma once

// LeaderboardsPage: see console.md ("Leaderboards"): game → board → period pickers (filled in
// leaderboardspagepickers.cpp), the live top 100 with rank movement marks and flagged entries
// marked, find a player → the entries around them; open the player or ban them.

#include "domain/board.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace arbiter::ui {

struct ConsoleContext;
struct LeaderboardSnapshot;
class LeaderboardModel;

class LeaderboardsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeaderboardsPage)
public:
    explicit LeaderboardsPage(ConsoleContext &context, QWidget *parent = nullptr);

    LeaderboardModel *model() const { return m_model; }
    QString currentGameId() const;
    QString currentBoardId() const;
    QString currentPeriod() const; // empty: the current period
    QString shownPeriod() const { return m_shownPeriod; } // the period key on screen
    QString selectedPlayerId() const;

    void selectGame(const QString &gameId);
    void selectBoard(const QString &boardId);
    void findPlayer(const QString &playerId); // the entries around them; empty: back to the top
    void refresh();                           // coalesced; one read in flight at a time
    void openPlayer();
    void banPlayer();

signals:
    void entriesShown(); // a read reached the screen

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadGames();
    void loadBoards();
    void fetch();
    void showSnapshot(const LeaderboardSnapshot &snapshot);
    void fillPeriods(const LeaderboardSnapshot &snapshot);
    void showEmpty(const QString &title, const QString &text);
    void startOver(); // another board or period: forget rows and marks, read again
    void updateButtons();

    ConsoleContext &m_context;
    LeaderboardModel *m_model;
    QComboBox *m_game;
    QComboBox *m_board;
    QComboBox *m_period;
    QLineEdit *m_find;
    QPushButton *m_showTop;
    QPushButton *m_open;
    QPushButton *m_ban;
    QLabel *m_status;
    QStackedWidget *m_stack;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QTableView *m_view;
    QTimer m_refreshTimer;
    bool m_inFlight = false;
    bool m_again = false;
    bool m_staleWhileHidden = false; // live changes arrived while the page was not shown
    quint64 m_generation = 0; // bumped by startOver(): answers for an older choice are dropped
    QString m_around;         // the player found, or empty for the top
    QString m_shownPeriod;
    QList<Board> m_boards;
};

} // namespace arbiter::ui
