#pragma once

// The options both faces share (--listen, --data-dir, --tls-cert, --tls-key) → EngineConfig.

#include "engineconfig.h"
#include "util/result.h"

#include <QCommandLineParser>

namespace arbiter {

struct ListenAddress {
    QHostAddress address;
    quint16 port = 0;
};

// "127.0.0.1:8787", "[::1]:0", "0.0.0.0:9000", "localhost:8787".
Result<ListenAddress> parseListenAddress(const QString &text);

void addEngineOptions(QCommandLineParser &parser);
Result<EngineConfig> engineConfigFromParser(const QCommandLineParser &parser);

} // namespace arbiter
