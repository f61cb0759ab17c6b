// Builds the meeting graph from the extractions of many articles.
import Extraction

/// Node attribute names used by the builder (all values are strings; lists are joined by " | ").
public enum NodeAttribute {
    /// A person's most frequent role ("interior minister").
    public static let role = "role"
    /// A person's country (ISO3).
    public static let country = "country"
    /// Other written forms of a person's name.
    public static let aliases = "aliases"
    /// Organization ids a person belongs to.
    public static let organizations = "organizations"
    /// Number of articles that mention the node.
    public static let articles = "articles"
    /// Sessions of those articles ("arab-interior-ministers-council#41").
    public static let sessions = "sessions"
    /// Articles per session ("arab-interior-ministers-council#40=2 | arab-interior-ministers-council#41=3"), so
    /// `articles` can be recounted when the graph is restricted to some sessions.
    public static let sessionArticles = "session_articles"
    /// Separator of list-valued attributes.
    public static let separator = " | "
}

/// The label of a session: "body#number".
public func sessionLabel(_ s: SessionRef) -> String { "\(s.body)#\(s.number)" }

/// The session number of a label ("arab-interior-ministers-council#41" → 41).
public func sessionNumber(_ label: String) -> Int? {
    guard let i = label.lastIndex(of: "#") else { return Int(label) }
    return Int(label[label.index(after: i)...])
}

/// [DocumentExtraction] → Graph.
///
/// - Nodes: every country, organization, topic and (resolved) person an article names.
/// - `met` (person–person; person–country or person–organization when the other side is a country or an
///   organization alone): one evidence per meeting, its `kind` the meeting kind; weight = meetings.
/// - `represents` (person–country), `heads` / `member` (person–organization): one evidence per article that
///   states it; weight = articles.
/// - `discussed` (country–topic): the countries of each meeting's sides × the meeting's topics (the
///   article's topics when the meeting lists none); weight = meetings.
/// - `meets` (country–country): every meeting whose two sides have different known countries; weight =
///   meetings between their officials.
///
/// One meeting, several reports: two articles often report the same meeting (a Libyan and a Tunisian outlet
/// both report the Libya–Tunisia meeting of session 41). Meeting reports are one meeting when they have
/// - the same session (or neither has one), and the same kind (met, received, called, invited, visited), and
/// - the same participants: sides paired one to one, each pair the same resolved person, the same
///   organization when both are an organization alone, or — when one side is a country alone ("نظيره
///   التونسي") — the other side's country (its person's country, or the country itself).
/// Every report keeps its evidence (each article's sentence) on the edges, and all reports of one meeting carry
/// the same `EvidenceRef.meeting` key; weights of `met`, `meets` and `discussed` count distinct meetings
/// (`EvidenceRef.weight(of:)`), so the same meeting reported twice counts once. Reports naming both sides
/// fix the meeting first; a report with a country-only side joins the first such meeting it fits (in
/// article order), else stands on its own. A report with a side nobody could identify is never merged.
/// Everything is sorted, so the same extractions give the same graph whatever their order.
public struct GraphBuilder: Sendable {
    public var labeler: NodeLabeler
    /// Actors of a user lexicon (`--lexicon`): mentions of any of their forms become their node, labelled with
    /// their name. An actor no article mentions gives no node.
    public var actors: [UserLexicon.Actor]
    public init(labeler: NodeLabeler = .builtIn, actors: [UserLexicon.Actor] = []) {
        self.labeler = labeler; self.actors = actors
    }
    /// Labels and actors from a user lexicon.
    public init(lexicon: UserLexicon) { self.init(labeler: .with(lexicon), actors: lexicon.actors) }

