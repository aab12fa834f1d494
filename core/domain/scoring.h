#pragma once

// Scoring: a board's rule set (detection.md §5): formula, bonus, caps; and how points follow.

#include "util/result.h"

#include <QJsonObject>

#include <optional>

namespace arbiter {

struct Scoring {
    enum class Formula { Raw, LogMultiplier };
    Formula formula = Formula::Raw;
    int bestN = 1;                          // for best_n_sum boards
    std::optional<double> capPerSubmission;
    std::optional<double> capPerDay;        // a player's points per UTC day on the board
    double bonusCoefficient = 0.5;          // bonus:true submissions are multiplied by it

    QJsonObject toJson() const;
    // Reads a "scoring" object; unknown keys are refused (a typo must not silently change scoring).
    static Result<Scoring> fromJson(const QJsonObject &json, const QString &fieldPrefix = QStringLiteral("scoring"));

    // Points of one submission before the daily cap: the formula, then the bonus, then the cap per
    // submission. raw: the score; log_multiplier: round(100 · log2(win/bet + 1)).
    double points(std::optional<double> score, std::optional<double> bet, std::optional<double> win, bool bonus) const;
};

} // namespace arbiter
