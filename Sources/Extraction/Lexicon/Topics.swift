// Topic lexicon (ids of vocab/topics.json) and the TopicFinder.

public struct TopicHit: Sendable, Hashable {
    public let id: String
    public let evidence: Evidence
    public init(id: String, evidence: Evidence) { self.id = id; self.evidence = evidence }
}

public struct TopicEntry: Sendable, Hashable {
    public let id: String
    public let en: String
    public let ar: String
    public let generic: Bool
}

public enum TopicLexicon {
    public static var all: [(id: String, en: String, ar: String, generic: Bool)] {
        topicData.map { ($0.id, $0.en, $0.ar, $0.generic) }
    }
    public static func entry(_ id: String) -> (id: String, en: String, ar: String, generic: Bool)? {
        topicData.first { $0.id == id }.map { ($0.id, $0.en, $0.ar, $0.generic) }
    }
}

let topicData: [TopicEntry] = []

public struct TopicFinder: Sendable {
    public init(extra: [UserLexicon.TopicCues] = []) {}
    public func find(in text: String) -> [TopicHit] { [] }
}
