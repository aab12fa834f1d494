// tst_outbox: the webhook outbox rows, the Discord message format, the retry policy, and the
// deliverer against a real HTTP receiver on loopback over a real Writer and SQLite file.

#include "outbox/banreport.h"
#include "outbox/deliverypolicy.h"
#include "outbox/webhookdeliverer.h"
#include "outbox/webhookoutbox.h"
#include "storage/database.h"
#include "storage/writer.h"
#include "util/clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <optional>

using namespace arbiter;

namespace {

// A tiny HTTP/1.1 webhook receiver: one request per connection, answered from a script.
class Receiver final {
public:
    struct Answer {
        int status = 204;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool hang = false; // read the request, never answer
        int delayMs = 0;
    };
    struct Request {
        QByteArray method;
        QByteArray path;
        QByteArray contentType;
        QByteArray body;
    };

    Receiver()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] { accept(); });
    }
    ~Receiver() { close(); }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets))
            if (socket)
                socket->abort();
        m_sockets.clear();
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/hook")) const { return urlFor(port(), path); }
    static QString urlFor(quint16 port, const QString &path = QStringLiteral("/hook"))
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path);
    }

    void script(QList<Answer> answers) { m_script = std::move(answers); }
    void setFallback(Answer answer) { m_fallback = std::move(answer); }

    QList<Request> requests;
    int pending = 0; // requests read and not yet answered (hung ones stay)
    int maxPending = 0;

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_sockets.append(socket);
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                Request request;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> start = lines.value(0).trimmed().split(' ');
                request.method = start.value(0);
                request.path = start.value(1);
                qsizetype length = 0;
                for (const QByteArray &line : lines.mid(1)) {
                    const qsizetype colon = line.indexOf(':');
                    const QByteArray name = line.left(colon).trimmed().toLower();
                    const QByteArray value = line.mid(colon + 1).trimmed();
                    if (name == "content-length")
                        length = value.toLongLong();
                    else if (name == "content-type")
                        request.contentType = value;
                }
                if (buffer->size() < end + 4 + length)
                    return;
                request.body = buffer->mid(end + 4, length);
                buffer->clear();
                requests.append(request);
                answer(socket, m_script.isEmpty() ? m_fallback : m_script.takeFirst());
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void answer(QTcpSocket *socket, const Answer &answer)
    {
        maxPending = std::max(maxPending, ++pending);
        if (answer.hang)
            return;
        auto reply = [this, socket = QPointer<QTcpSocket>(socket), answer] {
            --pending;
            if (!socket)
                return;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\nContent-Length: "
                + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n";
            for (const auto &[name, value] : answer.headers)
                head += name + ": " + value + "\r\n";
            socket->write(head + "\r\n" + answer.body);
            socket->disconnectFromHost();
        };
        if (answer.delayMs > 0)
            QTimer::singleShot(answer.delayMs, socket, reply);
        else
            reply();
    }

    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QList<Answer> m_script;
    Answer m_fallback;
};

constexpr qint64 kStartMs = 1795335600000; // 2026-11-22T08:20:00Z

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again on return: connecting to it is refused
}

DeliveryPolicy testPolicy()
{
    DeliveryPolicy policy;
    policy.baseBackoffMs = 700;
    policy.maxBackoffMs = 60000;
    policy.jitter = 0; // the expected delays below are exact
    policy.requestTimeoutMs = 300;
    policy.maxAttempts = 12;
    return policy;
}

BanReport sampleReport(const QString &banId = QStringLiteral("0123456789abcdef01234567"))
{
    return BanReport{banId, QStringLiteral("a409C-4091-Df76"), QStringLiteral("ABC-1299-XYZ"),
        QStringLiteral("192.168.1.10"),
        1756394640000, // 2025-08-28T15:24:00Z
        {QStringLiteral("Rig movement Inhuman"), QStringLiteral("Device ID failed auth")}};
}

// A real Writer over a temporary SQLite file, a frozen clock, and a deliverer to start.
class Harness final {
public:
    explicit Harness(DeliveryPolicy policy = testPolicy(), QString path = {})
        : m_policy(policy)
        , m_path(path.isEmpty() ? m_dir.filePath(QStringLiteral("arbiter.sqlite")) : std::move(path))
    {
        clock.setMs(kStartMs);
        openWriter();
    }
    ~Harness()
    {
        deliverer.reset();
        writer.reset();
    }

