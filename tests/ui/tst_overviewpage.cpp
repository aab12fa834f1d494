// OverviewPage on a real Engine: tiles and charts from real submissions, flags, alerts and bans
// made over HTTP; tiles open the filtered page through the navigator (mouse and keyboard); the
// game picker narrows every number; a score batch moves the numbers live.

#include "watchtestdata.h"

#include "pages/overviewpage.h"
#include "rulenames.h"
#include "storage/statsqueries.h"
#include "storage/writer.h"
#include "widgets/stattile.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineSeries>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace arbiter;
using namespace arbiter::test;
using namespace arbiter::ui;

class TestOverviewPage final : public QObject {
    Q_OBJECT

private:
    WatchTestData m_env;
    std::unique_ptr<OverviewPage> m_page;
    QString m_space;
    QString m_racing;
    QString m_board;
    QHash<QString, int> m_submitted; // engine's answer → count

    StatTile *tile(const QString &name) const
    {
        auto *t = m_page->findChild<StatTile *>(name);
        if (!t)
            qWarning() << "no tile" << name;
        return t;
    }
    QChart *chart(const QString &name) const
    {
        auto *view = m_page->findChild<QChartView *>(name);
        return view ? view->chart() : nullptr;
    }
    bool refreshNow()
    {
        // Reads are serialized: once none is running or due, the last one began after every change.
        QSignalSpy spy(m_page.get(), &OverviewPage::refreshed);
        m_page->refreshNow();
        do {
            if (!spy.wait(5000))
                return false;
        } while (m_page->isRefreshing());
        return true;
    }
    // Scores through the real pipeline; what the engine answered (accepted / flagged / rejected)
    // is counted here, so the expectations follow the detection rules instead of guessing them.
    void score(const QString &player, double value)
    {
        const HttpResult r = m_env.score(m_space, m_board, player, value);
        QVERIFY2(r.status == 201 || r.status == 422, r.body.constData());
        const QString status = r.status == 422 ? QStringLiteral("rejected") : r.json().value(QStringLiteral("status")).toString();
        QVERIFY2(!status.isEmpty(), r.body.constData());
        ++m_submitted[status];
    }
    // The review queue as the REST API lists it.
    QJsonArray pendingFlags(const QString &game = QString())
    {
        QString path = QStringLiteral("/admin/v1/flags?status=pending&limit=1000");
        if (!game.isEmpty())
            path += QStringLiteral("&gameId=") + game;
        const HttpResult r = m_env.server->get(path);
        if (r.status != 200)
            qWarning() << r.body;
        return r.json().value(QStringLiteral("items")).toArray();
    }
    QString openFlags(const QString &game = QString()) { return QString::number(pendingFlags(game).size()); }
    void alerts(const QString &game, const QString &player, int count, const QString &reason = QStringLiteral("speed"))
    {
        for (int i = 0; i < count; ++i)
            QCOMPARE(m_env.alert(game, player, reason), 202);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_env.start());
        m_space = m_env.createGame(QStringLiteral("Space Race"));
        m_racing = m_env.createGame(QStringLiteral("Kart Racing"));
        m_board = m_env.createBoard(m_space, {{QStringLiteral("maxPlausible"), 1000}});
        QVERIFY(!m_board.isEmpty());
        m_page = std::make_unique<OverviewPage>(*m_env.context);
        QVERIFY(m_page->minimumSizeHint().width() < 700); // fits the main window next to the navigation
        m_page->resize(1300, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }
    void cleanupTestCase()
    {
        m_page.reset();
        m_env.stop();
    }

    void startsAtZero()
    {
        QVERIFY(refreshNow());
        for (const QString &name : {QStringLiteral("tileSubmissions"), QStringLiteral("tileOpenFlags"), QStringLiteral("tileLittle"),
                                    QStringLiteral("tileShort"), QStringLiteral("tileBig"), QStringLiteral("tileBansToday")})
            QCOMPARE(tile(name)->value(), QStringLiteral("0"));
    }

