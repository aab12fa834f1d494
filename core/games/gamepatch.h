#pragma once

// GamePatch: the fields a PATCH (or the console's edit dialog) changes; unset means unchanged.

#include "domain/game.h"

#include <QJsonObject>

#include <optional>

namespace arbiter {

struct GamePatch {
    std::optional<QString> name;
    std::optional<bool> antiCheat;
    std::optional<bool> testMode;
    std::optional<bool> autoBan;
    std::optional<bool> trustProxy;
    std::optional<QString> webhookUrl; // empty string clears it
    std::optional<QJsonObject> detection;
};

} // namespace arbiter
