#include "archetypes.h"

namespace arbiter::sim {

QString archetypeName(Archetype archetype)
{
    switch (archetype) {
    case Archetype::Honest: return QStringLiteral("honest");
    case Archetype::RateSpammer: return QStringLiteral("rate_spammer");
    case Archetype::DuplicateReplayer: return QStringLiteral("duplicate_replayer");
    case Archetype::VelocityBot: return QStringLiteral("velocity_bot");
    case Archetype::MetronomeBot: return QStringLiteral("metronome_bot");
    case Archetype::ImpossibleScorer: return QStringLiteral("impossible_scorer");
    case Archetype::StatisticalOutlier: return QStringLiteral("statistical_outlier");
    case Archetype::Smurf: return QStringLiteral("smurf");
    case Archetype::FarmAccount: return QStringLiteral("farm_account");
    case Archetype::TamperedBinary: return QStringLiteral("tampered_binary");
    case Archetype::TournamentCheater: return QStringLiteral("tournament_cheater");
    case Archetype::PayloadTamperer: return QStringLiteral("payload_tamperer");
    case Archetype::SelfReporter: return QStringLiteral("self_reporter");
    }
    return QStringLiteral("unknown");
}

QList<Archetype> cheaterArchetypes()
{
    QList<Archetype> all;
    for (int i = 1; i < kArchetypeCount; ++i)
        all.append(static_cast<Archetype>(i));
    return all;
}

QString expectedCatch(Archetype archetype)
{
    switch (archetype) {
    case Archetype::Honest: return QStringLiteral("nothing");
    case Archetype::RateSpammer: return QStringLiteral("rate_limit");
    case Archetype::DuplicateReplayer: return QStringLiteral("duplicate");
    case Archetype::VelocityBot: return QStringLiteral("velocity");
    case Archetype::MetronomeBot: return QStringLiteral("bot_cadence");
    case Archetype::ImpossibleScorer: return QStringLiteral("impossible_value");
    case Archetype::StatisticalOutlier: return QStringLiteral("outlier");
    case Archetype::Smurf: return QStringLiteral("new_player_top");
    case Archetype::FarmAccount: return QStringLiteral("linked_accounts");
    case Archetype::TamperedBinary: return QStringLiteral("signature_mismatch");
    case Archetype::TournamentCheater: return QStringLiteral("server_mismatch");
    case Archetype::PayloadTamperer: return QStringLiteral("payload_tamper");
    case Archetype::SelfReporter: return QStringLiteral("self_report");
    }
    return {};
}

} // namespace arbiter::sim
