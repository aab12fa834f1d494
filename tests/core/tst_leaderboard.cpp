// Leaderboard: operators × sort orders, tie-breaks, remove() fallback, hidden players, periods, paging edges,
// prospectiveRank, and a randomized comparison against a naive sort-everything reference.
// (Period keys and names: tst_period; the tree alone: tst_rankedindex.)

#include "crypto/crypto.h"
#include "leaderboard/leaderboard.h"
#include "leaderboard/period.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <map>

using namespace arbiter;

namespace {

const QString kAll = QStringLiteral("all");
// 2026-11-22T10:00:00Z, a Sunday; script times are minutes after it.
const qint64 kT0 = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

qint64 utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

QString num(double v)
{
    return QString::number(v, 'g', 15);
}

// Script lines: "add <id> <player> <points> <minute>", "remove <id> <player>", "hide <player>", "show <player>".
void run(Leaderboard &board, const QStringList &script)
{
    for (const QString &line : script) {
        const QStringList f = line.split(u' ');
        if (f[0] == u"add")
            board.add(f[1], f[2], f[3].toDouble(), kT0 + f[4].toLongLong() * 60000);
        else if (f[0] == u"remove")
            board.remove(f[1], f[2]);
        else if (f[0] == u"hide")
            board.setPlayerHidden(f[1], true);
        else if (f[0] == u"show")
            board.setPlayerHidden(f[1], false);
        else
            qFatal("bad script line");
    }
}

// "player=score@minute ..." in rank order; also checks ranks are 1..n and standing() agrees with top().
QString listing(const Leaderboard &board, const QString &period)
{
    QStringList parts;
    const QList<Standing> all = board.top(period, 0, 1000);
    for (int i = 0; i < all.size(); ++i) {
        const Standing &s = all[i];
        if (s.rank != i + 1)
            return QStringLiteral("bad rank %1 at %2").arg(s.rank).arg(i);
        const auto single = board.standing(period, s.playerId);
        if (!single || single->rank != s.rank || single->score != s.score || single->achievedAtMs != s.achievedAtMs)
            return QStringLiteral("standing() disagrees for %1").arg(s.playerId);
        parts << QStringLiteral("%1=%2@%3").arg(s.playerId, num(s.score)).arg((s.achievedAtMs - kT0) / 60000);
    }
    if (board.total(period) != all.size())
        return QStringLiteral("total %1 != %2").arg(board.total(period)).arg(all.size());
    return parts.join(u' ');
}

BoardSpec spec(const QString &op, const QString &order, int bestN = 1, ResetSchedule reset = ResetSchedule::Never)
{
    return BoardSpec{QStringLiteral("board-1"), *sortOrderFromName(order), *operatorFromName(op), reset, bestN};
}

QByteArray tieHash(const QString &player, const QString &board)
{
    return crypto::sha256((player + u':' + board).toUtf8());
}

// The naive reference: every value recomputed from all submissions, then std::sort.
struct RefSub {
    QString id;
    QString player;
    double points;
    qint64 at;
    int seq;
    bool removed = false;
};

struct RefEntry {
    QString player;
    double value = 0;
    qint64 at = 0;
};

class Reference final {
public:
    explicit Reference(BoardSpec s)
        : spec(std::move(s))
    {
    }
    BoardSpec spec;
    QList<RefSub> subs;
    QSet<QString> hidden;
    int seq = 0;

    bool better(const RefSub &a, const RefSub &b) const
    {
        if (a.points != b.points)
            return spec.sortOrder == SortOrder::Desc ? a.points > b.points : a.points < b.points;
        if (a.at != b.at)
            return a.at < b.at;
        return a.seq < b.seq;
    }

    QList<RefEntry> standings(const QString &period) const
    {
        std::map<QString, QList<RefSub>> byPlayer;
        for (const RefSub &s : subs) {
            if (!s.removed && !hidden.contains(s.player) && (period == u"all" || periodKey(spec.reset, s.at) == period))
                byPlayer[s.player].append(s);
        }
        QList<RefEntry> out;
        for (auto &[player, list] : byPlayer) {
            RefEntry e{player};
            if (spec.op == BoardOperator::Best || spec.op == BoardOperator::Latest) {
                RefSub pick = list.first();
                for (const RefSub &s : list) {
                    if (spec.op == BoardOperator::Best ? better(s, pick)
                                                       : (s.at > pick.at || (s.at == pick.at && s.seq > pick.seq)))
                        pick = s;
                }
                e.value = pick.points;
                e.at = pick.at;
            } else {
                QList<RefSub> counted;
                if (spec.op == BoardOperator::Sum) {
                    counted = list;
                } else {
                    std::map<qint64, QList<RefSub>> days;
                    for (const RefSub &s : list)
                        days[utcDay(s.at)].append(s);
                    for (auto &[day, ds] : days) {
                        std::sort(
                            ds.begin(), ds.end(), [this](const RefSub &a, const RefSub &b) { return better(a, b); });
                        counted += ds.mid(0, std::max(1, spec.bestN));
                    }
                }
                bool nonZero = false;
                bool first = true;
                for (const RefSub &s : counted) {
                    e.value += s.points;
                    const bool nz = s.points != 0;
                    if (first || (nz != nonZero ? nz : s.at > e.at)) {
                        nonZero = nz;
                        e.at = s.at;
                    }
                    first = false;
                }
            }
            out.append(e);
        }
        std::sort(out.begin(), out.end(), [this](const RefEntry &a, const RefEntry &b) { return before(a, b); });
        return out;
    }

