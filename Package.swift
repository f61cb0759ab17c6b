// swift-tools-version:6.0
import PackageDescription

// An article's extraction runs on one thread with objects of its own (its run, and a word cache and vocabulary
// taken from a pool), so the run-time exclusivity checks on their class properties never fire; in release builds
// they cost ~3 % of `majlis extract` (docs/extraction-speed.md) and are left out. Debug builds, and so the tests,
// keep them.
let singleThreadedHotPath: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "majlis",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "majlis", targets: ["majlis"]),
        .library(name: "ArabicText", targets: ["ArabicText"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "MeetingGraph", targets: ["MeetingGraph"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "Rendering", targets: ["Rendering"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Layer 1: Arabic text primitives (normalization, tokens with offsets, clitics, sentences, ordinals).
        .target(name: "ArabicText", swiftSettings: singleThreadedHotPath),
        // Layer 2: lexicons and recognizers: article text in, DocumentExtraction out. Pure.
        .target(name: "Extraction", dependencies: ["ArabicText"], swiftSettings: singleThreadedHotPath),
        // Layer 3: the typed meeting graph, entity resolution, views, graph file IO, corpus loading.
        .target(name: "MeetingGraph", dependencies: ["Extraction", "ArabicText"]),
        // Layer 4: centralities, communities, k-core, graph diff.
        .target(name: "Analysis", dependencies: ["MeetingGraph"]),
        // Layer 5: DOT writer, Graphviz bridge, styles, reports.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "Rendering", dependencies: ["Analysis", "MeetingGraph", "Extraction", "CGraphviz"]),
        // The executable's allocator on Linux (docs/extraction-speed.md: glibc's malloc costs ~5 % of an extraction).
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        // Layer 6: the command-line interface.
        .executableTarget(
            name: "majlis",
            dependencies: [
                "ArabicText", "Extraction", "MeetingGraph", "Analysis", "Rendering",
                .target(name: "CJemalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark driver (bench/bench-analysis.sh): times every Analysis measure on a GraphML file.
        .executableTarget(name: "majlis-bench", dependencies: ["Analysis"], path: "bench/Sources/majlis-bench"),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "ArabicText"]),
        .testTarget(name: "MeetingGraphTests", dependencies: ["MeetingGraph", "Extraction"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "MeetingGraph", "Extraction"], exclude: ["Fixtures"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering", "Analysis", "MeetingGraph", "Extraction"]),
        .testTarget(name: "CLITests", dependencies: ["majlis"]),
    ]
)
