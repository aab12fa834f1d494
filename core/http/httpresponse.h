#pragma once

// HttpResponse: what a handler answers; the connection frames it (status line, Content-Length).

#include <QByteArray>
#include <QList>
#include <QPair>

namespace arbiter {

struct HttpResponse {
    int status = 200;
    QByteArray contentType; // e.g. "application/json"; empty => no Content-Type
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. {"Retry-After","3"}

    static HttpResponse json(int status, QByteArray body); // application/json
};

} // namespace arbiter
