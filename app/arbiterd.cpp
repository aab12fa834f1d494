// arbiterd: the engine and the REST listener, headless.

#include "commandline.h"
#include "demomode.h"
#include "engine.h"
#include "signalwatcher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("arbiter")); // shares the console's data folder
    QCoreApplication::setApplicationVersion(QStringLiteral(ARBITER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Arbiter anti-cheat and leaderboard engine, headless."));
    parser.addHelpOption();
    parser.addVersionOption();
    arbiter::addEngineOptions(parser);
    arbiter::demo::addDemoOption(parser);
    parser.process(app);

    QTextStream err(stderr);
    arbiter::Result<arbiter::EngineConfig> config = arbiter::engineConfigFromParser(parser);
    if (!config) {
        err << "arbiterd: " << config.error().detail << Qt::endl;
        return 2;
    }
    const bool demo = arbiter::demo::requested(parser);
    if (demo)
        if (const QString error = arbiter::demo::prepare(parser, config.value()); !error.isEmpty()) {
            err << "arbiterd: " << error << Qt::endl;
            return 2;
        }

    SignalWatcher watcher;
    arbiter::Engine engine(std::move(config).value());
    if (arbiter::Status started = engine.start(); !started) {
        err << "arbiterd: " << started.error().detail << Qt::endl;
        return 1;
    }
    if (engine.adminTokenCreated())
        err << "arbiterd: created the admin token in " << engine.adminTokenPath() << Qt::endl;
    else if (!engine.adminTokenPath().isEmpty())
        err << "arbiterd: admin token in " << engine.adminTokenPath() << Qt::endl;
    err << "arbiterd: database " << engine.databasePath() << Qt::endl;

    std::printf("listening on %s\n", qPrintable(engine.baseUrl()));
    std::fflush(stdout);
    arbiter::demo::DemoFeeder feeder; // --demo: simulated players keep the headless engine busy
    if (demo)
        if (const QString error = feeder.start(engine.baseUrl(), engine.dataDir()); !error.isEmpty())
            err << "arbiterd: demo: " << error << Qt::endl;

    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&](int number) {
        err << "arbiterd: signal " << number << ", shutting down" << Qt::endl;
        feeder.stop();
        engine.shutdown();
        QCoreApplication::exit(0);
    });
    return app.exec();
}
