#include "mainwindow.h"

#include "coreinvoker.h"
#include "liveevents.h"
#include "models/serverstatus.h"
#include "navigator.h"
#include "pages/auditpage.h"
#include "pages/banspage.h"
#include "pages/flagspage.h"
#include "pages/gamespage.h"
#include "pages/leaderboardspage.h"
#include "pages/overviewpage.h"
#include "pages/playerspage.h"
#include "pages/serverpage.h"
#include "pages/settingspage.h"
#include "pages/watchlistpage.h"
#include "widgets/navicons.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace arbiter::ui {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");

} // namespace

MainWindow::MainWindow(CoreInvoker &invoker, QWidget *parent)
    : QMainWindow(parent)
    , m_invoker(invoker)
    , m_navigator(new Navigator(this))
    , m_live(new LiveEvents(invoker.engine(), this))
    , m_context{invoker, *m_navigator, *m_live}
    , m_status(new ServerStatus(invoker, this))
    , m_nav(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_overview(new OverviewPage(m_context))
    , m_flagsPage(new FlagsPage(m_context))
    , m_leaderboards(new LeaderboardsPage(m_context))
    , m_watchlist(new WatchlistPage(m_context))
    , m_bans(new BansPage(m_context))
    , m_players(new PlayersPage(m_context))
    , m_games(new GamesPage(invoker))
    , m_audit(new AuditPage(invoker))
    , m_server(new ServerPage(invoker, *m_status))
    , m_settings(new SettingsPage(m_context))
    , m_listener(new QLabel)
    , m_rate(new QLabel)
    , m_flags(new QLabel)
    , m_database(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Arbiter"));

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(window); }"
                                        "QListWidget#navigation::item { padding: 8px 10px; border-radius: 4px; }"
                                        "QListWidget#navigation::item:selected { background: palette(highlight);"
                                        " color: palette(highlighted-text); }"));

    const QPalette pal = palette();
    const auto ctrl = [](int digit) { return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + digit)); };
    addPage(m_overview, navIcon(NavIcon::Overview, pal), tr("Overview"), ctrl(1));
    addPage(m_flagsPage, navIcon(NavIcon::Flags, pal), tr("Flags"), ctrl(2));
    addPage(m_leaderboards, navIcon(NavIcon::Leaderboards, pal), tr("Leaderboards"), ctrl(3));
    addPage(m_watchlist, navIcon(NavIcon::Watchlist, pal), tr("Watchlist"), ctrl(4));
    addPage(m_bans, navIcon(NavIcon::Bans, pal), tr("Bans"), ctrl(5));
    addPage(m_players, navIcon(NavIcon::Players, pal), tr("Players"), ctrl(6));
    addPage(m_games, navIcon(NavIcon::Games, pal), tr("Games"), ctrl(7));
    addPage(m_audit, navIcon(NavIcon::Audit, pal), tr("Audit"), ctrl(8));
    addPage(m_server, navIcon(NavIcon::Server, pal), tr("Server"), ctrl(9));
    addPage(m_settings, navIcon(NavIcon::Settings, pal), tr("Settings"), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 28);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_nav);
    auto *line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connectNavigator();
    connect(m_live, &LiveEvents::journalChanged, m_audit, &AuditPage::scheduleRefresh);

    m_listener->setObjectName(QStringLiteral("statusListener"));
    m_rate->setObjectName(QStringLiteral("statusRate"));
    m_flags->setObjectName(QStringLiteral("statusFlags"));
    m_database->setObjectName(QStringLiteral("statusDatabase"));
    m_flags->setText(tr("Open flags: —"));
    connect(m_flagsPage, &FlagsPage::openCountChanged, this, [this](qint64 open) {
        m_flags->setText(open < 0 ? tr("Open flags: —") : tr("Open flags: %L1").arg(open));
    });
    const QString dbPath = QDir::toNativeSeparators(invoker.engine().databasePath());
    m_database->setText(tr("Database: %1").arg(dbPath));
    m_database->setToolTip(dbPath);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_listener);
    statusBar()->addWidget(m_rate);
    statusBar()->addWidget(m_flags);
    statusBar()->addPermanentWidget(m_database);
    connect(m_status, &ServerStatus::updated, this, &MainWindow::updateStatusBar);
    updateStatusBar();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(QSize(1280, 800).boundedTo(available.size() * 0.9));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    showPage(Page(qBound(0, settings.value(kPageKey, 0).toInt(), PageCount - 1)));
    connect(m_nav, &QListWidget::currentRowChanged, this,
            [](int row) { QSettings().setValue(kPageKey, row); });
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &label, const QKeySequence &shortcut)
{
    const int index = m_pages->count();
    auto *item = new QListWidgetItem(icon, label, m_nav);
    item->setToolTip(tr("%1 (%2)").arg(label, shortcut.toString(QKeySequence::NativeText)));
    page->setAccessibleName(label);
    m_pages->addWidget(page);
    auto *action = new QAction(label, this);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, index] { showPage(Page(index)); });
    addAction(action);
}

// Pages ask for each other through the navigator; each page also listens for what it shows
// (a player, a filter) and MainWindow brings it to the front.
void MainWindow::connectNavigator()
{
    connect(m_navigator, &Navigator::pageRequested, this, [this](int page) { showPage(Page(page)); });
    connect(m_navigator, &Navigator::playerRequested, this, [this] { showPage(Players); });
    connect(m_navigator, &Navigator::flagsRequested, this, [this] { showPage(Flags); });
    connect(m_navigator, &Navigator::bansRequested, this, [this] { showPage(Bans); });
    connect(m_navigator, &Navigator::watchlistRequested, this, [this] { showPage(Watchlist); });
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::updateStatusBar()
{
    if (!m_status->hasSnapshot()) {
        m_listener->setText(tr("Listener: starting…"));
        m_rate->setText(QString());
        return;
    }
    const ServerSnapshot &s = m_status->snapshot();
    m_listener->setText(s.listening ? tr("Listening on %1").arg(m_status->address()) : tr("Listener stopped"));
    m_rate->setText(tr("%1 req/s").arg(QLocale().toString(m_status->requestsPerSecond(), 'f', 1)));
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, QMainWindow::saveState());
    settings.setValue(kPageKey, int(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace arbiter::ui
