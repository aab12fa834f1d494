// LinkGraph: components over shared devices and IPs, cluster sizes, banned counts, ban evasion.

#include "detection/linkgraph.h"

#include <QSet>
#include <QTest>

using namespace arbiter;

namespace {

const QString kGame = QStringLiteral("g1");

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestLinkGraph final : public QObject {
    Q_OBJECT

private slots:
    void components_data();
    void components();
    void unseenPlayer();
    void chainViaDeviceThenIp();
    void mergingClusters();
    void bannedCountsAcrossMerges();
    void touchesBanned();
    void gamesNeverLink();
    void kindsAreSeparate();
    void largeChain();
};

// Each link: "player device ip" with "-" for empty. Expected: the components as "a,b|c".
void TestLinkGraph::components_data()
{
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QString>("expected");
    QTest::newRow("alone") << QStringList{"a d1 ip1"} << "a";
    QTest::newRow("no device, no ip") << QStringList{"a - -", "b - -"} << "a|b";
    QTest::newRow("shared device") << QStringList{"a d1 ip1", "b d1 ip2"} << "a,b";
    QTest::newRow("shared ip") << QStringList{"a d1 ip1", "b d2 ip1"} << "a,b";
    QTest::newRow("nothing shared") << QStringList{"a d1 ip1", "b d2 ip2"} << "a|b";
    QTest::newRow("device then ip chain") << QStringList{"a d1 ip1", "b d1 ip2", "c d3 ip2", "d d4 ip4"} << "a,b,c|d";
    QTest::newRow("empty device does not link") << QStringList{"a - ip1", "b - ip2", "c d9 -", "e d8 -"} << "a|b|c|e";
    QTest::newRow("player with two devices joins both")
        << QStringList{"a d1 -", "b d2 -", "c d1 -", "c d2 -"} << "a,b,c";
    QTest::newRow("repeated links are idempotent")
        << QStringList{"a d1 ip1", "a d1 ip1", "b d1 ip1", "b d1 ip1"} << "a,b";
}

void TestLinkGraph::components()
{
    QFETCH(QStringList, links);
    QFETCH(QString, expected);
    LinkGraph graph;
    const auto field = [](const QString &s) { return s == QLatin1String("-") ? QString() : s; };
    for (const QString &line : links) {
        const QStringList f = line.split(QLatin1Char(' '));
        graph.link(kGame, f[0], field(f[1]), field(f[2]));
    }
    for (const QString &component : expected.split(QLatin1Char('|'))) {
        const QStringList members = component.split(QLatin1Char(','));
        for (const QString &player : members) {
            QCOMPARE(sorted(graph.cluster(kGame, player)), sorted(members));
            QCOMPARE(graph.clusterSize(kGame, player), members.size());
        }
    }
}

void TestLinkGraph::unseenPlayer()
{
    LinkGraph graph;
    QCOMPARE(graph.cluster(kGame, QStringLiteral("x")), QStringList{QStringLiteral("x")});
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("x")), 1);
    QVERIFY(!graph.clusterHasBannedOtherThan(kGame, QStringLiteral("x")));
    QCOMPARE(graph.clusterSize(kGame, QString()), 0);
    graph.link(kGame, QString(), QStringLiteral("d1"), QStringLiteral("ip1")); // ignored
    graph.link(kGame, QStringLiteral("a"), QStringLiteral("d1"), QStringLiteral("ip1"));
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("a")), 1);
}

