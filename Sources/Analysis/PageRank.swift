// PageRank by power iteration, step for step as NetworkX's `_pagerank_scipy`.

extension Centrality {
    /// Weighted PageRank.
    ///
    /// NetworkX: `pagerank(G, alpha=0.85, personalization=None, max_iter=100, tol=1e-6, nstart=None,
    /// weight="weight", dangling=None)`. Iteration (as NetworkX 3.x): A is the weighted adjacency (a
    /// self-loop's weight once on the diagonal), rows scaled by 1/row-sum; nodes whose row sums to 0
    /// are dangling; x₀ = 1/n; x' = α·(x·A + Σ_{dangling} x · 1/n) + (1 − α)/n; stop when
    /// Σ|x' − x| < n·tol. Reference: Page, Brin, Motwani & Winograd (1999) "The PageRank citation ranking".
    ///
    /// NetworkX raises `PowerIterationFailedConvergence` after `maxIterations`; here the last iterate is
    /// returned with `converged == false`. Empty graph gives [].
    public static func pageRank(_ g: WeightedGraph, alpha: Double = 0.85, maxIterations: Int = 100,
                                tolerance: Double = 1e-6) -> PowerIterationResult {
        let n = g.nodeCount
        if n == 0 { return PowerIterationResult(values: [], iterations: 0, converged: true) }
        // Row sums (self-loop once) and their inverses.
        var inv = [Double](repeating: 0, count: n)
        var dangling: [Int] = []
        for u in 0..<n {
            var s = 0.0
            for e in g.neighborRange(u) { s += g.weights[e] }
            if s != 0 { inv[u] = 1.0 / s } else { dangling.append(u) }
        }
        // Scaled matrix entries A'[u][v] = w(u,v)/S(u), stored in row v for a pull: x'_v = Σ_u x_u A'[u][v].
        var scaled = [Double](repeating: 0, count: g.targets.count)
        for v in 0..<n {
            for e in g.neighborRange(v) { scaled[e] = g.weights[e] * inv[Int(g.targets[e])] }
        }
        let p = 1.0 / Double(n)
        var x = [Double](repeating: p, count: n)
        var next = [Double](repeating: 0, count: n)
        let threshold = Double(n) * tolerance
        for iteration in 1...max(1, maxIterations) {
            var danglingSum = 0.0
            for u in dangling { danglingSum += x[u] }
            let base = danglingSum * p
            var err = 0.0
            g.withCSR { csr in
                let off = csr.offsets.baseAddress!, tgt = csr.targets.baseAddress!
                scaled.withUnsafeBufferPointer { a in
                    x.withUnsafeBufferPointer { xl in
                        next.withUnsafeMutableBufferPointer { xn in
                            for v in 0..<n {
                                var acc = 0.0
                                for e in off[v]..<off[v + 1] { acc += xl[Int(tgt[e])] * a[e] }
                                let value = alpha * (acc + base) + (1 - alpha) * p
                                xn[v] = value
                                err += abs(value - xl[v])
                            }
                        }
                    }
                }
            }
            swap(&x, &next)
            if err < threshold {
                return PowerIterationResult(values: x, iterations: iteration, converged: true)
            }
        }
        return PowerIterationResult(values: x, iterations: maxIterations, converged: false)
    }
}
