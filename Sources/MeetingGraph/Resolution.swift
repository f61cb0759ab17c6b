// Entity resolution: the same official named in several articles becomes one person node.
import Extraction

/// One official as one article names them.
public struct PersonRecord: Hashable, Sendable {
    public var name: String
    public var aliases: [String]
    public var country: String?
    public var role: String?
    public var organization: String?
    public var source: String
    public init(name: String, aliases: [String] = [], country: String? = nil, role: String? = nil,
                organization: String? = nil, source: String = "") {
        self.name = name; self.aliases = aliases; self.country = country; self.role = role
        self.organization = organization; self.source = source
    }
}

/// A person after resolution: every record that names them.
public struct ResolvedPerson: Hashable, Sendable {
    /// Node id: "person:" + normalized canonical name (with "|ISO3" appended only when two different
    /// people share a normalized name).
    public var id: String
    /// The canonical (longest, then most frequent) form as written.
    public var name: String
    /// Every other form seen (names and aliases as written), sorted.
    public var aliases: [String]
    public var country: String?
    /// Most frequent role.
    public var role: String?
    /// Organization ids the records attach the person to, sorted.
    public var organizations: [String]
    /// Indices of the records in the input.
    public var records: [Int]
}

/// Joins person records across articles.
///
/// Rules, in order (never joining two people of different known countries):
/// 1. equal normalized names or aliases (`PersonName.tokens`: diacritics, hamza/alef, ى/ي, ة/ه, آل/أل,
///    honorifics, `عبد X`);
/// 2. a name of two or more tokens that is an ordered subsequence of a longer name with the same first token
///    (`عماد الطرابلسي` → `عماد مصطفى الطرابلسي`), when exactly one person matches;
/// 3. a one-token name (`الطرابلسي`) joins the single person of the same country (or, when the record has no
///    country, the single person overall) whose name contains it after the first token.
public enum PersonResolver {
    public static func resolve(_ records: [PersonRecord]) -> (persons: [ResolvedPerson], assignment: [Int]) {
        let n = records.count
        let toks = records.map { PersonName.tokens($0.name) }
        let aliasToks = records.map { r in r.aliases.map(PersonName.tokens).filter { $0.count >= 2 } }
        var uf = UnionFind(n)
        var countries: [Set<String>] = records.map { $0.country.map { [$0] } ?? [] }

        func compatible(_ a: Int, _ b: Int) -> Bool {
            countries[uf.find(a)].union(countries[uf.find(b)]).count <= 1
        }
        func join(_ a: Int, _ b: Int) {
            let ra = uf.find(a), rb = uf.find(b)
            guard ra != rb else { return }
            let merged = countries[ra].union(countries[rb])
            let r = uf.union(ra, rb)
            countries[r] = merged
        }
        // Deterministic processing order: longer names first, then by key, then by input order.
        let order = (0..<n).sorted { a, b in
            if toks[a].count != toks[b].count { return toks[a].count > toks[b].count }
            let ka = toks[a].joined(separator: " "), kb = toks[b].joined(separator: " ")
            if ka != kb { return ka < kb }
            return a < b
        }

        // 1. Exact keys (names and multi-token aliases).
        var owners: [[String]: [Int]] = [:]
        for i in order {
            var keys = [toks[i]] + aliasToks[i]
            keys = keys.filter { !$0.isEmpty }
            for k in keys {
                // A one-token key joins only records of the same known country (rule 3 handles the rest).
                if k.count == 1, records[i].country == nil { continue }
                if let os = owners[k], let o = os.first(where: {
                    compatible($0, i) && (k.count > 1 || records[$0].country == records[i].country) }) {
                    join(o, i)
                } else {
                    owners[k, default: []].append(i)
                }
            }
        }

        // Names of every record (and multi-token aliases) indexed by first token, for rules 2 and 3.
        var byFirst: [String: [(Int, [String])]] = [:]
        var byInner: [String: [Int]] = [:]
        for i in 0..<n {
            for t in [toks[i]] + aliasToks[i] where t.count >= 2 {
                byFirst[t[0], default: []].append((i, t))
                for w in t.dropFirst() { byInner[w, default: []].append(i) }
            }
        }

        // 2. Ordered subsequences with the same first token.
        for i in order where toks[i].count >= 2 {
            var candidates = Set<Int>()
            for (j, t) in byFirst[toks[i][0]] ?? [] where t.count > toks[i].count {
                let rj = uf.find(j)
                if rj != uf.find(i), PersonName.isAbbreviation(toks[i], of: t), compatible(i, j) { candidates.insert(rj) }
            }
            if candidates.count == 1 { join(i, candidates.first!) }
        }

        // 3. One-token names.
        for i in order where toks[i].count == 1 {
            var candidates = Set<Int>()
            for j in byInner[toks[i][0]] ?? [] {
                let rj = uf.find(j)
                guard rj != uf.find(i), compatible(i, j) else { continue }
                if let c = records[i].country {
                    if countries[rj] == [c] { candidates.insert(rj) }
                } else {
                    candidates.insert(rj)
                }
            }
            if candidates.count == 1 { join(i, candidates.first!) }
        }

        // Build clusters.
        var members: [Int: [Int]] = [:]
        for i in 0..<n { members[uf.find(i), default: []].append(i) }
        var persons: [ResolvedPerson] = []
        for (root, ms) in members {
            // Canonical key: most tokens, then most records, then smallest key.
            var keyCount: [String: Int] = [:]
            for m in ms { keyCount[toks[m].joined(separator: " "), default: 0] += 1 }
            let canonicalIndex = ms.min { a, b in
                if toks[a].count != toks[b].count { return toks[a].count > toks[b].count }
                let ka = toks[a].joined(separator: " "), kb = toks[b].joined(separator: " ")
                if keyCount[ka]! != keyCount[kb]! { return keyCount[ka]! > keyCount[kb]! }
                return ka < kb
            }!
            let key = toks[canonicalIndex].joined(separator: " ")
            var surface: [String: Int] = [:]
            for m in ms where toks[m].joined(separator: " ") == key {
                surface[records[m].name.trimmingSpaces, default: 0] += 1
            }
            let name = surface.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }!.key
            var forms = Set<String>()
            for m in ms {
                forms.insert(records[m].name.trimmingSpaces)
                for a in records[m].aliases { forms.insert(a.trimmingSpaces) }
            }
            forms.remove(name)
            forms.remove("")
            var roles: [String: Int] = [:]
            for m in ms { if let r = records[m].role, !r.isEmpty { roles[r, default: 0] += 1 } }
            let role = roles.min { a, b in
                if a.value != b.value { return a.value > b.value }
                if a.key.count != b.key.count { return a.key.count < b.key.count }
                return a.key < b.key
            }?.key
            let orgs = Set(ms.compactMap { records[$0].organization }).sorted()
            persons.append(ResolvedPerson(
                id: "person:" + key, name: name, aliases: forms.sorted(), country: countries[root].first,
                role: role, organizations: orgs, records: ms.sorted()))
        }
        // Disambiguate ids shared by different people (same name, different countries).
        var byID: [String: [Int]] = [:]
        for (k, p) in persons.enumerated() { byID[p.id, default: []].append(k) }
        for (id, ks) in byID where ks.count > 1 {
            for k in ks { persons[k].id = id + "|" + (persons[k].country ?? "?") }
            // still equal (two unknown-country people): number them by first record
            let again = Dictionary(grouping: ks, by: { persons[$0].id })
            for (_, same) in again where same.count > 1 {
                for (ordinal, k) in same.sorted(by: { persons[$0].records[0] < persons[$1].records[0] }).enumerated() {
                    persons[k].id += "#\(ordinal + 1)"
                }
            }
        }
        persons.sort { $0.id < $1.id }
        var assignment = Array(repeating: 0, count: n)
        for (k, p) in persons.enumerated() { for r in p.records { assignment[r] = k } }
        return (persons, assignment)
    }

    /// Finds which of an article's persons a meeting participant's name refers to: equal normalized name or
    /// alias, else PROTOCOL's names_match, else an abbreviation, else a one-token surname; nil when none or
    /// ambiguous.
    public static func localMatch(_ name: String, country: String?, among persons: [ExtractedPerson]) -> Int? {
        let t = PersonName.tokens(name)
        guard !t.isEmpty else { return nil }
        let keys = persons.map { p in [PersonName.tokens(p.name)] + p.aliases.map(PersonName.tokens) }
        func ok(_ i: Int) -> Bool { country == nil || persons[i].country == nil || persons[i].country == country }
        let tests: [([String], [String]) -> Bool] = [
            { $0 == $1 },
            { PersonName.protocolMatch($0, $1) },
            { PersonName.isAbbreviation($0, of: $1) || PersonName.isAbbreviation($1, of: $0) },
            { $0.count == 1 && $1.count >= 2 && $1.dropFirst().contains($0[0]) },
        ]
        for test in tests {
            let hits = persons.indices.filter { i in ok(i) && keys[i].contains { test(t, $0) } }
            if hits.count == 1 { return hits[0] }
            if hits.count > 1 { return nil }
        }
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}

struct UnionFind {
    var parent: [Int]
    init(_ n: Int) { parent = Array(0..<n) }
    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
        return r
    }
    /// Joins the sets; the smaller root index becomes the root (deterministic).
    @discardableResult mutating func union(_ a: Int, _ b: Int) -> Int {
        let ra = find(a), rb = find(b)
        if ra == rb { return ra }
        let (root, child) = ra < rb ? (ra, rb) : (rb, ra)
        parent[child] = root
        return root
    }
}
