// RuleSet and its score rules (detection.md §2): every boundary of every rule but outlier (tst_outlierrule), settings,
// windows.

#include "core/rulestestkit.h"

#include <QTest>

#include <algorithm>

using namespace arbiter;

using namespace arbiter::rulestest;

class TestRules final : public QObject {
    Q_OBJECT

private slots:
    void names();
    void defaultsMatchDomain();
    void rateLimit_data();
    void rateLimit();
    void rateLimitSlidesOneByOne();
    void rateLimitRetryAfterIsExact();
    void rateLimitAfterTierDrop();
    void duplicate_data();
    void duplicate();
    void velocity_data();
    void velocity();
    void impossibleValue_data();
    void impossibleValue();
    void newPlayerTop_data();
    void newPlayerTop();
    void botCadence_data();
    void botCadence();
    void linkedAccounts_data();
    void linkedAccounts();
    void disabledRuleNeverFires_data();
    void disabledRuleNeverFires();
    void configuredConfidence_data();
    void configuredConfidence();
    void evaluateDoesNotChangeWindows();
    void pruneKeepsVerdictsAndBaselines();
};

void TestRules::names()
{
    for (Confidence c : {Confidence::Low, Confidence::Medium, Confidence::High})
        QCOMPARE(confidenceFromName(confidenceName(c)), c);
    for (TrustTier t : {TrustTier::A, TrustTier::B, TrustTier::C})
        QCOMPARE(tierFromName(tierName(t)), t);
    QCOMPARE(confidenceName(Confidence::Medium), QStringLiteral("medium"));
    QVERIFY(!confidenceFromName(u"Medium"));
    QVERIFY(!confidenceFromName(u""));
    QVERIFY(!tierFromName(u"a"));
    QVERIFY(Confidence::High > Confidence::Medium && Confidence::Medium > Confidence::Low);
}

// detection cannot link the domain library; the parser carries its own copy of the defaults.
void TestRules::defaultsMatchDomain()
{
    const RuleSettings a = RuleSettings::fromJson(QJsonObject());
    const RuleSettings b = RuleSettings::fromJson(defaultDetectionSettings());
    for (int i = 0; i < kRuleCount; ++i) {
        QCOMPARE(a.rules[i].enabled, b.rules[i].enabled);
        QCOMPARE(a.rules[i].confidence, b.rules[i].confidence);
        QVERIFY(
            defaultDetectionSettings().value(QStringLiteral("rules")).toObject().value(ruleType(RuleId(i))).isObject());
    }
    QCOMPARE(a.rateLimitPerHour, b.rateLimitPerHour);
    QCOMPARE(a.outlierZ, b.outlierZ);
    QCOMPARE(a.duplicateWindowMs, b.duplicateWindowMs);
    QCOMPARE(a.velocityMinMs, b.velocityMinMs);
    QCOMPARE(a.outlierMinSamples, b.outlierMinSamples);
    QCOMPARE(a.outlierWindow, b.outlierWindow);
    QCOMPARE(a.newPlayerTopMinPlayers, b.newPlayerTopMinPlayers);
    QCOMPARE(a.newPlayerTopMaxEarlierScores, b.newPlayerTopMaxEarlierScores);
    QCOMPARE(a.newPlayerTopRank, b.newPlayerTopRank);
    QCOMPARE(a.botCadenceIntervals, b.botCadenceIntervals);
    QCOMPARE(a.botCadenceMaxCv, b.botCadenceMaxCv);
    QCOMPARE(a.linkedClusterSize, b.linkedClusterSize);
    QCOMPARE(b.rateLimitPerHour[int(TrustTier::C)], 20);
    QCOMPARE(b.rule(RuleId::LinkedAccounts).confidence, Confidence::Low);
}

