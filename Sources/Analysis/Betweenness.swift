// Betweenness centrality: Brandes' algorithm over unweighted shortest paths, parallel over sources.

extension Centrality {
    /// Shortest-path betweenness centrality on unweighted paths (edge weights ignored, self-loops ignored).
    ///
    /// NetworkX: `betweenness_centrality(G, normalized=True, weight=None, endpoints=False)`.
    /// Reference: U. Brandes (2001) "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2).
    ///
    /// Normalization (NetworkX, undirected): the sum over ordered source–target pairs s ≠ v ≠ t of
    /// σ_st(v)/σ_st is multiplied by 1/((n−1)(n−2)); with `normalized: false` by 1/2 (unordered pairs).
    /// Graphs with n ≤ 2 give all zeros.
    ///
    /// Sources are split across `threads` workers by stride (s ≡ worker mod threads); each worker
    /// accumulates into its own array and the arrays are added in worker order, so the result is
    /// deterministic for a given thread count.
    public static func betweenness(_ g: WeightedGraph, normalized: Bool = true,
                                   threads: Int = defaultAnalysisThreads) -> [Double] {
        let n = g.nodeCount
        if n == 0 { return [] }
        let workers = max(1, min(threads, n))
        let partial = SharedBuffer<Double>(repeating: 0, count: n * workers)
        defer { partial.free() }
        g.withCSR { csr in
            parallelWorkers(workers) { t, w in
                brandesAccumulate(csr, sourcesFrom: t, stride: w, into: partial.base + t * n)
            }
        }
        var bc = [Double](repeating: 0, count: n)
        for t in 0..<workers {
            let p = partial.base + t * n
            for v in 0..<n { bc[v] += p[v] }
        }
        let N = n - 1  // endpoints=False
        if N < 2 { return bc }
        let scale = normalized ? 1.0 / (Double(N) * Double(N - 1)) : 0.5
        for v in 0..<n { bc[v] *= scale }
        return bc
    }

    /// Brandes single-source accumulation for sources start, start+stride, ... into `bc`.
    static func brandesAccumulate(_ g: CSRView, sourcesFrom start: Int, stride: Int,
                                  into bc: UnsafeMutablePointer<Double>) {
        let n = g.n
        let off = g.offsets.baseAddress!
        let tgt = g.targets.baseAddress!
        let dist = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        let sigma = UnsafeMutablePointer<Double>.allocate(capacity: n)
        let delta = UnsafeMutablePointer<Double>.allocate(capacity: n)
        let order = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        dist.initialize(repeating: -1, count: n)
        sigma.initialize(repeating: 0, count: n)
        delta.initialize(repeating: 0, count: n)
        defer { dist.deallocate(); sigma.deallocate(); delta.deallocate(); order.deallocate() }
        var s = start
        while s < n {
            // BFS from s; `order` doubles as the queue and the stack S of Brandes.
            var head = 0, tail = 0
            order[tail] = Int32(s); tail += 1
            dist[s] = 0; sigma[s] = 1
            while head < tail {
                let v = Int(order[head]); head += 1
                let dv = dist[v] &+ 1
                let sv = sigma[v]
                for e in off[v]..<off[v + 1] {
                    let w = Int(tgt[e])
                    let dw = dist[w]
                    if dw < 0 {
                        dist[w] = dv
                        sigma[w] = sv
                        order[tail] = Int32(truncatingIfNeeded: w); tail += 1
                    } else if dw == dv {
                        sigma[w] += sv
                    }
                }
            }
            // Dependency accumulation in reverse BFS order: δ(v) = σ(v)·Σ_{w: d(w)=d(v)+1} (1+δ(w))/σ(w).
            // `delta` holds the coefficient (1+δ(w))/σ(w) once w is done, so the edge loop only adds.
            var i = tail - 1
            while i > 0 {
                let v = Int(order[i])
                let dv = dist[v] &+ 1
                var acc = 0.0
                for e in off[v]..<off[v + 1] {
                    let w = Int(tgt[e])
                    if dist[w] == dv { acc += delta[w] }
                }
                let dep = sigma[v] * acc
                bc[v] += dep
                delta[v] = (1 + dep) / sigma[v]
                i -= 1
            }
            // Reset only the reached nodes.
            for j in 0..<tail {
                let v = Int(order[j])
                dist[v] = -1; sigma[v] = 0; delta[v] = 0
            }
            s += stride
        }
    }
}
