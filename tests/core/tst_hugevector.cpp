// HugeVector: a std::vector-like array that grows by moving its mapping (from 2 MiB on) instead of
// copying; contents, alignment and value semantics must hold across the heap and mapped regimes.

#include "util/hugepages.h"

#include <QTest>

#include <cstdint>

using namespace arbiter;

namespace {

struct alignas(32) Wide {
    qint64 a = 7;
    double b = 0.5;
};

bool alignedTo(const void *p, std::size_t alignment)
{
    return reinterpret_cast<std::uintptr_t>(p) % alignment == 0;
}

} // namespace

class TestHugeVector : public QObject {
    Q_OBJECT
private slots:
    void growsAcrossTheMappedThresholdKeepingEveryValue()
    {
        HugeVector<quint64> v;
        constexpr std::size_t n = 3 * 1024 * 1024; // 24 MiB: heap first, then mapped, then moved several times
        for (std::size_t i = 0; i < n; ++i) {
            v.push_back(i * 2654435761ULL);
            if (i == 1000)
                QVERIFY(v.capacity() * sizeof(quint64) < HugeVector<quint64>::kMappedFrom);
        }
        QCOMPARE(v.size(), n);
        QVERIFY(v.capacity() >= n);
        QVERIFY(alignedTo(v.data(), HugeVector<quint64>::kMappedFrom)); // mapped at a huge-page boundary
        for (std::size_t i = 0; i < n; i += 4099)
            QCOMPARE(v[i], i * 2654435761ULL);
        QCOMPARE(v.back(), (n - 1) * 2654435761ULL);
    }

    void pushBackOfItsOwnElementWhileGrowing()
    {
        HugeVector<int> v;
        v.push_back(41);
        while (v.size() < v.capacity())
            v.push_back(1);
        v.push_back(v[0]); // the reference points into the storage that is about to move
        QCOMPARE(v.back(), 41);
    }

    void resizeAppendClearAndSwap()
    {
        HugeVector<quint32> v(5, 9);
        QCOMPARE(v.size(), std::size_t(5));
        QCOMPARE(v[4], 9u);
        const quint32 more[] = {1, 2, 3};
        v.append(more, more + 3);
        QCOMPARE(v.size(), std::size_t(8));
        QCOMPARE(v[7], 3u);
        v.resize(600000, 4); // 2.4 MB: now mapped
        QCOMPARE(v[5], 1u);
        QCOMPARE(v[599999], 4u);
        const std::size_t capacity = v.capacity();
        v.clear();
        QVERIFY(v.empty());
        QCOMPARE(v.capacity(), capacity);

        HugeVector<quint32> other(3, 1);
        v.swap(other);
        QCOMPARE(v.size(), std::size_t(3));
        QCOMPARE(other.capacity(), capacity);
    }

    void copiesAndMovesAreIndependent()
    {
        HugeVector<quint64> big(400000, 3); // 3.2 MB, mapped
        HugeVector<quint64> copy = big;
        copy[0] = 4;
        QCOMPARE(big[0], quint64(3));
        QCOMPARE(copy.size(), big.size());
        HugeVector<quint64> moved = std::move(copy);
        QCOMPARE(moved[0], quint64(4));
        QCOMPARE(moved[399999], quint64(3));
        big = moved;
        QCOMPARE(big[0], quint64(4));
    }

    void overAlignedElementsStayAligned()
    {
        HugeVector<Wide> v;
        for (int i = 0; i < 100; ++i) {
            Wide &w = v.emplace_back();
            QCOMPARE(w.a, qint64(7)); // default member initializers ran
            w.a = i;
            QVERIFY(alignedTo(v.data(), alignof(Wide)));
        }
        QCOMPARE(v[99].a, qint64(99));
        QCOMPARE(v[50].b, 0.5);
    }
};

QTEST_GUILESS_MAIN(TestHugeVector)
#include "tst_hugevector.moc"
