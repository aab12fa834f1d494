#pragma once

// EngineConfig: what the command line and the console settings tell the engine.

#include "http/httplimits.h"
#include "outbox/deliverypolicy.h"
#include "util/clock.h"

#include <QHostAddress>
#include <QString>

#include <memory>

namespace arbiter {

struct EngineConfig {
    QString dataDir;                                    // holds arbiter.db and admin-token
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8787;                                // 0 picks a free port
    QString tlsCertFile;                                // both set: HTTPS through QSslServer
    QString tlsKeyFile;
    HttpLimits limits;
    DeliveryPolicy delivery;                            // webhook retries and backoff
    std::shared_ptr<Clock> clock = std::make_shared<SystemClock>();

    static QString defaultDataDir();                    // QStandardPaths::AppDataLocation
};

} // namespace arbiter
