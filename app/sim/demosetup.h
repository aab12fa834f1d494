#pragma once

// DemoSetup: creates the demo game through the admin API exactly as an operator's script would:
// the game (trusting the loopback proxy, so each simulated player has its own IP), its secret,
// an encryption key, a registered build, two boards (one with maxPlausible) and a tournament
// that requires the game server's confirmation.

#include "simclient.h"

#include <QByteArray>
#include <QString>

namespace arbiter::sim {

struct DemoGame {
    QString gameId;
    QString secret;     // game backend's escs-game-secret-key
    QString keyId;      // AES-256-GCM key for endGame payloads
    QByteArray key;     // 32 raw bytes
    QString buildSha256; // the one registered binary signature
    QString arcadeBoardId; // desc, best, maxPlausible kArcadeMaxPlausible: most rules play here
    QString sprintBoardId; // asc (seconds), best, daily, maxPlausible kSprintBestPlausible
    QString tournamentId;
};

inline constexpr double kArcadeMaxPlausible = 100000;
inline constexpr double kSprintBestPlausible = 20; // seconds: nobody finishes the sprint faster

struct SetupOptions {
    QString adminToken;
    QString gameName = QStringLiteral("Demo: Neon Drift");
    QString webhookUrl; // empty: none
    qint64 tournamentSeconds = 3600 * 24;
};

class DemoSetup final {
public:
    // Empty error string on success.
    static QString run(SimClient &client, const SetupOptions &options, DemoGame &game);
};

} // namespace arbiter::sim
