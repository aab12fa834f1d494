// EyeStageTracker: streaks, stages, boundaries, expiry, bans and persistence (detection.md §3).

#include "core/eyestagescript.h"
#include "watch/eyestagetracker.h"

#include <QJsonDocument>
#include <QTest>

using namespace arbiter;
using namespace arbiter::test;

Q_DECLARE_METATYPE(arbiter::EyeStage)

class TestEyeStageTracker final : public QObject {
    Q_OBJECT

private slots:
    void stageNames();
    void script_data();
    void script();
    void causesAndTimes();
    void outcomeReasons();
    void reasonCapBoundsTheScan();
    void bannedSticks();
    void markBannedFromEachStage_data();
    void markBannedFromEachStage();
    void clearBanOnlyWhenBanned();
    void expireManyPlayers();
    void restoreRoundTrip_data();
    void restoreRoundTrip();
    void restoreEdgeCases();
    void watchlist();
    void heavyPlayerDoesNotDisturbOthers();
    void gamesAreSeparate();
};

void TestEyeStageTracker::stageNames()
{
    const QList<EyeStage> all{EyeStage::None, EyeStage::Little, EyeStage::Short, EyeStage::Big, EyeStage::Banned};
    const QStringList names{QStringLiteral("none"), QStringLiteral("little"), QStringLiteral("short"),
        QStringLiteral("big"), QStringLiteral("banned")};
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(eyeStageName(all[i]), names[i]);
        QCOMPARE(eyeStageFromName(names[i]), std::optional<EyeStage>(all[i]));
        if (i > 0)
            QVERIFY(all[i - 1] < all[i]); // severity order
    }
    QCOMPARE(eyeStageFromName(u"Big"), std::nullopt);
    QCOMPARE(eyeStageFromName(u""), std::nullopt);
    QCOMPARE(eyeStageFromName(u"huge"), std::nullopt);
}

