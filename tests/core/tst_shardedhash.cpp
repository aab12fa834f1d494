// ShardedHash / ShardedSet: behave as one QHash / QSet, with entries spread over the shards.

#include "util/shardedhash.h"

#include <QTest>

using namespace arbiter;

class TestShardedHash : public QObject {
    Q_OBJECT
private slots:
    void behavesAsOneHash()
    {
        ShardedHash<QString, int> hash;
        QHash<QString, int> reference;
        for (int i = 0; i < 20000; ++i) {
            const QString key = QStringLiteral("p%1").arg(i % 7001);
            hash[key] += i;
            reference[key] += i;
        }
        QCOMPARE(hash.size(), reference.size());
        for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
            QVERIFY(hash.contains(it.key()));
            QCOMPARE(*hash.find(it.key()), it.value());
        }
        QVERIFY(!hash.find(QStringLiteral("absent")));
        QCOMPARE(hash.value(QStringLiteral("absent"), -1), -1);
        QVERIFY(hash.remove(QStringLiteral("p5")));
        QVERIFY(!hash.remove(QStringLiteral("p5")));
        QCOMPARE(hash.size(), reference.size() - 1);

        qsizetype inShards = 0;
        int usedShards = 0;
        for (const auto &shard : hash.shards()) {
            inShards += shard.size();
            usedShards += shard.isEmpty() ? 0 : 1;
        }
        QCOMPARE(inShards, hash.size());
        QCOMPARE(usedShards, shardedhash::kShards); // 7,000 keys reach every shard
        hash.clear();
        QCOMPARE(hash.size(), 0);
    }

    void setOfIntegerKeys()
    {
        ShardedSet<quint64> set;
        set.reserve(1000);
        for (quint64 key = 0; key < 1000; ++key)
            set.insert(key * 0x10000);
        set.insert(0);
        QCOMPARE(set.size(), 1000);
        QVERIFY(set.contains(999 * 0x10000));
        QVERIFY(!set.contains(1));
        QVERIFY(set.remove(0));
        QVERIFY(!set.contains(0));
        QCOMPARE(set.size(), 999);
    }
};

QTEST_GUILESS_MAIN(TestShardedHash)
#include "tst_shardedhash.moc"
