#pragma once

// Router: the route table (method, path pattern, credential, handler) and the HttpHandler that
// dispatches to it; unknown paths are 404, known paths with another method 405.

#include "api/authenticator.h"
#include "api/reply.h"
#include "http/httphandler.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <functional>

namespace arbiter {

// A route has a few parameters at most: a list without a heap allocation is searched faster than a
// hash is built (and freed) per request.
using RouteParams = QVarLengthArray<std::pair<QString, QString>, 4>;

struct RouteRequest {
    const HttpRequest &http;
    RouteParams params; // path parameters by name, e.g. {"gameId": "..."}
    Actor actor;
    std::optional<Session> session; // the game client's session on Session routes
    bool admin = false;
    QString secretGameId;           // set when a game backend's secret authenticated the request

    // The game the credential belongs to (empty for the admin token).
    QString credentialGameId() const { return session ? session->gameId : secretGameId; }

    QString param(const QString &name) const
    {
        for (const auto &[key, value] : params)
            if (key == name)
                return value;
        return QString();
    }
};

using RouteHandler = std::function<void(const RouteRequest &, Reply)>;

struct RouteInfo {
    QByteArray method;
    QString pattern; // OpenAPI style: /admin/v1/games/{gameId}
    Access access;
};

class Router final : public HttpHandler {
public:
    explicit Router(Authenticator authenticator);

    void add(QByteArray method, const QString &pattern, Access access, RouteHandler handler);
    QList<RouteInfo> routes() const;

    void handle(HttpRequest request, Responder respond) override;

private:
    struct Route {
        RouteInfo info;
        struct Segment {
            QByteArray literal; // matched byte for byte, when this is no parameter
            QString param; // the parameter's name for "{name}"; empty for a literal
        };
        QList<Segment> segments;
        bool hasParams = false;
        RouteHandler handler;
    };

    bool matches(const Route &route, const QList<QByteArrayView> &segments, RouteParams *params) const;

    Authenticator m_authenticator;
    QList<Route> m_routes;
    QHash<QByteArray, QList<qsizetype>> m_staticRoutes; // path → routes without parameters
};

} // namespace arbiter
