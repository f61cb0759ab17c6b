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
    /// A user-lexicon actor (`--lexicon`): every record whose name equals one of its forms joins it, and its
    /// name becomes the node's label. Not a mention itself.
    public var isLexiconActor: Bool
    public init(name: String, aliases: [String] = [], country: String? = nil, role: String? = nil,
                organization: String? = nil, source: String = "", isLexiconActor: Bool = false) {
        self.name = name; self.aliases = aliases; self.country = country; self.role = role
        self.organization = organization; self.source = source; self.isLexiconActor = isLexiconActor
    }
}

/// A person after resolution: every record that names them.
public struct ResolvedPerson: Hashable, Sendable {
    /// Node id: "person:" + normalized canonical name (with "|ISO3" appended only when two different
    /// people share a normalized name).
    public var id: String
    /// The canonical (longest, then most frequent) form as written.
    public var name: String
    /// The Latin-script form (from English articles) when `name` is Arabic and both were joined.
    public var nameLatin: String?
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
/// Rules, in order (never joining two people of different known countries, nor two lexicon actors):
/// 0. a name equal to a form of a `--lexicon` actor joins that actor, whose name then labels the node;
/// 1. equal normalized names or aliases (`PersonName.tokens`: diacritics, hamza/alef, ى/ي, ة/ه, آل/أل,
///    honorifics, `عبد X`);
/// 2. a name of two or more tokens that is an ordered subsequence of a longer name with the same first token
///    (`عماد الطرابلسي` → `عماد مصطفى الطرابلسي`), when exactly one person matches;
/// 3. a one-token name (`الطرابلسي`) joins the single person of the same country (or, when the record has no
///    country, the single person overall) whose name contains it after the first token;
/// 4. a Latin-script name (English articles) joins the single Arabic-script person of the same country whose
///    consonant skeleton (`PersonName.skeleton`) equals or abbreviates it ("Emad Trabelsi" → عماد مصطفى
///    الطرابلسي); without a known country only equal skeletons of three or more tokens join.
public enum PersonResolver {
    public static func resolve(_ records: [PersonRecord]) -> (persons: [ResolvedPerson], assignment: [Int]) {
        let n = records.count
        let toks = records.map { PersonName.tokens($0.name) }
        let keyStr = toks.map { $0.joined(separator: " ") }
        let aliasToks = records.map { r in r.aliases.map(PersonName.tokens).filter { $0.count >= 2 } }
        var uf = UnionFind(n)
        // The known country of each cluster (by root); a cluster never holds two.
        var country: [String?] = records.map(\.country)

        // Whether each cluster holds a lexicon actor (two actors are two people, whatever their names).
        var hasActor: [Bool] = records.map(\.isLexiconActor)
        func compatible(_ a: Int, _ b: Int) -> Bool {
            let ra = uf.find(a), rb = uf.find(b)
            if ra != rb, hasActor[ra], hasActor[rb] { return false }
            let ca = country[ra], cb = country[rb]
            return ca == nil || cb == nil || ca == cb
        }
        func join(_ a: Int, _ b: Int) {
            let ra = uf.find(a), rb = uf.find(b)
            guard ra != rb else { return }
            let c = country[ra] ?? country[rb]
            let act = hasActor[ra] || hasActor[rb]
            let r = uf.union(ra, rb)
            country[r] = c
            hasActor[r] = act
        }
        // Deterministic processing order: longer names first, then by key, records with a country before those
        // without (so a name without a country sees every same-named person before choosing), then input order.
        let order = (0..<n).sorted { a, b in
            if toks[a].count != toks[b].count { return toks[a].count > toks[b].count }
            if keyStr[a] != keyStr[b] { return keyStr[a] < keyStr[b] }
            let ca = records[a].country != nil, cb = records[b].country != nil
            if ca != cb { return ca }
            return a < b
        }

        // 0. Lexicon actors: a record whose name (any length) equals one of an actor's forms joins the actor,
        //    country permitting; two actors never join each other.
        var actorOf: [[String]: [Int]] = [:]
        for i in 0..<n where records[i].isLexiconActor {
            for k in Set([toks[i]] + records[i].aliases.map(PersonName.tokens)) where !k.isEmpty { actorOf[k, default: []].append(i) }
        }
        if !actorOf.isEmpty {
            for i in order where !records[i].isLexiconActor {
                let keys = Set([toks[i]] + aliasToks[i])
                var actors = Set<Int>()
                for k in keys { for a in actorOf[k] ?? [] where compatible(a, i) { actors.insert(uf.find(a)) } }
                if actors.count == 1 { join(actors.first!, i) }
            }
        }

        // 1. Exact keys (names and multi-token aliases).
        var owners: [[String]: [Int]] = [:]
        for i in order {
            var keys = [toks[i]] + aliasToks[i]
            keys = keys.filter { !$0.isEmpty }
            for k in keys {
                // A one-token key joins only records of the same known country (rule 3 handles the rest).
                if k.count == 1, records[i].country == nil { continue }
                let os = (owners[k] ?? []).filter { compatible($0, i) && (k.count > 1 || records[$0].country == records[i].country) }
                let roots = Set(os.map { uf.find($0) })
                if roots.count == 1 {
                    join(os[0], i)
                } else if roots.isEmpty {
                    owners[k, default: []].append(i)
                }
                // Several people share the name (different countries) and this record has none: ambiguous,
                // left alone.
            }
        }

        // Distinct multi-token names (and aliases) with their records, indexed by first token, for rules 2 and 3.
        var holders: [[String]: [Int]] = [:]
        var byInner: [String: [Int]] = [:]
        for i in 0..<n {
            for t in [toks[i]] + aliasToks[i] where t.count >= 2 {
                holders[t, default: []].append(i)
                for w in t.dropFirst() { byInner[w, default: []].append(i) }
            }
        }
        var byFirst: [String: [[String]]] = [:]
        for t in holders.keys { byFirst[t[0], default: []].append(t) }

        // 2. Ordered subsequences with the same first token (the longer names a short one abbreviates are
        //    found once per distinct short name).
        var longerCache: [[String]: [Int]] = [:]
        for i in order where toks[i].count >= 2 {
            let t = toks[i]
            let longer: [Int]
            if let c = longerCache[t] { longer = c } else {
                var js: [Int] = []
                for l in byFirst[t[0]] ?? [] where l.count > t.count && PersonName.isAbbreviation(t, of: l) { js += holders[l]! }
                longerCache[t] = js
                longer = js
            }
            guard !longer.isEmpty else { continue }
            var candidates = Set<Int>()
            let ri = uf.find(i)
            for j in longer {
                let rj = uf.find(j)
                if rj != ri, compatible(i, j) { candidates.insert(rj) }
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
                    if country[rj] == c { candidates.insert(rj) }
                } else {
                    candidates.insert(rj)
                }
            }
            if candidates.count == 1 { join(i, candidates.first!) }
        }

