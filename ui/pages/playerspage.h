#pragma once

// PlayersPage: see console.md ("Players"): find a player of a game by id prefix, and their full
// profile with set tier, ban / lift and export.

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace arbiter::ui {

struct ConsoleContext;
struct PlayerProfileSnapshot;
class PlayerProfileView;
class PlayerSearchModel;

class PlayersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayersPage)
public:
    static constexpr int kSearchLimit = 50; // a search never loads every player

    explicit PlayersPage(ConsoleContext &context, QWidget *parent = nullptr);

    PlayerSearchModel *searchModel() const { return m_results; }
    PlayerProfileView *profileView() const { return m_profile; }
    QString currentGameId() const;
    QString currentPlayerId() const { return m_playerId; }

    // Shows the game's player (what Navigator::playerRequested does).
    void showPlayer(const QString &gameId, const QString &playerId);
    void search(); // coalesced
    void banPlayer();
    void liftBan();
    void setTier(const QString &tier); // "A", "B", "C" or empty for automatic
    void exportProfile();
    void exportTo(const QString &path); // the file dialog ends here; tests call it directly

signals:
    void searchFinished();
    void profileShown(); // a fresh profile is on screen
    void actionFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override; // new players since the last look

private:
    void reloadGames();
    void runSearch();
    void loadProfile();
    void scheduleProfile();
    void showProfile(const PlayerProfileSnapshot &snapshot);
    void report(bool ok, const QString &message);

    ConsoleContext &m_context;
    QComboBox *m_game;
    QLineEdit *m_search;
    PlayerSearchModel *m_results;
    QTableView *m_resultsView;
    QLabel *m_resultsNote;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    PlayerProfileView *m_profile;
    QLabel *m_message;
    QTimer m_searchTimer;
    QTimer m_profileTimer;
    QString m_gameId; // the open profile's
    QString m_playerId; // empty: none open
    QString m_wantedGame; // a game asked for before the games were read
    bool m_searchInFlight = false;
    bool m_searchAgain = false;
    bool m_profileInFlight = false;
    bool m_profileAgain = false;
};

} // namespace arbiter::ui
