public import CorpusModel
import Foundation

/// The per-language data the rules use: abbreviations after which a full stop does not end a
/// sentence. Rules are data, kept in `Rules/<language>.abbreviations` (one per line, `#` comments).
public struct SegmentationRules: Sendable {
    /// Abbreviations without their final dot, e.g. "Gen", "U.S", "т.е".
    public var abbreviations: Set<String>
    /// The same, lower-cased, for lists that are case-insensitive.
    var lowercasedAbbreviations: Set<String>

    public init(abbreviations: some Sequence<String>) {
        let stripped = abbreviations.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
        self.abbreviations = Set(stripped)
        self.lowercasedAbbreviations = Set(stripped.map { $0.lowercased() })
    }

    /// The rules that ship with Rosetta for `language` (none for languages without a list).
    public static func builtIn(for language: LanguageTag) throws -> SegmentationRules {
        guard let url = Bundle.module.url(forResource: String(language.language), withExtension: "abbreviations",
                                          subdirectory: "Rules")
        else { return SegmentationRules(abbreviations: []) }
        return try SegmentationRules(contentsOf: url)
    }

    /// Reads an abbreviation list: one abbreviation per line, blank lines and `#` comments ignored.
    public init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        self.init(abbreviations: text.split(whereSeparator: \.isNewline).compactMap { line in
            let entry = line.trimmingWhitespace()
            return entry.isEmpty || entry.hasPrefix("#") ? nil : String(entry)
        })
    }

    /// Whether the candidate boundary at UTF-16 offset `boundary` falls after an abbreviation or an
    /// initial, and so is not a sentence end.
    func suppressesBreak(before boundary: Int, in units: [UInt16]) -> Bool {
        var end = boundary
        while end > 0, Self.isSpace(units[end - 1]) { end -= 1 }
        guard end > 0, units[end - 1] == 0x2E else { return false }  // "."
        var start = end - 1
        while start > 0, !Self.isSpace(units[start - 1]), !Self.isOpening(units[start - 1]) { start -= 1 }
        let word = String(decoding: units[start..<(end - 1)], as: UTF16.self)
        if word.isEmpty { return false }
        if abbreviations.contains(word) || lowercasedAbbreviations.contains(word.lowercased()) { return true }
        // An initial: one capital letter, as in "Jonas E. Smith" or "А. И. Петров".
        if word.count == 1, let letter = word.first, letter.isUppercase { return true }
        return false
    }

    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0xA0 || unit == 0x3000 || (0x0A...0x0D).contains(unit)
    }

    static func isOpening(_ unit: UInt16) -> Bool {
        unit == 0x28 || unit == 0x22 || unit == 0x27 || unit == 0x201C || unit == 0xAB || unit == 0x5B
    }
}
