import CorpusModel
import Testing
import RosettaTestSupport

@Suite struct TextDecodingTests {
    @Test func decodesUTF8AndDropsTheBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Ким 김정일\n".utf8)
        #expect(try TextDecoding.decodeUTF8(bytes, file: "f") == "Ким 김정일\n")
    }

    @Test func invalidByteIsLocated() {
        // "ab\nЖ" then a lone continuation byte: line 2, column 2, offset 5.
        let bytes: [UInt8] = Array("ab\nЖ".utf8) + [0x80] + Array("x".utf8)
        #expect(throws: InputError.invalidUTF8(file: "f.txt", byteOffset: 5, line: 2, column: 2, length: 1)) {
            try TextDecoding.decodeUTF8(bytes, file: "f.txt")
        }
    }

    @Test func cp1251TextIsRejectedNotGarbled() {
        let windows1251: [UInt8] = [0xCA, 0xE8, 0xEC]  // "Ким" in CP1251
        #expect(throws: InputError.self) { try TextDecoding.decodeUTF8(windows1251, file: "f") }
    }

    @Test func nulByteMeansBinary() {
        #expect(throws: InputError.binary(file: "f", byteOffset: 2)) {
            try TextDecoding.decodeUTF8([0x41, 0x42, 0x00, 0x43], file: "f")
        }
    }

    @Test func emptyInputIsEmptyText() throws {
        #expect(try TextDecoding.decodeUTF8([UInt8](), file: "f") == "")
    }

    @Test func seededRandomBytesNeverTrap() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0..<64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            if let text = try? TextDecoding.decodeUTF8(bytes, file: "r") {
                #expect(Array(text.utf8) == (bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes))
            }
        }
    }
}
