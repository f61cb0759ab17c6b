// Graph diff: what changed between two meeting graphs (two council sessions, or two saved graph files).
//
// Compared:
// - nodes added / removed, by kind; officials who changed per country (the persons `represents`-linked to a
//   country, or whose `country` attribute names it; same role on both sides = a replacement);
// - edges added / removed / re-weighted, matched on (source, target, kind); the country pairs of the
//   country–country projection (`meets` edges) separately;
// - centrality rank shifts of countries for each measure given (scores computed by the caller on the
//   countries view), with the partners gained and lost as the reason;
// - communities matched across the two sides by Jaccard overlap |A∩B| / |A∪B| (greedy: best pair first,
//   ties by community order; pairs with no overlap are not matched), and the countries that moved;
// - topics that appeared or disappeared, overall and per country (`discussed` edges).
//
// Ranks are competition ranks ("1224"): rank = 1 + number of countries with a strictly larger value
// (values within 1e-12 count as equal). Every list is sorted, so the same two graphs give the same diff.
import MeetingGraph
import Foundation

/// One side of a diff: a graph, its countries' centrality scores per measure, and its communities.
public struct DiffSide: Sendable {
    public var label: String
    public var graph: Graph
    /// measure name → node id → value (computed on the countries view).
    public var scores: [String: [String: Double]]
    /// Communities of the countries view (each a list of node ids).
    public var communities: [[String]]
    public init(label: String, graph: Graph, scores: [String: [String: Double]] = [:], communities: [[String]] = []) {
        self.label = label; self.graph = graph; self.scores = scores; self.communities = communities
    }
}

public struct NodeSummary: Codable, Hashable, Sendable, Comparable {
    public var id: String
    public var kind: NodeKind
    public var labelAR: String?
    public var labelEN: String?
    public var role: String?
    enum CodingKeys: String, CodingKey { case id, kind, labelAR = "label_ar", labelEN = "label_en", role }
    public init(_ n: Node) {
        id = n.id; kind = n.kind; labelAR = n.labelAR; labelEN = n.labelEN; role = n.attributes["role"]
    }
    public static func < (a: NodeSummary, b: NodeSummary) -> Bool { (a.kind, a.id) < (b.kind, b.id) }
    /// "الجزائر / Algeria (DZA)" style label for reports.
    public var display: String {
        let names = [labelAR, labelEN].compactMap { $0 }.filter { !$0.isEmpty }
        var unique: [String] = []
        for n in names where !unique.contains(n) { unique.append(n) }
        if unique.isEmpty { return id }
        return kind == .country || kind == .topic || kind == .organization
            ? unique.joined(separator: " / ") + " (\(id))" : unique.joined(separator: " / ")
    }
}

public struct EdgeSummary: Codable, Hashable, Sendable, Comparable {
    public var source: String
    public var target: String
    public var kind: EdgeKind
    public var weight: Double
    public static func < (a: EdgeSummary, b: EdgeSummary) -> Bool {
        (a.source, a.target, a.kind.rawValue) < (b.source, b.target, b.kind.rawValue)
    }
}

public struct Reweighted: Codable, Hashable, Sendable {
    public var source: String
    public var target: String
    public var kind: EdgeKind
    public var old: Double
    public var new: Double
}

public struct PairReweighted: Codable, Hashable, Sendable {
    public var pair: [String]
    public var old: Double
    public var new: Double
}

