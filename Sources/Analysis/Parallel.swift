// A tiny fixed-partition parallel loop used by the all-sources measures (betweenness, closeness).
import Dispatch

/// A raw buffer shared by worker threads that each write a disjoint slice.
struct SharedBuffer<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
    let count: Int
    init(repeating value: T, count: Int) {
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: value, count: count)
        self.count = count
    }
    func free() { base.deinitialize(count: count); base.deallocate() }
}

/// Read-only CSR arrays as raw pointers for the hot loops.
struct CSRView: @unchecked Sendable {
    let n: Int
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int32>
    let weights: UnsafeBufferPointer<Double>
}

extension WeightedGraph {
    /// Runs `body` with raw views of the CSR arrays.
    func withCSR<R>(_ body: (CSRView) throws -> R) rethrows -> R {
        try offsets.withUnsafeBufferPointer { o in
            try targets.withUnsafeBufferPointer { t in
                try weights.withUnsafeBufferPointer { w in
                    try body(CSRView(n: nodeCount, offsets: o, targets: t, weights: w))
                }
            }
        }
    }
}

/// Runs `work(worker, workers)` on `workers` threads (worker 0..<workers) and waits. The partition of the
/// work is fixed by the worker number, so results combined in worker order are deterministic.
func parallelWorkers(_ workers: Int, _ work: @Sendable (Int, Int) -> Void) {
    let w = max(1, workers)
    if w == 1 { work(0, 1); return }
    DispatchQueue.concurrentPerform(iterations: w) { t in work(t, w) }
}

/// The number of worker threads used by default: 2 (this project's benchmark machine has 2 cores). Results
/// are deterministic for a given thread count.
public let defaultAnalysisThreads = 2