    bool before(const RefEntry &a, const RefEntry &b) const
    {
        if (a.value != b.value)
            return spec.sortOrder == SortOrder::Desc ? a.value > b.value : a.value < b.value;
        if (a.at != b.at)
            return a.at < b.at;
        return tieHash(a.player, spec.boardId) < tieHash(b.player, spec.boardId);
    }
};

} // namespace

class TestLeaderboard final : public QObject {
    Q_OBJECT

private slots:
    void operators_data();
    void operators();
    void tieBreakBySha256();
    void removeFallback_data();
    void removeFallback();
    void removeUnknownAndTwice();
    void invalidAdds();
    void hiddenPlayers();
    void pastPeriodsStayReadable();
    void pagingEdges();
    void prospectiveRank();
    void rankChanges();
    void bulkLoadMatchesIncremental();
    void largeBoardStaysOrdered();
    void randomizedAgainstReference_data();
    void randomizedAgainstReference();
};

void TestLeaderboard::operators_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("order");
    QTest::addColumn<int>("bestN");
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("expected");
    const QStringList s{
        "add s1 a 100 0", "add s2 b 50 1", "add s3 a 70 2", "add s4 c 100 3", "add s5 b 120 4", "add s6 c 30 5"};
    QTest::newRow("best desc") << "best"
                               << "desc" << 1 << s << "b=120@4 a=100@0 c=100@3";
    QTest::newRow("best asc") << "best"
                              << "asc" << 1 << s << "c=30@5 b=50@1 a=70@2";
    QTest::newRow("latest desc") << "latest"
                                 << "desc" << 1 << s << "b=120@4 a=70@2 c=30@5";
    QTest::newRow("latest asc") << "latest"
                                << "asc" << 1 << s << "c=30@5 a=70@2 b=120@4";
    QTest::newRow("sum desc") << "sum"
                              << "desc" << 1 << s << "a=170@2 b=170@4 c=130@5";
    QTest::newRow("sum asc") << "sum"
                             << "asc" << 1 << s << "c=130@5 a=170@2 b=170@4";
    QTest::newRow("best_n_sum N=1 desc") << "best_n_sum"
                                         << "desc" << 1 << s << "b=120@4 a=100@0 c=100@3";
    QTest::newRow("best_n_sum N=1 asc") << "best_n_sum"
                                        << "asc" << 1 << s << "c=30@5 b=50@1 a=70@2";
    const QStringList days{"add s1 a 10 0", "add s2 a 30 1", "add s3 a 20 2", "add s4 a 5 1440", "add s5 b 40 3",
        "add s6 b 10 1441", "add s7 b 10 1442"};
    QTest::newRow("best_n_sum N=2 desc, two days") << "best_n_sum"
                                                   << "desc" << 2 << days << "b=60@1442 a=55@1440";
    QTest::newRow("best_n_sum N=2 asc, two days") << "best_n_sum"
                                                  << "asc" << 2 << days << "a=35@1440 b=60@1442";
    QTest::newRow("best_n_sum N=5 sums all") << "best_n_sum"
                                             << "desc" << 5 << days << "a=65@1440 b=60@1442";
    // A later equal value is no better: the earlier achievement stays.
    QTest::newRow("best keeps the earlier equal value")
        << "best"
        << "desc" << 1 << QStringList{"add s1 a 50 0", "add s2 b 50 1", "add s3 a 50 2"} << "a=50@0 b=50@1";
    // An older submission arriving late is not the latest.
    QTest::newRow("latest by time, not arrival")
        << "latest"
        << "desc" << 1 << QStringList{"add s1 a 50 10", "add s2 a 90 5"} << "a=50@10";
    QTest::newRow("latest equal time: the later add")
        << "latest"
        << "desc" << 1 << QStringList{"add s1 a 50 10", "add s2 a 90 10"} << "a=90@10";
    // A zero does not change a sum, so it does not move its achievement later.
    QTest::newRow("sum: zero keeps achievedAt")
        << "sum"
        << "desc" << 1 << QStringList{"add s1 a 10 0", "add s2 b 10 1", "add s3 a 0 5"} << "a=10@0 b=10@1";
    QTest::newRow("sum: only zeros") << "sum"
                                     << "desc" << 1 << QStringList{"add s1 a 0 0", "add s2 a 0 3"} << "a=0@3";
    QTest::newRow("negative values") << "best"
                                     << "desc" << 1 << QStringList{"add s1 a -5 0", "add s2 b -1.5 1", "add s3 c 0 2"}
                                     << "c=0@2 b=-1.5@1 a=-5@0";
    QTest::newRow("fractional asc") << "best"
                                    << "asc" << 1
                                    << QStringList{"add s1 a 12.25 0", "add s2 b 12.125 1", "add s3 c -0.5 2"}
                                    << "c=-0.5@2 b=12.125@1 a=12.25@0";
}

