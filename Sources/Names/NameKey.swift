public import CorpusModel
public import Transliteration

/// A cross-script key for a name: spellings of the same name in different scripts and
/// romanizations should get the same key ("Medvedev", "Медведев", "메드베데프").
///
/// This first version transliterates to ASCII and folds the sound distinctions that
/// romanizations disagree on; issue 3 replaces it with the full model (case endings,
/// Korean syllables, gazetteer).
public struct NameKey: Hashable, Sendable, CustomStringConvertible {
    public let value: String
    public init(value: String) { self.value = value }
    public var description: String { value }
}

/// Computes name keys; caches transliterations per word. Not Sendable (owns an ICU handle).
public final class NameKeyer {
    private let latin: Transliterator

    public init() throws {
        latin = try Transliterator(id: TransliteratorID.anyToASCIILower)
    }

    /// The key of a name as written, e.g. "Kim Jong-il" → "kimjongil".
    public func key(for surface: some StringProtocol) throws -> NameKey {
        var folded = ""
        for word in surface.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            folded += Self.fold(try latin.transliterateWord(Substring(word)))
        }
        return NameKey(value: folded)
    }

    /// Collapses spelling differences that carry no identity: hyphens, spaces, doubled letters.
    static func fold(_ latin: String) -> String {
        var result = ""
        var previous: Character?
        for character in latin where character.isLetter || character.isNumber {
            if character == previous { continue }
            previous = character
            result.append(character)
        }
        return result
    }
}
