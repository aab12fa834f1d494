#include "models/serverstatus.h"

#include "coreinvoker.h"

namespace arbiter::ui {

ServerStatus::ServerStatus(CoreInvoker &invoker, QObject *parent)
    : QObject(parent)
    , m_invoker(invoker)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ServerStatus::poll);
    m_timer.start();
    poll();
}

QString ServerStatus::address() const
{
    const QString host = m_snapshot.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_snapshot.host + QLatin1Char(']')
                                                                     : m_snapshot.host;
    return QStringLiteral("%1:%2").arg(host).arg(m_snapshot.port);
}

void ServerStatus::poll()
{
    if (m_inFlight) // the core thread is busy; one outstanding poll is enough
        return;
    m_inFlight = true;
    m_invoker.read(
        this,
        [](Engine &engine) {
            ServerSnapshot s;
            if (HttpServer *server = engine.server()) {
                s.listening = server->isListening();
                s.tls = server->isTls();
                s.host = server->address().toString();
                s.port = server->port();
                s.served = server->requestsServed();
                s.connections = server->openConnections();
            }
            return s;
        },
        std::function<void(ServerSnapshot)>([this](ServerSnapshot s) {
            m_inFlight = false;
            take(s);
        }));
}

void ServerStatus::take(const ServerSnapshot &snapshot)
{
    if (m_hasSnapshot && m_sinceLast.isValid()) {
        const qint64 ms = m_sinceLast.elapsed();
        const quint64 delta = snapshot.served >= m_snapshot.served ? snapshot.served - m_snapshot.served : 0;
        m_rate = ms > 0 ? double(delta) * 1000.0 / double(ms) : 0;
    }
    m_sinceLast.start();
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    emit updated();
}

} // namespace arbiter::ui
