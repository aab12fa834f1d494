#pragma once

// PlayerOutcome: what the server did to one simulated player, as the player and the admin API saw it.

#include <QMap>
#include <QSet>
#include <QString>

namespace arbiter::sim {

struct PlayerOutcome {
    qint64 firstActionMs = -1; // simulation clock: the player's first request was sent
    qint64 firstCaughtMs = -1; // first flag (medium/high), rejection or ban seen
    QString firstCaughtBy;     // the signal of that first catch, e.g. "velocity", "ban"
    QMap<QString, qint64> hits; // every catching signal (rule type, "ban", ...) → first time seen
    QSet<QString> logged;      // low-confidence detections (recorded, not acted on)
    bool banned = false;
    int requests = 0;
    int submissions = 0;
    int accepted = 0;
    int flagged = 0;
    int rejected = 0;          // 422 rejections and 429 rate limits
    int errors = 0;            // unexpected answers (5xx, no answer)

    bool caught() const { return firstCaughtMs >= 0; }
    // Records a catching signal at `atMs` (the earliest time per signal wins).
    void caughtBy(const QString &signal, qint64 atMs)
    {
        if (!hits.contains(signal) || hits.value(signal) > atMs)
            hits.insert(signal, atMs);
        if (firstCaughtMs < 0 || atMs < firstCaughtMs) {
            firstCaughtMs = atMs;
            firstCaughtBy = signal;
        }
    }
};

} // namespace arbiter::sim
