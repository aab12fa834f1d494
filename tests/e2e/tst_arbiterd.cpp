// arbiterd end to end: the real binary, real sockets, real signals, real files.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

#include <memory>
#include <vector>

#ifndef ARBITERD_PATH
#error "ARBITERD_PATH must name the arbiterd binary"
#endif

namespace {

const QString kArbiterd = QStringLiteral(ARBITERD_PATH);

struct HttpReply {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Cuts complete HTTP/1.1 responses (Content-Length framed) off the front of a byte stream.
class ResponseParser final {
public:
    void feed(const QByteArray &bytes) { m_buffer += bytes; }

    bool next(HttpReply &reply)
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        HttpReply parsed;
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        parsed.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                parsed.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = parsed.headers.value("content-length", "0").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return false;
        parsed.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        reply = std::move(parsed);
        return true;
    }

private:
    QByteArray m_buffer;
};

QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &token = {},
    const QByteArray &body = {}, bool close = true)
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method == "POST")
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    return out + "\r\n" + body;
}

// One request on a fresh connection, answered or not within a few seconds.
HttpReply exchange(QAbstractSocket &socket, const QByteArray &request)
{
    HttpReply reply;
    if (socket.state() != QAbstractSocket::ConnectedState)
        return reply;
    socket.write(request);
    ResponseParser parser;
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        parser.feed(socket.readAll());
        if (parser.next(reply))
            return reply;
        if (!socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))
            && socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
    }
    return reply;
}

HttpReply call(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &token = {},
    const QByteArray &body = {})
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    return exchange(socket, httpRequest(method, path, token, body));
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ARBITER_ADMIN_TOKEN"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
    return env;
}

// The daemon under test: started, read until its "listening on" line, and stopped by signal.
class Daemon final {
public:
    ~Daemon()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Returns once the listening line is printed (true) or the process has ended (false).
    bool start(const QStringList &arguments, const QProcessEnvironment &env = cleanEnvironment())
    {
        m_process.setProcessEnvironment(env);
        m_process.start(kArbiterd, arguments);
        if (!m_process.waitForStarted(5000))
            return false;
        QDeadlineTimer deadline(10000);
        while (!m_out.contains('\n') && !deadline.hasExpired()) {
            if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))
                && m_process.state() == QProcess::NotRunning)
                break;
            drain();
        }
        drain();
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("^listening on (https?)://127\\.0\\.0\\.1:(\\d+)\n"))
                  .match(QString::fromUtf8(m_out));
        if (!match.hasMatch())
            return false;
        m_scheme = match.captured(1);
        m_port = quint16(match.captured(2).toUInt());
        return m_port != 0;
    }

    // SIGTERM, then wait for the exit.
    bool terminate(int timeoutMs = 15000)
    {
        m_process.terminate();
        return waitForExit(timeoutMs);
    }

    bool waitForExit(int timeoutMs = 15000)
    {
        const bool finished = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
        drain();
        return finished;
    }

    void drain()
    {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
    }

    QProcess &process() { return m_process; }
    quint16 port() const { return m_port; }
    QString scheme() const { return m_scheme; }
    QByteArray out() const { return m_out; }
    QByteArray err() const { return m_err; }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
    QString m_scheme;
    quint16 m_port = 0;
};

QByteArray readToken(const QString &dataDir)
{
    QFile file(QDir(dataDir).filePath(QStringLiteral("admin-token")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().trimmed();
}

QByteArray gameBody(const QString &name)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestArbiterd final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listensAndAnswersHealth();
    void adminTokenFile();
    void adminTokenFromEnvironment();
    void sigtermKeepsAcknowledgedGame();
    void sigtermWithRequestsInFlight();
    void refusesToStart_data();
    void refusesToStart();
    void servesTls();
};

void TestArbiterd::initTestCase()
{
    QVERIFY2(QFile::exists(kArbiterd), qPrintable(kArbiterd));
}

void TestArbiterd::listensAndAnswersHealth()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Daemon daemon;
    QVERIFY2(daemon.start(
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dir.path()}),
        daemon.err().constData());
    QCOMPARE(daemon.scheme(), QStringLiteral("http"));

    const HttpReply health = call(daemon.port(), "GET", "/api/health");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.json().value(QStringLiteral("database")).toString(), QStringLiteral("ok"));

    // Unknown routes and missing credentials answer with problem+json, over the same real socket.
    const HttpReply missing = call(daemon.port(), "GET", "/no/such/route");
    QCOMPARE(missing.status, 404);
    const HttpReply anonymous = call(daemon.port(), "GET", "/admin/v1/games");
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.json().value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));

    QVERIFY(daemon.terminate());
    QCOMPARE(daemon.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.process().exitCode(), 0);
    // Exactly one line on stdout, from start to finish.
    QCOMPARE(daemon.out(), QByteArray("listening on http://127.0.0.1:") + QByteArray::number(daemon.port()) + '\n');
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("arbiter.db"))));
}

