#pragma once

// Demo mode (`arbiter --demo`): a fresh, throw-away data folder and the arbiter-sim population
// playing against the embedded listener, so a new user sees a living console within seconds.

#include "engineconfig.h"

#include <QCommandLineParser>
#include <QObject>
#include <QProcess>

namespace arbiter::demo {

void addDemoOption(QCommandLineParser &parser);
bool requested(const QCommandLineParser &parser);

// The demo's data folder (AppDataLocation/demo), wiped and re-created; never the real data.
// Unless --listen was given, the listener takes a free port so a running arbiterd is not disturbed.
// Returns an error message, or empty.
QString prepare(const QCommandLineParser &parser, EngineConfig &config);

// Runs arbiter-sim (next to this binary, else on PATH) as a child against baseUrl until stopped.
class DemoFeeder final : public QObject {
    Q_OBJECT
public:
    explicit DemoFeeder(QObject *parent = nullptr);
    ~DemoFeeder() override; // stops the child
    QString start(const QString &baseUrl, const QString &dataDir); // error message, or empty
    void stop(); // before the engine shuts down: the child's last requests still get answers

private:
    QProcess m_process;
};

} // namespace arbiter::demo
