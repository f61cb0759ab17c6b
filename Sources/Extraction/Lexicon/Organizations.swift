// Organization lexicon (ids of vocab/organizations.json and more) and the OrganizationFinder.

public struct OrganizationHit: Sendable, Hashable {
    public let id: String
    public let evidence: Evidence
    public init(id: String, evidence: Evidence) { self.id = id; self.evidence = evidence }
}

public struct OrganizationEntry: Sendable, Hashable {
    public let id: String
    public let en: String
    public let ar: [String]
    public let kind: String
}

public enum OrganizationLexicon {
    public static var all: [(id: String, en: String, ar: [String], kind: String)] {
        organizationData.map { ($0.id, $0.en, $0.ar, $0.kind) }
    }
    public static func entry(_ id: String) -> (id: String, en: String, ar: [String], kind: String)? {
        organizationData.first { $0.id == id }.map { ($0.id, $0.en, $0.ar, $0.kind) }
    }
}

let organizationData: [OrganizationEntry] = []

public struct OrganizationFinder: Sendable {
    public init(extra: [UserLexicon.Organization] = []) {}
    public func find(in text: String) -> [OrganizationHit] { [] }
}
