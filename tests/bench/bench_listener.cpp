// Benchmark: our HttpServer against Qt's QHttpServer on GET /api/health, both driven by wrk.
// Prints figures only; never asserts. Usage: bench_listener [seconds per run, default 5] [ours|qt]

#include "http/httpserver.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <cstdio>

using namespace arbiter;

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

struct WrkResult {
    double requestsPerSecond = 0;
    QString p50;
    QString p99;
    QString errors;
};

WrkResult runWrk(quint16 port, int seconds)
{
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    wrk.start(QStringLiteral("wrk"),
        {QStringLiteral("-t2"), QStringLiteral("-c32"), QStringLiteral("-d%1s").arg(seconds),
            QStringLiteral("--latency"), QStringLiteral("http://127.0.0.1:%1/api/health").arg(port)});
    WrkResult r;
    if (!wrk.waitForFinished((seconds + 30) * 1000)) {
        r.errors = QStringLiteral("wrk did not finish: %1").arg(wrk.errorString());
        return r;
    }
    const QString out = QString::fromUtf8(wrk.readAll());
    const auto rps = QRegularExpression(QStringLiteral(R"(Requests/sec:\s+([\d.]+))")).match(out);
    r.requestsPerSecond = rps.hasMatch() ? rps.captured(1).toDouble() : 0;
    const auto p50 = QRegularExpression(QStringLiteral(R"(\n\s+50%\s+(\S+))")).match(out);
    const auto p99 = QRegularExpression(QStringLiteral(R"(\n\s+99%\s+(\S+))")).match(out);
    r.p50 = p50.captured(1);
    r.p99 = p99.captured(1);
    const auto errors = QRegularExpression(QStringLiteral(R"((Socket errors:[^\n]*|Non-2xx[^\n]*))")).match(out);
    r.errors = errors.captured(1);
    if (!rps.hasMatch())
        r.errors = out;
    return r;
}

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

void print(const char *name, const WrkResult &r)
{
    std::printf("%-12s %12.0f req/s   p50 %-9s p99 %-9s %s\n", name, r.requestsPerSecond, qPrintable(r.p50),
        qPrintable(r.p99), qPrintable(r.errors));
    std::fflush(stdout);
}

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
        oursResult = runWrk(ourPort, seconds);
        ours.stop();
        print("HttpServer", oursResult);
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
    const WrkResult qtResult = runWrk(qtPort, seconds);
    qt.stop();
    print("QHttpServer", qtResult);

    if (qtResult.requestsPerSecond > 0)
        std::printf("ratio        %.2fx\n", oursResult.requestsPerSecond / qtResult.requestsPerSecond);
    return 0;
}
