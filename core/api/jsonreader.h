#pragma once

// JsonReader: a strict JSON parser for request bodies. Unlike QJsonDocument it refuses duplicate
// keys, numbers that overflow to infinity, invalid UTF-8 and nesting deeper than 64 levels.

#include "util/result.h"

#include <QByteArray>
#include <QJsonValue>

namespace arbiter {

class JsonReader final {
public:
    // Any problem is an Error 400 `invalid_json` whose detail names the byte offset.
    static Result<QJsonValue> parse(QByteArrayView text);
    static bool isValidUtf8(QByteArrayView text);
};

} // namespace arbiter
