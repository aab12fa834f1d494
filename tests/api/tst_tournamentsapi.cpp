// escs-compatible tournaments over real HTTP: start, (encrypted) end, the game server's
// confirmation in both orders, match and mismatch, and the tournament leaderboard.

#include "crypto/crypto.h"
#include "support/testserver.h"
#include "tournaments/endgamepayload.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace arbiter;
using arbiter::test::HttpResult;
using arbiter::test::TestServer;

namespace {
constexpr qint64 kHour = 60 * 60 * 1000;
const QString kBuild = QString::fromLatin1(crypto::sha256Hex("build"));
} // namespace

class TestTournamentsApi final : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<TestServer> m_server;
    QString m_gameId;
    QString m_secret;
    QHash<QString, QString> m_sessions;

    QString at(qint64 offsetMs) const
    {
        return QDateTime::fromMSecsSinceEpoch(m_clock->nowMs() + offsetMs, Qt::UTC).toString(Qt::ISODateWithMs);
    }

    QString tournament(const QJsonObject &extra = {})
    {
        QJsonObject body{{QStringLiteral("name"), QStringLiteral("Weekend Cup")}, {QStringLiteral("startsAt"), at(-kHour)},
                         {QStringLiteral("endsAt"), at(kHour)}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpResult r = m_server->post(QStringLiteral("/admin/v1/games/%1/tournaments").arg(m_gameId), body);
        return r.json().value(QStringLiteral("_id")).toString();
    }

    QList<QPair<QByteArray, QByteArray>> as(const QString &player)
    {
        if (!m_sessions.contains(player))
            m_sessions.insert(player, m_server->login(m_gameId, player, kBuild));
        return {{"Authorization", "Bearer " + m_sessions.value(player).toUtf8()}};
    }

    HttpResult start(const QString &t, const QString &player = QStringLiteral("alice"))
    {
        return m_server->request("POST", QStringLiteral("/tournaments/%1/rounds").arg(t), QByteArray(), as(player));
    }

    HttpResult end(const QString &t, const QString &round, const QJsonObject &body, const QString &player = QStringLiteral("alice"))
    {
        return m_server->request("POST", QStringLiteral("/tournaments/%1/rounds/%2/end").arg(t, round),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), as(player));
    }

    HttpResult confirm(const QString &t, const QString &round, const QJsonObject &body, const QByteArray &secret = QByteArray())
    {
        return m_server->request("PUT", QStringLiteral("/tournaments/%1/rounds/%2/game-server-confirmation").arg(t, round),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 {{"escs-game-secret-key", secret.isEmpty() ? m_secret.toUtf8() : secret}});
    }

    QString roundOf(const QString &t, const QString &player = QStringLiteral("alice"))
    {
        return start(t, player).json().value(QStringLiteral("_id")).toString();
    }

    QJsonArray board(const QString &t)
    {
        return m_server->get(QStringLiteral("/tournaments/%1/leaderboard").arg(t)).json().value(QStringLiteral("entries")).toArray();
    }

    static QJsonObject valid(double score) { return {{QStringLiteral("isValid"), true}, {QStringLiteral("score"), score}}; }
    static QJsonObject plain(double score) { return {{QStringLiteral("score"), score}}; }

