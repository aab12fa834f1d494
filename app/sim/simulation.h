#pragma once

// Simulation: sets up the demo game, plays the population against Arbiter, then reads the admin
// API (flags, bans) to complete each player's outcome and builds the QualityReport.

#include "playerdriver.h"
#include "population.h"
#include "qualityreport.h"
#include "simcontext.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace arbiter::sim {

struct SimOptions {
    QString url = QStringLiteral("http://127.0.0.1:8787");
    QString adminToken;
    QString webhookUrl;
    PopulationSizes sizes;
    SimTiming timing;
    quint64 seed = 1;
    int connections = 16;
    double rate = 0;       // requests per second, 0: as fast as the plan goes
    bool progress = true;  // a line on stderr, updated in place
};

class Simulation final : public QObject {
    Q_OBJECT
public:
    explicit Simulation(SimOptions options, QObject *parent = nullptr);
    ~Simulation() override;

    // Blocks (running the event loop) until the duration is over and the answers are in.
    // Returns an error message, or empty on success; report() is then available.
    QString run();
    void stop() { m_context.stopping = true; } // demo mode and signals: wind down now

    const Population &population() const { return m_population; }
    const std::optional<QualityReport> &report() const { return m_report; }
    const LatencyStats &latency() const { return m_client->latency(); }
    const DemoGame &game() const { return m_context.game; }

private:
    void collectGroundTruth(qint64 startEpochMs);
    void printProgress(bool last);

    SimOptions m_options;
    Population m_population;
    std::unique_ptr<SimClient> m_client;
    SimContext m_context;
    std::vector<std::unique_ptr<PlayerDriver>> m_drivers;
    std::optional<QualityReport> m_report;
};

} // namespace arbiter::sim