public struct GraphDiff: Codable, Hashable, Sendable {
    public struct NodeChanges: Codable, Hashable, Sendable {
        /// kind raw value ("country", "person", ...) → nodes
        public var added: [String: [NodeSummary]]
        public var removed: [String: [NodeSummary]]
    }
    public struct Replacement: Codable, Hashable, Sendable {
        public var role: String?
        public var old: NodeSummary
        public var new: NodeSummary
    }
    public struct OfficialChange: Codable, Hashable, Sendable {
        public var country: NodeSummary
        public var left: [NodeSummary]
        public var arrived: [NodeSummary]
        /// Left and arrived officials paired by equal role ("a new interior minister").
        public var replacements: [Replacement]
    }
    public struct PairChanges: Codable, Hashable, Sendable {
        /// Sorted two-element arrays of ISO3 codes.
        public var added: [[String]]
        public var removed: [[String]]
        public var reweighted: [PairReweighted]
    }
    public struct EdgeChanges: Codable, Hashable, Sendable {
        public var added: [EdgeSummary]
        public var removed: [EdgeSummary]
        public var reweighted: [Reweighted]
    }
    public struct RankShift: Codable, Hashable, Sendable {
        public var id: String
        public var labelAR: String?
        public var labelEN: String?
        public var oldRank: Int?
        public var newRank: Int?
        public var oldValue: Double?
        public var newValue: Double?
        /// oldRank − newRank: positive = moved up. nil when the country is on one side only.
        public var change: Int?
        /// Partner countries met on the new side and not the old, and the reverse.
        public var gained: [String]
        public var lost: [String]
        enum CodingKeys: String, CodingKey {
            case id, labelAR = "label_ar", labelEN = "label_en", oldRank = "old_rank", newRank = "new_rank"
            case oldValue = "old_value", newValue = "new_value", change, gained, lost
        }
        /// "DZA +3: met TUN, LBY, SAU; no longer LBN"
        public var reason: String {
            var head = id
            if let change { head += change == 0 ? " =" : (change > 0 ? " +\(change)" : " \(change)") }
            else if newRank == nil { head += " left" } else { head += " new" }
            var why: [String] = []
            if !gained.isEmpty { why.append("met " + gained.joined(separator: ", ")) }
            if !lost.isEmpty { why.append("no longer " + lost.joined(separator: ", ")) }
            return why.isEmpty ? head : head + ": " + why.joined(separator: "; ")
        }
    }
    public struct MeasureShifts: Codable, Hashable, Sendable {
        public var measure: String
        /// Countries on both sides, largest |change| first (risers before fallers, then new rank, id), then
        /// newcomers (by new rank) and leavers (by old rank).
        public var shifts: [RankShift]
    }
    public struct ClusterMatch: Codable, Hashable, Sendable {
        public var old: Int
        public var new: Int
        public var jaccard: Double
        public var oldMembers: [String]
        public var newMembers: [String]
        enum CodingKeys: String, CodingKey {
            case old, new, jaccard, oldMembers = "old_members", newMembers = "new_members"
        }
    }
    public struct ClusterMove: Codable, Hashable, Sendable {
        public var id: String
        /// Community index on each side (nil: absent on that side).
        public var from: Int?
        public var to: Int?
    }
    public struct ClusterChanges: Codable, Hashable, Sendable {
        /// Communities of each side, largest first (index = position).
        public var old: [[String]]
        public var new: [[String]]
        public var matches: [ClusterMatch]
        /// Indices of new communities no old one matched, and of old ones with no match.
        public var appeared: [Int]
        public var disappeared: [Int]
        /// Countries present on both sides whose community is not the match of their old one.
        public var moved: [ClusterMove]
    }
    public struct CountryTopics: Codable, Hashable, Sendable {
        public var country: String
        public var added: [String]
        public var removed: [String]
    }
    public struct TopicChanges: Codable, Hashable, Sendable {
        public var added: [String]
        public var removed: [String]
        public var perCountry: [CountryTopics]
        enum CodingKeys: String, CodingKey { case added, removed, perCountry = "per_country" }
    }

    public var from: String
    public var to: String
    public var nodes: NodeChanges
    public var officials: [OfficialChange]
    public var countryPairs: PairChanges
    public var edges: EdgeChanges
    public var ranks: [MeasureShifts]
    public var clusters: ClusterChanges
    public var topics: TopicChanges

    enum CodingKeys: String, CodingKey {
        case from, to, nodes, officials, countryPairs = "country_pairs", edges, ranks, clusters, topics
    }

    /// True when nothing at all changed.
    public var isEmpty: Bool {
        nodes.added.isEmpty && nodes.removed.isEmpty && edges.added.isEmpty && edges.removed.isEmpty
            && edges.reweighted.isEmpty
    }
}

extension GraphDiff {
    /// Compares two sides. `measures` lists the centrality names to report rank shifts for, in order; each
    /// must have scores in both sides (missing scores count as 0).
    public static func compute(old: DiffSide, new: DiffSide, measures: [String]) -> GraphDiff {
        let a = old.graph, b = new.graph
        let aNodes = Dictionary(a.nodes.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })
        let bNodes = Dictionary(b.nodes.map { ($0.id, $0) }, uniquingKeysWith: { x, _ in x })

