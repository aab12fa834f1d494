#pragma once

// MainWindow: the console's frame: the navigation sidebar, one page per area of console.md and a
// status bar with the listener, the request rate, open flags and the database file.

#include "consolecontext.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace arbiter::ui {

class AuditPage;
class BansPage;
class CoreInvoker;
class FlagsPage;
class GamesPage;
class LeaderboardsPage;
class LiveEvents;
class Navigator;
class OverviewPage;
class PlayersPage;
class ServerPage;
class ServerStatus;
class SettingsPage;
class WatchlistPage;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Page { Overview, Flags, Leaderboards, Watchlist, Bans, Players, Games, Audit, Server, Settings, PageCount };

    explicit MainWindow(CoreInvoker &invoker, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    Navigator &navigator() const { return *m_navigator; }
    LiveEvents &live() const { return *m_live; }
    OverviewPage *overviewPage() const { return m_overview; }
    FlagsPage *flagsPage() const { return m_flagsPage; }
    LeaderboardsPage *leaderboardsPage() const { return m_leaderboards; }
    WatchlistPage *watchlistPage() const { return m_watchlist; }
    BansPage *bansPage() const { return m_bans; }
    PlayersPage *playersPage() const { return m_players; }
    GamesPage *gamesPage() const { return m_games; }
    AuditPage *auditPage() const { return m_audit; }
    ServerPage *serverPage() const { return m_server; }
    SettingsPage *settingsPage() const { return m_settings; }
    ServerStatus *serverStatus() const { return m_status; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QIcon &icon, const QString &label, const QKeySequence &shortcut);
    void connectNavigator();
    void updateStatusBar();
    void saveState();

    CoreInvoker &m_invoker;
    Navigator *m_navigator;
    LiveEvents *m_live;
    ConsoleContext m_context;
    ServerStatus *m_status;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    OverviewPage *m_overview;
    FlagsPage *m_flagsPage;
    LeaderboardsPage *m_leaderboards;
    WatchlistPage *m_watchlist;
    BansPage *m_bans;
    PlayersPage *m_players;
    GamesPage *m_games;
    AuditPage *m_audit;
    ServerPage *m_server;
    SettingsPage *m_settings;
    QLabel *m_listener;
    QLabel *m_rate;
    QLabel *m_flags;
    QLabel *m_database;
};

} // namespace arbiter::ui
