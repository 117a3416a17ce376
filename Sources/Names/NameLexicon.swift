import Foundation
import LanguageProfiles
import TextBytes

/// The data behind name keys, read from the module's resources (and any gazetteer files a user
/// adds): the gazetteer of entities with their established forms, Korean surnames, given names,
/// titles, Korean particles, Hanja readings and sentence-initial stop words.
///
/// Every list is a plain UTF-8 text file in `Sources/Names/Resources/`, one entry per line, `#`
/// comments; see the header of each file for its columns.
public struct NameLexicon: Sendable {
    public enum Gender: Sendable { case male, female }

    /// One gazetteer entity: its ID and its forms per language (the first is the canonical one).
    public struct Entity: Sendable, Equatable {
        public let id: String
        public internal(set) var forms: [String: [String]]
        /// "country", or empty.
        public internal(set) var type: String = ""
        public func canonicalForm(language: String) -> String? { forms[language]?.first }
    }

    public internal(set) var entities: [Entity] = []
    var entityIndexByID: [String: Int] = [:]
    /// Normalized alias (see `normalizeAlias`) → entity index.
    /// (The word lists are keyed by `UTF8Key`: looked up for every word keyed, by bytes.)
    var aliasIndex: [UTF8Key: Int] = [:]
    /// Every word of a Russian alias: the lemmatizer prefers a reading that is one of them.
    var knownRussianWords: Set<UTF8Key> = []
    /// First words of Korean aliases of two or more words (블라디미르 in 블라디미르 푸틴).
    var koreanAliasFirstWords: Set<UTF8Key> = []
    /// Surname spelling (lower case, any script) → Hangul surname.
    var surnames: [UTF8Key: String] = [:]
    /// Given-name form (lower case, Russian case forms included) → gender.
    var givenNames: [UTF8Key: Gender] = [:]
    /// Given-name form → the given names it may be (a line of given-names.tsv each: Dmitry,
    /// Дмитрий and 드미트리 are one; Евгения is Евгений's genitive).
    var givenNameGroups: [UTF8Key: [Int]] = [:]
    /// Per given name, the first letters of its Latin forms (Yevgeny, Evgeny: y, e).
    var givenNameInitials: [Set<Character>] = []
    /// Per given name, its first form (lower case): one spelling for keys in any script.
    var givenNameCanonical: [String] = []
    /// Titles per language (lower case, words joined by one space).
    private(set) var titles: [String: Set<UTF8Key>] = [:]
    /// The titles that precede a name (English, Russian, German…) together; those that follow
    /// it (Korean); and per language its titles
    /// with the English ones (English titles turn up in every language's copy): derived once
    /// here, not per name.
    private(set) var latinTitles: Set<UTF8Key> = []
    private(set) var trailingTitles: Set<UTF8Key> = []
    /// Lower-case words inside names ("von", "de", "du": Ludwig von Buch).
    var nameParticles: Set<UTF8Key> = []
    private var titlesWithEnglish: [String: Set<UTF8Key>] = [:]
    func titles(withEnglish language: String) -> Set<UTF8Key> { titlesWithEnglish[language] ?? titles["en", default: []] }
    /// Korean particles, longest first.
    var particles: [String] = [] {
        didSet {
            particleScalars = particles.map { Array($0.unicodeScalars) }
            particleBytes = particles.map { Array($0.utf8) }
        }
    }
    /// The same as scalars, for suffix tests that do not compare Characters.
    private(set) var particleScalars: [[Unicode.Scalar]] = []
    /// The same as UTF-8 bytes (a suffix of bytes that starts a scalar is a suffix of scalars).
    private(set) var particleBytes: [[UInt8]] = []
    var hanja: [Unicode.Scalar: Unicode.Scalar] = [:]
    var stopwords: [String: Set<UTF8Key>] = [:]
    /// Per language, its demonyms (normalized as aliases): no entity in a table of names.
    var demonyms: [String: Set<UTF8Key>] = [:]
    /// Per language that capitalizes names, the forms of its profile's lexicon: common words.
    var commonWords: [String: Set<UTF8Key>] = [:]

    /// Whether a word (normalized) is a common word of the language: a lexicon form, or one with
    /// an ending of up to three letters ("environment" + "al").
    func isCommonWord(_ word: String, language: String) -> Bool {
        guard let words = commonWords[language] else { return false }
        if words.contains(word) { return true }
        var form = Substring(word)
        for _ in 0..<3 {
            form = form.dropLast()
            guard form.count >= 4 else { return false }
            if words.contains(String(form)) { return true }
        }
        return false
    }
    /// The stopwords of the scripts without capitals (Korean), where mentions are words.
    var uncasedStopwords: Set<UTF8Key> = []

    public init() {}

