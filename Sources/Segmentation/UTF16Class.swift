/// Character classes on single UTF-16 units, for the rules' hot loops: ASCII, Latin-1, Cyrillic
/// and Hangul are decided by range; other letters by their Unicode properties. A surrogate counts
/// as "other" (neither space, letter nor punctuation), which only makes the rules more cautious.
enum UTF16Class {
    @inline(__always) static func isSpace(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0xA0 || u == 0x3000 || (0x0A...0x0D).contains(u) || u == 0x85
            || u == 0x2028 || u == 0x2029 || (0x2000...0x200A).contains(u) || u == 0x202F
    }

    @inline(__always) static func isLineBreak(_ u: UInt16) -> Bool {
        (0x0A...0x0D).contains(u) || u == 0x85 || u == 0x2028 || u == 0x2029
    }

    @inline(__always) static func isDigit(_ u: UInt16) -> Bool { (0x30...0x39).contains(u) }

    static func isUpper(_ u: UInt16) -> Bool {
        if u < 0x80 { return (0x41...0x5A).contains(u) }
        if (0x410...0x42F).contains(u) || u == 0x401 { return true }
        if (0x430...0x44F).contains(u) || u == 0x451 { return false }
        if (0xAC00...0xD7A3).contains(u) { return false }
        guard let scalar = Unicode.Scalar(u) else { return false }
        return scalar.properties.isUppercase
    }

    static func isLower(_ u: UInt16) -> Bool {
        if u < 0x80 { return (0x61...0x7A).contains(u) }
        if (0x430...0x44F).contains(u) || u == 0x451 { return true }
        if (0x410...0x42F).contains(u) || u == 0x401 { return false }
        if (0xAC00...0xD7A3).contains(u) { return false }
        guard let scalar = Unicode.Scalar(u) else { return false }
        return scalar.properties.isLowercase
    }

    static func isLetter(_ u: UInt16) -> Bool {
        if u < 0x80 { return (0x41...0x5A).contains(u) || (0x61...0x7A).contains(u) }
        if (0x400...0x4FF).contains(u) || isHangul(u) { return true }
        guard let scalar = Unicode.Scalar(u) else { return false }
        return scalar.properties.isAlphabetic
    }

    @inline(__always) static func isHangul(_ u: UInt16) -> Bool { (0xAC00...0xD7A3).contains(u) }

    /// Sentence-ending marks (full stop, question, exclamation, ellipsis, their CJK forms).
    @inline(__always) static func isTerminator(_ u: UInt16) -> Bool {
        u == 0x2E || u == 0x21 || u == 0x3F || u == 0x2026 || u == 0x3002 || u == 0xFF01 || u == 0xFF1F
            || u == 0xFF0E || (0x203C...0x203D).contains(u) || (0x2047...0x2049).contains(u)
    }

    /// Closing quotes and brackets (and the ambiguous straight quotes).
    @inline(__always) static func isCloser(_ u: UInt16) -> Bool {
        switch u {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F, 0x3009, 0x300B, 0xFF09: true
        default: false
        }
    }

    /// Opening quotes and brackets (and the ambiguous straight quotes).
    @inline(__always) static func isOpener(_ u: UInt16) -> Bool {
        switch u {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x201E, 0x2039, 0x300C, 0x300E, 0x3008, 0x300A, 0xFF08: true
        default: false
        }
    }

    /// Dashes that introduce the author's words after direct speech, or a dateline's agency.
    @inline(__always) static func isDash(_ u: UInt16) -> Bool {
        u == 0x2D || u == 0x2013 || u == 0x2014 || u == 0x2012 || u == 0x2212
    }

    /// List bullets that mark items even inside a line.
    @inline(__always) static func isBullet(_ u: UInt16) -> Bool {
        u == 0x2022 || u == 0x2043 || u == 0x25E6 || u == 0x25AA || u == 0x2023 || u == 0x25CF || u == 0x25A0
    }
}
