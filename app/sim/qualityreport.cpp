#include "qualityreport.h"

#include <QJsonArray>
#include <QMap>

#include <algorithm>

namespace arbiter::sim {

namespace {

double median(QList<qint64> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2)) : (double(values.at(n / 2 - 1)) + double(values.at(n / 2))) / 2.0;
}

QString ratio(double value) { return value < 0 ? QStringLiteral("—") : QString::number(value * 100.0, 'f', 1) + QLatin1Char('%'); }
QString seconds(double ms) { return ms < 0 ? QStringLiteral("—") : QString::number(ms / 1000.0, 'f', 2) + QStringLiteral(" s"); }

} // namespace

QualityReport::QualityReport(ReportMeta meta, const QList<SimPlayer> &players, const QList<PlayerOutcome> &outcomes)
    : m_meta(std::move(meta))
{
    QMap<int, ArchetypeQuality> byArchetype;
    QMap<int, QList<qint64>> catchTimes;
    QMap<QString, RuleQuality> byRule;
    QMap<QString, QList<qint64>> fireTimes;
    for (int a = 0; a < kArchetypeCount; ++a)
        byArchetype[a].archetype = static_cast<Archetype>(a);
    for (Archetype a : cheaterArchetypes())
        byRule[expectedCatch(a)].signal = expectedCatch(a);
    QMap<QString, int> honestSignals;

    for (qsizetype i = 0; i < players.size() && i < outcomes.size(); ++i) {
        const SimPlayer &p = players.at(i);
        const PlayerOutcome &o = outcomes.at(i);
        ArchetypeQuality &q = byArchetype[int(p.archetype)];
        ++q.players;
        const bool honest = p.archetype == Archetype::Honest;
        const QString expected = expectedCatch(p.archetype);
        if (!honest)
            ++byRule[expected].targets;
        if (o.caught()) {
            ++q.caught;
            catchTimes[int(p.archetype)].append(std::max<qint64>(0, o.firstCaughtMs - std::max<qint64>(0, o.firstActionMs)));
        }
        if (o.hits.contains(expected))
            ++q.caughtByExpected;
        for (auto it = o.hits.cbegin(); it != o.hits.cend(); ++it) {
            RuleQuality &r = byRule[it.key()];
            r.signal = it.key();
            if (honest) {
                ++r.falsePositives;
                ++honestSignals[it.key()];
                if (it == o.hits.cbegin()) {
                    QJsonObject signalTimes;
                    for (auto h = o.hits.cbegin(); h != o.hits.cend(); ++h)
                        signalTimes.insert(h.key(), double(h.value() - std::max<qint64>(0, o.firstActionMs)));
                    m_honestFpPlayers.append(QJsonObject{{QStringLiteral("playerId"), p.id},
                                                         {QStringLiteral("firstActionMs"), double(o.firstActionMs)},
                                                         {QStringLiteral("signals"), signalTimes}});
                }
            } else {
                ++r.truePositives;
            }
            if (!honest && it.key() == expected) {
                ++r.targetsHit;
                fireTimes[it.key()].append(std::max<qint64>(0, it.value() - std::max<qint64>(0, o.firstActionMs)));
            }
        }
    }
    for (auto it = byArchetype.begin(); it != byArchetype.end(); ++it) {
        ArchetypeQuality &q = it.value();
        q.recall = q.players ? double(q.caught) / q.players : -1;
        q.medianMsToCatch = median(catchTimes.value(it.key()));
        if (q.players > 0)
            m_archetypes.append(q);
    }
    for (auto it = byRule.begin(); it != byRule.end(); ++it) {
        RuleQuality &r = it.value();
        const int fired = r.truePositives + r.falsePositives;
        r.precision = fired ? double(r.truePositives) / fired : -1;
        r.recall = r.targets ? double(r.targetsHit) / r.targets : -1;
        r.medianMsToFire = median(fireTimes.value(it.key()));
        m_rules.append(r);
    }
    const ArchetypeQuality honest = byArchetype.value(int(Archetype::Honest));
    m_honestFp = honest.caught;
    m_honestFpRate = honest.players ? double(honest.caught) / honest.players : 0;
    for (auto it = honestSignals.cbegin(); it != honestSignals.cend(); ++it)
        m_honestFpSignals.append(QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value()));
}

QStringList QualityReport::missedTargets() const
{
    QStringList missed;
    if (m_honestFpRate > kMaxHonestFpRate)
        missed.append(QStringLiteral("honest false-positive rate %1 > %2").arg(ratio(m_honestFpRate), ratio(kMaxHonestFpRate)));
    for (const ArchetypeQuality &q : m_archetypes)
        if (q.archetype != Archetype::Honest && q.recall < kMinRecall)
            missed.append(QStringLiteral("%1 recall %2 < %3").arg(archetypeName(q.archetype), ratio(q.recall), ratio(kMinRecall)));
    return missed;
}

