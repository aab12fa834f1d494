#pragma once

// QualityReport: detection quality measured against the simulator's ground truth — per rule and
// per archetype true/false positives, precision, recall, honest players' false-positive rate and
// the time from a cheater's first request to the first flag, rejection or ban.

#include "outcome.h"
#include "population.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace arbiter::sim {

inline constexpr double kMaxHonestFpRate = 0.01;
inline constexpr double kMinRecall = 0.95;

struct ArchetypeQuality {
    Archetype archetype = Archetype::Honest;
    int players = 0;
    int caught = 0;        // any flag (medium/high), rejection or ban
    int caughtByExpected = 0; // by the signal the archetype is designed to trip
    double recall = 0;     // caught / players (for honest players: the false-positive rate)
    double medianMsToCatch = -1; // first request → first catch, over the caught ones
};

struct RuleQuality {
    QString signal; // rule type, or "ban", "payload_tamper", "self_report", ...
    int truePositives = 0;  // cheaters it hit
    int falsePositives = 0; // honest players it hit
    double precision = -1;  // -1: it never fired
    int targets = 0;        // players of the archetype this signal is meant for (0: none)
    int targetsHit = 0;
    double recall = -1;     // targetsHit / targets; -1 when no archetype targets it
    double medianMsToFire = -1; // over the target archetype's players it hit
};

struct ReportMeta {
    quint64 seed = 0;
    PopulationSizes sizes;
    qint64 durationMs = 0;
    double timeScale = 1;
    QString fingerprint;
    qint64 requests = 0;
    qint64 elapsedMs = 0;
};

class QualityReport final {
public:
    QualityReport(ReportMeta meta, const QList<SimPlayer> &players, const QList<PlayerOutcome> &outcomes);

    const QList<ArchetypeQuality> &archetypes() const { return m_archetypes; }
    const QList<RuleQuality> &rules() const { return m_rules; }
    double honestFpRate() const { return m_honestFpRate; }
    int honestFalsePositives() const { return m_honestFp; }
    QStringList missedTargets() const; // empty when every target is met
    const ReportMeta &meta() const { return m_meta; }

    QString table() const;     // plain text for the terminal (and docs/detection-quality.md)
    QJsonObject json() const;

private:
    ReportMeta m_meta;
    QList<ArchetypeQuality> m_archetypes;
    QList<RuleQuality> m_rules;
    double m_honestFpRate = 0;
    int m_honestFp = 0;
    QStringList m_honestFpSignals;
    QJsonArray m_honestFpPlayers; // [{playerId, signals:{type: ms after the player's first request}}]
};

} // namespace arbiter::sim