void TestArbiterd::adminTokenFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString tokenPath = dir.filePath(QStringLiteral("admin-token"));
    QByteArray token;
    {
        Daemon daemon;
        QVERIFY2(daemon.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                     dir.path()}),
            daemon.err().constData());
        QVERIFY(QFile::exists(tokenPath));
        struct stat info { };
        QCOMPARE(::stat(QFile::encodeName(tokenPath).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));

        token = readToken(dir.path());
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(QString::fromLatin1(token)).hasMatch(),
            token.constData());

        QCOMPARE(call(daemon.port(), "GET", "/admin/v1/games", token).status, 200);
        QCOMPARE(
            call(daemon.port(), "GET", "/admin/v1/games", token.left(42) + (token.endsWith('A') ? "B" : "A")).status,
            401);
        QCOMPARE(call(daemon.port(), "POST", "/admin/v1/games", token, gameBody(QStringLiteral("t"))).status, 201);

        QVERIFY(daemon.terminate());
        QCOMPARE(daemon.process().exitCode(), 0);
        QVERIFY2(!daemon.out().contains(token), "the token is printed on stdout");
        QVERIFY2(!daemon.err().contains(token), "the token is printed on stderr");
        QVERIFY2(daemon.err().contains(QFile::encodeName(tokenPath)), daemon.err().constData()); // where it is
    }
    // A second start reuses the file as it is.
    Daemon again;
    QVERIFY(again.start(
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dir.path()}));
    QCOMPARE(readToken(dir.path()), token);
    QCOMPARE(call(again.port(), "GET", "/admin/v1/games", token).status, 200);
    QVERIFY(again.terminate());
    QVERIFY(!again.out().contains(token));
    QVERIFY(!again.err().contains(token));
}

void TestArbiterd::adminTokenFromEnvironment()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray token = "env-token-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("ARBITER_ADMIN_TOKEN"), QString::fromLatin1(token));

    Daemon daemon;
    QVERIFY2(
        daemon.start(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dir.path()}, env),
        daemon.err().constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("admin-token"))));

    const HttpReply created = call(daemon.port(), "POST", "/admin/v1/games", token, gameBody(QStringLiteral("Env")));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QStringLiteral("name")).toString(), QStringLiteral("Env"));
    QCOMPARE(call(daemon.port(), "POST", "/admin/v1/games", "not-" + token, gameBody(QStringLiteral("x"))).status, 401);

    QVERIFY(daemon.terminate());
    QCOMPARE(daemon.process().exitCode(), 0);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("admin-token"))));
    QVERIFY(!daemon.out().contains(token));
    QVERIFY(!daemon.err().contains(token));
}

void TestArbiterd::sigtermKeepsAcknowledgedGame()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args{
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dir.path()};
    QString id;
    {
        Daemon daemon;
        QVERIFY2(daemon.start(args), daemon.err().constData());
        const QByteArray token = readToken(dir.path());
        const HttpReply created
            = call(daemon.port(), "POST", "/admin/v1/games", token, gameBody(QStringLiteral("Keep me")));
        QCOMPARE(created.status, 201);
        id = created.json().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());

        QVERIFY(daemon.terminate());
        QCOMPARE(daemon.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(daemon.process().exitCode(), 0);
    }
    Daemon again;
    QVERIFY2(again.start(args), again.err().constData());
    const QByteArray token = readToken(dir.path());
    const HttpReply list = call(again.port(), "GET", "/admin/v1/games", token);
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Keep me"));
    const HttpReply one = call(again.port(), "GET", "/admin/v1/games/" + id.toUtf8(), token);
    QCOMPARE(one.status, 200);
    QVERIFY(again.terminate());
    QCOMPARE(again.process().exitCode(), 0);
}

