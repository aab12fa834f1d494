#include "httpresponse.h"

#include <utility>

namespace arbiter {

HttpResponse HttpResponse::json(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json");
    r.body = std::move(body);
    return r;
}

} // namespace arbiter
