#include "domain/scoring.h"

#include <cmath>

namespace arbiter {

QJsonObject Scoring::toJson() const
{
    QJsonObject json{{QStringLiteral("formula"), formula == Formula::Raw ? QStringLiteral("raw") : QStringLiteral("log_multiplier")},
                     {QStringLiteral("bestN"), bestN},
                     {QStringLiteral("bonusCoefficient"), bonusCoefficient}};
    json.insert(QStringLiteral("capPerSubmission"), capPerSubmission ? QJsonValue(*capPerSubmission) : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("capPerDay"), capPerDay ? QJsonValue(*capPerDay) : QJsonValue(QJsonValue::Null));
    return json;
}

Result<Scoring> Scoring::fromJson(const QJsonObject &json, const QString &prefix)
{
    Scoring scoring;
    QList<FieldError> errors;
    const auto field = [&prefix](const char *name) { return prefix + QLatin1Char('.') + QLatin1String(name); };
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("formula")) {
            if (value.toString() == QLatin1String("raw"))
                scoring.formula = Formula::Raw;
            else if (value.toString() == QLatin1String("log_multiplier"))
                scoring.formula = Formula::LogMultiplier;
            else
                errors.append({field("formula"), QStringLiteral("must be raw or log_multiplier")});
        } else if (key == QLatin1String("bestN")) {
            if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() > 1000 || value.toDouble() != std::floor(value.toDouble()))
                errors.append({field("bestN"), QStringLiteral("must be a whole number from 1 to 1000")});
            else
                scoring.bestN = value.toInt();
        } else if (key == QLatin1String("capPerSubmission") || key == QLatin1String("capPerDay")) {
            std::optional<double> &cap = key == QLatin1String("capPerDay") ? scoring.capPerDay : scoring.capPerSubmission;
            if (value.isNull())
                cap.reset();
            else if (!value.isDouble() || value.toDouble() <= 0)
                errors.append({prefix + QLatin1Char('.') + key, QStringLiteral("must be a positive number or null")});
            else
                cap = value.toDouble();
        } else if (key == QLatin1String("bonusCoefficient")) {
            if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1000)
                errors.append({field("bonusCoefficient"), QStringLiteral("must be a number from 0 to 1000")});
            else
                scoring.bonusCoefficient = value.toDouble();
        } else {
            errors.append({prefix + QLatin1Char('.') + key, QStringLiteral("unknown scoring setting")});
        }
    }
    if (!errors.isEmpty())
        return Error::invalid(QStringLiteral("invalid_body"), errors, QStringLiteral("the scoring is not valid"));
    return scoring;
}

double Scoring::points(std::optional<double> score, std::optional<double> bet, std::optional<double> win, bool bonus) const
{
    double points = 0;
    if (formula == Formula::LogMultiplier)
        points = std::round(100.0 * std::log2(win.value_or(0) / bet.value_or(1) + 1.0));
    else
        points = score.value_or(0);
    if (bonus)
        points *= bonusCoefficient;
    if (capPerSubmission)
        points = std::min(points, *capPerSubmission);
    return points;
}

} // namespace arbiter