    /// Whether this is `builtIn` unchanged (its derived indexes can then be shared).
    var isBuiltIn = false
    /// For `builtIn`: an FNV-1a hash of the resource files it was read from, which the shipped
    /// index (`gazetteer.index`) must name to be used.
    private(set) var sourcesHash: UInt64 = 0

    /// Rosetta's own lists, read once: the gazetteer and given names (Resources/, across
    /// languages) and each language profile's surnames, titles, stopwords, postpositions and
    /// character readings.
    public static let builtIn: NameLexicon = {
        var lexicon = NameLexicon()
        var hash: UInt64 = FNV1a.offset
        // The resources ship with the module; a missing one leaves its list empty rather than
        // stopping every command (the tests check that each one loads).
        func text(_ name: String, _ ext: String) -> String {
            let text = resourceText(name, ext) ?? ""
            hash = FNV1a.add("\(name).\(ext)\n", to: hash)
            hash = FNV1a.add(text, to: hash)
            return text
        }
        for code in LanguageProfiles.codes {
            guard let profile = LanguageProfiles.profile(code: code) else { continue }
            for name in profile.files.keys.sorted() where NameLexicon.profileFiles.contains(name) {
                hash = FNV1a.add("\(code)/\(name)\n", to: hash)
                hash = FNV1a.add(profile.files[name] ?? "", to: hash)
            }
            lexicon.add(profile: profile)
        }
        lexicon.loadGivenNames(text("given-names", "tsv"))
        try? lexicon.addGazetteer(text("gazetteer", "tsv"), origin: "gazetteer.tsv")
        lexicon.isBuiltIn = true
        lexicon.sourcesHash = hash
        return lexicon
    }()

    /// The profile files the lexicon reads (their texts enter `sourcesHash`).
    static let profileFiles: Set<String> = ["surnames", "titles", "stopwords", "postpositions", "hanja", "name-particles", "profile", "demonyms", "lexicon"]

    /// Adds what a language profile knows about names.
    mutating func add(profile: LanguageProfile) {
        for (hangul, spellings) in profile.surnames {
            surnames[hangul] = surnames[hangul] ?? hangul
            for spelling in spellings {
                let lower = spelling.lowercased()
                if surnames[lower] == nil { surnames[lower] = hangul }
            }
        }
        if !profile.titles.isEmpty {
            titles[profile.code, default: []].formUnion(profile.titles.map { UTF8Key(Self.normalizeAlias($0)) })
            if profile.titlesFollowName { trailingTitleLanguages.insert(profile.code) }
            indexTitles()
        }
        if !profile.stopwords.isEmpty {
            stopwords[profile.code, default: []].formUnion(profile.stopwords.map { UTF8Key($0) })
            if profile.mentions == .uncased { uncasedStopwords.formUnion(profile.stopwords.map { UTF8Key($0) }) }
        }
        if profile.mentions == .capitalized, !profile.lexicon.isEmpty {
            commonWords[profile.code, default: []].formUnion(profile.lexicon.flatMap(\.forms).map { UTF8Key(Self.normalizeAlias($0)) })
        }
        if !profile.demonyms.isEmpty { demonyms[profile.code, default: []].formUnion(profile.demonyms.map { UTF8Key(Self.normalizeAlias($0)) }) }
        if !profile.postpositions.isEmpty { particles = (particles + profile.postpositions).sorted { $0.count > $1.count } }
        nameParticles.formUnion(profile.nameParticles.map { UTF8Key($0) })
        for (character, reading) in profile.readings { hanja[character] = reading }
    }

    /// A file of the module's Resources (compiled in, `ShippedFiles`), nil when missing.
    static func resourceText(_ name: String, _ ext: String) -> String? { ShippedFiles.text[name + "." + ext] }

