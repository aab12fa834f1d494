#pragma once

// SimRandom: a seeded generator with its own distributions, so a seed gives the same run on every
// platform (std::normal_distribution and friends differ between standard libraries).

#include <QtGlobal>

#include <cmath>
#include <random>

namespace arbiter::sim {

class SimRandom final {
public:
    explicit SimRandom(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    int below(int n) { return n <= 0 ? 0 : int(m_engine() % quint64(n)); }
    bool chance(double p) { return uniform() < p; }
    double normal() // Box–Muller
    {
        const double u = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * uniform());
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

    // A seed for a sub-stream (one per player), independent of how many numbers the parent drew.
    static quint64 derive(quint64 seed, quint64 stream)
    {
        quint64 z = seed + 0x9e3779b97f4a7c15ULL * (stream + 1); // splitmix64
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace arbiter::sim
