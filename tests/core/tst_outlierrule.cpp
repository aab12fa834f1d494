// OutlierRule and BoardBaseline: sample minimum, per-tier robust z edges, direction, MAD = 0, window and forgetting.

#include "core/rulestestkit.h"
#include "detection/boardbaseline.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace arbiter;
using namespace arbiter::rulestest;

class TestOutlierRule final : public QObject {
    Q_OBJECT

private slots:
    void outlier_data();
    void outlier();
    void outlierMadZero_data();
    void outlierMadZero();
    void outlierWindowAndForget();
    void spreadMatchesBruteForce();
    void appendedAtStartUpEqualsAdded_data();
    void appendedAtStartUpEqualsAdded();
};

// Baseline: lows × 90 and highs × 110 (median 100, MAD 10, so z = 0.06745·(x − 100)).
void TestOutlierRule::outlier_data()
{
    QTest::addColumn<int>("lows");
    QTest::addColumn<int>("highs");
    QTest::addColumn<int>("boardAccepted");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("49 samples") << 24 << 25 << 49 << "C" << false << 1e6 << false;
    QTest::newRow("50 samples") << 25 << 25 << 50 << "C" << false << 1e6 << true;
    QTest::newRow("board has 50, window only 49 (restart)") << 24 << 25 << 50 << "C" << false << 1e6 << false;
    QTest::newRow("window 50, board says 49") << 25 << 25 << 49 << "C" << false << 1e6 << false;
    const QList<std::pair<QString, double>> tiers{{"A", 4.0}, {"B", 3.0}, {"C", 2.5}};
    for (const auto &[name, z] : tiers) {
        const double edge = z * 10 / 0.6745;
        const QByteArray t = name.toLatin1();
        QTest::newRow((t + ": desc z just under").constData())
            << 25 << 25 << 50 << name << false << 100 + edge - 1e-6 << false;
        QTest::newRow((t + ": desc z just over").constData())
            << 25 << 25 << 50 << name << false << 100 + edge + 1e-6 << true;
        QTest::newRow((t + ": asc z just under").constData())
            << 25 << 25 << 50 << name << true << 100 - edge + 1e-6 << false;
        QTest::newRow((t + ": asc z just over").constData())
            << 25 << 25 << 50 << name << true << 100 - edge - 1e-6 << true;
        QTest::newRow((t + ": desc, suspiciously bad").constData()) << 25 << 25 << 50 << name << false << -1e6 << false;
        QTest::newRow((t + ": asc, suspiciously bad").constData()) << 25 << 25 << 50 << name << true << 1e6 << false;
    }
}

void TestOutlierRule::outlier()
{
    QFETCH(int, lows);
    QFETCH(int, highs);
    QFETCH(int, boardAccepted);
    QFETCH(QString, tier);
    QFETCH(bool, ascending);
    QFETCH(double, value);
    QFETCH(bool, expected);
    const QJsonObject json = settings();
    RuleSet rules;
    fillBaseline(rules, lows, highs, json);
    SubmissionFacts f = facts(value, kT0);
    f.boardAscending = ascending;
    f.boardAcceptedScores = boardAccepted;
    f.tier = rulestest::tier(tier);
    const RuleVerdict verdict = rules.evaluate(f, json);
    QCOMPARE(fires(verdict, QStringLiteral("outlier")), expected);
    if (expected) {
        const QJsonObject e = find(verdict, QStringLiteral("outlier"))->evidence;
        QCOMPARE(e[QStringLiteral("median")].toDouble(), 100.0);
        QCOMPARE(e[QStringLiteral("mad")].toDouble(), 10.0);
        QCOMPARE(e[QStringLiteral("threshold")].toDouble(), json["outlierZ"][tier].toDouble());
        QCOMPARE(e[QStringLiteral("spread")].toString(), QStringLiteral("mad"));
    }
}

// More than half the values equal: MAD = 0, so z = 0.7979·(x − median)/meanAbsDev.
// 30 × 100 and 101..120: median 100, mean absolute deviation 210/50 = 4.2.
void TestOutlierRule::outlierMadZero_data()
{
    QTest::addColumn<bool>("allEqual");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("expected");
    const double edge = 2.5 * 4.2 / std::sqrt(2 / std::numbers::pi);
    QTest::newRow("fallback: z just under") << false << 100 + edge - 1e-6 << false;
    QTest::newRow("fallback: z just over") << false << 100 + edge + 1e-6 << true;
    QTest::newRow("fallback: bad direction") << false << -1e6 << false;
    QTest::newRow("all equal: no spread, never fires") << true << 1e9 << false;
}

void TestOutlierRule::outlierMadZero()
{
    QFETCH(bool, allEqual);
    QFETCH(double, value);
    QFETCH(bool, expected);
    const QJsonObject json = settings();
    RuleSet rules;
    for (int i = 0; i < 30; ++i)
        rules.addToBaseline(kGame, kBoard, 100, json);
    for (int i = 1; i <= 20; ++i)
        rules.addToBaseline(kGame, kBoard, allEqual ? 100 : 100 + i, json);
    SubmissionFacts f = facts(value, kT0);
    f.boardAcceptedScores = 50;
    const RuleVerdict verdict = rules.evaluate(f, json);
    QCOMPARE(fires(verdict, QStringLiteral("outlier")), expected);
    if (expected) {
        const QJsonObject e = find(verdict, QStringLiteral("outlier"))->evidence;
        QCOMPARE(e[QStringLiteral("mad")].toDouble(), 0.0);
        QCOMPARE(e[QStringLiteral("spread")].toString(), QStringLiteral("meanAbsoluteDeviation"));
        QCOMPARE(e[QStringLiteral("scale")].toDouble(), 4.2);
    }
}

