#pragma once

// Ring: a small FIFO of the newest N items that allocates only as it fills, for the per-player windows.

#include <QtGlobal>

#include <algorithm>
#include <memory>
#include <utility>

namespace arbiter {

// Index 0 is the oldest item. Most (board, player) windows hold one or two submissions, so the
// storage starts at one item and doubles up to the capacity the caller asks for (at most 65535);
// once full, a push overwrites the oldest. 16 bytes plus the items; copyable (QHash values must be).
template <typename T> class Ring final {
public:
    static constexpr int kMaxCapacity = 65535;

    Ring() = default;
    Ring(const Ring &other) { *this = other; }
    Ring(Ring &&other) noexcept { *this = std::move(other); }
    Ring &operator=(Ring &&other) noexcept
    {
        m_data = std::move(other.m_data);
        m_head = std::exchange(other.m_head, quint16(0));
        m_size = std::exchange(other.m_size, quint16(0));
        m_capacity = std::exchange(other.m_capacity, quint16(0));
        return *this;
    }
    Ring &operator=(const Ring &other)
    {
        if (this != &other) {
            clear();
            if (other.m_size > 0) {
                m_data = std::make_unique<T[]>(other.m_size);
                for (int i = 0; i < other.m_size; ++i)
                    m_data[i] = other.at(i);
                m_capacity = m_size = other.m_size;
            }
        }
        return *this;
    }

    int size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const T &at(int i) const { return m_data[wrap(m_head + i)]; }
    const T &back() const { return at(m_size - 1); }

    void push(const T &item, int capacity)
    {
        capacity = std::clamp(capacity, 1, kMaxCapacity);
        while (m_size > capacity - 1 && m_size > 0)
            popFront(); // the capacity may have shrunk since the last push (settings changed)
        if (m_size == m_capacity)
            grow(std::min(capacity, std::max(1, m_size * 2)));
        m_data[wrap(m_head + m_size)] = item;
        ++m_size;
    }
    void popFront()
    {
        m_head = static_cast<quint16>(wrap(m_head + 1));
        --m_size;
        if (m_size == 0)
            m_head = 0;
    }
    void clear()
    {
        m_data.reset();
        m_head = m_size = m_capacity = 0;
    }
    std::size_t heapBytes() const { return std::size_t(m_capacity) * sizeof(T); }

private:
    int wrap(int i) const { return i < m_capacity ? i : i - m_capacity; }
    void grow(int capacity)
    {
        auto data = std::make_unique<T[]>(capacity);
        for (int i = 0; i < m_size; ++i)
            data[i] = at(i);
        m_data = std::move(data);
        m_capacity = static_cast<quint16>(capacity);
        m_head = 0;
    }

    std::unique_ptr<T[]> m_data;
    quint16 m_head = 0;
    quint16 m_size = 0;
    quint16 m_capacity = 0;
};

} // namespace arbiter
