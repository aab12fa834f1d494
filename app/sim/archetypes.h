#pragma once

// Archetype: who a simulated player is — honest, or one of the cheats detection.md is meant to catch.

#include <QList>
#include <QString>

namespace arbiter::sim {

enum class Archetype {
    Honest,
    RateSpammer,        // floods one board: rate_limit (429)
    DuplicateReplayer,  // resubmits the same value: duplicate
    VelocityBot,        // submits faster than a human can play: velocity
    MetronomeBot,       // uniform cadence just above the velocity floor: bot_cadence
    ImpossibleScorer,   // beyond the board's maxPlausible: impossible_value (422)
    StatisticalOutlier, // far above the board's distribution, still plausible: outlier
    Smurf,              // a strong player on a fresh account, straight into the top 10: new_player_top
    FarmAccount,        // many accounts on a few shared devices: linked_accounts
    TamperedBinary,     // logs in with a build signature no one registered: signature_mismatch ban
    TournamentCheater,  // claims a score the game server contradicts: server_mismatch
    PayloadTamperer,    // alters the encrypted endGame payload: decrypt_failed + payload_tamper alert
    SelfReporter,       // a client whose own checks trip: /api/banMe
};

inline constexpr int kArchetypeCount = 13;

QString archetypeName(Archetype archetype); // "honest", "rate_spammer", ...
QList<Archetype> cheaterArchetypes();       // every archetype but Honest, in enum order
// The server-side signals that catch this archetype by design (for the report's "expected by" column).
QString expectedCatch(Archetype archetype);

} // namespace arbiter::sim
