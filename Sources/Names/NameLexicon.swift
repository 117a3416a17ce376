import Foundation

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
    var aliasIndex: [String: Int] = [:]
    /// Every word of a Russian alias: the lemmatizer prefers a reading that is one of them.
    var knownRussianWords: Set<String> = []
    /// First words of Korean aliases of two or more words (블라디미르 in 블라디미르 푸틴).
    var koreanAliasFirstWords: Set<String> = []
    /// Surname spelling (lower case, any script) → Hangul surname.
    var surnames: [String: String] = [:]
    /// Given-name form (lower case, Russian case forms included) → gender.
    var givenNames: [String: Gender] = [:]
    /// Titles per language (lower case, words joined by one space).
    var titles: [String: Set<String>] = [:]
    var particles: [String] = []
    var hanja: [Unicode.Scalar: Unicode.Scalar] = [:]
    var stopwords: [String: Set<String>] = [:]

    public init() {}

    /// Rosetta's own lists, read once.
    /// Whether this is `builtIn` unchanged (its derived indexes can then be shared).
    var isBuiltIn = false

    public static let builtIn: NameLexicon = {
        var lexicon = NameLexicon()
        // The resources ship with the module; a missing one leaves its list empty rather than
        // stopping every command (the tests check that each one loads).
        func text(_ name: String, _ ext: String) -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { return "" }
            return text
        }
        lexicon.loadSurnames(text("korean-surnames", "tsv"))
        lexicon.loadGivenNames(text("given-names", "tsv"))
        lexicon.loadTitles(text("titles", "tsv"))
        lexicon.loadStopwords(text("stopwords", "tsv"))
        lexicon.particles = lines(text("ko", "particles")).map { String($0) }.sorted { $0.count > $1.count }
        for line in lines(text("hanja", "tsv")) {
            let fields = line.split(separator: "\t")
            if fields.count >= 2, let han = fields[0].unicodeScalars.first, let reading = fields[1].unicodeScalars.first {
                lexicon.hanja[han] = reading
            }
        }
        try? lexicon.addGazetteer(text("gazetteer", "tsv"), origin: "gazetteer.tsv")
        lexicon.isBuiltIn = true
        return lexicon
    }()

    /// Adds the entities of a gazetteer file (format in Resources/gazetteer.tsv). An ID already
    /// known gets the new forms as aliases.
    public mutating func addGazetteer(_ text: String, origin: String) throws(NamesError) {
        isBuiltIn = false
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw .malformedLexicon(file: origin, line: lineNumber,
                                        reason: "expected ID<TAB>English<TAB>Russian<TAB>Korean<TAB>other")
            }
            let id = String(fields[0])
            var forms: [String: [String]] = [:]
            for (column, language) in ["en", "ru", "ko", "other"].enumerated() where column + 1 < fields.count {
                let list = fields[column + 1].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
                if !list.isEmpty { forms[language] = list }
            }
            let type = fields.count > 5 ? fields[5].trimmingCharacters(in: .whitespaces) : ""
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
                    aliasIndex[Self.normalizeAlias(form)] = index
                    let words = Self.normalizeAlias(form).split(separator: " ")
                    if language == "ko", words.count >= 2 { koreanAliasFirstWords.insert(String(words[0])) }
                    if language == "ru" {
                        for word in words { knownRussianWords.insert(String(word)) }
                    }
                }
            }
        }
    }

    public func entity(id: String) -> Entity? { entityIndexByID[id].map { entities[$0] } }

    /// The form aliases are compared in: lower case, ё as е, quotes and dots dropped, hyphens and
    /// runs of spaces as one space, a leading English "the" dropped.
    static func normalizeAlias(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text.lowercased() {
            switch character {
            case ".", "'", "’", "\"", "«", "»", "“", "”", "„", ",", "(", ")": continue
            case "-", "‐", "–", "—", " ", "\t", "\u{A0}": pendingSpace = !out.isEmpty
            case "ё": if pendingSpace { out.append(" "); pendingSpace = false }; out.append("е")
            default:
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(character)
            }
        }
        if out.hasPrefix("the ") { out.removeFirst(4) }
        return out
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
    }

    mutating func loadSurnames(_ text: String) {
        for line in Self.lines(text) {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else { continue }
            let hangul = String(fields[0])
            surnames[hangul] = surnames[hangul] ?? hangul
            for spelling in fields[1].split(separator: "|") where surnames[spelling.lowercased()] == nil {
                surnames[spelling.lowercased()] = hangul
            }
        }
    }

    mutating func loadGivenNames(_ text: String) {
        for line in Self.lines(text) {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else { continue }
            let gender: Gender = fields[0] == "f" ? .female : .male
            for form in fields[1].split(separator: "|") {
                let lower = Self.normalizeAlias(form)
                for variant in RussianNames.givenNameForms(lower, gender: gender) where givenNames[variant] == nil {
                    givenNames[variant] = gender
                }
            }
        }
    }

    mutating func loadTitles(_ text: String) {
        for line in Self.lines(text) {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else { continue }
            titles[String(fields[0]), default: []].insert(Self.normalizeAlias(fields[1]))
        }
    }

    mutating func loadStopwords(_ text: String) {
        for line in Self.lines(text) {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else { continue }
            stopwords[String(fields[0]), default: []].insert(String(fields[1]))
        }
    }
}
