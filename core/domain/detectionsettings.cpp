#include "domain/detectionsettings.h"

#include <QJsonArray>

namespace arbiter {

namespace {

QJsonObject rule(bool enabled, const char *confidence)
{
    return QJsonObject{{QStringLiteral("enabled"), enabled}, {QStringLiteral("confidence"), QLatin1String(confidence)}};
}

bool isConfidence(const QJsonValue &value)
{
    const QString s = value.toString();
    return s == QLatin1String("low") || s == QLatin1String("medium") || s == QLatin1String("high");
}

// Merges `patch` into `base` following the shape of `shape`; records the first problem per field.
void mergeInto(QJsonObject &base, const QJsonObject &patch, const QJsonObject &shape, const QString &prefix,
               QList<FieldError> &errors)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString field = prefix + it.key();
        const QJsonValue expected = shape.value(it.key());
        const QJsonValue given = it.value();
        if (expected.isUndefined()) {
            errors.append({field, QStringLiteral("unknown setting")});
        } else if (expected.isObject()) {
            if (!given.isObject()) {
                errors.append({field, QStringLiteral("must be an object")});
                continue;
            }
            QJsonObject sub = base.value(it.key()).toObject();
            mergeInto(sub, given.toObject(), expected.toObject(), field + QLatin1Char('.'), errors);
            base.insert(it.key(), sub);
        } else if (expected.isBool()) {
            if (!given.isBool())
                errors.append({field, QStringLiteral("must be true or false")});
            else
                base.insert(it.key(), given);
        } else if (expected.isDouble()) {
            if (!given.isDouble() || given.toDouble() < 0)
                errors.append({field, QStringLiteral("must be a non-negative number")});
            else
                base.insert(it.key(), given);
        } else if (it.key() == QLatin1String("confidence")) {
            if (!isConfidence(given))
                errors.append({field, QStringLiteral("must be low, medium or high")});
            else
                base.insert(it.key(), given);
        }
    }
}

} // namespace

QJsonObject defaultDetectionSettings()
{
    static const QJsonObject defaults{
        {QStringLiteral("rules"),
         QJsonObject{
             {QStringLiteral("rate_limit"), rule(true, "high")},
             {QStringLiteral("duplicate"), rule(true, "medium")},
             {QStringLiteral("velocity"), rule(true, "medium")},
             {QStringLiteral("impossible_value"), rule(true, "high")},
             {QStringLiteral("outlier"), rule(true, "medium")},
             {QStringLiteral("new_player_top"), rule(true, "medium")},
             {QStringLiteral("bot_cadence"), rule(true, "medium")},
             {QStringLiteral("linked_accounts"), rule(true, "low")},
         }},
        {QStringLiteral("rateLimitPerHour"), QJsonObject{{QStringLiteral("A"), 100}, {QStringLiteral("B"), 50}, {QStringLiteral("C"), 20}}},
        {QStringLiteral("outlierZ"), QJsonObject{{QStringLiteral("A"), 4.0}, {QStringLiteral("B"), 3.0}, {QStringLiteral("C"), 2.5}}},
        {QStringLiteral("duplicateWindowSeconds"), 300},
        {QStringLiteral("velocityMinSeconds"), 2.0},
        {QStringLiteral("outlierMinSamples"), 50},
        {QStringLiteral("outlierWindow"), 500},
        {QStringLiteral("newPlayerTopMinPlayers"), 50},
        {QStringLiteral("newPlayerTopMaxEarlierScores"), 3},
        {QStringLiteral("newPlayerTopRank"), 10},
        {QStringLiteral("botCadenceIntervals"), 10},
        {QStringLiteral("botCadenceMaxCv"), 0.05},
        {QStringLiteral("linkedClusterSize"), 3},
        {QStringLiteral("streakGapMinutes"), 90},
        {QStringLiteral("escalateWithinMinutes"), 30},
        {QStringLiteral("watchlistAfterAlerts"), 3},
        {QStringLiteral("bigAfterSimilarAlerts"), 5},
        {QStringLiteral("banAfterSimilarAlerts"), 15},
    };
    return defaults;
}

QJsonObject effectiveDetectionSettings(const QJsonObject &overrides)
{
    QJsonObject effective = defaultDetectionSettings();
    QList<FieldError> ignored;
    mergeInto(effective, overrides, defaultDetectionSettings(), QString(), ignored);
    return effective;
}

Result<QJsonObject> mergeDetectionOverrides(const QJsonObject &overrides, const QJsonObject &patch)
{
    QJsonObject merged = overrides;
    QList<FieldError> errors;
    mergeInto(merged, patch, defaultDetectionSettings(), QStringLiteral("detection."), errors);
    if (!errors.isEmpty())
        return Error::invalid(QStringLiteral("invalid_body"), errors, QStringLiteral("invalid detection settings"));
    return merged;
}

} // namespace arbiter