    bool openWriter()
    {
        writer = std::make_unique<Writer>(m_path);
        return writer->start().ok();
    }
    void startDeliverer()
    {
        deliverer = std::make_unique<WebhookDeliverer>(*writer, clock, m_policy);
        deliverer->start();
    }
    // A process restart: everything goes away but the file.
    void restart()
    {
        deliverer.reset();
        writer.reset();
        QVERIFY(openWriter());
        startDeliverer();
    }

    qint64 enqueue(const QString &url, const QByteArray &payload, const QString &banId = QStringLiteral("ban-1"))
    {
        qint64 id = -1;
        const Status status = writer->runSync([&](QSqlDatabase &db) -> Status {
            Result<qint64> added = WebhookOutbox::enqueue(
                db, QStringLiteral("game-1"), banId, WebhookOutbox::kindBanReport(), url, payload, clock.nowMs());
            if (!added)
                return added.error();
            id = *added;
            return success();
        });
        return status ? id : -1;
    }

    WebhookDelivery row(qint64 id)
    {
        WebhookDelivery found;
        (void)writer->runSync([&](QSqlDatabase &db) -> Status {
            Result<QList<WebhookDelivery>> rows = WebhookOutbox::list(db, {}, 1000);
            if (!rows)
                return rows.error();
            for (const WebhookDelivery &row : *rows)
                if (row.id == id)
                    found = row;
            return success();
        });
        return found;
    }

    bool waitForAttempts(qint64 id, int attempts, int timeoutMs = 3000)
    {
        return QTest::qWaitFor([&] { return row(id).attempts >= attempts; }, timeoutMs);
    }
    bool waitForState(qint64 id, const QString &state, int timeoutMs = 3000)
    {
        return QTest::qWaitFor([&] { return row(id).state == state; }, timeoutMs);
    }

    QString path() const { return m_path; }

    ManualClock clock;
    std::unique_ptr<Writer> writer;
    std::unique_ptr<WebhookDeliverer> deliverer;

private:
    QTemporaryDir m_dir;
    DeliveryPolicy m_policy;
    QString m_path;
};

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "invalid JSON:" << error.errorString();
    return document.object();
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QJsonArray fieldsOf(const QByteArray &message)
{
    return parse(message)
        .value(QStringLiteral("embeds"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("fields"))
        .toArray();
}

QString fieldValue(const QByteArray &message, const QString &name)
{
    for (const QJsonValue &field : fieldsOf(message))
        if (field.toObject().value(QStringLiteral("name")).toString() == name)
            return field.toObject().value(QStringLiteral("value")).toString();
    return QStringLiteral("<missing>");
}

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false; // a file that does not exist holds nothing
    return file.readAll().contains(needle);
}

QByteArray httpDate(qint64 ms)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

class TestOutbox final : public QObject {
    Q_OBJECT

private slots:
    void messageShape();
    void mentionsAreInert();
    void truncation_data();
    void truncation();
    void emptyFieldsBecomeDash();
    void testMessageShape();

    void backoff_data();
    void backoff();
    void retryAfter_data();
    void retryAfter();

    void outboxRows();

    void statusRows_data();
    void statusRows();
    void backoffGrowsThenGivesUp();
    void payloadDeletedFromDisk();
    void receiverDownThenUp();
    void survivesRestartMidRetry();
    void survivesRestartMidRequest();
    void oneRequestPerWebhookInOrder();
    void fewRequestsInFlight();
    void refusesNonLoopbackHttp();
};

// ---- message format ----

void TestOutbox::messageShape()
{
    const QByteArray message = banReportMessage(sampleReport());
    const QJsonObject root = parse(message);
    QCOMPARE(keysOf(root), (QStringList{"allowed_mentions", "content", "embeds", "username"}));
    QCOMPARE(root.value("username").toString(), QStringLiteral("Arbiter"));
    QCOMPARE(root.value("content").toString(), QStringLiteral("Ban executed: a409C-4091-Df76"));
    QCOMPARE(root.value("allowed_mentions").toObject(), (QJsonObject{{"parse", QJsonArray()}}));

    const QJsonArray embeds = root.value("embeds").toArray();
    QCOMPARE(embeds.size(), 1);
    const QJsonObject embed = embeds.at(0).toObject();
    QCOMPARE(keysOf(embed), (QStringList{"fields", "footer", "title"}));
    QCOMPARE(embed.value("title").toString(), QStringLiteral("Ban"));
    QCOMPARE(embed.value("footer").toObject().value("text").toString(), QStringLiteral("ban 0123456789abcdef01234567"));

    const QJsonArray fields = embed.value("fields").toArray();
    QStringList names;
    for (const QJsonValue &field : fields) {
        QCOMPARE(keysOf(field.toObject()), (QStringList{"inline", "name", "value"}));
        names.append(field.toObject().value("name").toString());
    }
    QCOMPARE(names, (QStringList{"user_id", "device_id", "ip_address", "timestamp", "alert_reasons"}));
    QCOMPARE(fieldValue(message, "user_id"), QStringLiteral("a409C-4091-Df76"));
    QCOMPARE(fieldValue(message, "device_id"), QStringLiteral("ABC-1299-XYZ"));
    QCOMPARE(fieldValue(message, "ip_address"), QStringLiteral("192.168.1.10"));
    QCOMPARE(fieldValue(message, "timestamp"), QStringLiteral("2025-08-28T15:24:00.000Z"));
    QCOMPARE(fieldValue(message, "alert_reasons"), QStringLiteral("Rig movement Inhuman, Device ID failed auth"));
}

