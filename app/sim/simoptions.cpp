#include "simoptions.h"

#include <QCoreApplication>
#include <QUrl>

namespace arbiter::sim {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("arbiter-sim", text); }

} // namespace

void addSimOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("url"), tr("Arbiter's base URL (default http://127.0.0.1:8787)."), QStringLiteral("URL")},
        {QStringLiteral("admin-token"), tr("Admin token (default: the ARBITER_ADMIN_TOKEN environment variable)."), QStringLiteral("TOKEN")},
        {QStringLiteral("webhook"), tr("Ban-report webhook URL for the demo game (https://, or http:// to loopback)."), QStringLiteral("URL")},
        {QStringLiteral("honest"), tr("Honest players (default 400)."), QStringLiteral("N")},
        {QStringLiteral("per-archetype"), tr("Cheaters of each of the 12 archetypes (default 20)."), QStringLiteral("N")},
        {QStringLiteral("duration"), tr("Seconds to play (default 60; 0 plays until stopped)."), QStringLiteral("S")},
        {QStringLiteral("warmup"), tr("Seconds in which honest players arrive before board-statistics cheaters (default 8)."), QStringLiteral("S")},
        {QStringLiteral("time-scale"), tr("Divide human think times and breaks by X (default 20); see docs/detection-quality.md."), QStringLiteral("X")},
        {QStringLiteral("rate"), tr("At most R requests started per second (default 0: unlimited)."), QStringLiteral("R")},
        {QStringLiteral("connections"), tr("At most N requests in flight, i.e. keep-alive connections (default 16)."), QStringLiteral("N")},
        {QStringLiteral("seed"), tr("Seed: the same seed plays the same population and decisions (default 1)."), QStringLiteral("SEED")},
        {QStringLiteral("report-json"), tr("Write the quality report and latency percentiles as JSON to PATH."), QStringLiteral("PATH")},
        {QStringLiteral("quiet"), tr("No progress line on stderr.")},
        {QStringLiteral("check"), tr("Exit with status 3 when a quality target is missed.")},
    });
}

QString simOptionsFromParser(const QCommandLineParser &parser, SimOptions &options)
{
    bool ok = true;
    const auto number = [&](const QString &name, double fallback, double low, double high) {
        if (!parser.isSet(name))
            return fallback;
        bool good = false;
        const double v = parser.value(name).toDouble(&good);
        if (!good || v < low || v > high)
            ok = false;
        return good ? v : fallback;
    };
    options.url = parser.isSet(QStringLiteral("url")) ? parser.value(QStringLiteral("url")) : options.url;
    options.adminToken = parser.isSet(QStringLiteral("admin-token")) ? parser.value(QStringLiteral("admin-token"))
                                                                     : qEnvironmentVariable("ARBITER_ADMIN_TOKEN");
    options.webhookUrl = parser.value(QStringLiteral("webhook"));
    options.sizes.honest = int(number(QStringLiteral("honest"), options.sizes.honest, 0, 1e6));
    options.sizes.perArchetype = int(number(QStringLiteral("per-archetype"), options.sizes.perArchetype, 0, 1e5));
    options.timing.durationMs = qint64(number(QStringLiteral("duration"), double(options.timing.durationMs) / 1000, 0, 1e7) * 1000);
    options.timing.warmupMs = qint64(number(QStringLiteral("warmup"), double(options.timing.warmupMs) / 1000, 0, 1e6) * 1000);
    options.timing.timeScale = number(QStringLiteral("time-scale"), options.timing.timeScale, 1, 1e6);
    options.rate = number(QStringLiteral("rate"), options.rate, 0, 1e7);
    options.connections = int(number(QStringLiteral("connections"), options.connections, 1, 10000));
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    options.progress = !parser.isSet(QStringLiteral("quiet"));
    if (!ok)
        return tr("a numeric option is out of range or not a number");
    if (!QUrl(options.url).isValid() || !options.url.startsWith(QStringLiteral("http")))
        return tr("--url must be an http(s) URL");
    if (options.adminToken.isEmpty())
        return tr("no admin token: pass --admin-token or set ARBITER_ADMIN_TOKEN");
    return {};
}

} // namespace arbiter::sim
