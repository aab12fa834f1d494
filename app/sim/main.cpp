// arbiter-sim: plays a seeded population of honest players and cheaters against a running
// Arbiter over HTTP, then prints the detection quality report and per-route latency.

#include "../signalwatcher.h"
#include "simoptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("arbiter-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARBITER_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Plays honest players and cheater archetypes against Arbiter and measures detection quality."));
    parser.addHelpOption();
    parser.addVersionOption();
    arbiter::sim::addSimOptions(parser);
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    arbiter::sim::SimOptions options;
    if (const QString error = arbiter::sim::simOptionsFromParser(parser, options); !error.isEmpty()) {
        err << "arbiter-sim: " << error << Qt::endl;
        return 2;
    }

    arbiter::sim::Simulation simulation(options);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &simulation, [&](int) { simulation.stop(); });
    err << "arbiter-sim: seed " << options.seed << ", population " << simulation.population().fingerprint().left(16)
        << " (" << simulation.population().players().size() << " players)" << Qt::endl;
    if (const QString error = simulation.run(); !error.isEmpty()) {
        err << "arbiter-sim: " << error << Qt::endl;
        return 1;
    }
    const arbiter::sim::QualityReport &report = *simulation.report();
    out << "\nDemo game " << simulation.game().gameId << "\n\n" << report.table() << "\nLatency per route\n"
        << simulation.latency().table() << Qt::flush;

    if (parser.isSet(QStringLiteral("report-json"))) {
        QJsonObject json = report.json();
        json.insert(QStringLiteral("gameId"), simulation.game().gameId);
        json.insert(QStringLiteral("latency"), simulation.latency().json());
        QFile file(parser.value(QStringLiteral("report-json")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(json).toJson()) < 0) {
            err << "arbiter-sim: cannot write " << file.fileName() << Qt::endl;
            return 1;
        }
    }
    return parser.isSet(QStringLiteral("check")) && !report.missedTargets().isEmpty() ? 3 : 0;
}
