public import CorpusModel
public import LanguageProfiles
public import Foundation

/// The per-language data the rules use. Rules are data: each list lives in the language's
/// profile, `Sources/LanguageProfiles/Languages/<language>/<list>` (one entry per line, blank
/// lines and `#` comments ignored), and users can add their own entries, or whole SRX rule files
/// (`SRXRules`).
///
/// - `abbreviations`: `Gen.` or `U.S. ambiguous`, see `AbbreviationKind`;
/// - `starters`: closed-class words that open sentences ("The", "However", "Это"): after an
///   ambiguous abbreviation or an initial, only these mark a new sentence;
/// - `months`: month names and their abbreviations, for wire datelines;
/// - `endings` (Korean): sentence-final verb endings, e.g. `니다`, or `ㅆ다` (a syllable with the
///   final consonant ㅆ, then 다);
/// - `continuations` (Korean): words that carry a clause on after a final-looking ending;
/// - `connectives` (Korean): connective endings; a line without punctuation that ends in one runs
///   on into the next line;
/// - `prepositions`: those that open an introductory time phrase ("В 2009 г. Путин…");
/// - the `profile` settings `ellipsis: omission` and `ordinal-dot: yes` (see `LanguageProfile`).
public struct SegmentationRules: Sendable {
    /// What a full stop after an abbreviation means.
    public enum AbbreviationKind: String, Sendable {
        /// Never ends a sentence: titles and words that need a complement ("Dr.", "p.", "e.g.", "ул.").
        case inner
        /// Ends a sentence when the next word starts with a capital ("etc.", "т.д.").
        case final
        /// Ends a sentence only when the next word is a sentence starter ("U.S.", "Inc.", "Aug.").
        case ambiguous
        /// After a number it ends a sentence before a capitalized word, unless the clause so far is
        /// only a short introductory phrase ("В 2009 г. Путин…", "At 5 a.m. Mr. Kim…"); elsewhere
        /// it is inner ("г. Москва").
        case number
    }

    /// Abbreviations without their final dot, e.g. "Gen", "U.S", "т.е".
    public private(set) var abbreviations: [String: AbbreviationKind]
    public private(set) var starters: Set<String>
    public private(set) var months: Set<String>
    public private(set) var endings: [KoreanEnding]
    public private(set) var continuations: Set<String>
    /// Word starts that carry a clause on ("않…": 있지 않습니다, 있지 않았다): an auxiliary
    /// construction after a final-looking ending.
    public private(set) var continuationStarts: [String] = []
    /// Connective endings (written like `endings`): after one, a line break is no sentence end.
    public private(set) var connectives: [KoreanEnding] = []
    /// Prepositions that open an introductory time phrase ("В 2009 г.", "At 5 a.m.").
    public private(set) var prepositions: Set<String> = []
    /// A number with a full stop is an ordinal before a month, a lower-case word, or after one
    /// of `ordinalOpeners` ("am 3. Oktober", "der 2. Weltkrieg"), as German writes them.
    public var ordinalDot = false
    /// Every noun is capitalized (German): after an abbreviation, only a sentence starter shows
    /// a new sentence ("1,5 Mio. Kubikmeter", "usw. Die Suche").
    public var capitalizesNouns = false
    /// Words after which "N." is an ordinal ("am", "der", "im").
    public private(set) var ordinalOpeners: Set<String> = []
    /// An ellipsis of three dots marks an omission, not a sentence end; four dots end a sentence
    /// (the English convention). Otherwise an ellipsis before a capital ends a sentence.
    public var ellipsisIsOmission: Bool

