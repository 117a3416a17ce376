/// Moving between a String and the UTF-16 buffer ICU works on, fast: Swift's generic
/// `Array(text.utf16)` and `utf16.index(_:offsetBy:)` cost more than ICU's whole sentence pass.
/// Both segmenters use these, so the benchmark compares rules against ICU, not glue against glue.
enum UTF16Text {
    /// The UTF-16 code units of `text`, transcoded from its UTF-8 storage in one tight loop.
    static func units(of text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { utf8 in
            [UInt16](unsafeUninitializedCapacity: utf8.count) { buffer, count in
                var read = 0
                var written = 0
                let length = utf8.count
                guard let start = utf8.baseAddress else { count = 0; return }
                let base = UnsafeRawPointer(start)
                while read < length {
                    // Eight ASCII bytes at a time, the common case in English.
                    if read + 8 <= length {
                        let word = base.loadUnaligned(fromByteOffset: read, as: UInt64.self)
                        if word & 0x8080_8080_8080_8080 == 0 {
                            for shift in 0..<8 { buffer[written + shift] = UInt16(truncatingIfNeeded: word >> (8 * UInt64(shift))) & 0xFF }
                            read += 8
                            written += 8
                            continue
                        }
                    }
                    let lead = UInt32(utf8[read])
                    if lead < 0x80 {
                        buffer[written] = UInt16(lead)
                        read += 1
                        written += 1
                    } else if lead < 0xE0 {
                        buffer[written] = UInt16(((lead & 0x1F) << 6) | (UInt32(utf8[read + 1]) & 0x3F))
                        read += 2
                        written += 1
                    } else if lead < 0xF0 {
                        buffer[written] = UInt16(((lead & 0x0F) << 12) | ((UInt32(utf8[read + 1]) & 0x3F) << 6)
                            | (UInt32(utf8[read + 2]) & 0x3F))
                        read += 3
                        written += 1
                    } else {
                        let scalar = ((lead & 0x07) << 18) | ((UInt32(utf8[read + 1]) & 0x3F) << 12)
                            | ((UInt32(utf8[read + 2]) & 0x3F) << 6) | (UInt32(utf8[read + 3]) & 0x3F)
                        let value = scalar - 0x10000
                        buffer[written] = UInt16(0xD800 + (value >> 10))
                        buffer[written + 1] = UInt16(0xDC00 + (value & 0x3FF))
                        read += 4
                        written += 2
                    }
                }
                count = written
            }
        }
    }

    /// String indices for increasing UTF-16 offsets into `units` (the units of `text`): the UTF-8
    /// length of the units between offsets is summed, and a native string's UTF-8 view turns a
    /// UTF-8 offset into an index in constant time.
    static func indices(in text: String, units: [UInt16], offsets: [Int]) -> [String.Index] {
        var result: [String.Index] = []
        result.reserveCapacity(offsets.count)
        let utf8 = text.utf8
        var position = 0
        var utf8Offset = 0
        units.withUnsafeBufferPointer { units in
            for offset in offsets {
                while position < offset {
                    // Four ASCII units at a time.
                    if position + 4 <= offset {
                        let word = UnsafeRawPointer(units.baseAddress! + position).loadUnaligned(as: UInt64.self)
                        if word & 0xFF80_FF80_FF80_FF80 == 0 {
                            position += 4
                            utf8Offset += 4
                            continue
                        }
                    }
                    let unit = units[position]
                    // Each half of a surrogate pair accounts for two of its four UTF-8 bytes.
                    let isSurrogate = unit & 0xF800 == 0xD800
                    utf8Offset += 1 &+ (unit >= 0x80 ? 1 : 0) &+ (unit >= 0x800 && !isSurrogate ? 1 : 0)
                    position += 1
                }
                result.append(utf8.index(utf8.startIndex, offsetBy: utf8Offset))
            }
        }
        return result
    }
}
