/// Scanning UTF-8 eight bytes at a time (SWAR): the writers' hot loops look for a handful of
/// ASCII bytes that are absent from almost every segment.
enum WordScan {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Nonzero when some byte of `word` equals `byte`.
    @inline(__always)
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs != 0
    }

    /// The little-endian word at `offset` (which may be unaligned).
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// Whether any byte of `bytes` is one of the four XML specials `&`, `<`, `>`, `"`.
    static func containsXMLSpecial(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 8 <= bytes.count {
            let w = word(bytes, at: index)
            if hasByte(w, 0x26) || hasByte(w, 0x3C) || hasByte(w, 0x3E) || hasByte(w, 0x22) { return true }
            index += 8
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x26, 0x3C, 0x3E, 0x22: return true
            default: index += 1
            }
        }
        return false
    }

    /// Whether any byte of `bytes` makes an RFC 4180 field need quotes: `,`, `"`, CR or LF.
    static func containsCSVSpecial(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 8 <= bytes.count {
            let w = word(bytes, at: index)
            if hasByte(w, 0x2C) || hasByte(w, 0x22) || hasByte(w, 0x0A) || hasByte(w, 0x0D) { return true }
            index += 8
        }
        while index < bytes.count {
            switch bytes[index] {
            case 0x2C, 0x22, 0x0A, 0x0D: return true
            default: index += 1
            }
        }
        return false
    }
}
