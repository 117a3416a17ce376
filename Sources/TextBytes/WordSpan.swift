/// A word of a sentence as `words(of:)` reads it (a maximal run of letters and digits), found on
/// the sentence's UTF-8 bytes: byte offsets, its first scalar and its length in scalars.
///
/// A sentence's words are found once and read by every anchor kind that needs words (month
/// names, cognates, dictionary stems): walking `String.UnicodeScalarView` (index validation per
/// scalar) three times over was a fifth of finding anchors.
public struct WordSpan {
    public var start: Int
    public var end: Int
    public var first: Unicode.Scalar
    public var scalarCount: Int

    @inlinable public init(start: Int, end: Int, first: Unicode.Scalar, scalarCount: Int) {
        self.start = start
        self.end = end
        self.first = first
        self.scalarCount = scalarCount
    }

    /// Calls `body` with the sentence's UTF-8 bytes and its words.
    @inlinable public static func with<Result>(_ sentence: Substring, _ body: (UnsafeBufferPointer<UInt8>, [WordSpan]) -> Result) -> Result {
        UTF8Bytes.with(sentence) { bytes in
            var words: [WordSpan] = []
            scan(bytes, into: &words)
            return body(bytes, words)
        }
    }

    /// The words of `bytes` (valid UTF-8), appended to `spans`.
    @inlinable public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into spans: inout [WordSpan]) {
        var index = 0
        let count = bytes.count
        var start = -1, first: Unicode.Scalar = "\0", scalars = 0
        while index < count {
            let (value, length) = UTF8Bytes.scalar(bytes, at: index)
            if isWordScalar(value) {
                if start < 0 { start = index; first = Unicode.Scalar(value) ?? "\0"; scalars = 0 }
                scalars += 1
            } else if start >= 0 {
                spans.append(WordSpan(start: start, end: index, first: first, scalarCount: scalars))
                start = -1
            }
            index += length
        }
        if start >= 0 { spans.append(WordSpan(start: start, end: count, first: first, scalarCount: scalars)) }
    }

    /// Whether a scalar belongs to a word: a letter, a digit or a nonspacing mark, by table for the
    /// scripts of Rosetta's corpora and the punctuation around them (no property lookup).
    @inlinable @inline(__always)
    public static func isWordScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0...0x7F: return false
        // Hangul syllables, Cyrillic letters, Latin letters with diacritics.
        case 0xAC00...0xD7A3, 0x400...0x45F, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: return true
        // Latin-1 letters and digits among its symbols: ª ² ³ µ ¹ º ¼ ½ ¾.
        case 0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC...0xBE: return true
        // The rest of Latin-1 (« » NBSP …), × ÷, and General Punctuation (— “ ” ’ …).
        case 0x80...0xBF, 0xD7, 0xF7, 0x2000...0x206F: return false
        default:
            guard let scalar = Unicode.Scalar(v) else { return false }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark
        }
    }
}

/// Reading scalars off valid UTF-8 (a Swift string's own bytes), without String indices.
public enum UTF8Bytes {
    /// The scalar starting at `index` and its length in bytes.
    @inlinable @inline(__always)
    public static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[index])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// Calls `body` with the text's UTF-8 bytes (copied to contiguous storage when they are not).
    @inlinable public static func with<Result>(_ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        copy.makeContiguousUTF8()
        return try copy.utf8.withContiguousStorageIfAvailable(body) ?? Array(copy.utf8).withUnsafeBufferPointer(body)
    }

    /// FNV-1a of bytes[start..<end].
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        FNV1a.add(bytes, start, end, to: FNV1a.offset)
    }
}

extension Substring {
    /// The slice at UTF-8 offsets (offsets on scalar boundaries, from `WordSpan`).
    @inlinable public func slice(utf8 start: Int, _ end: Int) -> Substring {
        let utf8 = self.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return self[lower..<utf8.index(lower, offsetBy: end - start)]
    }
}
