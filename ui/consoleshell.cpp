#include "consoleshell.h"

#include "appearance.h"
#include "mainwindow.h"
#include "pages/settingspage.h"

#include <QGuiApplication>

namespace arbiter::ui {

ConsoleShell::ConsoleShell(CoreInvoker &invoker, QObject *parent)
    : QObject(parent)
    , m_invoker(invoker)
{
    applyLanguage();
    applyTheme();
    build();
}

ConsoleShell::~ConsoleShell() = default;

void ConsoleShell::build()
{
    m_window = std::make_unique<MainWindow>(m_invoker);
    // Queued: the window must not be replaced from inside its own signal.
    connect(m_window->settingsPage(), &SettingsPage::appearanceChanged, this, &ConsoleShell::rebuild, Qt::QueuedConnection);
}

void ConsoleShell::show()
{
    m_window->show();
}

void ConsoleShell::close()
{
    if (m_window)
        m_window->close();
}

void ConsoleShell::rebuild()
{
    const bool visible = m_window->isVisible();
    // Closing the only window would end the program; the new one is shown just below.
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_window->close(); // saves geometry and the page (Settings), which the new window restores
    std::unique_ptr<MainWindow> old = std::move(m_window);
    applyLanguage();
    applyTheme();
    build();
    if (visible)
        m_window->show();
    old.release()->deleteLater();
    QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    emit windowReplaced(m_window.get());
}

} // namespace arbiter::ui
