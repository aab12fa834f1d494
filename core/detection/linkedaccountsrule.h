#pragma once

// LinkedAccountsRule: linked_accounts — the player shares devices or IPs with other players, or with a banned one.

#include "rulesettings.h"

#include <optional>

namespace arbiter {

// A cluster of ≥ linkedClusterSize fires at the configured confidence (default low: logged only).
// A cluster with a banned member other than the player is ban evasion: it fires at
// max(configured, medium) whatever the cluster's size — one alt account next to a banned one is
// the usual case of evasion, and a flag is what a moderator wants to see for it.
// A device id used by ≥ linkedClusterSize accounts fires at max(configured, medium) too: a
// household shares an IP as a matter of course, but several accounts on one device install is an
// account farm (arbiter-sim's farm archetype was only logged before; docs/detection-quality.md).
class LinkedAccountsRule final {
public:
    static std::optional<Detection> check(const SubmissionFacts &facts, const RuleSettings &settings);
};

} // namespace arbiter