void TestOutbox::mentionsAreInert()
{
    BanReport report = sampleReport();
    report.userId = QStringLiteral("@everyone");
    report.deviceId = QStringLiteral("<@&123456789>");
    const QByteArray message = banReportMessage(report);
    const QJsonObject root = parse(message);
    // The text stays as it is; allowed_mentions with an empty parse list is what disarms it.
    QCOMPARE(root.value("content").toString(), QStringLiteral("Ban executed: @everyone"));
    QCOMPARE(fieldValue(message, "user_id"), QStringLiteral("@everyone"));
    QCOMPARE(fieldValue(message, "device_id"), QStringLiteral("<@&123456789>"));
    QVERIFY(root.value("allowed_mentions").toObject().value("parse").isArray());
    QVERIFY(root.value("allowed_mentions").toObject().value("parse").toArray().isEmpty());
    QCOMPARE(root.value("allowed_mentions").toObject().keys(), QStringList{"parse"});
}

void TestOutbox::truncation_data()
{
    QTest::addColumn<QString>("part"); // which part of the message carries the long text
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expectedLength");
    QTest::addColumn<bool>("cut");

    const int prefix = QStringLiteral("Ban executed: ").size();
    QTest::newRow("content at 2000") << "content" << QString(2000 - prefix, 'u') << 2000 << false;
    QTest::newRow("content at 2001") << "content" << QString(2001 - prefix, 'u') << 2000 << true;
    QTest::newRow("content far over") << "content" << QString(9000, 'u') << 2000 << true;
    QTest::newRow("field at 1024") << "device_id" << QString(1024, 'd') << 1024 << false;
    QTest::newRow("field at 1025") << "device_id" << QString(1025, 'd') << 1024 << true;
    QTest::newRow("reasons over") << "alert_reasons" << QString(3000, 'r') << 1024 << true;
    // A surrogate pair straddling the cut is dropped whole, never split.
    QTest::newRow("surrogate at cut") << "device_id"
                                      << QString(1022, 'd') + QString::fromUtf8("\xF0\x9F\x98\x80") + "xx" << 1023
                                      << true;
}

void TestOutbox::truncation()
{
    QFETCH(QString, part);
    QFETCH(QString, text);
    QFETCH(int, expectedLength);
    QFETCH(bool, cut);

    BanReport report = sampleReport();
    if (part == "content")
        report.userId = text;
    else if (part == "device_id")
        report.deviceId = text;
    else
        report.alertReasons = {text};
    const QByteArray message = banReportMessage(report);
    const QString value = part == "content" ? parse(message).value("content").toString() : fieldValue(message, part);
    QCOMPARE(value.size(), expectedLength);
    QCOMPARE(value.endsWith(QChar(0x2026)), cut);
    QVERIFY(!value.at(value.size() - 1).isHighSurrogate());
    QVERIFY(!value.at(value.size() - 2).isHighSurrogate() || value.at(value.size() - 1).isLowSurrogate());
    if (part == "content") // the user_id field of the same message is capped at its own limit
        QVERIFY(fieldValue(message, "user_id").size() <= kDiscordFieldValueLimit);
    // Every field of the report, whatever happened, stays within Discord's limit.
    for (const QJsonValue &field : fieldsOf(message))
        QVERIFY(field.toObject().value("value").toString().size() <= kDiscordFieldValueLimit);
    QVERIFY(parse(message)
                .value("embeds")
                .toArray()
                .at(0)
                .toObject()
                .value("footer")
                .toObject()
                .value("text")
                .toString()
                .contains(report.banId));
}

