// TrustTiers: detection.md §2 tiers — thresholds, the 30-day cheat penalty, moderator tiers.

#include "detection/trusttiers.h"

#include <QTest>

using namespace arbiter;

namespace {

constexpr qint64 kNow = 1795335600000; // 2026-11-22T08:20:00Z
constexpr qint64 kHour = 60 * 60 * 1000;
constexpr qint64 kDay = 24 * kHour;

const QString kGame = QStringLiteral("g1");
const QString kPlayer = QStringLiteral("p1");

} // namespace

class TestTrustTiers final : public QObject {
    Q_OBJECT

private slots:
    void tier_data();
    void tier();
    void cheatThenBack();
    void moderatorTier();
    void countsPerGame();
};

// `accepted` scores, the first `firstAcceptedAgo` before now, the rest just now; first seen
// `firstSeenAgo` before now; a confirmed cheat `cheatAgo` before now (-1: none).
void TestTrustTiers::tier_data()
{
    QTest::addColumn<int>("accepted");
    QTest::addColumn<qint64>("firstAcceptedAgo");
    QTest::addColumn<qint64>("firstSeenAgo");
    QTest::addColumn<qint64>("cheatAgo");
    QTest::addColumn<QString>("moderator");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown player") << 0 << qint64(0) << 30 * kDay << qint64(-1) << ""
                                    << "C";
    QTest::newRow("9 accepted") << 9 << 2 * kDay << 2 * kDay << qint64(-1) << ""
                                << "C";
    QTest::newRow("10 accepted") << 10 << 2 * kDay << 2 * kDay << qint64(-1) << ""
                                 << "B";
    QTest::newRow("10, seen 23:59:59.999 ago") << 10 << qint64(0) << kDay - 1 << qint64(-1) << ""
                                               << "C";
    QTest::newRow("10, seen 24:00 ago") << 10 << qint64(0) << kDay << qint64(-1) << ""
                                        << "B";
    QTest::newRow("99 over 8 days") << 99 << 8 * kDay << 8 * kDay << qint64(-1) << ""
                                    << "B";
    QTest::newRow("100 over 6d23:59:59.999") << 100 << 7 * kDay - 1 << 8 * kDay << qint64(-1) << ""
                                             << "B";
    QTest::newRow("100 over 7 days") << 100 << 7 * kDay << 7 * kDay << qint64(-1) << ""
                                     << "A";
    QTest::newRow("100 over 7 days, cheat 31 days ago: never A again")
        << 100 << 60 * kDay << 60 * kDay << 31 * kDay << ""
        << "B";
    QTest::newRow("cheat 29 days ago") << 100 << 60 * kDay << 60 * kDay << 29 * kDay << ""
                                       << "C";
    QTest::newRow("cheat 30 days - 1 ms ago") << 100 << 60 * kDay << 60 * kDay << 30 * kDay - 1 << ""
                                              << "C";
    QTest::newRow("cheat exactly 30 days ago") << 100 << 60 * kDay << 60 * kDay << 30 * kDay << ""
                                               << "B";
    QTest::newRow("moderator A, no scores") << 0 << qint64(0) << qint64(0) << qint64(-1) << "A"
                                            << "A";
    QTest::newRow("moderator C over automatic A") << 200 << 60 * kDay << 60 * kDay << qint64(-1) << "C"
                                                  << "C";
    QTest::newRow("moderator B over automatic A") << 200 << 60 * kDay << 60 * kDay << qint64(-1) << "B"
                                                  << "B";
    QTest::newRow("moderator A, cheat 1 day ago") << 200 << 60 * kDay << 60 * kDay << kDay << "A"
                                                  << "C";
    QTest::newRow("moderator A, cheat 30 days ago") << 200 << 60 * kDay << 60 * kDay << 30 * kDay << "A"
                                                    << "A";
}

void TestTrustTiers::tier()
{
    QFETCH(int, accepted);
    QFETCH(qint64, firstAcceptedAgo);
    QFETCH(qint64, firstSeenAgo);
    QFETCH(qint64, cheatAgo);
    QFETCH(QString, moderator);
    QFETCH(QString, expected);
    TrustTiers tiers;
    for (int i = 0; i < accepted; ++i)
        tiers.recordAccepted(kGame, kPlayer, i == 0 ? kNow - firstAcceptedAgo : kNow);
    if (cheatAgo >= 0)
        tiers.recordConfirmedCheat(kGame, kPlayer, kNow - cheatAgo);
    if (!moderator.isEmpty())
        tiers.setModeratorTier(kGame, kPlayer, tierFromName(moderator));
    QCOMPARE(tierName(tiers.tier(kGame, kPlayer, kNow - firstSeenAgo, kNow)), expected);
    QCOMPARE(tiers.acceptedCount(kGame, kPlayer), accepted);
}

