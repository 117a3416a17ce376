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
        var index: Index = ([:], [])
        var counts: (keys: Int, pairs: Int)?
        for line in text.utf8.split(separator: 0x0A) where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
            guard fields.count >= 2 else { return nil }
            if counts == nil {
                // The first record names the sources: another hash means other lists.
                guard fields.count == 4, fields[0] == "sources", UInt64(fields[1], radix: 16) == lexicon.sourcesHash,
                      let keys = Int(fields[2]), let pairs = Int(fields[3]) else { return nil }
                counts = (keys, pairs)
                index.phonetic.reserveCapacity(keys)
                index.pairs.reserveCapacity(pairs)
            } else if fields[0] == "pair" {
                guard fields.count == 2, let hash = UInt64(fields[1], radix: 16) else { return nil }
                index.pairs.insert(hash)
            } else {
                guard fields.count == 2, isKey(fields[0]), let entity = Int(fields[1]), (-1..<lexicon.entities.count).contains(entity),
                      index.phonetic.updateValue(entity, forKey: String(fields[0])) == nil else { return nil }
            }
        }
        // Every line there (a cut file is not the index).
        guard let counts, counts.keys == index.phonetic.count, counts.pairs == index.pairs.count else { return nil }
        return index
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
