#pragma once

// The webhook URL rule of api.md: https://, or http:// to a loopback address (local relays, tests).

#include <QString>

namespace arbiter {

// Checked where a game's URL is set and again before each delivery: a queued row outlives the
// settings that allowed it, and a payload must never go out in clear over the network.
bool isAllowedWebhookUrl(const QString &url);

} // namespace arbiter
