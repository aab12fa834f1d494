// The engine refinements arbiter-sim's measurements led to (docs/detection-quality.md):
// new_player_top counts established players, a device shared by many accounts is flagged, and the
// outlier rule judges a player with a record against that record too.

#include "detection/linkgraph.h"
#include "rulestestkit.h"

#include <QTest>

using namespace arbiter;
using namespace arbiter::rulestest;

class TestDetectionRefinements final : public QObject {
    Q_OBJECT
private slots:
    void newPlayerTopCountsEstablishedPlayers();
    void newPlayerTopFallsBackWithoutHistory();
    void deviceAccountsCountsDistinctPlayers();
    void sharedDeviceFlags_data();
    void sharedDeviceFlags();
    void outlierPersonalRecord();
    void outlierRecordIgnoresOutliers();
};

namespace {

SubmissionFacts accepted(double value, qint64 at, const QString &player)
{
    SubmissionFacts f = facts(value, at, kBoard, player);
    f.boardAcceptedScores = 1000;
    return f;
}

SubmissionFacts newcomerInTop(int ranked)
{
    SubmissionFacts f = facts(99999, kT0 + kHour, kBoard, QStringLiteral("newbie"));
    f.boardRankedPlayers = ranked;
    f.playerEarlierAcceptedScores = 0;
    f.prospectiveRank = 1;
    return f;
}

// 500 values spread evenly over 0..99: median ≈ 49.5, MAD ≈ 25, so tier C fires above ≈ 142.
void fillSpreadBaseline(RuleSet &rules, const QJsonObject &json)
{
    for (int i = 0; i < 500; ++i)
        rules.addToBaseline(kGame, kBoard, i % 100, json);
}

} // namespace

void TestDetectionRefinements::newPlayerTopCountsEstablishedPlayers()
{
    const QJsonObject json = settings();
    RuleSet rules;
    for (int p = 0; p < 60; ++p) // 60 ranked players with one score each: a launch-day board
        rules.record(accepted(100 + p, kT0 + p * 1000, QStringLiteral("p%1").arg(p)), true, json);
    const Detection *none = find(rules.evaluate(newcomerInTop(60), json), QStringLiteral("new_player_top"));
    QVERIFY2(!none, "a top 10 held by newcomers is no yardstick");

    for (int round = 0; round < 2; ++round) // 49 of them reach 3 accepted scores: still one short
        for (int p = 0; p < 49; ++p)
            rules.record(accepted(200 + p, kT0 + (round + 2) * kMinute + p * 1000, QStringLiteral("p%1").arg(p)), true, json);
    QVERIFY(!fires(rules.evaluate(newcomerInTop(60), json), QStringLiteral("new_player_top")));

    for (int round = 0; round < 2; ++round)
        rules.record(accepted(300 + round, kT0 + (round + 5) * kMinute, QStringLiteral("p49")), true, json);
    const RuleVerdict verdict = rules.evaluate(newcomerInTop(60), json);
    const Detection *d = find(verdict, QStringLiteral("new_player_top"));
    QVERIFY(d);
    QCOMPARE(d->evidence[QStringLiteral("establishedPlayers")].toInt(), 50);
    QCOMPARE(d->evidence[QStringLiteral("rankedPlayers")].toInt(), 60);
}

void TestDetectionRefinements::newPlayerTopFallsBackWithoutHistory()
{
    // After a restart the rule set has seen fewer players than the board ranks: the ranked count applies.
    const QJsonObject json = settings();
    RuleSet rules;
    rules.record(accepted(1, kT0, QStringLiteral("p1")), true, json);
    const Detection *d = find(rules.evaluate(newcomerInTop(50), json), QStringLiteral("new_player_top"));
    QVERIFY(d);
    QVERIFY(d->evidence[QStringLiteral("establishedPlayers")].isNull());
}

