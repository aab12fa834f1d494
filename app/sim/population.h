#pragma once

// Population: the seeded cast of a simulation — who plays, who cheats how, and with which
// devices and IPs. Same seed and sizes → the same population, byte for byte (fingerprint()).

#include "archetypes.h"

#include <QHash>
#include <QList>
#include <QString>

namespace arbiter::sim {

struct PopulationSizes {
    int honest = 400;
    int perArchetype = 20; // cheaters of each archetype
    int farmGroupSize = 5; // accounts per farm, sharing farmDevices devices and one IP
    int farmDevices = 2;
    double householdShare = 0.2; // honest players who share their household's IP with 1–3 others
};

struct SimPlayer {
    int index = 0;
    QString id;          // user_id / playerId
    Archetype archetype = Archetype::Honest;
    QString deviceId;
    QString otherDeviceId; // farm accounts: another of the farm's devices (farmers rotate accounts over them)
    QString ip;          // sent as X-Forwarded-For (the demo game trusts the loopback proxy)
    QString loginToken;
    double skill = 0;    // honest and smurf: ability, in standard deviations of the population
    quint64 seed = 0;    // the player's own random stream
};

class Population final {
public:
    static Population generate(quint64 seed, const PopulationSizes &sizes);

    const QList<SimPlayer> &players() const { return m_players; }
    int count(Archetype archetype) const { return m_counts.value(int(archetype)); }
    // SHA-256 hex over every player's id, archetype, device and IP: equal iff the cast is equal.
    QString fingerprint() const;

private:
    QList<SimPlayer> m_players;
    QHash<int, int> m_counts;
};

} // namespace arbiter::sim
