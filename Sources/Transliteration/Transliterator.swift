public import ICUSupport

/// An ICU transform applied the way it runs fast: to small pieces, never to one huge buffer
/// (`utrans_transUChars` is quadratic-ish on large input: 0.19 MB/s on 1 MB, 4 MB/s by sentence),
/// with a cache of words already seen, since names and words repeat across a corpus.
///
/// Not Sendable (it owns an ICU handle and a cache): make one per task.
public final class Transliterator {
    public let id: String
    private let transform: Transform
    private var cache: [Substring: String] = [:]
    /// Longest piece handed to ICU at once, in UTF-16 units; longer text is cut at white space.
    static let pieceLength = 512
    /// Words longer than this are not cached (they rarely repeat and would bloat the cache).
    static let cachedWordLength = 64
    static let cacheLimit = 200_000

    public init(id: String) throws(TransformError) {
        self.id = id
        self.transform = try Transform(id: id)
    }

    /// Transliterates running text, cut into pieces of at most `pieceLength` UTF-16 units at white
    /// space, so that time stays linear in the length of the text.
    public func transliterate(_ text: some StringProtocol) throws(ICUError) -> String {
        if text.utf16.count <= Self.pieceLength { return try transform.apply(text) }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var pieceStart = text.startIndex
        var units = 0
        var lastSpace: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            units += character.utf16.count
            if character.isWhitespace { lastSpace = text.index(after: index) }
            index = text.index(after: index)
            if units >= Self.pieceLength, let cut = lastSpace, cut > pieceStart {
                output += try transform.apply(text[pieceStart..<cut])
                pieceStart = cut
                units = text[cut..<index].utf16.count
                lastSpace = nil
            }
        }
        output += try transform.apply(text[pieceStart...])
        return output
    }

    /// Transliterates one word, from the cache when it was seen before.
    public func transliterateWord(_ word: Substring) throws(ICUError) -> String {
        if let hit = cache[word] { return hit }
        let result = try transform.apply(word)
        if word.utf16.count <= Self.cachedWordLength {
            if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
            cache[word] = result
        }
        return result
    }

    /// Every transform ID installed in ICU, sorted.
    public static var availableIDs: [String] { Transform.availableIDs }
}

/// Transform IDs Rosetta relies on, with what ICU 72 makes of them (verified).
public enum TransliteratorID {
    /// Any script to plain ASCII Latin: "Ким Чен Ир" → "Kim Cen Ir", "김정일" → "gimjeong-il".
    public static let anyToASCII = "Any-Latin; Latin-ASCII"
    /// The same, lower-cased, as a first step of name keys.
    public static let anyToASCIILower = "Any-Latin; Latin-ASCII; Lower"
    /// Korean in BGN/PCGN romanization; needs NFD first, or precomposed Hangul passes unchanged.
    public static let koreanBGN = "NFD; Korean-Latin/BGN; NFC"
}
