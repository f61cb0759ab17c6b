// Arabic and English labels of countries, organizations and topics for graph nodes.
import Extraction

/// Where node labels come from. The built-in source reads the Extraction lexicons; a user lexicon's
/// organizations add to it. Falls back to the id when a code is unknown.
public struct NodeLabeler: Sendable {
    public var country: @Sendable (String) -> (ar: String?, en: String?)
    public var organization: @Sendable (String) -> (ar: String?, en: String?)
    public var topic: @Sendable (String) -> (ar: String?, en: String?)
    public init(country: @escaping @Sendable (String) -> (ar: String?, en: String?),
                organization: @escaping @Sendable (String) -> (ar: String?, en: String?),
                topic: @escaping @Sendable (String) -> (ar: String?, en: String?)) {
        self.country = country; self.organization = organization; self.topic = topic
    }

    /// Labels from the built-in lexicons.
    public static let builtIn = NodeLabeler(
        country: { BuiltInLabels.country($0) },
        organization: { BuiltInLabels.organization($0) },
        topic: { BuiltInLabels.topic($0) })

    /// No labels at all (ids only).
    public static let none = NodeLabeler(country: { _ in (nil, nil) }, organization: { _ in (nil, nil) },
                                         topic: { _ in (nil, nil) })

    /// The built-in labels, with a user lexicon's organizations taking precedence for their ids.
    public static func with(_ user: UserLexicon?) -> NodeLabeler {
        guard let user, !user.organizations.isEmpty else { return .builtIn }
        var orgs: [String: (ar: String?, en: String?)] = [:]
        for o in user.organizations {
            orgs[o.id] = (o.names.first(where: PersonName.isArabic), o.en ?? o.names.first { !PersonName.isArabic($0) })
        }
        let table = orgs
        return NodeLabeler(
            country: { BuiltInLabels.country($0) },
            organization: { id in
                if let l = table[id] {
                    let b = BuiltInLabels.organization(id)
                    return (l.ar ?? b.ar, l.en ?? b.en)
                }
                return BuiltInLabels.organization(id)
            },
            topic: { BuiltInLabels.topic($0) })
    }
}

/// Bridge to the Extraction lexicons (CountryLexicon, OrganizationLexicon, TopicLexicon): the first Arabic
/// name and the English name.
enum BuiltInLabels {
    static func country(_ iso3: String) -> (ar: String?, en: String?) {
        guard let e = CountryLexicon.entry(iso3) else { return (nil, nil) }
        return (e.ar.first, e.en)
    }
    static func organization(_ id: String) -> (ar: String?, en: String?) {
        guard let e = OrganizationLexicon.entry(id) else { return (nil, nil) }
        return (e.ar.first, e.en)
    }
    static func topic(_ id: String) -> (ar: String?, en: String?) {
        guard let e = TopicLexicon.entry(id) else { return (nil, nil) }
        return (e.ar.isEmpty ? nil : e.ar, e.en)
    }
}
