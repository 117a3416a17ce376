import Foundation

/// What every writer does to text before writing it, counting each change so that none is silent:
///
/// - characters a memory must not carry are removed: C0 controls other than tab and line ends
///   (XML 1.0 forbids them), DEL and C1 controls (mojibake; CAT tools reject them), and
///   noncharacters (U+FFFE, U+FFFF, U+FDD0…U+FDEF and each plane's last two);
/// - runs of ASCII white space and line separators (tab, CR, LF, NEL, U+2028, U+2029) become one
///   space and nothing leads or trails, since CAT tools treat a segment as one line. No-break
///   and ideographic spaces are text and are kept;
/// - the result is NFC, so that exact matches against NFC memories work.
struct SegmentCleaner {
    /// Characters removed.
    var illegalCharactersRemoved = 0
    /// Texts whose white space was changed (line breaks, tabs, padding, double spaces).
    var whitespaceNormalized = 0
    /// Texts that were not in NFC.
    var nfcNormalized = 0

    mutating func clean(_ text: String) -> String {
        var text = text
        if text.withUTF8(Self.isCleanAndQuickNFC) { return text }
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        var changedSpace = false
        for scalar in text.unicodeScalars {
            if Self.isIllegal(scalar) {
                illegalCharactersRemoved += 1
                continue
            }
            if Self.isBreakingSpace(scalar) {
                if scalar != " " || pendingSpace || scalars.isEmpty { changedSpace = true }
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
        if pendingSpace { changedSpace = true }
        if changedSpace { whitespaceNormalized += 1 }
        var result = String(scalars)
        return result.withUTF8(Self.isCleanAndQuickNFC) ? result : nfc(result)
    }

    private mutating func nfc(_ text: String) -> String {
        let normalized = text.precomposedStringWithCanonicalMapping
        if normalized.utf8.elementsEqual(text.utf8) { return text }
        nfcNormalized += 1
        return normalized
    }

    /// The fast path, one pass over the bytes: true when cleaning would change nothing (no
    /// control, padding, double space, line separator or noncharacter) and every scalar is in a
    /// block whose characters are all NFC_Quick_Check=Yes and never combine with a neighbour
    /// (Latin-1 and Latin Extended, Cyrillic letters, Hangul syllables and compatibility jamo,
    /// CJK ideographs, common punctuation). Anything else takes the full pass (and Foundation's NFC).
    static func isCleanAndQuickNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count > 0 else { return true }
        if bytes[0] == 0x20 || bytes[count - 1] == 0x20 { return false }
        var index = 0
        var previousSpace = false
        while index < count {
            // Eight ASCII bytes at a time: no control, no DEL, no two spaces in a row.
            if index + 8 <= count {
                let word = WordScan.word(bytes, at: index)
                if word & WordScan.highs == 0 {
                    if (word &- 0x2020_2020_2020_2020) & ~word & WordScan.highs != 0 || WordScan.hasByte(word, 0x7F) { return false }
                    let x = word ^ 0x2020_2020_2020_2020
                    let spaces = ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x | 0x7F7F_7F7F_7F7F_7F7F)
                    if spaces & (spaces >> 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return false }
                    previousSpace = spaces >> 56 != 0
                    index += 8
                    continue
                }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                if lead < 0x20 || lead == 0x7F { return false }
                if lead == 0x20 {
                    if previousSpace { return false }
                    previousSpace = true
                } else {
                    previousSpace = false
                }
                index += 1
                continue
            }
            previousSpace = false
            let scalar: UInt32
            if lead < 0xE0 {
                scalar = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                scalar = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                return false  // supplementary planes: rare in news text; the full pass decides
            }
            switch scalar {
            case 0xA0..<0x300, 0x400..<0x483, 0x48A..<0x530, 0x2010..<0x2028, 0x2030..<0x205F,
                 0x3000..<0x302A, 0x3131..<0x318F, 0x4E00..<0xA000, 0xAC00..<0xD7A4:
                continue
            default:
                return false
            }
        }
        return true
    }

    static func isIllegal(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0D: return false
        case 0..<0x20, 0x7F: return true
        case 0x80...0x9F: return value != 0x85  // NEL is a line break, handled as white space
        case 0xFDD0...0xFDEF: return true
        default: return value & 0xFFFE == 0xFFFE
        }
    }

    static func isBreakingSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Whether `clean` returns `text` as it is without a full pass (`isCleanAndQuickNFC`).
    static func isFastPath(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isCleanAndQuickNFC)
    }
}
