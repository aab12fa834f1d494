#pragma once

// Reply: how a route answers: JSON, problem+json from an Error, or 204. Copyable, call once.

#include "http/httphandler.h"
#include "http/httpresponse.h"
#include "util/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace arbiter {

class Reply final {
public:
    explicit Reply(Responder respond) : m_respond(std::move(respond)) {}

    void json(int status, const QJsonObject &body) const;
    void json(int status, const QJsonArray &body) const;
    void error(const Error &error) const;
    void noContent() const;
    void send(HttpResponse response) const { m_respond(std::move(response)); }

    // Answers `result` as `status` JSON via `toJson`, or as its error.
    template <class T, class F> void result(const Result<T> &result, int status, F toJson) const
    {
        if (!result)
            error(result.error());
        else
            json(status, toJson(result.value()));
    }

private:
    Responder m_respond;
};

} // namespace arbiter
