#include "api/routetable.h"

#include "api/auditcontroller.h"
#include "api/gamescontroller.h"
#include "api/systemcontroller.h"

namespace arbiter {

struct RouteTable::Controllers {
    SystemController system;
    GamesController games;
    AuditController audit;
};

RouteTable::RouteTable(GameService &games, Writer &writer, const Clock &clock, QObject *context)
    : m_controllers(new Controllers{SystemController(writer, clock), GamesController(games), AuditController(writer, context)})
{
}

RouteTable::~RouteTable() = default;

namespace {

template <class C, class M> RouteHandler bind(C &controller, M method)
{
    return [&controller, method](const RouteRequest &request, Reply reply) { (controller.*method)(request, std::move(reply)); };
}

} // namespace

void RouteTable::registerAll(Router &router)
{
    auto &system = m_controllers->system;
    auto &games = m_controllers->games;
    auto &audit = m_controllers->audit;
    const QString game = QStringLiteral("/admin/v1/games/{gameId}");
    // clang-format off
    router.add("GET",    QStringLiteral("/api/health"),   Access::Public, bind(system, &SystemController::health));
    router.add("GET",    QStringLiteral("/openapi.json"), Access::Public, bind(system, &SystemController::openApi));

    router.add("POST",   QStringLiteral("/admin/v1/games"),                  Access::Admin, bind(games, &GamesController::create));
    router.add("GET",    QStringLiteral("/admin/v1/games"),                  Access::Admin, bind(games, &GamesController::list));
    router.add("GET",    game,                                               Access::Admin, bind(games, &GamesController::get));
    router.add("PATCH",  game,                                               Access::Admin, bind(games, &GamesController::patch));
    router.add("POST",   game + QStringLiteral("/secret"),                   Access::Admin, bind(games, &GamesController::generateSecret));
    router.add("POST",   game + QStringLiteral("/encryption-keys"),          Access::Admin, bind(games, &GamesController::createKey));
    router.add("DELETE", game + QStringLiteral("/encryption-keys/{keyId}"),  Access::Admin, bind(games, &GamesController::revokeKey));
    router.add("POST",   game + QStringLiteral("/builds"),                   Access::Admin, bind(games, &GamesController::addBuild));
    router.add("GET",    game + QStringLiteral("/builds"),                   Access::Admin, bind(games, &GamesController::listBuilds));
    router.add("DELETE", game + QStringLiteral("/builds/{sha256}"),          Access::Admin, bind(games, &GamesController::removeBuild));

    router.add("GET",    QStringLiteral("/admin/v1/audit"),        Access::Admin, bind(audit, &AuditController::list));
    router.add("GET",    QStringLiteral("/admin/v1/audit/verify"), Access::Admin, bind(audit, &AuditController::verify));
    // clang-format on
}

} // namespace arbiter
