#pragma once

// Real players for the Bans and Players page tests: a game (behind a trusted proxy, so each
// player gets its own IP), logins, scores and alerts over real HTTP to the UiEngine's listener,
// as game clients and the admin API would send them.

#include "support/testserver.h"
#include "uitestsupport.h"

#include "crypto/crypto.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QUuid>

namespace arbiter::test {

class GameClients final {
public:
    explicit GameClients(Engine &engine)
        : m_engine(engine)
    {
    }

    static QString build() { return QString::fromLatin1(crypto::sha256Hex("ui test build")); }

    HttpResult request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
        QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        if (headers.isEmpty())
            headers = {{"Authorization", "Bearer ui-test-admin-token-0123456789abcdef"}};
        QNetworkRequest request(QUrl(m_engine.baseUrl() + path));
        request.setTransferTimeout(10000);
        const QByteArray bytes
            = body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (!bytes.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, bytes);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        reply->deleteLater();
        return result;
    }

    // A game whose logins carry X-Forwarded-For (trusted from loopback) and one registered build.
    QString createGame(const QString &name, const QString &webhookUrl = QString())
    {
        QJsonObject body{{QStringLiteral("name"), name}, {QStringLiteral("trustProxy"), true}};
        if (!webhookUrl.isEmpty())
            body.insert(QStringLiteral("webhookUrl"), webhookUrl);
        const QString id
            = request("POST", QStringLiteral("/admin/v1/games"), body).json().value(QStringLiteral("id")).toString();
        request("POST", QStringLiteral("/admin/v1/games/%1/builds").arg(id), {{QStringLiteral("sha256"), build()}});
        return id;
    }

    QString createBoard(const QString &gameId)
    {
        const QJsonObject body{{QStringLiteral("name"), QStringLiteral("Main")},
            {QStringLiteral("sortOrder"), QStringLiteral("desc")}, {QStringLiteral("operator"), QStringLiteral("best")},
            {QStringLiteral("reset"), QStringLiteral("never")}};
        return request("POST", QStringLiteral("/admin/v1/games/%1/boards").arg(gameId), body)
            .json()
            .value(QStringLiteral("id"))
            .toString();
    }

    // Logs the player in from `device` and `ip` (through a proxy chain: core/api/clientip.cpp
    // reads a lone X-Forwarded-For value without a comma as empty); returns the session token.
    QString login(const QString &gameId, const QString &player, const QString &device, const QString &ip)
    {
        const QJsonObject body{{QStringLiteral("user_id"), player}, {QStringLiteral("device_id"), device},
            {QStringLiteral("login_token"), QStringLiteral("token-of-") + player},
            {QStringLiteral("game_signature"), QStringLiteral("sha256:") + build()}};
        const HttpResult r = request("POST", QStringLiteral("/api/authoritative/authicate/login"), body,
            {{"X-Game-Id", gameId.toUtf8()}, {"X-Forwarded-For", ip.toUtf8() + ", 127.0.0.1"}});
        const QString session = r.json().value(QStringLiteral("session_token")).toString();
        m_sessions.insert(gameId + QLatin1Char('/') + player, session);
        return session;
    }
    QString session(const QString &gameId, const QString &player) const
    {
        return m_sessions.value(gameId + QLatin1Char('/') + player);
    }

    HttpResult status(const QString &gameId, const QString &player)
    {
        return request("GET", QStringLiteral("/api/status"), {}, clientHeaders(gameId, player));
    }

    HttpResult submitScore(const QString &gameId, const QString &player, const QString &boardId, double score)
    {
        const QJsonObject body{{QStringLiteral("event_uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {QStringLiteral("score"), score}};
        return request(
            "POST", QStringLiteral("/v1/boards/%1/scores").arg(boardId), body, clientHeaders(gameId, player));
    }

    HttpResult alert(const QString &gameId, const QString &player, const QString &reason)
    {
        return request("POST", QStringLiteral("/api/moderate"), {{QStringLiteral("reason"), reason}},
            clientHeaders(gameId, player));
    }

private:
    QList<QPair<QByteArray, QByteArray>> clientHeaders(const QString &gameId, const QString &player) const
    {
        return {{"Authorization", "Bearer " + session(gameId, player).toUtf8()}, {"X-Game-Id", gameId.toUtf8()}};
    }

    Engine &m_engine;
    QNetworkAccessManager m_network;
    QHash<QString, QString> m_sessions;
};

} // namespace arbiter::test
