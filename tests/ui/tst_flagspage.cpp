// FlagsPage: the review queue on a real Engine: flags raised by real submissions over HTTP,
// keyboard triage, bulk actions, undo (reopen) with its board and audit effects, filters,
// live arrival, paging and the empty state.

#include "coreinvoker.h"
#include "crypto/crypto.h"
#include "domain/ids.h"
#include "liveevents.h"
#include "models/flagsmodel.h"
#include "navigator.h"
#include "pages/flagspage.h"
#include "consolecontext.h"
#include "scores/scoreevents.h"
#include "storage/scorerepository.h"
#include "storage/writer.h"
#include "support/testserver.h"
#include "widgets/flagdetails.h"
#include "widgets/flagfilterbar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QUuid>

using namespace arbiter;
using namespace arbiter::test;
using namespace arbiter::ui;

namespace {
const QString kBuild = QString::fromLatin1(crypto::sha256Hex("build"));
}

class TestFlagsPage final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<CoreInvoker> m_invoker;
    std::unique_ptr<Navigator> m_navigator;
    std::unique_ptr<LiveEvents> m_live;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<FlagsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_gameId, m_boardId, m_cappedBoardId;
    QHash<QString, QString> m_sessions;

    QString session(const QString &player)
    {
        if (!m_sessions.contains(player))
            m_sessions.insert(player, m_server->login(m_gameId, player, kBuild));
        return m_sessions.value(player);
    }
    HttpResult score(const QString &player, double value, const QString &board = QString())
    {
        const QJsonObject body{{QStringLiteral("event_uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {QStringLiteral("score"), value}};
        return m_server->request("POST", QStringLiteral("/v1/boards/%1/scores").arg(board.isEmpty() ? m_boardId : board),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 {{"Authorization", "Bearer " + session(player).toUtf8()}});
    }
    // Two scores within the velocity rule's 2 s: the second is flagged. Returns the flag's player.
    void raiseVelocityFlag(const QString &player)
    {
        QCOMPARE(score(player, 100).json().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        const HttpResult r = score(player, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("flagged"));
    }
    double boardScore(const QString &player)
    {
        return m_server->get(QStringLiteral("/v1/boards/%1/players/%2").arg(m_boardId, player)).json().value(QStringLiteral("score")).toDouble();
    }
    template <class T> T sql(const QString &statement, const QVariantList &values = {})
    {
        T value{};
        const Status s = m_server->engine().writer()->runSync([&](QSqlDatabase &db) -> Status {
            QSqlQuery q(db);
            q.prepare(statement);
            for (const QVariant &v : values)
                q.addBindValue(v);
            if (q.exec() && q.next())
                value = q.value(0).value<T>();
            return success();
        });
        if (!s)
            qWarning() << s.error().detail;
        return value;
    }
    QString statusOf(const QString &player)
    {
        return sql<QString>(QStringLiteral("SELECT status FROM flags WHERE player_id=? ORDER BY created_at DESC LIMIT 1"), {player});
    }
    QTableView *view() const { return m_page->view(); }
    FlagsModel *model() const { return m_page->model(); }
    QString currentPlayer() const
    {
        const Flag *f = model()->flag(view()->currentIndex().row());
        return f ? f->playerId : QString();
    }
    void key(int keyCode, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(view(), Qt::Key(keyCode), modifiers);
    }
    // Presses an action key and waits until the page has its answer.
    void act(int keyCode, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QSignalSpy finished(m_page.get(), &FlagsPage::actionFinished);
        key(keyCode, modifiers);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).toBool());
    }
    int rowOfPlayer(const QString &player) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->flag(row)->playerId == player)
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("moderator/name"), QStringLiteral("tester"));
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_gameId = m_server->post(QStringLiteral("/admin/v1/games"), {{QStringLiteral("name"), QStringLiteral("Racer")}})
                       .json().value(QStringLiteral("id")).toString();
        const QJsonObject board{{QStringLiteral("name"), QStringLiteral("Main")}, {QStringLiteral("sortOrder"), QStringLiteral("desc")},
                                {QStringLiteral("operator"), QStringLiteral("best")}, {QStringLiteral("reset"), QStringLiteral("never")}};
        m_boardId = m_server->post(QStringLiteral("/admin/v1/games/%1/boards").arg(m_gameId), board).json().value(QStringLiteral("id")).toString();
        QJsonObject capped = board;
        capped.insert(QStringLiteral("name"), QStringLiteral("Capped"));
        capped.insert(QStringLiteral("maxPlausible"), 1000);
        m_cappedBoardId = m_server->post(QStringLiteral("/admin/v1/games/%1/boards").arg(m_gameId), capped).json().value(QStringLiteral("id")).toString();
        QVERIFY(!m_boardId.isEmpty() && !m_cappedBoardId.isEmpty());
        // Five velocity flags, "a" the oldest: the queue shows e, d, c, b, a.
        for (const QString &player : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")})
            raiseVelocityFlag(player);

        m_invoker = std::make_unique<CoreInvoker>(m_server->engine());
        m_navigator = std::make_unique<Navigator>();
        m_live = std::make_unique<LiveEvents>(m_server->engine());
        m_context = std::make_unique<ConsoleContext>(ConsoleContext{*m_invoker, *m_navigator, *m_live});
        m_page = std::make_unique<FlagsPage>(*m_context);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // It fits the main window's smallest sizes (the navigation takes ~200 px).
        QVERIFY2(m_page->minimumSizeHint().width() <= 880 && m_page->minimumSizeHint().height() <= 600,
                 qPrintable(QStringLiteral("%1x%2").arg(m_page->minimumSizeHint().width()).arg(m_page->minimumSizeHint().height())));
        m_page->resize(1400, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTRY_COMPARE(model()->rowCount(), 5);
        QCOMPARE(model()->data(model()->index(0, FlagsModel::Player)).toString(), QStringLiteral("e"));
        QCOMPARE(model()->data(model()->index(0, FlagsModel::Rule)).toString(), QStringLiteral("Velocity")); // the rule, as a moderator reads it
        QCOMPARE(model()->flag(0)->type, QStringLiteral("velocity"));
        QCOMPARE(model()->data(model()->index(0, FlagsModel::Value)).toString(), QStringLiteral("200"));
        QTRY_COMPARE(model()->data(model()->index(0, FlagsModel::Game)).toString(), QStringLiteral("Racer"));
        QTRY_COMPARE(m_page->openCount(), 5);
        view()->setFocus();
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_page.reset();
        m_live.reset();
        m_invoker.reset();
        m_server.reset();
    }

    void theDetailPaneShowsSubmissionHistoryAndEvidence()
    {
        QCOMPARE(currentPlayer(), QStringLiteral("e")); // the first row is current after loading
        FlagDetails *details = m_page->details();
        QTRY_COMPARE(details->flagId(), model()->flag(0)->id);
        QTRY_COMPARE(details->historyPoints(), 2);
        QVERIFY(details->findChild<QLabel *>(QStringLiteral("flagSubmission"))->text().contains(QStringLiteral("200")));
        const QString evidence = details->findChild<QPlainTextEdit *>(QStringLiteral("flagEvidence"))->toPlainText();
        QVERIFY2(evidence.contains(QStringLiteral("intervalSeconds")), qPrintable(evidence));
        // Every test player plays from 127.0.0.1: one cluster; the pane lists the others.
        QTRY_VERIFY(details->linkedAccounts().contains(QStringLiteral("e")));
        QCOMPARE(details->linkedAccounts().size(), 5);
        QCOMPARE(details->findChild<QListWidget *>(QStringLiteral("flagLinked"))->count(), 4);
        QSignalSpy ban(m_navigator.get(), &Navigator::banRequested);
        QSignalSpy open(m_navigator.get(), &Navigator::playerRequested);
        QTest::mouseClick(details->findChild<QPushButton *>(QStringLiteral("banPlayer")), Qt::LeftButton);
        QTest::mouseClick(details->findChild<QPushButton *>(QStringLiteral("openPlayer")), Qt::LeftButton);
        QCOMPARE(ban.size(), 1);
        QCOMPARE(ban.at(0).at(1).toString(), QStringLiteral("e"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), m_gameId);
        QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("ruleStats"))->text().contains(QStringLiteral("Velocity")));
        view()->setFocus();
    }

    void keyboardTriageResolvesAndAdvances()
    {
        QCOMPARE(boardScore(QStringLiteral("d")), 200.0);
        key(Qt::Key_J);
        QCOMPARE(currentPlayer(), QStringLiteral("d"));
        act(Qt::Key_C); // confirm cheat; the selection moves on at once
        QCOMPARE(currentPlayer(), QStringLiteral("c"));
        act(Qt::Key_F);
        QCOMPARE(currentPlayer(), QStringLiteral("b"));
        key(Qt::Key_K);
        key(Qt::Key_K);
        key(Qt::Key_K);
        QCOMPARE(currentPlayer(), QStringLiteral("e"));
        act(Qt::Key_D);
        QCOMPARE(currentPlayer(), QStringLiteral("b")); // d and c are resolved: the next pending row
        QCOMPARE(view()->selectionModel()->selectedRows().size(), 1);

        QCOMPARE(statusOf(QStringLiteral("d")), QStringLiteral("confirmed_cheat"));
        QCOMPARE(statusOf(QStringLiteral("c")), QStringLiteral("false_positive"));
        QCOMPARE(statusOf(QStringLiteral("e")), QStringLiteral("dismissed"));
        QCOMPARE(statusOf(QStringLiteral("b")), QStringLiteral("pending"));
        QCOMPARE(sql<QString>(QStringLiteral("SELECT resolved_by FROM flags WHERE player_id='d'")), QStringLiteral("tester@console"));
        QCOMPARE(boardScore(QStringLiteral("d")), 100.0); // the confirmed cheat left the board
        QCOMPARE(model()->flag(rowOfPlayer(QStringLiteral("d")))->status, QStringLiteral("confirmed_cheat"));
        QCOMPARE(model()->data(model()->index(rowOfPlayer(QStringLiteral("c")), FlagsModel::Status)).toString(),
                 QStringLiteral("False positive"));
        QTRY_COMPARE(m_page->openCount(), 2);
    }

    void undoReopensWithItsEffectsAndAnAuditEntry()
    {
        const int before = sql<int>(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action='flag.reopen'"));
        act(Qt::Key_Z, Qt::ControlModifier); // the dismissal of e
        QCOMPARE(statusOf(QStringLiteral("e")), QStringLiteral("pending"));
        QCOMPARE(currentPlayer(), QStringLiteral("e"));
        act(Qt::Key_Z, Qt::ControlModifier); // c
        QCOMPARE(statusOf(QStringLiteral("c")), QStringLiteral("pending"));
        QSignalSpy finished(m_page.get(), &FlagsPage::actionFinished);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("undo")), Qt::LeftButton); // d, the confirmed cheat
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(statusOf(QStringLiteral("d")), QStringLiteral("pending"));
        QVERIFY(sql<QVariant>(QStringLiteral("SELECT resolved_at FROM flags WHERE player_id='d'")).isNull());
        QCOMPARE(boardScore(QStringLiteral("d")), 200.0); // back on the board
        QVERIFY(sql<QVariant>(QStringLiteral("SELECT removed_at FROM submissions WHERE player_id='d' AND value=200")).isNull());
        QCOMPARE(sql<int>(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action='flag.reopen'")), before + 3);
        QCOMPARE(model()->flag(rowOfPlayer(QStringLiteral("d")))->status, QStringLiteral("pending"));
        QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("undo"))->isEnabled());
        QTRY_COMPARE(m_page->openCount(), 5);
        view()->setFocus();
    }

    void bulkActionAppliesToEverySelectedFlag()
    {
        const int rowB = rowOfPlayer(QStringLiteral("b")), rowA = rowOfPlayer(QStringLiteral("a"));
        view()->selectionModel()->clearSelection();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::NoModifier, view()->visualRect(model()->index(rowB, 1)).center());
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ControlModifier, view()->visualRect(model()->index(rowA, 1)).center());
        QCOMPARE(view()->selectionModel()->selectedRows().size(), 2);
        m_page->findChild<QLineEdit *>(QStringLiteral("flagNote"))->setText(QStringLiteral("same LAN party"));
        view()->setFocus();
        act(Qt::Key_F);
        QCOMPARE(statusOf(QStringLiteral("a")), QStringLiteral("false_positive"));
        QCOMPARE(statusOf(QStringLiteral("b")), QStringLiteral("false_positive"));
        QCOMPARE(sql<QString>(QStringLiteral("SELECT note FROM flags WHERE player_id='a'")), QStringLiteral("same LAN party"));
        QCOMPARE(statusOf(QStringLiteral("c")), QStringLiteral("pending"));
        QCOMPARE(currentPlayer(), QStringLiteral("c")); // a was the last row: back to the nearest pending one above
        // Undo takes back both.
        act(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(statusOf(QStringLiteral("a")), QStringLiteral("pending"));
        QCOMPARE(statusOf(QStringLiteral("b")), QStringLiteral("pending"));
    }

    void filtersByRuleAndFromTheNavigator()
    {
        const HttpResult rejected = score(QStringLiteral("erin"), 5000, m_cappedBoardId);
        QCOMPARE(rejected.status, 422);
        QTRY_COMPARE(model()->rowCount(), 6); // live: the new flag appears at the top
        auto *rule = m_page->findChild<QComboBox *>(QStringLiteral("filterRule"));
        rule->setCurrentIndex(rule->findData(QStringLiteral("impossible_value")));
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->flag(0)->playerId, QStringLiteral("erin"));
        QCOMPARE(model()->flag(0)->type, QStringLiteral("impossible_value"));

        emit m_navigator->flagsRequested(FlagsFilterRequest{m_gameId, QStringLiteral("velocity"), QString()});
        QTRY_COMPARE(model()->rowCount(), 5);
        QCOMPARE(rule->currentData().toString(), QStringLiteral("velocity"));
        QCOMPARE(m_page->findChild<QComboBox *>(QStringLiteral("filterGame"))->currentData().toString(), m_gameId);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->flag(row)->type, QStringLiteral("velocity"));

        auto *player = m_page->findChild<QLineEdit *>(QStringLiteral("filterPlayer"));
        QTest::keyClicks(player, QStringLiteral("c"));
        QTest::keyClick(player, Qt::Key_Return);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->flag(0)->playerId, QStringLiteral("c"));
        player->clear();
        emit m_navigator->flagsRequested(FlagsFilterRequest{});
        QTRY_COMPARE(model()->rowCount(), 6);
    }

    void newFlagsArriveLiveWithoutLosingTheSelection()
    {
        view()->setFocus();
        const int row = rowOfPlayer(QStringLiteral("c"));
        view()->selectionModel()->setCurrentIndex(model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        raiseVelocityFlag(QStringLiteral("f"));
        QTRY_COMPARE(model()->rowCount(), 7);
        QCOMPARE(model()->flag(0)->playerId, QStringLiteral("f"));
        QCOMPARE(currentPlayer(), QStringLiteral("c"));
        QCOMPARE(view()->selectionModel()->selectedRows().size(), 1);
        QTRY_COMPARE(m_page->openCount(), 7);
    }

    void pagesAreFetchedWhenScrolling()
    {
        // 250 more flags, inserted the way the engine stores them.
        const qint64 base = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        QVERIFY(m_server->engine().writer()->runSync([&](QSqlDatabase &db) -> Status {
            for (int i = 0; i < 250; ++i) {
                Flag f;
                f.id = newObjectId(base + i);
                f.gameId = m_gameId;
                f.boardId = m_boardId;
                f.playerId = QStringLiteral("bulk%1").arg(i);
                f.type = QStringLiteral("outlier");
                f.confidence = QStringLiteral("low");
                f.action = QStringLiteral("flagged");
                f.details = QJsonObject{{QStringLiteral("value"), i}};
                f.createdAtMs = base + i;
                if (Status s = ScoreRepository::insertFlag(db, f); !s)
                    return s;
            }
            return success();
        }).ok());
        // The model alone (no view, and no tester: QAbstractItemModelTester calls fetchMore itself):
        // one page of 100 per fetchMore, never the whole queue.
        FlagsModel paged(*m_invoker);
        paged.setFilter(FlagFilter{QString(), QString(), QStringLiteral("pending")});
        QTRY_VERIFY(paged.hasLoaded());
        QCOMPARE(paged.rowCount(), 100);
        QVERIFY(paged.canFetchMore({}));
        paged.fetchMore({});
        QTRY_COMPARE(paged.rowCount(), 200);
        paged.fetchMore({});
        QTRY_COMPARE(paged.rowCount(), 257);
        QVERIFY(!paged.canFetchMore({}));
        QCOMPARE(paged.flag(256)->playerId, QStringLiteral("bulk0"));

        // On the page: scrolling down fetches the rest.
        emit m_navigator->flagsRequested(FlagsFilterRequest{});
        QTRY_VERIFY(model()->rowCount() >= 100);
        QTRY_VERIFY((view()->scrollToBottom(), model()->rowCount() == 257));
        QVERIFY(!model()->canFetchMore({}));
        QCOMPARE(model()->flag(256)->playerId, QStringLiteral("bulk0"));
        // The open count is the database's.
        ScoreEvents *events = m_server->engine().scoreEvents();
        const QString id = model()->flag(0)->id;
        QMetaObject::invokeMethod(events, [events, id] { events->flag(id); }); // as the engine announces a flag
        QTRY_COMPARE(m_page->openCount(), sql<qint64>(QStringLiteral("SELECT COUNT(*) FROM flags WHERE status='pending'")));
        QCOMPARE(m_page->openCount(), 257);
    }

    void anEmptyQueueSaysAllClear()
    {
        const QString other = m_server->post(QStringLiteral("/admin/v1/games"), {{QStringLiteral("name"), QStringLiteral("Quiet")}})
                                  .json().value(QStringLiteral("id")).toString();
        emit m_navigator->flagsRequested(FlagsFilterRequest{other, QString(), QString()});
        auto *empty = m_page->findChild<QLabel *>(QStringLiteral("flagsEmpty"));
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No flags to review — all clear"));
        QCOMPARE(model()->rowCount(), 0);
        emit m_navigator->flagsRequested(FlagsFilterRequest{});
        QTRY_VERIFY(!empty->isVisible());
    }
};

QTEST_MAIN(TestFlagsPage)
#include "tst_flagspage.moc"
