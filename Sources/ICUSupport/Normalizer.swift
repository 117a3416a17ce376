import TextBytes
internal import CICU

/// Unicode normalization through ICU (Foundation's own copy of ICU is not used, see DESIGN.md).
public enum Normalizer {
    /// `text` in NFC. Text already in NFC (the usual case) is returned without copying.
    /// Whether every scalar of `text` lies in a range where each scalar is NFC on its own and
    /// composes with none of the others (ASCII to U+02FF, Cyrillic letters, general punctuation
    /// but U+2000–1, CJK punctuation, compatibility jamo, Hangul syllables, CJK ideographs,
    /// fullwidth forms): such text is NFC as it is, without a trip through UTF-16 and ICU. A
    /// combining mark or a conjoining jamo anywhere sends the text to ICU.
    static func isPlainlyNFC(_ text: String) -> Bool {
        if UTF16Units.isASCII(text) { return true }
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] < 0x80 { index += 1; continue }
                let (value, length) = UTF8Bytes.scalar(bytes, at: index)
                if !isPlainlyNFC(value) { return false }
                index += length
            }
            return true
        }
    }

    @inline(__always) static func isPlainlyNFC(_ value: UInt32) -> Bool {
        switch value {
        case 0...0x2FF, 0x400...0x482, 0x48A...0x4FF, 0x2002...0x206F, 0x3000...0x3029, 0x3030...0x303F, 0x3131...0x318E,
             0xAC00...0xD7A3, 0x4E00...0x9FFF, 0xFF00...0xFFEF: true
        default: false
        }
    }

    public static func nfc(_ text: String) -> String {
        isPlainlyNFC(text) ? text : icuNFC(text)
    }

    /// NFC by ICU, whatever the text.
    static func icuNFC(_ text: String) -> String {
        let source = UTF16Units.of(text)
        var status: Int32 = 0
        let isNFC = source.withUnsafeBufferPointer { cicu_is_nfc($0.baseAddress, Int32($0.count), &status) }
        if status <= 0 && isNFC != 0 { return text }
        var capacity = source.count + 16
        for _ in 0..<2 {
            var output = [UInt16](repeating: 0, count: capacity)
            status = 0
            let needed = source.withUnsafeBufferPointer { input in
                output.withUnsafeMutableBufferPointer {
                    cicu_nfc(input.baseAddress, Int32(input.count), $0.baseAddress, Int32(capacity), &status)
                }
            }
            if status == ICUError.bufferOverflow { capacity = Int(needed) + 16; continue }
            // NFC cannot fail on valid UTF-16 (a Swift String); keep the text unchanged if ICU disagrees.
            guard status <= 0 else { return text }
            return String(decoding: output[..<Int(needed)], as: UTF16.self)
        }
        return text
    }
}
