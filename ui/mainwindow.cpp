#include "mainwindow.h"

#include "coreinvoker.h"
#include "models/serverstatus.h"
#include "pages/auditpage.h"
#include "pages/gamespage.h"
#include "pages/serverpage.h"
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
    , m_status(new ServerStatus(invoker, this))
    , m_nav(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_games(new GamesPage(invoker))
    , m_server(new ServerPage(invoker, *m_status))
    , m_audit(new AuditPage(invoker))
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
    addPage(m_games, navIcon(NavIcon::Games, pal), tr("Games"), QStringLiteral("games"));
    addPage(m_server, navIcon(NavIcon::Server, pal), tr("Server"), QStringLiteral("server"));
    addPage(m_audit, navIcon(NavIcon::Audit, pal), tr("Audit"), QStringLiteral("audit"));
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

    for (int i = 0; i < PageCount; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        addAction(action);
    }

    m_listener->setObjectName(QStringLiteral("statusListener"));
    m_rate->setObjectName(QStringLiteral("statusRate"));
    m_flags->setObjectName(QStringLiteral("statusFlags"));
    m_database->setObjectName(QStringLiteral("statusDatabase"));
    m_flags->setText(tr("Open flags: —"));
    m_flags->setToolTip(tr("Flags arrive with the review queue"));
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

void MainWindow::addPage(QWidget *page, const QIcon &icon, const QString &label, const QString &name)
{
    auto *item = new QListWidgetItem(icon, label, m_nav);
    item->setData(Qt::UserRole, name);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(label).arg(m_nav->count()));
    page->setAccessibleName(label);
    m_pages->addWidget(page);
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