void TestOutbox::emptyFieldsBecomeDash()
{
    BanReport report = sampleReport();
    report.deviceId.clear();
    report.ipAddress = QStringLiteral("   ");
    report.alertReasons.clear();
    const QByteArray message = banReportMessage(report);
    QCOMPARE(fieldValue(message, "device_id"), QString(QChar(0x2014)));
    QCOMPARE(fieldValue(message, "ip_address"), QString(QChar(0x2014)));
    QCOMPARE(fieldValue(message, "alert_reasons"), QString(QChar(0x2014)));
}

void TestOutbox::testMessageShape()
{
    const QByteArray message = testMessage(QStringLiteral("Space @everyone Race"), kStartMs);
    const QJsonObject root = parse(message);
    QCOMPARE(keysOf(root), (QStringList{"allowed_mentions", "content", "embeds", "username"}));
    QVERIFY(root.value("allowed_mentions").toObject().value("parse").toArray().isEmpty());
    QVERIFY(root.value("content").toString().contains(QStringLiteral("Space @everyone Race")));
    QCOMPARE(fieldValue(message, "game"), QStringLiteral("Space @everyone Race"));
    QCOMPARE(fieldValue(message, "timestamp"), QStringLiteral("2026-11-22T08:20:00.000Z"));
    QCOMPARE(parse(testMessage(QString(5000, 'g'), 0)).value("content").toString().size(), 2000);
}

// ---- policy ----

void TestOutbox::backoff_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");
    // base 2000, max 3600000, jitter 0.2: random 0.5 is no jitter, 0 is -20 %, 1 is +20 %.
    QTest::newRow("first") << 1 << 0.5 << qint64(2000);
    QTest::newRow("second") << 2 << 0.5 << qint64(4000);
    QTest::newRow("fifth") << 5 << 0.5 << qint64(32000);
    QTest::newRow("capped") << 12 << 0.5 << qint64(3600000);
    QTest::newRow("huge exponent") << 500 << 0.5 << qint64(3600000);
    QTest::newRow("jitter low") << 1 << 0.0 << qint64(1600);
    QTest::newRow("jitter high") << 1 << 1.0 << qint64(2400);
    QTest::newRow("jitter on cap") << 20 << 1.0 << qint64(4320000);
}

void TestOutbox::backoff()
{
    QFETCH(int, attempts);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    QCOMPARE(backoffMs(DeliveryPolicy{}, attempts, random), expected);
}

void TestOutbox::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("expected"); // -1: none usable

    const qint64 now = kStartMs;
    QTest::newRow("seconds") << QByteArray("1") << QByteArray() << qint64(1000);
    QTest::newRow("seconds padded") << QByteArray(" 120 ") << QByteArray() << qint64(120000);
    QTest::newRow("fractional header") << QByteArray("0.25") << QByteArray() << qint64(250);
    QTest::newRow("http-date") << httpDate(now + 7000) << QByteArray() << qint64(7000);
    QTest::newRow("http-date past") << httpDate(now - 7000) << QByteArray() << qint64(0);
    QTest::newRow("discord body") << QByteArray()
                                  << QByteArray("{\"message\":\"You are being rate limited.\","
                                                "\"retry_after\":0.2,\"global\":false}")
                                  << qint64(200);
    QTest::newRow("header wins") << QByteArray("3") << QByteArray("{\"retry_after\":0.2}") << qint64(3000);
    QTest::newRow("garbage header, body") << QByteArray("soon") << QByteArray("{\"retry_after\":2}") << qint64(2000);
    QTest::newRow("negative") << QByteArray("-5") << QByteArray() << qint64(-1);
    QTest::newRow("nothing") << QByteArray() << QByteArray("not json") << qint64(-1);
    QTest::newRow("absurd") << QByteArray("99999999") << QByteArray() << qint64(24LL * 3600 * 1000);
}

void TestOutbox::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(qint64, expected);
    const std::optional<qint64> ms = retryAfterMs(header, body, kStartMs);
    QCOMPARE(ms.value_or(-1), expected);
}

// ---- rows ----

