// RankedIndex alone against a Fenwick-tree reference: splits, merges and refills from both sides, bulk builds.

#include "leaderboard/rankedindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <random>

using namespace arbiter;

namespace {

struct PlayerOrder final : TieOrder {
    bool less(quint32 a, quint32 b) const override { return a < b; }
};

} // namespace

class TestRankedIndex final : public QObject {
    Q_OBJECT

private slots:
    void churn_data();
    void churn();
    void empty();
};

void TestRankedIndex::churn_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("bulk");
    for (const bool bulk : {false, true}) {
        for (const char *pattern : {"random", "ascending", "descending", "middle", "alternate"})
            QTest::newRow(qPrintable(
                QStringLiteral("%1%2").arg(QLatin1String(pattern), bulk ? QStringLiteral(" bulk") : QString())))
                << QString::fromLatin1(pattern) << bulk;
    }
}

void TestRankedIndex::churn()
{
    // The tree alone against a sorted vector: grow to three levels, then erase in a pattern that empties
    // nodes from one side (merges and refills from left and right neighbours), then grow again.
    QFETCH(QString, pattern);
    QFETCH(bool, bulk);
    PlayerOrder order;
    RankedIndex index(&order);
    QRandomGenerator rng(3);
    const int n = 200000;
    std::vector<RankKey> keys;
    for (int i = 0; i < n; ++i)
        keys.push_back(RankKey{quint64(rng.bounded(40000)), qint64(rng.bounded(3)), quint32(i)});
    const auto less = [&](const RankKey &a, const RankKey &b) { return index.less(a, b); };
    std::vector<RankKey> sorted = keys;
    std::sort(sorted.begin(), sorted.end(), less);
    if (bulk) {
        index.assignSorted(sorted);
    } else {
        for (int i = 0; i < n; ++i)
            if (index.insert(keys[i]) != index.rankOf(keys[i]))
                QFAIL("insert() and rankOf() disagree");
    }
    QVERIFY(index.verify());
    QCOMPARE(index.size(), n);
    QVERIFY(index.height() >= 3);
    std::vector<RankKey> victims = sorted;
    if (pattern == u"random")
        std::shuffle(victims.begin(), victims.end(), std::mt19937(7));
    else if (pattern == u"descending")
        std::reverse(victims.begin(), victims.end());
    else if (pattern == u"middle")
        std::rotate(victims.begin(), victims.begin() + n / 2, victims.end());
    else if (pattern == u"alternate") {
        std::vector<RankKey> alt;
        for (int i = 0; i < n / 2; ++i) {
            alt.push_back(victims[i]);
            alt.push_back(victims[n - 1 - i]);
        }
        victims = alt;
    }
    // Which of the sorted keys are live, as a Fenwick tree: the expected rank is a prefix count.
    std::vector<int> fenwick(n + 1, 0);
    const auto mark = [&](int pos, int delta) {
        for (int i = pos + 1; i <= n; i += i & -i)
            fenwick[i] += delta;
    };
    const auto liveBefore = [&](int pos) {
        int count = 0;
        for (int i = pos; i > 0; i -= i & -i)
            count += fenwick[i];
        return count;
    };
    for (int i = 0; i < n; ++i)
        mark(i, 1);
    const auto position = [&](const RankKey &k) {
        return int(std::lower_bound(sorted.begin(), sorted.end(), k, less) - sorted.begin());
    };
    int live = n;
    const int eraseCount = n - 300;
    for (int i = 0; i < eraseCount; ++i) {
        const int pos = position(victims[i]);
        if (index.erase(victims[i]) != liveBefore(pos) + 1)
            QFAIL(qPrintable(QStringLiteral("erase %1 returned a wrong rank").arg(i)));
        mark(pos, -1);
        --live;
        if (i % 10000 == 0 || i > eraseCount - 400) {
            QVERIFY2(index.verify(), qPrintable(QStringLiteral("after %1 erases").arg(i + 1)));
            QCOMPARE(index.size(), live);
        }
    }
    QCOMPARE(index.erase(victims[0]), 0); // already gone
    // Grow back and compare every rank and the full order.
    for (int i = 0; i < eraseCount; i += 2) {
        const int pos = position(victims[i]);
        mark(pos, 1);
        ++live;
        if (index.insert(victims[i]) != liveBefore(pos) + 1)
            QFAIL(qPrintable(QStringLiteral("re-insert %1 returned a wrong rank").arg(i)));
    }
    QVERIFY(index.verify());
    std::vector<RankKey> expected;
    for (int pos = 0; pos < n; ++pos) {
        if (liveBefore(pos + 1) - liveBefore(pos) == 1)
            expected.push_back(sorted[pos]);
    }
    QCOMPARE(int(expected.size()), live);
    int rank = 0;
    bool same = true;
    index.visit(0, n, [&](const RankKey &k, int r) {
        same = same && r == rank + 1 && k.player == expected[rank].player;
        ++rank;
    });
    QVERIFY(same);
    QCOMPARE(rank, live);
    for (int i = 0; i < live; i += 101)
        QCOMPARE(index.rankOf(expected[i]), i + 1);
    QCOMPARE(index.countBefore([&](const RankKey &k) { return less(k, expected[live / 2]); }), live / 2);
}

void TestRankedIndex::empty()
{
    PlayerOrder order;
    RankedIndex index(&order);
    QCOMPARE(index.size(), 0);
    QCOMPARE(index.rankOf(RankKey{1, 2, 3}), 0);
    QCOMPARE(index.erase(RankKey{1, 2, 3}), 0);
    int visited = 0;
    index.visit(0, 10, [&](const RankKey &, int) { ++visited; });
    QCOMPARE(visited, 0);
    QCOMPARE(index.insert(RankKey{1, 2, 3}), 1);
    QCOMPARE(index.insert(RankKey{0, 2, 4}), 1);
    QCOMPARE(index.insert(RankKey{1, 2, 2}), 2); // same value and time: the tie order decides
    QCOMPARE(index.rankOf(RankKey{1, 2, 3}), 3);
    index.assignSorted({});
    QCOMPARE(index.size(), 0);
    QVERIFY(index.verify());
}

QTEST_GUILESS_MAIN(TestRankedIndex)
#include "tst_rankedindex.moc"