void TestTrustTiers::cheatThenBack()
{
    TrustTiers tiers;
    const qint64 start = kNow - 100 * kDay;
    for (int i = 0; i < 150; ++i)
        tiers.recordAccepted(kGame, kPlayer, start + i * kHour);
    QCOMPARE(tiers.tier(kGame, kPlayer, start, kNow), TrustTier::A);
    tiers.recordConfirmedCheat(kGame, kPlayer, kNow);
    QCOMPARE(tiers.tier(kGame, kPlayer, start, kNow), TrustTier::C);
    QCOMPARE(tiers.tier(kGame, kPlayer, start, kNow + 30 * kDay - 1), TrustTier::C);
    QCOMPARE(tiers.tier(kGame, kPlayer, start, kNow + 30 * kDay), TrustTier::B);
    // An older cheat confirmed later does not shorten the penalty of the newer one.
    tiers.recordConfirmedCheat(kGame, kPlayer, kNow - 20 * kDay);
    QCOMPARE(tiers.tier(kGame, kPlayer, start, kNow + 30 * kDay - 1), TrustTier::C);
    // A second cheat starts a new 30 days.
    tiers.recordConfirmedCheat(kGame, kPlayer, kNow + 40 * kDay);
    QCOMPARE(tiers.tier(kGame, kPlayer, start, kNow + 50 * kDay), TrustTier::C);
    QCOMPARE(tiers.tier(kGame, kPlayer, start, kNow + 70 * kDay), TrustTier::B);
    // Only a moderator makes the player A again.
    tiers.setModeratorTier(kGame, kPlayer, TrustTier::A);
    QCOMPARE(tiers.tier(kGame, kPlayer, start, kNow + 70 * kDay), TrustTier::A);
}

void TestTrustTiers::moderatorTier()
{
    TrustTiers tiers;
    tiers.setModeratorTier(kGame, kPlayer, std::nullopt); // nothing to reset: harmless
    QCOMPARE(tiers.tier(kGame, kPlayer, kNow, kNow), TrustTier::C);
    tiers.setModeratorTier(kGame, kPlayer, TrustTier::B);
    QCOMPARE(tiers.tier(kGame, kPlayer, kNow, kNow), TrustTier::B);
    QCOMPARE(tiers.acceptedCount(kGame, kPlayer), 0);
    for (int i = 0; i < 10; ++i)
        tiers.recordAccepted(kGame, kPlayer, kNow - 3 * kDay);
    tiers.setModeratorTier(kGame, kPlayer, TrustTier::C);
    QCOMPARE(tiers.tier(kGame, kPlayer, kNow - 3 * kDay, kNow), TrustTier::C);
    tiers.setModeratorTier(kGame, kPlayer, std::nullopt); // automatic again
    QCOMPARE(tiers.tier(kGame, kPlayer, kNow - 3 * kDay, kNow), TrustTier::B);
}

void TestTrustTiers::countsPerGame()
{
    TrustTiers tiers;
    for (int i = 0; i < 12; ++i)
        tiers.recordAccepted(kGame, kPlayer, kNow - 2 * kDay + i);
    QCOMPARE(tiers.acceptedCount(kGame, kPlayer), 12);
    QCOMPARE(tiers.acceptedCount(QStringLiteral("g2"), kPlayer), 0);
    QCOMPARE(tiers.acceptedCount(kGame, QStringLiteral("p2")), 0);
    QCOMPARE(tiers.tier(QStringLiteral("g2"), kPlayer, kNow - 2 * kDay, kNow), TrustTier::C);
    tiers.recordConfirmedCheat(QStringLiteral("g2"), kPlayer, kNow);
    QCOMPARE(tiers.tier(kGame, kPlayer, kNow - 2 * kDay, kNow), TrustTier::B); // another game's cheat
    // Accepted scores may arrive out of order (replay): the earliest is the first.
    TrustTiers replay;
    for (int i = 0; i < 100; ++i)
        replay.recordAccepted(kGame, kPlayer, kNow - (i == 50 ? 8 * kDay : kDay));
    QCOMPARE(replay.tier(kGame, kPlayer, kNow - 8 * kDay, kNow), TrustTier::A);
}

QTEST_GUILESS_MAIN(TestTrustTiers)
#include "tst_trusttiers.moc"