private slots:
    void init()
    {
        m_clock = std::make_shared<ManualClock>();
        m_server = std::make_unique<TestServer>(m_clock);
        QVERIFY(m_server->start());
        m_sessions.clear();
        m_gameId = m_server->post(QStringLiteral("/admin/v1/games"), {{QStringLiteral("name"), QStringLiteral("G")}}).json().value(QStringLiteral("id")).toString();
        m_secret = m_server->request("POST", QStringLiteral("/admin/v1/games/%1/secret").arg(m_gameId), QByteArray()).json().value(QStringLiteral("secret")).toString();
    }
    void cleanup() { m_server.reset(); }

    void startGameAnswersTheEscsRoundShape()
    {
        const QString t = tournament();
        const HttpResult created = m_server->get(QStringLiteral("/admin/v1/games/%1/tournaments").arg(m_gameId));
        QCOMPARE(created.json()[QStringLiteral("items")][0][QStringLiteral("_id")].toString(), t);
        QVERIFY(!created.json()[QStringLiteral("items")][0][QStringLiteral("boardId")].toString().isEmpty());

        const HttpResult r = start(t);
        QCOMPARE(r.status, 201);
        const QJsonObject round = r.json();
        const QStringList keys = round.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 QSet<QString>({QStringLiteral("status"), QStringLiteral("isDeleted"), QStringLiteral("_id"), QStringLiteral("playerId"),
                                QStringLiteral("tournamentId"), QStringLiteral("createdAt"), QStringLiteral("updatedAt"), QStringLiteral("__v")}));
        QCOMPARE(round.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(round.value(QStringLiteral("isDeleted")).toBool(), false);
        QCOMPARE(round.value(QStringLiteral("__v")).toInt(), 0);
        QCOMPARE(round.value(QStringLiteral("playerId")).toString(), QStringLiteral("alice"));
        QCOMPARE(round.value(QStringLiteral("tournamentId")).toString(), t);
        QCOMPARE(round.value(QStringLiteral("_id")).toString().size(), 24);
        QVERIFY(round.value(QStringLiteral("createdAt")).toString().endsWith(QLatin1Char('Z')));
    }

    void endThenConfirmMatching()
    {
        const QString t = tournament();
        const QString round = roundOf(t);
        HttpResult r = end(t, round, plain(1234));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(r.json().value(QStringLiteral("score")).toDouble(), 1234.0);
        QCOMPARE(end(t, round, plain(1234)).code(), QStringLiteral("round_finished"));
        QCOMPARE(board(t).size(), 1);

        r = confirm(t, round, valid(1234));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json(), QJsonObject({{QStringLiteral("_id"), round}, {QStringLiteral("status"), QStringLiteral("confirmed")}}));
        QCOMPARE(confirm(t, round, valid(1234)).code(), QStringLiteral("already_confirmed"));
        QCOMPARE(board(t).at(0)[QStringLiteral("score")].toDouble(), 1234.0);
    }

    void mismatchInvalidatesInEitherOrder_data()
    {
        QTest::addColumn<bool>("serverFirst");
        QTest::addColumn<QJsonObject>("word");
        QTest::newRow("end, then another score") << false << valid(999);
        QTest::newRow("end, then isValid false") << false << QJsonObject{{QStringLiteral("isValid"), false}};
        QTest::newRow("another score, then end") << true << valid(999);
        QTest::newRow("isValid false, then end") << true << QJsonObject{{QStringLiteral("isValid"), false}};
    }

    void mismatchInvalidatesInEitherOrder()
    {
        QFETCH(bool, serverFirst);
        QFETCH(QJsonObject, word);
        const QString t = tournament();
        const QString honest = roundOf(t);
        QCOMPARE(end(t, honest, plain(500)).status, 200);
        QCOMPARE(confirm(t, honest, valid(500)).status, 200);
        const QString cheat = roundOf(t);
        if (serverFirst) {
            QCOMPARE(confirm(t, cheat, word).status, 200);
            const HttpResult ended = end(t, cheat, plain(5000));
            QCOMPARE(ended.status, 200);
            QCOMPARE(ended.json().value(QStringLiteral("status")).toString(), QStringLiteral("invalidated"));
        } else {
            QCOMPARE(end(t, cheat, plain(5000)).status, 200);
            QCOMPARE(board(t).at(0)[QStringLiteral("score")].toDouble(), 5000.0);
            const HttpResult r = confirm(t, cheat, word);
            QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("invalidated"));
        }
        // Only the valid round counts; the mismatch is on record as a confirmed cheat.
        QCOMPARE(board(t).size(), 1);
        QCOMPARE(board(t).at(0)[QStringLiteral("score")].toDouble(), 500.0);
        const QJsonObject flag = m_server->get(QStringLiteral("/admin/v1/flags?type=server_mismatch")).json()[QStringLiteral("items")][0].toObject();
        QCOMPARE(flag.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed_cheat"));
        QCOMPARE(flag.value(QStringLiteral("playerId")).toString(), QStringLiteral("alice"));
        // Durable: the same after a restart.
        m_server->stop();
        QVERIFY(m_server->start());
        QCOMPARE(board(t).size(), 1);
        QCOMPARE(board(t).at(0)[QStringLiteral("score")].toDouble(), 500.0);
    }

    void confirmedFirstThenMatchingEnd()
    {
        const QString t = tournament();
        const QString round = roundOf(t);
        QCOMPARE(confirm(t, round, valid(77)).json().value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        const HttpResult r = end(t, round, plain(77));
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(board(t).at(0)[QStringLiteral("score")].toDouble(), 77.0);
    }

    void withRequiredConfirmationOnlyConfirmedRoundsCount()
    {
        const QString t = tournament({{QStringLiteral("requireServerConfirmation"), true}});
        const QString a = roundOf(t);
        QCOMPARE(end(t, a, plain(10)).status, 200);
        QCOMPARE(board(t).size(), 0);
        QCOMPARE(confirm(t, a, valid(10)).status, 200);
        QCOMPARE(board(t).size(), 1);
        const QString b = roundOf(t, QStringLiteral("bob"));
        QCOMPARE(end(t, b, plain(20), QStringLiteral("bob")).status, 200);
        QCOMPARE(confirm(t, b, valid(21)).json().value(QStringLiteral("status")).toString(), QStringLiteral("invalidated"));
        QCOMPARE(board(t).size(), 1);
        m_server->stop();
        QVERIFY(m_server->start());
        QCOMPARE(board(t).size(), 1);
    }

    void encryptedEndGame()
    {
        const QString t = tournament();
        const HttpResult key = m_server->request("POST", QStringLiteral("/admin/v1/games/%1/encryption-keys").arg(m_gameId), QByteArray());
        const QString keyId = key.json().value(QStringLiteral("keyId")).toString();
        const QByteArray keyBytes = QByteArray::fromBase64(key.json().value(QStringLiteral("key")).toString().toLatin1());

        QString round = roundOf(t);
        QCOMPARE(end(t, round, plain(10)).code(), QStringLiteral("encryption_required"));
        const QString payload = encryptEndGamePayload(keyBytes, crypto::randomBytes(12), 4321, round);
        HttpResult r = end(t, round, {{QStringLiteral("keyId"), keyId}, {QStringLiteral("payload"), payload}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("score")).toDouble(), 4321.0);

        // Encrypted for another round (the AAD), tampered, or under an unknown key: decrypt_failed and an alert.
        round = roundOf(t);
        const QString otherRound = roundOf(t);
        QByteArray tampered = QByteArray::fromBase64(encryptEndGamePayload(keyBytes, crypto::randomBytes(12), 1, round).toLatin1());
        tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
        const QList<QJsonObject> bad{
            {{QStringLiteral("keyId"), keyId}, {QStringLiteral("payload"), encryptEndGamePayload(keyBytes, crypto::randomBytes(12), 9999, otherRound)}},
            {{QStringLiteral("keyId"), keyId}, {QStringLiteral("payload"), QString::fromLatin1(tampered.toBase64())}},
            {{QStringLiteral("keyId"), QStringLiteral("00000000")}, {QStringLiteral("payload"), encryptEndGamePayload(keyBytes, crypto::randomBytes(12), 1, round)}},
            {{QStringLiteral("keyId"), keyId}, {QStringLiteral("payload"), QStringLiteral("not base64 at all!")}},
            {{QStringLiteral("keyId"), keyId}, {QStringLiteral("payload"), QString::fromLatin1(QByteArray(20, 'x').toBase64())}},
        };
        for (const QJsonObject &body : bad) {
            r = end(t, round, body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), QStringLiteral("decrypt_failed"));
        }
        const HttpResult profile = m_server->get(QStringLiteral("/admin/v1/games/%1/players/alice").arg(m_gameId));
        QCOMPARE(profile.json()[QStringLiteral("alerts")][0][QStringLiteral("reason")].toString(), QStringLiteral("payload_tamper"));

        // A revoked key no longer opens anything.
        QCOMPARE(m_server->request("DELETE", QStringLiteral("/admin/v1/games/%1/encryption-keys/%2").arg(m_gameId, keyId)).status, 204);
        m_server->request("POST", QStringLiteral("/admin/v1/games/%1/encryption-keys").arg(m_gameId), QByteArray());
        r = end(t, round, {{QStringLiteral("keyId"), keyId}, {QStringLiteral("payload"), encryptEndGamePayload(keyBytes, crypto::randomBytes(12), 5, round)}});
        QCOMPARE(r.code(), QStringLiteral("decrypt_failed"));
    }

    void windowAndAttempts()
    {
        const QString later = tournament({{QStringLiteral("startsAt"), at(kHour)}, {QStringLiteral("endsAt"), at(2 * kHour)}});
        QCOMPARE(start(later).code(), QStringLiteral("tournament_closed"));
        const QString limited = tournament({{QStringLiteral("maxAttempts"), 2}});
        QCOMPARE(start(limited).status, 201);
        QCOMPARE(start(limited).status, 201);
        QCOMPARE(start(limited).code(), QStringLiteral("attempts_exhausted"));
        QCOMPARE(start(limited, QStringLiteral("bob")).status, 201); // attempts are per player
        m_clock->advanceMs(kHour);
        m_sessions.clear(); // the hour-long sessions are over as well
        QCOMPARE(start(tournament()).status, 201);
        QCOMPARE(start(limited, QStringLiteral("carol")).code(), QStringLiteral("tournament_closed"));
    }

    void badInput()
    {
        const QString t = tournament();
        const QString other = tournament();
        const QString round = roundOf(t);
        QCOMPARE(end(other, round, plain(1)).code(), QStringLiteral("not_found"));                       // wrong tournament
        QCOMPARE(end(t, round, plain(1), QStringLiteral("mallory")).code(), QStringLiteral("not_found")); // another player's round
        QCOMPARE(end(t, QStringLiteral("0123456789abcdef01234567"), plain(1)).code(), QStringLiteral("not_found"));
        QCOMPARE(end(t, round, {{QStringLiteral("score"), QStringLiteral("12")}}).code(), QStringLiteral("invalid_body"));
        QCOMPARE(confirm(t, round, valid(1), "wrong-secret").code(), QStringLiteral("invalid_secret"));
        QCOMPARE(confirm(t, round, {{QStringLiteral("isValid"), true}}).code(), QStringLiteral("invalid_body"));
        QCOMPARE(confirm(t, QStringLiteral("0123456789abcdef01234567"), valid(1)).code(), QStringLiteral("not_found"));
        // A secret of another game does not confirm this game's rounds.
        const QString game2 = m_server->post(QStringLiteral("/admin/v1/games"), {{QStringLiteral("name"), QStringLiteral("G2")}}).json().value(QStringLiteral("id")).toString();
        const QByteArray secret2 = m_server->request("POST", QStringLiteral("/admin/v1/games/%1/secret").arg(game2), QByteArray()).json().value(QStringLiteral("secret")).toString().toUtf8();
        QCOMPARE(confirm(t, round, valid(1), secret2).code(), QStringLiteral("invalid_secret"));
        QCOMPARE(m_server->post(QStringLiteral("/admin/v1/games/%1/tournaments").arg(m_gameId),
                                {{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("startsAt"), at(0)}, {QStringLiteral("endsAt"), at(-1)}}).code(),
                 QStringLiteral("invalid_body"));
        QCOMPARE(m_server->request("POST", QStringLiteral("/tournaments/%1/rounds").arg(t), QByteArray(), {}).code(), QStringLiteral("invalid_session"));
    }
};

QTEST_GUILESS_MAIN(TestTournamentsApi)
#include "tst_tournamentsapi.moc"
