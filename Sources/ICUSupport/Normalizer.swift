internal import CICU

/// Unicode normalization through ICU (Foundation's own copy of ICU is not used, see DESIGN.md).
public enum Normalizer {
    /// `text` in NFC. Text already in NFC (the usual case) is returned without copying.
    public static func nfc(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let source = Array(text.utf16)
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