// `earlier` submissions 1 s apart from kT0, then one more at kT0 + offset.
void TestRules::rateLimit_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("earlier");
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::newRow("C: the 20th is accepted") << "C" << 19 << qint64(19000) << false << qint64(-1);
    QTest::newRow("C: the 21st is rejected") << "C" << 20 << qint64(20000) << true << qint64(kHour + 1 - 20000);
    QTest::newRow("B: the 50th is accepted") << "B" << 49 << qint64(49000) << false << qint64(-1);
    QTest::newRow("B: the 51st is rejected") << "B" << 50 << qint64(50000) << true << qint64(kHour + 1 - 50000);
    QTest::newRow("A: the 100th is accepted") << "A" << 99 << qint64(99000) << false << qint64(-1);
    QTest::newRow("A: the 101st is rejected") << "A" << 100 << qint64(100000) << true << qint64(kHour + 1 - 100000);
    QTest::newRow("C: first exactly 60:00 old still counts") << "C" << 20 << kHour << true << qint64(1);
    QTest::newRow("C: first 60:00.001 old fell out") << "C" << 20 << kHour + 1 << false << qint64(-1);
    QTest::newRow("C: nothing earlier") << "C" << 0 << qint64(0) << false << qint64(-1);
}

void TestRules::rateLimit()
{
    QFETCH(QString, tier);
    QFETCH(int, earlier);
    QFETCH(qint64, offsetMs);
    QFETCH(bool, expected);
    QFETCH(qint64, retryAfterMs);
    const QJsonObject json = settings();
    RuleSet rules;
    recordSeries(rules, earlier, kT0, 1000, json);
    recordSeries(rules, 30, kT0, 1000, json, QStringLiteral("other-board")); // per board: never counts here
    SubmissionFacts f = facts(1, kT0 + offsetMs);
    f.tier = rulestest::tier(tier);
    const RuleVerdict verdict = rules.evaluate(f, json);
    QCOMPARE(fires(verdict, QStringLiteral("rate_limit")), expected);
    QCOMPARE(verdict.retryAfterMs.value_or(-1), retryAfterMs);
    if (expected) {
        const Detection *d = find(verdict, QStringLiteral("rate_limit"));
        QCOMPARE(d->confidence, Confidence::High);
        QCOMPARE(d->evidence[QStringLiteral("limit")].toInt(), json["rateLimitPerHour"][tier].toInt());
        QCOMPARE(d->evidence[QStringLiteral("retryAfterMs")].toInteger(), retryAfterMs);
    }
}

// 20 at kT0 + i s; each later one is accepted exactly when one more of them has fallen out.
void TestRules::rateLimitSlidesOneByOne()
{
    const QJsonObject json = settings();
    RuleSet rules;
    recordSeries(rules, 20, kT0, 1000, json);
    for (int i = 0; i < 5; ++i) {
        const qint64 out = kT0 + i * 1000 + kHour + 1; // the i-th falls out here
        QVERIFY2(fires(rules.evaluate(facts(1, out - 1), json), QStringLiteral("rate_limit")),
            qPrintable(QString::number(i)));
        const SubmissionFacts f = facts(1, out);
        QVERIFY(!fires(rules.evaluate(f, json), QStringLiteral("rate_limit")));
        rules.record(f, true, json);
    }
}

void TestRules::rateLimitRetryAfterIsExact()
{
    const QJsonObject json = settings();
    RuleSet rules;
    recordSeries(rules, 20, kT0, 7 * kMinute / 4, json); // spread over ~33 min
    const qint64 now = kT0 + 40 * kMinute;
    const RuleVerdict verdict = rules.evaluate(facts(1, now), json);
    QVERIFY(verdict.retryAfterMs);
    QCOMPARE(*verdict.retryAfterMs, kT0 + kHour + 1 - now);
    QVERIFY(fires(rules.evaluate(facts(1, now + *verdict.retryAfterMs - 1), json), QStringLiteral("rate_limit")));
    QVERIFY(!fires(rules.evaluate(facts(1, now + *verdict.retryAfterMs), json), QStringLiteral("rate_limit")));
}