void TestLeaderboard::operators()
{
    QFETCH(QString, op);
    QFETCH(QString, order);
    QFETCH(int, bestN);
    QFETCH(QStringList, script);
    QFETCH(QString, expected);
    Leaderboard board(spec(op, order, bestN));
    run(board, script);
    QCOMPARE(listing(board, kAll), expected);
}

void TestLeaderboard::tieBreakBySha256()
{
    // Same score and time for everyone: the order is SHA-256(playerId ":" boardId), computed here independently.
    const QStringList players{"alice", "bob", "carol", "dave", "eve", "mallory", "p-7", "p-8", "zed", "Ω-unicode"};
    for (const QString &boardId : {QStringLiteral("board-1"), QStringLiteral("weekly-cup")}) {
        Leaderboard board(BoardSpec{boardId, SortOrder::Desc, BoardOperator::Best, ResetSchedule::Never, 1});
        int i = 0;
        for (const QString &p : players)
            board.add(QStringLiteral("s%1").arg(i++), p, 42, kT0);
        QStringList expected = players;
        std::sort(expected.begin(), expected.end(),
            [&](const QString &a, const QString &b) { return tieHash(a, boardId) < tieHash(b, boardId); });
        QStringList actual;
        for (const Standing &s : board.top(kAll, 0, 100))
            actual << s.playerId;
        QCOMPARE(actual, expected);
        // Earlier achievement beats the hash: the last in hash order goes first if it was earlier.
        board.add(QStringLiteral("late"), expected.first(), 42, kT0 + 1); // no better: best keeps kT0
        board.add(QStringLiteral("x"), QStringLiteral("newcomer"), 42, kT0 - 1);
        QCOMPARE(board.top(kAll, 0, 1).value(0).playerId, QStringLiteral("newcomer"));
    }
}

void TestLeaderboard::removeFallback_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("bestN");
    QTest::addColumn<QString>("removeId");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("changes"); // whether remove() reports a rank change
    // Script for every row: a: 100@0, 80@1, 90@2; b: 95@3 (b alone in the middle to show rank moves).
    QTest::newRow("best: the best") << "best" << 1 << "s1"
                                    << "b=95@3 a=90@2" << true;
    QTest::newRow("best: a middle one") << "best" << 1 << "s3"
                                        << "a=100@0 b=95@3" << false;
    QTest::newRow("best: the worst") << "best" << 1 << "s2"
                                     << "a=100@0 b=95@3" << false;
    QTest::newRow("best: the only one") << "best" << 1 << "s4"
                                        << "a=100@0" << true;
    QTest::newRow("latest: the latest") << "latest" << 1 << "s3"
                                        << "b=95@3 a=80@1" << false;
    QTest::newRow("latest: a middle one") << "latest" << 1 << "s2"
                                          << "b=95@3 a=90@2" << false;
    QTest::newRow("latest: the first") << "latest" << 1 << "s1"
                                       << "b=95@3 a=90@2" << false;
    QTest::newRow("latest: the only one") << "latest" << 1 << "s4"
                                          << "a=90@2" << true;
    QTest::newRow("sum: the last") << "sum" << 1 << "s3"
                                   << "a=180@1 b=95@3" << false;
    QTest::newRow("sum: the first") << "sum" << 1 << "s1"
                                    << "a=170@2 b=95@3" << false;
    QTest::newRow("sum: the only one") << "sum" << 1 << "s4"
                                       << "a=270@2" << true;
    QTest::newRow("best_n_sum: a counted best") << "best_n_sum" << 2 << "s1"
                                                << "a=170@2 b=95@3" << false;
    QTest::newRow("best_n_sum: an uncounted one") << "best_n_sum" << 2 << "s2"
                                                  << "a=190@2 b=95@3" << false;
    QTest::newRow("best_n_sum: the latest counted") << "best_n_sum" << 2 << "s3"
                                                    << "a=180@1 b=95@3" << false;
    QTest::newRow("best_n_sum N=1: the best") << "best_n_sum" << 1 << "s1"
                                              << "b=95@3 a=90@2" << true;
    QTest::newRow("best_n_sum: the only one") << "best_n_sum" << 2 << "s4"
                                              << "a=190@2" << true;
}

