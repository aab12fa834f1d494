#pragma once

// LiveEvents: the engine's signals, relayed onto the UI thread for every page. Score events
// arrive already coalesced (≤ one batch per 50 ms); the rest are rare. journalChanged comes from
// polling the journal's append counter every 100 ms (an atomic read), so every audited action,
// whichever service wrote it, reaches the Audit page.

#include "scores/scoreevents.h"

#include <QObject>
#include <QTimer>

namespace arbiter {
class Engine;
}

namespace arbiter::ui {

class LiveEvents final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveEvents)
public:
    explicit LiveEvents(Engine &engine, QObject *parent = nullptr);

signals:
    void scores(const arbiter::ScoreEventBatch &batch);
    void gameChanged(const QString &gameId);
    void boardChanged(const QString &boardId);
    void banChanged(const QString &banId);
    void stageChanged(const QString &gameId, const QString &playerId, const QString &stage);
    void alertRaised(const QString &gameId, const QString &playerId);
    void journalChanged();

private:
    void pollJournal();

    QTimer m_journalPoll;
    quint64 m_journalSeen = 0;
};

} // namespace arbiter::ui
