public import Alignment
import CorpusModel

/// What a document offers for finding its translation among many documents without machine
/// translation: evidence that survives translation and can be compared across scripts, as
/// 64-bit keys, each of one kind. A document is its set of keys (how often a key occurs does not
/// matter: a name repeated in one report is one name).
///
/// - numbers, normalized across languages (3,000 / 3 000 / 3천 → 3000; `NumberAnchors`);
/// - dates: a month and a day in one sentence ("August 24", "24 августа", "8월 24일");
/// - months on their own;
/// - names, by cross-script key ("Ким Чен Ира" and "김정일은" meet; `Names.NameKeyer`);
/// - cognates, by consonant skeleton through transliteration (`CognateAnchors`);
/// - Latin-script tokens: acronyms, codes with digits, Latin words inside other scripts
///   ("NATO", "M-12M", "iPhone" in a Korean report).
public struct DocumentEvidence: Sendable {
    /// Distinct keys, ascending; each carries its kind (`EvidenceKind.key`).
    public let keys: [UInt64]

    public init(keys: [UInt64]) {
        self.keys = Array(Set(keys)).sorted()
    }

    /// The evidence of a text whose anchors are found.
    public init(_ text: AnchoredText) {
        var keys: [UInt64] = []
        for (sentence, anchors) in zip(text.sentences, text.anchors) {
            var months: [UInt64] = [], days: [UInt64] = []
            for anchor in anchors {
                switch anchor.kind {
                case .number:
                    keys += anchor.keys.map { EvidenceKind.number.key($0) }
                    days += anchor.keys.filter { EvidenceKind.dayKeys.contains($0) }
                case .month:
                    keys += anchor.keys.map { EvidenceKind.month.key($0) }
                    months += anchor.keys
                case .name: keys += anchor.keys.map { EvidenceKind.name.key($0) }
                case .cognate:
                    // Every prefix key, as the aligner matches them: "turbines" and "турбины"
                    // differ in their endings.
                    keys += anchor.keys.map { EvidenceKind.cognate.key($0) }
                case .punctuation, .dictionary, .learned: break
                }
            }
            for month in months { for day in days { keys.append(EvidenceKind.date.key(AnchorKey.hash("\(month)/\(day)"))) } }
            keys += LatinTokens.keys(in: sentence).map { EvidenceKind.latin.key($0) }
        }
        self.init(keys: keys)
    }
}

/// The kinds of evidence, each with its weight in the similarity of two documents.
public enum EvidenceKind: UInt64, CaseIterable, Sendable {
    case number = 1, date, month, name, cognate, latin

    /// A key of this kind: the kind in the top byte, so that the number 24 and a name hashing to
    /// the same bits stay apart.
    public func key(_ value: UInt64) -> UInt64 { (value & 0x00FF_FFFF_FFFF_FFFF) | (rawValue << 56) }

    public static func of(_ key: UInt64) -> EvidenceKind? { EvidenceKind(rawValue: key >> 56) }

    /// How much a shared key of this kind counts, besides its rarity (a cognate skeleton is the
    /// noisiest: different words share one; a month alone says little).
    public var weight: Double {
        switch self {
        case .number, .date, .name, .latin: 1
        case .cognate: 0.5  // per prefix key; a word has up to three
        case .month: 0.5
        }
    }

    /// The number keys of days 1–31 (`NumberAnchors` keys a number by its normalized text).
    static let dayKeys: Set<UInt64> = Set((1...31).map { AnchorKey.hash(String($0)) })
}

/// Latin-script tokens that survive translation as they are: acronyms ("NATO", "CEO"), codes
/// mixing letters and digits ("M-12M", "G20"), and any Latin word of three letters or more
/// written inside a sentence that is mostly in another script ("Apple", "iPhone" in Korean or
/// Russian copy). Keys are the lower-case token.
enum LatinTokens {
    static func keys(in sentence: Substring) -> [UInt64] {
        var tokens: [(text: [UInt8], upper: Int, digits: Int, letters: Int)] = []
        var current: [UInt8] = [], upper = 0, digits = 0, letters = 0
        var latin = 0, other = 0
        func close() {
            while current.last == UInt8(ascii: "-") { current.removeLast() }
            if !current.isEmpty { tokens.append((current, upper, digits, letters)) }
            current.removeAll(keepingCapacity: true)
            (upper, digits, letters) = (0, 0, 0)
        }
        for scalar in sentence.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A:
                current.append(UInt8(v + 0x20)); upper += 1; letters += 1; latin += 1
            case 0x61...0x7A:
                current.append(UInt8(v)); letters += 1; latin += 1
            case 0x30...0x39:
                if !current.isEmpty { current.append(UInt8(v)); digits += 1 }
            case 0x2D where !current.isEmpty:
                current.append(UInt8(v))
            default:
                if scalar.properties.isAlphabetic { other += 1 }
                close()
            }
        }
        close()
        let foreign = other > latin
        return tokens.compactMap { token in
            let acronym = token.upper >= 2 && token.letters >= 2
            let code = token.digits > 0 && token.letters > 0
            let borrowed = foreign && token.letters >= 3
            guard acronym || code || borrowed else { return nil }
            return AnchorKey.hash(String(decoding: token.text, as: UTF8.self))
        }
    }
}