void TestLeaderboard::removeFallback()
{
    QFETCH(QString, op);
    QFETCH(int, bestN);
    QFETCH(QString, removeId);
    QFETCH(QString, expected);
    QFETCH(bool, changes);
    for (const ResetSchedule reset : {ResetSchedule::Never, ResetSchedule::Daily}) {
        Leaderboard board(spec(op, QStringLiteral("desc"), bestN, reset));
        run(board, {"add s1 a 100 0", "add s2 a 80 1", "add s3 a 90 2", "add s4 b 95 3"});
        const quint64 version = board.version();
        const QString owner = removeId == u"s4" ? QStringLiteral("b") : QStringLiteral("a");
        const QList<RankChange> moved = board.remove(removeId, owner);
        QVERIFY(board.version() > version);
        QCOMPARE(listing(board, kAll), expected);
        if (reset == ResetSchedule::Daily)
            QCOMPARE(listing(board, periodKey(reset, kT0)), expected);
        QCOMPARE(!moved.isEmpty(), changes);
        for (const RankChange &c : moved)
            QVERIFY(c.oldRank != c.newRank);
    }
}

void TestLeaderboard::removeUnknownAndTwice()
{
    Leaderboard board(spec(QStringLiteral("best"), QStringLiteral("desc")));
    run(board, {"add s1 a 100 0", "add s2 a 90 1"});
    const quint64 version = board.version();
    QVERIFY(board.remove(QStringLiteral("nope"), QStringLiteral("a")).isEmpty());
    QVERIFY(board.remove(QStringLiteral("s1"), QStringLiteral("nobody")).isEmpty());
    QVERIFY(board.remove(QStringLiteral("s1"), QStringLiteral("b")).isEmpty()); // another player's id
    QCOMPARE(board.version(), version);
    QCOMPARE(board.remove(QStringLiteral("s1"), QStringLiteral("a")).size(), 0); // a stays rank 1 with 90
    QCOMPARE(listing(board, kAll), QStringLiteral("a=90@1"));
    const quint64 after = board.version();
    QVERIFY(board.remove(QStringLiteral("s1"), QStringLiteral("a")).isEmpty());
    QCOMPARE(board.version(), after);
    QCOMPARE(board.remove(QStringLiteral("s2"), QStringLiteral("a")).size(), 1);
    QCOMPARE(board.total(kAll), 0);
    // A removed id may come back (e.g. a confirmation reverted).
    board.add(QStringLiteral("s1"), QStringLiteral("a"), 100, kT0);
    QCOMPARE(listing(board, kAll), QStringLiteral("a=100@0"));
}

void TestLeaderboard::invalidAdds()
{
    Leaderboard board(spec(QStringLiteral("sum"), QStringLiteral("desc")));
    QCOMPARE(board.add(QStringLiteral("s1"), QStringLiteral("a"), 10, kT0).size(), 1);
    const quint64 version = board.version();
    QVERIFY(board.add(QStringLiteral("s2"), QStringLiteral("a"), qQNaN(), kT0).isEmpty());
    QVERIFY(board.add(QStringLiteral("s3"), QStringLiteral("a"), qInf(), kT0).isEmpty());
    QVERIFY(board.add(QStringLiteral("s4"), QString(), 10, kT0).isEmpty());
    QCOMPARE(board.version(), version);
    QCOMPARE(listing(board, kAll), QStringLiteral("a=10@0"));
}

