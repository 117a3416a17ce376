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
        if Self.isClean(text.utf8) { return Self.isQuickNFC(text) ? text : nfc(text) }
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
        let result = String(scalars)
        return Self.isQuickNFC(result) ? result : nfc(result)
    }

    private mutating func nfc(_ text: String) -> String {
        let normalized = text.precomposedStringWithCanonicalMapping
        if normalized.utf8.elementsEqual(text.utf8) { return text }
        nfcNormalized += 1
        return normalized
    }

    /// The fast path: no byte that could start a change (controls, multi-space, padding, C1,
    /// U+2028/9, noncharacters). Scans bytes only.
    static func isClean(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0x20  // so that a leading space is caught
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            switch byte {
            case 0..<0x20, 0x7F: return false
            case 0x20 where previous == 0x20: return false
            case 0x80...0x9F where previous == 0xC2: return false  // C1 controls, NEL
            case 0xA8...0xA9 where previous == 0x80 && beforePrevious == 0xE2: return false  // U+2028/9
            case 0x90...0xAF where previous == 0xB7 && beforePrevious == 0xEF: return false  // U+FDD0…FDEF
            case 0xBE...0xBF where previous == 0xBF: return false  // U+xFFFE, U+xFFFF (any plane)
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return previous != 0x20 || bytes.isEmpty
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

    /// True when every scalar is in a block whose characters are all NFC_Quick_Check=Yes and
    /// never combine with a neighbour (ASCII, Latin-1 and Latin Extended, Cyrillic letters,
    /// Hangul syllables and compatibility jamo, CJK ideographs, common punctuation); otherwise
    /// the caller normalizes with Foundation.
    static func isQuickNFC(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x300, 0x400..<0x483, 0x48A..<0x530, 0x2010..<0x2028, 0x2030..<0x205F,
                 0x3000..<0x302A, 0x3131..<0x318F, 0x4E00..<0xA000, 0xAC00..<0xD7A4:
                continue
            default:
                return false
            }
        }
        return true
    }
}
