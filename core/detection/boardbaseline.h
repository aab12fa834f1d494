#pragma once

// BoardBaseline: a board's last N accepted values, kept sorted, with their median and robust spread for the outlier
// rule.

#include <deque>
#include <optional>
#include <vector>

namespace arbiter {

// Values are kept twice: sorted (median in O(1), MAD in O(log n) by selecting from the two sorted
// runs of deviations either side of the median) and in arrival order (which one to evict).
// Adding is O(window) for the sorted array's insert, a memmove of at most a few KB with the
// default window of 500. At start-up a board's older values are appended in arrival order only
// and sorted once, on the first read or add after them.
class BoardBaseline final {
public:
    struct Spread {
        double median = 0;
        double mad = 0; // median absolute deviation from the median
        // The robust z of x is zFactor · (x − median) / scale: 0.6745 / MAD, or when MAD is 0 (more
        // than half the values equal) 0.7979 / mean absolute deviation; both make z ≈ a standard
        // score for normal data.
        double scale = 0;
        double zFactor = 0;
        bool meanDeviationFallback = false;
    };

    int size() const { return static_cast<int>(m_arrival.size()); }
    // Appends value, evicting the oldest values beyond `window`. Non-finite values are ignored.
    void add(double value, int window);
    // The same for a start-up rebuild: O(1), the sorted copy waits for the next read or add.
    void append(double value, int window);
    // Removes one occurrence (the newest) of value; false when it is not in the window any more.
    bool removeOne(double value);
    // nullopt when empty or when every value is equal (there is no spread to judge against).
    std::optional<Spread> spread() const;
    double robustZ(double value, const Spread &spread) const
    {
        return spread.zFactor * (value - spread.median) / spread.scale;
    }

private:
    void eraseSorted(double value);
    void ensureSorted() const;

    mutable std::vector<double> m_sorted; // valid while m_sortedValid
    mutable bool m_sortedValid = true;
    std::deque<double> m_arrival;
    mutable std::optional<Spread> m_spread; // cache, valid while m_spreadValid
    mutable bool m_spreadValid = false;
};

} // namespace arbiter