    void tilesShowRealNumbers()
    {
        score(QStringLiteral("s1"), 100);
        score(QStringLiteral("s2"), 200);
        score(QStringLiteral("s3"), 5000); // impossible value: rejected, flagged
        QCOMPARE(m_submitted.value(QStringLiteral("rejected")), 1);
        alerts(m_space, QStringLiteral("lil"), 3);   // little
        alerts(m_space, QStringLiteral("shorty"), 4); // short
        alerts(m_space, QStringLiteral("biggie"), 5); // big
        alerts(m_racing, QStringLiteral("kart"), 3); // little, other game
        QCOMPARE(m_env.ban(m_racing, QStringLiteral("cheater")), 201);

        QVERIFY(refreshNow());
        QCOMPARE(tile(QStringLiteral("tileSubmissions"))->value(), QStringLiteral("3"));
        QVERIFY(pendingFlags().size() >= 1); // at least the impossible value
        QCOMPARE(tile(QStringLiteral("tileOpenFlags"))->value(), openFlags());
        QCOMPARE(tile(QStringLiteral("tileLittle"))->value(), QStringLiteral("2"));
        QCOMPARE(tile(QStringLiteral("tileShort"))->value(), QStringLiteral("1"));
        QCOMPARE(tile(QStringLiteral("tileBig"))->value(), QStringLiteral("1"));
        QCOMPARE(tile(QStringLiteral("tileBansToday"))->value(), QStringLiteral("1"));
    }

    void chartsHaveSeriesWithPoints()
    {
        QChart *submissions = chart(QStringLiteral("submissionsChart"));
        QVERIFY(submissions);
        QCOMPARE(submissions->series().size(), 3);
        auto *accepted = qobject_cast<QLineSeries *>(submissions->series()[0]);
        auto *rejected = qobject_cast<QLineSeries *>(submissions->series()[2]);
        QVERIFY(accepted && rejected);
        QCOMPARE(accepted->count(), 60); // one point a minute over the last hour
        auto *flagged = qobject_cast<QLineSeries *>(submissions->series()[1]);
        QCOMPARE(accepted->points().last().y(), qreal(m_submitted.value(QStringLiteral("accepted"))));
        QCOMPARE(flagged->points().last().y(), qreal(m_submitted.value(QStringLiteral("flagged"))));
        QCOMPARE(rejected->points().last().y(), 1.0);
        QCOMPARE(accepted->points().first().y(), 0.0);

        auto *flagTypes = qobject_cast<QBarSeries *>(chart(QStringLiteral("flagTypesChart"))->series().value(0));
        QVERIFY(flagTypes);
        auto *typeAxis = qobject_cast<QBarCategoryAxis *>(chart(QStringLiteral("flagTypesChart"))->axes(Qt::Horizontal).value(0));
        QVERIFY(typeAxis);
        QMap<QString, int> expected; // the rule as shown → open flags, from the REST API
        for (const QJsonValue &flag : pendingFlags())
            ++expected[ruleLabel(flag[QStringLiteral("type")].toString())];
        QVERIFY(expected.contains(QStringLiteral("Impossible value")));
        QStringList categories = typeAxis->categories();
        QCOMPARE(categories.size(), expected.size());
        for (int i = 0; i < categories.size(); ++i)
            QCOMPARE(flagTypes->barSets().value(0)->at(i), qreal(expected.value(categories[i], -1)));

        auto *stages = qobject_cast<QBarSeries *>(chart(QStringLiteral("stagesChart"))->series().value(0));
        QVERIFY(stages);
        QBarSet *players = stages->barSets().value(0);
        QCOMPARE(players->count(), 3);
        QCOMPARE(players->at(0), 2.0);
        QCOMPARE(players->at(1), 1.0);
        QCOMPARE(players->at(2), 1.0);

        auto *bans = qobject_cast<QBarSeries *>(chart(QStringLiteral("bansChart"))->series().value(0));
        QVERIFY(bans);
        QBarSet *perDay = bans->barSets().value(0);
        QCOMPARE(perDay->count(), 30);
        QCOMPARE(perDay->at(29), 1.0); // today
        QCOMPARE(perDay->sum(), 1.0);
    }

