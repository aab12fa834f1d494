#pragma once

// PlayerDriver: one simulated player — logs in like a game client and then behaves as its
// archetype: an honest human's sessions, or one cheat pattern. Every answer feeds its outcome.

#include "outcome.h"
#include "population.h"
#include "simcontext.h"
#include "simrandom.h"

#include <QObject>

#include <functional>

namespace arbiter::sim {

class PlayerDriver final : public QObject {
    Q_OBJECT
public:
    PlayerDriver(SimContext &context, const SimPlayer &player, QObject *parent = nullptr);

    void start(); // schedules the first action
    const SimPlayer &player() const { return m_player; }
    const PlayerOutcome &outcome() const { return m_outcome; }
    PlayerOutcome &mutableOutcome() { return m_outcome; } // the admin reads complete it at the end
    bool busy() const { return m_busy; }

private:
    using Next = std::function<void()>;

    // Plans, one per archetype; each ends by calling finish() or scheduling itself again.
    void honestSession(int gamesLeft);
    void cheatPattern();
    void burst(const QString &boardId, int count, qint64 minGapMs, qint64 maxGapMs, bool sameValue);
    void spamVolleys(const QString &boardId, int volleys);
    void metronome(int count, qint64 periodMs);
    void smurf();
    void tournamentRound(bool lie, bool tamper, const Next &next);

    // Requests.
    void login(const QString &signature, const std::function<void(bool ok)> &done, const QString &deviceId = {});
    void submit(const QString &boardId, double value, const Next &next);
    void banMe(const Next &next);

    // Honest play.
    double arcadeScore();
    double sprintTime();
    qint64 thinkMs();      // between two games of a session
    qint64 breakMs();      // between sessions
    bool underHourlyBudget(const QString &boardId);

    void after(qint64 ms, const Next &next);
    void finish() { m_busy = false; }
    SimRequest request(const QByteArray &method, const QString &path, const QString &route, const QJsonObject &body,
                       bool session = true) const;
    bool handleCommon(const SimReply &reply); // banned / errors; true when the player must stop
    QString newUuid();

    SimContext &m_context;
    SimPlayer m_player;
    SimRandom m_random;
    PlayerOutcome m_outcome;
    QByteArray m_session;
    int m_games = 0;
    bool m_busy = false;
    double m_lastValue = 0;
    QHash<QString, QList<qint64>> m_boardTimes; // own submissions per board, for the honest hourly budget
};

} // namespace arbiter::sim
