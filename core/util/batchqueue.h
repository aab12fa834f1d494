#pragma once

// BatchQueue<T>: a bounded hand-over of batches from one producer thread to one consumer, so a
// long scan can be decoded on one thread while another applies it (the start-up load).

#include "util/result.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace arbiter {

template <class T> class BatchQueue final {
public:
    explicit BatchQueue(size_t capacity)
        : m_capacity(capacity)
    {
    }

    // Blocks while the queue is full.
    void push(T batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_items.size() < m_capacity; });
        m_items.push_back(std::move(batch));
        lock.unlock();
        m_notEmpty.notify_one();
    }

    // The producer is done; `status` is what the consumer sees once the queue is drained.
    void close(Status status)
    {
        std::unique_lock lock(m_mutex);
        m_closed = true;
        m_status = std::move(status);
        lock.unlock();
        m_notEmpty.notify_one();
    }

    // The next batch, or nullopt once the producer closed and everything was taken.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return std::nullopt;
        T batch = std::move(m_items.front());
        m_items.pop_front();
        lock.unlock();
        m_notFull.notify_one();
        return batch;
    }

    Status status() const
    {
        std::lock_guard lock(m_mutex);
        return m_status;
    }

private:
    const size_t m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_items;
    bool m_closed = false;
    Status m_status = success();
};

} // namespace arbiter
