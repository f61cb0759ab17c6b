// Namespace for centrality measures (one family per file: DegreeCentrality.swift, Betweenness.swift, ...).

/// Centrality measures on a `WeightedGraph`. Each function states the NetworkX function it reproduces,
/// its reference and its normalization. Results are arrays indexed like `graph.ids`.
public enum Centrality {}

/// The result of a power iteration (eigenvector centrality, PageRank).
public struct PowerIterationResult: Sendable, Hashable {
    /// Values indexed like `graph.ids`. When `converged` is false these are the last iterate (NetworkX would
    /// raise `PowerIterationFailedConvergence` instead).
    public var values: [Double]
    /// Iterations performed.
    public var iterations: Int
    public var converged: Bool
    public init(values: [Double], iterations: Int, converged: Bool) {
        self.values = values; self.iterations = iterations; self.converged = converged
    }
}