void TestLinkGraph::chainViaDeviceThenIp()
{
    LinkGraph graph;
    graph.link(kGame, QStringLiteral("a"), QStringLiteral("phone"), QStringLiteral("10.0.0.1"));
    graph.link(kGame, QStringLiteral("b"), QStringLiteral("phone"), QStringLiteral("10.0.0.2"));
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("a")), 2);
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("c")), 1);
    // c shares only b's IP: a-c are linked through b (device, then IP).
    graph.link(kGame, QStringLiteral("c"), QStringLiteral("laptop"), QStringLiteral("10.0.0.2"));
    for (const char *p : {"a", "b", "c"}) {
        QCOMPARE(graph.clusterSize(kGame, QString::fromLatin1(p)), 3);
        QCOMPARE(sorted(graph.cluster(kGame, QString::fromLatin1(p))),
            (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }
}

void TestLinkGraph::mergingClusters()
{
    LinkGraph graph;
    // Two clusters of 3 and 2, then a player bridging them.
    graph.link(kGame, QStringLiteral("a1"), QStringLiteral("dA"), QString());
    graph.link(kGame, QStringLiteral("a2"), QStringLiteral("dA"), QStringLiteral("ipA"));
    graph.link(kGame, QStringLiteral("a3"), QString(), QStringLiteral("ipA"));
    graph.link(kGame, QStringLiteral("b1"), QStringLiteral("dB"), QString());
    graph.link(kGame, QStringLiteral("b2"), QStringLiteral("dB"), QString());
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("a1")), 3);
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("b1")), 2);
    graph.link(kGame, QStringLiteral("bridge"), QStringLiteral("dB"), QStringLiteral("ipA"));
    const QStringList all{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("b1"),
        QStringLiteral("b2"), QStringLiteral("bridge")};
    for (const QString &p : all) {
        QCOMPARE(graph.clusterSize(kGame, p), 6);
        QCOMPARE(sorted(graph.cluster(kGame, p)), all);
    }
    // Linking within a component changes nothing.
    graph.link(kGame, QStringLiteral("a1"), QStringLiteral("dB"), QStringLiteral("ipA"));
    QCOMPARE(graph.cluster(kGame, QStringLiteral("a1")).size(), 6);
}

void TestLinkGraph::bannedCountsAcrossMerges()
{
    LinkGraph graph;
    graph.link(kGame, QStringLiteral("a"), QStringLiteral("d1"), QString());
    graph.link(kGame, QStringLiteral("b"), QStringLiteral("d1"), QString());
    graph.link(kGame, QStringLiteral("c"), QStringLiteral("d2"), QString());
    graph.setBanned(kGame, QStringLiteral("a"), true);
    graph.setBanned(kGame, QStringLiteral("a"), true); // idempotent
    QVERIFY(!graph.clusterHasBannedOtherThan(kGame, QStringLiteral("a"))); // only itself
    QVERIFY(graph.clusterHasBannedOtherThan(kGame, QStringLiteral("b")));
    QVERIFY(!graph.clusterHasBannedOtherThan(kGame, QStringLiteral("c")));

    // c's cluster merges in: the ban count travels with the root.
    graph.link(kGame, QStringLiteral("c"), QStringLiteral("d1"), QString());
    QVERIFY(graph.clusterHasBannedOtherThan(kGame, QStringLiteral("c")));
    graph.setBanned(kGame, QStringLiteral("c"), true);
    QVERIFY(graph.clusterHasBannedOtherThan(kGame, QStringLiteral("a"))); // c is another
    graph.setBanned(kGame, QStringLiteral("a"), false);
    graph.setBanned(kGame, QStringLiteral("a"), false); // idempotent
    QVERIFY(graph.clusterHasBannedOtherThan(kGame, QStringLiteral("a")));
    QVERIFY(!graph.clusterHasBannedOtherThan(kGame, QStringLiteral("c")));
    graph.setBanned(kGame, QStringLiteral("c"), false);
    for (const char *p : {"a", "b", "c"})
        QVERIFY(!graph.clusterHasBannedOtherThan(kGame, QString::fromLatin1(p)));

    // A ban recorded before the player ever linked is carried into its later links.
    graph.setBanned(kGame, QStringLiteral("early"), true);
    graph.setBanned(kGame, QStringLiteral("never-seen"), false); // no node, no effect
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("early")), 1);
    graph.link(kGame, QStringLiteral("early"), QStringLiteral("d1"), QString());
    QVERIFY(graph.clusterHasBannedOtherThan(kGame, QStringLiteral("b")));
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("b")), 4);
}

