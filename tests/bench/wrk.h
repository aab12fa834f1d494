#pragma once

// Runs wrk (Debian's `wrk`) against a URL and reads its figures. Benchmarks only print.

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <cstdio>

namespace arbiter::bench {

struct WrkResult {
    double requestsPerSecond = 0;
    QString p50;
    QString p99;
    QString errors;
};

// `script` is a wrk Lua file or empty. 32 connections on 2 threads, as the issues measure.
inline WrkResult runWrk(const QString &url, int seconds, const QString &script = QString(), int connections = 32)
{
    QStringList args{QStringLiteral("-t2"), QStringLiteral("-c%1").arg(connections), QStringLiteral("-d%1s").arg(seconds),
                     QStringLiteral("--latency")};
    if (!script.isEmpty())
        args << QStringLiteral("-s") << script;
    args << url;
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    wrk.start(QStringLiteral("wrk"), args);
    WrkResult r;
    if (!wrk.waitForFinished((seconds + 30) * 1000)) {
        r.errors = QStringLiteral("wrk did not finish: %1").arg(wrk.errorString());
        return r;
    }
    const QString out = QString::fromUtf8(wrk.readAll());
    const auto capture = [&out](const char *pattern) {
        return QRegularExpression(QString::fromLatin1(pattern)).match(out).captured(1);
    };
    r.requestsPerSecond = capture("Requests/sec:\\s+([\\d.]+)").toDouble();
    r.p50 = capture("\\n\\s+50%\\s+(\\S+)");
    r.p99 = capture("\\n\\s+99%\\s+(\\S+)");
    r.errors = capture("((Socket errors:|Non-2xx)[^\\n]*)");
    if (r.requestsPerSecond == 0)
        r.errors = out;
    return r;
}

inline void printWrk(const char *name, const WrkResult &r)
{
    std::printf("%-22s %10.0f req/s   p50 %-9s p99 %-9s %s\n", name, r.requestsPerSecond, qPrintable(r.p50),
                qPrintable(r.p99), qPrintable(r.errors));
    std::fflush(stdout);
}

} // namespace arbiter::bench