    public init(abbreviations: [String: AbbreviationKind] = [:], starters: some Sequence<String> = [String](),
                months: some Sequence<String> = [String](), endings: [KoreanEnding] = [],
                continuations: some Sequence<String> = [String](), prepositions: some Sequence<String> = [String](),
                ellipsisIsOmission: Bool = false) {
        self.abbreviations = [:]
        self.starters = Set(starters)
        self.months = Set(months.map { $0.lowercased() })
        self.endings = endings
        self.continuations = Set(continuations)
        self.prepositions = Set(prepositions.map { $0.lowercased() })
        self.ellipsisIsOmission = ellipsisIsOmission
        for (abbreviation, kind) in abbreviations { add(abbreviation: abbreviation, kind: kind) }
    }

    /// Compatibility: a plain list of inner abbreviations.
    public init(abbreviations: some Sequence<String>) {
        self.init(abbreviations: Dictionary(abbreviations.map { ($0, AbbreviationKind.inner) }, uniquingKeysWith: { a, _ in a }))
    }

    /// Adds (or reclassifies) an abbreviation; a final dot is optional.
    public mutating func add(abbreviation: String, kind: AbbreviationKind) {
        let stripped = abbreviation.hasSuffix(".") ? String(abbreviation.dropLast()) : abbreviation
        guard !stripped.isEmpty else { return }
        // Only lower-case entries also match with a capital ("Vol." at a sentence start); an
        // upper-case entry never matches in lower case ("Ill." is not "ill."): see CompiledRules.
        abbreviations[stripped] = kind
    }

    public mutating func add(starters words: some Sequence<String>) { starters.formUnion(words) }

}

/// A Korean sentence-final ending: text the word must end with, optionally after a syllable with a
/// given final consonant (`ㅆ다`: 했다, 있었다, 됐다).
public struct KoreanEnding: Sendable, Hashable {
    /// The ending's syllables, e.g. "다", "니다".
    public let suffix: [UInt16]
    /// The final consonant (jongseong index 1...27) the syllable before `suffix` must carry, if any.
    public let finalConsonant: Int?

    /// Reads `니다` or `ㅆ다`; nil for an entry that is not Hangul.
    public init?(_ entry: String) {
        var units = Array(entry.utf16)
        var final: Int?
        if let first = units.first, let index = Self.jongseongIndex(ofCompatibilityJamo: first) {
            final = index
            units.removeFirst()
        }
        guard !units.isEmpty, units.allSatisfy({ (0xAC00...0xD7A3).contains($0) }) else { return nil }
        suffix = units
        finalConsonant = final
    }

    /// Whether the word `units[start..<end]` ends with this ending.
    func matches(_ units: UnsafeBufferPointer<UInt16>, start: Int, end: Int) -> Bool {
        // A whole-word entry (같다, 싸다) matches the word itself; a one-syllable ending (죠) and a
        // final-consonant entry (ㅆ다) need a syllable before it.
        let needed = finalConsonant != nil || suffix.count == 1 ? suffix.count + 1 : suffix.count
        guard end - start >= needed else { return false }
        for (offset, unit) in suffix.enumerated() where units[end - suffix.count + offset] != unit { return false }
        guard let finalConsonant else { return true }
        let syllable = Int(units[end - suffix.count - 1])
        guard (0xAC00...0xD7A3).contains(syllable) else { return false }
        return (syllable - 0xAC00) % 28 == finalConsonant
    }

    /// Compatibility jamo (ㄱ U+3131 …) as a jongseong index, for the final consonants that occur.
    static func jongseongIndex(ofCompatibilityJamo unit: UInt16) -> Int? {
        let table: [UInt16: Int] = [
            0x3131: 1, 0x3132: 2, 0x3133: 3, 0x3134: 4, 0x3135: 5, 0x3136: 6, 0x3137: 7, 0x3139: 8,
            0x313A: 9, 0x313B: 10, 0x313C: 11, 0x313D: 12, 0x313E: 13, 0x313F: 14, 0x3140: 15, 0x3141: 16,
            0x3142: 17, 0x3144: 18, 0x3145: 19, 0x3146: 20, 0x3147: 21, 0x3148: 22, 0x314A: 23, 0x314B: 24,
            0x314C: 25, 0x314D: 26, 0x314E: 27,
        ]
        return table[unit]
    }
}