void TestLinkGraph::touchesBanned()
{
    LinkGraph graph;
    graph.link(kGame, QStringLiteral("cheater"), QStringLiteral("d-bad"), QStringLiteral("ip-bad"));
    graph.link(kGame, QStringLiteral("friend"), QStringLiteral("d-friend"), QStringLiteral("ip-bad"));
    graph.link(kGame, QStringLiteral("clean"), QStringLiteral("d-clean"), QStringLiteral("ip-clean"));
    QVERIFY(!graph.touchesBanned(kGame, QStringLiteral("d-bad"), QString()));
    graph.setBanned(kGame, QStringLiteral("cheater"), true);
    QVERIFY(graph.touchesBanned(kGame, QStringLiteral("d-bad"), QString()));
    QVERIFY(graph.touchesBanned(kGame, QString(), QStringLiteral("ip-bad")));
    QVERIFY(graph.touchesBanned(kGame, QStringLiteral("d-new"), QStringLiteral("ip-bad")));
    // By component: the friend's own device reaches the banned player through the shared IP.
    QVERIFY(graph.touchesBanned(kGame, QStringLiteral("d-friend"), QString()));
    QVERIFY(!graph.touchesBanned(kGame, QStringLiteral("d-clean"), QStringLiteral("ip-clean")));
    QVERIFY(!graph.touchesBanned(kGame, QStringLiteral("d-unknown"), QStringLiteral("ip-unknown")));
    QVERIFY(!graph.touchesBanned(kGame, QString(), QString()));
    QVERIFY(!graph.touchesBanned(QStringLiteral("g2"), QStringLiteral("d-bad"), QStringLiteral("ip-bad")));
    // Asking does not link: the unknown device stays unknown.
    QVERIFY(!graph.touchesBanned(kGame, QStringLiteral("d-new"), QString()));
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("clean")), 1);
    graph.setBanned(kGame, QStringLiteral("cheater"), false);
    QVERIFY(!graph.touchesBanned(kGame, QStringLiteral("d-bad"), QStringLiteral("ip-bad")));
}

void TestLinkGraph::gamesNeverLink()
{
    LinkGraph graph;
    graph.link(QStringLiteral("g1"), QStringLiteral("a"), QStringLiteral("d1"), QStringLiteral("ip1"));
    graph.link(QStringLiteral("g2"), QStringLiteral("b"), QStringLiteral("d1"), QStringLiteral("ip1"));
    graph.link(QStringLiteral("g2"), QStringLiteral("a"), QStringLiteral("d2"), QStringLiteral("ip2"));
    QCOMPARE(graph.cluster(QStringLiteral("g1"), QStringLiteral("a")), QStringList{QStringLiteral("a")});
    QCOMPARE(graph.cluster(QStringLiteral("g2"), QStringLiteral("b")), QStringList{QStringLiteral("b")});
    QCOMPARE(graph.clusterSize(QStringLiteral("g2"), QStringLiteral("a")), 1);
    graph.setBanned(QStringLiteral("g1"), QStringLiteral("a"), true);
    QVERIFY(!graph.touchesBanned(QStringLiteral("g2"), QStringLiteral("d1"), QStringLiteral("ip1")));
    QVERIFY(graph.touchesBanned(QStringLiteral("g1"), QStringLiteral("d1"), QString()));
    QVERIFY(!graph.clusterHasBannedOtherThan(QStringLiteral("g2"), QStringLiteral("a")));
}

void TestLinkGraph::kindsAreSeparate()
{
    // The same text as a device id and as an IP (or a player id) is not one node.
    LinkGraph graph;
    graph.link(kGame, QStringLiteral("a"), QStringLiteral("x"), QString());
    graph.link(kGame, QStringLiteral("b"), QString(), QStringLiteral("x"));
    graph.link(kGame, QStringLiteral("x"), QStringLiteral("y"), QString());
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("a")), 1);
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("b")), 1);
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("x")), 1);
}

void TestLinkGraph::largeChain()
{
    // 20,000 players in one chain (each shares a device with the next), merged in an order that
    // makes naive unions deep; sizes, lists and ban flags stay right.
    LinkGraph graph;
    const int n = 20000;
    for (int i = 0; i < n; ++i) {
        graph.link(kGame, QStringLiteral("p%1").arg(i), QStringLiteral("d%1").arg(i), QString());
        if (i > 0)
            graph.link(kGame, QStringLiteral("p%1").arg(i), QStringLiteral("d%1").arg(i - 1), QString());
    }
    graph.link(kGame, QStringLiteral("loner"), QStringLiteral("solo"), QString());
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("p0")), n);
    QCOMPARE(graph.clusterSize(kGame, QStringLiteral("p%1").arg(n - 1)), n);
    const QStringList members = graph.cluster(kGame, QStringLiteral("p123"));
    QCOMPARE(members.size(), n);
    QCOMPARE(QSet<QString>(members.cbegin(), members.cend()).size(), n);
    QVERIFY(!members.contains(QStringLiteral("loner")));
    graph.setBanned(kGame, QStringLiteral("p%1").arg(n / 2), true);
    QVERIFY(graph.clusterHasBannedOtherThan(kGame, QStringLiteral("p0")));
    QVERIFY(graph.touchesBanned(kGame, QStringLiteral("d0"), QString()));
    QVERIFY(!graph.touchesBanned(kGame, QStringLiteral("solo"), QString()));
}

QTEST_GUILESS_MAIN(TestLinkGraph)
#include "tst_linkgraph.moc"
