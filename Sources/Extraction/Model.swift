// The extractor's output: one `DocumentExtraction` per article.
// Field names and shapes follow ../shared/eval/PROTOCOL.md (the `majlis extract --format json` contract);
// extra fields are allowed there and carry the evidence an analyst needs to check every claim.

/// A half-open range of Unicode-scalar offsets into the original article text.
public struct Evidence: Codable, Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
    public static func < (a: Evidence, b: Evidence) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// The council session an article reports on.
public struct SessionRef: Codable, Hashable, Sendable {
    /// Council id from vocab/organizations.json (kind `council`), e.g. `arab-interior-ministers-council`.
    public var body: String
    /// The session's ordinal, e.g. 41.
    public var number: Int
    public var evidence: Evidence?
    public init(body: String, number: Int, evidence: Evidence? = nil) {
        self.body = body; self.number = number; self.evidence = evidence
    }
}

/// An official named in the article, with every mention of them.
public struct ExtractedPerson: Codable, Hashable, Sendable {
    /// Longest form in the text, without quotes or leading rank/honorific.
    public var name: String
    /// Other forms found in the text (surname, with honorific, spelling variants).
    public var aliases: [String]
    /// ISO 3166-1 alpha-3, when the text supports it.
    public var country: String?
    /// English role label, e.g. "interior minister", "president".
    public var role: String?
    /// Organization id the person heads or speaks for, when any (e.g. "naif-arab-university").
    public var organization: String?
    public var mentions: [Evidence]
    public init(name: String, aliases: [String] = [], country: String? = nil, role: String? = nil,
                organization: String? = nil, mentions: [Evidence] = []) {
        self.name = name; self.aliases = aliases; self.country = country; self.role = role
        self.organization = organization; self.mentions = mentions
    }
}

public struct ExtractedOrganization: Codable, Hashable, Sendable {
    /// Id from vocab/organizations.json or the user lexicon.
    public var id: String
    public var mentions: [Evidence]
    public init(id: String, mentions: [Evidence] = []) { self.id = id; self.mentions = mentions }
}

/// One side of a meeting: a person (with country when known), a country alone, or an organization.
public struct Participant: Codable, Hashable, Sendable {
    public var person: String?
    public var country: String?
    public var organization: String?
    public init(person: String? = nil, country: String? = nil, organization: String? = nil) {
        self.person = person; self.country = country; self.organization = organization
    }
}

/// Kinds of bilateral interaction (CAMEO codes in the comments).
public enum MeetingKind: String, Codable, Hashable, Sendable, CaseIterable {
    case met        // 040 met, consulted, held talks
    case received   // 043 hosted / received (participant 0 is the host)
    case called     // 041 phone call (participant 0 placed the call)
    case invited    // 036 invitation (participant 0 invited participant 1)
    case visited    // 042 visit (participant 0 visited participant 1)
}

public struct ExtractedMeeting: Codable, Hashable, Sendable {
    /// Two participants; the first is the host / initiator.
    public var participants: [Participant]
    public var kind: MeetingKind
    /// Topic ids (vocab/topics.json) discussed in this meeting.
    public var topics: [String]
    /// Offsets of the sentence(s) that report the meeting.
    public var evidence: Evidence
    /// The evidence text itself, so the edge can be checked without reopening the article.
    public var sentence: String?
    public init(participants: [Participant], kind: MeetingKind, topics: [String] = [], evidence: Evidence,
                sentence: String? = nil) {
        self.participants = participants; self.kind = kind; self.topics = topics
        self.evidence = evidence; self.sentence = sentence
    }
}

public struct DocumentExtraction: Codable, Hashable, Sendable {
    /// The path as given on the command line (or "-" for standard input).
    public var source: String
    /// "ar" or "en".
    public var language: String
    public var session: SessionRef?
    /// ISO3 codes, in order of first mention.
    public var countries: [String]
    public var persons: [ExtractedPerson]
    /// Organizations with a controlled id: vocab/organizations.json, plus those of the user's lexicon.
    public var organizations: [ExtractedOrganization]
    /// Other organizations the built-in lexicon knows (their ids are majlis' own, not the controlled
    /// vocabulary's), kept apart so that `organizations` holds controlled ids only, as the protocol's gold does.
    public var otherOrganizations: [ExtractedOrganization]
    public var meetings: [ExtractedMeeting]
    /// Topic ids discussed or on the agenda anywhere in the article.
    public var topics: [String]
    public init(source: String, language: String, session: SessionRef? = nil, countries: [String] = [],
                persons: [ExtractedPerson] = [], organizations: [ExtractedOrganization] = [],
                otherOrganizations: [ExtractedOrganization] = [],
                meetings: [ExtractedMeeting] = [], topics: [String] = []) {
        self.source = source; self.language = language; self.session = session; self.countries = countries
        self.persons = persons; self.organizations = organizations; self.otherOrganizations = otherOrganizations
        self.meetings = meetings; self.topics = topics
    }

    /// Every organization named, controlled ids first.
    public var allOrganizations: [ExtractedOrganization] { organizations + otherOrganizations }

    enum CodingKeys: String, CodingKey {
        case source, language, session, countries, persons, organizations, meetings, topics
        case otherOrganizations = "other_organizations"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        language = try c.decodeIfPresent(String.self, forKey: .language) ?? "ar"
        session = try c.decodeIfPresent(SessionRef.self, forKey: .session)
        countries = try c.decodeIfPresent([String].self, forKey: .countries) ?? []
        persons = try c.decodeIfPresent([ExtractedPerson].self, forKey: .persons) ?? []
        organizations = try c.decodeIfPresent([ExtractedOrganization].self, forKey: .organizations) ?? []
        otherOrganizations = try c.decodeIfPresent([ExtractedOrganization].self, forKey: .otherOrganizations) ?? []
        meetings = try c.decodeIfPresent([ExtractedMeeting].self, forKey: .meetings) ?? []
        topics = try c.decodeIfPresent([String].self, forKey: .topics) ?? []
    }
}
