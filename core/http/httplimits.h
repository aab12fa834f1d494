#pragma once

// HttpLimits: the listener's size, time and connection caps (api.md "Conventions").

namespace arbiter {

struct HttpLimits {
    int maxHeaderBytes = 8 * 1024; // request line + headers; beyond => 431
    int maxBodyBytes = 64 * 1024; // declared or chunked; beyond => 413
    int headerTimeoutMs = 10000; // from the first byte of a request to its blank line; => 408
    int bodyTimeoutMs = 30000; // from the end of the headers to the end of the body; => 408
    int idleTimeoutMs = 60000; // keep-alive connection with nothing pending; closed quietly
    int maxConnections = 1024; // beyond => 503
    int maxConnectionsPerIp = 256; // beyond => 503
    int maxPipelined = 64; // unanswered requests per connection before we stop reading
};

} // namespace arbiter
