import CorpusModel

extension LanguageProfile {
    /// The files a profile folder may hold; any other name is a mistake worth naming.
    public static let knownFiles: Set<String> = [
        "profile", "abbreviations", "starters", "prepositions", "endings", "continuations", "connectives", "ordinals",
        "months", "weekdays", "scales", "titles", "stopwords", "name-particles", "postpositions", "surnames",
        "hanja", "boilerplate", "evidence", "lexicon", "romanization", "demonyms",
    ]
    /// The anchor kinds `evidence` may name.
    public static let evidenceKinds: Set<String> = ["number", "month", "punctuation", "name", "cognate", "dictionary", "learned"]

    /// Reads a profile from its files (name → text); `folder` names them in messages
    /// ("Languages/de"). Every file is checked: a missing `profile` or a malformed line throws.
    public init(code: String, files: [String: String], folder: String) throws(LanguageProfileError) {
        let reader = ProfileReader(files: files, folder: folder)
        for name in files.keys where !Self.knownFiles.contains(name) {
            throw .unknownFile(file: "\(folder)/\(name)", known: Self.knownFiles.sorted())
        }
        guard files["profile"] != nil else { throw .missing(file: "\(folder)/profile") }
        let settings = try reader.settings()
        self.code = code
        self.files = files
        name = settings["name"]?.value ?? code
        scripts = settings["scripts"].map { $0.value.split(separator: " ").map(String.init) } ?? []
        decimalMark = try settings["decimal"].map { setting throws(LanguageProfileError) in
            guard setting.value == "." || setting.value == "," else { throw reader.error("profile", setting.line, "decimal must be . or ,") }
            return Character(setting.value)
        }
        ellipsisIsOmission = try reader.choice(settings, "ellipsis", ["omission", "end"]) == "omission"
        sentenceEndsAfterVerbEndings = try reader.choice(settings, "sentence-ends", ["punctuation", "verb-endings"]) == "verb-endings"
        ordinalDot = try reader.choice(settings, "ordinal-dot", ["no", "yes"]) == "yes"
        titlesFollowName = try reader.choice(settings, "titles", ["before-name", "after-name"]) == "after-name"
        nameCases = try reader.choice(settings, "name-cases", ["none", "russian"]).flatMap { $0 == "none" ? nil : $0 }
        monthSuffix = settings["month-suffix"]?.value
        mentions = try reader.choice(settings, "mentions", ["capitalized", "uncased"]).flatMap(Mentions.init(rawValue:)) ?? .capitalized
        openings = try reader.choice(settings, "openings", ["stopwords", "adverbs-and-contractions", "known-names-only"])
            .flatMap(Openings.init(rawValue:)) ?? .stopwords
        capitalizesNouns = try reader.choice(settings, "nouns", ["lower-case", "capitalized"]) == "capitalized"

        abbreviations = try reader.abbreviations()
        starters = reader.words("starters")
        prepositions = reader.words("prepositions")
        endings = reader.words("endings")
        continuations = reader.words("continuations")
        connectives = reader.words("connectives")
        ordinalOpeners = reader.words("ordinals")
        months = try reader.months()
        weekdays = try reader.weekdays()
        scales = try reader.scales()
        titles = reader.words("titles")
        stopwords = reader.words("stopwords")
        demonyms = reader.words("demonyms")
        nameParticles = reader.words("name-particles")
        postpositions = reader.words("postpositions")
        surnames = try reader.surnames()
        readings = try reader.readings()
        boilerplate = reader.words("boilerplate")
        evidence = try reader.evidence()
        lexicon = try reader.lexicon()
        romanization = try reader.romanization()
    }
}

/// Reads the files of one profile folder, naming file and line in every error.
struct ProfileReader {
    let files: [String: String]
    let folder: String

    func error(_ file: String, _ line: Int, _ reason: String) -> LanguageProfileError {
        .malformed(file: "\(folder)/\(file)", line: line, reason: reason)
    }