// 60 submissions as tier A, then the player drops to C: 41 must fall out before the next counts.
void TestRules::rateLimitAfterTierDrop()
{
    const QJsonObject json = settings();
    RuleSet rules;
    recordSeries(rules, 60, kT0, 1000, json);
    SubmissionFacts f = facts(1, kT0 + 60000);
    f.tier = TrustTier::A;
    QVERIFY(!fires(rules.evaluate(f, json), QStringLiteral("rate_limit")));
    f.tier = TrustTier::C;
    const RuleVerdict verdict = rules.evaluate(f, json);
    QCOMPARE(find(verdict, QStringLiteral("rate_limit"))->evidence[QStringLiteral("count")].toInt(), 60);
    QCOMPARE(verdict.retryAfterMs.value_or(-1), kT0 + 40 * 1000 + kHour + 1 - f.atMs);
}

void TestRules::duplicate_data()
{
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("board");
    QTest::addColumn<QString>("player");
    QTest::addColumn<bool>("expected");
    QTest::newRow("299 s") << qint64(299000) << 500.0 << "b1"
                           << "p1" << true;
    QTest::newRow("300 s: inclusive") << qint64(300000) << 500.0 << "b1"
                                      << "p1" << true;
    QTest::newRow("300.001 s") << qint64(300001) << 500.0 << "b1"
                               << "p1" << false;
    QTest::newRow("301 s") << qint64(301000) << 500.0 << "b1"
                           << "p1" << false;
    QTest::newRow("other value") << qint64(200000) << 500.5 << "b1"
                                 << "p1" << false;
    QTest::newRow("other board") << qint64(200000) << 500.0 << "b2"
                                 << "p1" << false;
    QTest::newRow("other player") << qint64(200000) << 500.0 << "b1"
                                  << "p2" << false;
}

void TestRules::duplicate()
{
    QFETCH(qint64, ageMs);
    QFETCH(double, value);
    QFETCH(QString, board);
    QFETCH(QString, player);
    QFETCH(bool, expected);
    const QJsonObject json = settings();
    RuleSet rules;
    rules.record(facts(500, kT0), true, json);
    for (int i = 1; i <= 30; ++i) // newer scores of other values do not hide the old one
        rules.record(facts(i, kT0 + i * 3000), true, json);
    const RuleVerdict verdict = rules.evaluate(facts(value, kT0 + ageMs, board, player), json);
    QCOMPARE(fires(verdict, QStringLiteral("duplicate")), expected);
    if (expected)
        QCOMPARE(find(verdict, QStringLiteral("duplicate"))->evidence[QStringLiteral("ageSeconds")].toDouble(),
            ageMs / 1000.0);
}

void TestRules::velocity_data()
{
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<QString>("board");
    QTest::addColumn<QJsonObject>("overrides");
    QTest::addColumn<bool>("expected");
    QTest::newRow("0 s") << qint64(0) << "b1" << QJsonObject() << true;
    QTest::newRow("1.99 s") << qint64(1990) << "b1" << QJsonObject() << true;
    QTest::newRow("1.999 s") << qint64(1999) << "b1" << QJsonObject() << true;
    QTest::newRow("2.0 s") << qint64(2000) << "b1" << QJsonObject() << false;
    QTest::newRow("other board") << qint64(100) << "b2" << QJsonObject() << false;
    QTest::newRow("5 s min: 4.999 s") << qint64(4999) << "b1" << QJsonObject{{"velocityMinSeconds", 5}} << true;
    QTest::newRow("5 s min: 5 s") << qint64(5000) << "b1" << QJsonObject{{"velocityMinSeconds", 5}} << false;
}

void TestRules::velocity()
{
    QFETCH(qint64, intervalMs);
    QFETCH(QString, board);
    QFETCH(QJsonObject, overrides);
    QFETCH(bool, expected);
    const QJsonObject json = settings(overrides);
    RuleSet rules;
    QVERIFY(!fires(rules.evaluate(facts(1, kT0), json), QStringLiteral("velocity"))); // a first submission
    rules.record(facts(1, kT0 - 5000), true, json);
    rules.record(facts(2, kT0), true, json);
    const RuleVerdict verdict = rules.evaluate(facts(3, kT0 + intervalMs, board), json);
    QCOMPARE(fires(verdict, QStringLiteral("velocity")), expected);
    if (expected)
        QCOMPARE(find(verdict, QStringLiteral("velocity"))->evidence[QStringLiteral("intervalSeconds")].toDouble(),
            intervalMs / 1000.0);
}

