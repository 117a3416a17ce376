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
        add(mention, as: mention.key, language: language)
    }

    mutating func add(_ mention: NameMention, as key: NameKey, language: LanguageTag) {
        entities[key, default: Entity(key: key)].variants[language, default: [:]][String(mention.surface), default: 0] += 1
    }

    /// Adds the mentions of one document, in order, resolving a bare surname to the full name
    /// mentioned before it in the same document: "Kim" after "Kim Jong Il", 김 위원장 after 김정일,
    /// Медведев after Дмитрий Медведев. When two names share the surname, the one mentioned more
    /// often so far in the document wins (the story's subject; ties: the first seen).
    public mutating func addDocument(_ mentions: [NameMention], language: LanguageTag, keyer: NameKeyer) throws {
        var fullNames: [NameKey: [NameKey]] = [:]
        var counts: [NameKey: Int] = [:]
        for mention in mentions {
            let words = mention.surface.split(whereSeparator: \.isWhitespace)
            if words.count == 1, let names = fullNames[mention.key],
               let name = names.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }) {
                add(mention, as: name, language: language)
                counts[name, default: 0] += 1
                continue
            }
            add(mention, language: language)
            counts[mention.key, default: 0] += 1
            // The words a later mention may shorten this name to: its first (a Korean surname)
            // and its last (a Western surname); for one Hangul word, its first syllable.
            var parts: [Substring] = []
            if words.count >= 2 { parts = [words[0], words[words.count - 1]] }
            else if let word = words.first, word.unicodeScalars.count == 3, word.unicodeScalars.allSatisfy(Hangul.isSyllable) {
                parts = [word.prefix(1)]
            }
            for part in parts {
                let key = try keyer.key(for: part, language: language, wholeSurface: true)
                if key != mention.key, !key.isEmpty, fullNames[key]?.contains(mention.key) != true {
                    fullNames[key, default: []].append(mention.key)
                }
            }
        }
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
