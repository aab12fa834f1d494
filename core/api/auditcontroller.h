#pragma once

// AuditController: the audit journal's admin routes (list and verify).

#include "api/router.h"

namespace arbiter {

class Writer;

class AuditController final {
public:
    AuditController(Writer &writer, QObject *context);

    void list(const RouteRequest &request, Reply reply) const;
    void verify(const RouteRequest &request, Reply reply) const;

private:
    Writer &m_writer;
    QObject *m_context; // answers are posted back to this object's thread
};

} // namespace arbiter