        // Nodes by kind.
        var added: [String: [NodeSummary]] = [:], removed: [String: [NodeSummary]] = [:]
        for n in b.nodes where aNodes[n.id] == nil { added[n.kind.rawValue, default: []].append(NodeSummary(n)) }
        for n in a.nodes where bNodes[n.id] == nil { removed[n.kind.rawValue, default: []].append(NodeSummary(n)) }
        for k in added.keys { added[k]!.sort() }
        for k in removed.keys { removed[k]!.sort() }

        // Edges, merged on (source, target, kind) (parallel edges summed).
        let aEdges = edgeTable(a), bEdges = edgeTable(b)
        var eAdded: [EdgeSummary] = [], eRemoved: [EdgeSummary] = [], eRe: [Reweighted] = []
        for (k, w) in bEdges {
            if let old = aEdges[k] {
                if abs(old - w) > 1e-12 { eRe.append(Reweighted(source: k.s, target: k.t, kind: k.kind, old: old, new: w)) }
            } else { eAdded.append(EdgeSummary(source: k.s, target: k.t, kind: k.kind, weight: w)) }
        }
        for (k, w) in aEdges where bEdges[k] == nil {
            eRemoved.append(EdgeSummary(source: k.s, target: k.t, kind: k.kind, weight: w))
        }
        eAdded.sort(); eRemoved.sort()
        eRe.sort { ($0.source, $0.target, $0.kind.rawValue) < ($1.source, $1.target, $1.kind.rawValue) }

        // Country pairs.
        let aPairs = countryPairs(a), bPairs = countryPairs(b)
        let pAdded = bPairs.keys.filter { aPairs[$0] == nil }.sorted { $0.lexicographicallyPrecedes($1) }
        let pRemoved = aPairs.keys.filter { bPairs[$0] == nil }.sorted { $0.lexicographicallyPrecedes($1) }
        let pRe = bPairs.compactMap { (p, w) -> PairReweighted? in
            guard let o = aPairs[p], abs(o - w) > 1e-12 else { return nil }
            return PairReweighted(pair: p, old: o, new: w)
        }.sorted { $0.pair.lexicographicallyPrecedes($1.pair) }

        // Officials per country.
        let aOff = officials(a), bOff = officials(b)
        var offChanges: [OfficialChange] = []
        for c in Set(aOff.keys).union(bOff.keys).sorted() {
            guard let cNode = bNodes[c] ?? aNodes[c], aNodes[c] != nil, bNodes[c] != nil else { continue }
            let o = aOff[c] ?? [], n = bOff[c] ?? []
            let left = o.subtracting(n).sorted().compactMap { aNodes[$0].map(NodeSummary.init) }
            let arrived = n.subtracting(o).sorted().compactMap { bNodes[$0].map(NodeSummary.init) }
            guard !left.isEmpty || !arrived.isEmpty else { continue }
            var reps: [Replacement] = []
            var usedNew = Set<String>()
            // Same role first, then the same ministry ("prime minister and interior minister" and
            // "minister of state for interior affairs" both hold the interior portfolio).
            for l in left {
                guard let role = l.role, !role.isEmpty,
                      let r = arrived.first(where: { $0.role == role && !usedNew.contains($0.id) }) else { continue }
                usedNew.insert(r.id)
                reps.append(Replacement(role: role, old: l, new: r))
            }
            for l in left where !reps.contains(where: { $0.old.id == l.id }) {
                let p = portfolios(l.role ?? "")
                guard !p.isEmpty, let r = arrived.first(where: {
                    !usedNew.contains($0.id) && !portfolios($0.role ?? "").isDisjoint(with: p)
                }) else { continue }
                usedNew.insert(r.id)
                let shared = p.intersection(portfolios(r.role ?? "")).sorted().joined(separator: " and ")
                reps.append(Replacement(role: shared + " minister", old: l, new: r))
            }
            offChanges.append(OfficialChange(country: NodeSummary(cNode), left: left, arrived: arrived, replacements: reps))
        }

