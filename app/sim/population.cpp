#include "population.h"
#include "simrandom.h"

#include <QCryptographicHash>

namespace arbiter::sim {

namespace {

QString ipFor(quint64 n) // 10.x.y.z, distinct for distinct n below 2^24
{
    return QStringLiteral("10.%1.%2.%3").arg((n >> 16) & 0xff).arg((n >> 8) & 0xff).arg(n & 0xff);
}

QString hexId(SimRandom &random, int bytes)
{
    QByteArray raw;
    for (int i = 0; i < bytes; ++i)
        raw.append(char(random.next() & 0xff));
    return QString::fromLatin1(raw.toHex());
}

} // namespace

Population Population::generate(quint64 seed, const PopulationSizes &sizes)
{
    SimRandom random(seed);
    QList<Archetype> cast;
    for (int i = 0; i < sizes.honest; ++i)
        cast.append(Archetype::Honest);
    for (Archetype a : cheaterArchetypes())
        for (int i = 0; i < sizes.perArchetype; ++i)
            cast.append(a);
    for (qsizetype i = cast.size() - 1; i > 0; --i) // Fisher–Yates: archetypes are not told by their index
        cast.swapItemsAt(i, random.below(int(i + 1)));

    Population population;
    quint64 nextIp = 1;
    QString householdIp;
    int householdLeft = 0;
    int farmMembers = 0;
    QString farmTag, farmIp;
    for (int i = 0; i < cast.size(); ++i) {
        SimPlayer p;
        p.index = i;
        p.archetype = cast.at(i);
        p.seed = SimRandom::derive(seed, quint64(i));
        SimRandom own(p.seed);
        p.id = QStringLiteral("p%1-%2").arg(i, 4, 10, QLatin1Char('0')).arg(hexId(own, 3));
        p.deviceId = QStringLiteral("dev-") + hexId(own, 8);
        p.loginToken = hexId(own, 16);
        p.skill = own.normal();
        p.ip = ipFor(nextIp++);
        if (p.archetype == Archetype::Honest && householdLeft > 0) {
            p.ip = householdIp; // a sibling or flatmate behind the same router
            --householdLeft;
        } else if (p.archetype == Archetype::Honest && random.chance(sizes.householdShare)) {
            householdIp = p.ip;
            householdLeft = 1 + random.below(3);
        }
        if (p.archetype == Archetype::FarmAccount) {
            if (farmMembers == 0) {
                farmTag = hexId(random, 4);
                farmIp = ipFor(nextIp++);
            }
            p.deviceId = QStringLiteral("farm-%1-%2").arg(farmTag).arg(farmMembers % qMax(1, sizes.farmDevices));
            p.otherDeviceId = QStringLiteral("farm-%1-%2").arg(farmTag).arg((farmMembers + 1) % qMax(1, sizes.farmDevices));
            p.ip = farmIp;
            farmMembers = (farmMembers + 1) % qMax(1, sizes.farmGroupSize);
        }
        if (p.archetype == Archetype::Smurf)
            p.skill = 2.5 + 0.5 * own.uniform(); // an experienced player on a new account
        population.m_counts[int(p.archetype)] += 1;
        population.m_players.append(p);
    }
    return population;
}

QString Population::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SimPlayer &p : m_players)
        hash.addData(QStringLiteral("%1|%2|%3|%4|%5\n").arg(p.id, archetypeName(p.archetype), p.deviceId, p.ip).arg(p.skill, 0, 'g', 17).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace arbiter::sim
