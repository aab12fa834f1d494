#include "boardbaseline.h"

#include <algorithm>
#include <cmath>

namespace arbiter {

namespace {

constexpr double kMadFactor = 0.6745; // Φ⁻¹(0.75): MAD / 0.6745 estimates σ for normal data
constexpr double kMeanDeviationFactor = 0.7978845608028654; // √(2/π): mean |x − μ| · √(π/2) estimates σ

// The deviations |s[i] − median| form two ascending runs: below the median read right to left,
// and from the median up read left to right. kth() selects the k-th smallest (0-based) of their
// union by binary search over how many come from the lower run: O(log n), no copy.
struct Deviations {
    const std::vector<double> &s;
    double median;
    int split; // s[0..split) < median <= s[split..n)

    int lowerSize() const { return split; }
    int upperSize() const { return static_cast<int>(s.size()) - split; }
    double lower(int j) const { return median - s[split - 1 - j]; }
    double upper(int j) const { return s[split + j] - median; }

    double kth(int k) const
    {
        const int na = lowerSize();
        const int nb = upperSize();
        int lo = std::max(0, k + 1 - nb);
        int hi = std::min(k + 1, na);
        while (true) {
            const int i = (lo + hi) / 2; // taken from the lower run; j = k + 1 − i from the upper
            const int j = k + 1 - i;
            if (i < na && j > 0 && upper(j - 1) > lower(i))
                lo = i + 1;
            else if (i > 0 && j < nb && lower(i - 1) > upper(j))
                hi = i - 1;
            else
                return std::max(i > 0 ? lower(i - 1) : -1.0, j > 0 ? upper(j - 1) : -1.0);
        }
    }
};

double medianOf(int n, const auto &kth)
{
    return n % 2 ? kth(n / 2) : (kth(n / 2 - 1) + kth(n / 2)) / 2;
}

} // namespace

void BoardBaseline::add(double value, int window)
{
    if (!std::isfinite(value))
        return;
    ensureSorted();
    window = std::max(1, window);
    while (static_cast<int>(m_arrival.size()) >= window) {
        eraseSorted(m_arrival.front());
        m_arrival.pop_front();
    }
    m_sorted.insert(std::upper_bound(m_sorted.begin(), m_sorted.end(), value), value);
    m_arrival.push_back(value);
    m_spreadValid = false;
}

void BoardBaseline::append(double value, int window)
{
    if (!std::isfinite(value))
        return;
    m_sortedValid = false;
    m_arrival.push_back(value);
    while (static_cast<int>(m_arrival.size()) > std::max(1, window))
        m_arrival.pop_front();
    m_spreadValid = false;
}

void BoardBaseline::ensureSorted() const
{
    if (m_sortedValid)
        return;
    m_sorted.assign(m_arrival.begin(), m_arrival.end());
    std::sort(m_sorted.begin(), m_sorted.end());
    m_sortedValid = true;
}

bool BoardBaseline::removeOne(double value)
{
    // The newest occurrence: a cheat being confirmed is usually recent, and equal values are
    // interchangeable in the sorted array anyway.
    ensureSorted();
    for (auto it = m_arrival.rbegin(); it != m_arrival.rend(); ++it) {
        if (*it == value) {
            m_arrival.erase(std::next(it).base());
            eraseSorted(value);
            m_spreadValid = false;
            return true;
        }
    }
    return false;
}

void BoardBaseline::eraseSorted(double value)
{
    const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), value);
    if (it != m_sorted.end() && *it == value)
        m_sorted.erase(it);
}

std::optional<BoardBaseline::Spread> BoardBaseline::spread() const
{
    if (m_spreadValid)
        return m_spread;
    ensureSorted();
    m_spreadValid = true;
    m_spread.reset();
    const int n = size();
    if (n == 0 || m_sorted.front() == m_sorted.back())
        return m_spread;
    Spread out;
    out.median = medianOf(n, [this](int k) { return m_sorted[k]; });
    const int split
        = static_cast<int>(std::lower_bound(m_sorted.begin(), m_sorted.end(), out.median) - m_sorted.begin());
    const Deviations deviations{m_sorted, out.median, split};
    out.mad = medianOf(n, [&deviations](int k) { return deviations.kth(k); });
    if (out.mad > 0) {
        out.scale = out.mad;
        out.zFactor = kMadFactor;
    } else {
        // More than half the values sit on the median. Not all are equal (checked above), so the
        // mean absolute deviation is positive. O(n), but only on such boards.
        double sum = 0;
        for (double v : m_sorted)
            sum += std::abs(v - out.median);
        out.scale = sum / n;
        out.zFactor = kMeanDeviationFactor;
        out.meanDeviationFallback = true;
    }
    m_spread = out;
    return m_spread;
}

} // namespace arbiter