        // Rank shifts.
        let aCountries = a.nodes.filter { $0.kind == .country }.map(\.id)
        let bCountries = b.nodes.filter { $0.kind == .country }.map(\.id)
        let aPartners = partners(aPairs), bPartners = partners(bPairs)
        var rankShifts: [MeasureShifts] = []
        for m in measures {
            let ra = ranks(aCountries, old.scores[m] ?? [:]), rb = ranks(bCountries, new.scores[m] ?? [:])
            var both: [RankShift] = [], others: [RankShift] = []
            for c in Set(aCountries).union(bCountries) {
                let node = bNodes[c] ?? aNodes[c]
                let gained = (bPartners[c] ?? []).subtracting(aPartners[c] ?? []).sorted()
                let lost = (aPartners[c] ?? []).subtracting(bPartners[c] ?? []).sorted()
                let or = ra[c], nr = rb[c]
                var s = RankShift(id: c, labelAR: node?.labelAR, labelEN: node?.labelEN, oldRank: or, newRank: nr,
                                  oldValue: or == nil ? nil : (old.scores[m]?[c] ?? 0),
                                  newValue: nr == nil ? nil : (new.scores[m]?[c] ?? 0),
                                  change: nil, gained: gained, lost: lost)
                if let or, let nr { s.change = or - nr; both.append(s) } else { others.append(s) }
            }
            both.sort { x, y in
                (abs(x.change!), x.change!, -(x.newRank!), y.id) > (abs(y.change!), y.change!, -(y.newRank!), x.id)
            }
            // Newcomers first (by new rank), then leavers (by old rank).
            others.sort { x, y in
                (x.newRank == nil ? 1 : 0, x.newRank ?? x.oldRank ?? 0, x.id) < (y.newRank == nil ? 1 : 0, y.newRank ?? y.oldRank ?? 0, y.id)
            }
            rankShifts.append(MeasureShifts(measure: m, shifts: both + others))
        }

        // Communities.
        let clusters = matchCommunities(old: old.communities, new: new.communities)

        // Topics.
        let aTopics = Set(a.nodes.filter { $0.kind == .topic }.map(\.id))
        let bTopics = Set(b.nodes.filter { $0.kind == .topic }.map(\.id))
        let aCT = countryTopics(a, kinds: aNodes), bCT = countryTopics(b, kinds: bNodes)
        var per: [CountryTopics] = []
        for c in Set(aCT.keys).union(bCT.keys).sorted() {
            let o = aCT[c] ?? [], n = bCT[c] ?? []
            let ad = n.subtracting(o).sorted(), rm = o.subtracting(n).sorted()
            if !ad.isEmpty || !rm.isEmpty { per.append(CountryTopics(country: c, added: ad, removed: rm)) }
        }
        let topics = TopicChanges(added: bTopics.subtracting(aTopics).sorted(),
                                  removed: aTopics.subtracting(bTopics).sorted(), perCountry: per)