    /// The entries of a file: lines without `#` comments, trimmed, blank ones skipped.
    func entries(_ file: String) -> [LanguageProfile.Entry] {
        guard let text = files[file] else { return [] }
        var entries: [LanguageProfile.Entry] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = String(line.trimmingWhitespace())
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            entries.append(.init(text: trimmed, line: offset + 1))
        }
        return entries
    }

    func words(_ file: String) -> [String] { entries(file).map(\.text) }

    /// `profile`: `key: value` lines; unknown keys and repeated keys are errors.
    func settings() throws(LanguageProfileError) -> [String: (value: String, line: Int)] {
        let keys: Set<String> = ["name", "scripts", "decimal", "ellipsis", "sentence-ends", "ordinal-dot", "titles", "name-cases", "month-suffix", "mentions", "openings", "nouns"]
        var settings: [String: (value: String, line: Int)] = [:]
        for entry in entries("profile") {
            let parts = entry.text.split(separator: ":", maxSplits: 1).map { String($0.trimmingWhitespace()) }
            guard parts.count == 2, !parts[1].isEmpty else { throw error("profile", entry.line, "expected 'key: value'") }
            guard keys.contains(parts[0]) else { throw error("profile", entry.line, "unknown setting '\(parts[0])' (known: \(keys.sorted().joined(separator: ", ")))") }
            guard settings[parts[0]] == nil else { throw error("profile", entry.line, "'\(parts[0])' is set twice") }
            settings[parts[0]] = (parts[1], entry.line)
        }
        return settings
    }

    func choice(_ settings: [String: (value: String, line: Int)], _ key: String, _ values: [String]) throws(LanguageProfileError) -> String? {
        guard let setting = settings[key] else { return nil }
        guard values.contains(setting.value) else { throw error("profile", setting.line, "\(key) must be \(values.joined(separator: " or "))") }
        return setting.value
    }

    func abbreviations() throws(LanguageProfileError) -> [LanguageProfile.Entry] {
        let kinds: Set<String> = ["inner", "final", "ambiguous", "number"]
        let entries = entries("abbreviations")
        var seen: [String: Int] = [:]
        for entry in entries {
            var fields = entry.text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.count > 1, let last = fields.last, !last.hasSuffix(".") {
                guard kinds.contains(String(last)) else {
                    throw error("abbreviations", entry.line, "the kind must be inner, final, ambiguous or number")
                }
                fields.removeLast()
            }
            // A second line for the same abbreviation would silently overrule the first.
            let form = fields.joined(separator: " ")
            if let first = seen[form] { throw error("abbreviations", entry.line, "'\(form)' is already listed on line \(first)") }
            seen[form] = entry.line
        }
        return entries
    }

    func months() throws(LanguageProfileError) -> [LanguageProfile.Month] {
        var months: [LanguageProfile.Month] = []
        for entry in entries("months") {
            let fields = entry.text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard (2...3).contains(fields.count), let number = Int(fields[0]), (1...12).contains(number) else {
                throw error("months", entry.line, "expected 'NUMBER<TAB>names[<TAB>abbreviations]' with a number from 1 to 12")
            }
            guard !months.contains(where: { $0.number == number }) else { throw error("months", entry.line, "month \(number) is listed twice") }
            let forms = Self.forms(fields[1])
            let stems = forms.filter { $0.hasSuffix("…") }.map { String($0.dropLast()) }
            if let short = stems.first(where: { $0.count < 5 }) {
                throw error("months", entry.line, "the stem '\(short)…' is shorter than five letters")
            }
            months.append(.init(number: number, names: forms.filter { !$0.hasSuffix("…") }, stems: stems,
                                abbreviations: fields.count > 2 ? Self.forms(fields[2]) : []))
        }
        guard months.isEmpty || months.count == 12 else {
            throw error("months", entries("months").last?.line ?? 1, "expected twelve months, found \(months.count)")
        }
        return months.sorted { $0.number < $1.number }
    }

    func weekdays() throws(LanguageProfileError) -> [[String]] {
        let entries = entries("weekdays")
        guard entries.isEmpty || entries.count == 7 else {
            throw error("weekdays", entries.last?.line ?? 1, "expected seven lines (Monday first), found \(entries.count)")
        }
        return entries.map { Self.forms($0.text) }
    }

    func scales() throws(LanguageProfileError) -> [(word: String, factor: Double)] {
        try entries("scales").map { entry throws(LanguageProfileError) in
            let fields = entry.text.split(separator: "\t")
            guard fields.count == 2, let factor = Double(fields[1]), factor > 0 else {
                throw error("scales", entry.line, "expected 'WORD<TAB>factor', e.g. 'million<TAB>1e6'")
            }
            return (fields[0].lowercased(), factor)
        }
    }

    func surnames() throws(LanguageProfileError) -> [(surname: String, spellings: [String])] {
        try entries("surnames").map { entry throws(LanguageProfileError) in
            let fields = entry.text.split(separator: "\t")
            guard fields.count == 2 else { throw error("surnames", entry.line, "expected 'SURNAME<TAB>spelling|spelling'") }
            return (String(fields[0]), Self.forms(String(fields[1])))
        }
    }

    func readings() throws(LanguageProfileError) -> [(character: Unicode.Scalar, reading: Unicode.Scalar)] {
        try entries("hanja").map { entry throws(LanguageProfileError) in
            let fields = entry.text.split(separator: "\t")
            guard fields.count >= 2, fields[0].unicodeScalars.count == 1, fields[1].unicodeScalars.count == 1,
                  let character = fields[0].unicodeScalars.first, let reading = fields[1].unicodeScalars.first
            else { throw error("hanja", entry.line, "expected 'CHARACTER<TAB>READING', one character each") }
            return (character, reading)
        }
    }

    func evidence() throws(LanguageProfileError) -> [String: (found: Double, random: Double)] {
        var rates: [String: (found: Double, random: Double)] = [:]
        for entry in entries("evidence") {
            let fields = entry.text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count == 3, LanguageProfile.evidenceKinds.contains(String(fields[0])),
                  let found = Double(fields[1]), let random = Double(fields[2]), (0...1).contains(found), (0...1).contains(random)
            else {
                throw error("evidence", entry.line, "expected 'KIND FOUND RANDOM' with rates from 0 to 1, KIND one of \(LanguageProfile.evidenceKinds.sorted().joined(separator: ", "))")
            }
            rates[String(fields[0])] = (found, random)
        }
        return rates
    }

    func lexicon() throws(LanguageProfileError) -> [(concept: String, forms: [String])] {
        try entries("lexicon").map { entry throws(LanguageProfileError) in
            let fields = entry.text.split(separator: "\t")
            guard fields.count == 2 else { throw error("lexicon", entry.line, "expected 'CONCEPT<TAB>form|form'") }
            return (String(fields[0]), Self.forms(String(fields[1])))
        }
    }

    func romanization() throws(LanguageProfileError) -> [(letter: Unicode.Scalar, latin: String)] {
        var table: [(letter: Unicode.Scalar, latin: String)] = []
        for entry in entries("romanization") {
            // The trailing tab of a silent letter is trimmed with the line: one field reads as "".
            let fields = entry.text.split(separator: "\t", omittingEmptySubsequences: false)
            let latin = fields.count > 1 ? String(fields[1]) : ""
            guard fields.count <= 2, fields[0].unicodeScalars.count == 1, let letter = fields[0].unicodeScalars.first,
                  latin.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isLowercase }), latin.utf8.count <= 4
            else { throw error("romanization", entry.line, "expected 'LETTER<TAB>latin': one letter, up to four lower-case ASCII letters") }
            guard !table.contains(where: { $0.letter == letter }) else { throw error("romanization", entry.line, "'\(letter)' is listed twice") }
            table.append((letter, latin))
        }
        return table
    }

    static func forms(_ field: String) -> [String] {
        field.split(separator: "|").map { String($0.trimmingWhitespace()) }.filter { !$0.isEmpty }
    }
}

/// A profile folder that cannot be used, naming the file (and line).
public enum LanguageProfileError: Error, Equatable, CustomStringConvertible {
    case missing(file: String)
    case malformed(file: String, line: Int, reason: String)
    case unknownFile(file: String, known: [String])

    public var description: String {
        switch self {
        case .missing(let file): "\(file): missing (every language folder needs a 'profile' file)"
        case let .malformed(file, line, reason): "\(file):\(line): \(reason)"
        case let .unknownFile(file, known): "\(file): not a profile file (known: \(known.joined(separator: ", ")))"
        }
    }
}