    /// Adds the entities of a gazetteer file (format in Resources/gazetteer.tsv). An ID already
    /// known gets the new forms as aliases.
    public mutating func addGazetteer(_ text: String, origin: String) throws(NamesError) {
        isBuiltIn = false
        let byScalars = Self.splitsByScalars(text)
        var lineNumber = 0
        for rawLine in Self.split(Substring(text), "\n", byScalars: byScalars, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = !byScalars && rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine  // byScalars: no CR
            if Self.isBlank(line, byScalars: byScalars) || line.hasPrefix("#") { continue }
            let fields = Self.split(line, "\t", byScalars: byScalars, omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw .malformedLexicon(file: origin, line: lineNumber,
                                        reason: "expected ID<TAB>English<TAB>Russian<TAB>Korean<TAB>other")
            }
            let id = String(fields[0])
            var forms: [String: [String]] = [:]
            for (column, language) in Self.gazetteerColumns.enumerated() where column + 1 < fields.count {
                let list = Self.split(fields[column + 1], "|", byScalars: byScalars).map { Self.trimmed($0, byScalars: byScalars) }
                    .filter { !$0.isEmpty }
                if !list.isEmpty { forms[language] = list }
            }
            let type = fields.count > 5 ? Self.trimmed(fields[5], byScalars: byScalars) : ""
            let index: Int
            if let known = entityIndexByID[id] {
                index = known
                for (language, list) in forms { entities[index].forms[language, default: []] += list }
            } else {
                index = entities.count
                entities.append(Entity(id: id, forms: forms, type: type))
                entityIndexByID[id] = index
            }
            for (language, list) in forms {
                for form in list {
                    let alias = Self.normalizeAlias(form)
                    aliasIndex[alias] = index
                    // Words only where they are kept (most forms are English).
                    guard let profile = LanguageProfiles.profile(code: language), profile.mentions == .uncased || profile.nameCases != nil
                    else { continue }
                    let words = Self.split(Substring(alias), " ", byScalars: byScalars)
                    if profile.mentions == .uncased, words.count >= 2 { koreanAliasFirstWords.insert(String(words[0])) }
                    if profile.nameCases != nil {
                        for word in words { knownRussianWords.insert(String(word)) }
                    }
                }
            }
        }
    }

    static func trimmed(_ text: Substring, byScalars: Bool = false) -> String {
        if byScalars {
            // Most fields have no space at either end: copied without trimming.
            func isSpace(_ scalar: Unicode.Scalar) -> Bool {
                scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            }
            if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, !isSpace(first), !isSpace(last) {
                return String(text)
            }
            var kept = text.unicodeScalars.drop(while: \.properties.isWhitespace)
            while kept.last?.properties.isWhitespace == true { kept = kept.dropLast() }
            return String(Substring(kept))
        }
        var kept = text.drop(while: \.isWhitespace)
        while kept.last?.isWhitespace == true { kept = kept.dropLast() }
        return String(kept)
    }

    /// Whether the lists of a file can be read by scalars, which is the same as by Characters when
    /// each scalar is a Character of its own (no combining mark, no CR: CR LF is one Character)
    /// and several times cheaper (every process reads the built-in lists).
    static func splitsByScalars(_ text: String) -> Bool {
        !text.utf8.contains(0x0D) && NameWords.eachScalarIsCharacter(Substring(text))
    }