// Each step: "<time> <reason> <stage> [n=<alertsInStreak>] [C] [t=<from>><to>,...]" records an
// alert; "expire <time> [t=...]" calls expire(); "status <time> <stage> [n=...]" reads lazily.
// Every alert and expire step checks its transitions exactly (none when t= is missing) and C
// (consistentBehaviour) exactly.
void TestEyeStageTracker::script_data()
{
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("steps");
    const QString d;

    QTest::newRow("one alert") << d << "0 a none n=1";
    QTest::newRow("two alerts") << d << "0 a none n=1; 1 b none n=2";
    QTest::newRow("third alert -> little") << d << "0 a none; 40 b none; 80 c little n=3 t=none>little";
    QTest::newRow("third alert quick is only little") << d << "0 a none; 1 b none; 2 c little t=none>little";
    QTest::newRow("fourth at 29:59 -> short")
        << d << "0 a none; 40 b none; 80 c little t=none>little; 109:59 d short n=4 t=little>short";
    QTest::newRow("fourth at 30:00 stays little")
        << d << "0 a none; 40 b none; 80 c little t=none>little; 110 d little n=4";
    QTest::newRow("fourth at 29:59.999 -> short")
        << d << "0 a none; 40 b none; 80 c little t=none>little; 109:59.999 d short t=little>short";
    QTest::newRow("slow then quick -> short")
        << d << "0 a none; 40 b none; 80 c little t=none>little; 110 d little; 111 e short t=little>short";
    QTest::newRow("escalation to big and beyond")
        << d
        << "0 a none; 1 b none; 2 c little t=none>little; 3 d short t=little>short; 4 e big t=short>big; "
           "5 f big; 6 g big n=7";
    QTest::newRow("each step needs a quick alert")
        << d
        << "0 a none; 1 b none; 2 c little t=none>little; 40 d little; 41 e short t=little>short; 80 f short; "
           "81 g big t=short>big";
    QTest::newRow("5 similar slow -> big")
        << d << "0 x none; 80 x none; 160 x little t=none>little; 240 x little; 320 x big n=5 t=little>big";
    QTest::newRow("5 similar among others -> big")
        << d
        << "0 x none; 60 y none; 120 x little t=none>little; 180 y little; 240 x little; 300 z little; "
           "360 x little; 420 x big n=8 t=little>big";
    QTest::newRow("4 similar is not big") << d << "0 x none; 60 x none; 120 x little t=none>little; 180 x little n=4";
    QTest::newRow("gap 89:59 same streak") << d << "0 a none; 89:59 b none n=2; 179:58 c little n=3 t=none>little";
    QTest::newRow("gap exactly 90:00 same streak") << d << "0 a none; 90 b none n=2; 180 c little n=3 t=none>little";
    QTest::newRow("gap 90:00.001 new streak") << d << "0 a none; 90:00.001 b none n=1";
    QTest::newRow("gap 90:01 new streak") << d << "0 a none; 30 b none n=2; 120:01 c none n=1";
    QTest::newRow("new streak takes little off")
        << d << "0 a none; 10 b none; 20 c little t=none>little; 110:00.001 d none n=1 t=little>none";
    QTest::newRow("new streak takes big off and counts afresh")
        << d
        << "0 a none; 1 b none; 2 c little t=none>little; 3 d short t=little>short; 4 e big t=short>big; "
           "94:00.001 f none n=1 t=big>none; 95 g none n=2; 96 h little n=3 t=none>little";
    QTest::newRow("similar counts reset with the streak")
        << d
        << "0 x none; 40 x none; 80 x little t=none>little; 120 x little n=4; 210:00.001 x none n=1 t=little>none; "
           "250 x none n=2; 290 x little t=none>little; 330 x little n=4";
    QTest::newRow("expire at exactly last+90 keeps the stage")
        << d
        << "0 a none; 10 b none; 20 c little t=none>little; expire 110; status 110 little n=3; "
           "expire 110:00.001 t=little>none; status 110:00.001 none n=0";
    QTest::newRow("status applies expiry lazily")
        << d
        << "0 a none; 10 b none; 20 c little t=none>little; status 110 little n=3; status 110:00.001 none n=0; "
           "status 500 none n=0";
    QTest::newRow("lazy expiry then an alert records the off-watchlist")
        << d << "0 a none; 10 b none; 20 c little t=none>little; status 200 none n=0; 200 d none n=1 t=little>none";
    QTest::newRow("alert at exactly last+90 after expire() ran at that instant")
        << d << "0 a none; 10 b none; 20 c little t=none>little; expire 110; 110 d little n=4";
    QTest::newRow("sub-watchlist streak expires silently")
        << d << "0 a none; 10 b none n=2; expire 100:00.001; status 100:00.001 none n=0; 101 c none n=1";
    QTest::newRow("expire before the end does nothing")
        << d
        << "0 a none; 10 b none; 20 c little t=none>little; expire 60; status 60 little n=3; 100 d little n=4; "
           "expire 110:00.001; status 110:00.001 little n=4; expire 190:00.001 t=little>none";
    QTest::newRow("alerts after expire start afresh")
        << d << "0 a none; 10 b none; 20 c little t=none>little; expire 200 t=little>none; 201 d none n=1";
    QTest::newRow("alert from the past counts at the previous time")
        << d << "0 a none; 10 b none; 5 c little n=3 t=none>little; 39:59 d short t=little>short";

    QTest::newRow("15 similar quick -> consistent once") << d << run(30, QStringLiteral("x"), 0, 1, kQuick, 15);
    QTest::newRow("15 similar slow -> consistent once") << d << run(16, QStringLiteral("x"), 0, 80, kSlow, 15);
    QTest::newRow("consistent again in a new streak") << d
                                                      << run(15, QStringLiteral("x"), 0, 1, kQuick, 15)
            + QStringLiteral("; ") + run(15, QStringLiteral("x"), 200, 1, kQuick, 15, QStringLiteral("big>none"));
    {
        // A second reason reaching 15 in the same streak is not reported again.
        QString steps = run(15, QStringLiteral("x"), 0, 1, kQuick, 15);
        for (int i = 1; i <= 15; ++i)
            steps += QStringLiteral("; %1 y big n=%2").arg(15 + i).arg(15 + i);
        QTest::newRow("second reason at 15 in one streak is not reported") << d << steps;
    }
    {
        // x and y alternate every minute: the 29th alert is the 15th x.
        QStringList steps;
        for (int i = 1; i <= 32; ++i) {
            const QString stage = kQuick.value(i - 1, QStringLiteral("big"));
            const QString reason = i % 2 ? QStringLiteral("x") : QStringLiteral("y");
            QString step = QStringLiteral("%1 %2 %3 n=%4").arg(i).arg(reason, stage).arg(i);
            if (i >= 3 && i <= 5)
                step += QStringLiteral(" t=%1>%2").arg(kQuick[i - 2], stage);
            if (i == 29)
                step += QStringLiteral(" C");
            steps.append(step);
        }
        QTest::newRow("interleaved reasons: 15th x is consistent") << d << steps.join(QStringLiteral("; "));
    }

    QTest::newRow("custom: gap=60") << "gap=60"
                                    << "0 a none; 60 b none n=2; 120:00.001 c none n=1";
    QTest::newRow("custom: esc=10")
        << "esc=10"
        << "0 a none; 1 b none; 2 c little t=none>little; 12 d little; 21:59 e short t=little>short";
    QTest::newRow("custom: all thresholds")
        << "gap=60 esc=10 watch=2 big=3 ban=4"
        << "0 x none n=1; 20 y little n=2 t=none>little; 29:59 z short n=3 t=little>short; 60 x short n=4; "
           "120 x big n=5 t=short>big; 125 x big n=6 C; 185 x big n=7; 245:00.001 x none n=1 t=big>none";
    QTest::newRow("custom: watch=1 gives two transitions on one alert")
        << "watch=1"
        << "0 a little n=1 t=none>little; 90:00.001 b little n=1 t=little>none,none>little";
    QTest::newRow("custom: big=1") << "big=1"
                                   << "0 a big n=1 t=none>big";
}

