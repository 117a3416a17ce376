import CorpusModel
import Foundation
import RosettaTestSupport
import Testing
@testable import TMFormats

/// Lossless TM operations: random units carrying everything TMX can say of them (unit and
/// variant attributes, props with and without a language, notes, inline markup) go through TMX
/// and come back field by field; through CSV/TSV, what the format cannot hold is counted by kind.
@Suite struct MetadataRoundTripTests {
    static func richUnits(_ count: Int, seed: UInt64) -> [TranslationUnit] {
        var random = SplitMix64(seed: seed)
        let words = ["Talks", "began", "in", "Seoul", "переговоры", "начались", "회담이", "시작됐다", "&", "<x>", "\"quoted\"", "O'Neil"]
        func text() -> String { (0..<(1 + random.below(6))).map { _ in random.pick(words) }.joined(separator: " ") }
        func metadata(variant: Bool) -> TMXMetadata {
            var metadata = TMXMetadata()
            let names = variant ? ["creationid", "changedate", "usagecount", "x-custom"] : ["tuid", "usagecount", "creationdate", "creationid", "changedate", "changeid"]
            for name in names where random.below(2) == 0 {
                let value = name.hasSuffix("date") ? "2010010\(1 + random.below(9))T101010Z" : name == "usagecount" ? String(random.below(100)) : text()
                metadata.attributes.append(.init(name: name, value: value))
            }
            for _ in 0..<random.below(3) { metadata.properties.append(.init(type: "x-\(random.pick(["client", "project", "origin"]))", text: text(), language: random.below(3) == 0 ? "en" : nil)) }
            for _ in 0..<random.below(3) { metadata.notes.append(.init(text: text(), language: random.below(4) == 0 ? "ru" : nil)) }
            return metadata
        }
        return (0..<count).map { index in
            var unit = TranslationUnit(variants: [en, ru, ko].map { language in
                var variant = TranslationUnit.Variant(language: language, text: "\(index) " + text())
                variant.metadata = metadata(variant: true)
                if random.below(3) == 0 {
                    // Inline markup: the plain text is the markup without its native codes.
                    let (before, inside, after) = (text(), text(), text())
                    variant.text = "\(index) \(before) \(inside) \(after)"
                    variant.markup = escape("\(index) \(before) ") + "<bpt i=\"1\">{b}</bpt>" + escape(inside) + "<ept i=\"1\">{/b}</ept>" + escape(" \(after)")
                }
                return variant
            }, score: random.below(2) == 0 ? Double(random.below(10_000)) / 10_000 : nil, beadKind: random.below(2) == 0 ? "1-1-1" : nil)
            unit.metadata = metadata(variant: false)
            // Attributes in TMX's order, as the reader hands them.
            unit.metadata.attributes = TMXEventHandler.ordered(Dictionary(unit.metadata.attributes.map { ($0.name, $0.value) }) { a, _ in a })
            for k in unit.variants.indices {
                unit.variants[k].metadata.attributes = TMXEventHandler.ordered(Dictionary(unit.variants[k].metadata.attributes.map { ($0.name, $0.value) }) { a, _ in a })
            }
            return unit
        }
    }

    func writeTMX(_ units: [TranslationUnit], header: TMXWriter.Header) -> [UInt8] {
        let output = TextOutput.inMemory()
        let writer = TMXWriter(output: output, header: header, duplicates: .keepAll)
        units.forEach(writer.write)
        writer.finish()
        return output.memory
    }

    @Test(arguments: [1 as UInt64, 2, 3])
    func everyFieldSurvivesTMX(seed: UInt64) throws {
        let units = Self.richUnits(60, seed: seed)
        var header = TMXWriter.Header(sourceLanguage: nil, creationDate: fixedDate, toolVersion: "test")
        header.metadata = TMXMetadata(properties: [.init(type: "x-client", text: "ACME")], notes: [.init(text: "Do not share")])
        header.dataType = "xml"
        var read: [TranslationUnit] = []
        let report = try TMXReader(input: .bytes(writeTMX(units, header: header), name: "rich.tmx")).read { read.append($0) }
        #expect(report.headerMetadata == header.metadata)
        #expect(report.dataType == "xml")
        #expect(read.count == units.count)
        for (got, sent) in zip(read, units) {
            // The writer adds a tuid and creationdate only where the unit had none.
            var expected = sent
            if sent.metadata.attribute("tuid") == nil || sent.metadata.attribute("creationdate") == nil {
                expected.metadata.attributes = got.metadata.attributes.filter { attribute in
                    sent.metadata.attributes.contains(attribute) || (attribute.name == "tuid" && sent.metadata.attribute("tuid") == nil)
                        || (attribute.name == "creationdate" && sent.metadata.attribute("creationdate") == nil)
                }
            }
            #expect(got == expected)
        }
        // And a second write of what was read is the same file.
        var again = header
        again.creationDate = try #require(report.creationDate)
        #expect(writeTMX(read, header: again) == writeTMX(units, header: header))
    }

    @Test func csvCountsWhatItCannotHold() throws {
        let units = Self.richUnits(40, seed: 9)
        let output = TextOutput.inMemory()
        let writer = CSVWriter(output: output, languages: [en, ru, ko], options: .init(duplicates: .keepAll))
        units.forEach(writer.write)
        writer.finish()
        var expected: [String: Int] = [:]
        for unit in units {
            for attribute in unit.metadata.attributes { expected[attribute.name, default: 0] += 1 }
            expected["prop", default: 0] += unit.metadata.properties.count
            expected["note", default: 0] += unit.metadata.notes.count
            for variant in unit.variants {
                for attribute in variant.metadata.attributes { expected["tuv " + attribute.name, default: 0] += 1 }
                expected["tuv prop", default: 0] += variant.metadata.properties.count
                expected["tuv note", default: 0] += variant.metadata.notes.count
                if variant.markup != nil { expected["inline markup", default: 0] += 1 }
            }
        }
        #expect(writer.report.metadataDropped == expected.filter { $0.value > 0 })
        // The text itself survives: CSV read back gives every unit's plain text.
        var read: [TranslationUnit] = []
        _ = try CSVReader(input: .bytes(output.memory, name: "rich.csv"), options: .init()).read { read.append($0) }
        #expect(read.map { $0.variants.map(\.text) } == units.map { $0.variants.map(\.text) })
    }
}
