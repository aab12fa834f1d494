#pragma once

// CoreInvoker: the one way the UI calls the engine: work is posted to the core thread, and its
// Result is posted back to a QObject on the UI thread. The UI thread never waits for either.

#include "engine.h"
#include "games/gameservice.h"
#include "http/httpserver.h"
#include "util/callback.h"

#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <type_traits>

namespace arbiter::ui {

class CoreInvoker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoreInvoker)
public:
    explicit CoreInvoker(Engine &engine, QObject *parent = nullptr)
        : QObject(parent)
        , m_engine(engine)
        , m_mailbox(std::make_shared<Mailbox>())
    {
        m_mailbox->hub = this;
    }
    // Replies still on their way from the core thread are dropped from now on.
    ~CoreInvoker() override
    {
        QMutexLocker lock(&m_mailbox->mutex);
        m_mailbox->hub = nullptr;
    }

    Engine &engine() const { return m_engine; }

    // Runs work(service, reply) on the core thread; the service answers through `reply` (after its
    // commit), and `done` then runs on the UI thread, unless `receiver` is gone by then.
    template <class T, class Work>
    void games(QObject *receiver, Work work, std::function<void(Result<T>)> done)
    {
        GameService *service = m_engine.isRunning() ? m_engine.games() : nullptr;
        if (!service) {
            done(Error::unavailable(tr("The engine is not running.")));
            return;
        }
        Callback<T> reply = answerTo<T>(receiver, std::move(done));
        postTo(service, [service, work = std::move(work), reply = std::move(reply)]() mutable {
            work(*service, std::move(reply));
        });
    }

    // Runs work(engine, reply) on the core thread for any service (flags, bans, boards, watch…);
    // the service answers through `reply` (after its commit, for writes), and `done` then runs on
    // the UI thread, unless `receiver` is gone by then.
    template <class T, class Work>
    void call(QObject *receiver, Work work, std::function<void(Result<T>)> done)
    {
        QObject *context = m_engine.isRunning() ? static_cast<QObject *>(m_engine.games()) : nullptr;
        if (!context) {
            done(Error::unavailable(tr("The engine is not running.")));
            return;
        }
        Callback<T> reply = answerTo<T>(receiver, std::move(done));
        Engine *engine = &m_engine;
        postTo(context, [engine, work = std::move(work), reply = std::move(reply)]() mutable {
            work(*engine, std::move(reply));
        });
    }

    // Reads something on the core thread (a snapshot of games, the server's counters) and hands
    // the value to `done` on the UI thread.
    template <class Read, class R = std::invoke_result_t<Read, Engine &>>
    void read(QObject *receiver, Read readFn, std::function<void(R)> done)
    {
        QObject *context = m_engine.isRunning() ? static_cast<QObject *>(m_engine.games()) : nullptr;
        if (!context)
            return;
        std::function<void(Result<R>)> unwrap = [done = std::move(done)](Result<R> r) {
            if (r)
                done(std::move(r).value());
        };
        Callback<R> reply = answerTo<R>(receiver, std::move(unwrap));
        Engine *engine = &m_engine;
        postTo(context, [engine, readFn = std::move(readFn), reply = std::move(reply)]() mutable {
            reply(readFn(*engine));
        });
    }

private:
    struct Mailbox {
        QMutex mutex;
        QObject *hub = nullptr; // this invoker, on the UI thread; null once it is gone
    };

    template <class T> Callback<T> answerTo(QObject *receiver, std::function<void(Result<T>)> done)
    {
        // QPointer is only touched on the UI thread; the core thread sees the mailbox alone.
        return [mailbox = m_mailbox, guard = QPointer<QObject>(receiver), done = std::move(done)](Result<T> result) mutable {
            QMutexLocker lock(&mailbox->mutex);
            if (!mailbox->hub)
                return;
            postTo(mailbox->hub, [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            });
        };
    }

    Engine &m_engine;
    std::shared_ptr<Mailbox> m_mailbox;
};

} // namespace arbiter::ui
