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

    /// Adds the mentions of one document, resolving a bare surname to the full name the document
    /// gives it: "Kim" with "Kim Jong Il", 김 위원장 with 김정일, Медведев with Дмитрий Медведев,
    /// before or after it. When two names share the surname, the one mentioned more often in the
    /// document wins (the story's subject; ties: the first seen). A bare surname the document
    /// gives no full name is never a gazetteer person with given names by its surname alone
    /// ("Johnson" in a report that names no Boris Johnson): it keys by its sound classes, so
    /// reports that all say only "Johnson" still group, apart from him.
    public mutating func addDocument(_ mentions: [NameMention], language: LanguageTag, keyer: NameKeyer) throws {
        let mentions = Self.withoutDemonyms(mentions, language: language, lexicon: keyer.lexicon)
        for (mention, key) in zip(mentions, try Self.resolvedKeys(mentions, language: language, keyer: keyer)) {
            add(mention, as: key, language: language)
        }
    }

    /// The mentions that name an entity: a demonym (Russian, North Korean) is a country's alias for
    /// the aligner, but no name in a table of entities.
    public static func withoutDemonyms(_ mentions: [NameMention], language: LanguageTag, lexicon: NameLexicon) -> [NameMention] {
        guard let demonyms = lexicon.demonyms[String(language.language)] else { return mentions }
        return mentions.filter { mention in
            let text = NameLexicon.normalizeAlias(mention.surface)
            return !demonyms.contains(text) && !demonyms.contains(text.droppingPossessive)
        }
    }

    /// A document's mentions, sentence by sentence, without a capitalized word that is a name only
    /// because it opens a sentence ("Police said…", "Environmental groups…"): one word, no
    /// gazetteer entity, a common word of the language (its profile's lexicon), and nowhere else in
    /// the document a name. A name that opens one sentence only (Norway, Microsoft) stays.
    public static func withoutLoneOpenings(_ sentences: [(sentence: Substring, mentions: [NameMention])], language: LanguageTag,
                                           lexicon: NameLexicon) -> [NameMention] {
        let code = String(language.language)
        func opens(_ mention: NameMention, _ sentence: Substring) -> Bool {
            sentence[sentence.startIndex..<mention.range.lowerBound].allSatisfy { !$0.isLetter && !$0.isNumber }
        }
        var elsewhere: Set<String> = []
        for (sentence, mentions) in sentences {
            for mention in mentions where !opens(mention, sentence) || mention.surface.contains(" ") {
                for word in mention.surface.split(separator: " ") { elsewhere.insert(NameLexicon.normalizeAlias(word).droppingPossessive) }
            }
        }
        return sentences.flatMap { sentence, mentions in
            mentions.filter { mention in
                guard opens(mention, sentence), !mention.surface.contains(" "), mention.key.entityID == nil,
                      mention.surface.first?.isUppercase == true else { return true }
                let word = NameLexicon.normalizeAlias(mention.surface).droppingPossessive
                return elsewhere.contains(word) || !lexicon.isCommonWord(word, language: code)
            }
        }
    }

    /// Each mention's key with the document read as `addDocument` reads it.
    public static func resolvedKeys(_ mentions: [NameMention], language: LanguageTag, keyer: NameKeyer) throws -> [NameKey] {
        var fullNames: [NameKey: [NameKey]] = [:]
        var counts: [NameKey: Int] = [:]
        // First the full names, and the words a mention may shorten each to: its first (a Korean
        // surname) and its last (a Western surname); for one Hangul word, its first syllable.
        for mention in mentions {
            let words = mention.surface.split(whereSeparator: \.isWhitespace)
            var parts: [Substring] = []
            if words.count >= 2 { parts = [words[0], words[words.count - 1]] }
            else if let word = words.first, word.unicodeScalars.count == 3, word.unicodeScalars.allSatisfy(Hangul.isSyllable) {
                parts = [word.prefix(1)]
            }
            guard !parts.isEmpty else { continue }
            counts[mention.key, default: 0] += 1
            for part in parts {
                let key = try keyer.key(for: part, language: language, wholeSurface: true)
                // A part that is a name of its own is no short form ("Russian" of "Russian Far
                // East"); a surname the gazetteer lists as the person's alias keys as the person.
                if key.entityID != nil && key != mention.key { continue }
                if !key.isEmpty, fullNames[key]?.contains(mention.key) != true {
                    fullNames[key, default: []].append(mention.key)
                }
            }
        }
        return try mentions.map { mention in
            guard mention.surface.split(whereSeparator: \.isWhitespace).count == 1 else { return mention.key }
            if let names = fullNames[mention.key], let name = names.max(by: { counts[$0, default: 0] < counts[$1, default: 0] }) {
                return name
            }
            if let id = mention.key.entityID, let entity = keyer.lexicon.entityIndexByID[id], !keyer.givenNames(ofEntity: entity).isEmpty {
                return try keyer.analyze(mention.surface, language: String(language.language), lookUp: false)
            }
            return mention.key
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
