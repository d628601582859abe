//! A hint to the processor to start loading memory that is about to be read. The chronology's
//! stages walk events and word lists in date order while their bytes were allocated article by
//! article all over the heap; on a large dossier most of their time was waiting on memory, and
//! asking a few items ahead lets those waits overlap.

/// Starts loading the cache line at `p` without waiting for it. A prefetch reads nothing the
/// program sees and never faults, whatever the address; on processors other than x86-64 it does
/// nothing.
#[inline(always)]
pub fn prefetch<T>(p: *const T) {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse"))]
    // SAFETY: SSE is enabled (the cfg above), and a prefetch is a hint: it reads nothing the
    // program sees and never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(p.cast::<i8>())
    };
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse")))]
    let _ = p;
}
