// MainWindow: the pages present, the status bar and Server page fed from the real listener,
// and the state that persists.

#include "uitestsupport.h"

#include "mainwindow.h"
#include "models/serverstatus.h"
#include "pages/serverpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QStackedWidget>

using namespace arbiter;
using namespace arbiter::test;
using namespace arbiter::ui;

class TestMainWindow final : public QObject {
    Q_OBJECT

private:
    UiEngine m_env;

private slots:
    void initTestCase() { QVERIFY(m_env.start()); }
    void cleanupTestCase() { m_env.stop(); }

    void everyPageOfTheConsoleExists()
    {
        MainWindow window(*m_env.invoker);
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QStringList labels;
        for (int i = 0; i < nav->count(); ++i) {
            labels << nav->item(i)->text();
            QVERIFY(!nav->item(i)->icon().isNull());
        }
        QCOMPARE(labels, (QStringList{QStringLiteral("Overview"), QStringLiteral("Flags"), QStringLiteral("Leaderboards"),
                                      QStringLiteral("Watchlist"), QStringLiteral("Bans"), QStringLiteral("Players"),
                                      QStringLiteral("Games"), QStringLiteral("Audit"), QStringLiteral("Server"),
                                      QStringLiteral("Settings")}));
        nav->setCurrentRow(7);
        QCOMPARE(window.currentPage(), MainWindow::Audit);
    }

    void statusBarShowsListenerAndRate()
    {
        MainWindow window(*m_env.invoker);
        window.show();
        const QString address = QStringLiteral("127.0.0.1:%1").arg(m_env.engine->port());
        auto *listener = window.findChild<QLabel *>(QStringLiteral("statusListener"));
        QTRY_COMPARE(listener->text(), QStringLiteral("Listening on %1").arg(address));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusFlags"))->text().startsWith(QStringLiteral("Open flags: ")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusDatabase"))->text().endsWith(QStringLiteral("arbiter.db")));

        QNetworkAccessManager manager;
        for (int i = 0; i < 20; ++i) {
            QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(m_env.engine->baseUrl() + QStringLiteral("/api/health"))));
            QTRY_VERIFY(reply->isFinished());
            reply->deleteLater();
        }
        auto *served = window.findChild<QLabel *>(QStringLiteral("requestsServed"));
        QTRY_VERIFY_WITH_TIMEOUT(served->text().toInt() >= 20, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window.serverStatus()->requestsPerSecond() > 0
                                     || window.serverStatus()->snapshot().served >= 20, 5000);
    }

    void serverPageHidesTheTokenUntilAsked()
    {
        MainWindow window(*m_env.invoker);
        window.showPage(MainWindow::Server);
        window.show();
        auto *token = window.findChild<QLineEdit *>(QStringLiteral("adminToken"));
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QCOMPARE(token->text(), m_env.engine->adminToken());
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("showToken")), Qt::LeftButton);
        QCOMPARE(token->echoMode(), QLineEdit::Normal);
        QTRY_COMPARE(window.findChild<QLineEdit *>(QStringLiteral("baseUrl"))->text(), m_env.engine->baseUrl());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("tokenSource"))->text().contains(QStringLiteral("ARBITER_ADMIN_TOKEN")));
    }

    void lastPageAndGeometryPersist()
    {
        {
            MainWindow window(*m_env.invoker);
            window.show();
            window.resize(1111, 777);
            window.showPage(MainWindow::Audit);
            window.close();
        }
        MainWindow again(*m_env.invoker);
        QCOMPARE(again.currentPage(), MainWindow::Audit);
        QCOMPARE(again.size(), QSize(1111, 777));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