void TestArbiterd::sigtermWithRequestsInFlight()
{
    constexpr int kSockets = 4;
    constexpr int kPerWave = 3;
    // Waves go on until the process is gone, so some requests meet the writer's stop; about
    // 200 requests in practice, never more than 4 x 250 x 3.
    constexpr int kMaxWaves = 250;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args{
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dir.path()};
    Daemon daemon;
    QVERIFY2(daemon.start(args), daemon.err().constData());
    const QByteArray token = readToken(dir.path());

    struct Connection {
        std::unique_ptr<QTcpSocket> socket = std::make_unique<QTcpSocket>();
        ResponseParser parser;
        QList<QString> sent; // request names, in order: pipelined answers come back in that order
        QList<HttpReply> replies;
    };
    std::vector<Connection> connections(kSockets);
    int received = 0;
    for (int s = 0; s < kSockets; ++s) {
        Connection &c = connections[size_t(s)];
        c.socket->connectToHost(QHostAddress::LocalHost, daemon.port());
        QVERIFY(c.socket->waitForConnected(5000));
        QObject::connect(c.socket.get(), &QTcpSocket::readyRead, c.socket.get(), [&c, &received] {
            c.parser.feed(c.socket->readAll());
            HttpReply reply;
            while (c.parser.next(reply)) {
                c.replies.append(reply);
                ++received;
            }
        });
    }
    const auto sendWave = [&](int wave) {
        for (int s = 0; s < kSockets; ++s) {
            Connection &c = connections[size_t(s)];
            QByteArray batch;
            for (int i = 0; i < kPerWave; ++i) {
                const QString name = QStringLiteral("inflight-%1-%2-%3").arg(s).arg(wave).arg(i);
                c.sent.append(name);
                batch += httpRequest("POST", "/admin/v1/games", token, gameBody(name), false);
            }
            c.socket->write(batch);
            c.socket->flush();
        }
    };

    sendWave(0);
    QTRY_VERIFY_WITH_TIMEOUT(received >= 1, 10000);
    daemon.process().terminate(); // SIGTERM in the middle of the traffic...
    // ...and more requests racing the shutdown, until it is over.
    int waves = 1;
    for (; waves < kMaxWaves && daemon.process().state() != QProcess::NotRunning; ++waves) {
        sendWave(waves);
        QTest::qWait(2);
    }
    QTRY_VERIFY_WITH_TIMEOUT(daemon.process().state() == QProcess::NotRunning, 15000);
    daemon.drain();
    QCOMPARE(daemon.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.process().exitCode(), 0);
    for (Connection &c : connections) {
        c.socket->waitForReadyRead(200);
        c.parser.feed(c.socket->readAll());
        HttpReply reply;
        while (c.parser.next(reply))
            c.replies.append(reply);
    }

    // Every 201 names a game that must survive the restart.
    QHash<QString, QString> acknowledged; // id → name
    int refused = 0;
    for (const Connection &c : connections) {
        QVERIFY(c.replies.size() <= c.sent.size());
        for (qsizetype i = 0; i < c.replies.size(); ++i) {
            const HttpReply &reply = c.replies.at(i);
            if (reply.status == 201) {
                const QJsonObject game = reply.json();
                QCOMPARE(game.value(QStringLiteral("name")).toString(), c.sent.at(i)); // answered in order
                const QString id = game.value(QStringLiteral("id")).toString();
                QVERIFY(!id.isEmpty());
                QVERIFY2(!acknowledged.contains(id), qPrintable(id));
                acknowledged.insert(id, c.sent.at(i));
            } else {
                QVERIFY2(reply.status == 503,
                    qPrintable(QStringLiteral("status %1: %2").arg(reply.status).arg(QString::fromUtf8(reply.body))));
                ++refused;
            }
        }
    }
    QVERIFY(!acknowledged.isEmpty());
    qInfo("%d waves: %lld acknowledged, %d refused with 503, %d unanswered of %d", waves,
        qlonglong(acknowledged.size()), refused, kSockets * kPerWave * waves - int(acknowledged.size()) - refused,
        kSockets * kPerWave * waves);

    Daemon again;
    QVERIFY2(again.start(args), again.err().constData());
    const HttpReply list = call(again.port(), "GET", "/admin/v1/games", token);
    QCOMPARE(list.status, 200);
    QHash<QString, QString> stored;
    for (const QJsonValue &item : list.json().value(QStringLiteral("items")).toArray())
        stored.insert(item.toObject().value(QStringLiteral("id")).toString(),
            item.toObject().value(QStringLiteral("name")).toString());
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
        QVERIFY2(
            stored.value(it.key()) == it.value(), qPrintable(QStringLiteral("lost %1 (%2)").arg(it.key(), it.value())));
    QVERIFY(stored.size() >= acknowledged.size());
    QVERIFY(again.terminate());
    QCOMPARE(again.process().exitCode(), 0);
}