void TestLeaderboard::hiddenPlayers()
{
    Leaderboard board(spec(QStringLiteral("best"), QStringLiteral("desc"), 1, ResetSchedule::Daily));
    run(board, {"add s1 a 100 0", "add s2 b 90 1", "add s3 c 80 2", "add s4 b 70 1500"});
    const QString day1 = periodKey(ResetSchedule::Daily, kT0);
    const QString day2 = periodKey(ResetSchedule::Daily, kT0 + 1500 * 60000LL);
    board.setPlayerHidden(QStringLiteral("b"), true);
    QVERIFY(board.isPlayerHidden(QStringLiteral("b")));
    QCOMPARE(listing(board, kAll), QStringLiteral("a=100@0 c=80@2"));
    QCOMPARE(listing(board, day1), QStringLiteral("a=100@0 c=80@2"));
    QCOMPARE(listing(board, day2), QString());
    QVERIFY(!board.standing(kAll, QStringLiteral("b")));
    QVERIFY(board.around(kAll, QStringLiteral("b"), 5).isEmpty());
    // Submissions while hidden are kept, and ranked once the player is back.
    QVERIFY(board.add(QStringLiteral("s5"), QStringLiteral("b"), 95, kT0 + 3 * 60000).isEmpty());
    QCOMPARE(listing(board, kAll), QStringLiteral("a=100@0 c=80@2"));
    const quint64 version = board.version();
    board.setPlayerHidden(QStringLiteral("b"), true); // idempotent
    QCOMPARE(board.version(), version);
    board.setPlayerHidden(QStringLiteral("b"), false);
    QVERIFY(board.version() > version);
    QCOMPARE(listing(board, kAll), QStringLiteral("a=100@0 b=95@3 c=80@2"));
    QCOMPARE(listing(board, day1), QStringLiteral("a=100@0 b=95@3 c=80@2"));
    QCOMPARE(listing(board, day2), QStringLiteral("b=70@1500"));
    // A ban before the first submission holds for later ones.
    board.setPlayerHidden(QStringLiteral("newbie"), true);
    board.add(QStringLiteral("s6"), QStringLiteral("newbie"), 1000, kT0);
    QCOMPARE(board.top(kAll, 0, 1).value(0).playerId, QStringLiteral("a"));
    board.setPlayerHidden(QStringLiteral("newbie"), false);
    QCOMPARE(board.top(kAll, 0, 1).value(0).playerId, QStringLiteral("newbie"));
    // Unhiding somebody unknown changes nothing.
    const quint64 v2 = board.version();
    board.setPlayerHidden(QStringLiteral("ghost"), false);
    QCOMPARE(board.version(), v2);
}

void TestLeaderboard::pastPeriodsStayReadable()
{
    for (const ResetSchedule reset : {ResetSchedule::Daily, ResetSchedule::Weekly, ResetSchedule::Monthly}) {
        Leaderboard board(spec(QStringLiteral("sum"), QStringLiteral("desc"), 1, reset));
        const qint64 first = utc(2026, 12, 31, 23, 59);
        const qint64 second = utc(2027, 1, 4, 0, 0); // next day, next ISO week, next month
        board.add(QStringLiteral("s1"), QStringLiteral("a"), 10, first);
        board.add(QStringLiteral("s2"), QStringLiteral("b"), 5, first);
        board.add(QStringLiteral("s3"), QStringLiteral("b"), 20, second);
        board.add(QStringLiteral("s4"), QStringLiteral("c"), 1, second);
        const QString p1 = periodKey(reset, first);
        const QString p2 = periodKey(reset, second);
        QVERIFY(p1 != p2);
        QCOMPARE(board.total(p1), 2);
        QCOMPARE(board.top(p1, 0, 10).value(0).playerId, QStringLiteral("a"));
        QCOMPARE(board.standing(p1, QStringLiteral("b"))->score, 5.0);
        QCOMPARE(board.total(p2), 2);
        QCOMPARE(board.standing(p2, QStringLiteral("b"))->score, 20.0);
        QVERIFY(!board.standing(p2, QStringLiteral("a")));
        QCOMPARE(board.standing(kAll, QStringLiteral("b"))->score, 25.0);
        QCOMPARE(board.standing(kAll, QStringLiteral("b"))->rank, 1);
        QCOMPARE(board.total(kAll), 3);
        QCOMPARE(board.periods(), (QStringList{kAll, p1, p2}));
        // A period with nobody in it, and one that does not parse, are empty rather than errors.
        QCOMPARE(board.total(QStringLiteral("1999-01-01")), 0);
        QVERIFY(board.top(QStringLiteral("garbage"), 0, 10).isEmpty());
        // Late data for the past period still lands there.
        board.add(QStringLiteral("s5"), QStringLiteral("c"), 100, first - 60000);
        QCOMPARE(board.top(p1, 0, 1).value(0).playerId, QStringLiteral("c"));
        QCOMPARE(board.standing(p2, QStringLiteral("c"))->score, 1.0);
    }
    Leaderboard never(spec(QStringLiteral("best"), QStringLiteral("desc")));
    never.add(QStringLiteral("s1"), QStringLiteral("a"), 10, kT0);
    QCOMPARE(never.periods(), QStringList{kAll});
    QCOMPARE(never.total(periodKey(ResetSchedule::Daily, kT0)), 0);
}

