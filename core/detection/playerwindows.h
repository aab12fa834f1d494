#pragma once

// PlayerWindows: one player's recent submissions in one game — per board for rate limit, duplicate and velocity, across
// boards for bot cadence.

#include "ring.h"
#include "rulesettings.h"

#include <vector>

namespace arbiter {

struct TimedValue {
    qint64 atMs = 0;
    double value = 0;
};

// Only what the rules need: per board the submissions of the last hour (at most the highest
// tier's rate limit of them, which also bounds the duplicate scan), and the game-wide times of
// the last botCadenceIntervals submissions. Times within a window never decrease: a server
// clock that steps back is treated as "still at the newest time".
class PlayerWindows final {
public:
    const Ring<TimedValue> *board(int board) const; // nullptr when the player has no window on it
    const Ring<qint64> &cadence() const { return m_cadence; }
    qint64 lastAtMs() const { return m_cadence.isEmpty() ? 0 : m_cadence.back(); }

    void record(int board, qint64 atMs, double value, const RuleSettings &settings);
    // Drops windows with nothing left inside the longest window; true when nothing is left at all.
    bool prune(qint64 nowMs);
    std::size_t heapBytes() const;

private:
    struct BoardWindow {
        Ring<TimedValue> submissions;
        int board = 0; // after the ring: 24 bytes, not 32
    };

    Ring<qint64> m_cadence;
    std::vector<BoardWindow> m_boards; // few per player: a linear scan beats any index
};

} // namespace arbiter
