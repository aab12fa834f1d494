#pragma once

// Engine: the facade that wires storage, services and the REST listener, and owns the core
// thread they all live on. The console and arbiterd both start one; the UI thread only reads.

#include "engineconfig.h"
#include "util/result.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <memory>

namespace arbiter {

class BanService;
class BoardService;
class FlagService;
class ScoreEvents;
class ScoreService;
class TournamentService;
class GameService;
class HttpServer;
class LoginService;
class WatchService;
class WebhookDeliverer;
struct EnforcementState;
class Router;
class RouteTable;
class Writer;
struct RouteInfo;

class Engine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)
public:
    explicit Engine(EngineConfig config, QObject *parent = nullptr);
    ~Engine() override; // shuts down if still running

    // Self-test, open (and migrate) the database, load state, start listening. Blocks until done.
    Status start();
    // Stop accepting, let in-flight requests finish and commit, stop the writer. Blocks.
    void shutdown();

    bool isRunning() const { return m_running; }
    QString baseUrl() const;            // http(s)://HOST:PORT
    quint16 port() const;
    QString databasePath() const;
    QString dataDir() const { return m_config.dataDir; }
    QString adminToken() const { return m_adminToken; }
    QString adminTokenPath() const { return m_adminTokenPath; } // empty when from the environment
    bool adminTokenCreated() const { return m_adminTokenCreated; }
    const Clock &clock() const { return *m_config.clock; }

    // Services live on coreThread(): call them there (QMetaObject::invokeMethod / postTo).
    QThread *coreThread() const { return m_coreThread.get(); }
    GameService *games() const { return m_games; }
    BanService *bans() const { return m_bans; }
    WatchService *watch() const { return m_watch; }
    LoginService *logins() const { return m_logins; }
    EnforcementState *enforcement() const { return m_enforcement.get(); }
    BoardService *boards() const { return m_boards; }
    ScoreService *scores() const { return m_scores; }
    FlagService *flags() const { return m_flags; }
    ScoreEvents *scoreEvents() const { return m_scoreEvents; }
    TournamentService *tournaments() const { return m_tournaments; }
    WebhookDeliverer *deliverer() const { return m_deliverer.get(); } // wake() is thread-safe
    Writer *writer() const { return m_writer.get(); }
    HttpServer *server() const { return m_server; }
    QList<RouteInfo> routes() const; // the route table, for the OpenAPI check and the console

    static QString databaseFileName() { return QStringLiteral("arbiter.db"); }

private:
    template <class F> void onCore(F &&fn); // runs fn on the core thread and waits for it
    Status loadEnforcement(); // players, sessions, bans, eye-stage states → m_enforcement
    Status loadScores();      // boards, rule windows, trust tiers and event keys from the stored submissions

    EngineConfig m_config;
    QString m_adminToken;
    QString m_adminTokenPath;
    bool m_adminTokenCreated = false;
    bool m_running = false;
    std::unique_ptr<QThread> m_coreThread;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<QObject> m_coreRoot; // parent of every object living on the core thread
    std::unique_ptr<EnforcementState> m_enforcement; // touched only on the core thread
    std::unique_ptr<WebhookDeliverer> m_deliverer;
    QHash<QString, QString> m_reportByBan;  // loaded at start for the BanService
    QHash<qint64, QString> m_banByDelivery;
    GameService *m_games = nullptr;
    BanService *m_bans = nullptr;
    WatchService *m_watch = nullptr;
    LoginService *m_logins = nullptr;
    BoardService *m_boards = nullptr;
    ScoreEvents *m_scoreEvents = nullptr;
    ScoreService *m_scores = nullptr;
    FlagService *m_flags = nullptr;
    TournamentService *m_tournaments = nullptr;
    Router *m_router = nullptr;
    RouteTable *m_routeTable = nullptr;
    HttpServer *m_server = nullptr;
};

} // namespace arbiter
