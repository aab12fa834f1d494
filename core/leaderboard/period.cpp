#include "leaderboard/period.h"

#include <limits>

namespace arbiter {

namespace {

// Civil-date arithmetic on day numbers (H. Hinnant's algorithms): periods are computed for every submission
// whose period differs from the previous one, and QDateTime's time-zone machinery is far slower than this.
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil {
    qint64 year;
    int month;
    int day;
};

Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (m <= 2), m, d};
}

int weekdayMonday0(qint64 z) // 1970-01-01 was a Thursday
{
    const qint64 r = (z + 3) % 7;
    return int(r < 0 ? r + 7 : r);
}

struct IsoWeek {
    qint64 year;
    int week;
};

IsoWeek isoWeek(qint64 z)
{
    // The ISO week belongs to the year of its Thursday.
    const qint64 thursday = z - weekdayMonday0(z) + 3;
    const qint64 year = civilFromDays(thursday).year;
    return {year, int((thursday - daysFromCivil(year, 1, 1)) / 7) + 1};
}

int isoWeeksInYear(qint64 year)
{
    return isoWeek(daysFromCivil(year, 12, 28)).week; // Dec 28 is always in the year's last ISO week
}

int daysInMonth(qint64 year, int month)
{
    return int(
        daysFromCivil(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1));
}

QString pad(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

// Parses exactly `count` ASCII digits at `from`; -1 if any is not a digit.
int digits(QStringView text, qsizetype from, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[from + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

PeriodRange periodRange(ResetSchedule reset, qint64 atMs)
{
    const qint64 day = utcDay(atMs);
    switch (reset) {
    case ResetSchedule::Never:
        break;
    case ResetSchedule::Daily: {
        const Civil c = civilFromDays(day);
        return {pad(c.year, 4) + u'-' + pad(c.month, 2) + u'-' + pad(c.day, 2), day * MsPerDay, (day + 1) * MsPerDay};
    }
    case ResetSchedule::Weekly: {
        const IsoWeek w = isoWeek(day);
        const qint64 start = day - weekdayMonday0(day);
        return {pad(w.year, 4) + QLatin1String("-W") + pad(w.week, 2), start * MsPerDay, (start + 7) * MsPerDay};
    }
    case ResetSchedule::Monthly: {
        const Civil c = civilFromDays(day);
        const qint64 start = daysFromCivil(c.year, c.month, 1);
        return {pad(c.year, 4) + u'-' + pad(c.month, 2), start * MsPerDay,
            (start + daysInMonth(c.year, c.month)) * MsPerDay};
    }
    }
    return {QStringLiteral("all"), std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
}

QString periodKey(ResetSchedule reset, qint64 atMs)
{
    // Asked for every submission, and the answer changes once a day at most: the last key per
    // schedule is kept (per thread, so no locking).
    struct Last {
        qint64 day = std::numeric_limits<qint64>::min();
        QString key;
    };
    thread_local Last last[4];
    const qint64 day = utcDay(atMs);
    Last &cached = last[qBound(0, int(reset), 3)];
    if (cached.day != day) {
        cached.key = periodRange(reset, atMs).key;
        cached.day = day;
    }
    return cached.key;
}

std::optional<QString> normalizePeriod(ResetSchedule reset, QStringView text)
{
    if (text == u"all")
        return QStringLiteral("all");
    if (text.size() < 7 || text[4] != u'-')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    if (year < 1)
        return std::nullopt;
    switch (reset) {
    case ResetSchedule::Never:
        return std::nullopt;
    case ResetSchedule::Daily: {
        if (text.size() != 10 || text[7] != u'-')
            return std::nullopt;
        const int month = digits(text, 5, 2);
        const int day = digits(text, 8, 2);
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
            return std::nullopt;
        return text.toString();
    }
    case ResetSchedule::Weekly: {
        if (text.size() != 8 || (text[5] != u'W' && text[5] != u'w'))
            return std::nullopt;
        const int week = digits(text, 6, 2);
        if (week < 1 || week > isoWeeksInYear(year))
            return std::nullopt;
        return pad(year, 4) + QLatin1String("-W") + pad(week, 2);
    }
    case ResetSchedule::Monthly: {
        if (text.size() != 7)
            return std::nullopt;
        const int month = digits(text, 5, 2);
        if (month < 1 || month > 12)
            return std::nullopt;
        return text.toString();
    }
    }
    return std::nullopt;
}

} // namespace arbiter