void TestRules::impossibleValue_data()
{
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("expected");
    const double eps = 1e-9;
    QTest::newRow("desc: at max") << false << 1000.0 << false;
    QTest::newRow("desc: max + eps") << false << 1000.0 + eps << true;
    QTest::newRow("desc: below max") << false << 1000.0 - eps << false;
    QTest::newRow("asc: at max") << true << 1000.0 << false;
    QTest::newRow("asc: max - eps") << true << 1000.0 - eps << true;
    QTest::newRow("asc: above max") << true << 1000.0 + eps << false;
}

void TestRules::impossibleValue()
{
    QFETCH(bool, ascending);
    QFETCH(double, value);
    QFETCH(bool, expected);
    const QJsonObject json = settings();
    RuleSet rules;
    SubmissionFacts f = facts(value, kT0);
    f.boardAscending = ascending;
    QVERIFY(!fires(rules.evaluate(f, json), QStringLiteral("impossible_value"))); // no maxPlausible
    f.maxPlausible = 1000.0;
    const RuleVerdict verdict = rules.evaluate(f, json);
    QCOMPARE(fires(verdict, QStringLiteral("impossible_value")), expected);
    if (expected)
        QCOMPARE(find(verdict, QStringLiteral("impossible_value"))->confidence, Confidence::High);
}

void TestRules::newPlayerTop_data()
{
    QTest::addColumn<int>("ranked");
    QTest::addColumn<int>("earlier");
    QTest::addColumn<int>("rank");
    QTest::addColumn<bool>("expected");
    QTest::newRow("50 ranked, 0 earlier, rank 1") << 50 << 0 << 1 << true;
    QTest::newRow("49 ranked") << 49 << 0 << 1 << false;
    QTest::newRow("2 earlier scores") << 50 << 2 << 5 << true;
    QTest::newRow("3 earlier scores") << 50 << 3 << 5 << false;
    QTest::newRow("rank 10") << 500 << 0 << 10 << true;
    QTest::newRow("rank 11") << 500 << 0 << 11 << false;
    QTest::newRow("rank unknown") << 500 << 0 << 0 << false;
}

void TestRules::newPlayerTop()
{
    QFETCH(int, ranked);
    QFETCH(int, earlier);
    QFETCH(int, rank);
    QFETCH(bool, expected);
    RuleSet rules;
    SubmissionFacts f = facts(1, kT0);
    f.boardRankedPlayers = ranked;
    f.playerEarlierAcceptedScores = earlier;
    f.prospectiveRank = rank;
    QCOMPARE(fires(rules.evaluate(f, settings()), QStringLiteral("new_player_top")), expected);
}

// `earlier` submissions, then this one: intervals alternate 10 s ∓ deviation, so the population
// standard deviation is exactly `deviation` and CV = deviation / 10 s (for an even count).
void TestRules::botCadence_data()
{
    QTest::addColumn<int>("earlier");
    QTest::addColumn<qint64>("deviationMs");
    QTest::addColumn<int>("boards");
    QTest::addColumn<qint64>("lastGapMs"); // overrides the final interval when > 0
    QTest::addColumn<bool>("expected");
    QTest::newRow("10 intervals, CV 0") << 10 << qint64(0) << 1 << qint64(0) << true;
    QTest::newRow("9 intervals, CV 0") << 9 << qint64(0) << 1 << qint64(0) << false;
    QTest::newRow("CV 0.049") << 10 << qint64(490) << 1 << qint64(0) << true;
    QTest::newRow("CV 0.051") << 10 << qint64(510) << 1 << qint64(0) << false;
    QTest::newRow("CV 0.049 spread over 10 boards") << 10 << qint64(490) << 10 << qint64(0) << true;
    QTest::newRow("only the last 10 count") << 25 << qint64(0) << 3 << qint64(0) << true;
    QTest::newRow("a gap over an hour ends the run") << 10 << qint64(0) << 1 << kHour + 1 << false;
}

