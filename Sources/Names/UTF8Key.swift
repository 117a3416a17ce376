import TextBytes

/// A string as a key of the lexicon's dictionaries and sets, hashed and compared by its UTF-8 bytes.
///
/// Swift hashes and compares a non-ASCII String by its normalized form (a table lookup per scalar),
/// which made these lookups a large part of keying a name. The keyer's text is NFC already (files
/// are normalized when read), so equal bytes are equal text.
struct UTF8Key: Hashable, Sendable {
    let text: String
    init(_ text: String) { self.text = text }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.text.utf8.count == rhs.text.utf8.count && lhs.withBytes { a in rhs.withBytes { b in a.elementsEqual(b) } }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(fnv) }

    /// What `Dictionary` and `Set` hash by: FNV-1a over the bytes, mixed with the table's seed
    /// by a 64-bit finalizer (MurmurHash3's), instead of SipHash through a `Hasher` — a lookup
    /// per word keyed, where SipHash's setup and finalization cost more than the rest.
    func _rawHashValue(seed: Int) -> Int {
        var h = fnv ^ UInt64(UInt(bitPattern: seed))
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return Int(truncatingIfNeeded: h)
    }

    var fnv: UInt64 {
        withBytes { bytes in
            FNV1a.add(bytes, 0, bytes.count, to: FNV1a.offset)
        }
    }

    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }
}

extension Dictionary where Key == UTF8Key {
    subscript(_ text: String) -> Value? {
        get { self[UTF8Key(text)] }
        set { self[UTF8Key(text)] = newValue }
    }
}

extension Set where Element == UTF8Key {
    func contains(_ text: String) -> Bool { contains(UTF8Key(text)) }
    mutating func insert(_ text: String) { insert(UTF8Key(text)) }
}

extension StringProtocol {
    /// `hasSuffix` for a suffix of letters (Cyrillic or Latin), by UTF-8 bytes instead of by
    /// Characters (grapheme breaking and a string comparison per Character). The two agree on NFC
    /// text: a letter starts a new Character except after a Prepend scalar (U+0600 and above), the
    /// one case left to `hasSuffix`.
    func hasLetterSuffix(_ suffix: String) -> Bool {
        // nil: a Prepend scalar may precede the suffix (or the text is not contiguous).
        let byBytes: Bool?? = utf8.withContiguousStorageIfAvailable { text in
            suffix.utf8.withContiguousStorageIfAvailable { tail -> Bool? in
                guard text.count >= tail.count else { return false }
                let start = text.count - tail.count
                for offset in 0..<tail.count where text[start + offset] != tail[offset] { return false }
                guard start > 0, text[start - 1] >= 0x80 else { return true }
                // The lead byte of the scalar before the suffix: below 0xD8 it is below U+0600.
                var lead = start - 1
                while lead > 0, text[lead] & 0xC0 == 0x80 { lead -= 1 }
                return text[lead] < 0xD8 ? true : nil
            } ?? nil
        }
        return (byBytes ?? nil) ?? hasSuffix(suffix)
    }

    /// The number of Characters, without grapheme breaking when each scalar is a Character of its
    /// own (Latin, Greek and Cyrillic letters without combining marks, Hangul syllables).
    var characterCount: Int {
        var scalars = 0
        for scalar in unicodeScalars {
            let value = scalar.value
            guard (value < 0x300 && value != 0x0D) || (0x370..<0x483).contains(value) || (0x48A..<0x530).contains(value)
                || (0xAC00...0xD7A3).contains(value) else { return count }
            scalars += 1
        }
        return scalars
    }
}
