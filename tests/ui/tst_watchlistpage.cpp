// WatchlistPage on a real Engine: players put on the watchlist by real alerts over HTTP, the
// stage and game filters, the navigator request, the timeline with its causes, the live
// countdown and updates, and the actions (open player, ban…, mark trusted checked on the core).

#include "watchtestdata.h"

#include "enforcement/enforcementstate.h"
#include "enforcement/watchservice.h"
#include "models/watchlistmodel.h"
#include "models/watchtimelinemodel.h"
#include "pages/watchlistpage.h"
#include "scores/scoreservice.h"
#include "storage/statsqueries.h"
#include "storage/writer.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace arbiter;
using namespace arbiter::test;
using namespace arbiter::ui;

class TestWatchlistPage final : public QObject {
    Q_OBJECT

private:
    WatchTestData m_env;
    std::unique_ptr<WatchlistPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_listTester;
    std::unique_ptr<QAbstractItemModelTester> m_timelineTester;
    QString m_space;  // game 1
    QString m_racing; // game 2

    template <class T> T *child(const QString &name) const
    {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qWarning() << "no child" << name;
        return w;
    }
    bool refreshNow()
    {
        // Reads are serialized: once none is running or due, the last one began after every change.
        QSignalSpy spy(m_page.get(), &WatchlistPage::refreshed);
        m_page->refreshNow();
        do {
            if (!spy.wait(5000))
                return false;
        } while (m_page->isRefreshing());
        return true;
    }
    QStringList column(int column) const
    {
        QStringList values;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            values << m_page->model()->index(row, column).data().toString();
        return values;
    }
    QStringList players() const { return column(WatchlistModel::Player); }
    void select(const QString &player)
    {
        const int row = column(WatchlistModel::Player).indexOf(player);
        QVERIFY2(row >= 0, qPrintable(player));
        auto *view = child<QTableView>(QStringLiteral("watchlistView"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(m_page->model()->index(row, 0)).center());
        QCOMPARE(view->selectionModel()->selectedRows().value(0).row(), row);
    }
    void alerts(const QString &game, const QString &player, const QStringList &reasons)
    {
        for (const QString &reason : reasons)
            QCOMPARE(m_env.alert(game, player, reason), 202);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.start());
        m_space = m_env.createGame(QStringLiteral("Space Race"));
        m_racing = m_env.createGame(QStringLiteral("Kart Racing"));
        QVERIFY(!m_space.isEmpty() && !m_racing.isEmpty());
        m_page = std::make_unique<WatchlistPage>(*m_env.context);
        m_listTester = std::make_unique<QAbstractItemModelTester>(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_timelineTester = std::make_unique<QAbstractItemModelTester>(m_page->timeline(),
                                                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_page->minimumSizeHint().width() < 700); // fits the main window next to the navigation
        m_page->resize(1300, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }
    void cleanupTestCase()
    {
        m_listTester.reset();
        m_timelineTester.reset();
        m_page.reset();
        m_env.stop();
    }

    void emptyStateSaysWhatHappensNext()
    {
        QVERIFY(refreshNow());
        QCOMPARE(m_page->model()->rowCount(), 0);
        auto *empty = child<QLabel>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Nobody is on the watchlist")));
        QVERIFY(!child<QTableView>(QStringLiteral("watchlistView"))->isVisible());
        QVERIFY(!child<QPushButton>(QStringLiteral("markTrusted"))->isEnabled());
    }

    void alertsPutPlayersOnTheWatchlistByStage()
    {
        // detection.md §3: the 3rd alert of a streak → little; each later alert within 30 min → one step up.
        alerts(m_space, QStringLiteral("lil"), {QStringLiteral("speed"), QStringLiteral("speed"), QStringLiteral("aimbot")});
        alerts(m_space, QStringLiteral("shorty"), {QStringLiteral("speed"), QStringLiteral("wallhack"), QStringLiteral("speed"), QStringLiteral("speed")});
        alerts(m_space, QStringLiteral("biggie"), QStringList(5, QStringLiteral("aimbot")));
        alerts(m_space, QStringLiteral("twice"), {QStringLiteral("speed"), QStringLiteral("speed")}); // not yet on the list
        alerts(m_racing, QStringLiteral("kart"), {QStringLiteral("teleport"), QStringLiteral("teleport"), QStringLiteral("teleport")});

        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 4, 3000); // live: alerts refresh the page
        QVERIFY(refreshNow());
        // Highest stage first.
        QCOMPARE(players().first(), QStringLiteral("biggie"));
        QCOMPARE(players().at(1), QStringLiteral("shorty"));
        QVERIFY(!players().contains(QStringLiteral("twice")));
        const WatchlistModel *model = m_page->model();
        const auto stageOf = [&](const QString &player) {
            return model->index(players().indexOf(player), WatchlistModel::Stage).data(WatchlistModel::StageRole).toString();
        };
        QCOMPARE(stageOf(QStringLiteral("lil")), QStringLiteral("little"));
        QCOMPARE(stageOf(QStringLiteral("shorty")), QStringLiteral("short"));
        QCOMPARE(stageOf(QStringLiteral("biggie")), QStringLiteral("big"));
        QCOMPARE(stageOf(QStringLiteral("kart")), QStringLiteral("little"));
        const int shorty = players().indexOf(QStringLiteral("shorty"));
        QCOMPARE(model->index(shorty, WatchlistModel::Stage).data().toString(), QStringLiteral("Short eye"));
        QCOMPARE(model->index(shorty, WatchlistModel::Alerts).data().toInt(), 4);
        QCOMPARE(model->index(shorty, WatchlistModel::Game).data().toString(), QStringLiteral("Space Race"));
        QCOMPARE(model->index(shorty, WatchlistModel::LastCause).data().toString(), QStringLiteral("alert 0 s after the previous"));
        QVERIFY(!model->index(shorty, WatchlistModel::Since).data().toString().isEmpty());
        // 90 quiet minutes from now (the manual clock has not moved).
        QCOMPARE(model->index(shorty, WatchlistModel::TimeLeft).data().toString(), QStringLiteral("1:30:00"));
        QVERIFY(child<QTableView>(QStringLiteral("watchlistView"))->isVisible());
        QVERIFY(!child<QLabel>(QStringLiteral("emptyState"))->isVisible());
    }

    void stageFilterAndGamePicker()
    {
        auto *stage = child<QComboBox>(QStringLiteral("stageFilter"));
        QSignalSpy refreshed(m_page.get(), &WatchlistPage::refreshed);
        stage->setFocus();
        stage->setCurrentIndex(stage->findData(QStringLiteral("little")));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_page->stage(), QStringLiteral("little"));
        QStringList little = players();
        little.sort();
        QCOMPARE(little, QStringList({QStringLiteral("kart"), QStringLiteral("lil")}));

        auto *games = child<QComboBox>(QStringLiteral("gamePicker"));
        QTRY_COMPARE(games->count(), 3); // All games + 2
        games->setCurrentIndex(games->findData(m_space));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(players(), QStringList({QStringLiteral("lil")}));

        stage->setCurrentIndex(0); // all stages
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(players(), QStringList({QStringLiteral("biggie"), QStringLiteral("shorty"), QStringLiteral("lil")}));
    }