void TestOutbox::outboxRows()
{
    Harness h;
    const qint64 t0 = h.clock.nowMs();
    const QString url = QStringLiteral("https://discord.com/api/webhooks/123/secret-token");
    qint64 first = h.enqueue(url, "{\"a\":1}", QStringLiteral("ban-a"));
    h.clock.advanceMs(10);
    qint64 second = h.enqueue(url, "{\"b\":2}", QStringLiteral("ban-b"));
    QVERIFY(first > 0 && second > first);

    const Status checked = h.writer->runSync([&](QSqlDatabase &db) -> Status {
        Result<QList<WebhookDelivery>> listed = WebhookOutbox::list(db, {}, 10);
        if (!listed || listed->size() != 2 || listed->at(0).id != second) // newest first
            return Error::make(500, "list");
        if (!WebhookOutbox::list(db, QStringLiteral("other-game"), 10)->isEmpty())
            return Error::make(500, "list by game");
        Result<QList<WebhookDelivery>> due = WebhookOutbox::due(db, t0, 10);
        if (!due || due->size() != 1 || due->at(0).id != first)
            return Error::make(500, "due");
        if (WebhookOutbox::nextDueAt(db).value() != std::optional<qint64>(t0))
            return Error::make(500, "nextDueAt");
        if (WebhookOutbox::nextDueAfter(db, t0).value() != std::optional<qint64>(t0 + 10))
            return Error::make(500, "nextDueAfter");
        if (WebhookOutbox::payload(db, first).value() != "{\"a\":1}")
            return Error::make(500, "payload");

        if (!WebhookOutbox::markRetry(db, first, 1, 500, QStringLiteral("HTTP 500"), t0 + 5000))
            return Error::make(500, "markRetry");
        if (WebhookOutbox::due(db, t0 + 10, 10)->size() != 1) // only the second is due now
            return Error::make(500, "due after retry");
        if (!WebhookOutbox::markFailed(db, second, 3, 404, QStringLiteral("HTTP 404")))
            return Error::make(500, "markFailed");
        if (WebhookOutbox::nextDueAt(db).value() != std::optional<qint64>(t0 + 5000))
            return Error::make(500, "nextDueAt after failure");
        std::optional<WebhookDelivery> ofBan = WebhookOutbox::forBan(db, QStringLiteral("ban-b")).value();
        if (!ofBan || ofBan->state != "failed" || ofBan->attempts != 3 || ofBan->lastHttpStatus != 404
            || !ofBan->payloadStored)
            return Error::make(500, "forBan");
        if (WebhookOutbox::forBan(db, QStringLiteral("ban-none")).value())
            return Error::make(500, "forBan unknown");

        if (!WebhookOutbox::requeue(db, second, t0 + 20, "{\"b\":3}"))
            return Error::make(500, "requeue");
        std::optional<WebhookDelivery> again = WebhookOutbox::forBan(db, QStringLiteral("ban-b")).value();
        if (again->state != "pending" || again->attempts != 0 || again->lastHttpStatus || !again->lastError.isEmpty()
            || again->nextAttemptAtMs != t0 + 20 || WebhookOutbox::payload(db, second).value() != "{\"b\":3}")
            return Error::make(500, "requeued row");

        if (!WebhookOutbox::markDelivered(db, first, 204, t0 + 30))
            return Error::make(500, "markDelivered");
        if (WebhookOutbox::payload(db, first).ok() || WebhookOutbox::payload(db, first).error().status != 404)
            return Error::make(500, "payload after delivery");
        if (WebhookOutbox::markDelivered(db, 999, 204, t0).error().status != 404)
            return Error::make(500, "unknown row");
        if (WebhookOutbox::enqueue(db, "g", {}, QStringLiteral("spam"), url, "{}", t0).ok())
            return Error::make(500, "unknown kind accepted");
        return success();
    });
    QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().code));

    const WebhookDelivery delivered = h.row(first);
    QCOMPARE(delivered.state, QStringLiteral("delivered"));
    QCOMPARE(delivered.attempts, 2); // the retry's one, then the delivery's
    QCOMPARE(delivered.deliveredAtMs, std::optional<qint64>(t0 + 30));
    QVERIFY(!delivered.payloadStored);
    const QJsonObject json = delivered.toJson();
    QCOMPARE(json.value("status").toString(), QStringLiteral("delivered"));
    QCOMPARE(json.value("lastHttpStatus").toInt(), 204);
    QCOMPARE(json.value("banId").toString(), QStringLiteral("ban-a"));
    QCOMPARE(json.value("payloadStored").toBool(), false);
    QVERIFY(json.value("nextAttemptAt").isNull());
    QCOMPARE(json.value("deliveredAt").toString(), QStringLiteral("2026-11-22T08:20:00.030Z"));
    QVERIFY(!json.value("url").toString().contains("secret-token")); // the token stays out of listings
    QVERIFY(json.value("url").toString().startsWith("https://discord.com"));
}

// ---- delivery over real HTTP ----