void TestEyeStageTracker::script()
{
    QFETCH(QString, settings);
    QFETCH(QString, steps);
    const WatchSettings s = settingsFrom(settings);
    EyeStageTracker tracker;
    EyeStage stage = EyeStage::None;
    for (const QString &rawStep : steps.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString step = rawStep.simplified();
        QStringList tokens = step.split(QLatin1Char(' '));
        const auto where
            = [&](const QString &what) { return QStringLiteral("'%1': %2").arg(step, what).toLocal8Bit(); };
        QString wantTransitions;
        std::optional<int> wantCount;
        bool wantConsistent = false;
        for (qsizetype i = tokens.size() - 1; i >= 0; --i) {
            if (tokens[i].startsWith(QLatin1String("t=")))
                wantTransitions = tokens.takeAt(i).mid(2);
            else if (tokens[i].startsWith(QLatin1String("n=")))
                wantCount = tokens.takeAt(i).mid(2).toInt();
            else if (tokens[i] == QLatin1String("C")) {
                tokens.removeAt(i);
                wantConsistent = true;
            }
        }

        if (tokens[0] == QLatin1String("expire")) {
            const QList<StageTransition> got = tracker.expire(at(tokens[1]));
            QVERIFY2(
                arrows(got) == wantTransitions, where(QStringLiteral("expire gave '%1'").arg(arrows(got))).constData());
            if (!got.isEmpty())
                stage = got.last().to;
            continue;
        }
        if (tokens[0] == QLatin1String("status")) {
            const WatchStatus st = tracker.status(kGame, kPlayer, at(tokens[1]));
            QVERIFY2(eyeStageName(st.stage) == tokens[2],
                where(QStringLiteral("status %1").arg(eyeStageName(st.stage))).constData());
            if (wantCount)
                QVERIFY2(st.alertsInStreak == *wantCount,
                    where(QStringLiteral("count %1").arg(st.alertsInStreak)).constData());
            continue;
        }

        const qint64 when = at(tokens[0]);
        const AlertOutcome out = tracker.recordAlert(kGame, kPlayer, tokens[1], when, s);
        QVERIFY2(eyeStageName(out.stage) == tokens[2],
            where(QStringLiteral("stage %1").arg(eyeStageName(out.stage))).constData());
        if (wantCount)
            QVERIFY2(out.alertsInStreak == *wantCount,
                where(QStringLiteral("count %1").arg(out.alertsInStreak)).constData());
        QVERIFY2(arrows(out.transitions) == wantTransitions,
            where(QStringLiteral("transitions '%1'").arg(arrows(out.transitions))).constData());
        QVERIFY2(out.consistentBehaviour == wantConsistent, where(QStringLiteral("consistentBehaviour")).constData());
        QCOMPARE(out.consistentReason, wantConsistent ? tokens[1] : QString());
        // Transitions chain from the previous stage to the new one and name the player.
        EyeStage chain = stage;
        for (const StageTransition &t : out.transitions) {
            QCOMPARE(t.from, chain);
            QCOMPARE(t.gameId, kGame);
            QCOMPARE(t.playerId, kPlayer);
            QVERIFY(!t.cause.isEmpty());
            chain = t.to;
        }
        QCOMPARE(chain, out.stage);
        stage = out.stage;
        // Reading right after the alert agrees with the outcome.
        const WatchStatus st = tracker.status(kGame, kPlayer, when);
        QCOMPARE(st.stage, out.stage);
        QCOMPARE(st.alertsInStreak, out.alertsInStreak);
        QCOMPARE(st.offWatchlistAtMs, std::optional<qint64>(*st.lastAlertAtMs + s.streakGapMs + 1));
    }
}

