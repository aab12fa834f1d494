#pragma once

// ServerStatus: the listener's state and counters, polled once a second on the core thread
// (never blocking the UI) and turned into a request rate for the status bar and Server page.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace arbiter::ui {

class CoreInvoker;

struct ServerSnapshot {
    bool listening = false;
    bool tls = false;
    QString host;
    quint16 port = 0;
    quint64 served = 0;
    int connections = 0;
};

class ServerStatus final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerStatus)
public:
    explicit ServerStatus(CoreInvoker &invoker, QObject *parent = nullptr);

    const ServerSnapshot &snapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_hasSnapshot; }
    double requestsPerSecond() const { return m_rate; }
    QString address() const; // HOST:PORT, IPv6 in brackets

    void poll();

signals:
    void updated();

private:
    void take(const ServerSnapshot &snapshot);

    CoreInvoker &m_invoker;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    ServerSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    bool m_inFlight = false;
    double m_rate = 0;
};

} // namespace arbiter::ui
