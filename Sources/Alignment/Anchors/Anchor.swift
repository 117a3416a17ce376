public import CorpusModel
import TextBytes

/// A piece of evidence found in one sentence that should reappear in its translation: a number,
/// a month, a name, a cognate, a dictionary word, a question mark.
///
/// An anchor is a small set of `keys`: two anchors match when they share a key. Most kinds have
/// one key; a cognate has one per prefix of its consonant skeleton, so that "Medvedev" and
/// "Медведевым" (an extra case ending) still meet. Keys are 64-bit hashes of their text
/// (`AnchorKey`): cheap to compare, and text is NFC already, so equal text hashes equal.
public struct Anchor: Hashable, Sendable {
    public var kind: AnchorKind
    public var keys: [UInt64]

    public init(kind: AnchorKind, keys: [UInt64]) {
        self.kind = kind
        self.keys = keys
    }

    public init(kind: AnchorKind, key: some StringProtocol) { self.init(kind: kind, keys: [AnchorKey.hash(key)]) }
}

/// FNV-1a, 64 bits: the hash behind anchor keys (Swift's String hashing normalizes first, which
/// costs more than all the rest of anchor finding).
public enum AnchorKey {
    static var offset: UInt64 { FNV1a.offset }

    public static func hash(_ text: some StringProtocol) -> UInt64 { FNV1a.hash(text) }

    @inline(__always) static func add(_ h: UInt64, _ value: UInt32) -> UInt64 { FNV1a.add(h, value) }
}

/// Kinds of anchors. Each kind gets its own weight, estimated from the texts being aligned.
public enum AnchorKind: Int, CaseIterable, Hashable, Sendable {
    case number, month, punctuation, name, cognate, dictionary, learned

    public var label: String {
        switch self {
        case .number: "number"
        case .month: "month"
        case .punctuation: "punctuation"
        case .name: "name"
        case .cognate: "cognate"
        case .dictionary: "dictionary"
        case .learned: "learned"
        }
    }
}

/// Finds anchors in a sentence. Implementations: numbers and dates, punctuation, cognates,
/// names (an adapter over `Names.NameKeyer`), a bilingual dictionary.
public protocol AnchorSource {
    func anchors(in sentence: Substring, language: LanguageTag) -> [Anchor]
}

/// The words of a sentence: maximal runs of letters and digits (apostrophes and hyphens split).
func words(of sentence: Substring) -> [Substring] {
    // By UTF-8 bytes (`WordSpan`): grapheme breaking, and even String's scalar indices, cost more.
    WordSpan.with(sentence) { _, words in words.map { sentence.slice(utf8: $0.start, $0.end) } }
}

extension Unicode.Scalar {
    var isHangulSyllable: Bool { (0xAC00...0xD7A3).contains(value) }
    /// The lower-case form for the scripts that matter here, without building strings.
    var lowercased: UInt32 {
        switch value {
        case 0x41...0x5A: value + 0x20
        case 0x410...0x42F: value + 0x20
        case 0x400...0x40F: value + 0x50
        case 0...0x7F, 0x430...0x45F, 0xAC00...0xD7A3: value
        default: properties.isUppercase ? (properties.lowercaseMapping.unicodeScalars.first?.value ?? value) : value
        }
    }
}

extension Unicode.Scalar {
    // Letter tests with the scripts of Rosetta's corpora answered without the Unicode property
    // tables (a table lookup per word start was a twentieth of finding anchors).
    var isLetter: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x400...0x45F, 0xAC00...0xD7A3: true
        case 0...0x7F: false
        default: properties.isAlphabetic
        }
    }
    var isUpperCaseLetter: Bool {
        switch value {
        case 0x41...0x5A, 0x400...0x42F: true
        case 0...0x7F, 0x430...0x45F, 0xAC00...0xD7A3: false
        default: properties.isUppercase
        }
    }
    var isLowerCaseLetter: Bool {
        switch value {
        case 0x61...0x7A, 0x430...0x45F: true
        case 0...0x7F, 0x400...0x42F, 0xAC00...0xD7A3: false
        default: properties.isLowercase
        }
    }
}

extension Character {
    var isMark: Bool { unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark || $0.properties.generalCategory == .spacingMark } ?? false }
    var isHangul: Bool { unicodeScalars.first.map { (0xAC00...0xD7A3).contains($0.value) } ?? false }
    var isLatinLetter: Bool { isASCII && isLetter }
}
