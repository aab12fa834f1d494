#pragma once

// GamesController: the admin game routes of api.md (games, secret, encryption keys, builds).

#include "api/router.h"

namespace arbiter {

class GameService;

class GamesController final {
public:
    explicit GamesController(GameService &games);

    void create(const RouteRequest &request, Reply reply);
    void list(const RouteRequest &request, Reply reply);
    void get(const RouteRequest &request, Reply reply);
    void patch(const RouteRequest &request, Reply reply);
    void generateSecret(const RouteRequest &request, Reply reply);
    void createKey(const RouteRequest &request, Reply reply);
    void revokeKey(const RouteRequest &request, Reply reply);
    void addBuild(const RouteRequest &request, Reply reply);
    void listBuilds(const RouteRequest &request, Reply reply);
    void removeBuild(const RouteRequest &request, Reply reply);

private:
    GameService &m_games;
};

} // namespace arbiter
