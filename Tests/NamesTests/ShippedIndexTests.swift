import Foundation
import Testing
@testable import Names

/// Sources/Names/Resources/gazetteer.index is generated: it must be the index the keyer computes.
/// `ROSETTA_WRITE_INDEX=1` writes it (then rebuild: the bundle holds a copy made at build time).
@Suite struct ShippedIndexTests {
    static let path = String(#filePath.split(separator: "/Tests/")[0]) + "/Sources/Names/Resources/gazetteer.index"
    let lexicon = NameLexicon.builtIn

    func computed() throws -> NameKeyer.Index { try NameKeyer(lexicon: lexicon, usesGazetteer: false).computeIndex() }

    @Test func shippedFileIsTheComputedIndex() throws {
        let index = try computed()
        let expected = NameKeyer.indexFileText(index, sourcesHash: lexicon.sourcesHash)
        if ProcessInfo.processInfo.environment["ROSETTA_WRITE_INDEX"] == "1" {
            try expected.write(toFile: Self.path, atomically: true, encoding: .utf8)
        }
        let shipped = (try? String(contentsOfFile: Self.path, encoding: .utf8)) ?? ""
        // The first line that differs, rather than both files whole.
        let difference = zip(shipped.split(separator: "\n") + [""], expected.split(separator: "\n") + [""])
            .first { $0 != $1 }.map { "file has \"\($0)\", computed \"\($1)\"" }
        #expect(difference == nil, """
            \(Self.path) is missing or stale (a list or a keying rule changed): \(difference ?? ""). Regenerate it with
              swift build --build-tests && ROSETTA_WRITE_INDEX=1 swift test --skip-build --filter ShippedIndexTests
            """)
        // And it reads back as that index.
        let read = try #require(NameKeyer.readIndexFile(expected, for: lexicon))
        #expect(read.phonetic == index.phonetic && read.pairs == index.pairs)
        #expect(index.phonetic.count > 500 && index.phonetic.values.contains(-1) && !index.pairs.isEmpty)
    }

    @Test func keyersUseTheBundledFile() throws {
        let text = try #require(NameLexicon.resourceText("gazetteer", "index"), "gazetteer.index is not in the bundle")
        #expect(NameKeyer.readIndexFile(text, for: lexicon) != nil,
                "the bundled copy of gazetteer.index is stale: rebuild (after regenerating it, see above)")
        let keyer = try NameKeyer()
        let index = try computed()
        #expect(keyer.phoneticIndex == index.phonetic && keyer.koreanPairAliases == index.pairs)
    }

    /// A file made from other lists, cut short or damaged is not used (the index is computed).
    @Test func otherOrBrokenFilesAreRefused() throws {
        let text = NameKeyer.indexFileText(try computed(), sourcesHash: lexicon.sourcesHash)
        #expect(NameKeyer.readIndexFile(text, for: lexicon) != nil)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let sourcesLine = try #require(lines.firstIndex { $0.hasPrefix("sources\t") })
        var wrongHash = lines
        wrongHash[sourcesLine] = "sources\t0123456789abcdef" + lines[sourcesLine].dropFirst(24)
        var cut = lines
        cut.removeLast(5)
        var badKey = lines
        badKey[sourcesLine + 1] = "lee\t0"
        var badEntity = lines
        badEntity[sourcesLine + 1] = lines[sourcesLine + 1].split(separator: "\t")[0] + "\t\(lexicon.entities.count)"
        for broken in [wrongHash, cut, badKey, badEntity, [""]] {
            #expect(NameKeyer.readIndexFile(broken.joined(separator: "\n"), for: lexicon) == nil)
        }
    }
}
