#pragma once

// HttpServer: the HTTP/1.1 listener (plain or TLS) that frames requests and feeds an HttpHandler.

#include "httphandler.h"
#include "httplimits.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

class QTcpServer;
class QTcpSocket;

namespace arbiter {

class ByteStream;
class HttpConnection;

class HttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    HttpServer(HttpHandler *handler, HttpLimits limits = {}, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error); // port 0 = free port
    bool listenTls(
        const QHostAddress &address, quint16 port, const QString &certFile, const QString &keyFile, QString *error);
    QHostAddress address() const;
    quint16 port() const;
    bool isListening() const;
    bool isTls() const { return m_tls; }

    void stopAccepting(); // close the listening socket; existing connections go on
    int openConnections() const { return m_counted; }
    int inFlightRequests() const { return m_inFlight; } // handlers called whose responder has not run yet
    quint64 requestsServed() const { return m_served; }

signals:
    void idle(); // stopAccepting() was called and no request is in flight any more
    void requestFinished(QByteArray method, QByteArray path, int status, qint64 elapsedNs);

private:
    friend class HttpConnection;

    bool startListening(QTcpServer *listener, const QHostAddress &address, quint16 port, QString *error);
    void onNewConnection();
    void adopt(ByteStream *stream); // takes ownership
    void sweep();

    // For HttpConnection.
    qint64 nowMs() const { return m_clock.elapsed(); }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    void requestStarted() { ++m_inFlight; }
    void requestAnswered();
    void responseWritten(const QByteArray &method, const QByteArray &path, int status, qint64 startNs);
    void connectionFinished(HttpConnection *connection);
    // Answers given while requests are read are written once per turn of the event loop, just
    // before it waits again: first every request that is ready is read and handled, then every
    // answer leaves, one send per connection. Sending each at once woke the client for each and
    // cost the health route a fifth of its rate. (Answers that come later, such as a batch from
    // the writer, leave at once.)
    void scheduleFlush(HttpConnection *connection);
    void flushPending();

    HttpHandler *m_handler;
    HttpLimits m_limits;
    QTcpServer *m_listener = nullptr;
    QSet<HttpConnection *> m_connections; // all, including rejected ones still closing
    QList<HttpConnection *> m_toFlush; // with output waiting for the end of this turn of the loop
    bool m_flushHooked = false;
    QHash<QHostAddress, int> m_perIp; // counted connections per peer
    QTimer m_sweepTimer;
    QElapsedTimer m_clock;
    int m_counted = 0;
    int m_inFlight = 0;
    quint64 m_served = 0;
    bool m_tls = false;
    bool m_stopped = false;
    bool m_destroying = false;
};

} // namespace arbiter
