// Tests of the HTTP/1.1 listener, spoken to over raw sockets so every byte on the wire is ours.

#include "http/httpserver.h"
#include "http/problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace arbiter;

namespace {

struct Response {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers)
            if (h.first.toLower() == lowerName)
                return h.second;
        return {};
    }
    QByteArray code() const { return QJsonDocument::fromJson(body).object().value(u"code").toString().toUtf8(); }
};

// Parses as many complete responses as buf holds (Content-Length framing only, as the server
// always sends it) and removes them from buf.
void parseResponses(QByteArray &buf, QList<Response> &out)
{
    for (;;) {
        const auto end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        Response r;
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        r.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const auto colon = line.indexOf(':');
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const qsizetype length = r.header("content-length").toLongLong();
        if (buf.size() < end + 4 + length)
            return;
        r.body = buf.mid(end + 4, length);
        buf.remove(0, end + 4 + length);
        out.append(r);
    }
}

class Client final {
public:
    explicit Client(quint16 port, QTcpSocket *socket = nullptr)
        : m_socket(socket ? socket : new QTcpSocket)
    {
        QObject::connect(m_socket.get(), &QTcpSocket::readyRead, [this] { m_buf += m_socket->readAll(); });
        QObject::connect(m_socket.get(), &QTcpSocket::disconnected, [this] {
            if (m_socket->isOpen())
                m_buf += m_socket->readAll();
            m_closed = true;
        });
        if (!socket)
            m_socket->connectToHost(QHostAddress::LocalHost, port);
    }
    ~Client() { m_socket->disconnect(); }
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return m_socket->state() == QAbstractSocket::ConnectedState; }, 3000);
    }
    void send(const QByteArray &bytes)
    {
        if (!waitConnected())
            qWarning("client not connected");
        m_socket->write(bytes);
        m_socket->flush();
    }
    // True when at least n responses arrived.
    bool waitResponses(int n, int ms = 3000)
    {
        (void)QTest::qWaitFor(
            [&] {
                parseResponses(m_buf, m_responses);
                return m_responses.size() >= n || m_closed;
            },
            ms);
        parseResponses(m_buf, m_responses);
        return m_responses.size() >= n;
    }
    bool waitClosed(int ms = 3000)
    {
        return QTest::qWaitFor([this] { return m_closed; }, ms);
    }
    Response take() { return m_responses.isEmpty() ? Response{} : m_responses.takeFirst(); }
    qsizetype pending() const { return m_responses.size(); }
    bool closed() const { return m_closed; }
    QByteArray &raw() { return m_buf; }
    QTcpSocket *socket() { return m_socket.get(); }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buf;
    QList<Response> m_responses;
    bool m_closed = false;
};

// Answers with the path (or the body when there is one) unless a test installs its own behaviour.
class TestHandler final : public HttpHandler {
public:
    std::function<void(const HttpRequest &, Responder)> behaviour;
    QList<HttpRequest> seen;

    void handle(HttpRequest request, Responder respond) override
    {
        seen.append(request);
        if (behaviour) {
            behaviour(request, std::move(respond));
            return;
        }
        HttpResponse r;
        r.contentType = "text/plain";
        r.body = request.body.isEmpty() ? request.path : request.body;
        respond(std::move(r));
    }
};

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n";
}

HttpLimits fastLimits()
{
    HttpLimits l;
    l.headerTimeoutMs = 200;
    l.bodyTimeoutMs = 200;
    l.idleTimeoutMs = 200;
    return l;
}

} // namespace

class TestHttpServer final : public QObject {
    Q_OBJECT

private:
    TestHandler m_handler;
    std::unique_ptr<HttpServer> m_server;

    quint16 start(HttpLimits limits = {})
    {
        m_server = std::make_unique<HttpServer>(&m_handler, limits);
        QString error;
        if (!m_server->listen(QHostAddress::LocalHost, 0, &error))
            qFatal("listen: %s", qPrintable(error));
        return m_server->port();
    }

private slots:
    void init()
    {
        m_handler.behaviour = nullptr;
        m_handler.seen.clear();
    }
    void cleanup() { m_server.reset(); }

