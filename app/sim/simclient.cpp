#include "simclient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace arbiter::sim {

SimClient::SimClient(QString baseUrl, int connections, double rate, QObject *parent)
    : QObject(parent), m_baseUrl(std::move(baseUrl)), m_connections(std::max(1, connections)), m_rate(rate)
{
    while (m_baseUrl.endsWith(QLatin1Char('/')))
        m_baseUrl.chop(1);
    const int managers = (m_connections + 5) / 6;
    for (int i = 0; i < managers; ++i)
        m_managers.push_back(std::make_unique<QNetworkAccessManager>());
    m_clock.start();
    m_tokens = std::max(1.0, m_rate);
    m_rateTimer.setSingleShot(true);
    connect(&m_rateTimer, &QTimer::timeout, this, &SimClient::pump);
}

SimClient::~SimClient() = default;

void SimClient::send(SimRequest request, Handler handler)
{
    m_queue.enqueue(Pending{std::move(request), std::move(handler)});
    pump();
}

void SimClient::pump()
{
    while (!m_queue.isEmpty() && m_inFlight < m_connections) {
        if (m_rate > 0) {
            const qint64 now = m_clock.elapsed();
            m_tokens = std::min(std::max(1.0, m_rate), m_tokens + double(now - m_lastRefillMs) * m_rate / 1000.0);
            m_lastRefillMs = now;
            if (m_tokens < 1.0) {
                if (!m_rateTimer.isActive())
                    m_rateTimer.start(int(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate)));
                return;
            }
            m_tokens -= 1.0;
        }
        start(m_queue.dequeue());
    }
}

void SimClient::start(Pending pending)
{
    QNetworkRequest request(QUrl(m_baseUrl + pending.request.path));
    request.setTransferTimeout(30000);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!pending.request.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : std::as_const(pending.request.headers))
        request.setRawHeader(name, value);
    QNetworkAccessManager &manager = *m_managers[size_t(m_next++ % int(m_managers.size()))];
    const qint64 startedMs = m_clock.nsecsElapsed();
    QNetworkReply *reply = manager.sendCustomRequest(request, pending.request.method, pending.request.body);
    ++m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, startedMs, pending = std::move(pending)]() {
        --m_inFlight;
        ++m_completed;
        m_latency.record(pending.request.route, double(m_clock.nsecsElapsed() - startedMs) / 1e6);
        SimReply answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        reply->deleteLater();
        if (pending.handler)
            pending.handler(answer);
        pump();
    });
}

SimReply SimClient::call(SimRequest request)
{
    SimReply result;
    bool done = false;
    QEventLoop loop;
    send(std::move(request), [&](const SimReply &reply) {
        result = reply;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

} // namespace arbiter::sim
