import Testing
@testable import ICUSupport

/// `Normalizer.nfc` skips ICU for text whose scalars all lie in ranges that are NFC and compose
/// with nothing there: ICU must agree, scalar by scalar and pair by pair.
@Suite struct PlainNFCTests {
    static let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0x400...0x482, 0x48A...0x4FF, 0x2002...0x206F, 0x3000...0x3029, 0x3030...0x303F,
                                                0x3131...0x318E, 0xAC00...0xD7A3, 0x4E00...0x9FFF, 0xFF00...0xFFEF]

    @Test func everyPlainScalarIsNFCByICU() {
        var disagreements: [UInt32] = []
        for range in Self.ranges {
            #expect(range.allSatisfy(Normalizer.isPlainlyNFC))
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = String(Character(scalar))
                if Normalizer.icuNFC(text) != text { disagreements.append(value) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20).map { String($0, radix: 16) })")
    }

    @Test func plainScalarsComposeWithNothing() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15  // a fixed LCG: the same texts every run
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let all = Self.ranges.flatMap { Array($0) }.filter { Unicode.Scalar($0) != nil && $0 > 0x20 }
        var pairs = 0
        for _ in 0..<20_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<8 { text.append(Unicode.Scalar(all[next(all.count)])!) }
            let string = String(text)
            #expect(Normalizer.icuNFC(string) == string, "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
            pairs += 1
        }
        #expect(pairs == 20_000)
        // Outside the ranges, ICU decides: a combining mark composes.
        #expect(Normalizer.nfc("e\u{301}") == "\u{E9}")
        #expect(Normalizer.nfc("\u{1100}\u{1161}") == "\u{AC00}")
    }
}
