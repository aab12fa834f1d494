#pragma once

// SystemController: health and the OpenAPI document; no credentials.

#include "api/router.h"
#include "util/clock.h"

namespace arbiter {

class Writer;

class SystemController final {
public:
    SystemController(const Writer &writer, const Clock &clock);

    void health(const RouteRequest &request, Reply reply) const;
    void openApi(const RouteRequest &request, Reply reply) const;

    static QByteArray openApiDocument();

private:
    const Writer &m_writer;
    const Clock &m_clock;
    const qint64 m_startedMs;
};

} // namespace arbiter
