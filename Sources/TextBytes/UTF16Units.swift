/// A String's UTF-16 code units, for ICU: Swift's generic `Array(text.utf16)` costs more than
/// ICU's whole sentence pass. Also whether a text is ASCII, eight bytes at a time.
public enum UTF16Units {
    /// The UTF-16 code units of `text`, transcoded from its UTF-8 storage in one tight loop.
    public static func of(_ text: String) -> [UInt16] {
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

    /// Whether every byte of `text` is ASCII.
    public static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress.map(UnsafeRawPointer.init) else { return true }
            var index = 0
            while index + 8 <= utf8.count {
                if base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                index += 8
            }
            while index < utf8.count {
                if utf8[index] >= 0x80 { return false }
                index += 1
            }
            return true
        }
    }
}
