// A user's own additions to the built-in lexicons, loaded from `--lexicon FILE` (JSON).
// Built-in lexicons never list persons; this is the only place person names come from a list.

public struct UserLexicon: Codable, Hashable, Sendable {
    public struct Actor: Codable, Hashable, Sendable {
        /// Canonical name, as it should be reported.
        public var name: String
        /// Other spellings / short forms that refer to the same person.
        public var aliases: [String]
        public var country: String?
        public var role: String?
        public var organization: String?
        public init(name: String, aliases: [String] = [], country: String? = nil, role: String? = nil,
                    organization: String? = nil) {
            self.name = name; self.aliases = aliases; self.country = country; self.role = role
            self.organization = organization
        }
    }
    public struct Organization: Codable, Hashable, Sendable {
        public var id: String
        public var en: String?
        /// Arabic and/or English names that refer to it.
        public var names: [String]
        /// "council" or "organization".
        public var kind: String?
        public init(id: String, en: String? = nil, names: [String], kind: String? = nil) {
            self.id = id; self.en = en; self.names = names; self.kind = kind
        }
    }
    public struct TopicCues: Codable, Hashable, Sendable {
        /// A topic id (existing or new).
        public var id: String
        public var cues: [String]
        public init(id: String, cues: [String]) { self.id = id; self.cues = cues }
    }
    public var actors: [Actor]
    public var organizations: [Organization]
    public var topics: [TopicCues]
    public init(actors: [Actor] = [], organizations: [Organization] = [], topics: [TopicCues] = []) {
        self.actors = actors; self.organizations = organizations; self.topics = topics
    }
}
