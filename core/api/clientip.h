#pragma once

// The client's IP as api.md defines it: the TCP peer, or the first X-Forwarded-For entry when the
// game trusts its proxy and the peer is a loopback address (a local reverse proxy).

#include "http/httprequest.h"

namespace arbiter {

QString clientIp(const HttpRequest &request, bool trustProxy);

} // namespace arbiter
