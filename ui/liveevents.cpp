#include "liveevents.h"

#include "audit/auditjournal.h"
#include "engine.h"
#include "enforcement/banservice.h"
#include "enforcement/watchservice.h"
#include "games/gameservice.h"
#include "scores/boardservice.h"

namespace arbiter::ui {

namespace {
constexpr int kJournalPollMs = 100;
}

LiveEvents::LiveEvents(Engine &engine, QObject *parent)
    : QObject(parent)
{
    m_journalSeen = AuditJournal::appendedCount();
    m_journalPoll.setInterval(kJournalPollMs);
    connect(&m_journalPoll, &QTimer::timeout, this, &LiveEvents::pollJournal);
    m_journalPoll.start();
    if (!engine.isRunning())
        return;
    // The senders live on the core thread: these connections are queued onto the UI thread.
    connect(engine.scoreEvents(), &ScoreEvents::batch, this, &LiveEvents::scores);
    connect(engine.games(), &GameService::gameChanged, this, &LiveEvents::gameChanged);
    connect(engine.boards(), &BoardService::boardChanged, this, &LiveEvents::boardChanged);
    connect(engine.bans(), &BanService::banChanged, this, &LiveEvents::banChanged);
    connect(engine.watch(), &WatchService::stageChanged, this, &LiveEvents::stageChanged);
    connect(engine.watch(), &WatchService::alertRecorded, this,
            [this](const QString &gameId, const QString &playerId, const QString &) { emit alertRaised(gameId, playerId); });
}

void LiveEvents::pollJournal()
{
    const quint64 now = AuditJournal::appendedCount();
    if (now == m_journalSeen)
        return;
    m_journalSeen = now;
    emit journalChanged();
}

} // namespace arbiter::ui
