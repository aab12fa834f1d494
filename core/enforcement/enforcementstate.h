#pragma once

// EnforcementState: the in-memory state the enforcement services share on the core thread.

#include "detection/linkgraph.h"
#include "enforcement/banregistry.h"
#include "enforcement/playerdirectory.h"
#include "enforcement/sessionstore.h"
#include "watch/eyestagetracker.h"

namespace arbiter {

struct EnforcementState {
    PlayerDirectory players;
    SessionStore sessions;
    BanRegistry bans;
    EyeStageTracker tracker;
    LinkGraph links;
};

// The game's eye-stage numbers from its detection settings.
struct Game;
WatchSettings watchSettingsFor(const Game &game);

} // namespace arbiter
