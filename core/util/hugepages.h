#pragma once

// HugeVector<T>: the array behind the engine's few very large tables (a board's tree nodes, player
// records and submissions, id tables), for trivially copyable T.
//
// Two things std::vector does not do:
// - Growing never copies. From 2 MiB on, the storage is its own anonymous mapping, and growing
//   moves it with mremap() to a larger one at a 2 MiB boundary: the kernel moves page tables (whole
//   huge pages), not bytes. A std::vector of 4M submissions copied 128 MB when it doubled.
// - Huge pages. The mapping is marked MADV_HUGEPAGE, so transparent huge pages back it even when
//   the system's policy is "madvise" (Debian's default). A 1M-player board spreads random accesses
//   over ~150 MB: with 4 KiB pages nearly every access also misses the TLB, with 2 MiB pages almost
//   none does.
// Below 2 MiB the storage is plain heap memory (realloc, which may copy: at most 2 MiB). Other
// systems than Linux get the heap only.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace arbiter {

template <typename T> class HugeVector final {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "HugeVector moves its elements as bytes");

public:
    using value_type = T;
    using iterator = T *;
    using const_iterator = const T *;
    static constexpr std::size_t kMappedFrom = std::size_t(2) << 20; // one huge page

    HugeVector() = default;
    explicit HugeVector(std::size_t n, const T &value = T()) { resize(n, value); }
    HugeVector(const HugeVector &other)
    {
        reserve(other.m_size);
        if (other.m_size)
            std::memcpy(static_cast<void *>(m_data), other.m_data, other.m_size * sizeof(T));
        m_size = other.m_size;
    }
    HugeVector(HugeVector &&other) noexcept { swap(other); }
    HugeVector &operator=(HugeVector other) noexcept
    {
        swap(other);
        return *this;
    }
    ~HugeVector() { release(); }

    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_capacity; }
    bool empty() const { return m_size == 0; }
    T *data() { return m_data; }
    const T *data() const { return m_data; }
    T &operator[](std::size_t i) { return m_data[i]; }
    const T &operator[](std::size_t i) const { return m_data[i]; }
    T *begin() { return m_data; }
    T *end() { return m_data + m_size; }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }
    T &back() { return m_data[m_size - 1]; }
    const T &back() const { return m_data[m_size - 1]; }

    void push_back(const T &value)
    {
        if (m_size == m_capacity) {
            const T copy = value; // `value` may live in this array
            grow(m_size + 1);
            m_data[m_size++] = copy;
            return;
        }
        m_data[m_size++] = value;
    }
    template <typename... Args> T &emplace_back(Args &&...args)
    {
        if (m_size == m_capacity) {
            T made{std::forward<Args>(args)...};
            grow(m_size + 1);
            return *new (m_data + m_size++) T(made);
        }
        return *new (m_data + m_size++) T{std::forward<Args>(args)...};
    }
    // Appends [first, last), which must not point into this array.
    void append(const T *first, const T *last)
    {
        const std::size_t n = std::size_t(last - first);
        if (m_size + n > m_capacity)
            grow(m_size + n);
        if (n)
            std::memcpy(static_cast<void *>(m_data + m_size), first, n * sizeof(T));
        m_size += n;
    }
    void resize(std::size_t n, const T &value = T())
    {
        if (n > m_capacity)
            grow(n);
        for (std::size_t i = m_size; i < n; ++i)
            new (m_data + i) T(value);
        m_size = n;
    }
    void reserve(std::size_t n)
    {
        if (n > m_capacity)
            grow(n, false);
    }
    void clear() { m_size = 0; } // keeps the storage, as std::vector does
    void swap(HugeVector &other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
        std::swap(m_mapped, other.m_mapped);
        std::swap(m_mappedBytes, other.m_mappedBytes);
    }

private:
    void grow(std::size_t needed, bool doubling = true)
    {
        const std::size_t wanted = std::max(needed, doubling ? std::max<std::size_t>(16, m_capacity * 2) : needed);
        std::size_t bytes = wanted * sizeof(T);
        void *p = nullptr;
#ifdef __linux__
        if (bytes >= kMappedFrom) {
            bytes = (bytes + kMappedFrom - 1) & ~(kMappedFrom - 1);
            void *target = alignedReservation(bytes); // huge pages need 2 MiB-aligned addresses
            if (target == MAP_FAILED) {
                p = MAP_FAILED;
            } else if (m_mapped) {
                p = mremap(static_cast<void *>(m_data), m_mappedBytes, bytes, MREMAP_MAYMOVE | MREMAP_FIXED, target);
                if (p == MAP_FAILED)
                    munmap(target, bytes);
            } else {
                p = mmap(target, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
                if (p != MAP_FAILED && m_size)
                    std::memcpy(p, static_cast<const void *>(m_data), m_size * sizeof(T)); // < 2 MiB: cheap
                if (p != MAP_FAILED)
                    std::free(m_data);
                else
                    munmap(target, bytes);
            }
            if (p == MAP_FAILED)
                throw std::bad_alloc();
            madvise(p, bytes, MADV_HUGEPAGE); // advice only: failing changes nothing but speed
            m_mapped = true;
            m_mappedBytes = bytes;
            m_data = static_cast<T *>(p);
            m_capacity = bytes / sizeof(T);
            return;
        }
#endif
        if constexpr (alignof(T) > alignof(std::max_align_t)) { // realloc would not keep the alignment
            const std::size_t rounded = (std::max<std::size_t>(bytes, 1) + alignof(T) - 1) & ~(alignof(T) - 1);
            p = std::aligned_alloc(alignof(T), rounded);
            if (p && m_size)
                std::memcpy(p, static_cast<const void *>(m_data), m_size * sizeof(T));
            if (p)
                std::free(m_data);
        } else {
            p = std::realloc(static_cast<void *>(m_data), std::max<std::size_t>(bytes, 1));
        }
        if (!p)
            throw std::bad_alloc();
        m_data = static_cast<T *>(p);
        m_capacity = wanted;
    }
#ifdef __linux__
    // `bytes` of address space at a 2 MiB boundary, reserved (no memory, no access) for MAP_FIXED.
    static void *alignedReservation(std::size_t bytes)
    {
        const std::size_t padded = bytes + kMappedFrom;
        void *p = mmap(nullptr, padded, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED)
            return p;
        const std::uintptr_t start = reinterpret_cast<std::uintptr_t>(p);
        const std::uintptr_t aligned = (start + kMappedFrom - 1) & ~std::uintptr_t(kMappedFrom - 1);
        if (aligned > start)
            munmap(p, aligned - start);
        if (const std::size_t tail = start + padded - (aligned + bytes); tail > 0)
            munmap(reinterpret_cast<void *>(aligned + bytes), tail);
        return reinterpret_cast<void *>(aligned);
    }
#endif
    void release() noexcept
    {
#ifdef __linux__
        if (m_mapped) {
            munmap(static_cast<void *>(m_data), m_mappedBytes);
            return;
        }
#endif
        std::free(m_data);
    }

    T *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    bool m_mapped = false; // m_data is an anonymous mapping of m_mappedBytes bytes
    std::size_t m_mappedBytes = 0;
};

} // namespace arbiter
