// The admin game routes over real HTTP against a real engine and SQLite file.

#include "crypto/crypto.h"
#include "domain/ids.h"
#include "storage/database.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace arbiter;
using arbiter::test::TestServer;

class TestGamesApi final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;

    QString createGame(QString name = QString())
    {
        if (name.isEmpty())
            name = QStringLiteral("Space Race");
        const auto created = m_server->post(QStringLiteral("/admin/v1/games"), {{QStringLiteral("name"), name}});
        return created.json().value(QStringLiteral("id")).toString();
    }

    // Reads the SQLite file with a connection of the test's own, as an attacker or auditor would.
    template <class F> void withFile(F fn)
    {
        const QString name = QStringLiteral("inspect");
        {
            Result<QSqlDatabase> db = Database::open(m_server->databasePath(), name, Database::Mode::ReadOnly);
            QVERIFY(db.ok());
            fn(db.value());
        }
        Database::close(name);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }
    void cleanup() { m_server.reset(); }

    void createReturnsTheGameWithDefaults()
    {
        const auto r = m_server->post(QStringLiteral("/admin/v1/games"), {{QStringLiteral("name"), QStringLiteral("Space Race")}});
        QCOMPARE(r.status, 201);
        QVERIFY(r.contentType.startsWith("application/json"));
        const QJsonObject game = r.json();
        QVERIFY(isObjectId(game.value(QStringLiteral("id")).toString()) || !game.value(QStringLiteral("id")).toString().isEmpty());
        QCOMPARE(game.value(QStringLiteral("name")).toString(), QStringLiteral("Space Race"));
        QCOMPARE(game.value(QStringLiteral("antiCheat")).toBool(), true);
        QCOMPARE(game.value(QStringLiteral("testMode")).toBool(), false);
        QCOMPARE(game.value(QStringLiteral("autoBan")).toBool(), true);
        QCOMPARE(game.value(QStringLiteral("trustProxy")).toBool(), false);
        QVERIFY(game.value(QStringLiteral("webhookUrl")).isNull());
        QCOMPARE(game.value(QStringLiteral("hasSecret")).toBool(), false);
        QCOMPARE(game.value(QStringLiteral("encryptionKeys")).toArray().size(), 0);
        QVERIFY(game.value(QStringLiteral("createdAt")).toString().endsWith(QLatin1Char('Z')));
        const QJsonObject detection = game.value(QStringLiteral("detection")).toObject();
        QCOMPARE(detection.value(QStringLiteral("rateLimitPerHour")).toObject().value(QStringLiteral("C")).toInt(), 20);

        const auto fetched = m_server->get(QStringLiteral("/admin/v1/games/") + game.value(QStringLiteral("id")).toString());
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.json(), game);
        const auto list = m_server->get(QStringLiteral("/admin/v1/games"));
        QCOMPARE(list.json().value(QStringLiteral("items")).toArray().size(), 1);
    }

    void gamesSurviveARestart()
    {
        const QString id = createGame();
        m_server->stop();
        QVERIFY(m_server->start());
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/games/") + id).status, 200);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QString games = QStringLiteral("/admin/v1/games");
        QTest::newRow("malformed json") << QByteArray("POST") << games << QByteArray("{\"name\":") << 400 << "invalid_json" << "";
        QTest::newRow("duplicate key") << QByteArray("POST") << games << QByteArray("{\"name\":\"a\",\"name\":\"b\"}") << 400 << "invalid_json" << "";
        QTest::newRow("not an object") << QByteArray("POST") << games << QByteArray("[1,2]") << 400 << "invalid_body" << "";
        QTest::newRow("empty body") << QByteArray("POST") << games << QByteArray("") << 400 << "invalid_body" << "";
        QTest::newRow("missing name") << QByteArray("POST") << games << QByteArray("{\"antiCheat\":true}") << 400 << "invalid_body" << "name";
        QTest::newRow("name wrong type") << QByteArray("POST") << games << QByteArray("{\"name\":42}") << 400 << "invalid_body" << "name";
        QTest::newRow("blank name") << QByteArray("POST") << games << QByteArray("{\"name\":\"   \"}") << 400 << "invalid_body" << "name";
        QTest::newRow("flag wrong type") << QByteArray("POST") << games << QByteArray("{\"name\":\"a\",\"antiCheat\":\"yes\"}") << 400 << "invalid_body" << "antiCheat";
        QTest::newRow("webhook not https") << QByteArray("POST") << games << QByteArray("{\"name\":\"a\",\"webhookUrl\":\"http://example.com/x\"}") << 400 << "invalid_body" << "webhookUrl";
        QTest::newRow("detection unknown key") << QByteArray("POST") << games << QByteArray("{\"name\":\"a\",\"detection\":{\"velocityMinSecs\":1}}") << 400 << "invalid_body" << "detection.velocityMinSecs";
        QTest::newRow("unknown game") << QByteArray("GET") << games + "/nope" << QByteArray() << 404 << "not_found" << "";
        QTest::newRow("unknown game patch") << QByteArray("PATCH") << games + "/nope" << QByteArray("{\"name\":\"x\"}") << 404 << "not_found" << "";
        QTest::newRow("unknown game secret") << QByteArray("POST") << games + "/nope/secret" << QByteArray() << 404 << "not_found" << "";
        QTest::newRow("unknown game key") << QByteArray("POST") << games + "/nope/encryption-keys" << QByteArray() << 404 << "not_found" << "";
        QTest::newRow("unknown game builds") << QByteArray("GET") << games + "/nope/builds" << QByteArray() << 404 << "not_found" << "";
        QTest::newRow("unknown route") << QByteArray("GET") << QStringLiteral("/admin/v1/nothing") << QByteArray() << 404 << "not_found" << "";
        QTest::newRow("wrong method") << QByteArray("DELETE") << games << QByteArray() << 405 << "method_not_allowed" << "";
    }

    void badInput()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto r = m_server->request(method, path, body);
        QCOMPARE(r.status, status);
        QVERIFY2(r.contentType.startsWith("application/problem+json"), r.contentType.constData());
        QCOMPARE(r.code(), code);
        QCOMPARE(r.json().value(QStringLiteral("status")).toInt(), status);
        if (!field.isEmpty()) {
            const QJsonArray errors = r.json().value(QStringLiteral("errors")).toArray();
            QVERIFY2(!errors.isEmpty(), r.body.constData());
            QCOMPARE(errors.first().toObject().value(QStringLiteral("field")).toString(), field);
        }
        // Nothing half-written stays behind: a refused create leaves no game.
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/games")).json().value(QStringLiteral("items")).toArray().size(), 0);
    }

    void unknownFieldsAreIgnored()
    {
        const auto r = m_server->request("POST", QStringLiteral("/admin/v1/games"), "{\"name\":\"a\",\"colour\":\"red\"}");
        QCOMPARE(r.status, 201);
    }

    void oversizeBodyIs413()
    {
        const QByteArray body = "{\"name\":\"" + QByteArray(70 * 1024, 'x') + "\"}";
        const auto r = m_server->request("POST", QStringLiteral("/admin/v1/games"), body);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), QStringLiteral("payload_too_large"));
    }

    void adminTokenIsRequired_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("wrong") << QByteArray("Bearer wrong-token");
        QTest::newRow("prefix of the right one") << QByteArray("Bearer test-admin-token");
        QTest::newRow("no scheme") << QByteArray(TestServer::kToken);
        QTest::newRow("basic scheme") << QByteArray("Basic ") + TestServer::kToken;
    }

    void adminTokenIsRequired()
    {
        QFETCH(QByteArray, authorization);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const auto r = m_server->request("POST", QStringLiteral("/admin/v1/games"), "{\"name\":\"a\"}", headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("unauthorized"));
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/games")).json().value(QStringLiteral("items")).toArray().size(), 0);
    }

    void healthNeedsNoToken()
    {
        const auto r = m_server->request("GET", QStringLiteral("/api/health"), {}, {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.json().value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
        QVERIFY(r.json().contains(QStringLiteral("uptimeSeconds")));
        QVERIFY(!r.json().value(QStringLiteral("version")).toString().isEmpty());
    }

    void patchChangesOnlyWhatIsGiven()
    {
        const QString id = createGame();
        const QString path = QStringLiteral("/admin/v1/games/") + id;
        auto r = m_server->patch(path, {{QStringLiteral("testMode"), true},
                                        {QStringLiteral("webhookUrl"), QStringLiteral("http://127.0.0.1:9/hook")},
                                        {QStringLiteral("detection"), QJsonObject{{QStringLiteral("velocityMinSeconds"), 1.5}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("name")).toString(), QStringLiteral("Space Race"));
        QCOMPARE(r.json().value(QStringLiteral("testMode")).toBool(), true);
        QCOMPARE(r.json().value(QStringLiteral("webhookUrl")).toString(), QStringLiteral("http://127.0.0.1:9/hook"));
        const QJsonObject detection = r.json().value(QStringLiteral("detection")).toObject();
        QCOMPARE(detection.value(QStringLiteral("velocityMinSeconds")).toDouble(), 1.5);
        QCOMPARE(detection.value(QStringLiteral("duplicateWindowSeconds")).toInt(), 300);

        r = m_server->patch(path, {{QStringLiteral("webhookUrl"), QJsonValue::Null},
                                   {QStringLiteral("detection"), QJsonObject{{QStringLiteral("rules"), QJsonObject{{QStringLiteral("velocity"), QJsonObject{{QStringLiteral("confidence"), QStringLiteral("high")}}}}}}}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QStringLiteral("webhookUrl")).isNull());
        const QJsonObject velocity = r.json()[QStringLiteral("detection")][QStringLiteral("rules")][QStringLiteral("velocity")].toObject();
        QCOMPARE(velocity.value(QStringLiteral("confidence")).toString(), QStringLiteral("high"));
        QCOMPARE(velocity.value(QStringLiteral("enabled")).toBool(), true);
        QCOMPARE(r.json()[QStringLiteral("detection")][QStringLiteral("velocityMinSeconds")].toDouble(), 1.5);

        r = m_server->patch(path, {{QStringLiteral("detection"), QJsonObject{{QStringLiteral("rules"), QJsonObject{{QStringLiteral("velocity"), QJsonObject{{QStringLiteral("confidence"), QStringLiteral("extreme")}}}}}}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("invalid_body"));
    }

    void secretIsShownOnceAndStoredHashed()
    {
        const QString id = createGame();
        const auto first = m_server->request("POST", QStringLiteral("/admin/v1/games/%1/secret").arg(id), QByteArray());
        QCOMPARE(first.status, 201);
        const QString secret = first.json().value(QStringLiteral("secret")).toString();
        QVERIFY(secret.size() >= 32);
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/games/") + id).json().value(QStringLiteral("hasSecret")).toBool(), true);
        QVERIFY(!m_server->get(QStringLiteral("/admin/v1/games/") + id).body.contains(secret.toUtf8()));
        QVERIFY(m_server->engine().games() != nullptr);

        withFile([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT secret_hash FROM games WHERE id='%1'").arg(id)) && q.next());
            QCOMPARE(q.value(0).toByteArray(), crypto::sha256(secret.toUtf8()));
        });
        QFile file(m_server->databasePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret.toUtf8()));
        QFile wal(m_server->databasePath() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains(secret.toUtf8()));

        const auto second = m_server->request("POST", QStringLiteral("/admin/v1/games/%1/secret").arg(id), QByteArray());
        QCOMPARE(second.status, 201);
        QVERIFY(second.json().value(QStringLiteral("secret")).toString() != secret);
        withFile([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT secret_hash FROM games WHERE id='%1'").arg(id)) && q.next());
            QCOMPARE(q.value(0).toByteArray(), crypto::sha256(second.json().value(QStringLiteral("secret")).toString().toUtf8()));
        });
    }

    void encryptionKeysAreCreatedAndRevoked()
    {
        const QString id = createGame();
        const QString keys = QStringLiteral("/admin/v1/games/%1/encryption-keys").arg(id);
        const auto a = m_server->request("POST", keys, QByteArray());
        const auto b = m_server->request("POST", keys, QByteArray());
        QCOMPARE(a.status, 201);
        QCOMPARE(a.json().value(QStringLiteral("algorithm")).toString(), QStringLiteral("AES-256-GCM"));
        const QString keyId = a.json().value(QStringLiteral("keyId")).toString();
        QCOMPARE(keyId.size(), 8);
        QVERIFY(isSha256Hex(keyId + QString(56, QLatin1Char('0'))));
        QCOMPARE(QByteArray::fromBase64(a.json().value(QStringLiteral("key")).toString().toLatin1()).size(), 32);
        QVERIFY(a.json().value(QStringLiteral("key")) != b.json().value(QStringLiteral("key")));

        auto listed = m_server->get(QStringLiteral("/admin/v1/games/") + id).json().value(QStringLiteral("encryptionKeys")).toArray();
        QCOMPARE(listed.size(), 2);
        QVERIFY(!m_server->get(QStringLiteral("/admin/v1/games/") + id).body.contains(a.json().value(QStringLiteral("key")).toString().toUtf8()));

        QCOMPARE(m_server->request("DELETE", keys + QLatin1Char('/') + keyId).status, 204);
        listed = m_server->get(QStringLiteral("/admin/v1/games/") + id).json().value(QStringLiteral("encryptionKeys")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("keyId")).toString(), b.json().value(QStringLiteral("keyId")).toString());
        const auto again = m_server->request("DELETE", keys + QLatin1Char('/') + keyId);
        QCOMPARE(again.status, 404);
        QCOMPARE(again.code(), QStringLiteral("not_found"));
    }

    void buildSignatures()
    {
        const QString id = createGame();
        const QString builds = QStringLiteral("/admin/v1/games/%1/builds").arg(id);
        const QString sha = QString::fromLatin1(crypto::sha256Hex("game binary v1"));
        auto r = m_server->post(builds, {{QStringLiteral("sha256"), sha.toUpper()}, {QStringLiteral("label"), QStringLiteral("1.0 Windows")}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QStringLiteral("sha256")).toString(), sha);
        QCOMPARE(r.json().value(QStringLiteral("label")).toString(), QStringLiteral("1.0 Windows"));
        r = m_server->post(builds, {{QStringLiteral("sha256"), sha}});
        QCOMPARE(r.status, 200); // already registered: idempotent
        r = m_server->get(builds);
        QCOMPARE(r.json().value(QStringLiteral("items")).toArray().size(), 1);

        for (const QString &bad : {QStringLiteral("abc"), QString(64, QLatin1Char('g')), QStringLiteral("sha256:") + sha, sha + QLatin1Char('0')}) {
            r = m_server->post(builds, {{QStringLiteral("sha256"), bad}});
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), QStringLiteral("invalid_body"));
            QCOMPARE(r.json()[QStringLiteral("errors")][0][QStringLiteral("field")].toString(), QStringLiteral("sha256"));
        }
        QCOMPARE(m_server->request("DELETE", builds + QLatin1Char('/') + sha).status, 204);
        QCOMPARE(m_server->get(builds).json().value(QStringLiteral("items")).toArray().size(), 0);
        QCOMPARE(m_server->request("DELETE", builds + QLatin1Char('/') + sha).status, 404);
    }

    void everyActionIsAudited()
    {
        const QString id = createGame();
        m_server->request("POST", QStringLiteral("/admin/v1/games/%1/secret").arg(id), QByteArray());
        const auto key = m_server->request("POST", QStringLiteral("/admin/v1/games/%1/encryption-keys").arg(id), QByteArray());
        m_server->request("DELETE", QStringLiteral("/admin/v1/games/%1/encryption-keys/%2").arg(id, key.json().value(QStringLiteral("keyId")).toString()));
        m_server->post(QStringLiteral("/admin/v1/games/%1/builds").arg(id), {{QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}});
        m_server->request("DELETE", QStringLiteral("/admin/v1/games/%1/builds/%2").arg(id, QString(64, QLatin1Char('a'))));
        m_server->patch(QStringLiteral("/admin/v1/games/") + id, {{QStringLiteral("autoBan"), false}});

        const auto audit = m_server->get(QStringLiteral("/admin/v1/audit?limit=100"));
        QCOMPARE(audit.status, 200);
        QStringList actions;
        for (const QJsonValue &entry : audit.json().value(QStringLiteral("items")).toArray()) {
            actions.append(entry[QStringLiteral("action")].toString());
            QCOMPARE(entry[QStringLiteral("subject")].toString(), id);
            QCOMPARE(entry[QStringLiteral("actor")].toString(), QStringLiteral("admin@api"));
        }
        QCOMPARE(actions, QStringList({QStringLiteral("game.create"), QStringLiteral("game.secret.generate"),
                                       QStringLiteral("game.key.create"), QStringLiteral("game.key.revoke"),
                                       QStringLiteral("game.build.add"), QStringLiteral("game.build.remove"),
                                       QStringLiteral("game.update")}));
        // The secret itself never reaches the journal.
        QVERIFY(!audit.body.contains("\"secret\":"));

        const auto page = m_server->get(QStringLiteral("/admin/v1/audit?limit=2&after=2"));
        QCOMPARE(page.json().value(QStringLiteral("items")).toArray().size(), 2);
        QCOMPARE(page.json()[QStringLiteral("items")][0][QStringLiteral("seq")].toInt(), 3);
        QCOMPARE(page.json().value(QStringLiteral("nextAfter")).toInt(), 4);
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/audit?limit=0")).code(), QStringLiteral("invalid_query"));
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/audit?limit=abc")).code(), QStringLiteral("invalid_query"));
    }

    void verifyFindsARowEditedBehindTheProgramsBack()
    {
        for (int i = 0; i < 5; ++i)
            createGame(QStringLiteral("Game %1").arg(i));
        auto verify = m_server->get(QStringLiteral("/admin/v1/audit/verify"));
        QCOMPARE(verify.status, 200);
        QCOMPARE(verify.json().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(verify.json().value(QStringLiteral("entries")).toInt(), 5);
        QVERIFY(verify.json().value(QStringLiteral("firstBadSeq")).isNull());

        {
            const QString name = QStringLiteral("tamper");
            Result<QSqlDatabase> db = Database::open(m_server->databasePath(), name, Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("UPDATE audit SET actor='somebody-else' WHERE seq=3")));
            q.finish();
            db.value().close();
        }
        Database::close(QStringLiteral("tamper"));

        verify = m_server->get(QStringLiteral("/admin/v1/audit/verify"));
        QCOMPARE(verify.json().value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(verify.json().value(QStringLiteral("firstBadSeq")).toInt(), 3);
        QCOMPARE(verify.json().value(QStringLiteral("entries")).toInt(), 5);
    }
};

QTEST_GUILESS_MAIN(TestGamesApi)
#include "tst_gamesapi.moc"
