#include "botcadencerule.h"

#include <algorithm>
#include <cmath>

namespace arbiter {

std::optional<Detection> BotCadenceRule::check(
    const SubmissionFacts &facts, const RuleSettings &settings, const Ring<qint64> &times)
{
    const int n = settings.botCadenceIntervals;
    if (times.size() < n || facts.atMs - times.back() > RuleSettings::kLongestWindowMs)
        return std::nullopt;
    // n intervals between the newest n stored times and now. n is small (10): two passes are
    // cheaper than keeping running sums in sync with evictions, and exact.
    const int first = times.size() - n;
    const auto interval = [&](int i) {
        const qint64 next = i + 1 < n ? times.at(first + i + 1) : std::max(facts.atMs, times.back());
        return static_cast<double>(next - times.at(first + i));
    };
    double sum = 0;
    for (int i = 0; i < n; ++i)
        sum += interval(i);
    const double mean = sum / n;
    double squares = 0;
    for (int i = 0; i < n; ++i)
        squares += (interval(i) - mean) * (interval(i) - mean);
    const double cv = mean > 0 ? std::sqrt(squares / n) / mean : 0.0;
    if (!(cv < settings.botCadenceMaxCv))
        return std::nullopt;
    return Detection{QStringLiteral("bot_cadence"), settings.rule(RuleId::BotCadence).confidence,
        QJsonObject{{QStringLiteral("intervals"), n}, {QStringLiteral("meanIntervalSeconds"), mean / 1000.0},
            {QStringLiteral("cv"), cv}, {QStringLiteral("maxCv"), settings.botCadenceMaxCv}}};
}

} // namespace arbiter
