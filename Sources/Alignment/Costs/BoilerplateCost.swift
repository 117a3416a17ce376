public import CorpusModel
import Foundation
import LanguageProfiles

/// Lines of web and wire boilerplate ("Share this article", "Фото: ТАСС", "사진=연합뉴스"): one
/// language version has them, the other does not, and they are never part of a translated
/// sentence. The lists are data (each language profile's `boilerplate`); users' copy with other
/// boilerplate can extend it (`LANG<TAB>line` lists, `*` for any language).
public struct Boilerplate: Sendable {
    /// Whole lines and prefixes, per language ("*": any), normalized by `normalize`.
    var lines: [String: Set<String>] = [:]
    var prefixes: [String: [String]] = [:]
    /// The first scalar, lower case, of every listed line and prefix: most lines start with
    /// another, and are rejected before any string is built.
    var firsts: Set<UInt32> = []
    /// A line of more words than this is not boilerplate (the longest listed line has seven).
    static let maximumWords = 8

    public init() {}

    /// Parses `LANG<TAB>line` lists (a line ending in `*` is a prefix; LANG `*`: any language).
    public init(list text: String) {
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2 else { continue }
            add(fields[1], language: String(fields[0]))
        }
    }

    /// Adds a whole line, or a prefix ending in `*`, for `language` ("*": any).
    mutating func add(_ entry: Substring, language: String) {
        let listed = entry.hasSuffix("*") ? String(entry.dropLast()).lowercased() : Self.normalize(entry.lowercased())
        if entry.hasSuffix("*") { prefixes[language, default: []].append(listed) } else { lines[language, default: []].insert(listed) }
        if let first = listed.unicodeScalars.first { firsts.insert(first.lowercased) }
    }

    /// Rosetta's own list: each language profile's `boilerplate`, and "mul"'s for any language.
    public static let builtIn: Boilerplate = {
        var list = Boilerplate()
        for (code, profile) in LanguageProfiles.shipped.sorted(by: { $0.key < $1.key }) {
            for line in profile.boilerplate { list.add(Substring(line), language: code == "mul" ? "*" : code) }
        }
        return list
    }()

    public func contains(_ line: Substring, language: LanguageTag) -> Bool {
        // Boilerplate is short: a line of more words is a sentence, whatever it starts with (the
        // words counted by bytes first, so that most lines cost a few comparisons).
        var words = 0, inWord = false
        for byte in line.utf8 {
            if byte == 0x20 || byte == 0x09 { inWord = false } else if !inWord {
                inWord = true
                words += 1
                if words > Self.maximumWords { return false }
            }
        }
        // A prefix is matched from the first non-space, a whole line after its quotes: most lines
        // start with neither listed first letter.
        let scalars = line.unicodeScalars
        guard let lead = scalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        let body = scalars.first { !$0.properties.isWhitespace && !Self.trimmed.unicodeScalars.contains($0) }
        guard firsts.contains(lead.lowercased) || body.map({ firsts.contains($0.lowercased) }) == true else { return false }
        let lowered = line.trimmingWhitespace().lowercased()
        let code = String(language.language)
        let normalized = Self.normalize(lowered)
        if normalized.isEmpty { return false }
        if lines[code]?.contains(normalized) == true || lines["*"]?.contains(normalized) == true { return true }
        return prefixes[code]?.contains(where: lowered.hasPrefix) == true || prefixes["*"]?.contains(where: lowered.hasPrefix) == true
    }

    static let trimmed = "\"'“”‘’«».:;!?…, \t"

    /// A lower-cased line without surrounding spaces, quotes and final punctuation.
    static func normalize(_ lowered: String) -> String {
        var text = Substring(lowered)
        while let first = text.first, trimmed.contains(first) { text = text.dropFirst() }
        while let last = text.last, trimmed.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

/// Boilerplate lines stand alone: a bead that links one to anything but another boilerplate line
/// (a 1-1 "Photo: Reuters" / "Фото: Reuters") pays −log P(boilerplate inside a link), for each
/// such line. One-sided beads cost nothing here.
public struct BoilerplateCost: CostFunction {
    let sourceFlags: [Bool]
    let targetFlags: [Bool]
    /// A boilerplate line inside a translated bead: 1 in 100 (a credit kept in a caption).
    static let penalty = -log(0.01)

    public init(source: [Substring], target: [Substring], sourceLanguage: LanguageTag, targetLanguage: LanguageTag,
                list: Boilerplate = .builtIn) {
        sourceFlags = source.map { list.contains($0, language: sourceLanguage) }
        targetFlags = target.map { list.contains($0, language: targetLanguage) }
    }

    /// Whether any line is boilerplate (else the cost is left out).
    public var isEmpty: Bool { !sourceFlags.contains(true) && !targetFlags.contains(true) }

    public func cost(source: Range<Int>, target: Range<Int>) -> Double {
        if source.isEmpty || target.isEmpty { return 0 }
        if source.count == 1 && target.count == 1 && sourceFlags[source.lowerBound] && targetFlags[target.lowerBound] { return 0 }
        var lines = 0
        for i in source where sourceFlags[i] { lines += 1 }
        for j in target where targetFlags[j] { lines += 1 }
        return Double(lines) * Self.penalty
    }
}