void TestLeaderboard::pagingEdges()
{
    Leaderboard board(spec(QStringLiteral("best"), QStringLiteral("desc")));
    for (int i = 1; i <= 10; ++i)
        board.add(QStringLiteral("s%1").arg(i), QStringLiteral("p%1").arg(i), 100 - i, kT0); // p1 first .. p10 last
    auto ids = [](const QList<Standing> &list) {
        QStringList out;
        for (const Standing &s : list)
            out << QStringLiteral("%1:%2").arg(s.rank).arg(s.playerId);
        return out.join(u' ');
    };
    QCOMPARE(ids(board.top(kAll, 0, 3)), QStringLiteral("1:p1 2:p2 3:p3"));
    QCOMPARE(ids(board.top(kAll, 0, 1)), QStringLiteral("1:p1"));
    QCOMPARE(ids(board.top(kAll, 9, 5)), QStringLiteral("10:p10"));
    QCOMPARE(ids(board.top(kAll, 10, 5)), QString());
    QCOMPARE(ids(board.top(kAll, 1000, 5)), QString());
    QCOMPARE(ids(board.top(kAll, 3, 0)), QString());
    QCOMPARE(ids(board.top(kAll, -4, 2)), QStringLiteral("1:p1 2:p2"));
    QCOMPARE(board.top(kAll, 0, 1000).size(), 10);
    QCOMPARE(ids(board.around(kAll, QStringLiteral("p1"), 2)), QStringLiteral("1:p1 2:p2 3:p3"));
    QCOMPARE(ids(board.around(kAll, QStringLiteral("p10"), 2)), QStringLiteral("8:p8 9:p9 10:p10"));
    QCOMPARE(ids(board.around(kAll, QStringLiteral("p5"), 1)), QStringLiteral("4:p4 5:p5 6:p6"));
    QCOMPARE(ids(board.around(kAll, QStringLiteral("p5"), 0)), QStringLiteral("5:p5"));
    QCOMPARE(board.around(kAll, QStringLiteral("p5"), 100).size(), 10);
    QVERIFY(board.around(kAll, QStringLiteral("nobody"), 5).isEmpty());
    QVERIFY(!board.standing(kAll, QStringLiteral("nobody")));
    QCOMPARE(board.standing(kAll, QStringLiteral("p7"))->rank, 7);
}

void TestLeaderboard::prospectiveRank()
{
    Leaderboard board(spec(QStringLiteral("best"), QStringLiteral("desc")));
    run(board, {"add s1 a 100 0", "add s2 b 80 1", "add s3 c 60 2"});
    const qint64 now = kT0 + 3 * 60000;
    QCOMPARE(board.prospectiveRank(kAll, QStringLiteral("d"), 90, now), 2);
    QCOMPARE(board.prospectiveRank(kAll, QStringLiteral("d"), 100, now), 2); // a achieved 100 earlier
    QCOMPARE(board.prospectiveRank(kAll, QStringLiteral("d"), 100, kT0 - 1), 1);
    QCOMPARE(board.prospectiveRank(kAll, QStringLiteral("d"), 1, now), 4);
    QCOMPARE(board.prospectiveRank(kAll, QStringLiteral("b"), 70, now), 2); // own 80 replaced, still ahead of c
    QCOMPARE(board.prospectiveRank(kAll, QStringLiteral("a"), 50, now), 3); // own 100 replaced
    QCOMPARE(board.prospectiveRank(kAll, QStringLiteral("c"), 60, kT0 + 2 * 60000), 3); // exactly its own standing
    QCOMPARE(board.prospectiveRank(QStringLiteral("2026-11-22"), QStringLiteral("d"), 1, now), 1); // no such period
    QCOMPARE(board.total(kAll), 3); // nothing changed
    // Exact ties with newcomers follow the SHA-256 order.
    for (const QString &p : {QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3")}) {
        const bool ahead
            = tieHash(p, QStringLiteral("board-1")) < tieHash(QStringLiteral("b"), QStringLiteral("board-1"));
        QCOMPARE(board.prospectiveRank(kAll, p, 80, kT0 + 60000), ahead ? 2 : 3);
    }
}

void TestLeaderboard::rankChanges()
{
    Leaderboard board(spec(QStringLiteral("best"), QStringLiteral("desc"), 1, ResetSchedule::Daily));
    QList<RankChange> c = board.add(QStringLiteral("s1"), QStringLiteral("a"), 10, kT0);
    QCOMPARE(c.size(), 2); // its day and "all"
    QCOMPARE(c[0].period, periodKey(ResetSchedule::Daily, kT0));
    QCOMPARE(c[1].period, kAll);
    QCOMPARE(c[1].playerId, QStringLiteral("a"));
    QVERIFY(!c[1].oldRank);
    QCOMPARE(c[1].newRank, 1);
    board.add(QStringLiteral("s2"), QStringLiteral("b"), 20, kT0);
    c = board.add(QStringLiteral("s3"), QStringLiteral("a"), 30, kT0);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[1].oldRank, 2);
    QCOMPARE(c[1].newRank, 1);
    QVERIFY(board.add(QStringLiteral("s4"), QStringLiteral("a"), 5, kT0).isEmpty()); // not better: nothing moves
    // Next day: a new period (newly ranked there), "all" unchanged for a lower value.
    c = board.add(QStringLiteral("s5"), QStringLiteral("b"), 1, kT0 + MsPerDay);
    QCOMPARE(c.size(), 1);
    QCOMPARE(c[0].period, periodKey(ResetSchedule::Daily, kT0 + MsPerDay));
    c = board.remove(QStringLiteral("s3"), QStringLiteral("a"));
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[1].oldRank, 1);
    QCOMPARE(c[1].newRank, 2);
}

