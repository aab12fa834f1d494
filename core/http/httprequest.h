#pragma once

// HttpRequest: one parsed HTTP/1.1 request as handed to an HttpHandler.

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace arbiter {

struct HttpRequest {
    QByteArray method; // "GET"
    QByteArray target; // raw request-target "/a/b?x=1"
    QByteArray path; // percent-decoded path without query: "/a/b"
    QByteArray query; // raw query without '?': "x=1" (may be empty)
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in arrival order
    QByteArray body;
    QHostAddress peer; // TCP peer address

    QByteArray header(QByteArrayView lowerName) const; // first value or empty
};

} // namespace arbiter
