import RosettaTestSupport
import Testing
@testable import Names
import TextBytes

@Suite struct HashKeyedTableTests {
    /// Random inserts, overwrites and lookups (keys from a small range, so that they repeat and
    /// collide in slots), against a Dictionary.
    @Test func agreesWithADictionary() {
        var random = SplitMix64(seed: 7)
        var table = HashKeyedTable<[Int]>()
        var reference: [UInt64: [Int]] = [:]
        for step in 0..<20_000 {
            // Key 0 and keys that differ only in their low bits are allowed like any other.
            let key = random.below(3) == 0 ? UInt64(random.below(64)) : random.next() % 5_000 &* 0x1_0000_0000
            if random.below(2) == 0 {
                table[key] = [step]
                reference[key] = [step]
            }
            #expect(table[key] == reference[key])
        }
        #expect(table.count == reference.count)
        for key in reference.keys { #expect(table[key] == reference[key]) }
        table.removeAll()
        #expect(table.count == 0 && table[reference.keys.first ?? 0] == nil)
    }
}