    public func build(_ input: [DocumentExtraction]) -> Graph {
        let docs = input.enumerated().sorted { ($0.element.source, $0.offset) < ($1.element.source, $1.offset) }
            .map(\.element)

        // 1. Person records: an article's persons, plus meeting participants it does not list.
        var records: [PersonRecord] = []
        var recordEvidence: [Evidence?] = []
        var localRecord: [[Int]] = []          // doc → person index → record
        var sideRecord: [[Int: [Int?]]] = []   // doc → meeting → side → record
        for doc in docs {
            var locals: [Int] = []
            for p in doc.persons {
                // A name with no letters left after normalization cannot be a node.
                if PersonName.tokens(p.name).isEmpty { locals.append(-1); continue }
                locals.append(records.count)
                records.append(PersonRecord(name: p.name, aliases: p.aliases, country: p.country, role: p.role,
                                            organization: p.organization, source: doc.source))
                recordEvidence.append(p.mentions.min())
            }
            var persons = doc.persons
            var keys = persons.map(PersonResolver.matchKeys)
            var sides: [Int: [Int?]] = [:]
            for (mi, m) in doc.meetings.enumerated() {
                var rs: [Int?] = []
                for part in m.participants {
                    guard let name = part.person, !PersonName.tokens(name).isEmpty else { rs.append(nil); continue }
                    let li: Int
                    if let found = PersonResolver.localMatch(name, country: part.country, among: persons, keys: keys) {
                        li = found
                    } else {
                        li = persons.count
                        persons.append(ExtractedPerson(name: name, country: part.country, organization: part.organization))
                        keys.append(PersonResolver.matchKeys(persons[li]))
                        locals.append(records.count)
                        records.append(PersonRecord(name: name, country: part.country, organization: part.organization,
                                                    source: doc.source))
                        recordEvidence.append(m.evidence)
                    }
                    let r = locals[li]
                    if records[r].country == nil, let c = part.country { records[r].country = c; persons[li].country = c }
                    if records[r].organization == nil, let o = part.organization {
                        records[r].organization = o; persons[li].organization = o
                    }
                    if recordEvidence[r] == nil { recordEvidence[r] = m.evidence }
                    rs.append(r)
                }
                sides[mi] = rs
            }
            localRecord.append(locals)
            sideRecord.append(sides)
        }
        for a in actors where !PersonName.tokens(a.name).isEmpty {
            records.append(PersonRecord(name: a.name, aliases: a.aliases, country: a.country, role: a.role,
                                        organization: a.organization, source: "", isLexiconActor: true))
        }
        let (people, assignment) = PersonResolver.resolve(records)

        // 2. Nodes.
        var nodeSources: [String: Set<String>] = [:]
        var nodeSessionSources: [String: [String: Set<String>]] = [:]
        var nodeKinds: [String: NodeKind] = [:]
        func touch(_ id: String, _ kind: NodeKind, _ doc: DocumentExtraction) {
            if nodeKinds[id] == nil { nodeKinds[id] = kind }
            nodeSources[id, default: []].insert(doc.source)
            if let s = doc.session { nodeSessionSources[id, default: [:]][sessionLabel(s), default: []].insert(doc.source) }
        }

        // 3. Edges.
        struct EdgeKey: Hashable { var a: String; var b: String; var kind: EdgeKind }
        var edgeEvidence: [EdgeKey: [EvidenceRef]] = [:]
        func add(_ x: String, _ y: String, _ kind: EdgeKind, _ ev: EvidenceRef, oncePerArticle: Bool = false) {
            guard x != y else { return }
            let key = x < y ? EdgeKey(a: x, b: y, kind: kind) : EdgeKey(a: y, b: x, kind: kind)
            if oncePerArticle, edgeEvidence[key]?.contains(where: { $0.source == ev.source }) == true { return }
            edgeEvidence[key, default: []].append(ev)
        }

        var reports: [MeetingReport] = []
        for (di, doc) in docs.enumerated() {
            let session = doc.session.map(sessionLabel)
            func ref(_ e: Evidence?, sentence: String? = nil, kind: String? = nil) -> EvidenceRef {
                EvidenceRef(source: doc.source, start: e?.start ?? 0, end: e?.end ?? 0, sentence: sentence, kind: kind,
                            session: session)
            }
            for c in doc.countries { touch(c, .country, doc) }
            for o in doc.allOrganizations { touch(o.id, .organization, doc) }
            for t in doc.topics { touch(t, .topic, doc) }
            for r in localRecord[di] where r >= 0 {
                let p = people[assignment[r]]
                touch(p.id, .person, doc)
                let rec = records[r]
                if let c = rec.country {
                    touch(c, .country, doc)
                    add(p.id, c, .represents, ref(recordEvidence[r]), oncePerArticle: true)
                }
                if let o = rec.organization {
                    touch(o, .organization, doc)
                    add(p.id, o, Self.headsOrganization(role: rec.role ?? p.role) ? .heads : .member,
                        ref(recordEvidence[r]), oncePerArticle: true)
                }
            }
            for (mi, m) in doc.meetings.enumerated() {
                let rs = sideRecord[di][mi] ?? []
                var sides: [MeetingSide] = []
                for (si, part) in m.participants.enumerated() {
                    let personID = (si < rs.count ? rs[si] : nil).map { people[assignment[$0]].id }
                    let country = part.country ?? (si < rs.count ? rs[si] : nil).flatMap { people[assignment[$0]].country }
                    if let c = country { touch(c, .country, doc) }
                    if let o = part.organization { touch(o, .organization, doc) }
                    sides.append(MeetingSide(person: personID, country: country, organization: part.organization))
                }
                let topics = m.topics.isEmpty ? doc.topics : m.topics
                for t in Set(topics).sorted() { touch(t, .topic, doc) }
                reports.append(MeetingReport(session: session, kind: m.kind.rawValue, sides: sides, topics: topics,
                                             evidence: ref(m.evidence, sentence: m.sentence, kind: m.kind.rawValue)))
            }
        }

        // 4. Meetings: reports of the same meeting share one key, then each meeting gives its edges.
        let keys = Self.meetingKeys(reports)
        for (r, report) in reports.enumerated() {
            var ev = report.evidence
            ev.meeting = keys[r]
            var ends: [(id: String, kind: NodeKind)] = []
            for side in report.sides {
                if let p = side.person { ends.append((p, .person)) }
                else if let c = side.country { ends.append((c, .country)) }
                else if let o = side.organization { ends.append((o, .organization)) }
            }
            // met: every pair of sides (meetings have two), unless both are countries alone.
            for i in ends.indices { for j in ends.indices where j > i {
                if ends[i].kind == .country && ends[j].kind == .country { continue }
                add(ends[i].id, ends[j].id, .met, ev)
            } }
            // meets: the country projection.
            let distinct = Array(Set(report.sides.compactMap(\.country))).sorted()
            for i in distinct.indices { for j in distinct.indices where j > i { add(distinct[i], distinct[j], .meets, ev) } }
            // discussed
            for t in Set(report.topics).sorted() {
                for c in distinct { add(c, t, .discussed, ev) }
            }
        }

        var nodes: [Node] = []
        let peopleByID = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
        for (id, kind) in nodeKinds {
            var attrs: [String: String] = [:]
            attrs[NodeAttribute.articles] = String(nodeSources[id]?.count ?? 0)
            if let bySession = nodeSessionSources[id], !bySession.isEmpty {
                let labels = sortSessions(bySession.keys)
                attrs[NodeAttribute.sessions] = labels.joined(separator: NodeAttribute.separator)
                attrs[NodeAttribute.sessionArticles] = labels.map { "\($0)=\(bySession[$0]!.count)" }.joined(separator: NodeAttribute.separator)
            }
            var ar: String?, en: String?
            switch kind {
            case .person:
                let p = peopleByID[id]!
                if PersonName.isArabic(p.name) { ar = p.name; en = p.nameLatin } else { en = p.name }
                if let r = p.role { attrs[NodeAttribute.role] = r }
                if let c = p.country { attrs[NodeAttribute.country] = c }
                if !p.aliases.isEmpty { attrs[NodeAttribute.aliases] = p.aliases.joined(separator: NodeAttribute.separator) }
                if !p.organizations.isEmpty { attrs[NodeAttribute.organizations] = p.organizations.joined(separator: NodeAttribute.separator) }
            case .country: (ar, en) = labeler.country(id)
            case .organization: (ar, en) = labeler.organization(id)
            case .topic: (ar, en) = labeler.topic(id)
            }
            nodes.append(Node(id: id, kind: kind, labelAR: ar, labelEN: en, attributes: attrs))
        }
        // An id used by two kinds (a topic and an organization with the same id) keeps the first kind seen;
        // edges name ids, so this is the only consistent choice.
        var edges: [Edge] = []
        for (k, ev) in edgeEvidence {
            edges.append(Edge(source: k.a, target: k.b, kind: k.kind, weight: EvidenceRef.weight(of: ev), evidence: ev.sorted()))
        }
        let sessions = Set(docs.compactMap { $0.session.map(sessionLabel) })
        let g = Graph(nodes: nodes, edges: edges,
                      metadata: GraphMetadata(sources: docs.map(\.source), sessions: sortSessions(sessions), view: .full))
        return g.normalized()
    }