    void navigatorRequestAppliesTheFilter()
    {
        QSignalSpy refreshed(m_page.get(), &WatchlistPage::refreshed);
        emit m_env.navigator->watchlistRequested(m_racing, QStringLiteral("little"));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_page->gameId(), m_racing);
        QCOMPARE(child<QComboBox>(QStringLiteral("gamePicker"))->currentData().toString(), m_racing);
        QCOMPARE(child<QComboBox>(QStringLiteral("stageFilter"))->currentData().toString(), QStringLiteral("little"));
        QCOMPARE(players(), QStringList({QStringLiteral("kart")}));

        emit m_env.navigator->watchlistRequested(QString(), QStringLiteral("big"));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(players(), QStringList({QStringLiteral("biggie")}));

        emit m_env.navigator->watchlistRequested(QString(), QString());
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_page->model()->rowCount(), 4);
    }

    void timelineListsTransitionsAndAlertsWithCauses()
    {
        QSignalSpy loaded(m_page.get(), &WatchlistPage::timelineLoaded);
        select(QStringLiteral("shorty"));
        QVERIFY(loaded.wait(5000));
        const WatchTimelineModel *timeline = m_page->timeline();
        QCOMPARE(timeline->rowCount(), 6); // 4 alerts, none → little, little → short
        QStringList events, causes;
        for (int row = 0; row < timeline->rowCount(); ++row) {
            events << timeline->index(row, WatchTimelineModel::Event).data().toString();
            causes << timeline->index(row, WatchTimelineModel::Cause).data().toString();
        }
        QVERIFY2(events.contains(QStringLiteral("Little eye → Short eye")), qPrintable(events.join(QLatin1Char('|'))));
        QVERIFY(events.contains(QStringLiteral("Off watchlist → Little eye")));
        QCOMPARE(events.count(QStringLiteral("Alert (client)")), 4);
        QVERIFY(causes.contains(QStringLiteral("3 alerts in streak")));
        QVERIFY(causes.contains(QStringLiteral("alert 0 s after the previous"))); // little → short
        QVERIFY(causes.contains(QStringLiteral("wallhack")));
        QCOMPARE(causes.count(QStringLiteral("speed")), 3);
        // Newest first: the last transition is on top of the alert that caused it.
        QCOMPARE(events.first(), QStringLiteral("Little eye → Short eye"));
        QVERIFY(child<QLabel>(QStringLiteral("timelineTitle"))->text().contains(QStringLiteral("shorty")));

    }

    void actionsGoThroughTheNavigator()
    {
        select(QStringLiteral("biggie"));
        QSignalSpy open(m_env.navigator.get(), &Navigator::playerRequested);
        QSignalSpy ban(m_env.navigator.get(), &Navigator::banRequested);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("openPlayer")), Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().value(0).toString(), m_space);
        QCOMPARE(open.first().value(1).toString(), QStringLiteral("biggie"));
        auto *view = child<QTableView>(QStringLiteral("watchlistView"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(ban.size(), 1);
        QCOMPARE(ban.first().value(1).toString(), QStringLiteral("biggie"));
        QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(open.size(), 2);
    }

    void markTrustedSetsTierA()
    {
        const auto tierOf = [this](const QString &player) {
            return m_env.onCore([this, player](Engine &e) {
                const Player *p = e.enforcement()->players.find(m_space, player);
                return p ? p->tier + (p->tierSetByModerator ? QStringLiteral("/moderator") : QString()) : QString();
            });
        };
        QCOMPARE(tierOf(QStringLiteral("lil")), QStringLiteral("C"));
        select(QStringLiteral("lil"));
        QSignalSpy marked(m_page.get(), &WatchlistPage::trustMarked);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("markTrusted")), Qt::LeftButton);
        QVERIFY(marked.wait(5000));
        QCOMPARE(marked.first().value(0).toBool(), true);
        QCOMPARE(tierOf(QStringLiteral("lil")), QStringLiteral("A/moderator"));
        QCOMPARE(m_env.onCore([this](Engine &e) { return int(e.scores()->effectiveTier(m_space, QStringLiteral("lil"))); }),
                 int(TrustTier::A));
        QVERIFY(child<QLabel>(QStringLiteral("watchStatus"))->text().contains(QStringLiteral("lil")));
        // Audited under the console's moderator.
        QString audited;
        QVERIFY(m_env.engine().writer()->runSync([&](QSqlDatabase &db) -> Status {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT actor, subject FROM audit WHERE action = 'player.tier' ORDER BY seq DESC LIMIT 1")))
                return Error::unavailable(QStringLiteral("audit"));
            if (q.next())
                audited = q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
            return success();
        }).ok());
        QVERIFY2(audited.startsWith(QStringLiteral("tester")) && audited.endsWith(QStringLiteral("/lil")), qPrintable(audited));
        // The keyboard does the same for another player.
        select(QStringLiteral("shorty"));
        QTest::keyClick(child<QTableView>(QStringLiteral("watchlistView")), Qt::Key_T, Qt::ControlModifier);
        QVERIFY(marked.wait(5000));
        QCOMPARE(tierOf(QStringLiteral("shorty")), QStringLiteral("A/moderator"));
    }

    void liveAlertAddsAPlayerQuickly()
    {
        select(QStringLiteral("biggie"));
        QElapsedTimer elapsed;
        QCOMPARE(m_env.alert(m_space, QStringLiteral("twice"), QStringLiteral("speed")), 202); // 3rd alert → little
        elapsed.start();
        QTRY_VERIFY_WITH_TIMEOUT(players().contains(QStringLiteral("twice")), 3000);
        qInfo() << "alert → visible on the watchlist after the HTTP answer:" << elapsed.elapsed() << "ms";
        QCOMPARE(m_page->model()->rowCount(), 5);
        const auto cell = [this](const QString &player, int column) {
            return m_page->model()->index(players().indexOf(player), column).data().toString();
        };
        QCOMPARE(cell(QStringLiteral("twice"), WatchlistModel::LastCause), QStringLiteral("3 alerts in streak"));
        QCOMPARE(cell(QStringLiteral("shorty"), WatchlistModel::LastCause), QStringLiteral("alert 0 s after the previous")); // kept
        // An escalation re-reads the cause of that row.
        QCOMPARE(m_env.alert(m_space, QStringLiteral("lil"), QStringLiteral("aimbot")), 202);
        QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("lil"), WatchlistModel::Stage), QStringLiteral("Short eye"), 3000);
        QCOMPARE(cell(QStringLiteral("lil"), WatchlistModel::LastCause), QStringLiteral("alert 0 s after the previous"));
        // The selection survives the refresh.
        auto *view = child<QTableView>(QStringLiteral("watchlistView"));
        QCOMPARE(m_page->model()->index(view->selectionModel()->selectedRows().value(0).row(), 0).data().toString(),
                 QStringLiteral("biggie"));
    }

    void countdownMovesWithTheClock()
    {
        const int row = players().indexOf(QStringLiteral("biggie"));
        m_env.clock->advanceMs(10 * 60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->index(row, WatchlistModel::TimeLeft).data().toString(),
                                  QStringLiteral("1:20:00"), 3000);
        m_env.clock->advanceMs(79 * 60 * 1000 + 55 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->index(row, WatchlistModel::TimeLeft).data().toString(),
                                  QStringLiteral("0:05"), 3000);
    }

    void stageHistoryChartHasTheCounts()
    {
        QVERIFY(refreshNow());
        auto *view = child<QChartView>(QStringLiteral("stageHistoryChart"));
        QVERIFY(view);
        const QList<QAbstractSeries *> series = view->chart()->series();
        QCOMPARE(series.size(), 3);
        auto *little = qobject_cast<QLineSeries *>(series[0]);
        auto *big = qobject_cast<QLineSeries *>(series[2]);
        QVERIFY(little && big);
        QVERIFY(little->count() >= 24);
        QCOMPARE(little->points().last().y(), 2.0); // kart, twice
        QCOMPARE(qobject_cast<QLineSeries *>(series[1])->points().last().y(), 2.0); // shorty, lil
        QCOMPARE(big->points().last().y(), 1.0);
        QCOMPARE(little->points().first().y(), 0.0); // 24 h ago nobody was on the list
    }

    void quietPlayersLeaveTheWatchlist()
    {
        m_env.clock->advanceMs(60 * 1000); // past every streak's 90 quiet minutes
        QMetaObject::invokeMethod(m_env.engine().watch(), "expireDue", Qt::BlockingQueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, 3000);
        QVERIFY(child<QLabel>(QStringLiteral("emptyState"))->isVisible());
    }

    void stageCountsRebuildBackwards()
    {
        // Pure core function under the chart: counts now, walked back through the transitions.
        StageCounts now;
        now.little = 1;
        now.big = 1;
        const QList<TransitionRecord> transitions = {
            {QStringLiteral("g"), QStringLiteral("a"), 1500, QStringLiteral("none"), QStringLiteral("little"), QString()},
            {QStringLiteral("g"), QStringLiteral("b"), 2500, QStringLiteral("none"), QStringLiteral("little"), QString()},
            {QStringLiteral("g"), QStringLiteral("b"), 3500, QStringLiteral("little"), QStringLiteral("big"), QString()},
        };
        const QList<StageSample> samples = stageCountsOverTime(now, transitions, 1000, 1000, 4000);
        QCOMPARE(samples.size(), 4); // 1000, 2000, 3000, 4000
        QCOMPARE(samples[0].counts.total(), 0);
        QCOMPARE(samples[1].counts.little, 1);
        QCOMPARE(samples[2].counts.little, 2);
        QCOMPARE(samples[3].counts.little, 1);
        QCOMPARE(samples[3].counts.big, 1);
        QCOMPARE(WatchlistModel::timeLeft(5400001), QStringLiteral("1:30:00"));
        QCOMPARE(WatchlistModel::timeLeft(0), QStringLiteral("—"));
    }
};

QTEST_MAIN(TestWatchlistPage)
#include "tst_watchlistpage.moc"
