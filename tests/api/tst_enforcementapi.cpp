// Players and enforcement over real HTTP: login with build signatures, sessions, alerts and eye
// stages, bans and their webhook reports (to a real local receiver), lifting.

#include "crypto/crypto.h"
#include "enforcement/watchservice.h"
#include "scores/scoreservice.h"
#include "support/testserver.h"
#include "support/webhookreceiver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace arbiter;
using arbiter::test::HttpResult;
using arbiter::test::TestServer;
using arbiter::test::WebhookReceiver;

namespace {
constexpr qint64 kMinute = 60 * 1000;
const QString kGoodBuild = QString::fromLatin1(crypto::sha256Hex("game build 1.0"));
const QString kOtherBuild = QString::fromLatin1(crypto::sha256Hex("patched game build"));
} // namespace

class TestEnforcementApi final : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<TestServer> m_server;
    WebhookReceiver m_receiver;
    QString m_gameId;

    QList<QPair<QByteArray, QByteArray>> client(const QString &token) const
    {
        return {{"Authorization", "Bearer " + token.toUtf8()}, {"X-Game-Id", m_gameId.toUtf8()}};
    }

    HttpResult login(const QString &user, const QString &device, const QString &token, const QString &build,
                     const QByteArray &forwardedFor = QByteArray())
    {
        const QJsonObject body{{QStringLiteral("user_id"), user},
                               {QStringLiteral("device_id"), device},
                               {QStringLiteral("login_token"), token},
                               {QStringLiteral("game_signature"), QStringLiteral("sha256:") + build}};
        QList<QPair<QByteArray, QByteArray>> headers{{"X-Game-Id", m_gameId.toUtf8()}};
        if (!forwardedFor.isEmpty())
            headers.append({"X-Forwarded-For", forwardedFor});
        return m_server->request("POST", QStringLiteral("/api/authoritative/authicate/login"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    QString sessionOf(const QString &user, const QString &device = QStringLiteral("device-1"))
    {
        const HttpResult r = login(user, device, QStringLiteral("token-of-") + user, kGoodBuild);
        return r.json().value(QStringLiteral("session_token")).toString();
    }

    HttpResult alert(const QString &session, const QString &reason)
    {
        return m_server->request("POST", QStringLiteral("/api/moderate"),
                                 QJsonDocument(QJsonObject{{QStringLiteral("reason"), reason}}).toJson(), client(session));
    }

    // Clients refresh their hour-long session now and then; the tests walk through hours.
    void refresh(QString &session)
    {
        const HttpResult r = m_server->request("POST", QStringLiteral("/api/session/refresh"), QByteArray(), client(session));
        QCOMPARE(r.status, 200);
        session = r.json().value(QStringLiteral("session_token")).toString();
    }

    void patchGame(const QJsonObject &patch)
    {
        QCOMPARE(m_server->patch(QStringLiteral("/admin/v1/games/") + m_gameId, patch).status, 200);
    }

    bool waitForMessages(int count)
    {
        for (int i = 0; i < 100 && m_receiver.messages.size() < count; ++i) {
            m_clock->advanceMs(500); // lets retries come due on the manual clock
            QSignalSpy spy(&m_receiver, &WebhookReceiver::received);
            spy.wait(100);
        }
        return m_receiver.messages.size() >= count;
    }

    void expireOnCore()
    {
        QMetaObject::invokeMethod(m_server->engine().watch(), "expireDue", Qt::BlockingQueuedConnection);
    }

private slots:
    void init()
    {
        m_clock = std::make_shared<ManualClock>();
        m_server = std::make_unique<TestServer>(m_clock);
        QVERIFY(m_server->start());
        m_receiver.messages.clear();
        m_receiver.setStatus(204);
        if (!m_receiver.port())
            QVERIFY(m_receiver.listen());
        const HttpResult game = m_server->post(QStringLiteral("/admin/v1/games"),
                                               {{QStringLiteral("name"), QStringLiteral("Space Race")},
                                                {QStringLiteral("webhookUrl"), m_receiver.url()}});
        m_gameId = game.json().value(QStringLiteral("id")).toString();
        QCOMPARE(m_server->post(QStringLiteral("/admin/v1/games/%1/builds").arg(m_gameId),
                                {{QStringLiteral("sha256"), kGoodBuild}}).status, 201);
    }
    void cleanup() { m_server.reset(); }

    void loginRefreshAndStatus()
    {
        HttpResult r = login(QStringLiteral("a409C-4091-Df76"), QStringLiteral("ABC-1299-XYZ"), QStringLiteral("AEW2-10WP=="), kGoodBuild);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("expires_in")).toInt(), 3600);
        QCOMPARE(r.json().value(QStringLiteral("user_id")).toString(), QStringLiteral("a409C-4091-Df76"));
        QCOMPARE(r.json().value(QStringLiteral("eye_stage")).toString(), QStringLiteral("none"));
        const QString first = r.json().value(QStringLiteral("session_token")).toString();
        QVERIFY(first.size() >= 32);

        r = m_server->request("GET", QStringLiteral("/api/status"), {}, client(first));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("eye_stage")).toString(), QStringLiteral("none"));
        QVERIFY(r.json().value(QStringLiteral("last_alert_at")).isNull());

        r = m_server->request("POST", QStringLiteral("/api/session/refresh"), QByteArray(), client(first));
        QCOMPARE(r.status, 200);
        const QString second = r.json().value(QStringLiteral("session_token")).toString();
        QVERIFY(second != first);
        QCOMPARE(m_server->request("GET", QStringLiteral("/api/status"), {}, client(first)).code(), QStringLiteral("invalid_session"));
        QCOMPARE(m_server->request("GET", QStringLiteral("/api/status"), {}, client(second)).status, 200);

        // The correctly spelt alias serves the same login.
        r = m_server->request("POST", QStringLiteral("/api/authoritative/authenticate/login"),
                              QJsonDocument(QJsonObject{{QStringLiteral("user_id"), QStringLiteral("a409C-4091-Df76")},
                                                        {QStringLiteral("device_id"), QStringLiteral("ABC-1299-XYZ")},
                                                        {QStringLiteral("login_token"), QStringLiteral("AEW2-10WP==")},
                                                        {QStringLiteral("game_id"), m_gameId},
                                                        {QStringLiteral("game_signature"), QStringLiteral("sha256:") + kGoodBuild.toUpper()}}).toJson(), {});
        QCOMPARE(r.status, 200);

        // Sessions expire after an hour.
        m_clock->advanceMs(3600 * 1000);
        QCOMPARE(m_server->request("GET", QStringLiteral("/api/status"), {}, client(second)).code(), QStringLiteral("invalid_session"));
    }

    void sessionsSurviveARestart()
    {
        const QString session = sessionOf(QStringLiteral("p1"));
        m_server->stop();
        QVERIFY(m_server->start());
        QCOMPARE(m_server->request("GET", QStringLiteral("/api/status"), {}, client(session)).status, 200);
    }

    // The console sets tiers through ScoreService: stored, audited, applied at once, kept over a restart.
    void aModeratorSetTierIsAuditedAndSurvivesARestart()
    {
        sessionOf(QStringLiteral("veteran"));
        auto setTier = [this](const QString &player, std::optional<TrustTier> tier) {
            ScoreService *scores = m_server->engine().scores();
            Status result = success();
            QEventLoop loop;
            QMetaObject::invokeMethod(scores, [&, scores] {
                scores->setPlayerTier(m_gameId, player, tier, Actor{QStringLiteral("mod-anna"), QStringLiteral("console")},
                                      [&](Status s) {
                                          result = s;
                                          QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
                                      });
            });
            loop.exec();
            return result;
        };
        auto tierNow = [this](const QString &player) {
            ScoreService *scores = m_server->engine().scores();
            TrustTier tier = TrustTier::C;
            QMetaObject::invokeMethod(scores, [&, scores] { tier = scores->effectiveTier(m_gameId, player); },
                                      Qt::BlockingQueuedConnection);
            return tier;
        };
        QCOMPARE(tierNow(QStringLiteral("veteran")), TrustTier::C);
        QVERIFY(setTier(QStringLiteral("veteran"), TrustTier::A).ok());
        QCOMPARE(tierNow(QStringLiteral("veteran")), TrustTier::A);
        // The admin profile shows the tier the rules use now.
        const QJsonObject profile = m_server->get(QStringLiteral("/admin/v1/games/%1/players/veteran").arg(m_gameId)).json();
        QCOMPARE(profile.value(QStringLiteral("tier")).toString(), QStringLiteral("A"));
        QCOMPARE(setTier(QStringLiteral("nobody"), TrustTier::A).error().status, 404);

        const QJsonArray audit = m_server->get(QStringLiteral("/admin/v1/audit?limit=500")).json().value(QStringLiteral("items")).toArray();
        QVERIFY(!audit.isEmpty());
        const QJsonObject last = audit.last().toObject();
        QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("player.tier"));
        QCOMPARE(last.value(QStringLiteral("actor")).toString(), QStringLiteral("mod-anna@console"));

        m_server->stop();
        QVERIFY(m_server->start());
        QCOMPARE(tierNow(QStringLiteral("veteran")), TrustTier::A);
        QVERIFY(setTier(QStringLiteral("veteran"), std::nullopt).ok());
        QCOMPARE(tierNow(QStringLiteral("veteran")), TrustTier::C);
    }

    void tamperedSignatureBansAtOnce()
    {
        const HttpResult r = login(QStringLiteral("modder"), QStringLiteral("dev-m"), QStringLiteral("t"), kOtherBuild);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QStringLiteral("signature_mismatch"));
        // Account, device and IP are all banned now.
        QCOMPARE(login(QStringLiteral("modder"), QStringLiteral("dev-m"), QStringLiteral("t"), kGoodBuild).code(), QStringLiteral("banned"));
        QCOMPARE(login(QStringLiteral("friend"), QStringLiteral("dev-m"), QStringLiteral("t"), kGoodBuild).code(), QStringLiteral("banned"));
        QCOMPARE(login(QStringLiteral("other"), QStringLiteral("other-dev"), QStringLiteral("t"), kGoodBuild).code(), QStringLiteral("banned")); // same IP

        const QJsonArray bans = m_server->get(QStringLiteral("/admin/v1/bans?gameId=") + m_gameId).json().value(QStringLiteral("items")).toArray();
        QCOMPARE(bans.size(), 1);
        const QJsonObject ban = bans.first().toObject();
        QCOMPARE(ban.value(QStringLiteral("source")).toString(), QStringLiteral("signature"));
        QCOMPARE(ban.value(QStringLiteral("reasons")).toArray().first().toString(), QStringLiteral("signature_mismatch"));
        QCOMPARE(ban.value(QStringLiteral("playerId")).toString(), QStringLiteral("modder"));
        QCOMPARE(ban.value(QStringLiteral("deviceId")).toString(), QStringLiteral("dev-m"));
        QCOMPARE(ban.value(QStringLiteral("ip")).toString(), QStringLiteral("127.0.0.1"));

        QVERIFY(waitForMessages(1));
        const QJsonObject message = m_receiver.messages.first();
        QCOMPARE(message.value(QStringLiteral("content")).toString(), QStringLiteral("Ban executed: modder"));
        QCOMPARE(message.value(QStringLiteral("username")).toString(), QStringLiteral("Arbiter"));
        QStringList names;
        for (const QJsonValue &field : message[QStringLiteral("embeds")][0][QStringLiteral("fields")].toArray())
            names.append(field[QStringLiteral("name")].toString());
        QCOMPARE(names, QStringList({QStringLiteral("user_id"), QStringLiteral("device_id"), QStringLiteral("ip_address"),
                                     QStringLiteral("timestamp"), QStringLiteral("alert_reasons")}));
        QVERIFY(QJsonDocument(message).toJson().contains(ban.value(QStringLiteral("id")).toString().toUtf8()));
        QTRY_COMPARE(m_server->get(QStringLiteral("/admin/v1/bans")).json()[QStringLiteral("items")][0][QStringLiteral("reportState")].toString(),
                     QStringLiteral("delivered"));
    }

    void noBuildsRegisteredMeansNoSignatureCheck()
    {
        QCOMPARE(m_server->request("DELETE", QStringLiteral("/admin/v1/games/%1/builds/%2").arg(m_gameId, kGoodBuild)).status, 204);
        QCOMPARE(login(QStringLiteral("p"), QStringLiteral("d"), QStringLiteral("t"), kOtherBuild).status, 200);
    }

    void anotherLoginTokenIsRefusedAndAlerts()
    {
        QCOMPARE(login(QStringLiteral("p1"), QStringLiteral("d1"), QStringLiteral("first"), kGoodBuild).status, 200);
        const HttpResult r = login(QStringLiteral("p1"), QStringLiteral("d1"), QStringLiteral("second"), kGoodBuild);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("invalid_token"));
        const HttpResult status = m_server->get(QStringLiteral("/api/status?game_id=%1&user_id=p1").arg(m_gameId));
        QCOMPARE(status.json().value(QStringLiteral("alerts_in_streak")).toInt(), 1);
        const HttpResult profile = m_server->get(QStringLiteral("/admin/v1/games/%1/players/p1").arg(m_gameId));
        QCOMPARE(profile.json()[QStringLiteral("alerts")][0][QStringLiteral("reason")].toString(), QStringLiteral("token_mismatch"));
        QCOMPARE(login(QStringLiteral("p1"), QStringLiteral("d1"), QStringLiteral("first"), kGoodBuild).status, 200);
    }

    void alertsClimbTheEyeStagesToABan()
    {
        QString session = sessionOf(QStringLiteral("@everyone"));
        QStringList stages;
        for (int i = 0; i < 15; ++i) {
            refresh(session);
            const HttpResult r = alert(session, QStringLiteral("Rig movement Inhuman"));
            QCOMPARE(r.status, 202);
            stages.append(r.json().value(QStringLiteral("eye_stage")).toString());
            QCOMPARE(r.json().value(QStringLiteral("alerts_in_streak")).toInt(), i + 1);
            m_clock->advanceMs(10 * kMinute);
        }
        QCOMPARE(stages.mid(0, 5), QStringList({QStringLiteral("none"), QStringLiteral("none"), QStringLiteral("little"),
                                                QStringLiteral("short"), QStringLiteral("big")}));
        QCOMPARE(stages.at(13), QStringLiteral("big"));
        QCOMPARE(stages.at(14), QStringLiteral("banned"));

        // Kicked: the session is dead and says why.
        const HttpResult after = alert(session, QStringLiteral("Rig movement Inhuman"));
        QCOMPARE(after.status, 403);
        QCOMPARE(after.code(), QStringLiteral("banned"));

        const QJsonObject ban = m_server->get(QStringLiteral("/admin/v1/bans?active=true")).json()[QStringLiteral("items")][0].toObject();
        QCOMPARE(ban.value(QStringLiteral("source")).toString(), QStringLiteral("auto"));
        QCOMPARE(ban.value(QStringLiteral("reasons")).toArray(),
                 QJsonArray({QStringLiteral("consistent_alerts"), QStringLiteral("Rig movement Inhuman")}));

        QVERIFY(waitForMessages(1));
        const QJsonObject message = m_receiver.messages.last();
        QCOMPARE(message.value(QStringLiteral("content")).toString(), QStringLiteral("Ban executed: @everyone"));
        QCOMPARE(message[QStringLiteral("allowed_mentions")][QStringLiteral("parse")].toArray().size(), 0);

        const HttpResult profile = m_server->get(QStringLiteral("/admin/v1/games/%1/players/@everyone").arg(m_gameId));
        QCOMPARE(profile.json().value(QStringLiteral("eyeStage")).toString(), QStringLiteral("banned"));
        QStringList timeline;
        for (const QJsonValue &t : profile.json().value(QStringLiteral("eyeStageTimeline")).toArray())
            timeline.prepend(t[QStringLiteral("to")].toString());
        QCOMPARE(timeline, QStringList({QStringLiteral("little"), QStringLiteral("short"), QStringLiteral("big"), QStringLiteral("banned")}));

        // Lift: the player can log in again and is off the watchlist.
        const HttpResult lifted = m_server->post(QStringLiteral("/admin/v1/bans/%1/lift").arg(ban.value(QStringLiteral("id")).toString()),
                                                 {{QStringLiteral("note"), QStringLiteral("appeal accepted")}});
        QCOMPARE(lifted.status, 200);
        QVERIFY(!lifted.json().value(QStringLiteral("liftedAt")).isNull());
        QCOMPARE(login(QStringLiteral("@everyone"), QStringLiteral("device-1"), QStringLiteral("token-of-@everyone"), kGoodBuild).status, 200);
        QCOMPARE(m_server->get(QStringLiteral("/api/status?game_id=%1&user_id=@everyone").arg(m_gameId)).json()
                     .value(QStringLiteral("eye_stage")).toString(), QStringLiteral("none"));
        const QStringList actions = [&] {
            QStringList list;
            for (const QJsonValue &e : m_server->get(QStringLiteral("/admin/v1/audit?limit=1000")).json()[QStringLiteral("items")].toArray())
                list.append(e[QStringLiteral("action")].toString());
            return list;
        }();
        QVERIFY(actions.contains(QStringLiteral("ban.execute")));
        QVERIFY(actions.contains(QStringLiteral("ban.lift")));
    }

    void withoutAutoBanAModeratorIsAsked()
    {
        patchGame({{QStringLiteral("autoBan"), false}});
        QString session = sessionOf(QStringLiteral("p2"));
        for (int i = 0; i < 16; ++i) {
            refresh(session);
            QCOMPARE(alert(session, QStringLiteral("aimbot")).status, 202);
            m_clock->advanceMs(40 * kMinute);
        }
        const HttpResult profile = m_server->get(QStringLiteral("/admin/v1/games/%1/players/p2").arg(m_gameId));
        QCOMPARE(profile.json().value(QStringLiteral("eyeStage")).toString(), QStringLiteral("big"));
        const QJsonArray flags = profile.json().value(QStringLiteral("flags")).toArray();
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first()[QStringLiteral("type")].toString(), QStringLiteral("ban_recommended"));
        QCOMPARE(flags.first()[QStringLiteral("status")].toString(), QStringLiteral("pending"));
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/bans")).json().value(QStringLiteral("items")).toArray().size(), 0);
    }

    void ninetyQuietMinutesTakeAPlayerOffTheWatchlist()
    {
        const QString session = sessionOf(QStringLiteral("p3"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(alert(session, QStringLiteral("wallhack")).status, 202);
        const QString watchlist = QStringLiteral("/admin/v1/games/%1/watchlist").arg(m_gameId);
        QCOMPARE(m_server->get(watchlist).json().value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(m_server->get(watchlist + QStringLiteral("?stage=little")).json().value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(m_server->get(watchlist + QStringLiteral("?stage=big")).json().value(QStringLiteral("items")).toArray().size(), 0);
        QCOMPARE(m_server->get(watchlist + QStringLiteral("?stage=huge")).code(), QStringLiteral("invalid_query"));

        m_clock->advanceMs(90 * kMinute + 1);
        expireOnCore(); // what the engine's timer does
        QCOMPARE(m_server->get(watchlist).json().value(QStringLiteral("items")).toArray().size(), 0);
        const HttpResult profile = m_server->get(QStringLiteral("/admin/v1/games/%1/players/p3").arg(m_gameId));
        QCOMPARE(profile.json()[QStringLiteral("eyeStageTimeline")][0][QStringLiteral("to")].toString(), QStringLiteral("none"));
    }

    void banMeBansAccountDeviceAndIp()
    {
        const QString session = sessionOf(QStringLiteral("honest"), QStringLiteral("dev-h"));
        const HttpResult r = m_server->request("POST", QStringLiteral("/api/banMe"),
                                               QJsonDocument(QJsonObject{{QStringLiteral("reasons"), QJsonArray{QStringLiteral("I used a trainer")}}}).toJson(),
                                               client(session));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("banned")).toBool(), true);
        const QString banId = r.json().value(QStringLiteral("ban_id")).toString();
        QCOMPARE(banId.size(), 24);
        const QJsonObject ban = m_server->get(QStringLiteral("/admin/v1/bans")).json()[QStringLiteral("items")][0].toObject();
        QCOMPARE(ban.value(QStringLiteral("source")).toString(), QStringLiteral("self_report"));
        QCOMPARE(ban.value(QStringLiteral("deviceId")).toString(), QStringLiteral("dev-h"));
        QCOMPARE(m_server->request("GET", QStringLiteral("/api/status"), {}, client(session)).code(), QStringLiteral("banned"));
    }

    void moderatorBansExpireOnTheirOwn()
    {
        QCOMPARE(login(QStringLiteral("p4"), QStringLiteral("d4"), QStringLiteral("t"), kGoodBuild).status, 200);
        const QString expires = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs() + 60 * kMinute, Qt::UTC).toString(Qt::ISODateWithMs);
        HttpResult r = m_server->post(QStringLiteral("/admin/v1/bans"), {{QStringLiteral("gameId"), m_gameId},
                                                                          {QStringLiteral("playerId"), QStringLiteral("p4")},
                                                                          {QStringLiteral("reasons"), QJsonArray{QStringLiteral("griefing")}},
                                                                          {QStringLiteral("expiresAt"), expires}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QStringLiteral("source")).toString(), QStringLiteral("moderator"));
        QCOMPARE(r.json().value(QStringLiteral("reasons")).toArray(), QJsonArray({QStringLiteral("moderator"), QStringLiteral("griefing")}));
        QCOMPARE(login(QStringLiteral("p4"), QStringLiteral("d4"), QStringLiteral("t"), kGoodBuild).code(), QStringLiteral("banned"));
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/bans?active=true")).json().value(QStringLiteral("items")).toArray().size(), 1);
        m_clock->advanceMs(60 * kMinute);
        QCOMPARE(login(QStringLiteral("p4"), QStringLiteral("d4"), QStringLiteral("t"), kGoodBuild).status, 200);
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/bans?active=true")).json().value(QStringLiteral("items")).toArray().size(), 0);
    }

    void reportArrivesAfterTheReceiverComesBack()
    {
        WebhookReceiver later;
        QVERIFY(later.listen());
        const quint16 port = later.port();
        later.close(); // nothing listens there now: connections are refused
        patchGame({{QStringLiteral("webhookUrl"), QStringLiteral("http://127.0.0.1:%1/hook").arg(port)}});
        QCOMPARE(m_server->post(QStringLiteral("/admin/v1/bans"), {{QStringLiteral("gameId"), m_gameId},
                                                                    {QStringLiteral("deviceId"), QStringLiteral("bad-device")},
                                                                    {QStringLiteral("reasons"), QJsonArray{QStringLiteral("x")}}}).status, 201);
        QTRY_VERIFY(m_server->get(QStringLiteral("/admin/v1/webhook-deliveries")).json()[QStringLiteral("items")][0][QStringLiteral("attempts")].toInt() >= 1);
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/webhook-deliveries")).json()[QStringLiteral("items")][0][QStringLiteral("status")].toString(),
                 QStringLiteral("pending"));
        QVERIFY(later.listen(port));
        for (int i = 0; i < 100 && later.messages.isEmpty(); ++i) {
            m_clock->advanceMs(500);
            QSignalSpy spy(&later, &WebhookReceiver::received);
            spy.wait(100);
        }
        QCOMPARE(later.messages.size(), 1);
        QTRY_COMPARE(m_server->get(QStringLiteral("/admin/v1/webhook-deliveries")).json()[QStringLiteral("items")][0][QStringLiteral("status")].toString(),
                     QStringLiteral("delivered"));
    }

    void testMessageGoesToTheWebhook()
    {
        const HttpResult r = m_server->request("POST", QStringLiteral("/admin/v1/games/%1/webhook-test").arg(m_gameId), QByteArray());
        QCOMPARE(r.status, 202);
        QVERIFY(waitForMessages(1));
        QVERIFY(m_receiver.messages.first().value(QStringLiteral("content")).toString().contains(QStringLiteral("Space Race")));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("withGameHeader");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString loginPath = QStringLiteral("/api/authoritative/authicate/login");
        const QByteArray sig = "\"game_signature\":\"sha256:" + kGoodBuild.toLatin1() + "\"";
        QTest::newRow("no game") << loginPath << QByteArray("{\"user_id\":\"u\",\"device_id\":\"d\",\"login_token\":\"t\"," + sig + "}") << false << 400 << "invalid_body";
        QTest::newRow("signature not sha256:") << loginPath << QByteArray("{\"user_id\":\"u\",\"device_id\":\"d\",\"login_token\":\"t\",\"game_signature\":\"md5:abc\"}") << true << 400 << "invalid_body";
        QTest::newRow("signature short") << loginPath << QByteArray("{\"user_id\":\"u\",\"device_id\":\"d\",\"login_token\":\"t\",\"game_signature\":\"sha256:ABC123XYZ\"}") << true << 400 << "invalid_body";
        QTest::newRow("odd user id") << loginPath << QByteArray("{\"user_id\":\"u s\",\"device_id\":\"d\",\"login_token\":\"t\"," + sig + "}") << true << 400 << "invalid_body";
        QTest::newRow("user id too long") << loginPath << QByteArray("{\"user_id\":\"" + QByteArray(129, 'u') + "\",\"device_id\":\"d\",\"login_token\":\"t\"," + sig + "}") << true << 400 << "invalid_body";
        QTest::newRow("device id control char") << loginPath << QByteArray("{\"user_id\":\"u\",\"device_id\":\"d\\u0001\",\"login_token\":\"t\"," + sig + "}") << true << 400 << "invalid_body";
        QTest::newRow("missing token") << loginPath << QByteArray("{\"user_id\":\"u\",\"device_id\":\"d\"," + sig + "}") << true << 400 << "invalid_body";
        QTest::newRow("malformed") << loginPath << QByteArray("{\"user_id\":") << true << 400 << "invalid_json";
        QTest::newRow("moderate without session") << QStringLiteral("/api/moderate") << QByteArray("{\"reason\":\"x\"}") << true << 401 << "invalid_session";
        QTest::newRow("banMe without session") << QStringLiteral("/api/banMe") << QByteArray("{}") << true << 401 << "invalid_session";
        QTest::newRow("refresh without session") << QStringLiteral("/api/session/refresh") << QByteArray() << true << 401 << "invalid_session";
        QTest::newRow("ban names nobody") << QStringLiteral("/admin/v1/bans") << QByteArray("{\"gameId\":\"G\",\"reasons\":[]}") << true << 400 << "invalid_body";
        QTest::newRow("ban bad ip") << QStringLiteral("/admin/v1/bans") << QByteArray("{\"gameId\":\"G\",\"ip\":\"999.1.1.1\",\"reasons\":[]}") << true << 400 << "invalid_body";
        QTest::newRow("ban unknown game") << QStringLiteral("/admin/v1/bans") << QByteArray("{\"gameId\":\"nope\",\"playerId\":\"p\",\"reasons\":[]}") << true << 404 << "not_found";
        QTest::newRow("lift unknown ban") << QStringLiteral("/admin/v1/bans/0123456789abcdef01234567/lift") << QByteArray("{}") << true << 404 << "not_found";
    }

    void badInput()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, withGameHeader);
        QFETCH(int, status);
        QFETCH(QString, code);
        body.replace("\"G\"", "\"" + m_gameId.toUtf8() + "\"");
        QList<QPair<QByteArray, QByteArray>> headers;
        if (withGameHeader)
            headers.append({"X-Game-Id", m_gameId.toUtf8()});
        if (path.startsWith(QLatin1String("/admin/")))
            headers.append({"Authorization", QByteArray("Bearer ") + TestServer::kToken});
        const HttpResult r = m_server->request("POST", path, body, headers);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/bans")).json().value(QStringLiteral("items")).toArray().size(), 0);
    }

    void unknownGameOnLogin()
    {
        m_gameId = QStringLiteral("no-such-game");
        QCOMPARE(login(QStringLiteral("u"), QStringLiteral("d"), QStringLiteral("t"), kGoodBuild).code(), QStringLiteral("not_found"));
    }

    void banEvasionRaisesAnAlert()
    {
        patchGame({{QStringLiteral("trustProxy"), true}}); // the loopback peer is a proxy: X-Forwarded-For names the client
        QCOMPARE(login(QStringLiteral("alt"), QStringLiteral("shared-device"), QStringLiteral("t"), kGoodBuild, "10.0.0.2").status, 200);
        // A single address (no proxy chain) names the client too.
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/games/%1/players/alt").arg(m_gameId)).json()
                     [QStringLiteral("ips")][0][QStringLiteral("ip")].toString(), QStringLiteral("10.0.0.2"));
        const HttpResult cheater = login(QStringLiteral("cheater"), QStringLiteral("shared-device"), QStringLiteral("t"), kGoodBuild, "10.0.0.1, 127.0.0.1");
        QCOMPARE(cheater.status, 200);
        QCOMPARE(m_server->request("POST", QStringLiteral("/api/banMe"), QByteArray("{}"),
                                   client(cheater.json().value(QStringLiteral("session_token")).toString())).status, 200);
        const QJsonObject ban = m_server->get(QStringLiteral("/admin/v1/bans")).json()[QStringLiteral("items")][0].toObject();
        QCOMPARE(ban.value(QStringLiteral("ip")).toString(), QStringLiteral("10.0.0.1"));

        // A fresh account on a fresh device, from the IP "alt" used: linked to the banned cheater.
        QCOMPARE(login(QStringLiteral("alt2"), QStringLiteral("new-device"), QStringLiteral("t"), kGoodBuild, "10.0.0.2").status, 200);
        QTRY_COMPARE(m_server->get(QStringLiteral("/admin/v1/games/%1/players/alt2").arg(m_gameId)).json()
                         [QStringLiteral("alerts")][0][QStringLiteral("reason")].toString(), QStringLiteral("ban_evasion"));
        const QJsonArray linked = m_server->get(QStringLiteral("/admin/v1/games/%1/players/alt2").arg(m_gameId)).json()
                                      .value(QStringLiteral("linkedAccounts")).toArray();
        QVERIFY(linked.contains(QStringLiteral("alt")));
        QVERIFY(linked.contains(QStringLiteral("cheater")));
        // Without trustProxy the header is ignored and every client here is 127.0.0.1.
        patchGame({{QStringLiteral("trustProxy"), false}});
        QCOMPARE(login(QStringLiteral("p9"), QStringLiteral("d9"), QStringLiteral("t"), kGoodBuild, "10.0.0.9").status, 200);
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/games/%1/players/p9").arg(m_gameId)).json()
                     [QStringLiteral("ips")][0][QStringLiteral("ip")].toString(), QStringLiteral("127.0.0.1"));
    }

    void aFloodOfAlertsForOnePlayerLeavesOthersAlone()
    {
        const QString noisy = sessionOf(QStringLiteral("noisy"));
        const QString quiet = sessionOf(QStringLiteral("quiet"), QStringLiteral("device-q"));
        patchGame({{QStringLiteral("autoBan"), false}});
        // 10,000 alerts straight into the engine (over HTTP this test would only measure the client).
        WatchService *watch = m_server->engine().watch();
        const QString gameId = m_gameId;
        QMetaObject::invokeMethod(watch, [watch, gameId] {
            for (int i = 0; i < 10000; ++i)
                watch->recordAlert(gameId, QStringLiteral("noisy"), QStringLiteral("spam %1").arg(i % 7), {}, AlertContext{}, [](Result<AlertOutcome>) {});
        }, Qt::BlockingQueuedConnection);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(alert(quiet, QStringLiteral("wallhack")).status, 202);
        const HttpResult status = m_server->request("GET", QStringLiteral("/api/status"), {}, client(quiet));
        QCOMPARE(status.json().value(QStringLiteral("eye_stage")).toString(), QStringLiteral("little"));
        QCOMPARE(status.json().value(QStringLiteral("alerts_in_streak")).toInt(), 3);
        QCOMPARE(m_server->request("GET", QStringLiteral("/api/status"), {}, client(noisy)).json()
                     .value(QStringLiteral("alerts_in_streak")).toInt(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestEnforcementApi)
#include "tst_enforcementapi.moc"
