#include "playerwindows.h"

#include <algorithm>

namespace arbiter {

const Ring<TimedValue> *PlayerWindows::board(int board) const
{
    for (const BoardWindow &w : m_boards) {
        if (w.board == board)
            return &w.submissions;
    }
    return nullptr;
}

void PlayerWindows::record(int board, qint64 atMs, double value, const RuleSettings &settings)
{
    constexpr qint64 longest = RuleSettings::kLongestWindowMs;
    // A gap longer than the longest window starts a new cadence run: bot_cadence never looks
    // across it, so prune() dropping an old run cannot change a verdict.
    if (!m_cadence.isEmpty() && atMs - m_cadence.back() > longest)
        m_cadence.clear();
    const qint64 at = m_cadence.isEmpty() ? atMs : std::max(atMs, m_cadence.back());
    m_cadence.push(at, settings.botCadenceIntervals);

    auto it
        = std::find_if(m_boards.begin(), m_boards.end(), [board](const BoardWindow &w) { return w.board == board; });
    if (it == m_boards.end()) {
        m_boards.push_back(BoardWindow{{}, board});
        it = std::prev(m_boards.end());
    }
    Ring<TimedValue> &ring = it->submissions;
    while (!ring.isEmpty() && at - ring.at(0).atMs > longest)
        ring.popFront();
    ring.push(TimedValue{at, value}, settings.ringCapacity());
}

bool PlayerWindows::prune(qint64 nowMs)
{
    constexpr qint64 longest = RuleSettings::kLongestWindowMs;
    if (m_cadence.isEmpty() || nowMs - m_cadence.back() > longest)
        return true; // the newest submission of all is out of every window
    m_boards.erase(std::remove_if(m_boards.begin(), m_boards.end(),
                       [&](const BoardWindow &w) {
                           return w.submissions.isEmpty() || nowMs - w.submissions.back().atMs > longest;
                       }),
        m_boards.end());
    return false;
}

std::size_t PlayerWindows::heapBytes() const
{
    std::size_t bytes = m_cadence.heapBytes() + m_boards.capacity() * sizeof(BoardWindow);
    for (const BoardWindow &w : m_boards)
        bytes += w.submissions.heapBytes();
    return bytes;
}

} // namespace arbiter
