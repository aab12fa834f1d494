#pragma once

// CPU time per thread of this process (by thread name) and of finished child processes (wrk), so
// a benchmark can print CPU per request: steadier than throughput on a shared machine.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QString>

#include <sys/resource.h>

namespace arbiter::bench {

struct CpuSnapshot {
    QHash<QString, double> threadUs; // summed over threads of the same name
    double childrenUs = 0;          // every child process that has finished (and been waited for)
};

inline CpuSnapshot cpuSnapshot()
{
    CpuSnapshot s;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile sched(tasks.filePath(tid + QStringLiteral("/schedstat"))); // ns on CPU, ns waiting, slices
        if (!comm.open(QIODevice::ReadOnly) || !sched.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromUtf8(comm.readAll().trimmed());
        s.threadUs[name] += sched.readAll().split(' ').value(0).toDouble() / 1000.0;
    }
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    s.childrenUs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6 + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
    return s;
}

// "core 30.1 µs, writer 20.3 µs, wrk 19.0 µs" per request between two snapshots.
inline QString cpuPerRequest(const CpuSnapshot &before, const CpuSnapshot &after, double requests,
                             const QList<QPair<QString, QString>> &threads)
{
    QStringList parts;
    for (const auto &[thread, label] : threads)
        parts.append(QStringLiteral("%1 %2 µs").arg(label).arg((after.threadUs.value(thread) - before.threadUs.value(thread)) / requests, 0, 'f', 1));
    parts.append(QStringLiteral("wrk %1 µs").arg((after.childrenUs - before.childrenUs) / requests, 0, 'f', 1));
    return parts.join(QStringLiteral(", "));
}

} // namespace arbiter::bench
