// Scores over real HTTP: boards, submissions through the detection pipeline, idempotent replays,
// the flag queue and its effects, and the live leaderboard reads.

#include "crypto/crypto.h"
#include "domain/ids.h"
#include "scores/scoreevents.h"
#include "support/testserver.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace arbiter;
using arbiter::test::HttpResult;
using arbiter::test::TestServer;

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
const QString kBuild = QString::fromLatin1(crypto::sha256Hex("build"));

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestScoresApi final : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<TestServer> m_server;
    QString m_gameId;
    QString m_boardId;
    QHash<QString, QString> m_sessions;

    QString createBoard(const QJsonObject &extra = {})
    {
        QJsonObject body{{QStringLiteral("name"), QStringLiteral("Main")}, {QStringLiteral("sortOrder"), QStringLiteral("desc")},
                         {QStringLiteral("operator"), QStringLiteral("best")}, {QStringLiteral("reset"), QStringLiteral("never")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const HttpResult r = m_server->post(QStringLiteral("/admin/v1/games/%1/boards").arg(m_gameId), body);
        return r.json().value(QStringLiteral("id")).toString();
    }

    QString session(const QString &player)
    {
        if (!m_sessions.contains(player))
            m_sessions.insert(player, m_server->login(m_gameId, player, kBuild));
        return m_sessions.value(player);
    }

    HttpResult submit(const QString &player, const QJsonObject &fields, const QString &board = QString(),
                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
    {
        QJsonObject body = fields;
        if (!body.contains(QStringLiteral("event_uuid")))
            body.insert(QStringLiteral("event_uuid"), uuid());
        QList<QPair<QByteArray, QByteArray>> headers{{"Authorization", "Bearer " + session(player).toUtf8()}};
        headers += extraHeaders;
        return m_server->request("POST", QStringLiteral("/v1/boards/%1/scores").arg(board.isEmpty() ? m_boardId : board),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    HttpResult score(const QString &player, double value, const QString &board = QString())
    {
        return submit(player, {{QStringLiteral("score"), value}}, board);
    }

    QJsonArray top(const QString &query = QString())
    {
        return m_server->get(QStringLiteral("/v1/boards/%1/entries%2").arg(m_boardId, query)).json().value(QStringLiteral("entries")).toArray();
    }

private slots:
    void init()
    {
        m_clock = std::make_shared<ManualClock>();
        m_server = std::make_unique<TestServer>(m_clock);
        QVERIFY(m_server->start());
        m_sessions.clear();
        m_gameId = m_server->post(QStringLiteral("/admin/v1/games"), {{QStringLiteral("name"), QStringLiteral("G")}})
                       .json().value(QStringLiteral("id")).toString();
        m_boardId = createBoard();
        QVERIFY(!m_boardId.isEmpty());
    }
    void cleanup() { m_server.reset(); }

    // The admin profile's tier is the one the rules use: earned (B after 10 accepted scores and a
    // day), not just what is stored for the player.
    void theProfileShowsTheEarnedTier()
    {
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(score(QStringLiteral("tina"), 100 + i).status, 201);
            m_clock->advanceMs(10 * kSecond);
        }
        const QString path = QStringLiteral("/admin/v1/games/%1/players/tina").arg(m_gameId);
        QCOMPARE(m_server->get(path).json().value(QStringLiteral("tier")).toString(), QStringLiteral("C"));
        m_clock->advanceMs(24 * 60 * kMinute);
        QCOMPARE(m_server->get(path).json().value(QStringLiteral("tier")).toString(), QStringLiteral("B"));
        QCOMPARE(m_server->get(path).json().value(QStringLiteral("tierSetByModerator")).toBool(), false);
    }

    void boardsAreCreatedListedAndVersioned()
    {
        const HttpResult list = m_server->get(QStringLiteral("/admin/v1/games/%1/boards").arg(m_gameId));
        QCOMPARE(list.json().value(QStringLiteral("items")).toArray().size(), 1);
        const QJsonObject board = list.json()[QStringLiteral("items")][0].toObject();
        QCOMPARE(board.value(QStringLiteral("ruleSetVersion")).toInt(), 1);
        const QString firstRuleSet = board.value(QStringLiteral("ruleSetId")).toString();

        QVERIFY(score(QStringLiteral("p1"), 10).status == 201);
        HttpResult patched = m_server->patch(QStringLiteral("/admin/v1/boards/") + m_boardId,
                                             {{QStringLiteral("scoring"), QJsonObject{{QStringLiteral("capPerSubmission"), 50}}}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().value(QStringLiteral("ruleSetVersion")).toInt(), 2);
        QVERIFY(patched.json().value(QStringLiteral("ruleSetId")).toString() != firstRuleSet);
        // The same scoring again is no new version.
        patched = m_server->patch(QStringLiteral("/admin/v1/boards/") + m_boardId,
                                  {{QStringLiteral("scoring"), QJsonObject{{QStringLiteral("capPerSubmission"), 50}}}});
        QCOMPARE(patched.json().value(QStringLiteral("ruleSetVersion")).toInt(), 2);
        QCOMPARE(m_server->patch(QStringLiteral("/admin/v1/boards/") + m_boardId, {{QStringLiteral("operator"), QStringLiteral("sum")}}).code(),
                 QStringLiteral("invalid_body"));
        // Capped from now on; history keeps its points.
        QCOMPARE(score(QStringLiteral("p2"), 70).json().value(QStringLiteral("points")).toDouble(), 50.0);
        QCOMPARE(top().at(0)[QStringLiteral("score")].toDouble(), 50.0);
        QCOMPARE(top().at(1)[QStringLiteral("score")].toDouble(), 10.0);
    }

    void acceptedScoresRankAndReplaysAreIdempotent()
    {
        const QString event = uuid();
        HttpResult first = submit(QStringLiteral("alice"), {{QStringLiteral("event_uuid"), event}, {QStringLiteral("score"), 1200}});
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(first.json().value(QStringLiteral("points")).toDouble(), 1200.0);
        QCOMPARE(first.json().value(QStringLiteral("rank")).toInt(), 1);
        QCOMPARE(first.json().value(QStringLiteral("flags")).toArray().size(), 0);

        m_clock->advanceMs(10 * kSecond);
        const HttpResult again = submit(QStringLiteral("alice"), {{QStringLiteral("event_uuid"), event}, {QStringLiteral("score"), 1200}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), first.json());
        const HttpResult conflict = submit(QStringLiteral("alice"), {{QStringLiteral("event_uuid"), event}, {QStringLiteral("score"), 9999}});
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.code(), QStringLiteral("event_conflict"));
        // The same event under another player is another body too.
        const HttpResult otherPlayer = submit(QStringLiteral("bob"), {{QStringLiteral("event_uuid"), event}, {QStringLiteral("score"), 1200}});
        QCOMPARE(otherPlayer.status, 409);
        QCOMPARE(otherPlayer.code(), QStringLiteral("event_conflict"));
        QCOMPARE(top().size(), 1);

        // Replays and conflicts survive a restart.
        m_server->stop();
        QVERIFY(m_server->start());
        QCOMPARE(submit(QStringLiteral("alice"), {{QStringLiteral("event_uuid"), event}, {QStringLiteral("score"), 1200}}).status, 200);
        QCOMPARE(submit(QStringLiteral("bob"), {{QStringLiteral("event_uuid"), event}, {QStringLiteral("score"), 1200}}).code(),
                 QStringLiteral("event_conflict"));
        QCOMPARE(top().size(), 1);
        QCOMPARE(top().at(0)[QStringLiteral("score")].toDouble(), 1200.0);
    }

    // capPerDay: a player's points per UTC day on the board; what is left, then 0; a new day
    // starts anew, and a restart during the day keeps what the day has given already.
    void dailyCapHoldsAcrossARestart()
    {
        constexpr qint64 kDay = 24 * 60 * kMinute;
        m_clock->advanceMs(kDay - m_clock->nowMs() % kDay + 60 * kMinute); // 01:00 UTC
        QCOMPARE(m_server->patch(QStringLiteral("/admin/v1/boards/") + m_boardId,
                                 {{QStringLiteral("scoring"), QJsonObject{{QStringLiteral("capPerDay"), 100}}}})
                     .status,
                 200);
        const auto pointsFor = [&](const QString &player, double value) {
            m_clock->advanceMs(30 * kSecond);
            const HttpResult r = score(player, value);
            return r.status == 201 ? r.json().value(QStringLiteral("points")).toDouble() : -r.status;
        };
        QCOMPARE(pointsFor(QStringLiteral("capped"), 60), 60.0);
        QCOMPARE(pointsFor(QStringLiteral("capped"), 70), 40.0);
        QCOMPARE(pointsFor(QStringLiteral("other"), 90), 90.0); // each player has a day of their own
        QCOMPARE(pointsFor(QStringLiteral("capped"), 10), 0.0);

        m_server->stop();
        QVERIFY(m_server->start());
        m_sessions.clear();
        QCOMPARE(pointsFor(QStringLiteral("capped"), 20), 0.0);
        QCOMPARE(pointsFor(QStringLiteral("other"), 20), 10.0);

        m_clock->advanceMs(kDay); // the next UTC day (and new sessions: the old ones expired)
        m_sessions.clear();
        QCOMPARE(pointsFor(QStringLiteral("capped"), 80), 80.0);
        QCOMPARE(pointsFor(QStringLiteral("capped"), 30), 20.0);
    }

    // A player's history is read along their own chain of submissions (there is no index by
    // player): newest first, nobody else's, and it goes on across a restart.
    void playerHistoryIsTheirOwnNewestFirstAcrossARestart()
    {
        QStringList alice, bob;
        const auto scoreFor = [&](const QString &player, QStringList &ids, double value) {
            const HttpResult r = score(player, value);
            QVERIFY2(r.status == 201 || r.status == 422, qPrintable(r.body));
            const QString id = r.json().value(QStringLiteral("id")).toString();
            if (!id.isEmpty())
                ids.prepend(id);
            m_clock->advanceMs(30 * kSecond);
        };
        const auto history = [&](const QString &player) {
            QStringList ids;
            const QJsonArray rows = m_server->get(QStringLiteral("/admin/v1/games/%1/players/%2").arg(m_gameId, player))
                                        .json().value(QStringLiteral("submissions")).toArray();
            for (const QJsonValue &row : rows)
                ids.append(row[QStringLiteral("id")].toString());
            return ids;
        };
        scoreFor(QStringLiteral("alice"), alice, 100);
        scoreFor(QStringLiteral("bob"), bob, 200);
        scoreFor(QStringLiteral("alice"), alice, 110);
        scoreFor(QStringLiteral("alice"), alice, 120);
        scoreFor(QStringLiteral("bob"), bob, 210);
        QCOMPARE(alice.size(), 3);
        QCOMPARE(history(QStringLiteral("alice")), alice);
        QCOMPARE(history(QStringLiteral("bob")), bob);

        m_server->stop();
        QVERIFY(m_server->start());
        m_sessions.clear();
        QCOMPARE(history(QStringLiteral("alice")), alice);
        scoreFor(QStringLiteral("alice"), alice, 130);
        QCOMPARE(alice.size(), 4);
        QCOMPARE(history(QStringLiteral("alice")), alice);
        QCOMPARE(history(QStringLiteral("bob")), bob);
    }

    void gameBackendsSubmitWithTheSecret()
    {
        const QString secret = m_server->request("POST", QStringLiteral("/admin/v1/games/%1/secret").arg(m_gameId), QByteArray())
                                   .json().value(QStringLiteral("secret")).toString();
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("event_uuid"), uuid()}, {QStringLiteral("score"), 5},
                                                          {QStringLiteral("player_id"), QStringLiteral("server-side")}}).toJson();
        HttpResult r = m_server->request("POST", QStringLiteral("/v1/boards/%1/scores").arg(m_boardId), body,
                                         {{"escs-game-secret-key", secret.toUtf8()}, {"X-Game-Id", m_gameId.toUtf8()}});
        QCOMPARE(r.status, 201);
        r = m_server->request("POST", QStringLiteral("/v1/boards/%1/scores").arg(m_boardId), body,
                              {{"escs-game-secret-key", "wrong"}, {"X-Game-Id", m_gameId.toUtf8()}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("invalid_secret"));
        r = m_server->request("GET", QStringLiteral("/v1/boards/%1/players/server-side").arg(m_boardId), {},
                              {{"escs-game-secret-key", secret.toUtf8()}, {"X-Game-Id", m_gameId.toUtf8()}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("rank")).toInt(), 1);
    }

    void velocityAndDuplicatesAreFlagged()
    {
        QCOMPARE(score(QStringLiteral("bob"), 100).json().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        m_clock->advanceMs(1990);
        HttpResult r = score(QStringLiteral("bob"), 200);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("flagged"));
        QCOMPARE(r.json()[QStringLiteral("flags")][0][QStringLiteral("type")].toString(), QStringLiteral("velocity"));
        // The whole answer: these fields and no others, each flag a type and a confidence.
        QCOMPARE(r.json().keys(), (QStringList{QStringLiteral("flags"), QStringLiteral("id"), QStringLiteral("points"),
                                               QStringLiteral("rank"), QStringLiteral("status")}));
        QCOMPARE(r.json()[QStringLiteral("points")].toDouble(), 200.0);
        QVERIFY(isObjectId(r.json()[QStringLiteral("id")].toString()));
        QCOMPARE(r.json()[QStringLiteral("flags")][0].toObject().keys(), (QStringList{QStringLiteral("confidence"), QStringLiteral("type")}));
        QVERIFY(QStringList({QStringLiteral("medium"), QStringLiteral("high")})
                    .contains(r.json()[QStringLiteral("flags")][0][QStringLiteral("confidence")].toString()));
        m_clock->advanceMs(2000);
        r = score(QStringLiteral("bob"), 100);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("flagged"));
        QCOMPARE(r.json()[QStringLiteral("flags")][0][QStringLiteral("type")].toString(), QStringLiteral("duplicate"));

        const HttpResult flags = m_server->get(QStringLiteral("/admin/v1/flags?gameId=%1&status=pending").arg(m_gameId));
        QCOMPARE(flags.json().value(QStringLiteral("items")).toArray().size(), 2);
        QVERIFY(flags.json().value(QStringLiteral("nextCursor")).isNull());
        const QJsonObject newest = flags.json()[QStringLiteral("items")][0].toObject();
        QCOMPARE(newest.value(QStringLiteral("type")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(newest.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(newest.value(QStringLiteral("boardId")).toString(), m_boardId);
        // Flagged scores stay visible while pending.
        QCOMPARE(top().at(0)[QStringLiteral("score")].toDouble(), 200.0);
        // Medium detections are alerts for the eye stages too.
        QCOMPARE(m_server->get(QStringLiteral("/api/status?game_id=%1&user_id=bob").arg(m_gameId)).json()
                     .value(QStringLiteral("alerts_in_streak")).toInt(), 2);
    }

    void confirmingACheatTakesTheScoreOffTheBoard()
    {
        QCOMPARE(score(QStringLiteral("carol"), 500).status, 201);
        m_clock->advanceMs(kMinute);
        QCOMPARE(score(QStringLiteral("dave"), 700).status, 201);
        m_clock->advanceMs(kMinute);
        const HttpResult cheat = score(QStringLiteral("carol"), 900);
        m_clock->advanceMs(500);
        const HttpResult fast = score(QStringLiteral("carol"), 950); // velocity → flagged
        QCOMPARE(fast.json().value(QStringLiteral("status")).toString(), QStringLiteral("flagged"));
        QCOMPARE(top().at(0)[QStringLiteral("playerId")].toString(), QStringLiteral("carol"));
        QCOMPARE(top().at(0)[QStringLiteral("score")].toDouble(), 950.0);
        // A restart in between: the boards rebuilt from the stored rows still find the submission.
        m_server->stop();
        QVERIFY(m_server->start());
        m_sessions.clear();

        const QString flagId = m_server->get(QStringLiteral("/admin/v1/flags?playerId=carol")).json()[QStringLiteral("items")][0][QStringLiteral("id")].toString();
        HttpResult resolved = m_server->post(QStringLiteral("/admin/v1/flags/%1/resolve").arg(flagId),
                                             {{QStringLiteral("status"), QStringLiteral("confirmed_cheat")}, {QStringLiteral("note"), QStringLiteral("speed hack")}});
        QCOMPARE(resolved.status, 200);
        QCOMPARE(resolved.json().value(QStringLiteral("status")).toString(), QStringLiteral("confirmed_cheat"));
        QVERIFY(!resolved.json().value(QStringLiteral("resolvedAt")).isNull());
        QCOMPARE(resolved.json().value(QStringLiteral("note")).toString(), QStringLiteral("speed hack"));
        // Carol falls back to her next best valid score.
        QCOMPARE(top().at(0)[QStringLiteral("playerId")].toString(), QStringLiteral("carol"));
        QCOMPARE(top().at(0)[QStringLiteral("score")].toDouble(), 900.0);
        Q_UNUSED(cheat);

        const HttpResult twice = m_server->post(QStringLiteral("/admin/v1/flags/%1/resolve").arg(flagId),
                                                {{QStringLiteral("status"), QStringLiteral("dismissed")}});
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.code(), QStringLiteral("already_resolved"));

        const HttpResult stats = m_server->get(QStringLiteral("/admin/v1/flags/stats?gameId=") + m_gameId);
        const QJsonObject velocity = stats.json()[QStringLiteral("rules")][0].toObject();
        QCOMPARE(velocity.value(QStringLiteral("type")).toString(), QStringLiteral("velocity"));
        QCOMPARE(velocity.value(QStringLiteral("confirmedCheat")).toInt(), 1);
        QCOMPARE(velocity.value(QStringLiteral("falsePositiveRate")).toDouble(), 0.0);

        // The removal is durable.
        m_server->stop();
        QVERIFY(m_server->start());
        QCOMPARE(top().at(0)[QStringLiteral("score")].toDouble(), 900.0);
    }

    void impossibleValuesAreRejected()
    {
        const QString board = createBoard({{QStringLiteral("name"), QStringLiteral("Capped")}, {QStringLiteral("maxPlausible"), 1000}});
        QCOMPARE(score(QStringLiteral("erin"), 1000, board).status, 201);
        m_clock->advanceMs(kMinute);
        const HttpResult r = score(QStringLiteral("erin"), 1000.5, board);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QStringLiteral("rejected"));
        QCOMPARE(r.json()[QStringLiteral("flags")][0][QStringLiteral("type")].toString(), QStringLiteral("impossible_value"));
        QCOMPARE(m_server->get(QStringLiteral("/v1/boards/%1/players/erin").arg(board)).json().value(QStringLiteral("score")).toDouble(), 1000.0);
    }

    void theRateLimitIsASlidingWindow()
    {
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(score(QStringLiteral("frank"), 1000 + i * 7).status, 201);
            m_clock->advanceMs(2 * kMinute + 1);
        }
        // 20 in the last 40 minutes: the 21st is refused and told when to come back.
        HttpResult r = score(QStringLiteral("frank"), 5000);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.code(), QStringLiteral("rate_limited"));
        QVERIFY(r.header("Retry-After").toInt() >= 1);
        m_clock->advanceMs(20 * kMinute); // the first one falls out of the hour
        m_sessions.remove(QStringLiteral("frank")); // the session itself has expired by now: log in again
        QCOMPARE(score(QStringLiteral("frank"), 5001).status, 201);
    }

    void testModeStaysOffTheBoards()
    {
        HttpResult r = submit(QStringLiteral("gina"), {{QStringLiteral("score"), 50}}, QString(), {{"X-Test-Mode", "1"}});
        QCOMPARE(r.status, 201);
        QVERIFY(r.json().value(QStringLiteral("rank")).isNull());
        QCOMPARE(top().size(), 0);
        m_server->patch(QStringLiteral("/admin/v1/games/") + m_gameId, {{QStringLiteral("testMode"), true}});
        QCOMPARE(score(QStringLiteral("gina"), 60).status, 201);
        QCOMPARE(top().size(), 0);
    }

    void logMultiplierBoardsScoreWinsOverBets()
    {
        const QString board = createBoard({{QStringLiteral("name"), QStringLiteral("Casino")}, {QStringLiteral("operator"), QStringLiteral("sum")},
                                           {QStringLiteral("scoring"), QJsonObject{{QStringLiteral("formula"), QStringLiteral("log_multiplier")}}}});
        HttpResult r = submit(QStringLiteral("hank"), {{QStringLiteral("bet"), 10}, {QStringLiteral("win"), 30}}, board);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(QStringLiteral("points")).toDouble(), 200.0); // round(100 · log2(3 + 1))
        m_clock->advanceMs(kMinute);
        r = submit(QStringLiteral("hank"), {{QStringLiteral("bet"), 10}, {QStringLiteral("win"), 10}, {QStringLiteral("bonus"), true}}, board);
        QCOMPARE(r.json().value(QStringLiteral("points")).toDouble(), 50.0); // 100 · 0.5
        QCOMPARE(m_server->get(QStringLiteral("/v1/boards/%1/players/hank").arg(board)).json().value(QStringLiteral("score")).toDouble(), 250.0);
        QCOMPARE(submit(QStringLiteral("hank"), {{QStringLiteral("bet"), 0}, {QStringLiteral("win"), 10}}, board).code(), QStringLiteral("invalid_body"));
    }

    void readsAroundAPlayerAndPeriods()
    {
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(score(QStringLiteral("p%1").arg(i), 100 + i).status, 201);
            m_clock->advanceMs(kSecond);
        }
        const HttpResult page = m_server->get(QStringLiteral("/v1/boards/%1/entries?limit=5&offset=2").arg(m_boardId));
        QCOMPARE(page.json().value(QStringLiteral("total")).toInt(), 12);
        QCOMPARE(page.json().value(QStringLiteral("period")).toString(), QStringLiteral("all"));
        QCOMPARE(page.json()[QStringLiteral("entries")][0][QStringLiteral("rank")].toInt(), 3);
        QCOMPARE(page.json()[QStringLiteral("entries")][0][QStringLiteral("playerId")].toString(), QStringLiteral("p9"));
        const HttpResult around = m_server->get(QStringLiteral("/v1/boards/%1/entries/around/p5?radius=2").arg(m_boardId));
        QCOMPARE(around.json().value(QStringLiteral("entries")).toArray().size(), 5);
        QCOMPARE(around.json()[QStringLiteral("entries")][2][QStringLiteral("playerId")].toString(), QStringLiteral("p5"));
        QCOMPARE(m_server->get(QStringLiteral("/v1/boards/%1/players/nobody").arg(m_boardId)).code(), QStringLiteral("not_ranked"));

        const QString daily = createBoard({{QStringLiteral("name"), QStringLiteral("Daily")}, {QStringLiteral("reset"), QStringLiteral("daily")}});
        QCOMPARE(score(QStringLiteral("q"), 10, daily).status, 201);
        const QString today = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs(), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
        m_clock->advanceMs(24 * 60 * kMinute);
        QCOMPARE(m_server->get(QStringLiteral("/v1/boards/%1/entries").arg(daily)).json().value(QStringLiteral("total")).toInt(), 0);
        QCOMPARE(m_server->get(QStringLiteral("/v1/boards/%1/entries?period=%2").arg(daily, today)).json().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(m_server->get(QStringLiteral("/v1/boards/%1/entries?period=all").arg(daily)).json().value(QStringLiteral("total")).toInt(), 1);
    }

    void bannedPlayersAreHidden()
    {
        QCOMPARE(score(QStringLiteral("ivan"), 999).status, 201);
        QCOMPARE(score(QStringLiteral("judy"), 10).status, 201);
        const HttpResult ban = m_server->post(QStringLiteral("/admin/v1/bans"), {{QStringLiteral("gameId"), m_gameId},
                                                                                  {QStringLiteral("playerId"), QStringLiteral("ivan")},
                                                                                  {QStringLiteral("reasons"), QJsonArray{}}});
        QCOMPARE(ban.status, 201);
        QCOMPARE(top().size(), 1);
        QCOMPARE(score(QStringLiteral("ivan"), 5).code(), QStringLiteral("banned"));
        QCOMPARE(m_server->post(QStringLiteral("/admin/v1/bans/%1/lift").arg(ban.json().value(QStringLiteral("id")).toString()),
                                {{QStringLiteral("restoreScores"), true}}).status, 200);
        QCOMPARE(top().size(), 2);
        QCOMPARE(top().at(0)[QStringLiteral("playerId")].toString(), QStringLiteral("ivan"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("board");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QByteArray id = "\"event_uuid\":\"" + uuid().toLatin1() + "\"";
        QTest::newRow("score not finite") << QByteArray("{" + id + ",\"score\":1e999}") << "" << 400 << "invalid_json" << "";
        QTest::newRow("huge score") << QByteArray("{" + id + ",\"score\":1e300}") << "" << 400 << "invalid_body" << "score";
        QTest::newRow("score a string") << QByteArray("{" + id + ",\"score\":\"12\"}") << "" << 400 << "invalid_body" << "score";
        QTest::newRow("no event_uuid") << QByteArray("{\"score\":1}") << "" << 400 << "invalid_body" << "event_uuid";
        QTest::newRow("malformed uuid") << QByteArray("{\"event_uuid\":\"not-a-uuid\",\"score\":1}") << "" << 400 << "invalid_body" << "event_uuid";
        QTest::newRow("no score") << QByteArray("{" + id + "}") << "" << 400 << "invalid_body" << "score";
        QTest::newRow("metadata over 4 KiB") << QByteArray("{" + id + ",\"score\":1,\"metadata\":{\"x\":\"" + QByteArray(4100, 'm') + "\"}}") << "" << 400 << "invalid_body" << "metadata";
        QTest::newRow("bonus not bool") << QByteArray("{" + id + ",\"score\":1,\"bonus\":1}") << "" << 400 << "invalid_body" << "bonus";
        QTest::newRow("no such board") << QByteArray("{" + id + ",\"score\":1}") << "nope" << 404 << "not_found" << "";
        QTest::newRow("board of another game") << QByteArray("{" + id + ",\"score\":1}") << "other" << 404 << "not_found" << "";
    }

    void badInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, board);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QString target = board.isEmpty() ? m_boardId : board;
        if (board == QLatin1String("other")) {
            const QString otherGame = m_server->post(QStringLiteral("/admin/v1/games"), {{QStringLiteral("name"), QStringLiteral("Other")}})
                                          .json().value(QStringLiteral("id")).toString();
            target = m_server->post(QStringLiteral("/admin/v1/games/%1/boards").arg(otherGame), {{QStringLiteral("name"), QStringLiteral("B")}})
                         .json().value(QStringLiteral("id")).toString();
        }
        const HttpResult r = m_server->request("POST", QStringLiteral("/v1/boards/%1/scores").arg(target), body,
                                               {{"Authorization", "Bearer " + session(QStringLiteral("mallory")).toUtf8()}});
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        if (!field.isEmpty())
            QCOMPARE(r.json()[QStringLiteral("errors")][0][QStringLiteral("field")].toString(), field);
        QCOMPARE(top().size(), 0);
    }

    void badQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("limit -1") << QStringLiteral("?limit=-1");
        QTest::newRow("limit 0") << QStringLiteral("?limit=0");
        QTest::newRow("limit 100000") << QStringLiteral("?limit=100000");
        QTest::newRow("period nothing") << QStringLiteral("?period=yesterday");
        QTest::newRow("period of another schedule") << QStringLiteral("?period=2026-11-22");
    }

    void badQueries()
    {
        QFETCH(QString, query);
        const HttpResult r = m_server->get(QStringLiteral("/v1/boards/%1/entries%2").arg(m_boardId, query));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("invalid_query"));
    }

    void eventsArePublishedInCoalescedBatches()
    {
        QList<ScoreEventBatch> batches;
        connect(m_server->engine().scoreEvents(), &ScoreEvents::batch, this,
                [&batches](const ScoreEventBatch &batch) { batches.append(batch); }, Qt::QueuedConnection);
        QCOMPARE(score(QStringLiteral("ev1"), 10).status, 201);
        QCOMPARE(score(QStringLiteral("ev2"), 20).status, 201);
        m_clock->advanceMs(500);
        QCOMPARE(score(QStringLiteral("ev1"), 30).json().value(QStringLiteral("status")).toString(), QStringLiteral("flagged"));
        int accepted = 0, flagged = 0;
        QTRY_VERIFY([&] {
            accepted = flagged = 0;
            for (const ScoreEventBatch &b : batches) {
                accepted += b.accepted;
                flagged += b.flagged;
            }
            return accepted + flagged == 3;
        }());
        QCOMPARE(accepted, 2);
        QCOMPARE(flagged, 1);
        QVERIFY(batches.size() <= 3); // coalesced, not one signal per event
        QVERIFY(std::any_of(batches.cbegin(), batches.cend(), [&](const ScoreEventBatch &b) { return b.boardsChanged.contains(m_boardId); }));
        QVERIFY(std::any_of(batches.cbegin(), batches.cend(), [](const ScoreEventBatch &b) { return !b.flagIds.isEmpty(); }));
    }

    void flagListsPageWithACursor()
    {
        for (int i = 0; i < 5; ++i) {
            score(QStringLiteral("pager"), 100 + i);
            m_clock->advanceMs(kSecond); // velocity → a flag each time after the first
        }
        QSet<QString> seen;
        QString cursor;
        int pages = 0;
        do {
            const HttpResult page = m_server->get(QStringLiteral("/admin/v1/flags?limit=2%1").arg(cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor));
            QCOMPARE(page.status, 200);
            for (const QJsonValue &f : page.json().value(QStringLiteral("items")).toArray())
                seen.insert(f[QStringLiteral("id")].toString());
            cursor = page.json().value(QStringLiteral("nextCursor")).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(seen.size(), 4);
        QCOMPARE(pages, 2);
        QCOMPARE(m_server->get(QStringLiteral("/admin/v1/flags?cursor=%%%")).code(), QStringLiteral("invalid_query"));
    }
};

QTEST_GUILESS_MAIN(TestScoresApi)
#include "tst_scoresapi.moc"
