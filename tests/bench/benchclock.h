#pragma once

// What in-process benchmarks measure with: resident memory and this thread's CPU time.

#include <QByteArray>
#include <QFile>

#include <ctime>

namespace arbiter::bench {

inline qint64 vmRssKiB()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time of this thread: on a shared machine wall time also counts other people's work.
inline qint64 cpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace arbiter::bench
