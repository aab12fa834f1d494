#include "api/systemcontroller.h"

#include "storage/writer.h"

#include <QFile>

namespace arbiter {

SystemController::SystemController(const Writer &writer, const Clock &clock)
    : m_writer(writer)
    , m_clock(clock)
    , m_startedMs(clock.nowMs())
{
}

void SystemController::health(const RouteRequest &, Reply reply) const
{
    // Built by hand: this route is what load balancers hammer, so it stays allocation-light.
    const bool healthy = m_writer.healthy();
    QByteArray body;
    body.reserve(96);
    body += healthy ? R"({"status":"ok","version":")" : R"({"status":"degraded","version":")";
    body += ARBITER_VERSION;
    body += R"(","uptimeSeconds":)";
    body += QByteArray::number((m_clock.nowMs() - m_startedMs) / 1000);
    body += healthy ? R"(,"database":"ok"})" : R"(,"database":"unwritable"})";
    reply.send(HttpResponse::json(healthy ? 200 : 503, std::move(body)));
}

QByteArray SystemController::openApiDocument()
{
    static const QByteArray document = [] {
        QFile file(QStringLiteral(":/openapi.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return document;
}

void SystemController::openApi(const RouteRequest &, Reply reply) const
{
    reply.send(HttpResponse::json(200, openApiDocument()));
}

} // namespace arbiter