        return GraphDiff(from: old.label, to: new.label,
                         nodes: NodeChanges(added: added, removed: removed), officials: offChanges,
                         countryPairs: PairChanges(added: pAdded, removed: pRemoved, reweighted: pRe),
                         edges: EdgeChanges(added: eAdded, removed: eRemoved, reweighted: eRe),
                         ranks: rankShifts, clusters: clusters, topics: topics)
    }

    /// Ministries named in an English role label: "interior minister", "minister of interior, local
    /// authorities and urban planning", "minister of state for interior affairs" → {"interior"}. Titles that
    /// are not a ministry (prime, deputy, first, acting, state) are not portfolios.
    public static func portfolios(_ role: String) -> Set<String> {
        var text = role.lowercased()
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            text.removeSubrange(open...close)
        }
        let notPortfolio: Set<String> = ["prime", "deputy", "first", "acting", "state", "the", "of", "for", "and", "a"]
        var out = Set<String>()
        let chunks = text.replacingOccurrences(of: " and ", with: ",").split(separator: ",")
        for chunk in chunks {
            let words = chunk.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            guard let m = words.firstIndex(where: { $0 == "minister" }) else { continue }
            if m > 0, !notPortfolio.contains(words[m - 1]) { out.insert(words[m - 1]) }
            // "minister of X", "minister of state for X affairs"
            var i = m + 1
            while i < words.count, notPortfolio.contains(words[i]) { i += 1 }
            if i > m + 1, i < words.count, words[i] != "affairs" { out.insert(words[i]) }
        }
        return out
    }

    struct EdgeKey: Hashable { var s: String; var t: String; var kind: EdgeKind }

    static func edgeTable(_ g: Graph) -> [EdgeKey: Double] {
        var t: [EdgeKey: Double] = [:]
        for e in g.edges {
            let (s, d) = e.source <= e.target ? (e.source, e.target) : (e.target, e.source)
            t[EdgeKey(s: s, t: d, kind: e.kind), default: 0] += e.weight
        }
        return t
    }

    /// Country–country pairs (`meets` edges between two country nodes, self-loops left out) → weight.
    public static func countryPairs(_ g: Graph) -> [[String]: Double] {
        let countries = Set(g.nodes.filter { $0.kind == .country }.map(\.id))
        var out: [[String]: Double] = [:]
        for e in g.edges where e.kind == .meets && e.source != e.target
            && countries.contains(e.source) && countries.contains(e.target) {
            out[[e.source, e.target].sorted(), default: 0] += e.weight
        }
        return out
    }

    static func partners(_ pairs: [[String]: Double]) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for p in pairs.keys { out[p[0], default: []].insert(p[1]); out[p[1], default: []].insert(p[0]) }
        return out
    }

    /// Country id → the persons representing it.
    static func officials(_ g: Graph) -> [String: Set<String>] {
        let kinds = Dictionary(g.nodes.map { ($0.id, $0.kind) }, uniquingKeysWith: { x, _ in x })
        var out: [String: Set<String>] = [:]
        for n in g.nodes where n.kind == .person {
            if let c = n.attributes["country"], kinds[c] == .country { out[c, default: []].insert(n.id) }
        }
        for e in g.edges where e.kind == .represents {
            if kinds[e.source] == .person, kinds[e.target] == .country { out[e.target, default: []].insert(e.source) }
            if kinds[e.target] == .person, kinds[e.source] == .country { out[e.source, default: []].insert(e.target) }
        }
        return out
    }

    static func countryTopics(_ g: Graph, kinds: [String: Node]) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for e in g.edges where e.kind == .discussed {
            let ks = kinds[e.source]?.kind, kt = kinds[e.target]?.kind
            if ks == .country, kt == .topic { out[e.source, default: []].insert(e.target) }
            if kt == .country, ks == .topic { out[e.target, default: []].insert(e.source) }
        }
        return out
    }

    /// Competition ranks ("1224") of `ids` by descending score (missing = 0).
    public static func ranks(_ ids: [String], _ scores: [String: Double]) -> [String: Int] {
        let values = ids.map { scores[$0] ?? 0 }
        var out: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            out[id] = 1 + values.filter { $0 > values[i] + 1e-12 }.count
        }
        return out
    }

    /// Communities sorted largest first (then by first member), each sorted.
    public static func normalize(_ cs: [[String]]) -> [[String]] {
        cs.map { Array(Set($0)).sorted() }.filter { !$0.isEmpty }
            .sorted { ($0.count, $1.first!) > ($1.count, $0.first!) }
    }

    /// Greedy Jaccard matching of communities (see the file comment).
    public static func matchCommunities(old: [[String]], new: [[String]]) -> ClusterChanges {
        let o = normalize(old), n = normalize(new)
        let os = o.map(Set.init), ns = n.map(Set.init)
        var cands: [(j: Double, i: Int, k: Int)] = []
        for i in os.indices {
            for k in ns.indices {
                let inter = os[i].intersection(ns[k]).count
                guard inter > 0 else { continue }
                cands.append((Double(inter) / Double(os[i].union(ns[k]).count), i, k))
            }
        }
        cands.sort { ($0.j, -$0.i, -$0.k) > ($1.j, -$1.i, -$1.k) }
        var usedO = Set<Int>(), usedN = Set<Int>()
        var matches: [ClusterMatch] = []
        var oldToNew: [Int: Int] = [:]
        for c in cands where !usedO.contains(c.i) && !usedN.contains(c.k) {
            usedO.insert(c.i); usedN.insert(c.k); oldToNew[c.i] = c.k
            matches.append(ClusterMatch(old: c.i, new: c.k, jaccard: c.j, oldMembers: o[c.i], newMembers: n[c.k]))
        }
        matches.sort { $0.old < $1.old }
        var oldOf: [String: Int] = [:], newOf: [String: Int] = [:]
        for (i, c) in o.enumerated() { for m in c { oldOf[m] = i } }
        for (k, c) in n.enumerated() { for m in c { newOf[m] = k } }
        var moved: [ClusterMove] = []
        for id in Set(oldOf.keys).intersection(newOf.keys).sorted() {
            let from = oldOf[id]!, to = newOf[id]!
            if oldToNew[from] != to { moved.append(ClusterMove(id: id, from: from, to: to)) }
        }
        return ClusterChanges(old: o, new: n, matches: matches,
                              appeared: n.indices.filter { !usedN.contains($0) },
                              disappeared: o.indices.filter { !usedO.contains($0) }, moved: moved)
    }
}