void TestLeaderboard::bulkLoadMatchesIncremental()
{
    QRandomGenerator rng(11);
    for (const QString &op :
        {QStringLiteral("best"), QStringLiteral("latest"), QStringLiteral("sum"), QStringLiteral("best_n_sum")}) {
        Leaderboard live(spec(op, QStringLiteral("desc"), 2, ResetSchedule::Daily));
        Leaderboard bulk(spec(op, QStringLiteral("desc"), 2, ResetSchedule::Daily));
        bulk.beginBulkLoad();
        QStringList owners; // submission i's player
        for (int i = 0; i < 3000; ++i) {
            const QString id = QStringLiteral("s%1").arg(i);
            const QString player = QStringLiteral("p%1").arg(rng.bounded(300));
            const double points = rng.bounded(50);
            const qint64 at = kT0 + qint64(rng.bounded(5 * 24 * 60)) * 60000;
            owners.append(player);
            live.add(id, player, points, at);
            QVERIFY(bulk.add(id, player, points, at).isEmpty());
            if (i % 7 == 0) {
                const int gone = int(rng.bounded(i + 1));
                live.remove(QStringLiteral("s%1").arg(gone), owners[gone]);
                bulk.remove(QStringLiteral("s%1").arg(gone), owners[gone]);
            }
            if (i % 50 == 0) {
                const QString p = QStringLiteral("p%1").arg(rng.bounded(300));
                live.setPlayerHidden(p, !live.isPlayerHidden(p));
                bulk.setPlayerHidden(p, !bulk.isPlayerHidden(p));
            }
        }
        QCOMPARE(bulk.total(kAll), 0); // nothing readable mid-load
        bulk.endBulkLoad();
        QCOMPARE(bulk.periods(), live.periods());
        for (const QString &period : live.periods())
            QCOMPARE(listing(bulk, period), listing(live, period));
        // The bulk-built index keeps working incrementally.
        live.add(QStringLiteral("x"), QStringLiteral("p1"), 1000, kT0);
        bulk.add(QStringLiteral("x"), QStringLiteral("p1"), 1000, kT0);
        QCOMPARE(listing(bulk, kAll), listing(live, kAll));
    }
}

void TestLeaderboard::largeBoardStaysOrdered()
{
    // Enough players for a three-level tree, with churn that splits, merges and refills nodes.
    Leaderboard board(spec(QStringLiteral("latest"), QStringLiteral("desc")));
    QRandomGenerator rng(5);
    const int players = 20000;
    std::vector<double> value(players, -1);
    int seq = 0;
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i < players; ++i) {
            const int p = int(rng.bounded(players));
            value[p] = rng.bounded(1000000);
            board.add(QStringLiteral("s%1").arg(seq++), QStringLiteral("p%1").arg(p), value[p], kT0 + seq);
        }
        for (int i = 0; i < players / 2; ++i) // hide half: the tree shrinks and rebalances
            board.setPlayerHidden(QStringLiteral("p%1").arg(rng.bounded(players)), round % 2 == 0);
    }
    const QList<Standing> all = board.top(kAll, 0, players);
    QCOMPARE(all.size(), board.total(kAll));
    for (int i = 1; i < all.size(); ++i) {
        QCOMPARE(all[i].rank, i + 1);
        QVERIFY(all[i - 1].score > all[i].score
            || (all[i - 1].score == all[i].score && all[i - 1].achievedAtMs <= all[i].achievedAtMs));
    }
    for (int i = 0; i < all.size(); i += 97) {
        QCOMPARE(board.standing(kAll, all[i].playerId)->rank, i + 1);
        QCOMPARE(board.top(kAll, i, 1).value(0).playerId, all[i].playerId);
    }
}

void TestLeaderboard::randomizedAgainstReference_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("order");
    QTest::addColumn<int>("bestN");
    QTest::addColumn<QString>("reset");
    QTest::newRow("best desc daily") << "best"
                                     << "desc" << 1 << "daily";
    QTest::newRow("best asc never") << "best"
                                    << "asc" << 1 << "never";
    QTest::newRow("latest desc weekly") << "latest"
                                        << "desc" << 1 << "weekly";
    QTest::newRow("latest asc daily") << "latest"
                                      << "asc" << 1 << "daily";
    QTest::newRow("sum desc daily") << "sum"
                                    << "desc" << 1 << "daily";
    QTest::newRow("sum asc monthly") << "sum"
                                     << "asc" << 1 << "monthly";
    QTest::newRow("best_n_sum 3 desc daily") << "best_n_sum"
                                             << "desc" << 3 << "daily";
    QTest::newRow("best_n_sum 2 asc weekly") << "best_n_sum"
                                             << "asc" << 2 << "weekly";
    QTest::newRow("best_n_sum 1 desc never") << "best_n_sum"
                                             << "desc" << 1 << "never";
}

