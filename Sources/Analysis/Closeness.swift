// Closeness centrality with the Wasserman–Faust correction for disconnected graphs.

extension Centrality {
    /// Closeness centrality on unweighted shortest paths (edge weights and self-loops ignored).
    ///
    /// NetworkX: `closeness_centrality(G, distance=None, wf_improved=True)`:
    /// C(u) = (r − 1)/Σ_v d(u, v) · (r − 1)/(n − 1), where r is the number of nodes reachable from u
    /// (u included); 0 for isolated nodes and for n ≤ 1.
    /// References: Freeman (1979); Wasserman & Faust (1994) "Social Network Analysis", eq. 5.6.
    ///
    /// One BFS per node, split across `threads` workers by stride.
    public static func closeness(_ g: WeightedGraph, threads: Int = defaultAnalysisThreads) -> [Double] {
        let n = g.nodeCount
        if n == 0 { return [] }
        let workers = max(1, min(threads, n))
        let out = SharedBuffer<Double>(repeating: 0, count: n)
        defer { out.free() }
        g.withCSR { csr in
            parallelWorkers(workers) { t, w in
                let off = csr.offsets.baseAddress!, tgt = csr.targets.baseAddress!
                let dist = UnsafeMutablePointer<Int32>.allocate(capacity: n)
                let queue = UnsafeMutablePointer<Int32>.allocate(capacity: n)
                dist.initialize(repeating: -1, count: n)
                defer { dist.deallocate(); queue.deallocate() }
                var s = t
                while s < n {
                    var head = 0, tail = 0
                    queue[tail] = Int32(s); tail += 1
                    dist[s] = 0
                    var total = 0
                    while head < tail {
                        let v = Int(queue[head]); head += 1
                        let dv = dist[v] &+ 1
                        for e in off[v]..<off[v + 1] {
                            let x = Int(tgt[e])
                            if dist[x] < 0 {
                                dist[x] = dv; total += Int(dv)
                                queue[tail] = Int32(truncatingIfNeeded: x); tail += 1
                            }
                        }
                    }
                    var c = 0.0
                    if total > 0 && n > 1 {
                        c = (Double(tail) - 1.0) / Double(total)
                        c *= (Double(tail) - 1.0) / Double(n - 1)
                    }
                    out.base[s] = c
                    for j in 0..<tail { dist[Int(queue[j])] = -1 }
                    s += w
                }
            }
        }
        return Array(UnsafeBufferPointer(start: out.base, count: n))
    }
}
