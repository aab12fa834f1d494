// arbiter-sim against the real arbiterd: a short seeded simulation over real HTTP, and its
// detection quality report held to the targets (honest FP rate ≤ 1 %, every archetype ≥ 95 %).

#include "population.h"
#include "qualityreport.h"
#include "simulation.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifndef ARBITERD_PATH
#error "ARBITERD_PATH must name the arbiterd binary"
#endif

using namespace arbiter::sim;

namespace {

constexpr const char *kToken = "simulation-test-admin-token-0123456789";

// arbiterd on a temporary data folder and a free port; the URL once it prints "listening on".
class Daemon final {
public:
    ~Daemon()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString start(const QString &dataDir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARBITER_ADMIN_TOKEN"), QString::fromLatin1(kToken));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false;arbiter.*.info=false"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(ARBITERD_PATH),
                        {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        if (!m_process.waitForStarted(5000))
            return {};
        QByteArray out;
        QDeadlineTimer deadline(15000);
        while (!out.contains('\n') && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("listening on (http://\\S+)")).match(QString::fromUtf8(out));
        return m.hasMatch() ? m.captured(1) : QString();
    }

    int stop()
    {
        m_process.terminate();
        m_process.waitForFinished(15000);
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    QProcess m_process;
};

PopulationSizes testSizes()
{
    PopulationSizes sizes;
    sizes.honest = 150;
    sizes.perArchetype = 10;
    return sizes;
}

} // namespace

class TestSimulation final : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSamePopulation();
    void seededRunMeetsTargets();
};

void TestSimulation::sameSeedSamePopulation()
{
    const Population a = Population::generate(42, testSizes());
    const Population b = Population::generate(42, testSizes());
    const Population c = Population::generate(43, testSizes());
    QCOMPARE(a.fingerprint(), b.fingerprint());
    QVERIFY(a.fingerprint() != c.fingerprint());
    QCOMPARE(a.players().size(), 150 + 12 * 10);
    for (qsizetype i = 0; i < a.players().size(); ++i) {
        QCOMPARE(a.players().at(i).id, b.players().at(i).id);
        QCOMPARE(a.players().at(i).archetype, b.players().at(i).archetype);
    }
    QCOMPARE(a.count(Archetype::Honest), 150);
    for (Archetype archetype : cheaterArchetypes())
        QCOMPARE(a.count(archetype), 10);
    // Farm accounts share devices (that is the archetype); honest players never share a device.
    QSet<QString> honestDevices, farmDevices;
    int honestSharedIps = 0;
    QHash<QString, int> ipUse;
    for (const SimPlayer &p : a.players()) {
        if (p.archetype == Archetype::Honest) {
            QVERIFY2(!honestDevices.contains(p.deviceId), qPrintable(p.deviceId));
            honestDevices.insert(p.deviceId);
            ++ipUse[p.ip];
        } else if (p.archetype == Archetype::FarmAccount) {
            farmDevices.insert(p.deviceId);
        }
    }
    for (int uses : std::as_const(ipUse))
        honestSharedIps += uses > 1 ? 1 : 0;
    QVERIFY(farmDevices.size() < 10);
    QVERIFY2(honestSharedIps > 0, "some honest players share a household IP");
}

void TestSimulation::seededRunMeetsTargets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Daemon daemon;
    const QString url = daemon.start(dir.path());
    QVERIFY2(!url.isEmpty(), "arbiterd did not print its listening line");

    SimOptions options;
    options.url = url;
    options.adminToken = QString::fromLatin1(kToken);
    options.sizes = testSizes();
    options.seed = 7;
    options.timing.durationMs = 24000; // the metronome bot needs 11 submissions 2.1 s apart
    options.timing.warmupMs = 4000;
    options.timing.timeScale = 20;
    options.progress = false;
    Simulation simulation(options);
    QCOMPARE(simulation.population().fingerprint(), Population::generate(7, testSizes()).fingerprint());
    const QString error = simulation.run();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(simulation.report().has_value());
    const QualityReport &report = *simulation.report();
    qInfo().noquote() << "\n" << report.table();

    QVERIFY2(report.honestFpRate() <= kMaxHonestFpRate, qPrintable(report.table()));
    int archetypes = 0;
    for (const ArchetypeQuality &q : report.archetypes()) {
        if (q.archetype == Archetype::Honest)
            continue;
        ++archetypes;
        QCOMPARE(q.players, 10);
        QVERIFY2(q.recall >= kMinRecall, qPrintable(archetypeName(q.archetype) + QStringLiteral(" recall ") + QString::number(q.recall)));
        QVERIFY2(q.medianMsToCatch >= 0, qPrintable(archetypeName(q.archetype)));
    }
    QCOMPARE(archetypes, 12);
    QVERIFY2(report.missedTargets().isEmpty(), qPrintable(report.missedTargets().join(QStringLiteral("; "))));

    // The signals each archetype is built to trip did fire (not only something else).
    const QStringList designed{QStringLiteral("duplicate"), QStringLiteral("velocity"), QStringLiteral("bot_cadence"),
                               QStringLiteral("impossible_value"), QStringLiteral("outlier"), QStringLiteral("rate_limit"),
                               QStringLiteral("signature_mismatch"), QStringLiteral("server_mismatch"),
                               QStringLiteral("payload_tamper"), QStringLiteral("self_report")};
    for (const RuleQuality &r : report.rules())
        if (designed.contains(r.signal))
            QVERIFY2(r.targetsHit >= 8, qPrintable(r.signal + QStringLiteral(" hit ") + QString::number(r.targetsHit)));

    // The JSON carries the same numbers, and latency percentiles were measured per route.
    const QJsonObject json = report.json();
    QCOMPARE(json.value(QStringLiteral("archetypes")).toArray().size(), 13);
    QCOMPARE(json.value(QStringLiteral("honest")).toObject().value(QStringLiteral("falsePositiveRate")).toDouble(),
             report.honestFpRate());
    bool scoresTimed = false;
    for (const LatencyStats::Row &row : simulation.latency().rows())
        if (row.route == QLatin1String("POST /v1/boards/{id}/scores")) {
            scoresTimed = row.count > 500 && row.p50 <= row.p95 && row.p95 <= row.p99;
        }
    QVERIFY(scoresTimed);
    QCOMPARE(daemon.stop(), 0);
}

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
