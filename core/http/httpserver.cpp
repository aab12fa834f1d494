#include "httpserver.h"

#include "fdstream.h"
#include "httpconnection.h"
#include "problem.h"
#include "socketstream.h"

#include <QAbstractEventDispatcher>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

#ifndef QT_NO_SSL
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#endif

namespace arbiter {

namespace {

constexpr int kListenBacklog = 511;

// Plain connections skip QTcpSocket: the accepted fd goes straight to an FdStream.
class TcpListener final : public QTcpServer {
public:
    TcpListener(HttpServer *server, std::function<void(qintptr)> accepted)
        : QTcpServer(server)
        , m_accepted(std::move(accepted))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override { m_accepted(descriptor); }

private:
    std::function<void(qintptr)> m_accepted;
};

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

HttpServer::HttpServer(HttpHandler *handler, HttpLimits limits, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_limits(limits)
    , m_sweepTimer(this)
{
    m_clock.start();
    // One coarse sweep per server instead of a timer per request or connection: deadlines are
    // plain integers compared every tenth of the shortest timeout.
    const int shortest = qMin(m_limits.headerTimeoutMs, qMin(m_limits.bodyTimeoutMs, m_limits.idleTimeoutMs));
    m_sweepTimer.setInterval(qBound(5, shortest / 10, 1000));
    connect(&m_sweepTimer, &QTimer::timeout, this, &HttpServer::sweep);
}

HttpServer::~HttpServer()
{
    flushPending();
    m_destroying = true;
    if (m_listener)
        m_listener->close();
    const auto connections = m_connections;
    m_connections.clear();
    for (HttpConnection *c : connections)
        delete c;
}

bool HttpServer::startListening(QTcpServer *listener, const QHostAddress &address, quint16 port, QString *error)
{
    if (m_listener) {
        delete listener;
        setError(error, QStringLiteral("already listening"));
        return false;
    }
    listener->setListenBacklogSize(kListenBacklog);
    if (!listener->listen(address, port)) {
        setError(error,
            QStringLiteral("cannot listen on %1:%2: %3")
                .arg(address.toString())
                .arg(port)
                .arg(listener->errorString()));
        delete listener;
        return false;
    }
    m_listener = listener;
    // QSslServer queues a socket only once its handshake is done, and says so with
    // pendingConnectionAvailable, not newConnection.
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::onNewConnection);
    return true;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    m_tls = false;
    return startListening(new TcpListener(this, [this](qintptr fd) { adopt(new FdStream(fd)); }), address, port, error);
}

bool HttpServer::listenTls(
    const QHostAddress &address, quint16 port, const QString &certFile, const QString &keyFile, QString *error)
{
#ifdef QT_NO_SSL
    Q_UNUSED(address)
    Q_UNUSED(port)
    Q_UNUSED(certFile)
    Q_UNUSED(keyFile)
    setError(error, QStringLiteral("this build of Qt has no TLS support"));
    return false;
#else
    QFile certIn(certFile);
    if (!certIn.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("cannot read certificate %1: %2").arg(certFile, certIn.errorString()));
        return false;
    }
    const auto chain = QSslCertificate::fromData(certIn.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        setError(error, QStringLiteral("no PEM certificate in %1").arg(certFile));
        return false;
    }
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("cannot read key %1: %2").arg(keyFile, keyIn.errorString()));
        return false;
    }
    const QByteArray keyPem = keyIn.readAll();
    QSslKey key;
    for (auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        setError(error, QStringLiteral("no usable unencrypted PEM private key in %1").arg(keyFile));
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(chain.first());
    if (chain.size() > 1)
        config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setProtocol(QSsl::TlsV1_2OrLater);

    auto *listener = new QSslServer(this);
    listener->setSslConfiguration(config);
    if (!startListening(listener, address, port, error))
        return false;
    m_tls = true;
    return true;
#endif
}

QHostAddress HttpServer::address() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 HttpServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

bool HttpServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

void HttpServer::stopAccepting()
{
    if (m_listener)
        m_listener->close();
    m_stopped = true;
    // Queued, so a caller that connects to idle() right after this call still hears it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_stopped && m_inFlight == 0)
                emit idle();
        },
        Qt::QueuedConnection);
}

void HttpServer::onNewConnection()
{
    while (m_listener && m_listener->hasPendingConnections()) {
        if (QTcpSocket *socket = m_listener->nextPendingConnection())
            adopt(new SocketStream(socket));
    }
}

void HttpServer::adopt(ByteStream *stream)
{
    const QHostAddress peer = stream->peerAddress();
    const bool over = m_counted >= m_limits.maxConnections || m_perIp.value(peer) >= m_limits.maxConnectionsPerIp;
    if (over && m_connections.size() - m_counted >= m_limits.maxConnections) {
        // Even the polite 503 path is saturated: drop without a word rather than run out of fds.
        delete stream;
        return;
    }
    auto *connection = new HttpConnection(this, stream, !over);
    m_connections.insert(connection);
    if (!over) {
        ++m_counted;
        ++m_perIp[peer];
    }
    if (!m_sweepTimer.isActive())
        m_sweepTimer.start();
    if (over)
        connection->reject(problemResponse(503, QStringLiteral("unavailable"), QStringLiteral("too many connections")));
    else
        connection->start();
}

void HttpServer::sweep()
{
    const qint64 now = nowMs();
    // A copy: a connection that times out leaves the set while we walk it (deletion is deferred).
    const auto connections = m_connections.values();
    for (HttpConnection *c : connections)
        c->checkTimeout(now);
    if (m_connections.isEmpty())
        m_sweepTimer.stop();
}

void HttpServer::requestAnswered()
{
    --m_inFlight;
    if (m_stopped && m_inFlight == 0) {
        flushPending(); // whoever hears idle() may stop the loop before it turns again
        emit idle();
    }
}

void HttpServer::scheduleFlush(HttpConnection *connection)
{
    if (!m_flushHooked) {
        // The dispatcher of the thread the connections live in, known once the first one writes.
        if (auto *dispatcher = QAbstractEventDispatcher::instance()) {
            connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &HttpServer::flushPending);
            // A loop turned without waiting (processEvents() in a busy caller) says awake instead.
            connect(dispatcher, &QAbstractEventDispatcher::awake, this, &HttpServer::flushPending);
            m_flushHooked = true;
        }
    }
    m_toFlush.append(connection);
    if (!m_flushHooked)
        flushPending();
}

void HttpServer::flushPending()
{
    if (m_toFlush.isEmpty())
        return;
    // Swapped out first: writing may finish a connection, which takes it off this list.
    QList<HttpConnection *> pending;
    pending.swap(m_toFlush);
    for (HttpConnection *c : std::as_const(pending))
        c->writeOutput();
}

void HttpServer::responseWritten(const QByteArray &method, const QByteArray &path, int status, qint64 startNs)
{
    ++m_served;
    emit requestFinished(method, path, status, nowNs() - startNs);
}

void HttpServer::connectionFinished(HttpConnection *connection)
{
    m_toFlush.removeOne(connection);
    if (m_destroying || !m_connections.remove(connection))
        return;
    if (connection->isCounted()) {
        --m_counted;
        auto it = m_perIp.find(connection->peer());
        if (it != m_perIp.end() && --it.value() <= 0)
            m_perIp.erase(it);
    }
}

} // namespace arbiter
