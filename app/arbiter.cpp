// arbiter: the moderation console: the engine and REST listener with a window on top.

#include "commandline.h"
#include "consoleshell.h"
#include "coreinvoker.h"
#include "demomode.h"
#include "engine.h"
#include "screenshottour.h"
#include "signalwatcher.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("arbiter")); // shares the data folder with arbiterd
    QApplication::setApplicationDisplayName(QStringLiteral("Arbiter"));
    QApplication::setApplicationVersion(QStringLiteral(ARBITER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.arbiter.Arbiter"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Arbiter anti-cheat and leaderboard moderation console."));
    parser.addHelpOption();
    parser.addVersionOption();
    arbiter::addEngineOptions(parser);
    arbiter::demo::addDemoOption(parser);
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save a screenshot of every page into <dir> after a warm-up, then quit (tools/screenshots)."),
        QStringLiteral("dir"));
    const QCommandLineOption warmUp(QStringLiteral("screenshots-warm-up"),
                                    QApplication::translate("main", "Seconds to wait before the first screenshot (default 15)."),
                                    QStringLiteral("seconds"), QStringLiteral("15"));
    parser.addOption(screenshots);
    parser.addOption(warmUp);
    parser.process(app);

    QTextStream err(stderr);
    const auto fail = [&err](const QString &title, const QString &detail, int code) {
        err << "arbiter: " << detail << Qt::endl;
        QMessageBox box(QMessageBox::Critical, title, detail, QMessageBox::Close);
        box.setInformativeText(QApplication::translate("main", "Arbiter will close."));
        box.exec();
        return code;
    };

    arbiter::Result<arbiter::EngineConfig> config = arbiter::engineConfigFromParser(parser);
    if (!config)
        return fail(QApplication::translate("main", "Invalid command line"), config.error().detail, 2);
    const bool demo = arbiter::demo::requested(parser);
    if (demo)
        if (const QString error = arbiter::demo::prepare(parser, config.value()); !error.isEmpty())
            return fail(QApplication::translate("main", "Invalid command line"), error, 2);

    // Only now: the data folder above is resolved without an organisation, exactly as arbiterd's,
    // while the console's own settings get ~/.config/arbiter/arbiter.conf, not "Unknown Organization".
    QApplication::setOrganizationName(QStringLiteral("arbiter"));

    SignalWatcher watcher;
    arbiter::Engine engine(std::move(config).value());
    if (arbiter::Status started = engine.start(); !started)
        return fail(QApplication::translate("main", "Arbiter cannot start"), started.error().detail, 1);
    err << "arbiter: database " << engine.databasePath() << Qt::endl;
    err << "arbiter: listening on " << engine.baseUrl() << Qt::endl;
    arbiter::demo::DemoFeeder feeder;
    if (demo)
        if (const QString error = feeder.start(engine.baseUrl(), engine.dataDir()); !error.isEmpty())
            err << "arbiter: demo: " << error << Qt::endl;

    int code = 0;
    {
        arbiter::ui::CoreInvoker invoker(engine);
        auto shell = std::make_unique<arbiter::ui::ConsoleShell>(invoker); // language, theme, window
        shell->show();
        std::unique_ptr<arbiter::ScreenshotTour> tour;
        if (parser.isSet(screenshots)) {
            tour = std::make_unique<arbiter::ScreenshotTour>(*shell, parser.value(screenshots),
                                                             qMax(0, parser.value(warmUp).toInt()) * 1000);
            QObject::connect(tour.get(), &arbiter::ScreenshotTour::finished, &app, [](bool ok) { QApplication::exit(ok ? 0 : 1); });
            tour->start();
        }
        QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&](int number) {
            err << "arbiter: signal " << number << ", shutting down" << Qt::endl;
            shell->close(); // saves the window state like a normal close
            QApplication::exit(0);
        });
        code = app.exec();
        shell.reset();
    }
    feeder.stop();
    engine.shutdown();
    return code;
}