void TestEyeStageTracker::causesAndTimes()
{
    EyeStageTracker tracker;
    const WatchSettings s;
    const auto alert = [&](qint64 atMs, const char *reason) {
        return tracker.recordAlert(kGame, kPlayer, QString::fromLatin1(reason), atMs, s).transitions;
    };
    QVERIFY(alert(kT0, "speed_hack").isEmpty());
    QVERIFY(alert(kT0 + 40 * kMin, "aim").isEmpty());
    QList<StageTransition> t = alert(kT0 + 80 * kMin, "wallhack");
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].cause, QStringLiteral("3 alerts in streak"));
    QCOMPARE(t[0].atMs, kT0 + 80 * kMin);
    t = alert(kT0 + 92 * kMin + 30 * 1000, "aim"); // 12:30 later
    QCOMPARE(t[0].cause, QStringLiteral("alert 12 min after the previous"));
    QCOMPARE(t[0].to, EyeStage::Short);
    t = alert(kT0 + 93 * kMin + 15 * 1000, "speed_hack"); // 45 s later
    QCOMPARE(t[0].cause, QStringLiteral("alert 45 s after the previous"));
    QCOMPARE(t[0].to, EyeStage::Big);
    t = alert(kT0 + 100 * kMin, "speed_hack");
    QVERIFY(t.isEmpty());
    const QList<StageTransition> expired = tracker.expire(kT0 + 1000 * kMin);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired[0].cause, QStringLiteral("quiet for 90 min"));
    QCOMPARE(expired[0].atMs, kT0 + 190 * kMin + 1); // when the streak ended, not when expire() ran
    QCOMPARE(expired[0].from, EyeStage::Big);

    // Similar alerts and a quick alert reaching big together: the similar-alerts cause is recorded.
    EyeStageTracker other;
    for (int i = 0; i < 4; ++i)
        other.recordAlert(kGame, kPlayer, QStringLiteral("x"), kT0 + i * 50 * kMin, s); // little after 3
    QCOMPARE(other.status(kGame, kPlayer, kT0 + 150 * kMin).stage, EyeStage::Little);
    t = other.recordAlert(kGame, kPlayer, QStringLiteral("x"), kT0 + 151 * kMin, s).transitions;
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].to, EyeStage::Big);
    QCOMPARE(t[0].cause, QStringLiteral("5 alerts of x"));
}

