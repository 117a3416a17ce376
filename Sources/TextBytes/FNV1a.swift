/// FNV-1a, 64 bits: the one hash behind anchor keys, word caches and name keys. Swift's String
/// hashing normalizes first, which costs more than the work these hashes index; Rosetta's text
/// is NFC already (normalized when read), so equal bytes are equal text.
public enum FNV1a {
    // Computed, so that other modules' inlined loops see constants.
    @inlinable public static var offset: UInt64 { 0xcbf29ce484222325 }
    @inlinable public static var prime: UInt64 { 0x100000001b3 }

    /// The hash of a text's UTF-8 bytes.
    @inlinable public static func hash(_ text: some StringProtocol) -> UInt64 { add(text, to: offset) }

    /// `h` continued over a text's UTF-8 bytes.
    @inlinable public static func add(_ text: some StringProtocol, to h: UInt64) -> UInt64 {
        var h = h
        for byte in text.utf8 { h = (h ^ UInt64(byte)) &* prime }
        return h
    }

    /// `h` continued over bytes[start..<end].
    @inlinable @inline(__always)
    public static func add(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to h: UInt64) -> UInt64 {
        var h = h
        for index in start..<end { h = (h ^ UInt64(bytes[index])) &* prime }
        return h
    }

    /// `h` continued with one value (a byte, or a scalar taken whole).
    @inlinable @inline(__always)
    public static func add(_ h: UInt64, _ value: UInt32) -> UInt64 { (h ^ UInt64(value)) &* prime }
}
