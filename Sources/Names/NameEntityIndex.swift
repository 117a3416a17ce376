public import CorpusModel

/// The mentions of a corpus grouped into entities (one per key), with the spellings seen per
/// language and a canonical form per language: the gazetteer's, else the most frequent spelling.
public struct NameEntityIndex: Sendable {
    public struct Entity: Sendable {
        public let key: NameKey
        /// Language → spelling → count.
        public var variants: [LanguageTag: [String: Int]] = [:]
        /// Canonical form per language.
        public var canonical: [LanguageTag: String] = [:]
        public var count: Int { variants.values.reduce(0) { $0 + $1.values.reduce(0, +) } }
        /// Spellings of one language, most frequent first (ties in code-point order, for stable output).
        public func sortedVariants(_ language: LanguageTag) -> [(String, Int)] {
            (variants[language] ?? [:]).sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        }
    }

    public private(set) var entities: [NameKey: Entity] = [:]
    public init() {}

    public mutating func add(_ mention: NameMention, language: LanguageTag) {
        entities[mention.key, default: Entity(key: mention.key)].variants[language, default: [:]][String(mention.surface), default: 0] += 1
    }

    /// Sets the canonical forms; call after the last `add`.
    public mutating func chooseCanonicalForms(lexicon: NameLexicon) {
        for (key, var entity) in entities {
            for language in entity.variants.keys {
                if let id = key.entityID, let form = lexicon.entity(id: id)?.canonicalForm(language: String(language.language)) {
                    entity.canonical[language] = form
                } else if let top = entity.sortedVariants(language).first {
                    entity.canonical[language] = top.0
                }
            }
            entities[key] = entity
        }
    }

    /// Entities, most mentioned first (ties by key).
    public var sorted: [Entity] {
        entities.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
    }
}