void TestDetectionRefinements::deviceAccountsCountsDistinctPlayers()
{
    LinkGraph graph;
    QCOMPARE(graph.deviceAccounts(kGame, QStringLiteral("d1")), 0);
    graph.link(kGame, QStringLiteral("a"), QStringLiteral("d1"), QStringLiteral("10.0.0.1"));
    graph.link(kGame, QStringLiteral("a"), QStringLiteral("d1"), QStringLiteral("10.0.0.2")); // same player again
    graph.link(kGame, QStringLiteral("b"), QStringLiteral("d1"), QString());
    graph.link(kGame, QStringLiteral("c"), QStringLiteral("d2"), QStringLiteral("10.0.0.1")); // linked by IP only
    QCOMPARE(graph.deviceAccounts(kGame, QStringLiteral("d1")), 2);
    QCOMPARE(graph.deviceAccounts(kGame, QStringLiteral("d2")), 1);
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("c")), 3);
    graph.link(kGame, QStringLiteral("c"), QStringLiteral("d1"), QString());
    QCOMPARE(graph.deviceAccounts(kGame, QStringLiteral("d1")), 3);
    QCOMPARE(graph.deviceAccounts(QStringLiteral("other game"), QStringLiteral("d1")), 0);
}

void TestDetectionRefinements::sharedDeviceFlags_data()
{
    QTest::addColumn<int>("clusterSize");
    QTest::addColumn<int>("deviceAccounts");
    QTest::addColumn<QString>("expected"); // confidence, or "" for no detection
    QTest::newRow("household: 3 on one IP, own devices") << 3 << 1 << "low";
    QTest::newRow("2 accounts on one device") << 2 << 2 << "";
    QTest::newRow("3 accounts on one device") << 3 << 3 << "medium";
    QTest::newRow("5 on one device, bigger cluster") << 7 << 5 << "medium";
    QTest::newRow("unknown device") << 1 << 0 << "";
}

void TestDetectionRefinements::sharedDeviceFlags()
{
    QFETCH(int, clusterSize);
    QFETCH(int, deviceAccounts);
    QFETCH(QString, expected);
    RuleSet rules;
    SubmissionFacts f = facts(1, kT0);
    f.clusterSize = clusterSize;
    f.deviceAccounts = deviceAccounts;
    const Detection *d = find(rules.evaluate(f, settings()), QStringLiteral("linked_accounts"));
    QCOMPARE(d ? confidenceName(d->confidence) : QString(), expected);
    if (d)
        QCOMPARE(d->evidence[QStringLiteral("sharedDevice")].toBool(), deviceAccounts >= 3);
}

void TestDetectionRefinements::outlierPersonalRecord()
{
    const QJsonObject json = settings();
    RuleSet rules;
    fillSpreadBaseline(rules, json);
    const auto outlier = [&](double value, const QString &player) {
        return find(rules.evaluate(accepted(value, kT0 + kHour, player), json), QStringLiteral("outlier"));
    };
    QVERIFY(outlier(160, kPlayer)); // no record yet: the board alone judges (z ≈ 3.0)
    QVERIFY(!outlier(130, kPlayer)); // z ≈ 2.2: within tier C's 2.5

    rules.record(accepted(130, kT0, kPlayer), true, json); // a score within the threshold: the record
    QVERIFY2(!outlier(160, kPlayer), "0.8 σ above what this player has shown");
    const Detection *jump = outlier(200, kPlayer); // ≈ 1.9 σ above the record: still an outlier
    QVERIFY(jump);
    QCOMPARE(jump->evidence[QStringLiteral("personalBest")].toDouble(), 130.0);
    QVERIFY(jump->evidence[QStringLiteral("personalJumpZ")].toDouble() > 1.5);
    QVERIFY(outlier(160, QStringLiteral("someone else"))); // records are per player
}

void TestDetectionRefinements::outlierRecordIgnoresOutliers()
{
    const QJsonObject json = settings();
    RuleSet rules;
    fillSpreadBaseline(rules, json);
    const auto outlier = [&](double value) {
        return fires(rules.evaluate(accepted(value, kT0 + kHour, kPlayer), json), QStringLiteral("outlier"));
    };
    rules.record(accepted(160, kT0, kPlayer), true, json); // flagged, accepted: not a record
    QVERIFY(outlier(160));
    rules.record(accepted(130, kT0 + kMinute, kPlayer), true, json); // the record: 130
    rules.record(accepted(160, kT0 + 2 * kMinute, kPlayer), true, json); // exempt, but above the threshold: not added
    QVERIFY2(outlier(200), "no ratchet: judged against 130, not 160");
}

QTEST_GUILESS_MAIN(TestDetectionRefinements)
#include "tst_detectionrefinements.moc"