    void tilesOpenTheFilteredPage()
    {
        QSignalSpy flags(m_env.navigator.get(), &Navigator::flagsRequested);
        QSignalSpy watchlist(m_env.navigator.get(), &Navigator::watchlistRequested);
        QSignalSpy bans(m_env.navigator.get(), &Navigator::bansRequested);

        QTest::mouseClick(tile(QStringLiteral("tileOpenFlags")), Qt::LeftButton);
        QCOMPARE(flags.size(), 1);
        const auto filter = flags.first().value(0).value<FlagsFilterRequest>();
        QVERIFY(filter.gameId.isEmpty() && filter.rule.isEmpty() && filter.status.isEmpty());

        QTest::mouseClick(tile(QStringLiteral("tileShort")), Qt::LeftButton);
        QCOMPARE(watchlist.size(), 1);
        QCOMPARE(watchlist.last().value(0).toString(), QString());
        QCOMPARE(watchlist.last().value(1).toString(), QStringLiteral("short"));

        // Keyboard: a tile takes focus and opens on Enter or Space.
        StatTile *big = tile(QStringLiteral("tileBig"));
        big->setFocus();
        QVERIFY(big->hasFocus());
        QTest::keyClick(big, Qt::Key_Return);
        QCOMPARE(watchlist.size(), 2);
        QCOMPARE(watchlist.last().value(1).toString(), QStringLiteral("big"));
        StatTile *little = tile(QStringLiteral("tileLittle"));
        little->setFocus();
        QTest::keyClick(little, Qt::Key_Space);
        QCOMPARE(watchlist.last().value(1).toString(), QStringLiteral("little"));

        QTest::mouseClick(tile(QStringLiteral("tileBansToday")), Qt::LeftButton);
        QCOMPARE(bans.size(), 1);
        QCOMPARE(bans.first().value(0).toString(), QString());
    }

    void gamePickerNarrowsEveryNumber()
    {
        auto *games = m_page->findChild<QComboBox *>(QStringLiteral("gamePicker"));
        QVERIFY(games);
        QTRY_COMPARE(games->count(), 3);
        QSignalSpy refreshed(m_page.get(), &OverviewPage::refreshed);
        games->setCurrentIndex(games->findData(m_racing));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(m_page->gameId(), m_racing);
        QCOMPARE(tile(QStringLiteral("tileSubmissions"))->value(), QStringLiteral("0"));
        QCOMPARE(tile(QStringLiteral("tileOpenFlags"))->value(), QStringLiteral("0"));
        QCOMPARE(openFlags(m_racing), QStringLiteral("0"));
        QCOMPARE(tile(QStringLiteral("tileLittle"))->value(), QStringLiteral("1"));
        QCOMPARE(tile(QStringLiteral("tileBig"))->value(), QStringLiteral("0"));
        QCOMPARE(tile(QStringLiteral("tileBansToday"))->value(), QStringLiteral("1"));

        QSignalSpy watchlist(m_env.navigator.get(), &Navigator::watchlistRequested);
        QSignalSpy bans(m_env.navigator.get(), &Navigator::bansRequested);
        QSignalSpy flags(m_env.navigator.get(), &Navigator::flagsRequested);
        QTest::mouseClick(tile(QStringLiteral("tileLittle")), Qt::LeftButton);
        QCOMPARE(watchlist.last().value(0).toString(), m_racing);
        QTest::mouseClick(tile(QStringLiteral("tileBansToday")), Qt::LeftButton);
        QCOMPARE(bans.last().value(0).toString(), m_racing);
        QTest::mouseClick(tile(QStringLiteral("tileOpenFlags")), Qt::LeftButton);
        QCOMPARE(flags.last().value(0).value<FlagsFilterRequest>().gameId, m_racing);

        games->setCurrentIndex(games->findData(m_space));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(tile(QStringLiteral("tileSubmissions"))->value(), QStringLiteral("3"));
        QCOMPARE(tile(QStringLiteral("tileOpenFlags"))->value(), openFlags(m_space));
        QCOMPARE(tile(QStringLiteral("tileLittle"))->value(), QStringLiteral("1"));
        QCOMPARE(tile(QStringLiteral("tileBansToday"))->value(), QStringLiteral("0"));

        games->setCurrentIndex(0); // all games
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(tile(QStringLiteral("tileLittle"))->value(), QStringLiteral("2"));
    }

