#pragma once

// Writer: the one thread that touches the SQLite file for the engine. Jobs queued from any thread
// run in order, one transaction per burst, each inside its own savepoint so a failing job rolls
// back alone; a job's completion is posted to its context object only after the commit.
//
// Group commit: each commit costs an fdatasync and a few log pages whatever it holds, so when the
// writer is busy (its last burst held at least GroupCommit::busyBurst jobs) it gathers the next
// burst a little longer: until it holds GroupCommit::jobs, or no job came for GroupCommit::gap,
// or GroupCommit::window has passed. It runs each job as soon as it has it, so the gathering
// overlaps the jobs' own work and the commit has only the log to write. A writer that is not busy
// commits at once.

#include "storage/checkpointer.h"
#include "util/result.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

#include <QWaitCondition>
#include <optional>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

namespace arbiter {

struct GroupCommit {
    size_t busyBurst = 4; // a burst this large means more jobs are on their way
    size_t jobs = 20; // enough to stop gathering
    std::chrono::microseconds gap{250}; // no job for this long: nothing more is coming soon
    std::chrono::microseconds window{400}; // the longest the first job of a burst waits for others
};

class Writer final {
    Q_DISABLE_COPY_MOVE(Writer)
public:
    using Work = std::function<Status(QSqlDatabase &)>;
    using Done = std::function<void(Status)>;

    explicit Writer(QString databasePath, GroupCommit groupCommit = {});
    ~Writer(); // finishes every queued job, then stops

    // Opens the database (migrating it) on the writer thread. Blocks until it is open or failed.
    Status start();
    // Runs every job queued so far, then stops the thread. Later submissions fail with 503.
    void stop();

    // Queues `work`; `done` runs on `context`'s thread after the burst holding it committed
    // (or with the error that rolled it back). A null context runs `done` on the writer thread.
    void submit(Work work, QObject *context, Done done);

    // The same for work that yields a value; the value reaches `done` only if it committed.
    template <class T>
    void run(std::function<Result<T>(QSqlDatabase &)> work, QObject *context, std::function<void(Result<T>)> done)
    {
        auto slot = std::make_shared<std::optional<Result<T>>>();
        submit(
            [work = std::move(work), slot](QSqlDatabase &db) -> Status {
                slot->emplace(work(db));
                if (!slot->value())
                    return slot->value().error();
                return success();
            },
            context,
            [slot, done = std::move(done)](Status status) {
                if (!status)
                    done(status.error());
                else
                    done(std::move(slot->value()));
            });
    }

    // Blocks the caller until `work` has committed: for start-up loading and tests only.
    Status runSync(Work work);

    QString databasePath() const { return m_path; }
    bool healthy() const { return m_healthy.load(); } // false after a failed commit, until one succeeds
    quint64 committedBursts() const { return m_bursts.load(); }
    const Checkpointer &checkpointer() const { return m_checkpointer; }

private:
    struct Job {
        Work work;
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
    };

    void threadMain();
    // With m_mutex held: moves queued jobs to the end of `burst`, up to the largest burst.
    void takeQueued(std::vector<Job> &burst);
    // A busy writer's burst still gathering: waits for more jobs (up to the gap, within the window)
    // and adds them to `burst`; false when the burst is complete and should commit.
    bool gatherMore(std::vector<Job> &burst, const QDeadlineTimer &window);
    // One transaction: runs the jobs it has, gathers more while the writer is busy, then commits.
    void runBurst(QSqlDatabase &db, std::vector<Job> &jobs);
    // Runs jobs[from..]; false as soon as one fails (the caller rolls the transaction back).
    static bool runWithoutSavepoints(QSqlDatabase &db, std::vector<Job> &jobs, size_t from);
    // Runs jobs[from..], each in its own savepoint; outcomes[i] is job i's.
    static void runWithSavepoints(QSqlDatabase &db, std::vector<Job> &jobs, size_t from, std::vector<Status> &outcomes);
    static void deliver(Job &job, const Status &status);
    // Every job's completion, in job order, with one queued call per run of jobs sharing a context.
    static void deliverAll(std::vector<Job> &jobs, const std::vector<Status> &outcomes);

    const QString m_path;
    const QString m_connectionName;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_started;
    std::vector<Job> m_queue;
    const GroupCommit m_groupCommit;
    size_t m_lastBurst = 0; // the writer thread's own
    bool m_stopping = false;
    bool m_running = false;
    std::optional<Status> m_startStatus;
    std::atomic<bool> m_healthy{true};
    std::atomic<quint64> m_bursts{0};
    Checkpointer m_checkpointer{m_path}; // after m_path
};

} // namespace arbiter