void TestRules::botCadence()
{
    QFETCH(int, earlier);
    QFETCH(qint64, deviationMs);
    QFETCH(int, boards);
    QFETCH(qint64, lastGapMs);
    QFETCH(bool, expected);
    const QJsonObject json = settings();
    RuleSet rules;
    qint64 at = kT0;
    // The series ends with exactly 10 alternating intervals; anything earlier is irregular.
    const int irregular = std::max(0, earlier - 10);
    for (int i = 0; i < earlier; ++i) {
        rules.record(facts(i, at, QStringLiteral("b%1").arg(i % boards)), true, json);
        const int k = i - irregular; // index of the interval that follows this submission
        at += i < irregular ? 1000 + 7919 * (i % 5) : 10000 + (k % 2 ? deviationMs : -deviationMs);
    }
    if (lastGapMs > 0)
        at = at - 10000 + lastGapMs;
    const RuleVerdict verdict = rules.evaluate(facts(-1, at, QStringLiteral("b0")), json);
    QCOMPARE(fires(verdict, QStringLiteral("bot_cadence")), expected);
    if (expected)
        QVERIFY(qAbs(find(verdict, QStringLiteral("bot_cadence"))->evidence[QStringLiteral("cv")].toDouble()
                    - deviationMs / 10000.0)
            < 1e-12);
}

void TestRules::linkedAccounts_data()
{
    QTest::addColumn<int>("clusterSize");
    QTest::addColumn<bool>("banned");
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QString>("expected"); // empty: does not fire
    QTest::newRow("alone") << 1 << false << "low"
                           << "";
    QTest::newRow("2 members") << 2 << false << "low"
                               << "";
    QTest::newRow("3 members: logged") << 3 << false << "low"
                                       << "low";
    QTest::newRow("3 members, banned member: ban evasion") << 3 << true << "low"
                                                           << "medium";
    QTest::newRow("2 members, banned member: ban evasion") << 2 << true << "low"
                                                           << "medium";
    QTest::newRow("configured high stays high") << 3 << true << "high"
                                                << "high";
    QTest::newRow("configured medium, no ban") << 4 << false << "medium"
                                               << "medium";
}

void TestRules::linkedAccounts()
{
    QFETCH(int, clusterSize);
    QFETCH(bool, banned);
    QFETCH(QString, configured);
    QFETCH(QString, expected);
    RuleSet rules;
    SubmissionFacts f = facts(1, kT0);
    f.clusterSize = clusterSize;
    f.clusterHasBannedMember = banned;
    const QJsonObject json
        = settings(ruleOverride(QStringLiteral("linked_accounts"), QJsonObject{{"confidence", configured}}));
    const RuleVerdict verdict = rules.evaluate(f, json);
    const Detection *d = find(verdict, QStringLiteral("linked_accounts"));
    QCOMPARE(d ? confidenceName(d->confidence) : QString(), expected);
    if (d)
        QCOMPARE(d->evidence[QStringLiteral("bannedMember")].toBool(), banned);
}

namespace {

// One submission that every rule fires on with the defaults.
struct Everything {
    RuleSet rules;
    SubmissionFacts f;

    explicit Everything(const QJsonObject &json)
    {
        fillBaseline(rules, 25, 25, json);
        for (int i = 0; i < 20; ++i) // 1 s apart: rate limit, cadence; value 5000: duplicate
            rules.record(facts(5000, kT0 + i * 1000), false, json);
        f = facts(5000, kT0 + 20 * 1000); // velocity (1 s), outlier (median 100, MAD 10)
        f.maxPlausible = 1000;
        f.boardAcceptedScores = 50;
        f.boardRankedPlayers = 50;
        f.prospectiveRank = 1;
        f.clusterSize = 3;
    }
};

const QStringList kAllTypes{"rate_limit", "duplicate", "velocity", "impossible_value", "outlier", "new_player_top",
    "bot_cadence", "linked_accounts"};

} // namespace

void TestRules::disabledRuleNeverFires_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &type : kAllTypes)
        QTest::newRow(qPrintable(type)) << type;
}

