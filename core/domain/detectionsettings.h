#pragma once

// DetectionSettings: a game's detection numbers (detection.md defaults) and their JSON form.

#include "util/result.h"

#include <QJsonObject>

namespace arbiter {

// The whole settings object with every default filled in. Stored per game as the overrides only,
// so a default changed in a later release reaches games that never touched it.
QJsonObject defaultDetectionSettings();
QJsonObject effectiveDetectionSettings(const QJsonObject &overrides);

// Checks `patch` against the defaults' shape (known keys, right types, sane ranges) and merges it
// into `overrides`. Unknown keys are refused here, unlike elsewhere, because a typo in a threshold
// silently doing nothing is worse than an error.
Result<QJsonObject> mergeDetectionOverrides(const QJsonObject &overrides, const QJsonObject &patch);

} // namespace arbiter
