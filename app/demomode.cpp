#include "demomode.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace arbiter::demo {

void addDemoOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("main", "Start on a fresh demo data folder with simulated players (arbiter-sim).")});
}

bool requested(const QCommandLineParser &parser) { return parser.isSet(QStringLiteral("demo")); }

QString prepare(const QCommandLineParser &parser, EngineConfig &config)
{
    if (parser.isSet(QStringLiteral("data-dir")))
        return QCoreApplication::translate("main", "--demo uses its own data folder; leave out --data-dir");
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        return QCoreApplication::translate("main", "no application data folder for the demo");
    const QString dir = base + QStringLiteral("/demo");
    QDir(dir).removeRecursively(); // fresh every time: the demo never accumulates or touches real data
    if (!QDir().mkpath(dir))
        return QCoreApplication::translate("main", "cannot create the demo folder %1").arg(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    config.dataDir = dir;
    if (!parser.isSet(QStringLiteral("listen")))
        config.port = 0;
    return {};
}

DemoFeeder::DemoFeeder(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
}

DemoFeeder::~DemoFeeder() { stop(); }

void DemoFeeder::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // arbiter-sim winds down on SIGTERM
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString DemoFeeder::start(const QString &baseUrl, const QString &dataDir)
{
    QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/arbiter-sim");
    if (!QFile::exists(program))
        program = QStandardPaths::findExecutable(QStringLiteral("arbiter-sim"));
    if (program.isEmpty())
        return QCoreApplication::translate("main", "arbiter-sim was not found next to arbiter or on PATH");
    QString token = qEnvironmentVariable("ARBITER_ADMIN_TOKEN");
    if (token.isEmpty()) {
        QFile file(dataDir + QStringLiteral("/admin-token"));
        if (file.open(QIODevice::ReadOnly))
            token = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (token.isEmpty())
        return QCoreApplication::translate("main", "the demo's admin token could not be read");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ARBITER_ADMIN_TOKEN"), token); // never on the command line (ps shows it)
    m_process.setProcessEnvironment(env);
    m_process.start(program, {QStringLiteral("--url"), baseUrl, QStringLiteral("--duration"), QStringLiteral("0"),
                              QStringLiteral("--honest"), QStringLiteral("150"), QStringLiteral("--per-archetype"),
                              QStringLiteral("3"), QStringLiteral("--warmup"), QStringLiteral("5"),
                              QStringLiteral("--time-scale"), QStringLiteral("60"), QStringLiteral("--quiet")});
    if (!m_process.waitForStarted(5000))
        return QCoreApplication::translate("main", "arbiter-sim did not start: %1").arg(m_process.errorString());
    return {};
}

} // namespace arbiter::demo
