import TextBytes

/// Moving between a String and the UTF-16 buffer ICU works on, fast: Swift's generic
/// `Array(text.utf16)` and `utf16.index(_:offsetBy:)` cost more than ICU's whole sentence pass.
/// Both segmenters use these, so the benchmark compares rules against ICU, not glue against glue.
enum UTF16Text {
    /// The UTF-16 code units of `text` (`TextBytes.UTF16Units`).
    static func units(of text: String) -> [UInt16] { UTF16Units.of(text) }

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
