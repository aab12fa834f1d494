#include "screenshottour.h"

#include "appearance.h"
#include "consoleshell.h"
#include "mainwindow.h"

#include <QAbstractItemView>
#include <QDir>
#include <QHash>
#include <QListWidget>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace arbiter {

namespace {

constexpr int kSettleMs = 1500; // a page's first queries and a live update or two
const QSize kWindowSize(1440, 900);

const QStringList kPageNames{QStringLiteral("overview"), QStringLiteral("flags"),   QStringLiteral("leaderboards"),
                             QStringLiteral("watchlist"), QStringLiteral("bans"),   QStringLiteral("players"),
                             QStringLiteral("games"),     QStringLiteral("audit"),  QStringLiteral("server"),
                             QStringLiteral("settings")};

// Pages whose detail pane shows the selected row: the tour selects the first one, as a moderator would.
const QHash<int, QString> kSelectFirstRow{{ui::MainWindow::Flags, QStringLiteral("flagsView")},
                                          {ui::MainWindow::Watchlist, QStringLiteral("watchlistView")},
                                          {ui::MainWindow::Players, QStringLiteral("playerResults")}};

void selectFirstRow(QWidget *window, const QString &viewName)
{
    auto *view = window->findChild<QAbstractItemView *>(viewName);
    if (!view || !view->model() || view->model()->rowCount() == 0)
        return;
    // Prefer a row that has a story (a player on the watchlist or banned) over a quiet one.
    int row = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QString stage = view->model()->index(r, 2).data().toString();
        if (stage.contains(QLatin1String("eye")) || stage == QLatin1String("Banned")) {
            row = r;
            break;
        }
    }
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    view->scrollTo(view->currentIndex());
}

} // namespace

ScreenshotTour::ScreenshotTour(ui::ConsoleShell &shell, QString directory, int warmUpMs, QObject *parent)
    : QObject(parent)
    , m_shell(shell)
    , m_directory(std::move(directory))
    , m_warmUpMs(warmUpMs)
{
    for (int page = 0; page < ui::MainWindow::PageCount; ++page)
        m_shots.append({page, kPageNames.value(page), false});
    for (int page : {ui::MainWindow::Overview, ui::MainWindow::Flags, ui::MainWindow::Leaderboards, ui::MainWindow::Players})
        m_shots.append({page, kPageNames.value(page) + QStringLiteral("-dark"), true});
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    ui::setThemeSetting(ui::Theme::Light);
    m_shell.rebuild();
    m_shell.window()->resize(kWindowSize);
    QTimer::singleShot(m_warmUpMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::next()
{
    if (m_shots.isEmpty()) {
        ui::setThemeSetting(ui::Theme::System);
        emit finished(m_ok);
        return;
    }
    const Shot shot = m_shots.first();
    const bool dark = ui::themeSetting() == ui::Theme::Dark;
    if (shot.dark != dark) {
        ui::setThemeSetting(shot.dark ? ui::Theme::Dark : ui::Theme::Light);
        m_shell.rebuild();
        m_shell.window()->resize(kWindowSize);
    }
    m_shell.window()->showPage(ui::MainWindow::Page(shot.page));
    if (kSelectFirstRow.contains(shot.page))
        QTimer::singleShot(kSettleMs / 2, this, [this, shot] { selectFirstRow(m_shell.window(), kSelectFirstRow.value(shot.page)); });
    QTimer::singleShot(kSettleMs, this, [this, shot] {
        m_shots.removeFirst();
        capture(shot);
        next();
    });
}

void ScreenshotTour::capture(const Shot &shot)
{
    const QString path = QDir(m_directory).filePath(shot.name + QStringLiteral(".png"));
    const bool saved = m_shell.window()->grab().save(path);
    QTextStream(stderr) << "arbiter: screenshot " << path << (saved ? "" : " FAILED") << Qt::endl;
    m_ok = m_ok && saved;
}

} // namespace arbiter