void TestEyeStageTracker::outcomeReasons()
{
    EyeStageTracker tracker;
    const WatchSettings s;
    tracker.recordAlert(kGame, kPlayer, QStringLiteral("b"), kT0, s);
    tracker.recordAlert(kGame, kPlayer, QStringLiteral("a"), kT0 + 1, s);
    AlertOutcome out = tracker.recordAlert(kGame, kPlayer, QStringLiteral("b"), kT0 + 2, s);
    QCOMPARE(out.reasonsInStreak, (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    // A new streak forgets the old reasons.
    out = tracker.recordAlert(kGame, kPlayer, QStringLiteral("c"), kT0 + 200 * kMin, s);
    QCOMPARE(out.reasonsInStreak, QStringList{QStringLiteral("c")});
    // Reasons are data, never format strings.
    AlertOutcome odd;
    for (int i = 0; i < 5; ++i)
        odd = tracker.recordAlert(kGame, QStringLiteral("p3"), QStringLiteral("%1 %2"), kT0 + i * 40 * kMin, s);
    QCOMPARE(odd.transitions.last().cause, QStringLiteral("5 alerts of %1 %2"));
    // Another player's reasons are its own.
    out = tracker.recordAlert(kGame, QStringLiteral("p2"), QStringLiteral("a"), kT0 + 200 * kMin, s);
    QCOMPARE(out.reasonsInStreak, QStringList{QStringLiteral("a")});
}

void TestEyeStageTracker::reasonCapBoundsTheScan()
{
    EyeStageTracker tracker;
    const WatchSettings s;
    AlertOutcome out;
    for (int i = 0; i < 300; ++i)
        out = tracker.recordAlert(kGame, kPlayer, QStringLiteral("junk-%1").arg(i), kT0 + i, s);
    QCOMPARE(out.alertsInStreak, 300);
    QCOMPARE(out.reasonsInStreak.size(), 256);
    // Reasons already counted keep counting.
    for (int i = 0; i < 14; ++i)
        out = tracker.recordAlert(kGame, kPlayer, QStringLiteral("junk-0"), kT0 + 1000 + i, s);
    QVERIFY(out.consistentBehaviour);
    QCOMPARE(out.consistentReason, QStringLiteral("junk-0"));
}

void TestEyeStageTracker::bannedSticks()
{
    EyeStageTracker tracker;
    const WatchSettings s;
    for (int i = 0; i < 5; ++i)
        tracker.recordAlert(kGame, kPlayer, QStringLiteral("x"), kT0 + i * kMin, s);
    const StageTransition ban = tracker.markBanned(kGame, kPlayer, kT0 + 10 * kMin, QStringLiteral("moderator"));
    QCOMPARE(ban.from, EyeStage::Big);
    QCOMPARE(ban.to, EyeStage::Banned);
    QCOMPARE(ban.atMs, kT0 + 10 * kMin);
    QCOMPARE(ban.cause, QStringLiteral("moderator"));
    QCOMPARE(tracker.nextExpiryAtMs(), std::nullopt); // banned players leave the expiry index

    // Alerts still count, the stage stays, and 15 similar is not reported while banned.
    AlertOutcome out;
    for (int i = 0; i < 12; ++i) {
        out = tracker.recordAlert(kGame, kPlayer, QStringLiteral("x"), kT0 + (11 + i) * kMin, s);
        QCOMPARE(out.stage, EyeStage::Banned);
        QVERIFY(out.transitions.isEmpty());
        QVERIFY(!out.consistentBehaviour);
    }
    QCOMPARE(out.alertsInStreak, 17);
    QCOMPARE(tracker.status(kGame, kPlayer, kT0 + 30 * kMin).offWatchlistAtMs, std::nullopt);

    // Days of quiet: expire() passes it by, status stays Banned with no streak, a new streak counts afresh.
    QVERIFY(tracker.expire(kT0 + 10000 * kMin).isEmpty());
    const WatchStatus st = tracker.status(kGame, kPlayer, kT0 + 10000 * kMin);
    QCOMPARE(st.stage, EyeStage::Banned);
    QCOMPARE(st.alertsInStreak, 0);
    out = tracker.recordAlert(kGame, kPlayer, QStringLiteral("x"), kT0 + 10000 * kMin, s);
    QCOMPARE(out.stage, EyeStage::Banned);
    QCOMPARE(out.alertsInStreak, 1);
    QVERIFY(out.transitions.isEmpty());

    // Banned again: Banned → Banned, nothing else changes.
    const StageTransition again = tracker.markBanned(kGame, kPlayer, kT0 + 10001 * kMin, QStringLiteral("x"));
    QCOMPARE(again.from, EyeStage::Banned);
    QCOMPARE(again.to, EyeStage::Banned);

    // clearBan: → None with the streak reset; the next alert starts at 1.
    const std::optional<StageTransition> cleared
        = tracker.clearBan(kGame, kPlayer, kT0 + 10002 * kMin, QStringLiteral("ban lifted"));
    QVERIFY(cleared);
    QCOMPARE(cleared->from, EyeStage::Banned);
    QCOMPARE(cleared->to, EyeStage::None);
    QCOMPARE(cleared->cause, QStringLiteral("ban lifted"));
    QCOMPARE(tracker.status(kGame, kPlayer, kT0 + 10002 * kMin).stage, EyeStage::None);
    QCOMPARE(tracker.trackedPlayers(), 0);
    out = tracker.recordAlert(kGame, kPlayer, QStringLiteral("x"), kT0 + 10003 * kMin, s);
    QCOMPARE(out.alertsInStreak, 1);
    QCOMPARE(out.stage, EyeStage::None);
}

void TestEyeStageTracker::markBannedFromEachStage_data()
{
    QTest::addColumn<int>("alerts");
    QTest::addColumn<int>("banAfterMin");
    QTest::addColumn<EyeStage>("from");
    QTest::newRow("untracked") << 0 << 0 << EyeStage::None;
    QTest::newRow("two alerts") << 2 << 5 << EyeStage::None;
    QTest::newRow("little") << 3 << 5 << EyeStage::Little;
    QTest::newRow("short") << 4 << 5 << EyeStage::Short;
    QTest::newRow("big") << 5 << 5 << EyeStage::Big;
    QTest::newRow("big, streak over but not expired") << 5 << 200 << EyeStage::None;
}

void TestEyeStageTracker::markBannedFromEachStage()
{
    QFETCH(int, alerts);
    QFETCH(int, banAfterMin);
    QFETCH(EyeStage, from);
    EyeStageTracker tracker;
    for (int i = 0; i < alerts; ++i)
        tracker.recordAlert(kGame, kPlayer, QStringLiteral("r%1").arg(i), kT0 + i * kMin, WatchSettings{});
    const StageTransition t = tracker.markBanned(kGame, kPlayer, kT0 + banAfterMin * kMin, QStringLiteral("m"));
    QCOMPARE(t.from, from);
    QCOMPARE(t.to, EyeStage::Banned);
    QCOMPARE(tracker.status(kGame, kPlayer, kT0 + 100000 * kMin).stage, EyeStage::Banned);
}

void TestEyeStageTracker::clearBanOnlyWhenBanned()
{
    EyeStageTracker tracker;
    QCOMPARE(tracker.clearBan(kGame, kPlayer, kT0, QStringLiteral("x")).has_value(), false);
    for (int i = 0; i < 3; ++i)
        tracker.recordAlert(kGame, kPlayer, QStringLiteral("x"), kT0 + i, WatchSettings{});
    QCOMPARE(tracker.clearBan(kGame, kPlayer, kT0 + 10, QStringLiteral("x")).has_value(), false);
    QCOMPARE(tracker.status(kGame, kPlayer, kT0 + 10).stage, EyeStage::Little); // untouched
}

void TestEyeStageTracker::expireManyPlayers()
{
    EyeStageTracker tracker;
    const WatchSettings s;
    // Player i gets three alerts ending at minute i: little, off at i + 90 min + 1 ms.
    for (int i = 0; i < 100; ++i) {
        const QString p = QStringLiteral("p%1").arg(i);
        for (int k = 2; k >= 0; --k)
            tracker.recordAlert(kGame, p, QStringLiteral("x"), kT0 + (200 + i - k * 40) * kMin, s);
    }
    QCOMPARE(tracker.trackedPlayers(), 100);
    QCOMPARE(tracker.nextExpiryAtMs(), std::optional<qint64>(kT0 + 290 * kMin + 1));
    // A later alert moves a player's expiry; the index follows.
    tracker.recordAlert(kGame, QStringLiteral("p0"), QStringLiteral("x"), kT0 + 260 * kMin, s);
    QCOMPARE(tracker.nextExpiryAtMs(), std::optional<qint64>(kT0 + 291 * kMin + 1));

    QVERIFY(tracker.expire(kT0 + 291 * kMin).isEmpty());
    QList<StageTransition> t = tracker.expire(kT0 + 300 * kMin + 1); // p1..p10
    QCOMPARE(t.size(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(t[i].playerId, QStringLiteral("p%1").arg(i + 1)); // in the order the streaks ended
        QCOMPARE(t[i].atMs, kT0 + (291 + i) * kMin + 1);
        QCOMPARE(t[i].from, EyeStage::Little);
    }
    QCOMPARE(tracker.trackedPlayers(), 90);
    QCOMPARE(tracker.status(kGame, QStringLiteral("p11"), kT0 + 300 * kMin + 1).stage, EyeStage::Little);
    t = tracker.expire(kT0 + 100000 * kMin);
    QCOMPARE(t.size(), 90);
    QCOMPARE(tracker.trackedPlayers(), 0);
    QCOMPARE(tracker.nextExpiryAtMs(), std::nullopt);
}

// A long script cut at every step: the state saved there, restored into a fresh tracker, must
// continue exactly as the uninterrupted tracker does.
void TestEyeStageTracker::restoreRoundTrip_data()
{
    QTest::addColumn<int>("cut");
    for (int cut = 0; cut <= 40; ++cut)
        QTest::addRow("cut after %d", cut) << cut;
}

void TestEyeStageTracker::restoreRoundTrip()
{
    QFETCH(int, cut);
    struct Step {
        qint64 atMs;
        QString reason;
        bool ban = false;
    };
    QList<Step> steps;
    qint64 t = kT0;
    const qint64 gaps[] = {1, 5, 29, 31, 45, 2, 90, 3, 91, 1};
    for (int i = 0; i < 40; ++i) {
        t += gaps[i % 10] * kMin + (i == 26 ? 1 : 0);
        steps.append(Step{t, i % 3 ? QStringLiteral("speed_hack") : QStringLiteral("aim"), i == 33});
    }
    const WatchSettings s;
    const auto apply = [&](EyeStageTracker &tracker, const Step &step) {
        if (step.ban)
            return AlertOutcome{
                EyeStage::Banned, 0, {tracker.markBanned(kGame, kPlayer, step.atMs, step.reason)}, false, {}, {}};
        return tracker.recordAlert(kGame, kPlayer, step.reason, step.atMs, s);
    };
    EyeStageTracker whole, first;
    for (int i = 0; i < cut; ++i) {
        apply(whole, steps[i]);
        apply(first, steps[i]);
    }
    const QJsonObject saved = first.stateJson(kGame, kPlayer);
    // Through text, as the engine stores it.
    EyeStageTracker second;
    second.restore(kGame, kPlayer, QJsonDocument::fromJson(QJsonDocument(saved).toJson()).object());
    QCOMPARE(second.stateJson(kGame, kPlayer), saved);
    QCOMPARE(second.nextExpiryAtMs(), whole.nextExpiryAtMs());
    for (int i = cut; i < steps.size(); ++i) {
        const AlertOutcome a = apply(whole, steps[i]);
        const AlertOutcome b = apply(second, steps[i]);
        QCOMPARE(b.stage, a.stage);
        QCOMPARE(b.alertsInStreak, a.alertsInStreak);
        QCOMPARE(arrows(b.transitions), arrows(a.transitions));
        for (qsizetype k = 0; k < a.transitions.size(); ++k) {
            QCOMPARE(b.transitions[k].atMs, a.transitions[k].atMs);
            QCOMPARE(b.transitions[k].cause, a.transitions[k].cause);
        }
        QCOMPARE(b.consistentBehaviour, a.consistentBehaviour);
        QCOMPARE(b.reasonsInStreak, a.reasonsInStreak);
    }
    QCOMPARE(second.stateJson(kGame, kPlayer), whole.stateJson(kGame, kPlayer));
}

void TestEyeStageTracker::restoreEdgeCases()
{
    EyeStageTracker tracker;
    QCOMPARE(tracker.stateJson(kGame, kPlayer), QJsonObject()); // untracked: the column default '{}'
    tracker.restore(kGame, kPlayer, QJsonObject());
    QCOMPARE(tracker.trackedPlayers(), 0);
    tracker.restore(kGame, kPlayer, QJsonObject{{QStringLiteral("stage"), QStringLiteral("huge")}});
    QCOMPARE(tracker.trackedPlayers(), 0);

    // A saved streak that ended while the server was down expires at the first expire().
    for (int i = 0; i < 3; ++i)
        tracker.recordAlert(kGame, kPlayer, QStringLiteral("x"), kT0 + i * kMin, WatchSettings{});
    const QJsonObject saved = tracker.stateJson(kGame, kPlayer);
    EyeStageTracker restarted;
    restarted.restore(kGame, kPlayer, saved);
    QCOMPARE(restarted.trackedPlayers(), 1);
    QCOMPARE(restarted.status(kGame, kPlayer, kT0 + 1000 * kMin).stage, EyeStage::None);
    const QList<StageTransition> t = restarted.expire(kT0 + 1000 * kMin);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t[0].from, EyeStage::Little);
    QCOMPARE(t[0].atMs, kT0 + 92 * kMin + 1);

    // Restoring over a tracked player replaces it; restoring {} forgets it.
    tracker.restore(kGame, kPlayer,
        QJsonObject{{QStringLiteral("stage"), QStringLiteral("banned")}, {QStringLiteral("alertsInStreak"), 0}});
    QCOMPARE(tracker.status(kGame, kPlayer, kT0).stage, EyeStage::Banned);
    QCOMPARE(tracker.nextExpiryAtMs(), std::nullopt);
    tracker.restore(kGame, kPlayer, QJsonObject());
    QCOMPARE(tracker.trackedPlayers(), 0);
}

void TestEyeStageTracker::watchlist()
{
    EyeStageTracker tracker;
    const WatchSettings s;
    const auto alerts = [&](const QString &game, const QString &player, int n, qint64 startMs) {
        for (int i = 0; i < n; ++i)
            tracker.recordAlert(game, player, QStringLiteral("r%1").arg(i), startMs + i * kMin, s);
    };
    alerts(kGame, QStringLiteral("two"), 2, kT0);
    alerts(kGame, QStringLiteral("little"), 3, kT0);
    alerts(kGame, QStringLiteral("short"), 4, kT0);
    alerts(kGame, QStringLiteral("big-old"), 5, kT0);
    alerts(kGame, QStringLiteral("big-new"), 5, kT0 + 10 * kMin);
    alerts(kGame, QStringLiteral("gone"), 3, kT0 - 100 * kMin); // streak over by kT0 + 20 min
    alerts(QStringLiteral("g2"), QStringLiteral("elsewhere"), 5, kT0);
    tracker.markBanned(kGame, QStringLiteral("banned"), kT0, QStringLiteral("m"));

    const qint64 now = kT0 + 20 * kMin;
    const auto ids = [](const QList<EyeStageTracker::Entry> &entries) {
        QStringList out;
        for (const auto &e : entries)
            out.append(e.playerId);
        return out;
    };
    QCOMPARE(ids(tracker.watchlist(kGame, std::nullopt, now)),
        (QStringList{
            QStringLiteral("big-new"), QStringLiteral("big-old"), QStringLiteral("short"), QStringLiteral("little")}));
    QCOMPARE(ids(tracker.watchlist(kGame, EyeStage::Big, now)),
        (QStringList{QStringLiteral("big-new"), QStringLiteral("big-old")}));
    QCOMPARE(ids(tracker.watchlist(kGame, EyeStage::Banned, now)), QStringList{QStringLiteral("banned")});
    QVERIFY(tracker.watchlist(kGame, EyeStage::None, now).isEmpty());
    QVERIFY(tracker.watchlist(QStringLiteral("nope"), std::nullopt, now).isEmpty());
    const QList<EyeStageTracker::Entry> little = tracker.watchlist(kGame, EyeStage::Little, now);
    QCOMPARE(little.size(), 1);
    QCOMPARE(little[0].gameId, kGame);
    QCOMPARE(little[0].status.alertsInStreak, 3);
    QCOMPARE(little[0].status.lastAlertAtMs, std::optional<qint64>(kT0 + 2 * kMin));
}

void TestEyeStageTracker::heavyPlayerDoesNotDisturbOthers()
{
    EyeStageTracker tracker;
    const WatchSettings s;
    // 10,000 alerts for one player, one every 10 s, interleaved with a steady other player.
    AlertOutcome heavy;
    AlertOutcome other;
    int otherAlerts = 0;
    for (int i = 0; i < 10000; ++i) {
        heavy = tracker.recordAlert(kGame, QStringLiteral("heavy"),
            i % 7 ? QStringLiteral("speed_hack") : QStringLiteral("r%1").arg(i % 50), kT0 + i * 10000LL, s);
        if (i % 2000 == 0) {
            other = tracker.recordAlert(kGame, QStringLiteral("other"), QStringLiteral("aim"), kT0 + i * 10000LL, s);
            ++otherAlerts;
            // 2000 × 10 s = 5.5 h apart: every one of these starts a new streak.
            QCOMPARE(other.alertsInStreak, 1);
            QCOMPARE(other.stage, EyeStage::None);
        }
    }
    QCOMPARE(heavy.alertsInStreak, 10000);
    QCOMPARE(heavy.stage, EyeStage::Big);
    QVERIFY(heavy.reasonsInStreak.size() <= 51);
    QCOMPARE(otherAlerts, 5);
    // Fresh players next to the heavy one follow the rules as in an empty tracker.
    for (int i = 0; i < 3; ++i) {
        const AlertOutcome out = tracker.recordAlert(
            kGame, QStringLiteral("fresh"), QStringLiteral("x"), kT0 + 100000000LL + i * 40 * kMin, s);
        QCOMPARE(out.stage, i < 2 ? EyeStage::None : EyeStage::Little);
    }
    QCOMPARE(tracker.status(kGame, QStringLiteral("heavy"), kT0 + 99990000LL).alertsInStreak, 10000);
}

void TestEyeStageTracker::gamesAreSeparate()
{
    EyeStageTracker tracker;
    const WatchSettings s;
    for (int i = 0; i < 3; ++i)
        tracker.recordAlert(QStringLiteral("g1"), kPlayer, QStringLiteral("x"), kT0 + i, s);
    QCOMPARE(tracker.status(QStringLiteral("g1"), kPlayer, kT0 + 5).stage, EyeStage::Little);
    QCOMPARE(tracker.status(QStringLiteral("g2"), kPlayer, kT0 + 5).stage, EyeStage::None);
    const AlertOutcome out = tracker.recordAlert(QStringLiteral("g2"), kPlayer, QStringLiteral("x"), kT0 + 6, s);
    QCOMPARE(out.alertsInStreak, 1);
    QCOMPARE(tracker.trackedPlayers(), 2);
}

QTEST_GUILESS_MAIN(TestEyeStageTracker)
#include "tst_eyestagetracker.moc"
