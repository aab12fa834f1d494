#include "engine.h"

#include "admintoken.h"
#include "api/routetable.h"
#include "api/router.h"
#include "crypto/selftest.h"
#include "games/gameservice.h"
#include "http/httpserver.h"
#include "storage/gamerepository.h"
#include "storage/writer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace arbiter {

Q_LOGGING_CATEGORY(lcEngine, "arbiter.engine")

QString EngineConfig::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Engine::Engine(EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (m_config.dataDir.isEmpty())
        m_config.dataDir = EngineConfig::defaultDataDir();
}

Engine::~Engine()
{
    shutdown();
}

template <class F> void Engine::onCore(F &&fn)
{
    QMetaObject::invokeMethod(m_coreRoot.get(), std::forward<F>(fn), Qt::BlockingQueuedConnection);
}

QString Engine::databasePath() const
{
    return QDir(m_config.dataDir).filePath(databaseFileName());
}

quint16 Engine::port() const
{
    return m_server ? m_server->port() : 0;
}

QString Engine::baseUrl() const
{
    if (!m_server)
        return {};
    QHostAddress address = m_server->address();
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("%1://%2:%3").arg(m_server->isTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(m_server->port());
}

QList<RouteInfo> Engine::routes() const
{
    return m_router ? m_router->routes() : QList<RouteInfo>();
}

Status Engine::start()
{
    if (m_running)
        return success();
    if (Status s = crypto::selfTest(); !s)
        return Error::unavailable(QStringLiteral("cryptographic self-test failed, refusing to start: ") + s.error().detail);
    if (!QDir().mkpath(m_config.dataDir))
        return Error::unavailable(QStringLiteral("cannot create the data folder %1").arg(m_config.dataDir));

    Result<AdminToken> token = AdminToken::load(m_config.dataDir);
    if (!token)
        return token.error();
    m_adminToken = token->token;
    m_adminTokenPath = token->filePath;
    m_adminTokenCreated = token->created;

    m_writer = std::make_unique<Writer>(databasePath());
    if (Status s = m_writer->start(); !s) {
        m_writer.reset();
        return s;
    }
    Result<QList<Game>> games = Error::unavailable({});
    if (Status s = m_writer->runSync([&games](QSqlDatabase &db) {
            games = GameRepository::loadAll(db);
            return games ? success() : Status(games.error());
        });
        !s) {
        m_writer.reset();
        return s;
    }

    m_coreThread = std::make_unique<QThread>();
    m_coreThread->setObjectName(QStringLiteral("arbiter-core"));
    m_coreRoot = std::make_unique<QObject>();
    m_coreRoot->moveToThread(m_coreThread.get());
    m_coreThread->start();

    QString listenError;
    bool listening = false;
    onCore([&] {
        m_games = new GameService(*m_writer, *m_config.clock, std::move(games).value(), m_coreRoot.get());
        m_router = new Router(Authenticator(m_adminToken));
        m_routeTable = new RouteTable(*m_games, *m_writer, *m_config.clock, m_coreRoot.get());
        m_routeTable->registerAll(*m_router);
        m_server = new HttpServer(m_router, m_config.limits, m_coreRoot.get());
        if (!m_config.tlsCertFile.isEmpty() || !m_config.tlsKeyFile.isEmpty())
            listening = m_server->listenTls(m_config.listenAddress, m_config.port, m_config.tlsCertFile,
                                            m_config.tlsKeyFile, &listenError);
        else
            listening = m_server->listen(m_config.listenAddress, m_config.port, &listenError);
    });
    m_running = true;
    if (!listening) {
        shutdown();
        return Error::unavailable(QStringLiteral("cannot listen on %1:%2: %3")
                                      .arg(m_config.listenAddress.toString())
                                      .arg(m_config.port)
                                      .arg(listenError));
    }
    qCInfo(lcEngine) << "engine started; database" << databasePath();
    return success();
}

void Engine::shutdown()
{
    if (!m_running)
        return;
    m_running = false;

    onCore([this] { m_server->stopAccepting(); });
    // In-flight requests wait for their commits; the writer is still running, so they finish.
    const QDeadlineTimer deadline(10000);
    for (;;) {
        int inFlight = 0;
        onCore([&] { inFlight = m_server->inFlightRequests(); });
        if (inFlight == 0 || deadline.hasExpired())
            break;
        QThread::msleep(5);
    }
    QThread::msleep(20); // lets the core loop flush the last responses to their sockets
    m_writer->stop();
    onCore([this] {
        delete m_server;
        m_server = nullptr;
        delete m_routeTable;
        m_routeTable = nullptr;
        delete m_router;
        m_router = nullptr;
        delete m_games;
        m_games = nullptr;
    });
    m_coreThread->quit();
    m_coreThread->wait();
    m_coreRoot.reset();
    m_coreThread.reset();
    m_writer.reset();
}

} // namespace arbiter
