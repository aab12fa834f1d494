#pragma once

// SimContext: what every simulated player shares — the client, the demo game, the clock and the plan.

#include "demosetup.h"
#include "simclient.h"

#include <QElapsedTimer>

namespace arbiter::sim {

struct SimTiming {
    qint64 durationMs = 60000; // 0: until stopped (demo mode)
    double timeScale = 20;     // human think times and breaks are divided by this
    qint64 warmupMs = 8000;    // honest players arrive first; board-statistics cheaters come after
    // By then the launch crowd has played a few rounds each: the board has established regulars.
    qint64 matureMs() const { return 2 * warmupMs + 6000; }
};

struct SimContext {
    SimClient *client = nullptr;
    DemoGame game;
    SimTiming timing;
    QElapsedTimer clock; // started when the players start
    bool stopping = false;

    qint64 now() const { return clock.elapsed(); }
    bool open() const { return !stopping && (timing.durationMs <= 0 || now() < timing.durationMs); }
    qint64 remaining() const { return timing.durationMs <= 0 ? (qint64(1) << 40) : timing.durationMs - now(); }
};

} // namespace arbiter::sim