    void submissionsMoveLive()
    {
        QElapsedTimer elapsed;
        score(QStringLiteral("s4"), 50); // a plausible low score: accepted or flagged, never rejected
        QCOMPARE(m_submitted.value(QStringLiteral("rejected")), 1);
        elapsed.start();
        QTRY_COMPARE_WITH_TIMEOUT(tile(QStringLiteral("tileSubmissions"))->value(), QStringLiteral("4"), 2000);
        qInfo() << "submission → Overview tile after the HTTP answer:" << elapsed.elapsed() << "ms";
        auto *accepted = qobject_cast<QLineSeries *>(chart(QStringLiteral("submissionsChart"))->series()[0]);
        auto *flagged = qobject_cast<QLineSeries *>(chart(QStringLiteral("submissionsChart"))->series()[1]);
        QTRY_COMPARE_WITH_TIMEOUT(accepted->points().last().y() + flagged->points().last().y(), 3.0, 2000);

        // A new flag (a rejected impossible value) reaches the open-flags tile live.
        const QString before = tile(QStringLiteral("tileOpenFlags"))->value();
        score(QStringLiteral("s5"), 9999);
        QCOMPARE(m_submitted.value(QStringLiteral("rejected")), 2);
        QCOMPARE(openFlags(), QString::number(before.toInt() + 1));
        QTRY_COMPARE_WITH_TIMEOUT(tile(QStringLiteral("tileOpenFlags"))->value(), openFlags(), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(tile(QStringLiteral("tileSubmissions"))->value(), QStringLiteral("5"), 2000);

        // A new ban reaches the tile through the coalesced refresh.
        QCOMPARE(m_env.ban(m_space, QStringLiteral("another")), 201);
        QTRY_COMPARE_WITH_TIMEOUT(tile(QStringLiteral("tileBansToday"))->value(), QStringLiteral("2"), 2000);
    }

    void timeBasedTileFallsWithTheClock()
    {
        m_env.clock->advanceMs(2 * 60 * 1000); // nothing in the last minute any more
        QVERIFY(refreshNow());
        QCOMPARE(tile(QStringLiteral("tileSubmissions"))->value(), QStringLiteral("0"));
        auto *accepted = qobject_cast<QLineSeries *>(chart(QStringLiteral("submissionsChart"))->series()[0]);
        QCOMPARE(accepted->count(), 60);
        QCOMPARE(accepted->points().last().y(), 0.0);
        auto *flagged = qobject_cast<QLineSeries *>(chart(QStringLiteral("submissionsChart"))->series()[1]);
        auto *rejected = qobject_cast<QLineSeries *>(chart(QStringLiteral("submissionsChart"))->series()[2]);
        // Two minutes back: all five.
        QCOMPARE(accepted->points().at(57).y() + flagged->points().at(57).y() + rejected->points().at(57).y(), 5.0);
    }

    void chartsFollowThePalette()
    {
        const QPalette light = m_page->palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(40, 40, 40));
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::WindowText, QColor(235, 235, 235));
        dark.setColor(QPalette::Text, QColor(235, 235, 235));
        m_page->setPalette(dark);
        for (const QString &name : {QStringLiteral("submissionsChart"), QStringLiteral("flagTypesChart"),
                                    QStringLiteral("stagesChart"), QStringLiteral("bansChart")}) {
            QChart *c = chart(name);
            QCOMPARE(c->backgroundBrush().color(), QColor(30, 30, 30));
            QCOMPARE(c->titleBrush().color(), QColor(235, 235, 235));
            for (QAbstractAxis *axis : c->axes())
                QCOMPARE(axis->labelsColor(), QColor(235, 235, 235));
        }
        // Series get the lighter variants that read on a dark base.
        auto *accepted = qobject_cast<QLineSeries *>(chart(QStringLiteral("submissionsChart"))->series()[0]);
        QVERIFY(accepted->color().lightness() > 128);
        m_page->setPalette(light);
        QCOMPARE(chart(QStringLiteral("stagesChart"))->backgroundBrush().color(), light.color(QPalette::Base));
        QVERIFY(accepted->color().lightness() < 128);
    }

    void idRangeMatchesAFullScan()
    {
        // The id-ranged aggregate must count what a plain scan of the time column counts.
        Writer *writer = m_env.engine().writer();
        int ranged = -1, scanned = -2;
        const qint64 since = m_env.clock->nowMs() - 3600 * 1000;
        QVERIFY(writer->runSync([&](QSqlDatabase &db) -> Status {
            Result<int> r = StatsQueries::submissionsSince(db, QString(), since);
            if (!r)
                return r.error();
            ranged = r.value();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE at >= ?"));
            q.addBindValue(since);
            if (!q.exec() || !q.next())
                return Error::unavailable(QStringLiteral("scan"));
            scanned = q.value(0).toInt();
            return success();
        }).ok());
        QCOMPARE(ranged, 5);
        QCOMPARE(ranged, scanned);
        QCOMPARE(objectIdLowerBound(0x5f000000LL * 1000), QStringLiteral("5f000000"));
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