void TestOutbox::statusRows_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("delay"); // next_attempt_at - now while pending; -1 otherwise
    QTest::addColumn<int>("httpStatus"); // -1: none recorded
    QTest::addColumn<QString>("error"); // a part of last_error

    // testPolicy: base backoff 700 ms, no jitter, request timeout 300 ms.
    QTest::newRow("204") << "204"
                         << "delivered" << 1 << qint64(-1) << 204 << "";
    QTest::newRow("200") << "200"
                         << "delivered" << 1 << qint64(-1) << 200 << "";
    QTest::newRow("500") << "500"
                         << "pending" << 1 << qint64(700) << 500 << "HTTP 500";
    QTest::newRow("400") << "400"
                         << "pending" << 1 << qint64(700) << 400 << "HTTP 400";
    QTest::newRow("301 not followed") << "301"
                                      << "pending" << 1 << qint64(700) << 301 << "HTTP 301";
    QTest::newRow("429 Retry-After: 1") << "429-header"
                                        << "pending" << 1 << qint64(1000) << 429 << "rate limited";
    QTest::newRow("429 retry_after 0.2") << "429-body"
                                         << "pending" << 1 << qint64(200) << 429 << "rate limited";
    QTest::newRow("429 Retry-After date") << "429-date"
                                          << "pending" << 1 << qint64(5000) << 429 << "rate limited";
    QTest::newRow("429 bare") << "429-bare"
                              << "pending" << 1 << qint64(700) << 429 << "rate limited";
    QTest::newRow("401") << "401"
                         << "failed" << 1 << qint64(-1) << 401 << "not retried";
    QTest::newRow("403") << "403"
                         << "failed" << 1 << qint64(-1) << 403 << "not retried";
    QTest::newRow("404") << "404"
                         << "failed" << 1 << qint64(-1) << 404 << "not retried";
    QTest::newRow("hang") << "hang"
                          << "pending" << 1 << qint64(700) << -1 << "timed out after 300 ms";
    QTest::newRow("refused") << "refuse"
                             << "pending" << 1 << qint64(700) << -1 << "connection refused";
}

void TestOutbox::statusRows()
{
    QFETCH(QString, answer);
    QFETCH(QString, state);
    QFETCH(int, attempts);
    QFETCH(qint64, delay);
    QFETCH(int, httpStatus);
    QFETCH(QString, error);

    Harness h;
    Receiver receiver;
    QString url = Receiver::urlFor(unusedPort());
    if (answer != "refuse") {
        QVERIFY(receiver.listen());
        url = receiver.url();
        Receiver::Answer scripted;
        if (answer == "hang") {
            scripted.hang = true;
        } else {
            scripted.status = answer.left(3).toInt();
            if (answer == "429-header")
                scripted.headers = {{"Retry-After", "1"}};
            else if (answer == "429-date")
                scripted.headers = {{"Retry-After", httpDate(h.clock.nowMs() + 5000)}};
            else if (answer == "429-body")
                scripted.body = "{\"message\":\"You are being rate limited.\",\"retry_after\":0.2,\"global\":false}";
            else if (answer == "301")
                scripted.headers = {{"Location", receiver.url(QStringLiteral("/elsewhere")).toLatin1()}};
        }
        receiver.setFallback(scripted);
    }

    h.startDeliverer();
    const QByteArray payload = banReportMessage(sampleReport());
    const qint64 id = h.enqueue(url, payload);
    h.deliverer->wake(); // the row committed after start: the enqueuer's cue

    QVERIFY(h.waitForAttempts(id, 1));
    const WebhookDelivery row = h.row(id);
    QCOMPARE(row.state, state);
    QCOMPARE(row.attempts, attempts);
    QCOMPARE(row.lastHttpStatus.value_or(-1), httpStatus);
    if (delay >= 0)
        QCOMPARE(row.nextAttemptAtMs - h.clock.nowMs(), delay);
    QVERIFY2(row.lastError.contains(error), qPrintable(row.lastError));
    QVERIFY(!row.lastError.contains(QStringLiteral("127.0.0.1"))); // no URL, so no webhook token, in errors
    QCOMPARE(row.payloadStored, state != "delivered");
    QCOMPARE(row.deliveredAtMs.has_value(), state == "delivered");

    if (answer != "refuse") {
        QCOMPARE(receiver.requests.size(), 1);
        const Receiver::Request &request = receiver.requests.constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/hook"));
        QCOMPARE(request.contentType, QByteArray("application/json"));
        QCOMPARE(request.body, payload);
    }
    // The clock is frozen, so nothing is due again: no second request may follow.
    QTest::qWait(100);
    QCOMPARE(receiver.requests.size(), answer == "refuse" ? 0 : 1);
}

