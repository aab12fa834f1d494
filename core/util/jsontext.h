#pragma once

// Hand-written JSON text, for answers whose bytes or member order matter (problem+json, the
// answer to a score submission) and which are written too often for a QJsonObject round.

#include <QByteArray>
#include <QStringView>

namespace arbiter {

// Appends `text` as a JSON string: quoted, UTF-8, with '"', '\\' and control characters escaped.
void appendJsonString(QByteArray &out, QStringView text);

} // namespace arbiter
