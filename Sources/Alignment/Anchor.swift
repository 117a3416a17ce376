public import CorpusModel

/// A piece of evidence found in one sentence that should reappear in its translation: a number,
/// a month, a name, a cognate, a dictionary word, a question mark.
///
/// An anchor is a small set of `keys`: two anchors match when they share a key. Most kinds have
/// one key; a cognate has one per prefix of its consonant skeleton, so that "Medvedev" and
/// "Медведевым" (an extra case ending) still meet.
public struct Anchor: Hashable, Sendable {
    public var kind: AnchorKind
    public var keys: [String]

    public init(kind: AnchorKind, keys: [String]) {
        self.kind = kind
        self.keys = keys
    }

    public init(kind: AnchorKind, key: String) { self.init(kind: kind, keys: [key]) }
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
    sentence.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0.isMark) })
}

extension Character {
    var isMark: Bool { unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark || $0.properties.generalCategory == .spacingMark } ?? false }
    var isHangul: Bool { unicodeScalars.first.map { (0xAC00...0xD7A3).contains($0.value) } ?? false }
    var isLatinLetter: Bool { isASCII && isLetter }
}
