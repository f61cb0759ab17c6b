// A line chart of rank by session, written as SVG by hand: no Graphviz, browser or Python involved.
// Deterministic: the same history gives the same bytes (fixed palette, integer/1-decimal coordinates).
import Analysis
import MeetingGraph
import Foundation

public enum HistoryChart {
    public enum Labels: String, Sendable, CaseIterable { case ar, en, both }

    /// Colour-blind-friendly palette (Okabe–Ito, then Tableau), cycled; after it runs out lines are dashed.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F7F7F",
                          "#8C564B", "#BCBD22", "#17BECF", "#1F3A93", "#9A0000"]
    static let dashes = ["", "6 3", "2 3", "8 3 2 3"]

    static let fonts = "'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', 'Arial', sans-serif"

    /// SVG of the history: x = sessions in order, y = rank (1 at the top), one line per series with a dot
    /// per session where the node is present (gaps where absent), a legend to the right.
    public static func svg(_ h: RankHistory, labels: Labels = .both, title: String? = nil) -> String {
        let n = h.sessions.count
        let maxRank = max(1, h.series.flatMap { $0.ranks.compactMap { $0 } }.max() ?? 1)
        let left = 70.0, top = 70.0, step = 110.0, rowH = max(18.0, min(34.0, 420.0 / Double(maxRank)))
        let plotW = step * Double(max(n - 1, 1)), plotH = rowH * Double(max(maxRank - 1, 1))
        let legendX = left + plotW + 50, legendRow = 22.0
        let legendW = 300.0
        let width = legendX + legendW
        let height = max(top + plotH + 70, top + legendRow * Double(h.series.count) + 40)

        func x(_ i: Int) -> Double { n <= 1 ? left + plotW / 2 : left + step * Double(i) }
        func y(_ r: Int) -> Double { maxRank <= 1 ? top + plotH / 2 : top + rowH * Double(r - 1) }

        var s = ""
        s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"\(fonts)\">\n"
        s += "<rect x=\"0\" y=\"0\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#ffffff\"/>\n"
        let kindName = h.kind == .country ? "countries" : h.kind.rawValue + "s"
        let t = title ?? "Rank by \(h.measure) per session — top \(h.top) \(kindName)"
        s += "<text x=\"\(f(left - 40))\" y=\"30\" font-size=\"16\" font-weight=\"bold\" fill=\"#222\">\(esc(t))</text>\n"

        // Grid: one horizontal line per rank, one vertical per session.
        s += "<g stroke=\"#e3e3e3\" stroke-width=\"1\">\n"
        for r in 1...maxRank { s += "<line x1=\"\(f(left - 10))\" y1=\"\(f(y(r)))\" x2=\"\(f(left + plotW + 10))\" y2=\"\(f(y(r)))\"/>\n" }
        for i in 0..<max(n, 1) where n > 0 { s += "<line x1=\"\(f(x(i)))\" y1=\"\(f(top - 10))\" x2=\"\(f(x(i)))\" y2=\"\(f(top + plotH + 10))\"/>\n" }
        s += "</g>\n"
        // Axis labels.
        s += "<g font-size=\"12\" fill=\"#555\">\n"
        s += "<text x=\"\(f(left - 50))\" y=\"\(f(top - 20))\">rank</text>\n"
        for r in 1...maxRank {
            s += "<text x=\"\(f(left - 20))\" y=\"\(f(y(r) + 4))\" text-anchor=\"end\">\(r)</text>\n"
        }
        for (i, sess) in h.sessions.enumerated() {
            let name = sess.number.map { "#\($0)" } ?? sess.session
            s += "<text x=\"\(f(x(i)))\" y=\"\(f(top + plotH + 32))\" text-anchor=\"middle\">\(esc(name))</text>\n"
            if let yr = sess.year {
                s += "<text x=\"\(f(x(i)))\" y=\"\(f(top + plotH + 48))\" text-anchor=\"middle\" fill=\"#888\">\(yr)</text>\n"
            }
        }
        s += "</g>\n"

        // Series tied at one rank in one session are spread a few pixels apart so every line stays visible.
        var offset: [[Double]] = h.series.map { _ in Array(repeating: 0, count: n) }
        for i in 0..<n {
            var byRank: [Int: [Int]] = [:]
            for (k, ser) in h.series.enumerated() { if i < ser.ranks.count, let r = ser.ranks[i] { byRank[r, default: []].append(k) } }
            for (_, ks) in byRank where ks.count > 1 {
                let gap = min(4.0, rowH * 0.6 / Double(ks.count - 1))
                for (j, k) in ks.enumerated() { offset[k][i] = (Double(j) - Double(ks.count - 1) / 2) * gap }
            }
        }

        // Lines.
        for (k, ser) in h.series.enumerated() {
            let color = palette[k % palette.count], dash = dashes[(k / palette.count) % dashes.count]
            let dashAttr = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
            s += "<g id=\"series-\(esc(ser.id))\" stroke=\"\(color)\" fill=\"\(color)\">\n"
            s += "<title>\(esc(seriesLabel(ser, .both)))</title>\n"
            var run: [(Double, Double)] = []
            func flush() {
                if run.count >= 2 {
                    s += "<polyline fill=\"none\" stroke-width=\"2.5\"\(dashAttr) points=\""
                        + run.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ") + "\"/>\n"
                }
                run = []
            }
            for (i, r) in ser.ranks.enumerated() {
                if let r { run.append((x(i), y(r) + offset[k][i])) } else { flush() }
            }
            flush()
            for (i, r) in ser.ranks.enumerated() {
                guard let r else { continue }
                let v = ser.values[i].map { " — \(h.measure) \(num($0))" } ?? ""
                s += "<circle cx=\"\(f(x(i)))\" cy=\"\(f(y(r) + offset[k][i]))\" r=\"4.5\"><title>\(esc(seriesLabel(ser, labels))) \(esc(h.sessions[i].number.map { "#\($0)" } ?? h.sessions[i].session)): rank \(r)\(esc(v))</title></circle>\n"
            }
            s += "</g>\n"
        }

        // Legend.
        s += "<g font-size=\"13\" fill=\"#222\">\n"
        s += "<text x=\"\(f(legendX))\" y=\"\(f(top - 20))\" font-weight=\"bold\">\(esc(kindName.prefix(1).uppercased() + kindName.dropFirst()))</text>\n"
        for (k, ser) in h.series.enumerated() {
            let color = palette[k % palette.count], dash = dashes[(k / palette.count) % dashes.count]
            let ly = top + legendRow * Double(k)
            let dashAttr = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
            s += "<line x1=\"\(f(legendX))\" y1=\"\(f(ly - 4))\" x2=\"\(f(legendX + 28))\" y2=\"\(f(ly - 4))\" stroke=\"\(color)\" stroke-width=\"2.5\"\(dashAttr)/>\n"
            s += "<circle cx=\"\(f(legendX + 14))\" cy=\"\(f(ly - 4))\" r=\"4\" fill=\"\(color)\"/>\n"
            s += "<text x=\"\(f(legendX + 36))\" y=\"\(f(ly))\">\(esc(seriesLabel(ser, labels)))</text>\n"
        }
        s += "</g>\n</svg>\n"
        return s
    }

    /// "الجزائر · Algeria (DZA)" for `.both`; the requested language otherwise, falling back to the other.
    public static func seriesLabel(_ ser: HistorySeries, _ labels: Labels) -> String {
        let ar = ser.labelAR.flatMap { $0.isEmpty ? nil : $0 }, en = ser.labelEN.flatMap { $0.isEmpty ? nil : $0 }
        switch labels {
        case .ar: return (ar ?? en ?? ser.id)
        case .en: return (en ?? ar ?? ser.id)
        case .both:
            // An LRM after the Arabic part keeps "(ID)" on the right in a left-to-right legend.
            var parts: [String] = []
            for p in [ar, en].compactMap({ $0 }) where !parts.contains(p) { parts.append(p) }
            if ser.id.hasPrefix("person:") {   // officials: the name is the id
                return parts.isEmpty ? String(ser.id.dropFirst(7)) : parts.map { $0 + "\u{200E}" }.joined(separator: " · ")
            }
            if let a = ar, let i = parts.firstIndex(of: a) { parts[i] = a + "\u{200E}" }
            return parts.isEmpty ? ser.id : parts.joined(separator: " · ") + " (\(ser.id))"
        }
    }

    static func f(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    static func num(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e12 ? String(Int(v)) : String(format: "%.4f", v)
    }

    /// XML text/attribute escaping (the graph files' escaping); bidi and other format characters pass through
    /// unchanged.
    public static func esc(_ s: some StringProtocol) -> String { XMLWriter.escape(String(s)) }
}