    /// One side of a meeting report, after person resolution.
    struct MeetingSide: Hashable {
        var person: String?
        /// The side's country, or its person's.
        var country: String?
        var organization: String?
        /// What identifies the side in a meeting key: the person, else the country, else the organization.
        var token: String? { person ?? country ?? organization }
        /// A country alone: no person named.
        var isCountryOnly: Bool { person == nil && country != nil }
        /// Whether this side and `other` can be the same participant (see `GraphBuilder`).
        func fits(_ other: MeetingSide) -> Bool {
            if let p = person, let q = other.person { return p == q }
            if isCountryOnly || other.isCountryOnly { return country != nil && country == other.country }
            // Organizations alone.
            return person == nil && other.person == nil && organization != nil && organization == other.organization
        }
    }

    /// One article's report of a meeting.
    struct MeetingReport {
        var session: String?
        var kind: String
        var sides: [MeetingSide]
        var topics: [String]
        var evidence: EvidenceRef
    }

    /// The meeting key of each report (nil when a side is unidentified): reports of the same meeting (same
    /// session, kind and participants, see `GraphBuilder`) get the same key,
    /// "session|kind|side|side" with the sides' tokens sorted ("-" for no session).
    static func meetingKeys(_ reports: [MeetingReport]) -> [String?] {
        func key(_ r: MeetingReport) -> String? {
            let tokens = r.sides.map(\.token)
            guard tokens.count >= 2, tokens.allSatisfy({ $0 != nil }) else { return nil }
            return ([r.session ?? "-", r.kind] + tokens.map { $0! }.sorted()).joined(separator: "|")
        }
        func fits(_ a: [MeetingSide], _ b: [MeetingSide]) -> Bool {
            guard a.count == 2, b.count == 2 else { return false }
            return (a[0].fits(b[0]) && a[1].fits(b[1])) || (a[0].fits(b[1]) && a[1].fits(b[0]))
        }
        var out = [String?](repeating: nil, count: reports.count)
        // Reports naming every side first, then those with country-only sides; article order within each.
        let order = reports.indices.sorted {
            let a = reports[$0].sides.filter(\.isCountryOnly).count, b = reports[$1].sides.filter(\.isCountryOnly).count
            return a != b ? a < b : $0 < $1
        }
        var meetings: [String: [(key: String, sides: [MeetingSide])]] = [:]   // session|kind → meetings
        var known = Set<String>()
        for r in order {
            guard let k = key(reports[r]) else { continue }
            if known.contains(k) { out[r] = k; continue }
            let scope = (reports[r].session ?? "-") + "|" + reports[r].kind
            if reports[r].sides.contains(where: \.isCountryOnly),
               let m = meetings[scope]?.first(where: { fits($0.sides, reports[r].sides) }) {
                out[r] = m.key; continue
            }
            known.insert(k)
            meetings[scope, default: []].append((k, reports[r].sides))
            out[r] = k
        }
        return out
    }

    /// Whether a role means heading (rather than belonging to) an organization.
    static func headsOrganization(role: String?) -> Bool {
        guard let r = role?.lowercased() else { return false }
        return ["president", "secretary-general", "secretary general", "head", "chair", "director", "rector",
                "governor", "commissioner", "chief"].contains { r.contains($0) }
    }
}

/// Sessions sorted by body, then number.
func sortSessions<S: Sequence>(_ s: S) -> [String] where S.Element == String {
    s.sorted { a, b in
        let ba = a.split(separator: "#").first.map(String.init) ?? a
        let bb = b.split(separator: "#").first.map(String.init) ?? b
        if ba != bb { return ba < bb }
        let na = sessionNumber(a) ?? Int.min, nb = sessionNumber(b) ?? Int.min
        return na != nb ? na < nb : a < b
    }
}