void TestOutbox::backoffGrowsThenGivesUp()
{
    DeliveryPolicy policy = testPolicy();
    policy.baseBackoffMs = 100;
    policy.maxBackoffMs = 300;
    policy.maxAttempts = 4;
    Harness h(policy);
    Receiver receiver;
    QVERIFY(receiver.listen());
    receiver.setFallback({503, {}, {}, false, 0});
    const qint64 id = h.enqueue(receiver.url(), banReportMessage(sampleReport()));
    h.startDeliverer();

    int attempts = 0;
    for (const qint64 expected : {100, 200, 300}) { // 400 is capped at 300
        QVERIFY(h.waitForAttempts(id, ++attempts));
        const WebhookDelivery row = h.row(id);
        QCOMPARE(row.state, QStringLiteral("pending"));
        QCOMPARE(row.nextAttemptAtMs - h.clock.nowMs(), expected);
        h.clock.advanceMs(expected);
    }
    QVERIFY(h.waitForState(id, QStringLiteral("failed")));
    const WebhookDelivery row = h.row(id);
    QCOMPARE(row.attempts, 4);
    QVERIFY2(row.lastError.contains(QStringLiteral("gave up after 4 attempts")), qPrintable(row.lastError));
    h.clock.advanceMs(10000);
    QTest::qWait(150);
    QCOMPARE(receiver.requests.size(), 4);
}

