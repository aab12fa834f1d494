#pragma once

// HttpHandler: the one interface the HTTP server calls for every well-framed request.

#include "httprequest.h"
#include "httpresponse.h"

#include <functional>

namespace arbiter {

using Responder = std::function<void(HttpResponse)>;

// Called on the server's thread. The handler must call the responder exactly once, now or later
// (e.g. after a database commit on another thread has been posted back to the server's thread).
// Calling it after the client has gone must be harmless (no-op). Responses on one connection are
// written in request order (pipelining), whatever order handlers finish in.
class HttpHandler {
public:
    virtual ~HttpHandler() = default;
    virtual void handle(HttpRequest request, Responder respond) = 0;
};

} // namespace arbiter
