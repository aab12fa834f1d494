#pragma once

// HugePageAllocator: for the engine's few very large arrays (a board's tree nodes, player records, id tables).
// On Linux, allocations of 2 MiB or more are aligned to 2 MiB and marked MADV_HUGEPAGE, so transparent huge
// pages back them even when the system's policy is "madvise" (Debian's default). A 1M-player board spreads
// random accesses over ~150 MB: with 4 KiB pages nearly every access also misses the TLB, with 2 MiB pages
// almost none does. Smaller allocations, and other systems, get plain (suitably aligned) heap memory.

#include <cstddef>
#include <cstdlib>
#include <new>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace arbiter {

template <typename T> struct HugePageAllocator {
    using value_type = T;
    static constexpr std::size_t HugePage = std::size_t(2) << 20;

    HugePageAllocator() noexcept = default;
    template <typename U> HugePageAllocator(const HugePageAllocator<U> &) noexcept {}

    T *allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        void *p = nullptr;
        if (bytes >= HugePage) {
            const std::size_t rounded = (bytes + HugePage - 1) & ~(HugePage - 1);
            p = std::aligned_alloc(HugePage, rounded);
#ifdef __linux__
            if (p)
                madvise(p, rounded, MADV_HUGEPAGE); // advice only: failing changes nothing but speed
#endif
        } else {
            constexpr std::size_t align = alignof(T) > alignof(std::max_align_t) ? alignof(T) : alignof(std::max_align_t);
            p = std::aligned_alloc(align, ((bytes > 0 ? bytes : 1) + align - 1) & ~(align - 1));
        }
        if (!p)
            throw std::bad_alloc();
        return static_cast<T *>(p);
    }
    void deallocate(T *p, std::size_t) noexcept { std::free(p); }

    template <typename U> bool operator==(const HugePageAllocator<U> &) const noexcept { return true; }
};

template <typename T> using HugeVector = std::vector<T, HugePageAllocator<T>>;

} // namespace arbiter