void TestRules::disabledRuleNeverFires()
{
    QFETCH(QString, type);
    {
        const QJsonObject json = settings();
        Everything all(json);
        QStringList fired;
        for (const Detection &d : all.rules.evaluate(all.f, json).detections)
            fired.append(d.type);
        QCOMPARE(fired, kAllTypes); // every rule, in detection.md order
    }
    const QJsonObject json = settings(ruleOverride(type, QJsonObject{{"enabled", false}}));
    Everything all(json);
    const RuleVerdict verdict = all.rules.evaluate(all.f, json);
    QVERIFY(!fires(verdict, type));
    QCOMPARE(verdict.detections.size(), kAllTypes.size() - 1);
    QCOMPARE(verdict.retryAfterMs.has_value(), type != QLatin1String("rate_limit"));
}

void TestRules::configuredConfidence_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("confidence");
    for (const QString &type : kAllTypes) {
        for (const char *c : {"low", "medium", "high"})
            QTest::newRow(qPrintable(type + QLatin1Char(' ') + QLatin1String(c))) << type << QString::fromLatin1(c);
    }
}

void TestRules::configuredConfidence()
{
    QFETCH(QString, type);
    QFETCH(QString, confidence);
    const QJsonObject json = settings(ruleOverride(type, QJsonObject{{"confidence", confidence}}));
    Everything all(json);
    const RuleVerdict verdict = all.rules.evaluate(all.f, json);
    const Detection *d = find(verdict, type);
    QVERIFY(d);
    QCOMPARE(confidenceName(d->confidence), confidence);
    QCOMPARE(d->type, type);
}

void TestRules::evaluateDoesNotChangeWindows()
{
    const QJsonObject json = settings();
    Everything all(json);
    const RuleVerdict first = all.rules.evaluate(all.f, json);
    for (int i = 0; i < 50; ++i) // a refused spammer retrying costs nothing
        (void)all.rules.evaluate(all.f, json);
    const RuleVerdict again = all.rules.evaluate(all.f, json);
    QCOMPARE(again.detections.size(), first.detections.size());
    QCOMPARE(again.retryAfterMs, first.retryAfterMs);
    QCOMPARE(all.rules.baselineSize(kGame, kBoard), 50);
    // Settings passed as a different but equal object, then changed: the cache follows.
    QCOMPARE(all.rules.evaluate(all.f, settings()).detections.size(), first.detections.size());
    const QJsonObject off = settings(ruleOverride(QStringLiteral("velocity"), QJsonObject{{"enabled", false}}));
    QCOMPARE(all.rules.evaluate(all.f, off).detections.size(), first.detections.size() - 1);
}

// No rule looks back more than an hour, so pruning at any time never changes a verdict. p3 submits
// exactly hourly: at 60:00 the cadence still counts (and p3 is kept), at 60:00.001 it does not.
void TestRules::pruneKeepsVerdictsAndBaselines()
{
    const QJsonObject json = settings();
    RuleSet rules;
    fillBaseline(rules, 25, 25, json);
    const QString p3 = QStringLiteral("p3");
    for (int i = 0; i < 10; ++i)
        rules.record(facts(i, kT0 + i * kHour, kBoard, p3), false, json);
    rules.record(facts(1, kT0 + 9 * kHour + 30 * kMinute, QStringLiteral("b2"), QStringLiteral("p2")), true, json);
    QCOMPARE(rules.trackedPlayers(), 2);
    SubmissionFacts f = facts(42, kT0 + 10 * kHour, kBoard, p3);
    QVERIFY(fires(rules.evaluate(f, json), QStringLiteral("bot_cadence")));
    rules.prune(f.atMs);
    QCOMPARE(rules.trackedPlayers(), 2);
    QVERIFY(fires(rules.evaluate(f, json), QStringLiteral("bot_cadence")));
    f.atMs += 1;
    const RuleVerdict before = rules.evaluate(f, json);
    QVERIFY(!fires(before, QStringLiteral("bot_cadence")));
    rules.prune(f.atMs);
    QCOMPARE(rules.trackedPlayers(), 1);
    QCOMPARE(rules.evaluate(f, json).detections.size(), before.detections.size());
    rules.prune(kT0 + 20 * kHour);
    QCOMPARE(rules.trackedPlayers(), 0);
    QCOMPARE(rules.baselineSize(kGame, kBoard), 50); // count-based, never pruned
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
