#pragma once

// SimClient: asynchronous HTTP to Arbiter over keep-alive connections, at most `connections`
// requests in flight and at most `rate` requests started per second (0: unlimited); every answer
// is timed under its route label for LatencyStats.

#include "latencystats.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace arbiter::sim {

struct SimReply {
    int status = 0; // 0: no answer (connection error or timeout)
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
};

struct SimRequest {
    QByteArray method;
    QString path;
    QString route; // label for the latency table, e.g. "POST /v1/boards/{id}/scores"
    QByteArray body; // JSON; empty = none
    QList<QPair<QByteArray, QByteArray>> headers;
};

class SimClient final : public QObject {
    Q_OBJECT
public:
    SimClient(QString baseUrl, int connections, double rate, QObject *parent = nullptr);
    ~SimClient() override;

    using Handler = std::function<void(const SimReply &)>;
    void send(SimRequest request, Handler handler);
    // Blocking convenience for set-up and the final reads (runs a local event loop).
    SimReply call(SimRequest request);

    int inFlight() const { return m_inFlight; }
    qint64 queued() const { return m_queue.size(); }
    qint64 completed() const { return m_completed; }
    const LatencyStats &latency() const { return m_latency; }

private:
    struct Pending {
        SimRequest request;
        Handler handler;
    };
    void pump();
    void start(Pending pending);

    QString m_baseUrl;
    int m_connections;
    double m_rate;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers; // 6 connections each (Qt's per-host cap)
    QQueue<Pending> m_queue;
    QTimer m_rateTimer;
    QElapsedTimer m_clock;
    double m_tokens = 0;
    qint64 m_lastRefillMs = 0;
    int m_inFlight = 0;
    int m_next = 0;
    qint64 m_completed = 0;
    LatencyStats m_latency;
};

} // namespace arbiter::sim