void TestLeaderboard::randomizedAgainstReference()
{
    QFETCH(QString, op);
    QFETCH(QString, order);
    QFETCH(int, bestN);
    QFETCH(QString, reset);
    const BoardSpec s = spec(op, order, bestN, *resetFromName(reset));
    Leaderboard board(s);
    Reference ref(s);
    QRandomGenerator rng(QTest::currentDataTag() ? qHash(QByteArray(QTest::currentDataTag())) : 1);
    const int players = 60;
    int nextId = 0;
    auto check = [&](const QString &period) {
        const QList<RefEntry> expected = ref.standings(period);
        const QList<Standing> actual = board.top(period, 0, 1000);
        QCOMPARE(actual.size(), expected.size());
        QCOMPARE(board.total(period), int(expected.size()));
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(actual[i].playerId, expected[i].player);
            QCOMPARE(actual[i].rank, i + 1);
            QCOMPARE(actual[i].score, expected[i].value);
            QCOMPARE(actual[i].achievedAtMs, expected[i].at);
            const auto single = board.standing(period, expected[i].player);
            QVERIFY(single);
            QCOMPARE(single->rank, i + 1);
        }
    };
    auto rankIn = [&](const QString &period, const QString &player) -> std::optional<int> {
        const QList<RefEntry> list = ref.standings(period);
        for (int i = 0; i < list.size(); ++i) {
            if (list[i].player == player)
                return i + 1;
        }
        return std::nullopt;
    };
    for (int step = 0; step < 3000; ++step) {
        const int dice = int(rng.bounded(100));
        if (dice < 70 || ref.subs.isEmpty()) {
            const QString player = QStringLiteral("p%1").arg(rng.bounded(players));
            const double points = double(int(rng.bounded(12)) - 2); // small integers: many exact ties, some zeros
            const qint64 at = kT0 + qint64(rng.bounded(3 * 24 * 12)) * 5 * 60000; // 5-minute steps over 3 days
            const QString id = QStringLiteral("s%1").arg(nextId++);
            const std::optional<int> before = rankIn(kAll, player);
            const QList<RankChange> changes = board.add(id, player, points, at);
            ref.subs.append(RefSub{id, player, points, at, ref.seq++});
            const std::optional<int> after = rankIn(kAll, player);
            const auto reported
                = std::find_if(changes.begin(), changes.end(), [](const RankChange &c) { return c.period == u"all"; });
            if (before != after) {
                QVERIFY(reported != changes.end());
                QCOMPARE(reported->oldRank, before);
                QCOMPARE(reported->newRank, after);
            } else {
                QVERIFY(reported == changes.end());
            }
        } else if (dice < 88) {
            RefSub &victim = ref.subs[int(rng.bounded(int(ref.subs.size())))];
            const bool wasLive = !victim.removed;
            victim.removed = true;
            const QList<RankChange> changes = board.remove(victim.id, victim.player);
            if (!wasLive)
                QVERIFY(changes.isEmpty());
        } else if (dice < 96) {
            const QString player = QStringLiteral("p%1").arg(rng.bounded(players));
            const bool hide = !ref.hidden.contains(player);
            if (hide)
                ref.hidden.insert(player);
            else
                ref.hidden.remove(player);
            board.setPlayerHidden(player, hide);
        } else {
            // prospectiveRank against the reference with the player's own entry taken out.
            const QString player = QStringLiteral("p%1").arg(rng.bounded(players + 5));
            const double value = double(int(rng.bounded(30)) - 2);
            const qint64 at = kT0 + qint64(rng.bounded(3 * 24 * 12)) * 5 * 60000;
            int ahead = 0;
            const RefEntry probe{player, value, at};
            for (const RefEntry &e : ref.standings(kAll)) {
                if (e.player != player && ref.before(e, probe))
                    ++ahead;
            }
            QCOMPARE(board.prospectiveRank(kAll, player, value, at), ahead + 1);
        }
        if (step % 10 == 0 || step > 2900) {
            check(kAll);
            const QString period = periodKey(s.reset, kT0 + qint64(rng.bounded(3 * 24)) * 3600000);
            check(period);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("diverged at step %1").arg(step)));
        }
    }
}

QTEST_GUILESS_MAIN(TestLeaderboard)
#include "tst_leaderboard.moc"