    void problemJson_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QStringList>("fields"); // field, message, field, message...
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("rate limited") << 429 << "rate_limited"
                                      << "slow down" << QStringList{}
                                      << QByteArray(R"({"type":"about:blank","title":"Too Many Requests","status":429,)"
                                                    R"("code":"rate_limited","detail":"slow down"})");
        QTest::newRow("validation") << 400 << "invalid_body"
                                    << "bad fields"
                                    << QStringList{"score", "must be a finite number", "name", "too long"}
                                    << QByteArray(R"({"type":"about:blank","title":"Bad Request","status":400,)"
                                                  R"("code":"invalid_body","detail":"bad fields","errors":[)"
                                                  R"({"field":"score","message":"must be a finite number"},)"
                                                  R"({"field":"name","message":"too long"}]})");
        QTest::newRow("escaping") << 404 << "not_found" << QString::fromUtf8("a \"q\" \\ \n\t\x01 é") << QStringList{}
                                  << QByteArray(R"({"type":"about:blank","title":"Not Found","status":404,)"
                                                R"("code":"not_found","detail":"a \"q\" \\ \n\t\u0001 )"
                                                "\xc3\xa9\"}");
    }
    void problemJson()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, detail);
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, expected);

        Error e = Error::make(status, code, detail);
        for (qsizetype i = 0; i + 1 < fields.size(); i += 2)
            e.fields.append({fields.at(i), fields.at(i + 1)});
        const HttpResponse r = problemResponse(e);
        QCOMPARE(r.status, status);
        QCOMPARE(r.contentType, QByteArray("application/problem+json"));
        QCOMPARE(r.body, expected);
        QJsonParseError pe;
        const auto doc = QJsonDocument::fromJson(r.body, &pe);
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(u"detail").toString(), detail);
        QCOMPARE(doc.object().value(u"errors").toArray().size(), fields.size() / 2);

        const HttpResponse r2 = problemResponse(status, code, detail);
        if (fields.isEmpty())
            QCOMPARE(r2.body, expected);
    }

    void reasonPhrases()
    {
        QCOMPARE(reasonPhrase(200), QByteArray("OK"));
        QCOMPARE(reasonPhrase(413), QByteArray("Content Too Large"));
        QCOMPARE(reasonPhrase(431), QByteArray("Request Header Fields Too Large"));
        QCOMPARE(reasonPhrase(503), QByteArray("Service Unavailable"));
    }

    void requestFields()
    {
        const quint16 port = start();
        Client c(port);
        c.send("POST /a%20b/c?x=1&y=%20 HTTP/1.1\r\nHost: h\r\nX-Custom: One\r\nX-Custom: Two\r\n"
               "Content-Length: 4\r\n\r\nbody");
        QVERIFY(c.waitResponses(1));
        QCOMPARE(c.take().status, 200);
        QCOMPARE(m_handler.seen.size(), 1);
        const HttpRequest &r = m_handler.seen.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.target, QByteArray("/a%20b/c?x=1&y=%20"));
        QCOMPARE(r.path, QByteArray("/a b/c"));
        QCOMPARE(r.query, QByteArray("x=1&y=%20"));
        QCOMPARE(r.body, QByteArray("body"));
        QCOMPARE(r.peer, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(r.headers.size(), 4);
        QCOMPARE(r.headers.at(1).first, QByteArray("x-custom"));
        QCOMPARE(r.header("x-custom"), QByteArray("One"));
        QCOMPARE(r.headers.at(2).second, QByteArray("Two"));
        QCOMPARE(r.header("absent"), QByteArray());
    }

    void responseFormat()
    {
        m_handler.behaviour = [](const HttpRequest &, Responder respond) {
            HttpResponse r = HttpResponse::json(201, R"({"ok":true})");
            r.headers.append({QByteArray("Retry-After"), QByteArray("3")});
            respond(r);
        };
        const quint16 port = start();
        Client c(port);
        c.send(get("/x"));
        QTRY_COMPARE(c.raw(),
            QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 11\r\nContent-Type: application/json\r\n"
                       "Retry-After: 3\r\n\r\n{\"ok\":true}"));
        c.raw().clear();
        c.send("HEAD /x HTTP/1.1\r\nHost: h\r\n\r\n");
        QTRY_COMPARE(c.raw(),
            QByteArray("HTTP/1.1 201 Created\r\nContent-Length: 11\r\nContent-Type: application/json\r\n"
                       "Retry-After: 3\r\n\r\n"));
        QVERIFY(!c.closed());
    }

    // An answer larger than the kernel's send buffer leaves in parts as the client reads, whole
    // and in order, and a closing answer half-closes only after its last byte.
    void answerLargerThanTheSendBuffer()
    {
        QByteArray big(24 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char('a' + (i * 7) % 26);
        m_handler.behaviour = [&big](const HttpRequest &, Responder respond) { respond(HttpResponse::json(200, big)); };
        const quint16 port = start();
        Client c(port);
        c.send(get("/big") + get("/big", "Connection: close\r\n"));
        QVERIFY(c.waitResponses(2, 20000));
        QCOMPARE(c.take().body, big);
        const Response last = c.take();
        QCOMPARE(last.body.size(), big.size());
        QCOMPARE(last.body, big);
        QVERIFY(c.waitClosed());
    }

    void keepAlive_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<bool>("staysOpen");
        QTest::addColumn<QByteArray>("connectionHeader");

        QTest::newRow("1.1 default") << get("/") << true << QByteArray();
        QTest::newRow("1.1 close") << get("/", "Connection: close\r\n") << false << QByteArray("close");
        QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false << QByteArray("close");
        QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true
                                        << QByteArray("keep-alive");
    }
    void keepAlive()
    {
        QFETCH(QByteArray, request);
        QFETCH(bool, staysOpen);
        QFETCH(QByteArray, connectionHeader);

        const quint16 port = start();
        Client c(port);
        c.send(request);
        QVERIFY(c.waitResponses(1));
        const Response r = c.take();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("connection"), connectionHeader);
        if (staysOpen) {
            QTest::qWait(50);
            QVERIFY(!c.closed());
            c.send(request); // the same connection serves a second request
            QVERIFY(c.waitResponses(1));
            QCOMPARE(c.take().status, 200);
            QCOMPARE(m_server->openConnections(), 1);
        } else {
            QVERIFY(c.waitClosed());
            QTRY_COMPARE(m_server->openConnections(), 0);
        }
    }

    void pipeliningInOrder()
    {
        m_handler.behaviour = [](const HttpRequest &request, Responder respond) {
            const int delay = request.path == "/slow" ? 100 : request.path == "/medium" ? 30 : 0;
            auto answer = [respond, path = request.path] { respond(HttpResponse::json(200, path)); };
            if (delay == 0)
                answer();
            else
                QTimer::singleShot(delay, answer);
        };
        const quint16 port = start();
        Client c(port);
        c.send(get("/slow") + get("/fast1") + get("/medium") + get("/fast2"));
        QVERIFY(c.waitResponses(4));
        QCOMPARE(c.take().body, QByteArray("/slow"));
        QCOMPARE(c.take().body, QByteArray("/fast1"));
        QCOMPARE(c.take().body, QByteArray("/medium"));
        QCOMPARE(c.take().body, QByteArray("/fast2"));
        QCOMPARE(m_handler.seen.size(), 4);
        QCOMPARE(m_server->requestsServed(), quint64(4));
        QCOMPARE(m_server->inFlightRequests(), 0);
    }

    void pipeliningCap()
    {
        QList<std::pair<QByteArray, Responder>> held;
        m_handler.behaviour = [&held](const HttpRequest &request, Responder respond) {
            held.append({request.path, std::move(respond)});
        };
        HttpLimits limits;
        limits.maxPipelined = 2;
        const quint16 port = start(limits);
        Client c(port);
        QByteArray burst;
        for (int i = 0; i < 5; ++i)
            burst += get("/" + QByteArray::number(i));
        c.send(burst);
        QTRY_COMPARE(held.size(), 2);
        QTest::qWait(50);
        QCOMPARE(held.size(), 2); // the rest waits in the buffer
        QCOMPARE(m_server->inFlightRequests(), 2);
        // Answer out of order: the second first; nothing may be written before the first.
        held.at(1).second(HttpResponse::json(200, held.at(1).first));
        QTest::qWait(30);
        QCOMPARE(c.pending(), 0);
        QVERIFY(c.raw().isEmpty());
        for (int answered = 0; answered < 5; ++answered) {
            QTRY_VERIFY(held.size() > answered);
            held.at(answered).second(HttpResponse::json(200, held.at(answered).first));
        }
        QVERIFY(c.waitResponses(5));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(c.take().body, "/" + QByteArray::number(i));
        QCOMPARE(m_server->inFlightRequests(), 0);
    }

    void expectContinue()
    {
        const quint16 port = start();
        Client c(port);
        c.send("POST /e HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        QVERIFY(c.waitResponses(1));
        QCOMPARE(c.take().status, 100);
        QVERIFY(m_handler.seen.isEmpty());
        c.send("hello");
        QVERIFY(c.waitResponses(1));
        const Response r = c.take();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("hello"));
    }

    void expectContinueTooLarge()
    {
        const quint16 port = start();
        Client c(port);
        c.send("POST /e HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 100000\r\n\r\n");
        QVERIFY(c.waitResponses(1));
        const Response r = c.take();
        QCOMPARE(r.status, 413); // no 100 first
        QCOMPARE(r.code(), QByteArray("payload_too_large"));
        QCOMPARE(r.header("connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
        QVERIFY(m_handler.seen.isEmpty());
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");

        QTest::newRow("long header") << get("/", "X-Big: " + QByteArray(9000, 'a') + "\r\n") << 431
                                     << QByteArray("headers_too_large");
        QTest::newRow("long target") << get("/" + QByteArray(9000, 'a')) << 431 << QByteArray("headers_too_large");
        // Neither part alone is over 8 KiB, together they are.
        QTest::newRow("target + header") << get("/" + QByteArray(5000, 'a'), "X-Big: " + QByteArray(5000, 'b') + "\r\n")
                                         << 431 << QByteArray("headers_too_large");
        QTest::newRow("declared body") << "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 70000\r\n\r\n"
                + QByteArray(70000, 'x')
                                       << 413 << QByteArray("payload_too_large");
        QByteArray chunked = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 5; ++i)
            chunked += "4000\r\n" + QByteArray(0x4000, 'y') + "\r\n";
        chunked += "0\r\n\r\n";
        QTest::newRow("chunked body") << chunked << 413 << QByteArray("payload_too_large");
    }
    void limits()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QByteArray, code);

        const quint16 port = start();
        Client c(port);
        c.send(request);
        QVERIFY(c.waitResponses(1));
        const Response r = c.take();
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(r.header("connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
        QVERIFY(m_handler.seen.isEmpty());
    }

    void withinLimits()
    {
        const quint16 port = start();
        Client c(port);
        QByteArray chunked = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 3; ++i)
            chunked += "4000\r\n" + QByteArray(0x4000, char('a' + i)) + "\r\n";
        chunked += "0\r\n\r\n";
        c.send(chunked);
        c.send("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 65536\r\n\r\n" + QByteArray(65536, 'z'));
        c.send(get("/", "X-Big: " + QByteArray(7000, 'a') + "\r\n"));
        QVERIFY(c.waitResponses(3));
        QCOMPARE(c.take().body, QByteArray(0x4000, 'a') + QByteArray(0x4000, 'b') + QByteArray(0x4000, 'c'));
        QCOMPARE(c.take().body, QByteArray(65536, 'z'));
        QCOMPARE(c.take().status, 200);
        QVERIFY(!c.closed());
    }

    void chunkedBody()
    {
        const quint16 port = start();
        Client c(port);
        c.send("POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
        QTest::qWait(20);
        c.send("6;ext=1\r\n world\r\n0\r\n\r\n");
        QVERIFY(c.waitResponses(1));
        QCOMPARE(c.take().body, QByteArray("hello world"));
    }

    void framingErrors_data()
    {
        QTest::addColumn<QByteArray>("request");

        QTest::newRow("CL and TE") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n"
                                                 "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        QTest::newRow("TE and CL") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n"
                                                 "Content-Length: 5\r\n\r\n0\r\n\r\n");
        QTest::newRow("duplicate CL, same") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n"
                                                          "Content-Length: 5\r\n\r\nhello");
        QTest::newRow("duplicate CL, conflicting") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n"
                                                                 "Content-Length: 6\r\n\r\nhello!");
        QTest::newRow("CL list") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5, 5\r\n\r\nhello");
        QTest::newRow("negative CL") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("TE gzip") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\nxx");
        QTest::newRow("TE gzip, chunked")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n"
                          "\r\n0\r\n\r\n");
        QTest::newRow("TE twice") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n"
                                                "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        QTest::newRow("bare LF everywhere") << QByteArray("GET / HTTP/1.1\nHost: h\n\n");
        QTest::newRow("bare LF in request line") << QByteArray("GET / HTTP/1.1\nHost: h\r\n\r\n");
        QTest::newRow("bare LF after header") << QByteArray("GET / HTTP/1.1\r\nHost: h\n\r\n");
        QTest::newRow("bad chunk size") << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                      "zz\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : h\r\n\r\n");
        QTest::newRow("HTTP/2 version") << QByteArray("GET / HTTP/2.0\r\nHost: h\r\n\r\n");
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03 garbage\r\n\r\n");
        QTest::newRow("relative target") << QByteArray("GET foo HTTP/1.1\r\nHost: h\r\n\r\n");
    }
    void framingErrors()
    {
        QFETCH(QByteArray, request);
        const quint16 port = start();
        Client c(port);
        c.send(request);
        QVERIFY(c.waitResponses(1));
        const Response r = c.take();
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QByteArray("invalid_body"));
        QCOMPARE(r.header("connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
        QVERIFY(m_handler.seen.isEmpty());
    }

    void framingErrorAfterGoodRequest()
    {
        const quint16 port = start();
        Client c(port);
        c.send(get("/ok") + "GET / HTTP/1.1\nHost: h\n\n" + get("/never"));
        QVERIFY(c.waitResponses(2));
        QCOMPARE(c.take().body, QByteArray("/ok"));
        QCOMPARE(c.take().status, 400);
        QVERIFY(c.waitClosed());
        QCOMPARE(m_handler.seen.size(), 1);
    }

    void slowloris()
    {
        const quint16 port = start(fastLimits());
        Client c(port);
        QVERIFY(c.waitConnected());
        c.send("GET / HTTP/1.1\r\n");
        QElapsedTimer t;
        t.start();
        // A header line every 40 ms keeps the socket busy but never completes the header.
        while (!c.closed() && t.elapsed() < 2000) {
            c.send("X-Drip: a\r\n");
            QTest::qWait(40);
        }
        QVERIFY(c.closed());
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(c.waitResponses(1));
        const Response r = c.take();
        QCOMPARE(r.status, 408);
        QCOMPARE(r.code(), QByteArray("timeout"));
        QVERIFY(m_handler.seen.isEmpty());
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void silentClientTimesOut()
    {
        const quint16 port = start(fastLimits());
        Client c(port);
        QVERIFY(c.waitConnected());
        QVERIFY(c.waitClosed(1500));
        QVERIFY(c.waitResponses(1));
        QCOMPARE(c.take().status, 408);
    }

    void bodyTimeout()
    {
        const quint16 port = start(fastLimits());
        Client c(port);
        c.send("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 10\r\n\r\nabc");
        QVERIFY(c.waitClosed(1500));
        QVERIFY(c.waitResponses(1));
        const Response r = c.take();
        QCOMPARE(r.status, 408);
        QCOMPARE(r.code(), QByteArray("timeout"));
        QVERIFY(m_handler.seen.isEmpty());
    }

    void idleKeepAliveClosed()
    {
        const quint16 port = start(fastLimits());
        Client c(port);
        c.send(get("/"));
        QVERIFY(c.waitResponses(1));
        QCOMPARE(c.take().status, 200);
        QTest::qWait(100);
        QVERIFY(!c.closed()); // a keep-alive connection is not closed at once...
        QVERIFY(c.waitClosed(1500)); // ...but after the idle timeout, without a word
        QVERIFY(c.raw().isEmpty());
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void slowHandlerIsNotATimeout()
    {
        m_handler.behaviour = [](const HttpRequest &, Responder respond) {
            QTimer::singleShot(500, [respond] { respond(HttpResponse::json(200, "{}")); });
        };
        const quint16 port = start(fastLimits());
        Client c(port);
        c.send(get("/"));
        QVERIFY(c.waitResponses(1));
        QCOMPARE(c.take().status, 200);
    }

    void connectionCaps_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("perIp");
        QTest::newRow("total") << 2 << 100;
        QTest::newRow("per ip") << 100 << 2;
    }
    void connectionCaps()
    {
        QFETCH(int, total);
        QFETCH(int, perIp);
        HttpLimits limits;
        limits.maxConnections = total;
        limits.maxConnectionsPerIp = perIp;
        const quint16 port = start(limits);

        auto a = std::make_unique<Client>(port);
        Client b(port);
        QTRY_COMPARE(m_server->openConnections(), 2);
        Client over(port);
        over.send(get("/"));
        QVERIFY(over.waitResponses(1));
        const Response r = over.take();
        QCOMPARE(r.status, 503);
        QCOMPARE(r.code(), QByteArray("unavailable"));
        QVERIFY(over.waitClosed());
        QCOMPARE(m_server->openConnections(), 2);

        b.send(get("/still"));
        QVERIFY(b.waitResponses(1));
        QCOMPARE(b.take().body, QByteArray("/still"));

        a.reset(); // frees a place
        QTRY_COMPARE(m_server->openConnections(), 1);
        Client next(port);
        next.send(get("/next"));
        QVERIFY(next.waitResponses(1));
        QCOMPARE(next.take().status, 200);
    }

    void responderAfterClientLeft()
    {
        QList<Responder> held;
        m_handler.behaviour = [&held](const HttpRequest &, Responder respond) { held.append(std::move(respond)); };
        const quint16 port = start();
        {
            Client c(port);
            c.send(get("/a") + get("/b"));
            QTRY_COMPARE(held.size(), 2);
            c.socket()->abort();
        }
        QTRY_COMPARE(m_server->openConnections(), 0);
        QCOMPARE(m_server->inFlightRequests(), 2);
        held.at(1)(HttpResponse::json(200, "{}"));
        QCOMPARE(m_server->inFlightRequests(), 1);
        held.at(1)(HttpResponse::json(200, "{}")); // a second call is ignored
        QCOMPARE(m_server->inFlightRequests(), 1);
        QTest::qWait(10); // let the deferred deletions run
        held.at(0)(HttpResponse::json(200, "{}"));
        QCOMPARE(m_server->inFlightRequests(), 0);

        // And after the server itself is gone.
        Client c2(port);
        c2.send(get("/c"));
        QTRY_COMPARE(held.size(), 3);
        m_server.reset();
        held.at(2)(HttpResponse::json(200, "{}"));
        QVERIFY(c2.waitClosed());
    }

    void stopAcceptingAndIdle()
    {
        QList<Responder> held;
        m_handler.behaviour = [&held](const HttpRequest &, Responder respond) { held.append(std::move(respond)); };
        const quint16 port = start();
        Client c(port);
        c.send(get("/a"));
        QTRY_COMPARE(held.size(), 1);
        QSignalSpy idle(m_server.get(), &HttpServer::idle);
        m_server->stopAccepting();
        QVERIFY(!m_server->isListening());
        QTest::qWait(30);
        QCOMPARE(idle.size(), 0); // one request still in flight

        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!refused.waitForConnected(1000));

        held.first()(HttpResponse::json(200, "{}"));
        QCOMPARE(idle.size(), 1);
        QVERIFY(c.waitResponses(1)); // the existing connection still got its answer
    }

    void requestFinishedSignal()
    {
        const quint16 port = start();
        QSignalSpy spy(m_server.get(), &HttpServer::requestFinished);
        Client c(port);
        c.send(get("/p?q=1"));
        QVERIFY(c.waitResponses(1));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toByteArray(), QByteArray("GET"));
        QCOMPARE(spy.at(0).at(1).toByteArray(), QByteArray("/p"));
        QCOMPARE(spy.at(0).at(2).toInt(), 200);
        QVERIFY(spy.at(0).at(3).toLongLong() >= 0);
    }

    void tls()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath("cert.pem");
        const QString key = dir.filePath("key.pem");
        QProcess openssl;
        openssl.start("openssl",
            {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-keyout", key,
                "-out", cert});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);

        m_server = std::make_unique<HttpServer>(&m_handler);
        QString error;
        QVERIFY2(m_server->listenTls(QHostAddress::LocalHost, 0, cert, key, &error), qPrintable(error));
        QVERIFY(m_server->isTls());

        auto *socket = new QSslSocket;
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(socket, &QSslSocket::sslErrors, socket, [socket] { socket->ignoreSslErrors(); });
        Client c(0, socket);
        socket->connectToHostEncrypted("localhost", m_server->port());
        QVERIFY(QTest::qWaitFor([socket] { return socket->isEncrypted(); }, 5000));
        c.send(get("/secure") + get("/again", "Connection: close\r\n"));
        QVERIFY(c.waitResponses(2));
        QCOMPARE(c.take().body, QByteArray("/secure"));
        QCOMPARE(c.take().body, QByteArray("/again"));
        QVERIFY(c.waitClosed());

        QString bad;
        HttpServer other(&m_handler);
        QVERIFY(!other.listenTls(QHostAddress::LocalHost, 0, dir.filePath("missing.pem"), key, &bad));
        QVERIFY(!bad.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
