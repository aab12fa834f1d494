#pragma once

// What the Overview and Watchlist tests share: a real Engine on a manual clock behind the test
// HTTP client, the console context (invoker, navigator, live events) on top of it, and helpers
// that fill it for real: games, logins, alerts (POST /api/moderate), scores and bans over HTTP.

#include "consolecontext.h"
#include "coreinvoker.h"
#include "liveevents.h"
#include "navigator.h"
#include "support/testserver.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace arbiter::test {

struct WatchTestData {
    QTemporaryDir settingsDir;
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>();
    std::unique_ptr<TestServer> server;
    std::unique_ptr<ui::CoreInvoker> invoker;
    std::unique_ptr<ui::Navigator> navigator;
    std::unique_ptr<ui::LiveEvents> live;
    std::unique_ptr<ui::ConsoleContext> context;
    QHash<QString, QString> sessions; // "game/player" → session token

    bool start()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.filePath(QStringLiteral("settings")));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("moderator/name"), QStringLiteral("tester"));
        server = std::make_unique<TestServer>(clock);
        if (!server->start())
            return false;
        invoker = std::make_unique<ui::CoreInvoker>(server->engine());
        navigator = std::make_unique<ui::Navigator>();
        live = std::make_unique<ui::LiveEvents>(server->engine());
        context = std::make_unique<ui::ConsoleContext>(ui::ConsoleContext{*invoker, *navigator, *live});
        return true;
    }
    void stop()
    {
        context.reset();
        live.reset();
        navigator.reset();
        invoker.reset();
        server.reset();
    }
    Engine &engine() { return server->engine(); }

    QString createGame(const QString &name)
    {
        return server->post(QStringLiteral("/admin/v1/games"), {{QStringLiteral("name"), name}}).json().value(QStringLiteral("id")).toString();
    }
    QString createBoard(const QString &gameId, const QJsonObject &extra = {})
    {
        QJsonObject body{{QStringLiteral("name"), QStringLiteral("Main")}, {QStringLiteral("sortOrder"), QStringLiteral("desc")},
                         {QStringLiteral("operator"), QStringLiteral("best")}, {QStringLiteral("reset"), QStringLiteral("never")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return server->post(QStringLiteral("/admin/v1/games/%1/boards").arg(gameId), body).json().value(QStringLiteral("id")).toString();
    }
    QString session(const QString &gameId, const QString &player)
    {
        const QString key = gameId + QLatin1Char('/') + player;
        if (!sessions.contains(key)) // no build signatures registered: any build logs in
            sessions.insert(key, server->login(gameId, player, QString(64, QLatin1Char('a'))));
        return sessions.value(key);
    }
    int alert(const QString &gameId, const QString &player, const QString &reason)
    {
        return server
            ->request("POST", QStringLiteral("/api/moderate"),
                      QJsonDocument(QJsonObject{{QStringLiteral("reason"), reason}}).toJson(QJsonDocument::Compact),
                      {{"Authorization", "Bearer " + session(gameId, player).toUtf8()}, {"X-Game-Id", gameId.toUtf8()}})
            .status;
    }
    HttpResult score(const QString &gameId, const QString &boardId, const QString &player, double value)
    {
        const QJsonObject body{{QStringLiteral("event_uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                               {QStringLiteral("score"), value}};
        return server->request("POST", QStringLiteral("/v1/boards/%1/scores").arg(boardId),
                               QJsonDocument(body).toJson(QJsonDocument::Compact),
                               {{"Authorization", "Bearer " + session(gameId, player).toUtf8()}});
    }
    int ban(const QString &gameId, const QString &player)
    {
        return server->post(QStringLiteral("/admin/v1/bans"), {{QStringLiteral("gameId"), gameId}, {QStringLiteral("playerId"), player}})
            .status;
    }

    // Tests (never the UI) may wait for the core thread, to check what really happened there.
    template <class F> auto onCore(F fn)
    {
        using R = std::invoke_result_t<F, Engine &>;
        R value{};
        Engine *e = &engine();
        QMetaObject::invokeMethod(e->games(), [&] { value = fn(*e); }, Qt::BlockingQueuedConnection);
        return value;
    }
};

} // namespace arbiter::test
