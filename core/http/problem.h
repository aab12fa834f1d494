#pragma once

// problem+json (RFC 9457) rendering: the one place an Error becomes an HTTP error response.

#include "httpresponse.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

namespace arbiter {

// {"type":"about:blank","title":<reason phrase>,"status":n,"code":code,"detail":detail
//  [,"errors":[{"field":..,"message":..}]]}   Content-Type: application/problem+json
HttpResponse problemResponse(const Error &error);
HttpResponse problemResponse(int status, const QString &code, const QString &detail);

// The standard reason phrase ("Not Found"); "Unknown" for codes we never send.
QByteArray reasonPhrase(int status);

} // namespace arbiter
