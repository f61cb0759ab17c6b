// Eigenvector centrality by power iteration, step for step as NetworkX does it.

extension Centrality {
    /// Eigenvector centrality (weighted by default), by power iteration on A + I.
    ///
    /// NetworkX: `eigenvector_centrality(G, max_iter=100, tol=1e-6, nstart=None, weight="weight")`
    /// (pass `weighted: false` for NetworkX's default `weight=None`). The iteration is NetworkX's exactly:
    /// start from x = 1/n for every node; each step x' = x·(A + I) (a self-loop's weight appears once on
    /// the diagonal of A); normalize by the Euclidean norm (1 if the norm is 0); stop when
    /// Σ|x' − x| < n·tol. Reference: P. Bonacich (1987) "Power and centrality: a family of measures".
    ///
    /// NetworkX raises `PowerIterationFailedConvergence` after `maxIterations` steps without convergence;
    /// here the last iterate is returned with `converged == false`. The empty graph gives [] (NetworkX
    /// raises `NetworkXPointlessConcept`).
    public static func eigenvector(_ g: WeightedGraph, weighted: Bool = true, maxIterations: Int = 100,
                                   tolerance: Double = 1e-6) -> PowerIterationResult {
        let n = g.nodeCount
        if n == 0 { return PowerIterationResult(values: [], iterations: 0, converged: true) }
        var x = [Double](repeating: 1.0 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        let threshold = Double(n) * tolerance
        for iteration in 1...max(1, maxIterations) {
            g.withCSR { csr in
                let off = csr.offsets.baseAddress!, tgt = csr.targets.baseAddress!, wt = csr.weights.baseAddress!
                x.withUnsafeBufferPointer { xl in
                    next.withUnsafeMutableBufferPointer { xn in
                        for v in 0..<n {
                            var acc = xl[v]
                            for e in off[v]..<off[v + 1] {
                                acc += xl[Int(tgt[e])] * (weighted ? wt[e] : 1)
                            }
                            xn[v] = acc
                        }
                    }
                }
            }
            var sumSquares = 0.0
            for v in 0..<n { sumSquares += next[v] * next[v] }
            var norm = sumSquares.squareRoot()
            if norm == 0 { norm = 1 }
            var err = 0.0
            for v in 0..<n {
                next[v] /= norm
                err += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if err < threshold {
                return PowerIterationResult(values: x, iterations: iteration, converged: true)
            }
        }
        return PowerIterationResult(values: x, iterations: maxIterations, converged: false)
    }
}
