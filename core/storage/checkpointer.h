#pragma once

// Checkpointer: copies the write-ahead log back into the database file on a thread and a
// connection of its own, so the Writer's commits do not wait for it. SQLite's automatic checkpoint
// runs inside the commit that crosses 1000 WAL pages: with submissions from many players it copied
// ~1000 scattered pages and fsynced the file, 5–15 ms during which every queued 2xx waited.
//
// attach() replaces that automatic checkpoint on the writer's connection with a hook that wakes
// this thread whenever kBackgroundPages have been added to the log. The background checkpoint is
// PASSIVE: it copies what it can beside the writer and never blocks it. The log can only start
// over from its beginning once everything in it is copied while no commit is under way, which a
// busy writer may never leave time for; so from kInlinePages on, once the background copy has
// left no more than kInlineRestPages, the writer's own commit copies the rest, and the next
// commit starts the log over.

#include "util/result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <memory>

struct sqlite3;

namespace arbiter {

class Checkpointer final {
    Q_DISABLE_COPY_MOVE(Checkpointer)
public:
    static constexpr int kAutomaticPages = 1000;  // SQLite's own threshold, kept when there is no background
    static constexpr int kBackgroundPages = 250;  // a background copy per this many new log pages
    static constexpr int kInlinePages = 8000;     // ~32 MiB of log at 4 KiB pages: time to start over
    static constexpr int kInlineRestPages = 300;  // ... once no more than this is left to copy
    static constexpr int kForcePages = 32000;     // ... or regardless, should the background lag

    explicit Checkpointer(QString databasePath);
    ~Checkpointer(); // stop()

    // Opens the checkpointing connection on its thread; blocks until it is open or failed.
    Status start();
    // Finishes a checkpoint under way, then closes the connection and stops the thread.
    void stop();

    // Installs the commit hook on the writer's connection (on the writer's thread). Without a
    // running checkpointer the hook checkpoints inline from kAutomaticPages on, as SQLite would.
    void attach(QSqlDatabase &writerConnection);

    quint64 backgroundCheckpoints() const { return m_background.load(); }
    quint64 inlineCheckpoints() const { return m_inline.load(); }

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int pages);
    template <class Inline> void onCommitWithBackground(int pages, const Inline &checkpointHere);
    void wake();
    void threadMain();

    const QString m_path;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_wakeUp;
    QWaitCondition m_started;
    bool m_pending = false;
    bool m_stopping = false;
    bool m_startDone = false;
    Status m_startStatus = success();
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_requested{false}; // a wake-up is pending: later commits skip the mutex
    std::atomic<quint32> m_generation{0}; // how often the log started over (the writer counts)
    std::atomic<quint64> m_copied{0};     // generation << 32 | log pages the last background copy left copied
    int m_lastPages = 0;                  // the writer thread's own: log pages at its last commit
    int m_wokenAt = 0;                    // ... and at the last wake-up
    std::atomic<quint64> m_background{0};
    std::atomic<quint64> m_inline{0};
};

} // namespace arbiter
