#pragma once

// The one route table of the REST API: every method, path, credential and handler, together.

#include "api/router.h"

#include <memory>

namespace arbiter {

class GameService;
class Writer;
class Clock;

// Owns the controllers the routes call into.
class RouteTable final {
public:
    RouteTable(GameService &games, Writer &writer, const Clock &clock, QObject *context);
    ~RouteTable();
    void registerAll(Router &router);

private:
    struct Controllers;
    std::unique_ptr<Controllers> m_controllers;
};

} // namespace arbiter
