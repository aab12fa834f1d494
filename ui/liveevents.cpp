#include "liveevents.h"

#include "engine.h"
#include "enforcement/banservice.h"
#include "enforcement/watchservice.h"
#include "games/gameservice.h"
#include "scores/boardservice.h"

namespace arbiter::ui {

namespace {
constexpr int kJournalCoalesceMs = 150;
}

LiveEvents::LiveEvents(Engine &engine, QObject *parent)
    : QObject(parent)
{
    m_journal.setSingleShot(true);
    m_journal.setInterval(kJournalCoalesceMs);
    connect(&m_journal, &QTimer::timeout, this, &LiveEvents::journalChanged);
    if (!engine.isRunning())
        return;
    // The senders live on the core thread: these connections are queued onto the UI thread.
    auto touchJournal = [this] {
        if (!m_journal.isActive())
            m_journal.start();
    };
    connect(engine.scoreEvents(), &ScoreEvents::batch, this, [this, touchJournal](const ScoreEventBatch &batch) {
        emit scores(batch);
        if (!batch.flagIds.isEmpty())
            touchJournal();
    });
    connect(engine.games(), &GameService::gameChanged, this, [this, touchJournal](const QString &id) {
        emit gameChanged(id);
        touchJournal();
    });
    connect(engine.boards(), &BoardService::boardChanged, this, [this, touchJournal](const QString &id) {
        emit boardChanged(id);
        touchJournal();
    });
    connect(engine.bans(), &BanService::banChanged, this, [this, touchJournal](const QString &id) {
        emit banChanged(id);
        touchJournal();
    });
    connect(engine.watch(), &WatchService::stageChanged, this, &LiveEvents::stageChanged);
    connect(engine.watch(), &WatchService::alertRecorded, this,
            [this](const QString &gameId, const QString &playerId, const QString &) { emit alertRaised(gameId, playerId); });
}

} // namespace arbiter::ui
