#pragma once

// TestServer: a real Engine on a free loopback port over a temporary data folder, and a small
// blocking HTTP client for tests.

#include "engine.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace arbiter::test {

struct HttpResult {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
};

class TestServer final {
public:
    static constexpr const char *kToken = "test-admin-token-0123456789abcdef";

    explicit TestServer(std::shared_ptr<Clock> clock = std::make_shared<SystemClock>())
    {
        qputenv("ARBITER_ADMIN_TOKEN", kToken);
        EngineConfig config;
        config.dataDir = m_dir.path();
        config.port = 0;
        config.clock = std::move(clock);
        config.delivery.baseBackoffMs = 100; // webhook retries in tests: quick, still exponential
        config.delivery.maxBackoffMs = 400;
        config.delivery.requestTimeoutMs = 2000;
        m_engine = std::make_unique<Engine>(std::move(config));
    }

    bool start() { return m_engine->start().ok(); }
    void stop() { m_engine->shutdown(); }
    Engine &engine() { return *m_engine; }
    QString dataDir() const { return m_dir.path(); }
    QString databasePath() const { return m_engine->databasePath(); }

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QList<QPair<QByteArray, QByteArray>> &headers = {{"Authorization", QByteArray("Bearer ") + kToken}})
    {
        QNetworkRequest request(QUrl(m_engine->baseUrl() + path));
        request.setTransferTimeout(10000);
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    HttpResult get(const QString &path) { return request("GET", path); }

    // A game client's login (device "dev-<user>" unless given); returns the session token.
    QString login(const QString &gameId, const QString &user, const QString &buildSha256, const QString &device = QString())
    {
        const QJsonObject body{{QStringLiteral("user_id"), user},
                               {QStringLiteral("device_id"), device.isEmpty() ? QStringLiteral("dev-") + user : device},
                               {QStringLiteral("login_token"), QStringLiteral("t")},
                               {QStringLiteral("game_signature"), QStringLiteral("sha256:") + buildSha256}};
        return request("POST", QStringLiteral("/api/authoritative/authicate/login"), QJsonDocument(body).toJson(),
                       {{"X-Game-Id", gameId.toUtf8()}})
            .json()
            .value(QStringLiteral("session_token"))
            .toString();
    }
    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult patch(const QString &path, const QJsonObject &body)
    {
        return request("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    QNetworkAccessManager m_network;
};

} // namespace arbiter::test
