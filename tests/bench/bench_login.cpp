// Benchmark: authoritative logins with the build-signature check over loopback HTTP, 32
// connections (wrk), against a real engine with a real SQLite file (synchronous=FULL).
// Prints figures only. Usage: bench_login [seconds, default 5]

#include "../support/testserver.h"
#include "crypto/crypto.h"
#include "wrk.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

using namespace arbiter;
using namespace arbiter::bench;

namespace {

// Each wrk thread numbers its own players; `returning` reuses 2,000 players so the token check
// path (not the first-login registration) is measured.
QString writeScript(const QString &dir, const QString &gameId, const QString &signature, bool returning)
{
    const QString path = dir + (returning ? QStringLiteral("/returning.lua") : QStringLiteral("/new.lua"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QStringLiteral(
                   "local threads = 0\n"
                   "function setup(thread) threads = threads + 1; thread:set('tid', threads) end\n"
                   "local n = 0\n"
                   "function request()\n"
                   "  n = n + 1\n"
                   "  local id = %1\n"
                   "  local body = string.format('{\"user_id\":\"p%d_%d\",\"device_id\":\"dev-%d\",\"login_token\":\"tok-%d\","
                   "\"game_signature\":\"sha256:%2\"}', tid, id, id, id)\n"
                   "  return wrk.format('POST', '/api/authoritative/authicate/login', "
                   "{['Content-Type']='application/json', ['X-Game-Id']='%3'}, body)\n"
                   "end\n")
                   .arg(returning ? QStringLiteral("n % 1000") : QStringLiteral("n"), signature, gameId)
                   .toUtf8());
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 5;

    test::TestServer server;
    if (!server.start())
        qFatal("engine did not start");
    const QString signature = QString::fromLatin1(crypto::sha256Hex("bench build"));
    const QString gameId = server.post(QStringLiteral("/admin/v1/games"), {{QStringLiteral("name"), QStringLiteral("Bench")}})
                               .json().value(QStringLiteral("id")).toString();
    server.post(QStringLiteral("/admin/v1/games/%1/builds").arg(gameId), {{QStringLiteral("sha256"), signature}});
    const QString url = server.engine().baseUrl() + QStringLiteral("/api/authoritative/authicate/login");

    std::printf("wrk -t2 -c32 -d%ds  POST /api/authoritative/authicate/login (signature checked, durable)\n", seconds);
    printWrk("new players", runWrk(url, seconds, writeScript(server.dataDir(), gameId, signature, false)));
    printWrk("returning players", runWrk(url, seconds, writeScript(server.dataDir(), gameId, signature, true)));
    const qint64 bytes = QFileInfo(server.databasePath()).size();
    std::printf("database after the run: %.1f MB\n", double(bytes) / 1e6);
    return 0;
}
