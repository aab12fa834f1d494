#pragma once

// The arbiter-sim command line → SimOptions (shared by main.cpp and the demo mode's child).

#include "simulation.h"

#include <QCommandLineParser>

namespace arbiter::sim {

void addSimOptions(QCommandLineParser &parser);
// Empty error on success. The admin token comes from --admin-token or ARBITER_ADMIN_TOKEN.
QString simOptionsFromParser(const QCommandLineParser &parser, SimOptions &options);

} // namespace arbiter::sim