// MARK: - Reports

extension GraphDiff {
    /// Node labels (id → summary) for the reports; taken from the diff's own lists where possible.
    func label(_ id: String, _ labels: [String: NodeSummary]) -> String { labels[id]?.display ?? id }

    static func num(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return String(format: "%.4f", x)
    }

    static func signed(_ c: Int) -> String { c > 0 ? "+\(c)" : (c == 0 ? "0" : "\(c)") }

    private var kindOrder: [String] { NodeKind.allCases.map(\.rawValue) }

    private static let plural: [String: String] = [
        "country": "countries", "person": "officials", "organization": "organizations", "topic": "topics",
    ]

    /// The readable report (`majlis diff` default output).
    public func textReport(maxShifts: Int = 10) -> String {
        var out: [String] = ["majlis diff: \(from) → \(to)", ""]
        out.append("Nodes")
        var anyNode = false
        for k in kindOrder {
            if let xs = nodes.added[k], !xs.isEmpty {
                anyNode = true
                out.append("  \(Self.plural[k] ?? k) added (\(xs.count)): " + xs.map(\.display).joined(separator: ", "))
            }
            if let xs = nodes.removed[k], !xs.isEmpty {
                anyNode = true
                out.append("  \(Self.plural[k] ?? k) removed (\(xs.count)): " + xs.map(\.display).joined(separator: ", "))
            }
        }
        if !anyNode { out.append("  no node added or removed") }

        out.append(""); out.append("Officials who changed")
        if officials.isEmpty { out.append("  none") }
        for o in officials { out.append("  " + Self.officialLine(o)) }

        out.append(""); out.append("Country pairs that met")
        out.append("  added (\(countryPairs.added.count)): " + Self.pairs(countryPairs.added))
        out.append("  removed (\(countryPairs.removed.count)): " + Self.pairs(countryPairs.removed))
        if !countryPairs.reweighted.isEmpty {
            out.append("  re-weighted (\(countryPairs.reweighted.count)): " + Self.reweighted(countryPairs.reweighted))
        }

        out.append(""); out.append("Edges")
        out.append("  " + edgeCounts())

        for m in ranks {
            out.append(""); out.append("Rank shifts by \(m.measure) (old rank → new rank)")
            // Movers first; then countries whose rank held but whose partners changed ("DZA =: met …").
            let moving = m.shifts.filter { ($0.change ?? 1) != 0 || !$0.gained.isEmpty || !$0.lost.isEmpty }
            if moving.isEmpty { out.append("  no country changed rank or partners") }
            for s in moving.prefix(maxShifts) {
                let o = s.oldRank.map(String.init) ?? "–", n = s.newRank.map(String.init) ?? "–"
                out.append("  \(s.reason)  (\(o) → \(n))")
            }
            if moving.count > maxShifts { out.append("  … \(moving.count - maxShifts) more") }
        }

        out.append(""); out.append("Clusters (communities matched by Jaccard overlap)")
        out.append(contentsOf: clusterLines().map { "  " + $0 })

        out.append(""); out.append("Topics")
        out.append("  appeared: " + (topics.added.isEmpty ? "none" : topics.added.joined(separator: ", ")))
        out.append("  disappeared: " + (topics.removed.isEmpty ? "none" : topics.removed.joined(separator: ", ")))
        for c in topics.perCountry {
            out.append("  \(c.country): " + (c.added.map { "+" + $0 } + c.removed.map { "−" + $0 }).joined(separator: " "))
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The same content as Markdown (headings, lists and tables).
    public func markdownReport(maxShifts: Int = 20) -> String {
        var out: [String] = ["# Diff: \(from) → \(to)", ""]
        out.append("## Nodes"); out.append("")
        out.append("| kind | added | removed |"); out.append("| --- | --- | --- |")
        for k in kindOrder {
            let a = nodes.added[k] ?? [], r = nodes.removed[k] ?? []
            if a.isEmpty && r.isEmpty { continue }
            out.append("| \(Self.plural[k] ?? k) | \(Self.md(a.map(\.display).joined(separator: ", "))) | \(Self.md(r.map(\.display).joined(separator: ", "))) |")
        }
        out.append(""); out.append("## Officials who changed"); out.append("")
        if officials.isEmpty { out.append("None.") }
        for o in officials { out.append("- " + Self.md(Self.officialLine(o))) }
        out.append(""); out.append("## Country pairs that met"); out.append("")
        out.append("- added (\(countryPairs.added.count)): " + Self.pairs(countryPairs.added))
        out.append("- removed (\(countryPairs.removed.count)): " + Self.pairs(countryPairs.removed))
        if !countryPairs.reweighted.isEmpty {
            out.append("- re-weighted: " + Self.reweighted(countryPairs.reweighted))
        }
        out.append(""); out.append("## Edges"); out.append(""); out.append(edgeCounts())
        for m in ranks {
            out.append(""); out.append("## Rank shifts by \(m.measure)"); out.append("")
            out.append("| country | old rank | new rank | change | reason |")
            out.append("| --- | ---: | ---: | ---: | --- |")
            for s in m.shifts.filter({ ($0.change ?? 1) != 0 || !$0.gained.isEmpty || !$0.lost.isEmpty }).prefix(maxShifts) {
                let name = [s.labelAR, s.labelEN].compactMap { $0 }.joined(separator: " / ")
                let ch = s.change.map(Self.signed) ?? (s.newRank == nil ? "left" : "new")
                let why = [s.gained.isEmpty ? nil : "met " + s.gained.joined(separator: ", "),
                           s.lost.isEmpty ? nil : "no longer " + s.lost.joined(separator: ", ")]
                    .compactMap { $0 }.joined(separator: "; ")
                out.append("| \(Self.md(name.isEmpty ? s.id : name + " (\(s.id))")) | \(s.oldRank.map(String.init) ?? "–") | \(s.newRank.map(String.init) ?? "–") | \(ch) | \(Self.md(why)) |")
            }
        }
        out.append(""); out.append("## Clusters"); out.append("")
        out.append(contentsOf: clusterLines().map { "- " + Self.md($0) })
        out.append(""); out.append("## Topics"); out.append("")
        out.append("- appeared: " + (topics.added.isEmpty ? "none" : topics.added.joined(separator: ", ")))
        out.append("- disappeared: " + (topics.removed.isEmpty ? "none" : topics.removed.joined(separator: ", ")))
        if !topics.perCountry.isEmpty {
            out.append(""); out.append("| country | appeared | disappeared |"); out.append("| --- | --- | --- |")
            for c in topics.perCountry {
                out.append("| \(c.country) | \(c.added.joined(separator: ", ")) | \(c.removed.joined(separator: ", ")) |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func md(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }

    static func pairs(_ ps: [[String]]) -> String {
        ps.isEmpty ? "none" : ps.map { $0.joined(separator: "–") }.joined(separator: ", ")
    }

    /// "DZA–LBY 1 → 2, LBY–TUN 2 → 1": country pairs whose meeting count changed, for the text and markdown reports.
    static func reweighted(_ ps: [PairReweighted]) -> String {
        ps.map { "\($0.pair.joined(separator: "–")) \(num($0.old)) → \(num($0.new))" }.joined(separator: ", ")
    }

    static func officialLine(_ o: OfficialChange) -> String {
        var parts: [String] = []
        let replacedOld = Set(o.replacements.map(\.old.id)), replacedNew = Set(o.replacements.map(\.new.id))
        for r in o.replacements {
            parts.append("new \(r.role ?? "official"): \(r.old.display) → \(r.new.display)")
        }
        let left = o.left.filter { !replacedOld.contains($0.id) }
        let arrived = o.arrived.filter { !replacedNew.contains($0.id) }
        if !left.isEmpty { parts.append("no longer: " + left.map(Self.withRole).joined(separator: ", ")) }
        if !arrived.isEmpty { parts.append("now: " + arrived.map(Self.withRole).joined(separator: ", ")) }
        return "\(o.country.display): " + parts.joined(separator: "; ")
    }

    static func withRole(_ n: NodeSummary) -> String {
        n.role.map { "\(n.display) (\($0))" } ?? n.display
    }

    func edgeCounts() -> String {
        var parts: [String] = []
        for k in EdgeKind.allCases {
            let a = edges.added.filter { $0.kind == k }.count, r = edges.removed.filter { $0.kind == k }.count
            let w = edges.reweighted.filter { $0.kind == k }.count
            if a + r + w == 0 { continue }
            parts.append("\(k.rawValue) +\(a) −\(r)" + (w > 0 ? " ~\(w)" : ""))
        }
        return "\(edges.added.count) added, \(edges.removed.count) removed, \(edges.reweighted.count) re-weighted"
            + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
    }

    /// Community names for reports: old communities A, B, C… (largest first); a new community takes the
    /// letter of the old one it matched, an unmatched new one the next free letter.
    public func clusterNames() -> (old: [String], new: [String]) {
        func letter(_ i: Int) -> String {
            let abc = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            return i < 26 ? String(abc[i]) : "C\(i + 1)"
        }
        let c = clusters
        let old = c.old.indices.map(letter)
        var new = Array(repeating: "", count: c.new.count)
        for m in c.matches { new[m.new] = old[m.old] }
        var next = c.old.count
        for k in new.indices where new[k].isEmpty { new[k] = letter(next); next += 1 }
        return (old, new)
    }

    func clusterLines() -> [String] {
        var out: [String] = []
        let c = clusters
        if c.old.isEmpty && c.new.isEmpty { return ["no communities"] }
        let names = clusterNames()
        for m in c.matches {
            let same = m.oldMembers == m.newMembers
            out.append("\(names.old[m.old]) (Jaccard \(String(format: "%.2f", m.jaccard))): "
                + (same ? "{\(m.oldMembers.joined(separator: " "))} unchanged"
                   : "{\(m.oldMembers.joined(separator: " "))} → {\(m.newMembers.joined(separator: " "))}"))
        }
        for i in c.disappeared { out.append("\(names.old[i]) dissolved: {\(c.old[i].joined(separator: " "))}") }
        for k in c.appeared { out.append("\(names.new[k]) formed: {\(c.new[k].joined(separator: " "))}") }
        if c.moved.isEmpty { out.append("no country moved between matched communities") }
        else {
            out.append("moved: " + c.moved.map { mv in
                "\(mv.id) \(mv.from.map { names.old[$0] } ?? "–")→\(mv.to.map { names.new[$0] } ?? "–")"
            }.joined(separator: ", "))
        }
        return out
    }
}

// MARK: - Building sides with the Analysis centralities

extension GraphDiff {
    /// The country–country view used for ranks and communities: every country node, and the `meets`
    /// edges between two countries.
    public static func countriesView(_ g: Graph) -> Graph { g.view(.countries) }
}

extension DiffSide {
    /// A side with centralities (`GraphAnalysis`, NetworkX definitions) and communities (Louvain or Leiden,
    /// fixed seed) of the graph's countries view. Countries with no partner are left out of the
    /// communities (each would otherwise be a community of its own).
    public static func analysed(label: String, graph: Graph, measures: [Measure],
                                options: AnalysisOptions = AnalysisOptions()) -> DiffSide {
        let view = GraphDiff.countriesView(graph)
        let a = GraphAnalysis(view, options: options)
        var scores: [String: [String: Double]] = [:]
        for m in measures {
            scores[m.rawValue] = Dictionary(a.nodes.map { ($0.id, $0.value(m)) }, uniquingKeysWith: { x, _ in x })
        }
        let isolated = Set(a.nodes.filter { $0.partners == 0 }.map(\.id))
        let communities = a.communities.filter { !$0.allSatisfy(isolated.contains) }
        return DiffSide(label: label, graph: graph, scores: scores, communities: communities)
    }
}