void TestOutbox::payloadDeletedFromDisk()
{
    Harness h;
    Receiver receiver;
    QVERIFY(receiver.listen());

    // A small report whose row fits a page, and a large one whose payload spills to overflow pages.
    const QByteArray marker = "Marker-b7e1c9-wallhack-report";
    BanReport small = sampleReport(QStringLiteral("ban-small"));
    small.alertReasons = {QString::fromLatin1(marker)};
    const QByteArray bigMarker = "Spill-4d2a-";
    BanReport big = sampleReport(QStringLiteral("ban-big"));
    big.userId = QString::fromLatin1(bigMarker.repeated(200));
    big.deviceId = big.userId;
    big.ipAddress = big.userId;
    const qint64 first = h.enqueue(receiver.url(), banReportMessage(small), QStringLiteral("ban-small"));
    const qint64 second = h.enqueue(receiver.url(), banReportMessage(big), QStringLiteral("ban-big"));
    QVERIFY(banReportMessage(big).size() > 5000);

    const QString db = h.path();
    const QString wal = db + QStringLiteral("-wal");
    // Before delivery the message is on disk: the check below means something.
    QVERIFY(fileContains(db, marker) || fileContains(wal, marker));
    QVERIFY(fileContains(db, bigMarker) || fileContains(wal, bigMarker));

    // Debian's SQLite zeroes freed space by default, others do not: start from the lenient setting
    // so the test proves the outbox asks for it.
    QVERIFY(
        h.writer->runSync([](QSqlDatabase &db) { return execSql(db, QStringLiteral("PRAGMA secure_delete=OFF")); }));
    h.startDeliverer();
    QVERIFY(h.waitForState(first, QStringLiteral("delivered")));
    QVERIFY(h.waitForState(second, QStringLiteral("delivered")));
    QCOMPARE(receiver.requests.size(), 2);
    QVERIFY(receiver.requests.at(0).body.contains(marker));

    // Through a connection of our own, as any reader of the file would see it.
    const QString name = QStringLiteral("reader-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        reader.setDatabaseName(db);
        reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(reader.open());
        QSqlQuery query(reader);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(payload) FROM webhook_deliveries "
                                          "WHERE state = 'delivered'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QCOMPARE(query.value(1).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(name);

    // While Arbiter still runs (no close-time checkpoint to help), neither the database nor its WAL
    // holds the message any more.
    QTRY_VERIFY_WITH_TIMEOUT(!fileContains(db, marker) && !fileContains(wal, marker), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(!fileContains(db, bigMarker) && !fileContains(wal, bigMarker), 3000);
    QVERIFY(!h.row(first).payloadStored);
}

void TestOutbox::receiverDownThenUp()
{
    Harness h;
    const quint16 port = unusedPort();
    const qint64 id = h.enqueue(Receiver::urlFor(port), banReportMessage(sampleReport()));
    h.startDeliverer();
    QVERIFY(h.waitForAttempts(id, 1));
    QCOMPARE(h.row(id).state, QStringLiteral("pending"));

    Receiver receiver;
    QVERIFY(receiver.listen(port));
    h.clock.advanceMs(700);
    QVERIFY(h.waitForState(id, QStringLiteral("delivered")));
    QCOMPARE(h.row(id).attempts, 2);
    QCOMPARE(receiver.requests.size(), 1);
}

void TestOutbox::survivesRestartMidRetry()
{
    Harness h;
    Receiver receiver;
    QVERIFY(receiver.listen());
    receiver.script({{500, {}, {}, false, 0}});
    const qint64 id = h.enqueue(receiver.url(), banReportMessage(sampleReport()));
    h.startDeliverer();
    QVERIFY(h.waitForAttempts(id, 1));
    QCOMPARE(h.row(id).state, QStringLiteral("pending"));

    h.restart(); // the deliverer dies with its retry timer set; a new process opens the same file
    QCOMPARE(h.row(id).state, QStringLiteral("pending"));
    h.clock.advanceMs(700);
    QVERIFY(h.waitForState(id, QStringLiteral("delivered")));
    QCOMPARE(h.row(id).attempts, 2);
    QCOMPARE(receiver.requests.size(), 2);
}

void TestOutbox::survivesRestartMidRequest()
{
    DeliveryPolicy policy = testPolicy();
    policy.requestTimeoutMs = 10000;
    Harness h(policy);
    Receiver receiver;
    QVERIFY(receiver.listen());
    receiver.script({{0, {}, {}, true, 0}}); // the first request hangs
    const qint64 id = h.enqueue(receiver.url(), banReportMessage(sampleReport()));
    h.startDeliverer();
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 1, 3000);

    h.restart(); // abandoned in flight: the row stays pending and is due, so the new start sends it
    QVERIFY(h.waitForState(id, QStringLiteral("delivered")));
    QCOMPARE(h.row(id).attempts, 1);
    QCOMPARE(receiver.requests.size(), 2);
}

void TestOutbox::oneRequestPerWebhookInOrder()
{
    Harness h;
    Receiver receiver;
    QVERIFY(receiver.listen());
    receiver.setFallback({204, {}, {}, false, 60}); // slow enough that overlap would show
    QList<qint64> ids;
    for (int i = 1; i <= 4; ++i)
        ids.append(h.enqueue(receiver.url(), banReportMessage(sampleReport(QStringLiteral("ban-%1").arg(i)))));
    h.startDeliverer();
    for (qint64 id : ids)
        QVERIFY(h.waitForState(id, QStringLiteral("delivered")));
    QCOMPARE(receiver.maxPending, 1);
    QCOMPARE(receiver.requests.size(), 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY(receiver.requests.at(i).body.contains(QStringLiteral("ban ban-%1").arg(i + 1).toUtf8()));
}

void TestOutbox::fewRequestsInFlight()
{
    DeliveryPolicy policy = testPolicy();
    policy.requestTimeoutMs = 800;
    Harness h(policy);
    Receiver receiver;
    QVERIFY(receiver.listen());
    receiver.setFallback({0, {}, {}, true, 0});
    QList<qint64> ids;
    for (int i = 1; i <= 6; ++i) // six webhooks, all hanging
        ids.append(h.enqueue(receiver.url(QStringLiteral("/hook%1").arg(i)), banReportMessage(sampleReport())));
    h.startDeliverer();
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 3, 3000);
    QTest::qWait(200);
    QCOMPARE(receiver.requests.size(), 3); // the others wait for a free slot
    QTRY_COMPARE_WITH_TIMEOUT(receiver.requests.size(), 6, 3000);
    for (qint64 id : ids)
        QVERIFY(h.waitForAttempts(id, 1));
    QStringList paths;
    for (const Receiver::Request &request : std::as_const(receiver.requests).mid(0, 3))
        paths.append(QString::fromLatin1(request.path));
    paths.sort();
    QCOMPARE(paths, (QStringList{"/hook1", "/hook2", "/hook3"})); // oldest first
}

void TestOutbox::refusesNonLoopbackHttp()
{
    Harness h;
    const qint64 id = h.enqueue(QStringLiteral("http://203.0.113.7/hook"), banReportMessage(sampleReport()));
    h.startDeliverer();
    QVERIFY(h.waitForState(id, QStringLiteral("failed")));
    const WebhookDelivery row = h.row(id);
    QCOMPARE(row.attempts, 0); // nothing was sent
    QVERIFY(row.lastError.contains(QStringLiteral("not allowed")));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