    /// `text.split(separator:omittingEmptySubsequences:)` for an ASCII separator; by UTF-8 bytes
    /// when `byScalars` (an ASCII byte is never part of another scalar).
    static func split(_ text: Substring, _ separator: Unicode.Scalar, byScalars: Bool,
                      omittingEmptySubsequences: Bool = true) -> [Substring] {
        guard byScalars, separator.isASCII else {
            return text.split(separator: Character(separator), omittingEmptySubsequences: omittingEmptySubsequences)
        }
        let byte = UInt8(separator.value), utf8 = text.utf8
        func piece(_ from: Int, _ to: Int) -> Substring {
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)])
        }
        let pieces = utf8.withContiguousStorageIfAvailable { bytes in
            var pieces: [Substring] = []
            var start = 0
            for offset in 0..<bytes.count where bytes[offset] == byte {
                if !omittingEmptySubsequences || start < offset { pieces.append(piece(start, offset)) }
                start = offset + 1
            }
            if !omittingEmptySubsequences || start < bytes.count { pieces.append(piece(start, bytes.count)) }
            return pieces
        }
        return pieces ?? utf8.split(separator: byte, omittingEmptySubsequences: omittingEmptySubsequences).map { Substring($0) }
    }

    static func isBlank(_ line: Substring, byScalars: Bool) -> Bool {
        byScalars ? line.unicodeScalars.allSatisfy(\.properties.isWhitespace) : line.allSatisfy(\.isWhitespace)
    }

    /// The gazetteer's columns after the ID: the languages of its forms, as its file format fixes
    /// them (Resources/gazetteer.tsv); "other" holds forms in other scripts (Hanja).
    static let gazetteerColumns = ["en", "ru", "ko", "other"]

    public func entity(id: String) -> Entity? { entityIndexByID[id].map { entities[$0] } }

    /// The form aliases are compared in: lower case, ё as е, quotes and dots dropped, hyphens and
    /// runs of spaces as one space, a leading English "the" dropped.
    static func normalizeAlias(_ text: some StringProtocol) -> String { normalizeAlias(joining: CollectionOfOne(text)) }

    /// `normalizeAlias(words.joined(separator: " "))`, without making the joined string.
    static func normalizeAlias<Words: Sequence>(joining words: Words) -> String where Words.Element: StringProtocol {
        // By scalars into UTF-8 bytes: comparing Characters compares strings, appending to a String
        // scalar by scalar costs more than the rest, and this runs for every word keyed.
        var out: [UInt8] = []
        out.reserveCapacity(32)
        var pendingSpace = false
        var first = true
        for word in words {
            if !first { pendingSpace = !out.isEmpty }
            first = false
            for scalar in word.unicodeScalars {
                switch scalar.value {
                case 0x2E, 0x27, 0x2019, 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x2C, 0x28, 0x29: continue  // . ' ’ " « » “ ” „ , ( )
                case 0x2D, 0x2010, 0x2013, 0x2014, 0x20, 0x09, 0xA0: pendingSpace = !out.isEmpty  // - ‐ – — space tab nbsp
                default:
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    appendLowercased(scalar, to: &out)
                }
            }
        }
        // "the " off the front, as `hasPrefix` reads it: unless a combining mark joins the space
        // to the next letter (a non-ASCII byte after it: left to `hasPrefix`).
        if out.count > 4, out[0] == 0x74, out[1] == 0x68, out[2] == 0x65, out[3] == 0x20 {
            if out[4] < 0x80 { return String(decoding: out[4...], as: UTF8.self) }
            var result = String(decoding: out, as: UTF8.self)
            if result.hasPrefix("the ") { result.removeFirst(4) }
            return result
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One scalar in lower case, ё as е, as UTF-8; ASCII and Russian letters without a table lookup.
    static func appendLowercased(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A: out.append(UInt8(value + 0x20))
        case 0...0x7F: out.append(UInt8(value))
        case 0x401, 0x451: out.append(0xD0); out.append(0xB5)  // Ё ё → е
        case 0x410...0x42F: appendUTF8(value + 0x20, to: &out)
        case 0x400...0x40F: appendUTF8(value + 0x50, to: &out)
        case 0x430...0x45F, 0xAC00...0xD7A3: appendUTF8(value, to: &out)
        default:
            if scalar.properties.changesWhenLowercased {
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                appendUTF8(value, to: &out)
            }
        }
    }

    @inline(__always)
    static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        if let scalar = Unicode.Scalar(value) { UTF8.encode(scalar) { out.append($0) } }
    }

    /// The lines of a list that are not comments or blank.
    static func lines(_ text: String) -> [Substring] { lines(text, byScalars: splitsByScalars(text)) }

    static func lines(_ text: String, byScalars: Bool) -> [Substring] {
        let lines = byScalars ? Substring(text).unicodeScalars.split(whereSeparator: isNewline).map(Substring.init)
            : text.split(whereSeparator: \.isNewline)
        return lines.filter { !$0.hasPrefix("#") && !isBlank($0, byScalars: byScalars) }
    }

    /// `Character.isNewline` for a scalar.
    static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value { case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true; default: false }
    }

    /// The same lines, each split into its tab-separated fields (a tab is always a Character of its own).
    static func fields(_ text: String) -> [[Substring]] { fields(text, byScalars: splitsByScalars(text)) }

    static func fields(_ text: String, byScalars: Bool) -> [[Substring]] {
        lines(text, byScalars: byScalars).map { split($0, "\t", byScalars: byScalars) }
    }

    mutating func loadGivenNames(_ text: String) {
        let byScalars = Self.splitsByScalars(text)
        for fields in Self.fields(text, byScalars: byScalars) {
            guard fields.count >= 2 else { continue }
            let gender: Gender = fields[0] == "f" ? .female : .male
            let group = givenNameInitials.count
            givenNameInitials.append([])
            givenNameCanonical.append(Self.split(fields[1], "|", byScalars: byScalars).first.map { Self.normalizeAlias($0) } ?? "")
            for form in Self.split(fields[1], "|", byScalars: byScalars) {
                let lower = Self.normalizeAlias(form)
                if let first = lower.first, first.isASCII { givenNameInitials[group].insert(first) }
                for variant in RussianNames.givenNameForms(lower, gender: gender) {
                    if givenNames[variant] == nil { givenNames[variant] = gender }
                    if givenNameGroups[variant]?.contains(group) != true { givenNameGroups[UTF8Key(variant), default: []].append(group) }
                }
            }
        }
    }

    /// Languages whose titles follow the name (Korean: 푸틴 대통령); the others' precede it.
    private var trailingTitleLanguages: Set<String> = []

    private mutating func indexTitles() {
        let english = titles["en", default: []]
        latinTitles = titles.filter { !trailingTitleLanguages.contains($0.key) }.values.reduce(into: []) { $0.formUnion($1) }
        trailingTitles = titles.filter { trailingTitleLanguages.contains($0.key) }.values.reduce(into: []) { $0.formUnion($1) }
        titlesWithEnglish = titles.mapValues { $0.union(english) }
    }

}
