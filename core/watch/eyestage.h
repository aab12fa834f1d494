#pragma once

// EyeStage: the watchlist stages of detection.md §3, ordered by severity, and their wire names.

#include <QString>
#include <QStringView>

#include <optional>

namespace arbiter {

// The enumerators are in severity order (none < little < short < big < banned), so stages
// compare with < and escalate with +1; never reorder them.
enum class EyeStage { None, Little, Short, Big, Banned };

QString eyeStageName(EyeStage stage); // "none", "little", "short", "big", "banned"
std::optional<EyeStage> eyeStageFromName(QStringView name); // exact, lower-case names only

} // namespace arbiter
