public import CorpusModel

/// The identity of a unit's content: its languages and texts, in language order, hashed with
/// 64-bit FNV-1a. The same content gives the same key in every run, on every machine and in
/// whatever order the variants come (Swift's `Hasher` is seeded per process, so it cannot be used).
///
/// It is the TMX `tuid` (so a re-import updates rather than duplicates) and the de-duplication key.
public struct UnitKey: Hashable, Sendable, CustomStringConvertible {
    public let value: UInt64

    /// The key of the given (language, text) pairs; texts should already be cleaned.
    public init(_ variants: [(language: LanguageTag, text: String)]) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let ordered = variants.count == 2 && variants[0].language <= variants[1].language
            ? variants : variants.sorted { $0.language < $1.language }
        for variant in ordered {
            hash = Self.mix(variant.language.identifier, into: hash)
            hash = Self.mix(variant.text, into: hash)
        }
        value = hash
    }

    public init(_ unit: TranslationUnit) {
        self.init(unit.variants.map { ($0.language, $0.text) })
    }

    /// The key of the source-language text alone (`tm dedupe --by source`).
    public init(source: LanguageTag, text: String) {
        self.init([(source, text)])
    }

    private static func mix(_ text: String, into start: UInt64) -> UInt64 {
        var hash = start
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        hash ^= 0xFF  // a separator byte never found in UTF-8: ("ab", "c") and ("a", "bc") differ
        hash &*= 0x0000_0100_0000_01B3
        return hash
    }

    /// 16 lower-case hex digits.
    public var description: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var bytes = [UInt8](repeating: 0, count: 16)
        var rest = value
        for index in stride(from: 15, through: 0, by: -1) {
            bytes[index] = digits[Int(rest & 0xF)]
            rest >>= 4
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// How a writer treats a unit whose content it has already written.
public enum DuplicatePolicy: Sendable, Equatable {
    /// Write every unit (the caller de-duplicates, e.g. with `Deduplicator`).
    case keepAll
    /// Skip exact repeats, remembering at most this many keys (8 bytes each), so that memory
    /// stays bounded; past that, repeats of units not remembered are written and the report says so.
    case skipRepeats(remembering: Int)

    /// Exact for memories of up to 131,072 distinct units (about 2 MB of keys).
    public static let standard = DuplicatePolicy.skipRepeats(remembering: 1 << 17)
}

/// A bounded set of keys for `DuplicatePolicy.skipRepeats`.
struct DuplicateFilter {
    private var seen: Set<UInt64> = []
    private let capacity: Int
    private(set) var saturated = false

    init(_ policy: DuplicatePolicy) {
        if case .skipRepeats(let remembering) = policy { capacity = max(0, remembering) } else { capacity = 0 }
    }

    /// True if `key` was seen before; otherwise remembers it while there is room.
    mutating func isRepeat(_ key: UnitKey) -> Bool {
        guard capacity > 0 else { return false }
        if seen.contains(key.value) { return true }
        if seen.count < capacity { seen.insert(key.value) } else { saturated = true }
        return false
    }
}
