// Closeness centrality with the Wasserman–Faust correction for disconnected graphs.

extension Centrality {
    /// Closeness centrality on unweighted shortest paths (edge weights and self-loops ignored).
    ///
    /// NetworkX: `closeness_centrality(G, distance=None, wf_improved=True)`:
    /// C(u) = (r − 1)/Σ_v d(u, v) · (r − 1)/(n − 1), where r is the number of nodes reachable from u
    /// (u included); 0 for isolated nodes and for n ≤ 1.
    /// References: Freeman (1979); Wasserman & Faust (1994) "Social Network Analysis", eq. 5.6.
    ///
    /// Computed by multi-source BFS (Then et al. 2014, "The More the Merrier: Efficient Multi-Source
    /// Graph Traversal", VLDB 8(4)): 64 sources share one traversal as bits of a word; batches of 64
    /// sources are split across `threads` workers by stride. Distances are exact integers, so the result
    /// does not depend on the thread count.
    public static func closeness(_ g: WeightedGraph, threads: Int = defaultAnalysisThreads) -> [Double] {
        let n = g.nodeCount
        if n == 0 { return [] }
        let batches = (n + 63) / 64
        let workers = max(1, min(threads, batches))
        let out = SharedBuffer<Double>(repeating: 0, count: n)
        defer { out.free() }
        g.withCSR { csr in
            parallelWorkers(workers) { t, w in
                let off = csr.offsets.baseAddress!, tgt = csr.targets.baseAddress!
                let seen = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
                let visit = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
                let next = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
                defer { seen.deallocate(); visit.deallocate(); next.deallocate() }
                var total = [Int](repeating: 0, count: 64)
                var reached = [Int](repeating: 0, count: 64)
                var batch = t
                while batch < batches {
                    let first = batch * 64
                    let count = min(64, n - first)
                    seen.initialize(repeating: 0, count: n)
                    visit.initialize(repeating: 0, count: n)
                    next.initialize(repeating: 0, count: n)
                    for i in 0..<count {
                        seen[first + i] |= 1 << UInt64(i)
                        visit[first + i] |= 1 << UInt64(i)
                        total[i] = 0; reached[i] = 1
                    }
                    var level = 0
                    var active = true
                    while active {
                        level += 1
                        for v in 0..<n {
                            let bits = visit[v]
                            if bits == 0 { continue }
                            for e in off[v]..<off[v + 1] { next[Int(tgt[e])] |= bits }
                        }
                        active = false
                        for v in 0..<n {
                            let fresh = next[v] & ~seen[v]
                            next[v] = 0
                            visit[v] = fresh
                            if fresh == 0 { continue }
                            active = true
                            seen[v] |= fresh
                            var b = fresh
                            while b != 0 {
                                let i = b.trailingZeroBitCount
                                total[i] += level; reached[i] += 1
                                b &= b - 1
                            }
                        }
                    }
                    for i in 0..<count {
                        var c = 0.0
                        if total[i] > 0 && n > 1 {
                            c = (Double(reached[i]) - 1.0) / Double(total[i])
                            c *= (Double(reached[i]) - 1.0) / Double(n - 1)
                        }
                        out.base[first + i] = c
                    }
                    batch += w
                }
            }
        }
        return Array(UnsafeBufferPointer(start: out.base, count: n))
    }
}
