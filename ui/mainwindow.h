#pragma once

// MainWindow: the console's frame: the navigation sidebar, one page per area and a status bar
// with the listener, the request rate, open flags and the database file.

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace arbiter::ui {

class AuditPage;
class CoreInvoker;
class GamesPage;
class ServerPage;
class ServerStatus;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Page { Games, Server, Audit, PageCount };

    explicit MainWindow(CoreInvoker &invoker, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    GamesPage *gamesPage() const { return m_games; }
    ServerPage *serverPage() const { return m_server; }
    AuditPage *auditPage() const { return m_audit; }
    ServerStatus *serverStatus() const { return m_status; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QIcon &icon, const QString &label, const QString &name);
    void updateStatusBar();
    void saveState();

    CoreInvoker &m_invoker;
    ServerStatus *m_status;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    GamesPage *m_games;
    ServerPage *m_server;
    AuditPage *m_audit;
    QLabel *m_listener;
    QLabel *m_rate;
    QLabel *m_flags;
    QLabel *m_database;
};

} // namespace arbiter::ui
