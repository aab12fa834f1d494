// Period keys and ?period= parsing (UTC days, ISO weeks, months; year and leap boundaries) and the spec names.

#include "leaderboard/boardspec.h"
#include "leaderboard/period.h"

#include <QDateTime>
#include <QTest>

using namespace arbiter;

namespace {

qint64 utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestPeriod final : public QObject {
    Q_OBJECT

private slots:
    void names();
    void periodKeys_data();
    void periodKeys();
    void normalizePeriods_data();
    void normalizePeriods();
};

void TestPeriod::names()
{
    for (const auto op : {BoardOperator::Best, BoardOperator::Latest, BoardOperator::Sum, BoardOperator::BestNSum})
        QCOMPARE(operatorFromName(operatorName(op)), op);
    for (const auto r : {ResetSchedule::Never, ResetSchedule::Daily, ResetSchedule::Weekly, ResetSchedule::Monthly})
        QCOMPARE(resetFromName(resetName(r)), r);
    QCOMPARE(sortOrderFromName(u"asc"), SortOrder::Asc);
    QCOMPARE(sortOrderFromName(u"desc"), SortOrder::Desc);
    QCOMPARE(operatorName(BoardOperator::BestNSum), QStringLiteral("best_n_sum"));
    QVERIFY(!operatorFromName(u"Best"));
    QVERIFY(!sortOrderFromName(u""));
    QVERIFY(!resetFromName(u"yearly"));
}

void TestPeriod::periodKeys_data()
{
    QTest::addColumn<QString>("reset");
    QTest::addColumn<qint64>("atMs");
    QTest::addColumn<QString>("key");
    QTest::newRow("never") << "never" << utc(2026, 11, 22) << "all";
    QTest::newRow("daily") << "daily" << utc(2026, 11, 22, 10) << "2026-11-22";
    QTest::newRow("daily last ms of 2026") << "daily" << utc(2026, 12, 31, 23, 59, 59, 999) << "2026-12-31";
    QTest::newRow("daily first ms of 2027") << "daily" << utc(2027, 1, 1) << "2027-01-01";
    QTest::newRow("daily leap day") << "daily" << utc(2028, 2, 29, 12) << "2028-02-29";
    QTest::newRow("daily before 1970") << "daily" << utc(1969, 12, 31, 23) << "1969-12-31";
    QTest::newRow("weekly Sunday") << "weekly" << utc(2026, 11, 22, 23, 59) << "2026-W47";
    QTest::newRow("weekly Monday 00:00") << "weekly" << utc(2026, 11, 23) << "2026-W48";
    QTest::newRow("weekly Sunday before") << "weekly" << utc(2026, 11, 22, 23, 59, 59, 999) << "2026-W47";
    QTest::newRow("weekly W53 starts Dec 28") << "weekly" << utc(2026, 12, 28) << "2026-W53";
    QTest::newRow("weekly Jan 3 2027 is 2026-W53") << "weekly" << utc(2027, 1, 3, 23, 59) << "2026-W53";
    QTest::newRow("weekly 2027-W01 Monday Jan 4") << "weekly" << utc(2027, 1, 4) << "2027-W01";
    QTest::newRow("weekly Jan 1 2026 is 2026-W01") << "weekly" << utc(2026, 1, 1) << "2026-W01";
    QTest::newRow("weekly Dec 29 2025 is 2026-W01") << "weekly" << utc(2025, 12, 29) << "2026-W01";
    QTest::newRow("monthly") << "monthly" << utc(2026, 11, 30, 23, 59) << "2026-11";
    QTest::newRow("monthly next") << "monthly" << utc(2026, 12, 1) << "2026-12";
    QTest::newRow("monthly year end") << "monthly" << utc(2027, 1, 1) << "2027-01";
    QTest::newRow("monthly leap Feb") << "monthly" << utc(2028, 2, 29, 23) << "2028-02";
}

void TestPeriod::periodKeys()
{
    QFETCH(QString, reset);
    QFETCH(qint64, atMs);
    QFETCH(QString, key);
    const ResetSchedule r = *resetFromName(reset);
    QCOMPARE(periodKey(r, atMs), key);
    const PeriodRange range = periodRange(r, atMs);
    QVERIFY(range.startMs <= atMs && atMs < range.endMs);
    if (r != ResetSchedule::Never) {
        QCOMPARE(periodKey(r, range.startMs), key);
        QCOMPARE(periodKey(r, range.endMs - 1), key);
        QVERIFY(periodKey(r, range.endMs) != key);
        QVERIFY(periodKey(r, range.startMs - 1) != key);
        QCOMPARE(normalizePeriod(r, key), std::optional<QString>(key));
    }
}

void TestPeriod::normalizePeriods_data()
{
    QTest::addColumn<QString>("reset");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: nullopt
    for (const char *r : {"never", "daily", "weekly", "monthly"})
        QTest::newRow(qPrintable(QStringLiteral("all on %1").arg(QLatin1String(r)))) << r << "all"
                                                                                     << "all";
    QTest::newRow("never: a day") << "never"
                                  << "2026-11-22"
                                  << "";
    QTest::newRow("daily ok") << "daily"
                              << "2026-11-22"
                              << "2026-11-22";
    QTest::newRow("daily Dec 31") << "daily"
                                  << "2026-12-31"
                                  << "2026-12-31";
    QTest::newRow("daily Jan 1") << "daily"
                                 << "2027-01-01"
                                 << "2027-01-01";
    QTest::newRow("daily leap day 2028") << "daily"
                                         << "2028-02-29"
                                         << "2028-02-29";
    QTest::newRow("daily no leap day 2027") << "daily"
                                            << "2027-02-29"
                                            << "";
    QTest::newRow("daily no leap day 2100") << "daily"
                                            << "2100-02-29"
                                            << "";
    QTest::newRow("daily leap day 2000") << "daily"
                                         << "2000-02-29"
                                         << "2000-02-29";
    QTest::newRow("daily Apr 31") << "daily"
                                  << "2026-04-31"
                                  << "";
    QTest::newRow("daily day 00") << "daily"
                                  << "2026-04-00"
                                  << "";
    QTest::newRow("daily month 13") << "daily"
                                    << "2026-13-01"
                                    << "";
    QTest::newRow("daily unpadded") << "daily"
                                    << "2026-1-01"
                                    << "";
    QTest::newRow("daily week key") << "daily"
                                    << "2026-W47"
                                    << "";
    QTest::newRow("daily month key") << "daily"
                                     << "2026-11"
                                     << "";
    QTest::newRow("daily trailing") << "daily"
                                    << "2026-11-22x"
                                    << "";
    QTest::newRow("daily year 0") << "daily"
                                  << "0000-01-01"
                                  << "";
    QTest::newRow("weekly ok") << "weekly"
                               << "2026-W47"
                               << "2026-W47";
    QTest::newRow("weekly lower w") << "weekly"
                                    << "2026-w47"
                                    << "2026-W47";
    QTest::newRow("weekly W53 of 2026") << "weekly"
                                        << "2026-W53"
                                        << "2026-W53";
    QTest::newRow("weekly no W53 in 2027") << "weekly"
                                           << "2027-W53"
                                           << "";
    QTest::newRow("weekly W54") << "weekly"
                                << "2026-W54"
                                << "";
    QTest::newRow("weekly W00") << "weekly"
                                << "2026-W00"
                                << "";
    QTest::newRow("weekly W01 2027") << "weekly"
                                     << "2027-W01"
                                     << "2027-W01";
    QTest::newRow("weekly a day") << "weekly"
                                  << "2026-11-22"
                                  << "";
    QTest::newRow("weekly one digit") << "weekly"
                                      << "2026-W7"
                                      << "";
    QTest::newRow("monthly ok") << "monthly"
                                << "2026-11"
                                << "2026-11";
    QTest::newRow("monthly 12") << "monthly"
                                << "2026-12"
                                << "2026-12";
    QTest::newRow("monthly 13") << "monthly"
                                << "2026-13"
                                << "";
    QTest::newRow("monthly 00") << "monthly"
                                << "2026-00"
                                << "";
    QTest::newRow("monthly a day") << "monthly"
                                   << "2026-11-01"
                                   << "";
    QTest::newRow("garbage") << "daily"
                             << "yesterday"
                             << "";
    QTest::newRow("empty") << "weekly"
                           << ""
                           << "";
    QTest::newRow("ALL upper") << "monthly"
                               << "ALL"
                               << "";
    QTest::newRow("signs") << "monthly"
                           << "+026-11"
                           << "";
    QTest::newRow("non-ASCII digits") << "monthly"
                                      << "٢٠٢٦-11"
                                      << "";
}

void TestPeriod::normalizePeriods()
{
    QFETCH(QString, reset);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::optional<QString> got = normalizePeriod(*resetFromName(reset), text);
    QCOMPARE(got.value_or(QString()), expected);
    QCOMPARE(got.has_value(), !expected.isEmpty());
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