        // 4. The same person in Arabic and Latin script (English articles): equal consonant skeletons, or one an
        //    abbreviation of the other, within one known country; without a country, equal skeletons of three or
        //    more tokens only.
        let skel = records.map { PersonName.skeleton($0.name) }
        let arabic = records.map { PersonName.isArabic($0.name) }
        var arabicByFirst: [String: [Int]] = [:]
        for j in 0..<n where arabic[j] && skel[j].count >= 2 { arabicByFirst[skel[j][0], default: []].append(j) }
        for i in order where !arabic[i] && skel[i].count >= 2 {
            var candidates = Set<Int>()
            let ri = uf.find(i)
            for j in arabicByFirst[skel[i][0]] ?? [] {
                let rj = uf.find(j)
                guard rj != ri, compatible(i, j) else { continue }
                let known = country[ri] != nil && country[rj] != nil
                if known {
                    if PersonName.isAbbreviation(skel[i], of: skel[j]) || PersonName.isAbbreviation(skel[j], of: skel[i]) {
                        candidates.insert(rj)
                    }
                } else if skel[i] == skel[j], skel[i].count >= 3 {
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
            // Canonical form per script: most tokens, then most records, then smallest key; the Arabic one names
            // the node when there is one.
            func canonical(_ group: [Int]) -> (key: String, name: String)? {
                guard !group.isEmpty else { return nil }
                var keyCount: [String: Int] = [:]
                for m in group { keyCount[keyStr[m], default: 0] += 1 }
                let best = group.min { a, b in
                    if toks[a].count != toks[b].count { return toks[a].count > toks[b].count }
                    let ka = keyStr[a], kb = keyStr[b]
                    if keyCount[ka]! != keyCount[kb]! { return keyCount[ka]! > keyCount[kb]! }
                    return ka < kb
                }!
                let key = keyStr[best]
                var surface: [String: Int] = [:]
                for m in group where keyStr[m] == key { surface[records[m].name.trimmingSpaces, default: 0] += 1 }
                return (key, surface.min { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }!.key)
            }
            // A lexicon actor's name is the canonical form of its script ("as it should be reported").
            let actorsHere = ms.filter { records[$0].isLexiconActor }
            var ar = canonical(ms.filter { arabic[$0] }), latin = canonical(ms.filter { !arabic[$0] })
            if let a = actorsHere.first {
                let c = (key: keyStr[a], name: records[a].name.trimmingSpaces)
                let other = records[a].aliases.first { !$0.isEmpty && PersonName.isArabic($0) != arabic[a] }
                if arabic[a] {
                    ar = c
                    if latin == nil, let l = other { latin = (PersonName.key(l), l.trimmingSpaces) }
                } else {
                    latin = c
                    if ar == nil, let l = other { ar = (PersonName.key(l), l.trimmingSpaces) }
                }
            }
            let (key, name) = (ar ?? latin)!
            var forms = Set<String>()
            for m in ms {
                forms.insert(records[m].name.trimmingSpaces)
                for a in records[m].aliases { forms.insert(a.trimmingSpaces) }
            }
            forms.remove(name)
            if ar != nil, let l = latin { forms.remove(l.name) }
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
                id: "person:" + key, name: name, nameLatin: ar != nil ? latin?.name : nil, aliases: forms.sorted(), country: country[root],
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
        localMatch(name, country: country, among: persons, keys: persons.map(matchKeys))
    }

    /// The token lists a person is matched by: the name, then the aliases.
    static func matchKeys(_ p: ExtractedPerson) -> [[String]] {
        [PersonName.tokens(p.name)] + p.aliases.map(PersonName.tokens)
    }

    static func localMatch(_ name: String, country: String?, among persons: [ExtractedPerson], keys: [[[String]]]) -> Int? {
        let t = PersonName.tokens(name)
        guard !t.isEmpty else { return nil }
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
