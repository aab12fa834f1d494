// RefreshGate: coalescing, nothing read while hidden (caught up on show), one read in flight, a request made
// during a read answered by finish().

#include "widgets/refreshgate.h"

#include <QTest>
#include <QWidget>

using namespace arbiter::ui;

class TestRefreshGate : public QObject {
    Q_OBJECT

private slots:
    void burstIsOneRead()
    {
        QWidget page;
        page.show();
        int reads = 0;
        RefreshGate gate(&page, 20, [&] { ++reads; });
        for (int i = 0; i < 10; ++i)
            gate.schedule();
        QVERIFY(gate.busy());
        QTRY_COMPARE(reads, 1);
        QVERIFY(gate.busy()); // the read is in flight until finish()
        QVERIFY(!gate.finish());
        QVERIFY(!gate.busy());
        QTest::qWait(60);
        QCOMPARE(reads, 1);
    }

    void hiddenPageReadsOnShow()
    {
        QWidget page;
        int reads = 0;
        RefreshGate gate(&page, 10, [&] { ++reads; });
        gate.schedule();
        QTest::qWait(40);
        QCOMPARE(reads, 0);
        QVERIFY(!gate.busy());
        page.show();
        QTRY_COMPARE(reads, 1);
    }

    void requestDuringReadIsRemembered()
    {
        QWidget page;
        page.show();
        int reads = 0;
        RefreshGate gate(&page, 10, [&] { ++reads; });
        gate.now();
        QCOMPARE(reads, 1);
        gate.now(); // in flight: not a second read at once
        gate.schedule();
        QTest::qWait(40);
        QCOMPARE(reads, 1);
        QVERIFY(gate.finish()); // asked for meanwhile: the caller reads again
        QVERIFY(!gate.finish());
        gate.now();
        QCOMPARE(reads, 2);
    }
};

QTEST_MAIN(TestRefreshGate)
#include "tst_refreshgate.moc"