extension SegmentationRules {
    /// The rules of `language`'s profile (`LanguageProfiles`); a language without one gets
    /// empty lists, that is ICU's rules alone.
    public static func builtIn(for language: LanguageTag) throws -> SegmentationRules {
        guard let profile = LanguageProfiles.profileOrNotice(for: language) else { return SegmentationRules() }
        return try SegmentationRules(profile: profile)
    }

    /// The rules a profile holds.
    public init(profile: LanguageProfile) throws {
        self.init()
        for entry in profile.abbreviations {
            try addAbbreviationLine(Substring(entry.text), file: "Languages/\(profile.code)/abbreviations:\(entry.line)")
        }
        starters = Set(profile.starters)
        // Dates in datelines and after numbers: month names and abbreviations, and weekdays.
        months = Set((profile.months.flatMap { $0.names + $0.abbreviations } + profile.weekdays.flatMap { $0 }).map { $0.lowercased() })
        if profile.sentenceEndsAfterVerbEndings { endings = profile.endings.compactMap { KoreanEnding($0) } }
        continuations = Set(profile.continuations.filter { !$0.hasSuffix("…") })
        continuationStarts = profile.continuations.filter { $0.hasSuffix("…") }.map { String($0.dropLast()) }
        connectives = profile.connectives.compactMap { KoreanEnding($0) }
        prepositions = Set(profile.prepositions.map { $0.lowercased() })
        ordinalOpeners = Set(profile.ordinalOpeners.map { $0.lowercased() })
        ordinalDot = profile.ordinalDot
        capitalizesNouns = profile.capitalizesNouns
        ellipsisIsOmission = profile.ellipsisIsOmission
    }

    /// Adds the abbreviations of a user's list (`Abbrev.` or `Abbrev. kind` per line).
    public mutating func addAbbreviations(contentsOf url: URL) throws {
        for line in Self.entries(of: try String(contentsOf: url, encoding: .utf8)) { try addAbbreviationLine(line, file: url.path) }
    }

    /// Reads a plain abbreviation list (every entry `inner` unless it names its kind).
    public init(contentsOf url: URL) throws {
        self.init()
        try addAbbreviations(contentsOf: url)
    }

    mutating func addAbbreviationLine(_ line: Substring, file: String) throws {
        var fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        var kind = AbbreviationKind.inner
        if fields.count > 1, let last = fields.last, !last.hasSuffix(".") {
            guard let named = AbbreviationKind(rawValue: String(last)) else {
                throw SegmentationError.badRule(file: file, entry: String(line),
                                                reason: "the kind must be inner, final, ambiguous or number")
            }
            kind = named
            fields.removeLast()
        }
        // In a multi-word entry ("до н.э.") the word before the dot is what gets looked up.
        guard let word = fields.last else { return }
        add(abbreviation: String(word), kind: kind)
    }

    static func entries(of text: String) -> [Substring] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let entry = line.trimmingWhitespace()
            return entry.isEmpty || entry.hasPrefix("#") ? nil : entry
        }
    }
}

/// What can go wrong in segmentation input that is not text: rule files.
public enum SegmentationError: Error, Equatable, CustomStringConvertible {
    case badRule(file: String, entry: String, reason: String)
    case malformedSRX(file: String, line: Int, column: Int, reason: String)
    case invalidSRXRule(file: String, line: Int, column: Int, reason: String)
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case let .badRule(file, entry, reason):
            "\(file): rule '\(entry)': \(reason)"
        case let .malformedSRX(file, line, column, reason):
            "\(file):\(line):\(column): malformed SRX: \(reason); fix the XML (SRX 2.0: <srx><header/><body><languagerules>…<maprules>…)"
        case let .invalidSRXRule(file, line, column, reason):
            "\(file):\(line):\(column): \(reason)"
        case let .unreadable(file, reason):
            "\(file): cannot read: \(reason)"
        }
    }
}
