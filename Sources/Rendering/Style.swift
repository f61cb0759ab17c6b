// How the meeting graph looks: one shape and colour per node kind, one stroke per edge kind, a palette for
// clusters. Shared by the network diagram and the diff diagram so both read the same way.
import Foundation
import MeetingGraph

/// The look of one node kind.
public struct NodeStyle: Sendable, Hashable {
    public var shape: String
    /// Graphviz `style` (comma-separated).
    public var style: String
    public var fill: String
    public var border: String
    public var fontColor: String
    /// Base and extra font size: `base + extra * t` for a node at relative size `t` in 0...1.
    public var fontBase: Double
    public var fontExtra: Double
    /// English legend label (plural) and Arabic one.
    public var legendEN: String
    public var legendAR: String
}

/// The look of one edge kind.
public struct EdgeStyle: Sendable, Hashable {
    public var color: String
    public var style: String
    public var legendEN: String
}

public enum Style {
    /// The font families labels are drawn with: Noto (fonts-noto-core) covers Arabic and Latin; Graphviz
    /// resolves the list through fontconfig/pango for PNG/PDF, browsers through CSS for SVG.
    public static let arabicFont = "Noto Sans Arabic"
    public static let latinFont = "Noto Sans"
    /// Font lists for Graphviz `fontname` (pango reads the comma list as fallbacks; SVG carries it as the
    /// CSS `font-family`, so browsers fall back the same way): Arabic-first for Arabic labels, Latin-first
    /// for English ones.
    public static let arabicFontList = "Noto Sans Arabic,Noto Naskh Arabic,Noto Sans,DejaVu Sans,sans-serif"
    public static let latinFontList = "Noto Sans,Noto Sans Arabic,DejaVu Sans,sans-serif"

    /// Topics are drawn lighter and smaller so the country network stands out.
    public static func node(_ kind: NodeKind) -> NodeStyle {
        switch kind {
        case .country:
            return NodeStyle(shape: "ellipse", style: "filled,bold", fill: "#cfe2f3", border: "#1f4e79",
                             fontColor: "#0b2945", fontBase: 13, fontExtra: 9,
                             legendEN: "countries", legendAR: "الدول")
        case .person:
            return NodeStyle(shape: "box", style: "filled,rounded", fill: "#fde9d9", border: "#b4443a",
                             fontColor: "#3d1410", fontBase: 11, fontExtra: 5,
                             legendEN: "officials", legendAR: "المسؤولون")
        case .organization:
            return NodeStyle(shape: "hexagon", style: "filled", fill: "#e2efda", border: "#4a7a2e",
                             fontColor: "#1e3512", fontBase: 11, fontExtra: 5,
                             legendEN: "organizations", legendAR: "المنظمات")
        case .topic:
            return NodeStyle(shape: "box", style: "filled,dashed", fill: "#f5f5f5", border: "#c4c4c4",
                             fontColor: "#7a7a7a", fontBase: 10, fontExtra: 3,
                             legendEN: "topics", legendAR: "المواضيع")
        }
    }

    public static func edge(_ kind: EdgeKind) -> EdgeStyle {
        switch kind {
        case .met: return EdgeStyle(color: "#b4443acc", style: "solid", legendEN: "meeting")
        case .meets: return EdgeStyle(color: "#1f4e79cc", style: "solid", legendEN: "meetings between countries")
        case .represents: return EdgeStyle(color: "#a0a0a077", style: "solid", legendEN: "represents")
        case .heads: return EdgeStyle(color: "#4a7a2eaa", style: "solid", legendEN: "heads")
        case .member: return EdgeStyle(color: "#4a7a2e88", style: "dotted", legendEN: "member")
        case .discussed: return EdgeStyle(color: "#c8c8c877", style: "dashed", legendEN: "discussed")
        }
    }

    /// Fill colours for clusters (ColorBrewer Set3, readable under dark text); cluster `i` takes
    /// `clusterPalette[i % count]`.
    public static let clusterPalette = [
        "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
        "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f",
    ]

    public static func clusterFill(_ cluster: Int) -> String {
        clusterPalette[((cluster % clusterPalette.count) + clusterPalette.count) % clusterPalette.count]
    }

    /// Edge width for a weight: 1 for a single meeting, growing with the logarithm, capped at 8. Edges that
    /// are not meetings (represents, heads, member, discussed) stay thin whatever their weight, so the
    /// meeting network carries the ink.
    public static func penWidth(weight: Double, kind: EdgeKind = .meets) -> Double {
        guard weight.isFinite, weight > 0 else { return 1 }
        let w = 1 + 1.6 * log2(max(weight, 1))
        switch kind {
        case .met, .meets: return min(8, max(0.8, w))
        case .represents, .heads, .member: return 0.8
        case .discussed: return min(1.6, 0.6 + 0.25 * log2(max(weight, 1)))
        }
    }
}

