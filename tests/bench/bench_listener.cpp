// Benchmark: our HttpServer against Qt's QHttpServer on GET /api/health, both driven by wrk.
// Prints figures only; never asserts. Usage: bench_listener [seconds per run, default 5] [ours|qt]

#include "http/httpserver.h"
#include "wrk.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QThread>

#include <cstdio>

using namespace arbiter;
using namespace arbiter::bench;

namespace {

const QByteArray kBody = R"({"status":"ok"})";

class HealthHandler final : public HttpHandler {
public:
    void handle(HttpRequest request, Responder respond) override
    {
        if (request.path == "/api/health")
            respond(HttpResponse::json(200, kBody));
        else
            respond(HttpResponse::json(404, R"({"code":"not_found"})"));
    }
};

// Runs make() on a fresh thread (the server lives there, like on the engine's core thread),
// returns the port it listens on; destroy() runs on the same thread before it stops.
class ServerThread final {
public:
    template <class Make> quint16 start(Make make)
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        quint16 port = 0;
        QMetaObject::invokeMethod(
            &m_context, [&] { port = make(m_objects); }, Qt::BlockingQueuedConnection);
        return port;
    }
    void stop()
    {
        QMetaObject::invokeMethod(
            &m_context, [this] { qDeleteAll(m_objects); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

private:
    QThread m_thread;
    QObject m_context;
    QList<QObject *> m_objects;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;
    const QByteArray only = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    HealthHandler handler;

    std::printf("wrk -t2 -c32 -d%ds --latency  GET /api/health\n", seconds);

    WrkResult oursResult;
    if (only != "qt") {
        ServerThread ours;
        const quint16 ourPort = ours.start([&handler](QList<QObject *> &objects) {
            auto *server = new HttpServer(&handler); // default limits: all of them on
            QString error;
            if (!server->listen(QHostAddress::LocalHost, 0, &error))
                qFatal("listen: %s", qPrintable(error));
            objects.append(server);
            return server->port();
        });
        oursResult = runWrk(QStringLiteral("http://127.0.0.1:%1/api/health").arg(ourPort), seconds);
        ours.stop();
        printWrk("HttpServer", oursResult);
    }
    if (only == "ours")
        return 0;

    ServerThread qt;
    const quint16 qtPort = qt.start([](QList<QObject *> &objects) {
        auto *server = new QHttpServer;
        server->route(QStringLiteral("/api/health"),
            [] { return QHttpServerResponse(QByteArrayLiteral("application/json"), kBody); });
        const quint16 port = quint16(server->listen(QHostAddress::LocalHost, 0));
        objects.append(server);
        return port;
    });
    const WrkResult qtResult = runWrk(QStringLiteral("http://127.0.0.1:%1/api/health").arg(qtPort), seconds);
    qt.stop();
    printWrk("QHttpServer", qtResult);

    if (qtResult.requestsPerSecond > 0)
        std::printf("ratio        %.2fx\n", oursResult.requestsPerSecond / qtResult.requestsPerSecond);
    return 0;
}