QString QualityReport::table() const
{
    QString t;
    const qint64 playedMs = m_meta.durationMs > 0 ? m_meta.durationMs : m_meta.elapsedMs; // 0: ran until stopped
    t += QStringLiteral("Detection quality — seed %1, %2 honest + %3 per cheater archetype, %4 s at time-scale %5\n\n")
             .arg(m_meta.seed).arg(m_meta.sizes.honest).arg(m_meta.sizes.perArchetype)
             .arg(double(playedMs) / 1000.0, 0, 'f', 0).arg(m_meta.timeScale);
    t += QStringLiteral("%1 %2 %3 %4 %5 %6\n").arg(QStringLiteral("archetype"), -20).arg(QStringLiteral("players"), 8)
             .arg(QStringLiteral("caught"), 7).arg(QStringLiteral("recall"), 8).arg(QStringLiteral("by design"), 10)
             .arg(QStringLiteral("median to catch"), 16);
    for (const ArchetypeQuality &q : m_archetypes) {
        if (q.archetype == Archetype::Honest)
            continue;
        t += QStringLiteral("%1 %2 %3 %4 %5 %6\n").arg(archetypeName(q.archetype), -20).arg(q.players, 8).arg(q.caught, 7)
                 .arg(ratio(q.recall), 8).arg(q.caughtByExpected, 10).arg(seconds(q.medianMsToCatch), 16);
    }
    const int honestPlayers = m_meta.sizes.honest;
    t += QStringLiteral("%1 %2 %3 %4   false-positive rate over honest players%5\n\n")
             .arg(QStringLiteral("honest"), -20).arg(honestPlayers, 8).arg(m_honestFp, 7).arg(ratio(m_honestFpRate), 8)
             .arg(m_honestFpSignals.isEmpty() ? QString() : QStringLiteral(" (") + m_honestFpSignals.join(QStringLiteral(", ")) + QLatin1Char(')'));
    t += QStringLiteral("%1 %2 %3 %4 %5 %6\n").arg(QStringLiteral("rule / signal"), -20).arg(QStringLiteral("TP"), 6)
             .arg(QStringLiteral("FP"), 6).arg(QStringLiteral("precision"), 10).arg(QStringLiteral("recall"), 8)
             .arg(QStringLiteral("median to fire"), 15);
    for (const RuleQuality &r : m_rules)
        t += QStringLiteral("%1 %2 %3 %4 %5 %6\n").arg(r.signal, -20).arg(r.truePositives, 6).arg(r.falsePositives, 6)
                 .arg(ratio(r.precision), 10).arg(ratio(r.recall), 8).arg(seconds(r.medianMsToFire), 15);
    const QStringList missed = missedTargets();
    t += missed.isEmpty() ? QStringLiteral("\nTargets met: honest FP rate ≤ 1%, every archetype recall ≥ 95%.\n")
                          : QStringLiteral("\nTargets MISSED: ") + missed.join(QStringLiteral("; ")) + QLatin1Char('\n');
    return t;
}

QJsonObject QualityReport::json() const
{
    QJsonArray archetypes, rules;
    for (const ArchetypeQuality &q : m_archetypes)
        archetypes.append(QJsonObject{{QStringLiteral("archetype"), archetypeName(q.archetype)},
                                      {QStringLiteral("players"), q.players}, {QStringLiteral("caught"), q.caught},
                                      {QStringLiteral("caughtByDesignedSignal"), q.caughtByExpected},
                                      {QStringLiteral("designedSignal"), expectedCatch(q.archetype)},
                                      {QStringLiteral("recall"), q.recall},
                                      {QStringLiteral("medianMsToCatch"), q.medianMsToCatch}});
    for (const RuleQuality &r : m_rules)
        rules.append(QJsonObject{{QStringLiteral("signal"), r.signal}, {QStringLiteral("truePositives"), r.truePositives},
                                 {QStringLiteral("falsePositives"), r.falsePositives},
                                 {QStringLiteral("precision"), r.precision < 0 ? QJsonValue() : QJsonValue(r.precision)},
                                 {QStringLiteral("targets"), r.targets}, {QStringLiteral("targetsHit"), r.targetsHit},
                                 {QStringLiteral("recall"), r.recall < 0 ? QJsonValue() : QJsonValue(r.recall)},
                                 {QStringLiteral("medianMsToFire"), r.medianMsToFire}});
    return QJsonObject{
        {QStringLiteral("seed"), QString::number(m_meta.seed)},
        {QStringLiteral("population"), QJsonObject{{QStringLiteral("honest"), m_meta.sizes.honest},
                                                   {QStringLiteral("perArchetype"), m_meta.sizes.perArchetype},
                                                   {QStringLiteral("fingerprint"), m_meta.fingerprint}}},
        {QStringLiteral("durationMs"), m_meta.durationMs},
        {QStringLiteral("timeScale"), m_meta.timeScale},
        {QStringLiteral("requests"), m_meta.requests},
        {QStringLiteral("elapsedMs"), m_meta.elapsedMs},
        {QStringLiteral("honest"), QJsonObject{{QStringLiteral("players"), m_meta.sizes.honest},
                                               {QStringLiteral("falsePositives"), m_honestFp},
                                               {QStringLiteral("falsePositiveRate"), m_honestFpRate},
                                               {QStringLiteral("signals"), QJsonArray::fromStringList(m_honestFpSignals)},
                                               {QStringLiteral("falsePositivePlayers"), m_honestFpPlayers}}},
        {QStringLiteral("archetypes"), archetypes},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("targets"), QJsonObject{{QStringLiteral("maxHonestFpRate"), kMaxHonestFpRate},
                                                {QStringLiteral("minRecall"), kMinRecall},
                                                {QStringLiteral("met"), missedTargets().isEmpty()},
                                                {QStringLiteral("missed"), QJsonArray::fromStringList(missedTargets())}}}};
}

} // namespace arbiter::sim
