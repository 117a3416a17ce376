/// The built-in lexicon's index (`NameKeyer.Index`) shipped as Resources/gazetteer.index, so that a
/// process reads it (~1 ms) instead of keying every gazetteer form (~25 ms, the largest part of
/// starting `rosetta align`).
///
/// The file is generated: `ShippedIndexTests` computes the index and fails when the file differs
/// (`ROSETTA_WRITE_INDEX=1` rewrites it). It is used only when it names the hash of the resource
/// files the lexicon was read from (`NameLexicon.sourcesHash`), and is complete and well formed:
/// otherwise the index is computed, so an edited gazetteer.tsv without a new index costs time, not
/// keys. A change to the keying rules is not in that hash: the test is what catches it.
///
/// Format, one record a line, tab-separated, `#` comments:
///
///     sources  HASH  KEYS  PAIRS     the hash (16 hex digits) and the counts of the lines below
///     KEY      ENTITY                a sound-class key and its entity's index (-1: shared)
///     pair     HASH                  a Korean two-word alias hash (16 hex digits)
extension NameKeyer {
    static let indexFileHeader = """
        # Generated from the built-in lists by Tests/NamesTests/ShippedIndexTests.swift: do not edit.
        # The sound-class key of every gazetteer form -> entity index (-1: two entities share it),
        # and the hashes of the Korean aliases of two words, as NameKeyer would compute them;
        # format in Sources/Names/NameKeyer+IndexFile.swift. After changing a list or a rule:
        #   swift build --build-tests && ROSETTA_WRITE_INDEX=1 swift test --skip-build --filter ShippedIndexTests

        """

    static func indexFileText(_ index: Index, sourcesHash: UInt64) -> String {
        var text = indexFileHeader + "sources\t\(hex(sourcesHash))\t\(index.phonetic.count)\t\(index.pairs.count)\n"
        for (key, entity) in index.phonetic.sorted(by: { $0.key < $1.key }) { text += "\(key)\t\(entity)\n" }
        for hash in index.pairs.sorted() { text += "pair\t\(hex(hash))\n" }
        return text
    }

    /// The index in `text` if it was made from `lexicon`'s sources and reads whole; else nil.
    static func readIndexFile(_ text: String, for lexicon: NameLexicon) -> Index? {
        var text = text
        // By bytes (the file is ASCII): splitting the String or its views costs more than the rest.
        return text.withUTF8 { bytes -> Index? in
            var index: Index = ([:], [])
            var counts: (keys: Int, pairs: Int)?
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                let line = bytes[start..<end]
                start = end + 1
                if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
                guard let tab = line.firstIndex(of: 0x09) else { return nil }
                let head = String(decoding: line[..<tab], as: UTF8.self), rest = String(decoding: line[(tab + 1)...], as: UTF8.self)
                if counts == nil {
                    // The first record names the sources: another hash means other lists.
                    let fields = rest.split(separator: "\t", omittingEmptySubsequences: false)
                    guard head == "sources", fields.count == 3, UInt64(fields[0], radix: 16) == lexicon.sourcesHash,
                          let keys = Int(fields[1]), let pairs = Int(fields[2]) else { return nil }
                    counts = (keys, pairs)
                    index.phonetic.reserveCapacity(keys)
                    index.pairs.reserveCapacity(pairs)
                } else if head == "pair" {
                    guard let hash = UInt64(rest, radix: 16) else { return nil }
                    index.pairs.insert(hash)
                } else {
                    guard isKey(head), let entity = Int(rest), (-1..<lexicon.entities.count).contains(entity),
                          index.phonetic.updateValue(entity, forKey: head) == nil else { return nil }
                }
            }
            // Every line there (a cut file is not the index).
            guard let counts, counts.keys == index.phonetic.count, counts.pairs == index.pairs.count else { return nil }
            return index
        }
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