void TestOutlierRule::outlierWindowAndForget()
{
    const QJsonObject json = settings(QJsonObject{{"outlierWindow", 60}});
    RuleSet rules;
    for (int i = 0; i < 100; ++i)
        rules.record(facts(i, kT0 + i * 60000, kBoard, QStringLiteral("p%1").arg(i)), true, json);
    QCOMPARE(rules.baselineSize(kGame, kBoard), 60);
    rules.record(facts(7, kT0 + kHour), false, json); // not accepted: no baseline
    QCOMPARE(rules.baselineSize(kGame, kBoard), 60);
    rules.forgetAccepted(kGame, kBoard, 10); // evicted long ago
    QCOMPARE(rules.baselineSize(kGame, kBoard), 60);
    rules.forgetAccepted(kGame, kBoard, 99);
    QCOMPARE(rules.baselineSize(kGame, kBoard), 59);
    rules.forgetAccepted(kGame, QStringLiteral("nope"), 50);
    rules.forgetAccepted(QStringLiteral("nope"), kBoard, 50);
    QCOMPARE(rules.baselineSize(kGame, kBoard), 59);
    // A forgotten cheat no longer counts: the samples drop below the minimum.
    const QJsonObject strict = settings(QJsonObject{{"outlierWindow", 60}, {"outlierMinSamples", 59}});
    SubmissionFacts f = facts(1e9, kT0 + 2 * kHour);
    f.boardAcceptedScores = 100;
    QVERIFY(fires(rules.evaluate(f, strict), QStringLiteral("outlier")));
    rules.forgetAccepted(kGame, kBoard, 98);
    QVERIFY(!fires(rules.evaluate(f, strict), QStringLiteral("outlier")));
}

// The O(log n) MAD selection against sorting the deviations, with many ties.
void TestOutlierRule::spreadMatchesBruteForce()
{
    QRandomGenerator rng(7);
    for (int round = 0; round < 300; ++round) {
        const int n = 2 + int(rng.bounded(120));
        const int range = 1 + int(rng.bounded(40));
        BoardBaseline baseline;
        std::vector<double> values;
        for (int i = 0; i < n; ++i) {
            values.push_back(double(rng.bounded(range)) * 0.5);
            baseline.add(values.back(), 1000);
        }
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
        };
        const double med = median(values);
        std::vector<double> deviations;
        for (double v : values)
            deviations.push_back(std::abs(v - med));
        const auto spread = baseline.spread();
        if (*std::min_element(values.begin(), values.end()) == *std::max_element(values.begin(), values.end())) {
            QVERIFY(!spread);
            continue;
        }
        QVERIFY(spread);
        QCOMPARE(spread->median, med);
        QCOMPARE(spread->mad, median(deviations));
    }
}

// A start-up rebuild appends the older values unsorted; whatever comes next (a read, an add, a
// removal) must see the same baseline as one built by add() all along.
void TestOutlierRule::appendedAtStartUpEqualsAdded_data()
{
    QTest::addColumn<int>("appended"); // values appended (start-up), then
    QTest::addColumn<int>("added");    // values added (live), each followed by a spread read
    QTest::addColumn<int>("window");
    QTest::addColumn<bool>("removeFirst"); // a removal right after the appends (a cheat confirmed)
    QTest::newRow("fewer than the window, then a read") << 40 << 0 << 50 << false;
    QTest::newRow("many more than the window, then a read") << 1000 << 0 << 50 << false;
    QTest::newRow("exactly the window") << 50 << 0 << 50 << false;
    QTest::newRow("past the window, then adds") << 300 << 80 << 50 << false;
    QTest::newRow("past the window, a removal, then adds") << 300 << 20 << 50 << true;
    QTest::newRow("window of 1") << 10 << 5 << 1 << false;
}

void TestOutlierRule::appendedAtStartUpEqualsAdded()
{
    QFETCH(int, appended);
    QFETCH(int, added);
    QFETCH(int, window);
    QFETCH(bool, removeFirst);
    QRandomGenerator rng(11);
    BoardBaseline live;
    BoardBaseline rebuilt;
    std::vector<double> values;
    for (int i = 0; i < appended + added; ++i)
        values.push_back(double(rng.bounded(60)) * 1.5);
    for (int i = 0; i < appended; ++i) {
        live.add(values[size_t(i)], window);
        rebuilt.append(values[size_t(i)], window);
    }
    rebuilt.append(std::nan(""), window); // ignored, as add() ignores it
    QCOMPARE(rebuilt.size(), live.size());
    const auto sameSpread = [&] {
        const auto a = live.spread();
        const auto b = rebuilt.spread();
        QCOMPARE(a.has_value(), b.has_value());
        if (a) {
            QCOMPARE(b->median, a->median);
            QCOMPARE(b->mad, a->mad);
            QCOMPARE(b->scale, a->scale);
        }
    };
    if (removeFirst) {
        const double last = values[size_t(appended - 1)]; // still in the window
        QVERIFY(live.removeOne(last));
        QVERIFY(rebuilt.removeOne(last));
        QCOMPARE(rebuilt.size(), live.size());
    }
    sameSpread();
    for (int i = appended; i < appended + added; ++i) {
        live.add(values[size_t(i)], window);
        rebuilt.add(values[size_t(i)], window);
        QCOMPARE(rebuilt.size(), live.size());
        sameSpread();
    }
}

QTEST_GUILESS_MAIN(TestOutlierRule)
#include "tst_outlierrule.moc"