void TestArbiterd::refusesToStart_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("expected"); // each in stderr
    QTest::newRow("database from a newer version") << "newer" << QStringList{"newer"};
    QTest::newRow("port already taken") << "port" << QStringList{"cannot listen"};
    QTest::newRow("malformed --listen") << "listen" << QStringList{"127.0.0.1:http", "HOST:PORT"};
    QTest::newRow("--tls-cert without --tls-key") << "tls" << QStringList{"--tls-key"};
    QTest::newRow("data dir is a file") << "datadir" << QStringList{"a-file"};
}

void TestArbiterd::refusesToStart()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString dataDir = dir.path();
    QString listen = QStringLiteral("127.0.0.1:0");
    QStringList extra;
    QTcpServer blocker;

    if (kind == QLatin1String("newer")) {
        const QString connection = QStringLiteral("make-newer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(dir.filePath(QStringLiteral("arbiter.db")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    } else if (kind == QLatin1String("port")) {
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        listen = QStringLiteral("127.0.0.1:%1").arg(blocker.serverPort());
        expected += QStringLiteral("127.0.0.1:%1").arg(blocker.serverPort());
    } else if (kind == QLatin1String("listen")) {
        listen = QStringLiteral("127.0.0.1:http");
    } else if (kind == QLatin1String("tls")) {
        extra = {QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("cert.pem"))};
    } else if (kind == QLatin1String("datadir")) {
        dataDir = dir.filePath(QStringLiteral("a-file"));
        QFile file(dataDir);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a folder");
    }

    Daemon daemon;
    QVERIFY(
        !daemon.start(QStringList{QStringLiteral("--listen"), listen, QStringLiteral("--data-dir"), dataDir} + extra));
    QVERIFY(daemon.waitForExit(10000));
    QCOMPARE(daemon.process().exitStatus(), QProcess::NormalExit);
    QVERIFY2(daemon.process().exitCode() != 0, daemon.err().constData());
    QVERIFY2(!daemon.out().contains("listening on"), daemon.out().constData());
    for (const QString &fragment : expected)
        QVERIFY2(daemon.err().contains(fragment.toUtf8()),
            qPrintable(fragment + QStringLiteral(" not in: ") + QString::fromUtf8(daemon.err())));

    if (kind == QLatin1String("newer")) {
        // The newer file is left alone: still version 999, nothing migrated into it.
        const QString connection = QStringLiteral("check-newer");
        int version = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(dir.filePath(QStringLiteral("arbiter.db")));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            version = query.value(0).toInt();
            QVERIFY(!db.tables().contains(QStringLiteral("games")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        QCOMPARE(version, 999);
    }
}

void TestArbiterd::servesTls()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cert = dir.filePath(QStringLiteral("c.pem"));
    const QString key = dir.filePath(QStringLiteral("k.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
            QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    if (!openssl.waitForStarted(5000))
        QSKIP("the openssl command is not installed");
    QVERIFY(openssl.waitForFinished(30000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(cert);
    QCOMPARE(certificates.size(), 1);

    const QString dataDir = dir.filePath(QStringLiteral("data"));
    Daemon daemon;
    QVERIFY2(daemon.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
                 dataDir, QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}),
        daemon.err().constData());
    QCOMPARE(daemon.scheme(), QStringLiteral("https"));
    QVERIFY(daemon.out().startsWith("listening on https://127.0.0.1:"));

    {
        QSslSocket socket;
        // Only the self-signed error of exactly this certificate is forgiven; anything else fails.
        socket.ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, certificates.first())});
        QList<QSslError> seen;
        QObject::connect(
            &socket, &QSslSocket::sslErrors, &socket, [&seen](const QList<QSslError> &errors) { seen = errors; });
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), daemon.port(), QStringLiteral("localhost"));
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        for (const QSslError &error : seen)
            QCOMPARE(error.error(), QSslError::SelfSignedCertificate);
        QCOMPARE(socket.peerCertificate(), certificates.first());
        const HttpReply health = exchange(socket, httpRequest("GET", "/api/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }
    {
        // Without forgiving anything, the handshake must fail: the server really presents that cert.
        QSslSocket strict;
        strict.connectToHostEncrypted(QStringLiteral("127.0.0.1"), daemon.port(), QStringLiteral("localhost"));
        QVERIFY(!strict.waitForEncrypted(10000));
    }

    QVERIFY(daemon.terminate());
    QCOMPARE(daemon.process().exitCode(), 0);
    QCOMPARE(daemon.out(), QByteArray("listening on https://127.0.0.1:") + QByteArray::number(daemon.port()) + '\n');
}

QTEST_GUILESS_MAIN(TestArbiterd)
#include "tst_arbiterd.moc"
