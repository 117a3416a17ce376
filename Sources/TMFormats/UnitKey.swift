public import CorpusModel

/// The identity of a unit's content: its languages and texts, whatever order the variants come
/// in. Each (language, text) pair is hashed eight bytes at a time (multiply–xorshift rounds,
/// lengths mixed in so that ("ab", "c") and ("a", "bc") differ) and scrambled with SplitMix64's
/// finalizer; the pair hashes are added, which makes the key independent of order without
/// sorting. The same content gives the same key in every run and on every machine (Swift's
/// `Hasher` is seeded per process, so it cannot be used).
///
/// It is the TMX `tuid` (so a re-import updates rather than duplicates) and the de-duplication key.
public struct UnitKey: Hashable, Sendable, CustomStringConvertible {
    public let value: UInt64

    /// The key of the given (language, text) pairs; texts should already be cleaned.
    public init(_ variants: [(language: LanguageTag, text: String)]) {
        var sum: UInt64 = 0
        for variant in variants {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            hash = Self.mix(variant.language.identifier, into: hash)
            hash = Self.mix(variant.text, into: hash)
            sum &+= Self.scramble(hash)
        }
        value = Self.scramble(sum ^ UInt64(variants.count))
    }

    /// SplitMix64's finalizer: every input bit affects every output bit.
    private static func scramble(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Folds the UTF-8 bytes of `text` into `start`, a little-endian word at a time.
    private static func mix(_ text: String, into start: UInt64) -> UInt64 {
        var hash = start
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index + 8 <= bytes.count {
                hash = (hash ^ WordScan.word(bytes, at: index)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                index += 8
            }
            if index < bytes.count {
                var word: UInt64 = 0
                for offset in index..<bytes.count { word |= UInt64(bytes[offset]) << UInt64(8 * (offset - index)) }
                hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
            }
            hash = (hash ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
        }
        return hash
    }

    public init(_ unit: TranslationUnit) {
        self.init(unit.variants.map { ($0.language, $0.text) })
    }

    /// The key of the source-language text alone (`tm dedupe --by source`).
    public init(source: LanguageTag, text: String) {
        self.init([(source, text)])
    }

    /// 16 lower-case hex digits.
    public var description: String {
        var bytes: [UInt8] = []
        appendHex(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    func appendHex(to bytes: inout [UInt8]) {
        for shift in stride(from: 60, through: 0, by: -4) {
            let digit = UInt8((value >> UInt64(shift)) & 0xF)
            bytes.append(digit < 10 ? 0x30 + digit : 0x57 + digit)
        }
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
