#include "api/reply.h"

#include "http/problem.h"

#include <QJsonDocument>

namespace arbiter {

void Reply::json(int status, const QJsonObject &body) const
{
    m_respond(HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

void Reply::json(int status, const QJsonArray &body) const
{
    m_respond(HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

void Reply::error(const Error &error) const
{
    m_respond(problemResponse(error));
}

void Reply::noContent() const
{
    HttpResponse response;
    response.status = 204;
    m_respond(std::move(response));
}

} // namespace arbiter
