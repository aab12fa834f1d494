#include "api/router.h"

#include "http/problem.h"

namespace arbiter {

namespace {

QList<QByteArrayView> splitPath(QByteArrayView path)
{
    QList<QByteArrayView> segments;
    qsizetype start = 1; // skip the leading '/'
    for (qsizetype i = 1; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/') {
            segments.append(path.sliced(start, i - start));
            start = i + 1;
        }
    }
    return segments;
}

} // namespace

Router::Router(Authenticator authenticator)
    : m_authenticator(std::move(authenticator))
{
}

void Router::add(QByteArray method, const QString &pattern, Access access, RouteHandler handler)
{
    Route route{{std::move(method), pattern, access}, {}, false, std::move(handler)};
    for (const QString &part : pattern.mid(1).split(QLatin1Char('/'))) {
        if (part.startsWith(QLatin1Char('{')))
            route.segments.append({QByteArray(), part.mid(1, part.size() - 2)});
        else
            route.segments.append({part.toUtf8(), QString()});
    }
    route.hasParams = pattern.contains(QLatin1Char('{'));
    if (!route.hasParams)
        m_staticRoutes[pattern.toUtf8()].append(m_routes.size());
    m_routes.append(std::move(route));
}

QList<RouteInfo> Router::routes() const
{
    QList<RouteInfo> infos;
    for (const Route &route : m_routes)
        infos.append(route.info);
    return infos;
}

bool Router::matches(const Route &route, const QList<QByteArrayView> &segments, RouteParams *params) const
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Route::Segment &expected = route.segments[i];
        if (!expected.param.isEmpty()) {
            if (segments[i].isEmpty())
                return false;
            if (params)
                params->append({expected.param, QString::fromUtf8(segments[i])});
        } else if (segments[i] != expected.literal) {
            return false;
        }
    }
    return true;
}

void Router::handle(HttpRequest request, Responder respond)
{
    const Route *found = nullptr;
    QList<QByteArray> allowed;
    RouteParams params;

    if (const auto it = m_staticRoutes.constFind(request.path); it != m_staticRoutes.constEnd()) {
        for (qsizetype index : *it) {
            const Route &route = m_routes[index];
            if (route.info.method == request.method)
                found = &route;
            else
                allowed.append(route.info.method);
        }
    }
    if (!found) {
        const QList<QByteArrayView> segments = splitPath(request.path);
        for (const Route &route : m_routes) {
            if (!route.hasParams || !matches(route, segments, nullptr))
                continue;
            if (route.info.method == request.method) {
                found = &route;
                matches(route, segments, &params);
                break;
            }
            allowed.append(route.info.method);
        }
    }
    if (!found) {
        if (allowed.isEmpty()) {
            respond(problemResponse(404, QStringLiteral("not_found"),
                                    QStringLiteral("no route for %1").arg(QString::fromUtf8(request.path))));
            return;
        }
        HttpResponse response = problemResponse(405, QStringLiteral("method_not_allowed"),
                                                QStringLiteral("%1 is not allowed here").arg(QString::fromLatin1(request.method)));
        response.headers.append({QByteArrayLiteral("Allow"), allowed.join(", ")});
        respond(std::move(response));
        return;
    }

    Result<Principal> principal = m_authenticator.authenticate(request, found->info.access);
    if (!principal) {
        respond(problemResponse(principal.error()));
        return;
    }
    const RouteRequest routeRequest{request, std::move(params), principal->actor, principal->session, principal->admin,
                                    principal->secretGameId};
    found->handler(routeRequest, Reply(std::move(respond)));
}

} // namespace arbiter
