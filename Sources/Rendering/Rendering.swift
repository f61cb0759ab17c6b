// Rendering: the DOT writer (DOTWriter.swift), the in-process Graphviz bridge (GraphvizRenderer.swift),
// the shared look (Style.swift) and atomic file output (OutputFiles.swift).
